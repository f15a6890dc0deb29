"""Benchmark: reading saved web pages (trafilatura + metadata + duplicate check) and PDF
articles (pdfminer.six layout + running lines + paragraphs) vs floors.

Generates pages with the markup real news sites carry (navigation, ads, JSON-LD, related
links, comments, a paywall notice) from sentence patterns written for this benchmark, then
times, in the same run: just reading the bytes, parsing each page with lxml (what any HTML
reader must pay), and briefing's reader per page and for the whole folder. The same articles
are then printed as two-column PDFs with a running header and page numbers (WeasyPrint,
tests/read/office_files.py) and read: PDF pages per second beside HTML pages per second,
and against the floor of pdfminer.six's own ``extract_text`` on the same files. Machines are
noisy, so compare the ratios, not the seconds.

    python bench/read.py [--pages 200] [--pdfs 20] [--runs 3]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # measure this checkout, installed or not

NAMES = ["Anna Lindqvist", "Marek Novak", "Sofia Duarte", "Jonas Berg", "Leila Okafor"]
ROLES = ["Foreign Minister", "Defence Minister", "President", "spokesperson", "Commissioner"]
CITIES = ["Bergen", "Warsaw", "Rome", "Osaka", "Nairobi", "Ottawa", "Madrid"]
SENTENCES = [
    "{role} {name} said the talks in {city} would resume on {day}.",
    "“We will not accept a deal that is fragile,” {name} told reporters on {day}.",
    "Officials in {city} have yet to decide whether to sign the agreement.",
    "The ministers are set to meet in {city} on March {date} to vote on the plan.",
    "According to {name}, the government could announce new measures within weeks.",
    "Analysts warned that the dispute could escalate if no agreement is reached by {day}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title} | Generated Times</title>
<meta property="og:site_name" content="Generated Times"><meta name="author" content="{name}">
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "NewsArticle",
"headline": "{title}", "datePublished": "2025-02-{day:02d}T08:{minute:02d}:00+01:00",
"publisher": {{"@type": "Organization", "name": "Generated Times"}}}}</script>
<script>var ads = []; function track() {{ ads.push(1); }}</script></head>
<body><header><nav><ul>{menu}</ul></nav></header>
<div class="advert"><span>Advertisement</span><p>Lake cabins from 89 euros a night.</p></div>
<main><article><h1>{title}</h1><p class="byline">By {name}</p>
{paragraphs}
<aside class="related"><h3>Read more</h3>
<ul><li><a href="/a">Earlier: talks stall</a></li></ul></aside>
<div class="paywall"><p>Subscribe to continue reading.</p></div></article>
<section class="comments"><p>I disagree with the minister entirely, said a reader.</p></section>
</main><footer><p>© 2025 Generated Times</p></footer></body></html>
"""


def page(rng: random.Random, number: int) -> str:
    sentences = [
        rng.choice(SENTENCES).format(
            role=rng.choice(ROLES),
            name=rng.choice(NAMES),
            city=rng.choice(CITIES),
            day=rng.choice(DAYS),
            date=rng.randint(1, 28),
        )
        for _ in range(rng.randint(12, 24))
    ]
    paragraphs = "\n".join(
        "<p>" + " ".join(sentences[i : i + 2]) + "</p>" for i in range(0, len(sentences), 2)
    )
    menu = "".join(f'<li><a href="/{s}">{s.title()}</a></li>' for s in ("world", "business"))
    return PAGE.format(
        title=f"Generated article {number}: talks continue in {rng.choice(CITIES)}",
        name=rng.choice(NAMES),
        day=rng.randint(1, 28),
        minute=rng.randint(0, 59),
        menu=menu,
        paragraphs=paragraphs,
    )


def write_pages(folder: Path, count: int) -> list[Path]:
    rng = random.Random(11)
    paths = []
    for number in range(count):
        path = folder / f"p{number:04d}.html"
        path.write_text(page(rng, number), encoding="utf-8")
        paths.append(path)
    return paths


def per_page(paths: list[Path], read_one) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for path in paths:
        start = time.perf_counter()
        read_one(path)
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    import lxml.html

    from briefing.read import read_documents

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--pdfs", type=int, default=20, help="articles printed as PDF")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-read-"))
    paths = write_pages(folder, args.pages)
    read_documents([str(paths[0])])  # import trafilatura and warm its caches once

    floors_bytes, floors_lxml, ours, folder_runs = [], [], [], []
    for _ in range(args.runs):
        floors_bytes += per_page(paths, lambda p: p.read_bytes())
        floors_lxml += per_page(paths, lambda p: lxml.html.document_fromstring(p.read_bytes()))
        ours += per_page(paths, lambda p: read_documents([str(p)]))
        start = time.perf_counter()
        documents = read_documents([str(folder)])
        folder_runs.append(time.perf_counter() - start)
    median = statistics.median(ours)
    print(f"pages: {len(paths)}  read as articles: {len(documents)}  runs: {args.runs}")
    print(
        f"folder of {len(paths)} pages: {len(paths) / statistics.median(folder_runs):,.0f} pages/s"
    )
    print(f"per page: median {median * 1000:.2f} ms ({1 / median:,.0f} pages/s)")
    for name, floor in (("read bytes", floors_bytes), ("lxml parse", floors_lxml)):
        base = statistics.median(floor)
        print(f"  floor {name}: median {base * 1000:.3f} ms; ours is {median / base:,.1f}x")
    if args.pdfs:
        bench_pdf(
            paths[: args.pdfs], folder, args.runs, len(paths) / statistics.median(folder_runs)
        )


def write_pdfs(pages: list[Path], folder: Path) -> tuple[list[Path], int]:
    """Each generated page's article as a two-column PDF; the paths and the pages printed."""
    import io

    from pdfminer.pdfpage import PDFPage

    from briefing.read.html import parse_page
    from tests.read.office_files import make_pdf

    paths, printed = [], 0
    for page in pages:
        document = parse_page(page.read_bytes(), path=str(page))
        title, _, body = document.text.partition("\n\n")
        data = make_pdf(title, body.split("\n\n"))
        printed += sum(1 for _ in PDFPage.get_pages(io.BytesIO(data)))
        path = folder / f"{page.stem}.pdf"
        path.write_bytes(data)
        paths.append(path)
    return paths, printed


def bench_pdf(pages: list[Path], folder: Path, runs: int, html_pages_per_second: float) -> None:
    """PDF pages per second, read as articles, beside the HTML figure and pdfminer's floor."""
    from pdfminer.high_level import extract_text

    from briefing.read import read_documents

    paths, printed = write_pdfs(pages, folder)
    read_documents([str(paths[0])])  # import pdfminer once
    ours, floors = [], []
    for _ in range(runs):
        start = time.perf_counter()
        for path in paths:
            read_documents([str(path)])
        ours.append(time.perf_counter() - start)
        start = time.perf_counter()
        for path in paths:
            extract_text(path)
        floors.append(time.perf_counter() - start)
    rate = printed / statistics.median(ours)
    floor = printed / statistics.median(floors)
    print(f"pdf: {len(paths)} articles, {printed} pages: {rate:,.1f} pages/s")
    ratio = html_pages_per_second / rate
    print(f"  beside html: {html_pages_per_second:,.0f} pages/s ({ratio:,.1f}x pdf)")
    print(f"  floor pdfminer extract_text: {floor:,.1f} pages/s; ours is {floor / rate:,.2f}x")


if __name__ == "__main__":
    main()
