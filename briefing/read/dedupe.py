"""Duplicates collapse: the same article twice, or near-identical wire copies, count once.

Two texts are copies when the Jaccard similarity of their 5-word shingles (lower-cased words,
punctuation dropped) is at least 0.9: a wire story reprinted with another headline, byline or
a changed sentence still matches, while two reports of the same event in different words
share few 5-word runs and stay apart. Headlines are left out of the comparison, because
outlets retitle what they carry. The first copy read is kept and records the outlets of
the others, so the Sources section can say "also carried by ...".

Which pairs are compared in full is decided by a MinHash sketch split into bands
(locality-sensitive hashing): two texts are compared only when all the rows of one band agree.
Texts at Jaccard J agree on one band with probability J**ROWS, so a pair at the threshold
(0.9) is missed with probability (1 - 0.9**ROWS)**BANDS = 1.8e-8, while unrelated texts
sharing boilerplate (J ~ 0.05) almost never meet: the check stays linear in the number of
articles. ``bench/dedupe.py`` measures the miss rate on generated near-duplicates against
the exact all-pairs check. (The sketch is written here on numpy, which spaCy brings, rather
than taken from datasketch, which would add scipy to the install and its import time to
every run for one function.)
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from briefing.model import Document

if TYPE_CHECKING:
    import numpy as np

SHINGLE_WORDS = 5
MIN_BODY_WORDS = 20  # below this, bodies alike say little ("Body."): compare whole texts
THRESHOLD = 0.9
BANDS = 20
ROWS = 5
_WORD = re.compile(r"\w+")


@cache
def _seeds() -> np.ndarray:
    """One 64-bit seed per row of the sketch, fixed so that two runs compare the same pairs.
    (numpy is imported here, not with the module: ``briefing --help`` reads no article.)"""
    import numpy as np

    return np.random.default_rng(20251014).integers(0, 2**63, BANDS * ROWS, dtype=np.uint64)


def shingles(text: str) -> frozenset[int]:
    """Hashes of every run of SHINGLE_WORDS words (the whole text when it is shorter).

    Each word is hashed once (a stable 64-bit hash, kept for the words asked again) and a
    run's hash is a polynomial of its words' hashes, computed for all runs at once with
    numpy: hashing each joined run on its own was the most costly step of reading a batch
    of thousands of articles. Two different runs share a hash with probability ~2**-64."""
    words = _WORD.findall(text.lower())
    if len(words) <= SHINGLE_WORDS:
        return frozenset([_stable_hash(words)])
    import numpy as np

    hashes = np.fromiter(map(_word_hash, words), dtype=np.uint64, count=len(words))
    runs = len(words) - SHINGLE_WORDS + 1
    combined = np.zeros(runs, dtype=np.uint64)
    for offset in range(SHINGLE_WORDS):
        combined = combined * np.uint64(_MULTIPLIER) + hashes[offset : offset + runs]
    return frozenset(_mix(combined).tolist())


_MULTIPLIER = 0x9E3779B97F4A7C15  # odd, so the polynomial loses no bits modulo 2**64


@lru_cache(maxsize=1 << 17)
def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest())


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

    Only kept documents that agree with a text on one band of its MinHash sketch are
    compared in full (see the module docstring), the earliest kept first: a batch of 5,000
    unrelated articles costs no 12 million set intersections.
    """
    kept: list[tuple[Document, frozenset[int], list[str]]] = []
    index: dict[bytes, list[int]] = {}
    for document in documents:
        signature = shingles(_body(document))
        keys = band_keys(signature)
        candidates = sorted({k for key in keys for k in index.get(key, ())})
        twin = next((k for k in candidates if _copies(kept[k][1], signature)), None)
        if twin is not None:
            kept[twin][2].append(carrier(document))
            continue
        for key in keys:
            index.setdefault(key, []).append(len(kept))
        kept.append((document, signature, list(document.also_carried_by)))
    return [_with_carriers(document, others) for document, _, others in kept]


def minhash(signature: frozenset[int]) -> np.ndarray:
    """The MinHash sketch of a set of shingle hashes: for each of BANDS * ROWS seeds, the
    least of the shingles mixed with that seed (splitmix64's finaliser, a 64-bit mix whose
    outputs behave as independent hash functions)."""
    import numpy as np

    seeds = _seeds()
    values = np.fromiter(signature, dtype=np.uint64, count=len(signature))
    return _mix(values[None, :] ^ seeds[:, None]).min(axis=1)


def _mix(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser over an array of 64-bit values (wrapping multiplication)."""
    import numpy as np

    x = (x ^ (x >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
    x = (x ^ (x >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def band_keys(signature: frozenset[int]) -> list[bytes]:
    """One key per band of the sketch: its number and its ROWS values."""
    sketch = minhash(signature)
    return [
        bytes([band]) + sketch[band * ROWS : (band + 1) * ROWS].tobytes() for band in range(BANDS)
    ]


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
