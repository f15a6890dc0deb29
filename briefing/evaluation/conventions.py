"""The scoring conventions of ``../shared/eval/README.md``, in one place.

Every task scorer (actors, quotes, times, events, questions, brief) takes its judging rules
from here, so that our figures are computed the way the planners' independent scorer computes
them. Each rule is a small pure function with unit tests on hand-made gold/prediction pairs
(tests/evaluation/test_conventions.py):

- spans: *overlap* for the brief means shared characters >= half of the shorter span (same
  article); quotes are paired one-to-one when the overlap is >= half of the union;
- names: compared without case, accents, stop words, initials and title words;
- speakers: right when both are null, when the predicted mention overlaps the gold mention, or
  when the names share a word other than a title; a *pronoun* (on either side) is right only
  when it was resolved to the gold speaker's name: overlapping the gold pronoun is not enough;
- dates: gold ``dct`` is read as YYYY-MM-DD or DD-MM-YYYY; an event's date agrees with the
  gold date by day, by month when the gold gives a month (a predicted week by the month that
  holds most of it, as the gold writes "next week"), by week when the gold day lies in the
  predicted week, by year when the gold gives a year, or when both are null.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterable
from functools import cache

from briefing.rules import pronoun_list, word_list

Span = tuple[int, int]


# ---------------------------------------------------------------- spans


def shared(a: Span, b: Span) -> int:
    """Characters two spans have in common."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def overlaps_half_shorter(a: Span, b: Span) -> bool:
    """The brief's overlap: shared characters are at least half of the shorter span."""
    shorter = min(a[1] - a[0], b[1] - b[0])
    return shorter > 0 and 2 * shared(a, b) >= shorter


def overlap_of_union(a: Span, b: Span) -> float:
    """Shared characters over the union of two spans (the quote pairing measure)."""
    union = max(a[1], b[1]) - min(a[0], b[0])
    return shared(a, b) / union if union > 0 else 0.0


def pair_by_overlap(gold: list[Span], predicted: list[Span]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs whose overlap is at least half of the
    union, the best overlaps first (ties: text order)."""
    scored = sorted(
        (
            (-overlap_of_union(g, p), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(predicted)
            if shared(g, p)
        ),
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for negative, gi, pi in scored:
        if -negative < 0.5:
            break
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


# ---------------------------------------------------------------- names


@cache
def _stop_words() -> frozenset[str]:
    return frozenset(word_list("eval_stop_words.txt"))


@cache
def _title_words() -> frozenset[str]:
    return frozenset(word_list("eval_title_words.txt"))


def _plain_words(text: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", text)
    letters = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    letters = re.sub(r"['’]s\b", "", letters)  # possessive: "Belarus’s" = "Belarus"
    letters = re.sub(r"[.'’]", "", letters)  # "U.S." = "US", "Sana'a" = "Sanaa"
    return re.findall(r"[a-z0-9]+", letters)


def name_key(name: str | None) -> tuple[str, ...]:
    """A name as compared: its words in order, without case, accents, stop words, initials
    and title words. "Secretary Antony J. Blinken" and "Antony Blinken" share one
    key; "the President" has none (a title alone names nobody). Order counts: "Tigray
    People" is not "People in Tigray" (the gold lists each form a text uses as an alias)."""
    words = _plain_words(name or "")
    return tuple(
        w for w in words if len(w) > 1 and w not in _stop_words() and w not in _title_words()
    )


def same_name(a: str | None, b: str | None) -> bool:
    """Two names are the same when their keys are equal and not empty."""
    key = name_key(a)
    return bool(key) and key == name_key(b)


def content_words(text: str | None) -> frozenset[str]:
    """The words of a role or phrase without case, accents, stop words and a plural -s
    (title words stay: in a role they are the content)."""
    return frozenset(
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
        for w in _plain_words(text or "")
        if w not in _stop_words()
    )


def role_is(shown: str | None, *gold: str | None) -> bool:
    """A shown role is the gold actor's when every content word of it is in the gold role
    (or the gold affiliation or names, which a role line may repeat): "Foreign Minister" is
    not the role of a "Prime Minister", although they share a word."""
    words = content_words(shown)
    return bool(words) and words <= frozenset().union(*map(content_words, gold))


# ---------------------------------------------------------------- speakers


@cache
def pronouns() -> frozenset[str]:
    return frozenset(pronoun_list())


def is_pronoun(text: str | None) -> bool:
    return bool(text) and text.strip().lower() in pronouns()


def speaker_words(name: str | None) -> frozenset[str]:
    """The words two speaker names may share to be the same person: none of them a title,
    a stop word or a pronoun."""
    return frozenset(name_key(name)) - pronouns()


def speaker_right(
    gold_name: str | None,
    gold_mention: dict | None,
    name: str | None,
    mention: Span | None,
    mention_text: str | None,
) -> bool:
    """Whether a predicted speaker is the gold one.

    ``name`` is the predicted speaker's resolved name (or its own words when unresolved),
    ``mention``/``mention_text`` the span and words naming it near the cue. A pronoun on
    either side counts only through the resolved name: "he" overlapping the gold "he" says
    nothing about who he is.
    """
    if gold_name is None and name is None:
        return True
    names_agree = bool(speaker_words(gold_name) & speaker_words(name))
    gold_pronoun = bool(gold_mention) and is_pronoun(gold_mention.get("text"))
    if gold_pronoun or is_pronoun(mention_text) or not gold_mention or mention is None:
        return names_agree
    return shared((gold_mention["start"], gold_mention["end"]), mention) > 0 or names_agree


# ---------------------------------------------------------------- dates


def read_date(value: str | None) -> str | None:
    """A gold date as YYYY-MM-DD: the README allows YYYY-MM-DD and DD-MM-YYYY."""
    if not value:
        return None
    value = value.strip()[:10]
    day_first = re.fullmatch(r"(\d\d)-(\d\d)-(\d{4})", value)
    if day_first:
        value = f"{day_first.group(3)}-{day_first.group(2)}-{day_first.group(1)}"
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        return None


def _week(value: str) -> tuple[dt.date, dt.date] | None:
    match = re.fullmatch(r"(\d{4})-W(\d\d)(?:-WE)?", value)
    if not match:
        return None
    year, week = int(match.group(1)), int(match.group(2))
    return dt.date.fromisocalendar(year, week, 1), dt.date.fromisocalendar(year, week, 7)


def dates_agree(gold: str | None, predicted: str | None) -> bool:
    """The README's rule for What's next: the day; the month when the gold gives a month;
    a week when the gold day lies in it; the year when the gold gives a year; both null."""
    if not gold or not predicted:
        return not gold and not predicted
    if re.fullmatch(r"\d{4}-\d\d-\d\d", gold):
        week = _week(predicted)
        if week:
            return week[0] <= dt.date.fromisoformat(gold) <= week[1]
        return predicted[:10] == gold
    if re.fullmatch(r"\d{4}-\d\d", gold):
        week = _week(predicted)
        if week:  # the gold writes "next week" as the month holding most of it (its Thursday)
            return (week[0] + dt.timedelta(days=3)).isoformat()[:7] == gold
        return bool(re.fullmatch(r"\d{4}-\d\d(-\d\d.*)?", predicted)) and predicted[:7] == gold
    if re.fullmatch(r"\d{4}", gold):
        return predicted[:4] == gold
    return predicted == gold


DocSpan = tuple[str, int, int]


def any_overlap(spans: Iterable[DocSpan], others: Iterable[DocSpan]) -> bool:
    """Whether a (doc, start, end) of one list overlaps one of the other by the brief's rule."""
    others = list(others)
    return any(
        doc == other[0] and overlaps_half_shorter((start, end), other[1:])
        for doc, start, end in spans
        for other in others
    )
