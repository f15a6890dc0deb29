"""Modality of a sentence and the event word lists: shared by diary events and outlook items.

``rules/event_words.json`` holds the words and ``rules/event_patterns.tsv`` the patterns built
on them (shared with times.py and upcoming.py); the status of an item comes from the strongest
modality its sentence shows: scheduled ("is set to") > possible ("could") > planned ("will").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from typing import get_args

from briefing.extract.memo import per_document
from briefing.model import EventStatus, TimeExpression
from briefing.rules import abbreviations, alternation, filled, json_rules, month_forms
from briefing.rules import patterns as rules_patterns
from briefing.rules.regex import compiled

PATTERNS = rules_patterns("event_patterns.tsv")
# The statuses (model.EventStatus), each the name of a word list of event_words.json.
STATUSES: tuple[EventStatus, ...] = get_args(EventStatus)


@cache
def words() -> dict:
    """The word lists of rules/event_words.json, loaded once."""
    return json_rules("event_words.json")


@cache
def patterns() -> dict[str, re.Pattern[str]]:
    lists = words()
    slots = {
        key.upper(): alternation(lists[key])
        for key in ("outlook_modals", "intention_verbs", "not_actions")
    }
    return {
        "noun": compiled(rf"\b(?:{alternation(lists['nouns'])})\b", re.I),
        "verb": compiled(
            rf"\b(?:{alternation(lists['verb_modals'])})\s+(?:\w+\s+)?"
            rf"(?P<verb>{alternation(lists['verbs'])})\b",
            re.I,
        ),
        "outlook": compiled(filled(PATTERNS["outlook"], slots)),
        **{status: compiled(rf"\b(?:{alternation(lists[status])})\b", re.I) for status in STATUSES},
    }


_WORD = re.compile(r"[a-z]+")


@per_document
def outlook_match(clause: str) -> re.Match[str] | None:
    """The outlook pattern's search of a clause ('will meet', 'agreed to buy'): an item's
    own times and the item itself both read it, once per clause. Every match holds a modal
    or a verb of intention as a whole word: a clause holding none is not searched."""
    if not holds_any(_outlook_keys(), words_in(clause)):
        return None
    return patterns()["outlook"].search(clause)


@cache
def _outlook_keys() -> frozenset[str] | None:
    lists = words()
    return telling_words([*lists["outlook_modals"], *lists["intention_verbs"]])


@cache
def keys() -> dict[str, frozenset[str]]:
    """For each word-list pattern, the words one of which every match holds as a whole word:
    the longest word of each phrase. A sentence holding none cannot match, and a set test is
    far cheaper than a long case-insensitive alternation."""
    lists = words()

    def longest(items) -> frozenset[str]:
        return frozenset(max(_WORD.findall(item.lower()), key=len) for item in items)

    found = {kind: longest(lists[kind]) for kind in STATUSES}
    found["noun"] = longest(lists["nouns"])
    found["verb"] = longest(lists["verbs"])
    return found


@per_document
def words_in(sentence: str) -> frozenset[str] | None:
    """The lower-case words of a sentence for ``keys`` tests; None (test nothing) when it holds
    a letter that a case-insensitive pattern equates with an ASCII one that ``lower`` keeps
    apart ('ſ' with 's', 'ı' and 'İ' with 'i')."""
    lowered = sentence.lower()
    if "ſ" in lowered or "ı" in lowered or "i\u0307" in lowered:
        return None
    return frozenset(_WORD.findall(lowered))


def longest_words(phrases: Iterable[str]) -> frozenset[str] | None:
    """The longest word of each phrase (see ``keys``): a text that matches one of the
    phrases as whole words holds one of these. None when a phrase has no word to test."""
    found = [_WORD.findall(phrase.lower()) for phrase in phrases]
    return frozenset(max(words, key=len) for words in found) if all(found) else None


def telling_words(phrases: Iterable[str]) -> frozenset[str] | None:
    """``longest_words``, passing over an auxiliary ('has', 'would': rules/clause_words.json)
    where the phrase has another word, and of two as long the later ('would not say' ->
    'say'): any word of a phrase is in every match of it, and the 'yet' of 'has yet to'
    rules out far more sentences than 'has'."""
    found = [_WORD.findall(phrase.lower()) for phrase in phrases]
    if not all(found):
        return None
    common = _auxiliaries()
    return frozenset(
        max(reversed([w for w in ws if w not in common] or ws), key=len) for ws in found
    )


@cache
def _auxiliaries() -> frozenset[str]:
    return frozenset(json_rules("clause_words.json")["auxiliaries"])


def holds_any(keys: frozenset[str] | None, present: frozenset[str] | None) -> bool:
    """Whether a text of words ``present`` (``words_in``) may match the phrases ``keys``
    stands for (``longest_words``); True when either cannot tell."""
    return keys is None or present is None or not keys.isdisjoint(present)


def may_match(kind: str, present: frozenset[str] | None) -> bool:
    """Whether pattern ``kind`` can match a sentence of these words (see ``words_in``)."""
    return present is None or not keys()[kind].isdisjoint(present)


# The month, not the modal: "was held on May 3", "in May", "Theresa May will". A capital "May"
# is a modal only where a sentence opens with it ("May we ..."), and then not before a day.
_MONTH_MAY = re.compile(PATTERNS["month_may"])


def without_month_may(sentence: str) -> str:
    """``sentence`` with the month (or name) "May" blanked to "M_y", offsets kept, so the
    modality patterns, which ignore case, do not read it as the modal "may"."""
    return _MONTH_MAY.sub("M_y", sentence) if "May" in sentence else sentence


@per_document
def status_of(sentence: str, present: frozenset[str] | None = None) -> EventStatus | None:
    """The modality of a sentence, strongest first; None when it does not look forward.
    ``present``: ``words_in(sentence)``, when the caller has it."""
    if present is None:
        present = words_in(sentence)
    sentence = without_month_may(sentence)
    found = patterns()
    if may_match("scheduled", present) and found["scheduled"].search(sentence):
        return "scheduled"
    if may_match("possible", present) and found["possible"].search(sentence):
        return "possible"
    if may_match("planned", present) and found["planned"].search(sentence):
        return "planned"
    return None


# 'the earliest possible meeting', 'as soon as possible': speed asked for, not a doubt
_URGENCY = compiled(rf"\b(?:{alternation(words()['urgency_phrases'])})\b", re.I)


_DENIAL = re.compile(rf"(?:\b|(?<=\w))(?:{alternation(words()['denials'])})\b(?![-\u2010])", re.I)
_BREAK = re.compile(
    rf"[,;:(\u2014\u2013\"\u201c\u201d]|\b(?:{alternation(words()['denial_breaks'])})\b"
)


def denied(head: str) -> bool:
    """Whether the phrase that ends ``head`` and leads to an event word or an act denies
    it ('He is scheduled to speak but is not expected to meet the Pope', 'refuses to
    discuss appointees', 'has no plans to change her vote'): read from the last break or
    'but' or 'that', so a denial in another phrase ('No one doubts that the council will
    meet') does not count."""
    starts = [0, *(m.end() for m in _BREAK.finditer(head))]
    return _DENIAL.search(head, starts[-1]) is not None


def hedged(sentence: str) -> bool:
    """Whether a sentence of status 'possible' hedges: 'possible' asking for speed ('we
    support the earliest possible meeting', 'as soon as possible') does not."""
    return status_of(_URGENCY.sub(" ", sentence)) == "possible"


# 'Col.', 'Sept.', 'U.N.', 'Roe v. Wade', 'p.m.': a full stop inside a sentence that closes
# an abbreviation ends no phrase of a title ('Bannon to interview Col' was one)
_ABBREVIATED = (
    frozenset(abbreviations("phrase"))
    | frozenset(m.rstrip(".") for m in month_forms() if len(m.rstrip(".")) <= 4)
    | frozenset(words()["abbreviated_words"])
)
_LAST_WORD = re.compile(r"(?:^|(?<=[^A-Za-z]))([A-Za-z]+)$")


def abbreviation_stop(text: str, index: int) -> bool:
    """Whether the full stop at ``index`` closes an abbreviation and the sentence goes on
    after it ('interview Col. Rob Berg', 'on Sept. 30', 'new U.N. sanctions', '9 p.m. on')."""
    if text[index : index + 1] != "." or not text[index + 1 : index + 2].isspace():
        return False
    if not text[index + 1 :].strip():
        return False  # the sentence's own last stop
    found = _LAST_WORD.search(text, 0, index)
    if found is None:
        return False
    word = found.group(1)
    dotted = found.start() > 0 and text[found.start() - 1] == "."
    return word in _ABBREVIATED or (len(word) == 1 and (word.isupper() or dotted))


def best_date(times: list[TimeExpression]) -> TimeExpression | None:
    """The most precise resolved date among ``times`` (a day beats a month), else the first."""
    dated = [t for t in times if t.value and t.value[:1] in "12"]
    if dated:
        return max(dated, key=lambda t: len(t.value or ""))
    return times[0] if times else None


def status(status: EventStatus | None, date: TimeExpression | None) -> EventStatus:
    """An item's status: 'possible' stays; a day or month makes it 'scheduled'."""
    if status == "possible":
        return "possible"
    if date is not None and date.value and date.value[:1] in "12" and len(date.value) >= 7:
        return "scheduled"
    return status or "planned"
