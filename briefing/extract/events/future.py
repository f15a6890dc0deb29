"""Does a sentence speak of something still to happen? Sentence-level future detection.

News marks the future in a handful of grammatical ways, each a pattern of
``rules/future_patterns.tsv`` whose word slots come from ``rules/event_words.json`` ("future"):

- a future or possibility modal before a verb: "will cut", "could continue", "would be";
- be + adjective/participle + to-infinitive: "is set to begin", "are scheduled to be";
- an intention verb or a plan noun + to-infinitive: "agreed to purchase", "a deal to lease",
  "a contract with the ministry to supply"; purpose phrases ("in an effort to");
- a directive + to-infinitive or a mandative that-clause: "forced Apple to lower",
  "recommended that airlines should not";
- a noun of anticipation ("fears of a recession", "called for a re-run") or a transaction
  agreed but not yet done ("negotiated the purchase of");
- headlinese "X to do Y" ("Ford Taurus to be revived");
- a time expression that resolves after the article's date in a future-tense clause.

This feeds the "outlook" items (developments to watch) and the events score; diary items
(summits, votes) still need an event noun, see ``events.py``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import cache

from briefing.extract.events import modality
from briefing.extract.memo import per_document
from briefing.model import TimeExpression
from briefing.rules import alternation, filled
from briefing.rules import patterns as rules_patterns
from briefing.rules.regex import compiled

_SLOTS = modality.words()["future"]
# A word that can be a verb after "to"/a modal: not a determiner, pronoun or capitalised name.
_VERB = rf"(?!(?:{alternation(_SLOTS['not_verbs'])})\b|(?-i:[A-Z]))[a-z][a-z'’-]+"
_ADVERBS = rf"(?:\s+(?:{alternation(_SLOTS['adverbs'])}|\w+ly))*"


@cache
def patterns() -> dict[str, re.Pattern[str]]:
    """One compiled pattern per way of marking the future (rules/future_patterns.tsv), in the
    order they are tried."""
    slots = {k.upper(): alternation(v) for k, v in _SLOTS.items()}
    slots.update(VERB=_VERB, ADVERBS=_ADVERBS)
    return {
        name: compiled(filled(pattern, slots))
        for name, pattern in rules_patterns("future_patterns.tsv").items()
    }


_WORD = re.compile(r"[a-z]+")  # "won't" -> "won", "t": contractions keep their parts


@cache
def triggers() -> dict[str, frozenset[str]]:
    """Words one of which a sentence must hold for a pattern to be worth trying: most
    sentences hold none of a pattern's slot words, and a set test is far cheaper than the
    regular expression."""
    w = modality.words()["future"]

    def words(*keys: str) -> frozenset[str]:
        return frozenset(
            word for key in keys for phrase in w[key] for word in _WORD.findall(phrase.lower())
        )

    to = frozenset({"to"})
    return {
        "modal": words("modals"),
        "possible": words("possible_modals"),
        "be_to": to,
        "is_to": to,
        "intention": to,
        "purpose": to,
        "plan_noun": to,
        "directive": to,
        "mandative": frozenset({"that"}),
        "anticipation": words("anticipation_nouns"),
        "transaction": frozenset({"of"}),
        "headline": to,
    }


@cache
def keys() -> dict[str, tuple[frozenset[str], ...]]:
    """For the patterns whose trigger is a common word ('to', 'that', 'of'): the words of
    their own slot lists, one of each set held by every match (the longest word of each
    phrase, ``modality.longest_words``). Nearly every sentence holds 'to'; few hold an
    intention verb or a plan noun as well. A list with a phrase of no word gives no test."""
    w = modality.words()["future"]

    def longest(key: str) -> frozenset[str] | None:
        return modality.longest_words(w[key])

    found = dict(  # pattern name (rules/future_patterns.tsv) -> its slots' words
        be_to=(longest("be_adjectives"),),
        intention=(longest("intention_verbs"),),
        plan_noun=(longest("plan_nouns"),),
        directive=(longest("directive_verbs"),),
        mandative=(longest("mandative_verbs"),),
        transaction=(longest("transaction_verbs"), longest("transaction_nouns")),
        anticipation=(longest("anticipation_nouns"),),  # its trigger holds 'of', 'that'
    )
    return {name: sets for name, sets in found.items() if None not in sets}  # type: ignore[misc]


def future_cue(
    sentence: str,
    times: Sequence[TimeExpression] = (),
    reference: str | None = None,
    headline: bool = False,
) -> tuple[str, re.Match[str] | None] | None:
    """The first way ``sentence`` marks the future, with its match (None for a date), or None.

    ``times`` are the time expressions inside the sentence; ``headline`` says the sentence is
    an article's title line, where "X to do Y" is the future ("DaimlerChrysler to sell ...").
    """
    found = _grammatical_cue(sentence, headline)
    if found is not None:
        return found
    if reference and any(is_future_date(t, reference) for t in times):
        return "date", None
    return None


@per_document
def _grammatical_cue(sentence: str, headline: bool) -> tuple[str, re.Match[str]] | None:
    """The first pattern of ``patterns`` that marks ``sentence`` as future, with its match
    (see ``future_cue``): read once per sentence however many stages ask."""
    # The sentence's words as modality.words_in reads them (once per sentence for every
    # stage); None there: a case-insensitive pattern equates 'ſ' with 's' and 'ı', 'İ' with
    # 'i', lower() does not, so such a sentence is tested by the triggers alone.
    present = modality.words_in(sentence)
    folds = present is None
    words = frozenset(_WORD.findall(sentence.lower())) if present is None else present
    needed = {} if folds else keys()
    for name, pattern in patterns().items():
        if name == "headline" and not headline or triggers()[name].isdisjoint(words):
            continue
        if any(key.isdisjoint(words) for key in needed.get(name, ())):
            continue
        if name == "purpose" and not folds and not _may_purpose(sentence, words):
            continue
        match = pattern.search(sentence)
        if match is not None and not (name == "headline" and _not_future_to(match)):
            return name, match
    return None


def _may_purpose(sentence: str, words: frozenset[str]) -> bool:
    """Whether the purpose pattern can match: its first branch holds 'To' as written, its
    second a purpose phrase, whose longest word the sentence then holds."""
    keys = _purpose_keys()
    return keys is None or "To" in sentence or not keys.isdisjoint(words)


@cache
def _purpose_keys() -> frozenset[str] | None:
    return modality.longest_words(modality.words()["future"]["purpose_phrases"])


def _not_future_to(match: re.Match[str]) -> bool:
    return match.group(1).lower() in modality.words()["future"]["non_future_to"]


@cache
def period_start(value: str) -> dt.date | None:
    """The first day of a TimeML date value (2025-03-06, 2025-03, 2025-W10, 2025-Q2, 2025)."""
    try:
        if re.fullmatch(r"\d{4}-\d\d-\d\d", value[:10]) and len(value) >= 10:
            return dt.date.fromisoformat(value[:10])
        if re.fullmatch(r"\d{4}-\d\d", value):
            return dt.date.fromisoformat(value + "-01")
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 1, 1)
        week = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value)
        if week:
            day = 6 if week.group(3) else 1
            return dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), day)
        quarter = re.fullmatch(r"(\d{4})-Q([1-4])", value)
        if quarter:
            return dt.date(int(quarter.group(1)), 3 * int(quarter.group(2)) - 2, 1)
    except ValueError:
        return None
    return None


@cache
def period_end(value: str) -> dt.date | None:
    """The last day of the period a TimeML date value names (see ``period_start``)."""
    start = period_start(value)
    if start is None:
        return None
    if re.fullmatch(r"\d{4}-\d\d-\d\d.*", value):
        return start
    if re.fullmatch(r"\d{4}-\d\d", value):
        following = dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    if re.fullmatch(r"\d{4}", value):
        return dt.date(start.year, 12, 31)
    if "-Q" in value:
        return dt.date(start.year + (start.month + 3) // 13, (start.month + 2) % 12 + 1, 1) - (
            dt.timedelta(days=1)
        )
    return start + dt.timedelta(days=6 - start.weekday())  # a week or weekend ends on Sunday


def is_future_date(time: TimeExpression, reference: str) -> bool:
    """A time that starts after the article's date, in a clause that looks forward (a bare
    weekday or day of a past-tense clause is the last one, however it was resolved)."""
    if time.value == "FUTURE_REF":
        return True
    start = period_start(time.value or "")
    if start is None or start <= period_start(reference[:10]):
        return False
    return time.tense == "future" or len(time.value or "") == 4
