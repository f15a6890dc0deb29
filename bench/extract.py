"""Benchmark: words per second of `extract`, against the blank tokenizer's floor, and peak memory.

Two corpora. ``--corpus generated`` (the default) is made from sentence patterns written for
this benchmark (names, roles, quotes, dates), so it runs without any external data; but its
few hundred distinct words soon all sit in the tokenizer's cache, which flatters the floor
and every pipeline alike. ``--corpus dev`` reads the texts of ../shared/eval/dev/*.jsonl (real
news: GUM, MEANTIME, the quote set, re3d and the brief sets' articles; the run is skipped with
a note when they are absent): the figure to hold against the 40k words/s target.

Each run loads a fresh pipeline (so the tokenizer's cache starts empty, as in a cold
``briefing extract``), runs it once over one generated article and times read -> analyse ->
assemble over the corpus in CPU seconds of this process (``time.process_time``: on a machine
shared with other work, wall time measured the neighbours as much as the code). Floor, taken
in the same run and alternating with it: a fresh ``spacy.blank("en")`` tokenizer over the
same texts, the least any spaCy-based extractor pays. ``--model NAME`` measures a trained
pipeline (e.g. en_core_web_sm) beside the rules in the same runs. Machines here differ by
2-3x from day to day, so the ratio to the floor is the figure to compare across runs; medians
are printed.

    python bench/extract.py [--corpus generated|dev] [--articles 500] [--runs 3] [--model NAME]
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
DEV = ROOT.parent / "shared" / "eval" / "dev"

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


def dev_corpus(folder: Path) -> list[str]:
    """The texts of the dev sets written as article files (title and date as front matter
    where the set gives them); [] when ../shared is absent."""
    import json

    paths = []
    for source in sorted(DEV.glob("*.jsonl")):
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines()):
            if not line.strip():
                continue
            record = json.loads(line)
            for index, item in enumerate(record.get("articles") or [record]):
                if not item.get("text"):
                    continue
                date = item.get("published") or item.get("date") or ""
                title = " ".join(str(item.get("title") or "").split())
                head = f"---\ntitle: {json.dumps(title)}\npublished: {date[:10]}\n---\n"
                path = folder / f"{source.stem}-{number:03d}-{index}.md"
                path.write_text(head + item["text"], encoding="utf-8")
                paths.append(str(path))
    return paths


def throughput(paths: list[str], model: str, warm: str) -> tuple[int, float]:
    """(words, seconds) of read -> analyse -> assemble over ``paths`` with a fresh pipeline,
    after one generated article (``warm``) has run the code once: what is timed is the work
    per word, not the extractors' first import and regex compilation (bench/build.py
    measures those, in a cold build)."""
    from briefing.assemble import assemble
    from briefing.extract import analyse
    from briefing.nlp import load_pipeline
    from briefing.read import read_documents

    documents = read_documents(paths)
    nlp, name = load_pipeline(model)
    analyse(nlp, read_documents([warm])[0])
    words = sum(len(d.text.split()) for d in documents)
    start = time.process_time()
    assemble([analyse(nlp, d) for d in documents], name)
    return words, time.process_time() - start


def floor(paths: list[str]) -> float:
    """Seconds a fresh spaCy blank English tokenizer takes over the same documents: cold, as
    the pipelines above meet them (its cache starts empty each run)."""
    import spacy

    from briefing.read import read_documents

    texts = [d.text for d in read_documents(paths)]
    make_doc = spacy.blank("en").make_doc
    start = time.process_time()
    for text in texts:
        make_doc(text)
    return time.process_time() - start


def peak_memory_mb(paths: list[str]) -> float:
    cmd = [sys.executable, "-m", "briefing.cli", "extract", *paths, "-o", "/dev/null"]
    return run_measured(cmd, ROOT)[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", choices=("generated", "dev"), default="generated")
    parser.add_argument("--articles", type=int, default=500, help="generated corpus size")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--model", help="also measure this trained pipeline (package or path)")
    parser.add_argument("--no-memory", action="store_true", help="skip the peak-memory runs")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-extract-"))
    if args.corpus == "dev":
        paths = dev_corpus(folder)
        if not paths:
            print(f"skipped: no dev corpus at {DEV} (the ../shared checkout is absent)")
            return
    else:
        paths = write_corpus(folder, args.articles)
    warm = write_corpus(Path(tempfile.mkdtemp(prefix="bench-warm-")), 1)[0]
    pipelines = ["rules", *([args.model] if args.model else [])]
    seconds: dict[str, list[float]] = {name: [] for name in [*pipelines, "floor"]}
    words = 0
    for _ in range(args.runs):
        for name in pipelines:
            words, taken = throughput(paths, name, warm)
            seconds[name].append(taken)
        seconds["floor"].append(floor(paths))
    base = statistics.median(seconds["floor"])
    print(f"corpus: {args.corpus}  articles: {len(paths)}  words: {words:,}  runs: {args.runs}")
    print(f"floor (fresh blank tokenizer, cold) {words / base:,.0f} words/s")
    for name in pipelines:
        taken = statistics.median(seconds[name])
        pairs = zip(seconds[name], seconds["floor"], strict=True)
        ratio = statistics.median(t / f for t, f in pairs)
        target = " (target >= 40,000)" if name == "rules" else ""
        print(f"{name}: median {words / taken:,.0f} words/s{target}; {ratio:.1f}x the floor")
    if not args.no_memory:
        small = peak_memory_mb(paths[:100])
        large = peak_memory_mb(paths)
        print(f"peak memory: 100 articles {small:.0f} MB, {len(paths)} articles {large:.0f} MB")


if __name__ == "__main__":
    main()
