"""Benchmark: how `extract` time grows with the length of one article (target: at most 2.3x
per doubling; a quadratic step shows as 4x).

One article per size (100 KB to 4 MB of characters) of realistic prose: the sentences of the
project's own examples/*.md, shuffled into paragraphs of two to five, with the front matter
the examples carry. Each is read, analysed and assembled in this process with the pipeline
loaded once (as `briefing extract` does after start-up), then written as the extraction JSON.

Floor, taken in the same run: spaCy's blank English tokenizer over the same text, which is
linear; its own ratio per doubling shows how noisy the machine was. Compare ratios, not
seconds. Each size's growth per doubling is taken against the largest size measured that is at
most half of it. A size the code refuses (spaCy's max_length is 1,000,000 characters) is
reported as refused with the reason; `--lift-limit` raises spaCy's limit in this process to
measure the algorithms past it (not what the command does today).

    python bench/scaling.py [--sizes 100k,200k,400k,800k,1m,2m,4m] [--lift-limit]
"""

from __future__ import annotations

import argparse
import math
import random
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # measure this checkout, installed or not

DEFAULT_SIZES = "100k,200k,400k,800k,1m,2m,4m"
TARGET = 2.3


def size_of(label: str) -> int:
    """'400k' -> 400,000 characters; '2m' -> 2,000,000."""
    number, unit = float(label[:-1]), label[-1].lower()
    return int(number * {"k": 1_000, "m": 1_000_000}[unit])


def example_sentences() -> list[str]:
    """The sentences of the examples' bodies; a quotation stays in one piece, so the shuffled
    text pairs its quotation marks as an article does."""
    found = []
    for path in sorted((ROOT / "examples").glob("*.md")):
        body = path.read_text(encoding="utf-8").split("---", 2)[2]
        for paragraph in body.strip().split("\n\n")[1:]:  # the first line is the title
            sentence = ""
            for piece in re.split(r"(?<=[.?!\"”])\s+", paragraph.strip()):
                sentence = f"{sentence} {piece}".strip()
                if sentence.count('"') % 2 == 0 and sentence.count("“") == sentence.count("”"):
                    found.append(sentence)
                    sentence = ""
    return found


def article(size: int, seed: int = 7) -> str:
    """An article whose text (after its front matter) is at most ``size`` characters."""
    rng = random.Random(seed)
    sentences = example_sentences()
    head = "---\npublished: 2025-10-14\nsource: Bench Wire\n---\n"
    title = "Fisheries talks: a long report\n\n"
    paragraphs, length = [], len(title)
    while True:
        paragraph = " ".join(rng.choice(sentences) for _ in range(rng.randint(2, 5)))
        if length + len(paragraph) + 3 > size:
            break
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    return head + title + "\n\n".join(paragraphs) + "\n"


def extract_seconds(nlp, path: Path) -> tuple[float, int]:
    """Seconds to read, analyse and assemble one article and write its JSON; its characters."""
    from briefing.assemble import assemble
    from briefing.build import extraction_json
    from briefing.extract import analyse
    from briefing.read import read_documents

    start = time.perf_counter()
    documents = read_documents([str(path)])
    extraction = assemble([analyse(nlp, d) for d in documents], "rules")
    extraction_json(extraction)
    return time.perf_counter() - start, len(documents[0].text)


def floor_seconds(text: str) -> float:
    """Best of three passes of spaCy's blank English tokenizer over the text."""
    import spacy

    make_doc = spacy.blank("en").tokenizer
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        make_doc(text)
        best = min(best, time.perf_counter() - start)
    return best


def per_doubling(t1: float, t2: float, s1: int, s2: int) -> float:
    """The growth of time per doubling of size between two sizes (any ratio of sizes)."""
    return (t2 / t1) ** (1 / math.log2(s2 / s1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=DEFAULT_SIZES)
    parser.add_argument("--lift-limit", action="store_true")
    args = parser.parse_args()
    from briefing.nlp import load_pipeline

    nlp, _ = load_pipeline("rules")
    nlp("Warm up the pipeline once.")
    if args.lift_limit:
        nlp.max_length = 10**8
    folder = Path(tempfile.mkdtemp(prefix="bench-scaling-"))
    print(
        f"{'size':>6} {'chars':>9} {'extract':>9} {'floor':>7} {'x floor':>8} "
        f"{'per doubling':>13} {'floor per doubling':>19}"
    )
    measured: list[tuple[int, float, float]] = []  # (characters, seconds, floor seconds)
    worst = 0.0
    for label in args.sizes.split(","):
        path = folder / f"article-{label}.md"
        path.write_text(article(size_of(label)), encoding="utf-8")
        try:
            seconds, chars = extract_seconds(nlp, path)
        except Exception as error:  # noqa: BLE001 - a refusal is what is reported here
            reason = str(error).split(". ")[0]
            print(f"{label:>6} refused: {type(error).__name__}: {reason}")
            continue
        floor = floor_seconds(path.read_text(encoding="utf-8"))
        growth = floor_growth = ""
        # Against the largest size measured that is at most half this one: over a smaller
        # step (800k -> 1m) the machine's noise would be magnified in the per-doubling figure.
        base = next((m for m in reversed(measured) if m[0] * 2 <= chars * 1.01), None)
        if base is not None:
            ratio = per_doubling(base[1], seconds, base[0], chars)
            worst = max(worst, ratio)
            growth = f"{ratio:.2f}x"
            floor_growth = f"{per_doubling(base[2], floor, base[0], chars):.2f}x"
        print(
            f"{label:>6} {chars:>9,} {seconds:>8.2f}s {floor:>6.2f}s {seconds / floor:>7.0f}x "
            f"{growth:>13} {floor_growth:>19}"
        )
        measured.append((chars, seconds, floor))
    verdict = "ok" if worst <= TARGET else "OVER TARGET"
    print(f"worst growth per doubling {worst:.2f}x (target <= {TARGET}x): {verdict}")


if __name__ == "__main__":
    main()
