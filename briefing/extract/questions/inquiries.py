"""Inquiries called for: whether the investigation takes place is an open matter.

After an incident, statements and reports alike say what is still to be established by asking
for an investigation: "I join the many calls for an international investigation to ascertain
the complete facts of the case", "Reports of X are deeply concerning and require full
investigation", "the chairman requested another Justice Department investigation of the
contract". Until someone opens it, whether it will take place, and what it will establish,
is what the reader watches. The brief asks it one way, naming what is to be investigated:
"Will there be an international investigation to ascertain the complete facts of the case?".

A call that is history ('had called for', a year before the article's: the appeal rules of
``demands``), a negated one ('did not call for'), and an inquiry the sentence already grants
or refuses ('opened', 'rejected calls for') are none. A call for someone else who is to
investigate ('called for a special prosecutor to oversee an investigation') asks for a
person, not an inquiry, and is left to ``demands``. An inquiry into something no name or
figure identifies ('an investigation into the killing') points back at the article and asks
nothing read alone, and one named only by who would investigate ('a UN probe') says
nothing of what. A call after a modal ('there might be calls for a probe') is none made.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from briefing.extract.events import modality
from briefing.extract.questions.demands import told_as_history
from briefing.model import NameMention
from briefing.nlp import gazetteers as gz
from briefing.rules import alternation, filled, json_rules, patterns
from briefing.rules.regex import compiled


@cache
def _words() -> dict:
    return json_rules("question_cues.json")


@cache
def _noun_keys() -> frozenset[str] | None:
    """The inquiry nouns as ``modality.keys`` words: a clause holding none matches neither
    form, so it is not searched (the requirement's lazy subject is a costly search)."""
    return modality.longest_words(_words()["inquiry_nouns"])


def _any(words: list[str]) -> str:
    return alternation(words, space=r"\s+")


@cache
def _forms() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The call ('calls for an inquiry into X') and the requirement ('X requires an
    inquiry'), rules/question_patterns.tsv inquiry_*."""
    w = _words()
    slots = {
        "CALLS": _any(w["inquiry_calls"]),
        "REQUIRES": _any(w["inquiry_requires"]),
        "DETS": _any(w["inquiry_determiners"]),
        "NOUNS": _any(w["inquiry_nouns"]),
    }
    table = patterns("question_patterns.tsv")
    call, required = (
        compiled(filled(table[n], slots), re.I) for n in ("inquiry_call", "inquiry_required")
    )
    return call, required


def inquiry(
    text: str, clause: tuple[int, int], names: Sequence[NameMention], year: int | None = None
) -> str | None:
    """The question an inquiry called for in ``clause`` leaves open ('Will there be an
    independent investigation into the crash?'), or None when the clause calls for none,
    or the call is negated, settled or history (``year``: the article's, when known).
    ``names``: the clause's name mentions, so a subject that opens on a name keeps its case."""
    c0, c1 = clause
    if not modality.holds_any(_noun_keys(), modality.words_in(text[c0:c1])):
        return None  # both forms name the inquiry ('investigation'): most clauses name none
    if _settled(text[c0:c1]) or _settled_elsewhere(text, clause):
        return None
    call, required = _forms()
    for found in call.finditer(text, c0, c1):
        before = text[c0 : found.start()]
        if _negated(before) or told_as_history(before, found.group("cue"), year):
            continue
        if _hypothetical(before):
            continue  # 'there might be calls for a UN probe': no call made
        complement = _complement(found.group("rest"))
        if complement == "" and _by_investigator(found):
            continue  # 'a UN probe': who would investigate, not what
        asked = _asked(found, complement) if complement is not None else None
        if asked is not None:
            return asked
    found = required.match(text, c0, c1)
    if found is None or _negated(found.group("subject")):
        return None
    raw = found.group("subject")
    subject, first = raw.strip(), found.start("subject") + len(raw) - len(raw.lstrip())
    if _common_opener(subject) and not any(m.start == first for m in names):
        subject = subject[:1].lower() + subject[1:]  # 'Reports of X' -> 'into reports of X'
    return _asked(found, f" into {subject}")


def _asked(found: re.Match[str], complement: str) -> str | None:
    """'Will there be {an} {mods} {inquiry}{complement}?', or None when a modifier is no
    modifier (the cue governs a clause, not the inquiry) or nothing says what is asked."""
    mods = found.group("mods").split()
    if any(m.lower() in _words()["inquiry_not_modifiers"] for m in mods):
        return None
    noun = found.group("noun").lower()
    if not complement and not any(m[:1].isupper() for m in mods):
        return None  # 'asks for an investigation': of what?
    if _unnamed(complement):
        return None  # 'an investigation into the killing': whose?
    phrase = " ".join([*mods, noun])
    det = " ".join((found.group("det") or "").lower().split())
    if det in _words()["inquiry_determiners_said"]:
        phrase = f"{det.split()[-1]} {phrase}"  # 'another', 'further', 'a new' inquiry
    if noun.endswith("s") or det in _words()["inquiry_determiners_alone"]:
        article = ""
    else:
        article = _indefinite(phrase)
    return f"Will there be {article}{phrase}{complement}?"


def _indefinite(phrase: str) -> str:
    """'an ' or 'a ' by the sound the phrase opens on: an acronym by its first letter's name
    ('an FBI inquiry', 'a UN probe'), a word by its first letter, except openings said with
    a consonant ('a unilateral review'; question_cues.json an_letters, a_word_openings)."""
    first = phrase.split()[0] if phrase.split() else ""
    if len(first) > 1 and first.isupper():
        return "an " if first[0] in _words()["an_letters"] else "a "
    if first.lower().startswith(tuple(_words()["a_word_openings"])):
        return "a "
    return "an " if first[:1].lower() in "aeiou" else "a "


def _hypothetical(before: str) -> bool:
    """Whether a modal in the three words before the call makes it one that may come, not
    one made ('there might be calls for a probe', 'the council could ask for an inquiry';
    question_cues.json inquiry_hypothetical)."""
    tail = [w.lower() for w in before.split()[-3:]]
    return not set(tail).isdisjoint(_words()["inquiry_hypothetical"])


def _by_investigator(found: re.Match[str]) -> bool:
    """Whether the inquiry, with nothing after it to say what it is into, is named only by
    an acronym, the body that would investigate ('a UN probe'), not by a place or matter
    ('a new Kestra inquiry'). A name of a body in words is not told apart from a place's
    here (an invented 'Kestra' may be read as either), so it is kept."""
    named = [w.strip("’'.-") for w in found.group("mods").split() if w[:1].isupper()]
    return bool(named) and all(len(w) > 1 and w.isupper() for w in named)


@cache
def _complement_start() -> re.Pattern[str]:
    return compiled(rf"\s+(?:{_any(_words()['inquiry_complement_openers'])})\s+\S", re.I)


@cache
def _complement_end() -> re.Pattern[str]:
    ends = _any(_words()["inquiry_complement_ends"])
    return compiled(rf"\s*[,\"“”()–—]|\s+-\s|\s+(?:{ends})\b", re.I)


def _complement(rest: str) -> str | None:
    """What is investigated, right after the inquiry: 'into the crash', 'of the contract',
    'to ascertain the facts', up to the first mark or word that ends the phrase; '' when
    none follows, None when the phrase is cut before the clause it opens."""
    found = _complement_start().match(rest)
    if found is None:
        return ""
    end = _complement_end().search(rest, found.end() - 1)
    phrase = " ".join((rest[: end.start()] if end else rest).split()).rstrip(".")
    if phrase.split()[-1].lower() in _words()["inquiry_dangling"]:
        return None  # 'to determine whether "..."': cut before its clause, it asks nothing
    return " " + phrase


def _unnamed(complement: str) -> bool:
    """Whether what is to be investigated ('into the killing', 'of the foreign role in the
    country') holds no name and no figure: it points back at what the article named before,
    and a question read alone does not say what it asks about. What the inquiry is 'to'
    establish ('to ascertain the complete facts of the case') is asked as it stands."""
    words = complement.split()
    if not words or words[0].lower() not in _words()["inquiry_naming_openers"]:
        return False
    small = frozenset(json_rules("name_words.json")["heading_small_words"])
    # 'Into Custodial Deaths': in a headline's title case every word is capitalised, so
    # there a capital names only on a word that is no common one ('Into Madhabbari Clashes')
    headline = all(w[:1].isupper() for w in words[1:] if w.lower() not in small)
    return not any(_naming(w, headline) for w in words[1:])


def _naming(word: str, headline: bool) -> bool:
    """Whether a word of what is investigated names it: a figure, or a capital (in a
    title-case headline, only on a country, a people, a city or a word that is not a
    common one: 'China' is both)."""
    if any(c.isdigit() for c in word):
        return True
    if not word[:1].isupper():
        return False
    word = word.strip(".,;:!?\"“”‘’'()")
    if not headline or gz.country_of(word) is not None or word in gz.cities():
        return True
    return not _common_opener(word)


def _common_opener(subject: str) -> bool:
    """Whether the subject opens on an ordinary word ('Reports', 'Initial'), lower-cased
    inside the question, rather than on a name ('Varnia's conduct')."""
    word = re.split(r"[\s’']", subject, maxsplit=1)[0].lower()
    return word in gz.common_words() or word.removesuffix("s") in gz.common_words()


def _negated(before: str) -> bool:
    tail = before.lower().split()[-3:]
    negations = _words()["inquiry_negations"]
    return any(w in negations or w.endswith(("n't", "n’t")) for w in tail)


@cache
def _settled_forms() -> re.Pattern[str]:
    w = _words()
    settled, nouns = _any(w["inquiry_settled_elsewhere"]), _any(w["inquiry_nouns"])
    auxiliaries = _any(w["inquiry_settled_auxiliaries"])
    return compiled(
        rf"\b(?:{settled})\s+(?:[^\s.!?]+\s+){{0,4}}?(?:{nouns})\b"
        rf"|\b(?:{nouns})\s+(?:{auxiliaries})\s+(?:been\s+)?(?:{settled})\b",
        re.I,
    )


def _settled_elsewhere(text: str, clause: tuple[int, int]) -> bool:
    """Whether another sentence of the article tells an inquiry opened or refused ('The
    bureau has initiated a probe', 'the ministers rejected calls for a public inquiry';
    question_cues.json inquiry_settled_elsewhere): then whether one takes place is no open
    matter. Two inquiries in one article, one opened and one called for, are not told
    apart: the question is held back rather than risked."""
    c0, c1 = clause
    return any(not c0 <= m.start() < c1 for m in _settled_forms().finditer(text))


def _settled(sentence: str) -> bool:
    """The sentence already tells the inquiry opened, closed or refused."""
    words = {w.lower() for w in re.findall(r"[\w’'-]+", sentence)}
    return not words.isdisjoint(_words()["inquiry_settled"])
