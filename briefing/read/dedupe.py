"""Duplicates collapse: the same article twice, or near-identical wire copies, count once.

Two texts are copies when the Jaccard similarity of their 5-word shingles (lower-cased words,
punctuation dropped) is at least 0.9: a wire story reprinted with another headline, byline or
a changed sentence still matches, while two reports of the same event in different words
share few 5-word runs and stay apart. Headlines are left out of the comparison, because
outlets retitle what they carry. The first copy read is kept and records the outlets of
the others, so the Sources section can say "also carried by ...".
"""

from __future__ import annotations

import hashlib
import heapq
import re
from dataclasses import replace

from briefing.model import Document

SHINGLE_WORDS = 5
MIN_BODY_WORDS = 20  # below this, bodies alike say little ("Body."): compare whole texts
THRESHOLD = 0.9
SKETCH = 16
_WORD = re.compile(r"\w+")


def shingles(text: str) -> frozenset[int]:
    """Hashes of every run of SHINGLE_WORDS words (the whole text when it is shorter)."""
    words = _WORD.findall(text.lower())
    if len(words) <= SHINGLE_WORDS:
        return frozenset([_stable_hash(words)])
    return frozenset(
        _stable_hash(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)
    )


def _stable_hash(words: list[str]) -> int:
    # Python's hash() of strings changes with every run (PYTHONHASHSEED), which would make the
    # sketch, and so which pairs are compared, differ between two runs on the same articles.
    return int.from_bytes(hashlib.blake2b(" ".join(words).encode(), digest_size=8).digest())


def similarity(a: frozenset[int], b: frozenset[int]) -> float:
    """Jaccard similarity; 1.0 for identical sets."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared)


def collapse_duplicates(documents: list[Document]) -> list[Document]:
    """Keep the first of each group of copies; it lists where the others came from.

    Only kept documents that share one of a text's SKETCH smallest shingle hashes are
    compared in full: a copy at Jaccard >= 0.9 shares each of them with probability >= 0.9,
    so missing all is negligible, and a folder of 200 unrelated pages costs no 20,000 set
    intersections.
    """
    kept: list[tuple[Document, frozenset[int], list[str]]] = []
    index: dict[int, list[int]] = {}
    for document in documents:
        signature = shingles(_body(document))
        sketch = heapq.nsmallest(SKETCH, signature)
        candidates = sorted({k for h in sketch for k in index.get(h, ())})
        twin = next((k for k in candidates if _copies(kept[k][1], signature)), None)
        if twin is not None:
            kept[twin][2].append(carrier(document))
            continue
        for h in sketch:
            index.setdefault(h, []).append(len(kept))
        kept.append((document, signature, list(document.also_carried_by)))
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
