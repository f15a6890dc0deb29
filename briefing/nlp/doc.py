"""Doc helpers every stage that reads a spaCy Doc shares: its text and sentences computed
once, and items looked up by where they start."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Generic, Protocol, TypeVar

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
        spans = doc.user_data["briefing_sents"] = [(s.start_char, s.end_char) for s in doc.sents]
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
