"""Benchmark: cold `briefing build` (md+html+pdf) against a floor measured in the same run.

Floor = ONE fresh process that imports spaCy and WeasyPrint and renders the print HTML the
build's PDF was laid out from to PDF once: what any tool on this stack pays at the least
(interpreter start and the two imports once, one layout, one PDF). The print HTML, not the
brief.html the build writes: that is the screen brief, whose annex of cited passages runs to
several pages and made the floor's one layout about twice the cost of the build's.
Runs alternate (build, floor, build, floor, ...) so a busy machine slows both alike; medians
are printed with the ratio, and the build's peak memory is the child's max RSS. Machines are
noisy, so compare ratios, not seconds.

Then one more build runs in a child with timers (``--phases``): where the time goes (imports,
pipeline, analysis, templates, each page layout, the PDF, garbage collection).

    python bench/build.py [--runs 5] [--no-phases] [ARTICLE...]
        (default: ../shared/seeds, else examples/)
    python bench/build.py --briefs-dev [STORY_ID...] [--runs 5]
        each story of ../shared/eval/dev/briefs-dev.jsonl (all, or those named) built from
        its articles at its reference date, against its own floor; skipped when absent.
        Three or four of them overflow the page at first, so the fit loop is measured too.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _proc import run_measured, with_bytecode_cache  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds"
BRIEFS_DEV = ROOT.parent / "shared" / "eval" / "dev" / "briefs-dev.jsonl"
FLOOR = (
    "import sys, spacy, weasyprint\nweasyprint.HTML(filename=sys.argv[1]).write_pdf('/dev/null')\n"
)


# Bytecode cached as on a user's machine (see _proc.with_bytecode_cache), shared by the build
# and the floor, kept between runs of this script.
ENV = with_bytecode_cache(Path(tempfile.gettempdir()) / "briefing-bench-pycache")


def timed(cmd: list[str]) -> tuple[float, float]:
    return run_measured(cmd, ROOT, ENV)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="*")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--date", default="2025-02-25")
    parser.add_argument("--no-phases", action="store_true", help="skip the timed phases")
    parser.add_argument("--phases", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--briefs-dev",
        action="store_true",
        help="build the briefs-dev stories (ARTICLE... are then story ids) from ../shared",
    )
    args = parser.parse_args()
    if args.briefs_dev:
        briefs_dev(args.articles, args.runs, not args.no_phases)
        return
    articles = (
        args.articles
        or sorted(map(str, SEEDS.glob("*.txt")))
        or sorted(map(str, (ROOT / "examples").glob("*.md")))
    )
    if args.phases:
        phases(articles, args.date)
        return
    print(f"articles: {len(articles)}  runs: {args.runs} (alternating build, floor)")
    compare(articles, args.date, args.runs)
    if not args.no_phases:
        run_phases(articles, args.date)


def compare(articles: list[str], date: str, runs: int) -> float:
    """Cold builds of ``articles`` against the floor, alternating; prints the medians and
    returns the ratio of medians."""
    out = Path(tempfile.mkdtemp(prefix="bench-build-"))
    build = [sys.executable, "-m", "briefing.cli", "build", *articles, "-o", str(out)]
    build += ["--date", date, "-f", "md,html,pdf"]
    timed(build)  # warm the OS file cache, briefing's own cache and the bytecode: a 2nd run
    print_html = out / "print.html"
    print_html.write_text(fitted_print_html(articles, date), encoding="utf-8")
    floor = [sys.executable, "-c", FLOOR, str(print_html)]
    timed(floor)  # and the floor's, alike
    builds, floors, peaks = [], [], []
    for _ in range(runs):
        seconds, peak = timed(build)
        builds.append(seconds)
        peaks.append(peak)
        floors.append(timed(floor)[0])
    b, f = statistics.median(builds), statistics.median(floors)
    ratios = sorted(x / y for x, y in zip(builds, floors, strict=True))
    print(f"build median {b:.2f}s  one-process floor median {f:.2f}s")
    spread = f"{ratios[0]:.2f}-{ratios[-1]:.2f}x"
    print(f"ratio of medians {b / f:.2f}x (target <= 1.3x); per run {spread}")
    print(f"build peak memory {max(peaks):.0f} MB (target <= 400 MB)")
    return b / f


def run_phases(articles: list[str], date: str) -> None:
    """One more build in a child, phase by phase (see ``phases``)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--phases", "--date", date]
    subprocess.run([*cmd, *articles], cwd=ROOT, env=ENV, check=True)


def briefs_dev(ids: list[str], runs: int, with_phases: bool) -> None:
    """Each briefs-dev story (or those in ``ids``) written as articles to a temporary folder
    and measured at its reference date. The stories are read from ../shared at run time and
    never copied into the repository; without them this says so and stops."""
    import json

    if not BRIEFS_DEV.is_file():
        print(f"skipped: {BRIEFS_DEV} not found (the briefs-dev stories live outside the repo)")
        return
    from briefing.evaluation.brief import article_file

    rows = [json.loads(line) for line in BRIEFS_DEV.read_text(encoding="utf-8").splitlines()]
    rows = [row for row in rows if not ids or row["id"] in ids]
    folder = Path(tempfile.mkdtemp(prefix="bench-briefs-dev-"))
    summary = []
    for row in rows:
        articles = []
        for article in row["articles"]:
            path = folder / f"{row['id']}-{article['id']}.txt"
            path.write_text(article_file(article), encoding="utf-8")
            articles.append(str(path))
        print(f"\n{row['id']}: {len(articles)} articles, reference date {row['reference_date']}")
        summary.append((row["id"], compare(articles, row["reference_date"], runs)))
        if with_phases:
            run_phases(articles, row["reference_date"])
    print("\nratio of medians per story (target <= 1.3x):")
    for story, ratio in summary:
        print(f"  {ratio:5.2f}x  {story}")


def fitted_print_html(articles: list[str], date: str) -> str:
    """The print HTML of the brief the build puts in its PDF (after the page fit): the one
    page the floor lays out. Made in this process, outside every timed run."""
    import datetime as dt

    from briefing import build
    from briefing.render.html import render_html
    from briefing.select import BriefOptions, select_for_brief
    from briefing.settings import BuildSettings
    from briefing.settings.audience import load_audience

    reference = dt.date.fromisoformat(date)
    extraction = build.extract(articles, reference_date=reference, model="rules")
    audience = load_audience(BuildSettings().audience)
    context = select_for_brief(extraction, audience, BriefOptions(date=date))
    _, fitted = build.fit_pdf(context, audience)
    return render_html(fitted, audience=audience, for_print=True)


def phases(articles: list[str], date: str) -> None:
    """One cold build in this process, the time of each phase printed (a rough guide: the
    timers themselves cost a little, and a busy machine moves every figure)."""
    import datetime as dt
    import gc
    import time

    start = time.perf_counter()
    spent: dict[str, float] = {}
    collections = [0, 0.0]
    gc_start = [0.0]

    def on_gc(phase: str, info: dict) -> None:
        if phase == "start":
            gc_start[0] = time.perf_counter()
        else:
            collections[0] += 1
            collections[1] += time.perf_counter() - gc_start[0]

    gc.callbacks.append(on_gc)

    def lap(name: str, since: list[float] = [start]) -> None:  # noqa: B006 - the last lap
        now = time.perf_counter()
        spent[name] = spent.get(name, 0.0) + now - since[0]
        since[0] = now

    from briefing.cli.app import settle_heap

    lap("python start + CLI")
    settle_heap("spacy", "weasyprint")
    lap("import spacy, weasyprint")
    from briefing import build
    from briefing.nlp import load_pipeline
    from briefing.render import pdf
    from briefing.settings import BuildSettings

    loaded = load_pipeline("rules")
    lap("load rule pipeline")
    build.load_pipeline = lambda model: loaded  # the one loaded above, not a second one
    lay_out, write = pdf.lay_out, pdf.PrintLayout.pdf
    layouts: list[str] = []

    def timed_layout(html: str, fonts: object = None) -> pdf.PrintLayout:
        lap("select + templates")
        layout = lay_out(html, fonts)
        lap("page layouts")
        layouts.append(f"{spent['page layouts']:.2f}")
        return layout

    def timed_pdf(self: pdf.PrintLayout) -> bytes:
        lap("select + templates")
        data = write(self)
        lap("write_pdf")
        return data

    pdf.lay_out, pdf.PrintLayout.pdf = timed_layout, timed_pdf
    reference = dt.date.fromisoformat(date)
    extraction = build.extract(articles, reference_date=reference, model="rules")
    lap("read + analyse + assemble")
    settings = BuildSettings(formats=("md", "html", "pdf"), reference_date=reference)
    build.render_files(extraction, settings)
    lap("select + templates")
    total = time.perf_counter() - start
    for name, seconds in spent.items():
        print(f"  {name:28} {seconds:6.2f}s")
    gc_line = f"{collections[1]:6.2f}s in {collections[0]} passes"
    print(f"  {'(of which garbage collection)':28} {gc_line}")
    print(f"  total {total:.2f}s; page layouts: {len(layouts)} (cumulative {', '.join(layouts)})")


if __name__ == "__main__":
    main()
