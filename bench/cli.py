"""Benchmark: how long `briefing --help` takes in a fresh process, beside what Python and Typer
alone take, measured in the same run.

Runs alternate (help, bare interpreter, interpreter importing Typer's help formatter) so that a
busy machine slows all three alike; medians are printed. The target is `--help` under 0.5 s;
the Typer line is the floor any Typer CLI with rich help pays, so `help - typer` is our part.

    python bench/cli.py [--runs 15]
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _proc import run_measured  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    commands = {
        "briefing --help": [sys.executable, "-m", "briefing.cli", "--help"],
        "python -c pass": [sys.executable, "-c", "pass"],
        "import typer (+ rich help)": [sys.executable, "-c", "import typer, typer.rich_utils"],
    }
    times: dict[str, list[float]] = {name: [] for name in commands}
    run_measured(commands["briefing --help"], ROOT)  # warm the OS file cache once
    for _ in range(args.runs):
        for name, cmd in commands.items():
            times[name].append(run_measured(cmd, ROOT)[0])
    for name, seconds in times.items():
        print(f"{name:28} median {statistics.median(seconds):.3f}s  (min {min(seconds):.3f}s)")
    help_s = statistics.median(times["briefing --help"])
    typer_s = statistics.median(times["import typer (+ rich help)"])
    ours = help_s - typer_s
    print(f"--help {help_s:.3f}s (target < 0.5 s); beyond Typer's own import: {ours:.3f}s")


if __name__ == "__main__":
    main()
