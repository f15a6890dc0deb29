"""How an item reads: the words the brief sets on the page for a record it chose.

rank.py decides what is shown and in what order; this module decides how each piece reads:
a date in words, an article's lead sentence, an actor's role line, a reported statement after
its verb ('rejected any notion of ...', never just 'any notion of ...'), a long text cut to a
readable length. The word lists it needs are data in briefing/rules/.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from briefing.model import Actor, Document, Quote, anatomy_of
from briefing.rules import abbreviations, json_rules, lines, patterns, word_list

# TimeML's parts of a day, as times.py writes them for 'this morning', 'tonight'
_PARTS_OF_DAY = {code: part for part, code in json_rules("time_words.json")["parts_of_day"].items()}


def human_date(value: str | None) -> str:
    """2025-03-06 -> '6 March 2025'; 2025-03 -> 'March 2025'; 2025-W10 -> 'week of 3 March
    2025'; 2025-W10-WE -> 'weekend of 8 March 2025'; 2025-03-06T04:00 -> '6 March 2025, 04:00';
    2025-03-06TNI -> '6 March 2025, night'. The reader never sees a TimeML code."""
    if not value:
        return ""
    try:
        if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            d = dt.date.fromisoformat(value)
            return f"{d.day} {d:%B %Y}"
        if re.fullmatch(r"\d{4}-\d\d", value):
            return dt.date.fromisoformat(value + "-01").strftime("%B %Y")
        week = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value)
        if week and week.group(3):
            saturday = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 6)
            return f"weekend of {saturday.day} {saturday:%B %Y}"
        if week:
            monday = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
            return f"week of {monday.day} {monday:%B %Y}"
        stamp = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d)", value)
        if stamp:
            return f"{human_date(stamp.group(1))}, {stamp.group(2)}"
        part = re.fullmatch(r"(\d{4}-\d\d-\d\d)T([A-Z]{2})", value)
        if part and part.group(2) in _PARTS_OF_DAY:  # '2016-02-20TNI': 'tonight'
            return f"{human_date(part.group(1))}, {_PARTS_OF_DAY[part.group(2)]}"
    except ValueError:
        return value
    return value


def lead_sentence(document: Document) -> str | None:
    """The first body sentence: the read stage found where the body starts, past the
    headline, date lines and the dateline ('BRUSSELS, March 3 (Reuters) -'): the reader of
    a brief has the date."""
    span = lead_span(document)
    return " ".join(document.text[span[0] : span[1]].split()) if span else None


def lead_span(document: Document) -> tuple[int, int] | None:
    """Where ``lead_sentence`` lies in the text (leading blanks left out): the passage a
    bottom-line point cites."""
    start = anatomy_of(document).body
    for _ in range(4):  # a byline, a heading, a date line, a live blog's header: no lead
        line = _UNENDED_LINE.match(document.text, start) or _NO_SENTENCE.match(document.text, start)
        if line is None:
            break
        start = line.end()
    body = document.text[start:]
    for match in re.finditer(r"[.!?][”\"’]?(?=\s|$)", body[:600]):
        after = body[match.end() : match.end() + 2].strip()[:1]
        if _abbreviation().search(body, 0, match.end()) or after.islower():
            continue  # "after Sen. Elizabeth Warren", "the U.S. on Monday": it goes on
        sentence = body[: match.end()]
        if len(sentence) > 400:
            break
        if len(sentence) >= 40 and _quotes_closed(sentence):
            blank = len(sentence) - len(sentence.lstrip())
            return start + blank, start + match.end()
    return None


# A short first paragraph that ends without a full stop ('Antony J. Blinken, Secretary of
# State' above a statement): a byline or a heading, which a lead sentence does not run into.
_UNENDED_LINE = re.compile(r"\s*[^\n]{1,150}(?<![.!?”\"’)])[ \t]*\n[ \t]*\n")
# A live blog's header ending in a colon, an entry's time stamp, a rule of underscores.
_NO_SENTENCE = re.compile(patterns("article_patterns.tsv")["no_sentence_line"])


# How far a cited passage reaches either side of its span when no sentence end comes first.
PASSAGE_REACH = 300
_SENTENCE_END = re.compile(r"[.!?][”\"’)]*(?=\s)")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or sentences) holding ``text[start:end]``: back to the previous sentence
    end or line break, on to the next, each at most PASSAGE_REACH characters away. The same
    end test as the lead sentence: a full stop after a title or an initial ('Sen.', 'J.')
    or before a lower-case word ends no sentence."""
    low = max(0, start - PASSAGE_REACH)
    line = text.rfind("\n", low, start)
    begin = line + 1 if line >= 0 else low
    for match in _SENTENCE_END.finditer(text, begin, start):
        if _ends_sentence(text, match.end()):
            begin = match.end()
    high = min(len(text), end + PASSAGE_REACH)
    line = text.find("\n", end, high)
    finish = line if line >= 0 else high
    for match in _SENTENCE_END.finditer(text, max(end - 1, start), finish):
        if match.end() >= end and _ends_sentence(text, match.end()):
            finish = match.end()
            break
    while begin < start and text[begin].isspace():
        begin += 1
    return begin, max(finish, end)


def _ends_sentence(text: str, position: int) -> bool:
    after = text[position : position + 3].strip()[:1]
    return not (_abbreviation().search(text, max(0, position - 40), position) or after.islower())


@cache
def _abbreviation() -> re.Pattern[str]:
    """A full stop that ends a title or an initial, not a sentence ("Sen. Warren", "L. Ron
    Hubbard"): the role titles roles write out, the other abbreviations in the rules."""
    words = [*abbreviations("role"), *lines("sentence_abbreviations.txt")]
    return re.compile(r"(?:\b(?:" + "|".join(words) + r")|(?<!\.)\b[A-Z])\.$")


def _quotes_closed(text: str) -> bool:
    """A sentence does not end inside a quotation ('stating, “I asked him. He ...”')."""
    return text.count("“") <= text.count("”") and text.count('"') % 2 == 0


def role_line(actor: Actor) -> str:
    """Role and affiliation in one line ('Foreign Minister, Russia'), capitalised; the
    affiliation once when the role already names it."""
    parts = [p for p in (actor.role, actor.affiliation) if p]
    if actor.role and actor.affiliation and actor.affiliation in actor.role:
        parts = [actor.role]
    line = ", ".join(parts)
    return line[:1].upper() + line[1:]


def shorten(text: str, words: int = 28) -> str:
    """At most ``words`` words, with an ellipsis when any were cut."""
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def position(quote: Quote) -> str:
    """The actor's top statement: its words in quotation marks, or what it reported, with
    the verb ('rejected any notion of ...')."""
    if quote.kind == "direct":
        return f"“{shorten(quote.text.strip().rstrip(','))}”"
    verb = " ".join(filter(None, (reporting_verb(quote.cue or ""), quote.addressee)))
    return f"{verb} {shorten(reported(quote.text))}"


def reported(text: str) -> str:
    """A report as it reads after its verb: a pronoun or article that opened the sentence
    loses its capital ('said the government would ...', not 'said The government ...').
    Other words keep theirs: 'Berg' or 'Measles' may be a name, and a wrongly lowered
    surname reads worse than a stray capital."""
    first = text.partition(" ")[0]
    if first.istitle() and first.lower() in _openers():
        return text[:1].lower() + text[1:]
    return text


@cache
def _openers() -> frozenset[str]:
    return frozenset(word_list("reported_openers.txt"))


def reporting_verb(cue: str) -> str:
    """The reporting verb as a finite past form: 'warned' stays, 'saying' becomes 'said'.

    Reported content is shown after its verb, because the verb can carry the meaning:
    'rejected any notion of NATO troops' says the opposite of 'any notion of NATO troops'."""
    forms = json_rules("reporting_past.json")["en"]
    word = cue.strip().lower()
    if word.split(" ")[0].endswith("ed") or word in forms["finite"]:
        return word
    head, _, rest = word.partition(" ")
    if head == "according":
        return "said"
    past = forms["irregular"].get(head) or _regular_past(head)
    return " ".join(filter(None, (past, rest))) if past else "said"


_ES_STEMS = tuple(json_rules("reporting_past.json")["en"]["es_stems"])


def _regular_past(verb: str) -> str | None:
    """'calling' -> 'called', 'warns' -> 'warned', 'denying' -> 'denied', 'argues' ->
    'argued': the past of a participle or present form ('calling it a vote of confidence'
    must read 'called it ...', not 'said it ...')."""
    if verb.endswith("ying") or verb.endswith("ies"):
        return verb[: -4 if verb.endswith("ying") else -3] + "ied"
    if verb.endswith("ing") and len(verb) > 5:
        stem = verb[:-3]
        return stem + ("d" if stem.endswith("e") else "ed")
    if verb.endswith("es") and verb[:-2].endswith(_ES_STEMS):
        return verb[:-2] + "ed"
    if verb.endswith("s") and not verb.endswith("ss") and len(verb) > 3:
        stem = verb[:-1]
        return stem + ("d" if stem.endswith("e") else "ed")
    return None
