"""Benchmark: `extract` (and `build`) over batches of hundreds to thousands of articles.

Each article is ~600 words of generated news prose whose people, cities and countries are drawn
from the project's own gazetteers (briefing/rules), so a batch of 5,000 names thousands of
distinct actors, as a press office's feeds do; the seed is fixed, so a batch is the same on
every run and on every branch. Every size runs the real command in a fresh process:

    briefing extract FOLDER -o out.json --jobs J      (and `build -f md,html` at smaller sizes)

and reports wall seconds, the peak resident memory of the whole process tree (the command and
its worker processes, sampled from /proc every 50 ms) and of its largest single process (from
wait4). Growth from one size to the next is the figure to compare: linear work gives at most
5x from 1,000 to 5,000 articles (less, as the start-up is paid once), a quadratic step ~25x.
Measured on main before the indexes: 250 articles 107 s, 1,000 articles 1,235 s (11.5x for
4x the articles), so 5,000 would take hours.

Floor, taken in the same run: spaCy's blank English tokenizer over the same texts in this
process (linear, the least any spaCy-based extractor pays); its seconds show how loaded the
machine was. `uptime`'s load average is printed at the start and at the end.

    python bench/batch.py [--sizes 250,1000,5000] [--build-sizes 250] [--jobs 2]
                          [--keep DIR]          # keep the generated articles and JSON there
    python bench/batch.py --generate DIR --sizes 250   # only write the articles
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RULES = ROOT / "briefing" / "rules"

ROLES = ["Foreign Minister", "Finance Minister", "President", "Prime Minister", "Commissioner"]
LOWER_ROLES = ["spokesperson", "minister", "ambassador", "negotiator", "adviser"]
TOPICS = ["fisheries", "trade", "energy", "migration", "climate", "tariff", "security"]
MONTHS = ["March", "April", "May", "June", "September", "October", "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
ORGS = ["European Union", "NATO", "United Nations", "World Trade Organization", "IMF"]
SENTENCES = [
    "{role} {name} said the {topic} talks in {city} would resume on {day}.",
    '"We will not accept a deal that leaves {country} exposed," {name} told reporters on {day}.',
    "{name}, the {country} {lower}, argued that the proposal had been overstated.",
    "Officials in {city} have yet to decide whether {country} will sign the {topic} agreement.",
    "The ministers are set to meet in {city} on {month} {date} to vote on the {topic} plan.",
    "According to {name}, the {country} government could announce new measures within weeks.",
    "Will the {country} parliament back the {topic} plan before the summit in {month}?",
    "Analysts warned that the dispute could escalate if no agreement is reached by {month}.",
    "{name} met {other} in {city} on {day} to discuss {topic} quotas and the {org} position.",
    "The {org} said in a statement that it expected {country} to respond by {month} {date}.",
    '"This is a matter for {country} and its partners," said {other}, a {lower} for the {org}.',
    "{name} said {country} would table a counter-proposal at the {org} meeting next week.",
    "It remains unclear whether {other} will attend the {topic} summit in {city}.",
    "Mr {surname} added that talks with {country} had been constructive but difficult.",
    "Critics in {city} said the {topic} plan would cost jobs, a claim {other} rejected.",
]


def _names(file: str) -> list[str]:
    """One gazetteer file's entries, in title case as an article writes them."""
    lines = (RULES / file).read_text(encoding="utf-8").splitlines()
    words = [w.strip() for w in lines if w.strip() and not w.startswith("#")]
    return [w[:1].upper() + w[1:] for w in words if w.isascii() and w.isalpha() and len(w) > 2]


class Vocabulary:
    """What the articles draw their names from: given names, surnames, cities, countries."""

    def __init__(self) -> None:
        self.given = _names("names_given.txt")
        self.surnames = _names("names_surnames.txt")
        cities = (RULES / "places_cities.txt").read_text(encoding="utf-8").splitlines()
        self.cities = [c for c in cities if c.isascii() and c.isalpha()][:1500]
        import pycountry

        self.countries = sorted(c.name for c in pycountry.countries if "," not in c.name)


def article(rng: random.Random, number: int, words: Vocabulary, length: int = 600) -> str:
    """One article of about ``length`` words with its front matter; 4-8 people per article,
    each named in full first and by surname after, as news copy does."""
    people = [f"{rng.choice(words.given)} {rng.choice(words.surnames)}" for _ in range(8)]
    people = people[: rng.randint(4, 8)]
    country = rng.choice(words.countries)
    lines = [f"{country} and partners disagree over {rng.choice(TOPICS)} deal ({number})", ""]
    count, paragraph = 0, []
    while count < length:
        name, other = rng.sample(people, 2)
        sentence = rng.choice(SENTENCES).format(
            role=rng.choice(ROLES),
            lower=rng.choice(LOWER_ROLES),
            name=name,
            other=other,
            surname=name.split()[-1],
            city=rng.choice(words.cities),
            country=rng.choice([country, rng.choice(words.countries)]),
            topic=rng.choice(TOPICS),
            org=rng.choice(ORGS),
            day=rng.choice(DAYS),
            month=rng.choice(MONTHS),
            date=rng.randint(1, 28),
        )
        paragraph.append(sentence)
        count += len(sentence.split())
        if len(paragraph) >= rng.randint(2, 4):
            lines.append(" ".join(paragraph))
            lines.append("")
            paragraph = []
    if paragraph:
        lines.append(" ".join(paragraph))
    day = 1 + number % 28
    head = f"---\npublished: 2025-10-{day:02d}\nsource: Wire {number % 17}\n---\n"
    return head + "\n".join(lines).rstrip() + "\n"


def generate(folder: Path, count: int, seed: int = 21) -> list[Path]:
    """Write ``count`` articles into ``folder`` (the same ones for the same seed)."""
    folder.mkdir(parents=True, exist_ok=True)
    rng, words = random.Random(seed), Vocabulary()
    paths = []
    for number in range(count):
        path = folder / f"a{number:05d}.md"
        path.write_text(article(rng, number, words), encoding="utf-8")
        paths.append(path)
    return paths


def _tree(pid: int) -> list[int]:
    """The process and all its descendants, from /proc's children lists."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    todo.extend(int(c) for c in handle.read().split())
        except OSError:
            continue
    return found


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def run_tree_measured(cmd: list[str], checkout: Path = ROOT) -> tuple[float, float, float]:
    """(wall seconds, peak RSS of the whole process tree in MB, peak of its largest process)."""
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=checkout, env=env, stdout=subprocess.DEVNULL)
    peak = [0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            peak[0] = max(peak[0], sum(_rss_mb(p) for p in _tree(proc.pid)))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    done.set()
    sampler.join()
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"benchmark command failed: {' '.join(cmd[:6])} ...")
    # wait4's ru_maxrss is the largest of the process and the children it waited for.
    return elapsed, peak[0], usage.ru_maxrss / 1024


def floor_seconds(paths: list[Path]) -> float:
    """spaCy's blank English tokenizer over the texts, in this process."""
    import spacy

    tokenizer = spacy.blank("en").tokenizer
    texts = [p.read_text(encoding="utf-8") for p in paths]
    start = time.perf_counter()
    for text in texts:
        tokenizer(text)
    return time.perf_counter() - start


def load() -> str:
    """The 1, 5 and 15 minute load averages: other work on the machine slows every figure."""
    return " ".join(Path("/proc/loadavg").read_text().split()[:3])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="250,1000,5000")
    parser.add_argument("--build-sizes", default="250")
    parser.add_argument("--jobs", default="2", help="--jobs given to the commands ('' for none)")
    parser.add_argument("--keep", type=Path, help="keep articles and outputs in this folder")
    parser.add_argument("--generate", type=Path, help="only write the articles here")
    parser.add_argument(
        "--checkout", type=Path, default=ROOT, help="measure the code of this checkout (main)"
    )
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    if args.generate:
        for size in sizes:
            generate(args.generate / f"n{size}", size)
        return
    base = args.keep or Path(tempfile.mkdtemp(prefix="bench-batch-"))
    jobs = ["--jobs", args.jobs] if args.jobs else []
    cli = [sys.executable, "-m", "briefing.cli"]
    print(f"load average at start: {load()}; jobs: {args.jobs or 'default'}")
    print(
        f"{'command':>8} {'articles':>8} {'words':>9} {'seconds':>8} {'x prev':>7} "
        f"{'tree MB':>8} {'max proc MB':>11} {'floor s':>8}"
    )
    previous: dict[str, tuple[int, float]] = {}
    builds = {int(s) for s in args.build_sizes.split(",") if s}
    for size in sizes:
        folder = base / f"n{size}"
        paths = sorted(folder.glob("*.md")) if folder.is_dir() else []
        if len(paths) != size:
            paths = generate(folder, size)
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in paths)
        floor = floor_seconds(paths)
        runs = [("extract", [*cli, "extract", str(folder), "-o", str(base / f"n{size}.json")])]
        if size in builds:
            out = base / f"brief-{size}"
            runs.append(("build", [*cli, "build", str(folder), "-o", str(out), "-f", "md,html"]))
        for name, cmd in runs:
            seconds, tree, single = run_tree_measured([*cmd, *jobs], args.checkout.resolve())
            growth = ""
            if name in previous:
                growth = f"{seconds / previous[name][1]:.1f}x"
            previous[name] = (size, seconds)
            print(
                f"{name:>8} {size:>8,} {words:>9,} {seconds:>8.1f} {growth:>7} "
                f"{tree:>8.0f} {single:>11.0f} {floor:>8.2f}",
                flush=True,
            )
    print(f"load average at end: {load()}")


if __name__ == "__main__":
    main()
