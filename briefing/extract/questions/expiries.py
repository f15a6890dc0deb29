"""Arrangements that run for a limited time: what happens when they end is an open matter.

Policy news is full of arrangements with a clock on them: a truce extended "for another two
months", an "initial 90-day suspension" of tariffs, a pause extended "over the next 48 hours",
an arrangement "in effect until February 18", "the truce, which expires on Sunday". Whether
it holds, is extended or made permanent when the period runs out is what a reader is left to
watch, in an office's statement and in a wire report alike. The brief asks it one way, naming
the arrangement with its period or end: "What happens when the two-month truce ends?", "What
happens when the arrangement between Lebanon and Israel ends on February 18, 2025?".

Only the arrangement and its period in one phrase count (rules/question_patterns.tsv
expiry_*): "reach a deal over the next two weeks" dates the talks, not the deal, so an
arrangement that may be lasting (a deal, an agreement) is dated only by an adjective or a verb
of running. An arrangement already over is no open matter: a word of history in the sentence
('expired', 'collapsed', 'the previous pause'), a verb that ends or breaks it right before it
('ending a two-month ceasefire'), a noun that tells its end as past ('despite the expiration
of the ceasefire', 'after the truce's expiry'), an end scheduled in the past tense ('was set
to expire'), an end date before the article's, or a year before the article's. A pause,
suspension or freeze that does not say of what, and an arrangement set apart as another
story's ('a different 90-day deal'), are not asked.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from briefing.rules import (
    alternation,
    filled,
    json_rules,
    month_forms,
    month_numbers,
    patterns,
    weekday_names,
)
from briefing.rules.regex import compiled


@cache
def _words() -> dict:
    return json_rules("question_cues.json")


def _any(words: list[str] | tuple[str, ...]) -> str:
    """A case-insensitive alternation of ``words`` inside a case-sensitive pattern."""
    return "(?i:" + alternation(words, space=r"\s+") + ")"


@cache
def _forms() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """The expiry_* patterns with their slots filled from question_cues.json expiry_*, each
    with its needs_expiry_* pattern: a part of every match, searched for first (the form
    opens with optional words and names, tried at every place of the clause)."""
    w = _words()
    # months and weekdays keep their case: "may" is no month
    dates = {
        "MONTH": f"(?:{alternation(month_forms())})",
        "WEEKDAY": f"(?:{alternation(weekday_names())})",
    }
    table = patterns("question_patterns.tsv")
    slots = {
        "DET": _any(w["expiry_determiners"] + w["context_determiners"]),
        "MODS": rf"(?:{_any(w['expiry_modifiers'])}\s+){{0,2}}",
        "NAMES": r"(?:[A-Z][\w.-]*\s+){0,3}",
        "ARRANGEMENT": _any(w["expiry_temporary"] + w["expiry_lasting"]),
        "TEMPORARY": _any(w["expiry_temporary"]),
        "COMP": filled(table["arrangement_complement"], dates),
        "NUM": rf"(?:\d{{1,3}}|{_any(w['expiry_numbers'])})",
        "UNIT": _any(w["expiry_units"]),
        "LEADS": _any(w["expiry_period_leads"]),
        "RUNS": _any(w["expiry_runs"]),
        "RUN_LEADS": _any(w["expiry_run_leads"]),
        "DATE": filled(table["end_date"], dates),
    }
    return tuple(
        (compiled(filled(p, slots)), compiled(filled(table[f"needs_{n}"], slots)))
        for n, p in table.items()
        if n.startswith("expiry_")
    )


def expiry(text: str, clause: tuple[int, int], published: str | None) -> str | None:
    """The question a time-limited arrangement in ``clause`` leaves open ('What happens when
    the 90-day pause ends?'), or None when the clause names none, one only proposed, or one
    already over by the article's date (``published``, ISO, when known)."""
    c0, c1 = clause
    if _arrangement().search(text, c0, c1) is None:
        return None  # every form names an arrangement: most clauses hold none
    sentence = text[c0:c1]
    if _history(sentence, published):
        return None
    for form, needs in _forms():
        if needs.search(text, c0, c1) is None:
            continue
        found = form.search(text, c0, c1)
        if found is None or _proposed(text[c0 : found.start()]):
            continue
        if _ended_by(text[c0 : found.start()]):
            return None  # 'attacked rebel positions, ending a two-month ceasefire': over
        if _ended_by_noun(text[c0 : found.start()], text[found.end() : c1]):
            return None  # 'despite the expiration on June 3 of the five-day ceasefire': over
        if _other(text[c0 : found.start()]):
            continue  # 'a different 90-day deal' is another story's
        groups = found.groupdict()
        name = _named(found.group("name"))
        if _unnamed(name):
            continue  # 'the 48-hour extension', 'the 120-hour suspension' do not say of what
        if groups.get("n"):
            period = f"{found.group('n').lower()}-{found.group('u').lower()}"
            pre = (groups.get("pre") or "").lower()
            return f"What happens when the {pre}{period} {name} ends?"
        ends = found.group("date")
        if _before(ends, published):
            return None
        return f"What happens when the {name} ends {_when(ends)}?"
    return None


@cache
def _arrangement() -> re.Pattern[str]:
    """The arrangement nouns every expiry form holds (after a space or at its opening word
    boundary), found alone: one cheap search rules out a clause before the four forms, each
    a long pattern of optional parts, are tried in it."""
    w = _words()
    return compiled(r"\b" + _any(w["expiry_temporary"] + w["expiry_lasting"]))


@cache
def _proposal() -> re.Pattern[str]:
    return compiled(r"\b" + _any(_words()["expiry_proposals"]) + r"\b")


def _proposed(before: str) -> bool:
    """Whether the words before the arrangement make it one not yet in force: proposed,
    called for, rejected, under negotiation (question_cues.json expiry_proposals)."""
    return _proposal().search(before) is not None


@cache
def _ending() -> re.Pattern[str]:
    return compiled(r"\b" + _any(_words()["expiry_ended_by"]) + r"\s+$")


def _ended_by(before: str) -> bool:
    """Whether the arrangement is the object of a verb that ends or breaks it, right before
    its phrase ('ending a two-month ceasefire', 'shattering the 72-hour truce'): the
    arrangement is over by what the sentence tells (question_cues.json expiry_ended_by)."""
    return _ending().search(before) is not None


@cache
def _ended_by_nouns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    w = _words()
    leads, nouns = _any(w["expiry_ended_by_noun_leads"]), _any(w["expiry_ending_nouns"])
    return (
        compiled(rf"\b{leads}\s+(?:[^,;.]{{0,60}}?\s)?the\s+{nouns}\b[^,;.]{{0,30}}?\s(?i:of)\s+$"),
        compiled(rf"\b{leads}\s+$"),
        compiled(rf"^[’']s\s+{nouns}\b"),
    )


def _ended_by_noun(before: str, after: str) -> bool:
    """Whether the arrangement is the one whose end a noun tells, after a word that takes
    the end as past ('despite the expiration on June 3 of the five-day ceasefire', 'after
    the truce's expiry'; question_cues.json expiry_ending_nouns, expiry_ended_by_noun_leads):
    over, as when a verb ends it. 'ahead of the truce's expiry' leaves it open."""
    of_form, lead, possessive = _ended_by_nouns()
    if of_form.search(before):
        return True
    return possessive.match(after) is not None and lead.search(before) is not None


@cache
def _other_pattern() -> re.Pattern[str]:
    return compiled(r"\b" + _any(_words()["expiry_other_arrangement"]) + r"\s+$")


def _other(before: str) -> bool:
    """Whether a word right before the arrangement sets it apart from the story's own ('a
    different 90-day deal'): asked as 'the 90-day deal' it would name the wrong one."""
    return _other_pattern().search(before) is not None


def _unnamed(name: str) -> bool:
    """Whether the arrangement's phrase says no more than its noun: 'extension' alone
    (question_cues.json expiry_unnamed), or a pause, suspension or freeze with only empty
    modifiers ('the initial 120-hour suspension' of what?; expiry_unnamed_alone). A name, a
    complement or a telling modifier ('humanitarian pause', 'suspension of tariffs') says it."""
    w = _words()
    words = [x for x in name.lower().split() if x not in w["expiry_empty_modifiers"]]
    said = " ".join(words)
    return said in w["expiry_unnamed"] or said in w["expiry_unnamed_alone"]


@cache
def _history_phrase() -> re.Pattern[str]:
    """The phrases that schedule an end in the past tense (question_cues.json
    expiry_history_phrases), compiled once rather than searched one by one per sentence."""
    return compiled(r"\b" + _any(_words()["expiry_history_phrases"]) + r"\b", re.I)


def _named(name: str) -> str:
    """The arrangement as a question read on its own names it: spaces made single, a
    modifier that opened the sentence lower-cased ('Humanitarian pause' -> 'humanitarian')."""
    name = " ".join(name.split())
    first = name.split()[0]
    if first.lower() in _pointing() and len(name.split()) > 1:
        # 'That pause is set to expire on July 8': a determiner that opened the sentence is
        # no part of a name ('the That pause'; issue 17, fresh wire sample N15)
        name = name[len(first) :].lstrip()
        first = name.split()[0]
    if first.lower() in _words()["expiry_modifiers"]:
        name = first.lower() + name[len(first) :]
    return name


@cache
def _pointing() -> frozenset[str]:
    """Determiners that may open the sentence, capitalised, before the arrangement."""
    return frozenset(
        [
            *json_rules("clause_words.json")["determiners"],
            *json_rules("event_words.json")["title_function_words"],
        ]
    )


def _when(ends: str) -> str:
    """'on Sunday', 'on February 18, 2025', 'at the end of the month'."""
    ends = " ".join(ends.split())
    if ends.lower().startswith("on "):
        ends = ends[3:]
    return f"at {ends}" if ends.lower().startswith("the end") else f"on {ends}"


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _history(sentence: str, published: str | None) -> bool:
    """Whether the sentence tells an arrangement already over or an earlier one: a word of
    history (question_cues.json expiry_history) or a year before the article's."""
    words = {w.lower() for w in re.findall(r"[\w-]+", sentence)}
    if words & set(_words()["expiry_history"]):
        return True
    if _history_phrase().search(" ".join(sentence.split())):
        return True  # 'was set to expire Sunday': told after it was due, or it was extended
    year = published[:4] if published and published[:4].isdigit() else None
    return year is not None and any(y < year for y in _YEAR.findall(sentence))


def _before(ends: str, published: str | None) -> bool:
    """Whether an end date with a month and day ('February 18, 2025') falls before the
    article's date: the arrangement is over. A weekday is read forward."""
    if not published or len(published) < 10:
        return False
    found = re.search(r"([A-Za-z]+)\.?\s+(\d{1,2})(?:[a-z]{2})?(?:,?\s+(\d{4}))?", ends)
    month = month_numbers().get(found.group(1).lower()) if found else None
    if found is None or month is None:
        return False
    try:
        then = date(int(found.group(3) or published[:4]), month, int(found.group(2)))
        return then < date.fromisoformat(published[:10])
    except ValueError:
        return False
