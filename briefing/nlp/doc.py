"""Doc helpers every stage that reads a spaCy Doc shares: its text and sentences computed
once, and items looked up by where they start."""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Sequence
from typing import Generic, NamedTuple, Protocol, TypeVar

from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.tokens import Doc, Span


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once: spaCy rebuilds the string from its tokens on every access,
    which made per-sentence lookups quadratic in the article's length."""
    text = doc.user_data.get("briefing_text")
    if text is None:
        text = doc.user_data["briefing_text"] = doc.text
    return text


def span_text(span: Span) -> str:
    """``span.text``, cut from the Doc's cached text: spaCy joins a new Token object per word
    on every access, and the name tagger and the mention stage read each name many times.
    The same string: the tokens and their spaces are the text, character for character."""
    if span.start == span.end:
        return ""
    return text_of(span.doc)[span.start_char : span.end_char]


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the sentences, computed once per Doc."""
    spans = doc.user_data.get("briefing_sents")
    if spans is None:
        idx, length = token_offsets(doc)
        spans = doc.user_data["briefing_sents"] = [
            (idx[start], idx[end - 1] + length[end - 1]) for start, end in sentence_tokens(doc)
        ]
    return spans


def sentence_tokens(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the sentences, as ``doc.sents`` gives them, computed once per Doc from
    its sentence-start array: walking ``doc.sents`` makes a Token object per token (and a
    Span per sentence), which several stages paid again for every article."""
    ranges = doc.user_data.get("briefing_sent_tokens")
    if ranges is None:
        if not doc.has_annotation("SENT_START"):
            list(doc.sents)  # raises spaCy's own error, as doc.sents would
        starts = doc.to_array(SENT_START).tolist()
        bounds = [0, *(i for i in range(1, len(starts)) if starts[i] == 1), len(starts)]
        ranges = [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if a < b]
        doc.user_data["briefing_sent_tokens"] = ranges
    return ranges


def token_offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """Each token's character offset and length, read once per Doc from its arrays."""
    offsets = doc.user_data.get("briefing_offsets")
    if offsets is None:
        values = doc.to_array([IDX, LENGTH])
        offsets = doc.user_data["briefing_offsets"] = (
            values[:, 0].tolist(),
            values[:, 1].tolist(),
        )
    return offsets


def last_of(text: str, chars: str, position: int) -> int:
    """``max(text.rfind(c, 0, position) for c in chars)``, looking back only as far as the
    nearest of them: each ``rfind`` of a character the text lacks ('!') scanned back to the
    start, which made finding a sentence's start quadratic in a long article."""
    reach = 256
    while True:
        low = max(0, position - reach)
        found = max(text.rfind(c, low, position) for c in chars)
        if found >= 0 or low == 0:
            return found
        reach *= 4


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
        starts = [x.start for x in items]
        # Most items come in text order: then the (stable) sort is the identity, and no key
        # function is called per item to find that out (sorting ints that are in order is
        # one pass in C, cheaper than comparing neighbours in Python).
        self.in_order = starts == sorted(starts)
        if self.in_order:
            self.order, self.starts = list(range(len(items))), starts
        else:
            self.order = sorted(range(len(items)), key=starts.__getitem__)
            self.starts = [starts[i] for i in self.order]

    def within(self, low: int, high: int) -> list[T]:
        if low >= high:
            return []
        chosen = self.order[bisect_left(self.starts, low) : bisect_left(self.starts, high)]
        if not self.in_order:
            chosen = sorted(chosen)
        return [self.items[i] for i in chosen]

    def last_before(self, high: int, keep: Callable[[T], bool]) -> T | None:
        """``next((x for x in reversed(items) if x.start < high and keep(x)), None)``: when
        the items are in order of their starts, a walk back from ``high``, not from the end."""
        if not self.in_order:
            return next((x for x in reversed(self.items) if x.start < high and keep(x)), None)
        for i in range(bisect_left(self.starts, high) - 1, -1, -1):
            if keep(self.items[i]):
                return self.items[i]
        return None


class Range(NamedTuple):
    """A span of characters, for BySpan when the spans are plain pairs."""

    start: int
    end: int


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Spanned)


class BySpan(ByStart[S]):
    """Items with a start and an end, looked up by position: each query is exactly the
    list comprehension its docstring gives (same items, same order), found by bisection
    over the starts within reach of the longest item rather than by a scan of them all."""

    def __init__(self, items: Sequence[S]) -> None:
        super().__init__(items)
        self.longest = max((x.end - x.start for x in items), default=0)

    def inside(self, low: int, high: int) -> list[S]:
        """``[x for x in items if low <= x.start and x.end <= high]``."""
        return [x for x in self.within(low, high + 1) if x.end <= high]

    def containing(self, position: int) -> list[S]:
        """``[x for x in items if x.start <= position < x.end]``."""
        return [x for x in self.within(position - self.longest, position + 1) if x.end > position]

    def touching(self, position: int) -> list[S]:
        """``[x for x in items if x.start <= position <= x.end]``."""
        return [x for x in self.within(position - self.longest, position + 1) if x.end >= position]

    def covering(self, position: int) -> list[S]:
        """``[x for x in items if x.start < position < x.end]``."""
        return [x for x in self.within(position - self.longest, position) if x.end > position]

    def overlapping(self, low: int, high: int) -> list[S]:
        """``[x for x in items if x.start < high and low < x.end]``."""
        return [x for x in self.within(low - self.longest, high) if x.end > low]


class DisjointSpans:
    """Spans that do not overlap one another, added one at a time, with a test whether a new
    span overlaps any of them: ``any(a < end and start < b for a, b in spans)`` asked of
    every candidate was quadratic in the number of spans taken."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.points: list[int] = []  # empty spans: they overlap a span strictly around them

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``a < end and start < b`` holds for a span [a, b) taken."""
        # Of the non-empty spans, the last one starting before ``end`` is the only candidate:
        # they are disjoint, so their ends rise with their starts.
        index = bisect_left(self.starts, end) - 1
        if index >= 0 and self.ends[index] > start:
            return True
        point = bisect_right(self.points, start)
        return point < len(self.points) and self.points[point] < end

    def add(self, start: int, end: int) -> None:
        """Take [start, end), which must overlap no span taken."""
        if start >= end:
            insort(self.points, start)
            return
        index = bisect_left(self.starts, start)
        self.starts.insert(index, start)
        self.ends.insert(index, end)
