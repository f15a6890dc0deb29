"""Benchmark: words per second of `extract` on a generated corpus, and peak memory growth.

The corpus is generated from sentence patterns written for this benchmark (names, roles,
quotes, dates), so the pipeline meets realistic text without any external data. Throughput is
measured in-process after loading the pipeline; memory at 100 vs 500 articles in fresh
processes (it should grow with the output, not the input).

Floor, taken in the same run: spaCy's blank English tokenizer over the same texts, the least any
spaCy-based extractor pays. Machines here differ by 2-3x from day to day (the old code measured
42k words/s one day and 15k on another), so the ratio to the floor is the figure to compare
across runs; the absolute words/s is printed against the 40k target for reference.

    python bench/extract.py [--articles 500]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _proc import run_measured  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # measure this checkout, installed or not

FIRST = ["Anna", "Marek", "Sofia", "Jonas", "Leila", "Pedro", "Ingrid", "Tomasz", "Aiko", "Omar"]
LAST = ["Lindqvist", "Novak", "Haugland", "Ferrante", "Okafor", "Duarte", "Berg", "Sato"]
ROLES = ["Foreign Minister", "Defence Minister", "President", "spokesperson", "Commissioner"]
COUNTRIES = ["Norway", "Poland", "Italy", "Japan", "Brazil", "Kenya", "Canada", "Spain"]
SENTENCES = [
    "{role} {name} said the talks in {city} would resume on {day}.",
    '"We will not accept a deal that is fragile," {name} told reporters on {day}.',
    "{name}, the {country} {role2}, argued that the proposal had been overstated.",
    "Officials in {city} have yet to decide whether {country} will sign the agreement.",
    "The ministers are set to meet in {city} on {month} {date} to vote on the plan.",
    "According to {name}, the {country} government could announce new measures within weeks.",
    "Will the {country} parliament back the plan before the summit in {month}?",
    "Analysts warned that the dispute could escalate if no agreement is reached by {month}.",
]
CITIES = ["Bergen", "Warsaw", "Rome", "Osaka", "Brasilia", "Nairobi", "Ottawa", "Madrid"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["March", "April", "May", "June", "October", "November", "December"]


def article(rng: random.Random, number: int) -> str:
    lines = [f"Generated article {number}: talks continue", ""]
    for _ in range(rng.randint(12, 24)):
        lines.append(
            rng.choice(SENTENCES).format(
                role=rng.choice(ROLES),
                role2=rng.choice(ROLES).lower(),
                name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                city=rng.choice(CITIES),
                country=rng.choice(COUNTRIES),
                day=rng.choice(DAYS),
                month=rng.choice(MONTHS),
                date=rng.randint(1, 28),
            )
        )
    return "---\npublished: 2025-02-25\n---\n" + "\n\n".join(lines) + "\n"


def write_corpus(folder: Path, count: int) -> list[str]:
    rng = random.Random(7)
    paths = []
    for number in range(count):
        path = folder / f"a{number:04d}.md"
        path.write_text(article(rng, number), encoding="utf-8")
        paths.append(str(path))
    return paths


def throughput(paths: list[str]) -> tuple[int, float]:
    from briefing.assemble import assemble
    from briefing.extract import analyse
    from briefing.nlp import load_pipeline
    from briefing.read import read_documents

    documents = read_documents(paths)
    nlp, _ = load_pipeline("rules")
    nlp("Warm up the pipeline once.")
    words = sum(len(d.text.split()) for d in documents)
    start = time.perf_counter()
    assemble([analyse(nlp, d) for d in documents], "rules")
    return words, time.perf_counter() - start


def floor(paths: list[str]) -> float:
    """Seconds spaCy's blank English tokenizer takes over the same documents (best of 5:
    the pass is short, so one pause of the machine would otherwise dominate it)."""
    import spacy

    from briefing.read import read_documents

    texts = [d.text for d in read_documents(paths)]
    make_doc = spacy.blank("en").make_doc
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        for text in texts:
            make_doc(text)
        best = min(best, time.perf_counter() - start)
    return best


def peak_memory_mb(paths: list[str]) -> float:
    cmd = [sys.executable, "-m", "briefing.cli", "extract", *paths, "-o", "/dev/null"]
    return run_measured(cmd, ROOT)[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-extract-"))
    paths = write_corpus(folder, args.articles)
    rates, ratios = [], []
    for _ in range(args.runs):
        words, seconds = throughput(paths)
        base = floor(paths)
        rates.append(words / seconds)
        ratios.append(seconds / base)
    rate, ratio = statistics.median(rates), statistics.median(ratios)
    print(f"articles: {len(paths)}  words: {words}")
    print(f"rule pipeline median {rate:,.0f} words/s (target >= 40,000)")
    print(f"floor (blank tokenizer) {rate * ratio:,.0f} words/s; ours is {ratio:.1f}x the floor")
    small = peak_memory_mb(paths[:100])
    large = peak_memory_mb(paths)
    print(f"peak memory: 100 articles {small:.0f} MB, {len(paths)} articles {large:.0f} MB")


if __name__ == "__main__":
    main()
