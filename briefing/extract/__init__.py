"""Extractors: one spaCy Doc (and its Document) -> typed records with character spans."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar

from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.tokens import Doc


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once: spaCy rebuilds the string from its tokens on every access,
    which made per-sentence lookups quadratic in the article's length."""
    text = doc.user_data.get("briefing_text")
    if text is None:
        text = doc.user_data["briefing_text"] = doc.text
    return text


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the sentences, computed once per Doc."""
    spans = doc.user_data.get("briefing_sents")
    if spans is None:
        spans = doc.user_data["briefing_sents"] = _sentence_bounds(doc)
    return spans


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """What ``[(s.start_char, s.end_char) for s in doc.sents]`` gives, read from one array:
    ``doc.sents`` makes a Span and two Token objects per sentence and cost more than most
    extractors."""
    if not len(doc) or "sents" in doc.user_hooks or not doc.has_annotation("SENT_START"):
        return [(s.start_char, s.end_char) for s in doc.sents]
    rows = doc.to_array([SENT_START, IDX, LENGTH]).tolist()
    spans = []
    start = 0
    for i in range(1, len(rows)):
        if rows[i][0] == 1:
            last = rows[i - 1]
            spans.append((rows[start][1], last[1] + last[2]))
            start = i
    last = rows[-1]
    spans.append((rows[start][1], last[1] + last[2]))
    return spans


class _Located(Protocol):
    @property
    def start(self) -> int: ...


T = TypeVar("T", bound=_Located)


class ByStart(Generic[T]):
    """Items looked up by where they start: ``within(a, b)`` is exactly
    ``[x for x in items if a <= x.start < b]`` (same order), by bisection: extractors asked
    this of every time and mention once per clause, quadratic in the article's length."""

    def __init__(self, items: Sequence[T]) -> None:
        self.items = items
        self.order = sorted(range(len(items)), key=lambda i: items[i].start)
        self.starts = [items[i].start for i in self.order]
        self.in_order = all(i == n for n, i in enumerate(self.order))

    def within(self, low: int, high: int) -> list[T]:
        if low >= high:
            return []
        chosen = self.order[bisect_left(self.starts, low) : bisect_left(self.starts, high)]
        if not self.in_order:
            chosen = sorted(chosen)
        return [self.items[i] for i in chosen]
