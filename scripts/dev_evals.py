"""Run every dev evaluation of ../shared/eval/dev (and PolNeAR, when its gold is given) into
a folder of JSON files, and compare two such folders line by line.

Every change is checked on all dev sets before it lands (the figures a closing note
quotes), and the same seven ``briefing evaluate`` commands were typed again each session.
This runs them for the checkout it lives in, two at a time, and prints the headline
figures of two runs side by side, marking what moved:

    python scripts/dev_evals.py run /tmp/ev/before
    ... change the code ...
    python scripts/dev_evals.py run /tmp/ev/after --polnear /tmp/polnear
    python scripts/dev_evals.py compare /tmp/ev/before /tmp/ev/after

``--polnear DIR`` reads DIR/dev.jsonl and DIR/train.jsonl as written by
scripts/polnear_gold.py (PolNeAR has no data licence: keep them outside the project).
``--model NAME`` evaluates a trained pipeline instead of the rules.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"

# name -> (gold file, task)
DEV_RUNS = {
    "brief": ("briefs-dev.jsonl", "brief"),
    "quotes": ("quotes-dev.jsonl", "quotes"),
    "gum": ("gum-news-dev.jsonl", "actors"),
    "re3d": ("re3d-dev.jsonl", "actors"),
    "times": ("meantime-dev.jsonl", "times"),
    "events": ("meantime-dev.jsonl", "events"),
}


def run(out: Path, polnear: Path | None, model: str | None, jobs: int) -> int:
    """Evaluate every set into OUT/NAME.json; the exit code is the first failure's."""
    if not DEV.is_dir():
        print(f"no dev sets at {DEV}", file=sys.stderr)
        return 2
    runs = {name: (DEV / gold, task) for name, (gold, task) in DEV_RUNS.items()}
    if polnear and not any((polnear / f"{split}.jsonl").is_file() for split in ("dev", "train")):
        print(f"no dev.jsonl or train.jsonl in {polnear}", file=sys.stderr)
        return 2
    if polnear:
        for split in ("dev", "train"):
            if (polnear / f"{split}.jsonl").is_file():
                runs[f"polnear-{split}"] = (polnear / f"{split}.jsonl", "quotes")
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def one(name: str) -> int:
        gold, task = runs[name]
        command = [sys.executable, "-m", "briefing.cli", "evaluate", str(gold), "--task", task]
        command += ["--json"] + (["--model", model] if model else [])
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
        (out / f"{name}.json").write_text(done.stdout, encoding="utf-8")
        if done.returncode:
            print(f"{name}: {done.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
        return done.returncode

    with ThreadPoolExecutor(max_workers=jobs) as pool:
        codes = list(pool.map(one, runs))
    return next((code for code in codes if code), 0)


def figures(folder: Path) -> dict[str, str]:
    """The headline figure of each evaluation in FOLDER, as text."""

    def scores(name: str) -> dict | None:
        path = folder / f"{name}.json"
        if not path.is_file() or not path.stat().st_size:
            return None
        return json.loads(path.read_text(encoding="utf-8"))["scores"]

    found: dict[str, str] = {}
    if brief := scores("brief"):
        for section in ("actors", "quotes", "events", "questions", "bottom_line"):
            s = brief[section]
            found[f"brief {section}"] = (
                f"{s['right']}/{s['wrong']} P {s['precision']:.4f} key {s['key_recall']:.4f}"
            )
        found["brief overall"] = f"{brief['overall']['precision']:.4f}"
    if quotes := scores("quotes"):
        found["quotes-dev"] = (
            f"direct {quotes['direct']['speaker_acc']:.4f} "
            f"q+spk F1 {quotes['overall']['quote+speaker_f1']:.4f}"
        )
    if gum := scores("gum"):
        found["gum"] = (
            f"PER {gum['PER']['overlap_f1']:.4f}/{gum['PER']['exact_f1']:.4f} "
            f"ORG+LOC {gum['ORG+LOC']['overlap_f1']:.4f} "
            f"clustering {gum['clustering']['accuracy']:.4f}"
        )
    if re3d := scores("re3d"):
        found["re3d"] = f"roles {re3d['roles']['accuracy']:.4f}"
    times, events = scores("times"), scores("events")
    if times and events:
        future = events["future sentences"]
        found["meantime"] = (
            f"relaxed {times['relaxed']['f1']:.4f} value {times['value']['accuracy']:.4f} "
            f"future P {future['precision']:.4f} R {future['recall']:.4f}"
        )
    for split in ("dev", "train"):
        if polnear := scores(f"polnear-{split}"):
            found[f"polnear {split}"] = (
                f"direct named {polnear['direct, named speaker']['speaker_acc']:.4f} "
                f"all named {polnear['overall, named speaker']['speaker_acc']:.4f}"
            )
    return found


def compare(before: Path, after: Path) -> int:
    """Print both runs' figures, one line each when equal, marked when they differ."""
    for folder in (before, after):
        if not folder.is_dir() or not figures(folder):
            print(f"no evaluation figures in {folder} (made by: dev_evals.py run)", file=sys.stderr)
            return 2
    old, new = figures(before), figures(after)
    for name in [*old, *(n for n in new if n not in old)]:
        if old.get(name) == new.get(name):
            print(f"{name:18} {old.get(name)}  (same)")
        else:
            print(f"{name:18} {old.get(name)}\n{'':18} {new.get(name)}  <<<")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help="evaluate every dev set into a folder")
    run_parser.add_argument("out", type=Path)
    run_parser.add_argument("--polnear", type=Path, help="folder with PolNeAR dev/train.jsonl")
    run_parser.add_argument("--model", help="a trained spaCy pipeline instead of the rules")
    run_parser.add_argument("--jobs", type=int, default=2)
    compare_parser = commands.add_parser("compare", help="two run folders side by side")
    compare_parser.add_argument("before", type=Path)
    compare_parser.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    if args.command == "run":
        return run(args.out, args.polnear, args.model, args.jobs)
    return compare(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
