"""Benchmark: cold `briefing build` (md+html+pdf) against a floor measured in the same run.

Floor = a fresh `python -c "import spacy, weasyprint"` plus one WeasyPrint render of the
HTML the build produced: what any tool on this stack must pay. Prints medians and the ratio;
peak memory is the child's max RSS. Machines are noisy, so compare ratios, not seconds.

    python bench/build.py [--runs 5] [ARTICLE...]     (default: ../shared/seeds, else examples/)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _proc import run_measured  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"


def timed(cmd: list[str]) -> tuple[float, float]:
    return run_measured(cmd, ROOT)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="*")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--date", default="2025-02-25")
    args = parser.parse_args()
    articles = (
        args.articles
        or sorted(map(str, SEEDS.glob("*.txt")))
        or sorted(map(str, (ROOT / "examples").glob("*.md")))
    )
    out = Path(tempfile.mkdtemp(prefix="bench-build-"))
    build = [sys.executable, "-m", "briefing.cli", "build", *articles, "-o", str(out)]
    build += ["--date", args.date, "-f", "md,html,pdf"]
    render = "import weasyprint, sys; weasyprint.HTML(filename=sys.argv[1]).write_pdf('/dev/null')"
    floor_import = [sys.executable, "-c", "import spacy, weasyprint"]
    floor_render = [sys.executable, "-c", render, str(out / "brief.html")]

    timed(build)  # warm the OS file cache once so every run below sees the same disk state
    builds, floors, peaks = [], [], []
    for _ in range(args.runs):
        seconds, peak = timed(build)
        builds.append(seconds)
        peaks.append(peak)
        floors.append(timed(floor_import)[0] + timed(floor_render)[0])
    b, f = statistics.median(builds), statistics.median(floors)
    print(f"articles: {len(articles)}  runs: {args.runs}")
    print(f"build median {b:.2f}s  floor median {f:.2f}s  ratio {b / f:.2f}x (target <= 1.3x)")
    print(f"build peak memory {max(peaks):.0f} MB (target <= 400 MB)")


if __name__ == "__main__":
    main()
