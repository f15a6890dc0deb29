"""Duplicates collapse: the same article twice, or near-identical wire copies, count once.

Two texts are copies when the Jaccard similarity of their 5-word shingles (lower-cased words,
punctuation dropped) is at least 0.9: a wire story reprinted with another headline, byline or
a changed sentence still matches, while two reports of the same event in different words
share few 5-word runs and stay apart. Headlines are left out of the comparison, because
outlets retitle what they carry. The first copy read is kept and records the outlets of
the others, so the Sources section can say "also carried by ...".
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Document

SHINGLE_WORDS = 5
MIN_BODY_WORDS = 20  # below this, bodies alike say little ("Body."): compare whole texts
THRESHOLD = 0.9
_WORD = re.compile(r"\w+")


def shingles(text: str) -> frozenset[int]:
    """Hashes of every run of SHINGLE_WORDS words (the whole text when it is shorter)."""
    words = _WORD.findall(text.lower())
    if len(words) <= SHINGLE_WORDS:
        return frozenset([hash(tuple(words))])
    return frozenset(
        hash(tuple(words[i : i + SHINGLE_WORDS])) for i in range(len(words) - SHINGLE_WORDS + 1)
    )


def similarity(a: frozenset[int], b: frozenset[int]) -> float:
    """Jaccard similarity; 1.0 for identical sets."""
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)


def collapse_duplicates(documents: list[Document]) -> list[Document]:
    """Keep the first of each group of copies; it lists where the others came from."""
    kept: list[tuple[Document, frozenset[int], list[str]]] = []
    for document in documents:
        signature = shingles(_body(document))
        twin = next((entry for entry in kept if _copies(entry[1], signature)), None)
        if twin is None:
            kept.append((document, signature, list(document.also_carried_by)))
        else:
            twin[2].append(carrier(document))
    return [_with_carriers(document, others) for document, _, others in kept]


def _body(document: Document) -> str:
    """The text without its headline: outlets retitle the wire copies they carry."""
    text = document.text.lstrip()
    if document.title and text.startswith(document.title):
        body = text[len(document.title) :]
        if len(body.split()) >= MIN_BODY_WORDS:
            return body
    return text


def _copies(a: frozenset[int], b: frozenset[int]) -> bool:
    # |A & B| / |A | B| <= min/max of the sizes: skip pairs that cannot reach the threshold.
    small, large = sorted((len(a), len(b)))
    return large > 0 and small / large >= THRESHOLD and similarity(a, b) >= THRESHOLD


def carrier(document: Document) -> str:
    """How the Sources section names where a copy came from."""
    return document.source or document.url or document.path


def _with_carriers(document: Document, others: list[str]) -> Document:
    own = carrier(document)
    names = tuple(name for name in dict.fromkeys(others) if name != own)
    return (
        replace(document, also_carried_by=names) if names != document.also_carried_by else document
    )
