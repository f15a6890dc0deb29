"""Benchmark: how often the near-duplicate index (read/dedupe.py) misses a copy, and its cost.

Near-duplicates are generated from the articles of bench/batch.py: each copy gets words
replaced at random places until the Jaccard similarity of its 5-word shingles with the
original is just above the threshold (0.90-0.92), the hardest copies to find. For each pair
the banded MinHash index is asked whether the two would be compared at all; a pair it never
brings together is a miss. The exact method (every pair's Jaccard) is the reference; the
theoretical miss rate (1 - J**ROWS)**BANDS is printed beside the measured one.

Then a batch of articles with the copies mixed in is collapsed by `collapse_duplicates` and
by the exact all-pairs check, and the two results compared (same documents kept, same
"also carried by"), with the seconds of each.

    python bench/dedupe.py [--pairs 2000] [--articles 1000]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # measure this checkout, installed or not
sys.path.insert(0, str(ROOT / "bench"))

from batch import Vocabulary, article  # noqa: E402

from briefing.model import Document  # noqa: E402
from briefing.read import dedupe  # noqa: E402


def near_copy(rng: random.Random, text: str, low: float = 0.90, high: float = 0.92) -> str:
    """``text`` with words replaced until its shingle Jaccard falls into [low, high)."""
    words = text.split(" ")
    original = dedupe.shingles(text)
    while True:
        copy = list(words)
        for _ in range(max(1, len(words) // 200)):
            copy[rng.randrange(len(copy))] = rng.choice(["alpha", "beta", "gamma", "delta"])
        similarity = dedupe.similarity(original, dedupe.shingles(" ".join(copy)))
        if low <= similarity < high:
            return " ".join(copy)
        if similarity >= high:
            words = copy  # not enough changed yet: keep going from here


def document(number: int, text: str, source: str) -> Document:
    return Document(id=f"d{number}", path=f"d{number}.md", title="", text=text, source=source)


def exact_collapse(documents: list[Document]) -> list[Document]:
    """The reference: each document compared with every kept one, the earliest twin wins."""
    kept: list[tuple[Document, frozenset[int], list[str]]] = []
    for doc in documents:
        signature = dedupe.shingles(dedupe._body(doc))
        twin = next((k for k, item in enumerate(kept) if dedupe._copies(item[1], signature)), None)
        if twin is not None:
            kept[twin][2].append(dedupe.carrier(doc))
        else:
            kept.append((doc, signature, list(doc.also_carried_by)))
    return [dedupe._with_carriers(doc, others) for doc, _, others in kept]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=2000)
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    rng, words = random.Random(5), Vocabulary()
    bodies = [article(rng, n, words).split("---\n", 2)[2] for n in range(args.pairs)]
    misses, total_j = 0, 0.0
    for body in bodies:
        copy = near_copy(rng, body)
        a, b = dedupe.shingles(body), dedupe.shingles(copy)
        total_j += dedupe.similarity(a, b)
        if not set(dedupe.band_keys(a)) & set(dedupe.band_keys(b)):
            misses += 1
    mean_j = total_j / len(bodies)
    theory = (1 - mean_j**dedupe.ROWS) ** dedupe.BANDS
    print(
        f"pairs at Jaccard 0.90-0.92 (mean {mean_j:.3f}): {misses} of {len(bodies)} missed "
        f"(measured rate {misses / len(bodies):.2g}); theory at the mean J {theory:.1e}, "
        f"at J=0.90 {(1 - 0.9**dedupe.ROWS) ** dedupe.BANDS:.1e} "
        f"({dedupe.BANDS} bands x {dedupe.ROWS} rows)"
    )
    docs = []
    for n, body in enumerate(bodies[: args.articles]):
        docs.append(document(len(docs), body, f"Wire {n}"))
        if n % 10 == 0:  # every tenth article is carried again by another outlet, edited
            docs.append(document(len(docs), near_copy(rng, body), f"Copy {n}"))
    rng.shuffle(docs)
    docs = [replace(d, id=f"d{i}") for i, d in enumerate(docs)]
    start = time.perf_counter()
    indexed = dedupe.collapse_duplicates(docs)
    middle = time.perf_counter()
    exact = exact_collapse(docs)
    end = time.perf_counter()
    same = [(d.id, d.also_carried_by) for d in indexed] == [
        (d.id, d.also_carried_by) for d in exact
    ]
    print(
        f"{len(docs)} documents, {len(docs) - len(exact)} copies: index keeps {len(indexed)} in "
        f"{middle - start:.2f}s, exact all pairs keeps {len(exact)} in {end - middle:.2f}s; "
        f"identical result: {same}"
    )


if __name__ == "__main__":
    main()
