"""Render the brief as a PDF of exactly one page.

WeasyPrint renders the print HTML; when it overflows, the lowest-ranked items are dropped
(across sections, in the order of ``drop_order``) and the brief says how many were left out.
The number to drop is found by bisection, so a long brief costs a handful of renders, not
one per item. Text is never shrunk below the stylesheet's 8.5pt floor and never cut.

WeasyPrint gets a URL fetcher that serves only the bundled styles folder and data: URLs:
article text and templates cannot make it read other files or reach the network.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlparse

from briefing.brief import BriefContext
from briefing.errors import RenderError
from briefing.render.html import audience_of, render_html
from briefing.settings.resources import styles_dir

if TYPE_CHECKING:
    from briefing.settings.audience import Audience

# Every list section of the context; the audience decides which are shown.
SECTIONS = (
    "actors",
    "quotes",
    "events",
    "questions",
    "key_points",
    "decisions",
    "lines",
    "expected_questions",
    "bottom_line",
)
# Minimum kept per section before anything of the next tier goes (an audience's profile
# overrides this in its [budget.keep] table).
KEEP = {"bottom_line": 1, "actors": 3, "quotes": 2, "events": 2, "questions": 2}
# Sections whose surplus goes first, in turn; the lead sections go last.
TIERS = ("quotes", "actors", "questions", "events", "expected_questions", "decisions")
LEAD = ("key_points", "lines", "bottom_line")


def drop_order(context: BriefContext, keep: dict[str, int] | None = None) -> list[tuple[str, int]]:
    """(section, index) pairs, the first to drop first: surplus items from the bottom of each
    section in turn, then the lead sections' surplus, then the protected minimum, bottom line
    last."""
    keep = {**KEEP, **(keep or {})}
    order: list[tuple[str, int]] = []
    lengths = {s: len(getattr(context, s)) for s in SECTIONS}
    floor = {s: min(keep.get(s, 1), lengths[s]) for s in SECTIONS}
    surplus = {s: list(range(lengths[s] - 1, floor[s] - 1, -1)) for s in SECTIONS}
    while any(surplus[s] for s in TIERS):
        for section in TIERS:
            if surplus[section]:
                order.append((section, surplus[section].pop(0)))
    for section in LEAD:
        order += [(section, i) for i in surplus[section]]
    for section in (*TIERS, *LEAD):
        order += [(section, i) for i in range(floor[section] - 1, -1, -1)]
    return order


def without(context: BriefContext, drops: list[tuple[str, int]]) -> BriefContext:
    """The context with the given items removed and ``omitted`` counting them."""
    changes: dict[str, tuple] = {}
    for section in SECTIONS:
        gone = {i for s, i in drops if s == section}
        items = getattr(context, section)
        changes[section] = tuple(x for i, x in enumerate(items) if i not in gone)
    return replace(context, omitted=len(drops), **changes)


def bundled_only_fetcher():
    """A WeasyPrint URL fetcher that serves bundled styles and data: URLs, and refuses the rest.

    Built on first use so that importing this module does not import WeasyPrint.
    """
    from weasyprint.urls import URLFetcher

    root = styles_dir().resolve()

    class BundledOnly(URLFetcher):
        def fetch(self, url: str, headers=None):  # noqa: ANN001 - WeasyPrint's signature
            parsed = urlparse(url)
            if parsed.scheme == "file":
                path = Path(unquote(parsed.path)).resolve()
                if path.is_relative_to(root) and path.is_file():
                    return super().fetch(url, headers)
            elif parsed.scheme == "data":
                return super().fetch(url, headers)
            raise ValueError(f"briefing does not fetch {url!r}")

        __call__ = fetch

    return BundledOnly(allowed_protocols={"file", "data"}, allow_redirects=False)


def _pages(html: str) -> tuple[int, object]:
    from weasyprint import HTML

    document = HTML(
        string=html, base_url=styles_dir().as_uri() + "/", url_fetcher=bundled_only_fetcher()
    ).render()
    return len(document.pages), document


def overflow_share(document) -> float:  # noqa: ANN001 - a WeasyPrint Document
    """How much of the content must go to fit one page (0 when it fits), from the layout:
    the pages beyond the first, plus how far the last one is filled."""
    pages = document.pages
    if len(pages) <= 1:
        return 0.0
    box = pages[-1]._page_box
    filled = (_bottom(box) - box.margin_top) / box.height if box.height else 1.0
    total = len(pages) - 1 + max(0.0, min(1.0, filled))
    return 1 - 1 / total


def items_beyond_first_page(document) -> int | None:  # noqa: ANN001 - a WeasyPrint Document
    """How many brief items (elements marked data-item) the layout pushed past page one:
    a close first guess of how many must go. None when the template marks none."""
    marked = 0
    beyond = 0
    for number, page in enumerate(document.pages):
        for box in _descendants(page._page_box):
            element = getattr(box, "element", None)
            if element is not None and element.get("data-item") and _first_box(box):
                marked += 1
                beyond += number > 0
    return beyond if marked else None


def _descendants(box):  # noqa: ANN001, ANN202 - WeasyPrint layout boxes
    for child in getattr(box, "children", None) or ():
        yield child
        yield from _descendants(child)


def _first_box(box) -> bool:  # noqa: ANN001 - one element may make several nested boxes
    parent_element = getattr(box, "element", None)
    return type(box).__name__ in {"BlockBox", "TableRowBox", "ListItemBox"} and (
        parent_element is not None
    )


def _bottom(box) -> float:  # noqa: ANN001 - a WeasyPrint layout box
    lowest = 0.0
    for child in getattr(box, "children", None) or ():
        if type(child).__name__ == "MarginBox":  # page numbers sit at the bottom of every page
            continue
        y, height = getattr(child, "position_y", 0), getattr(child, "height", 0)
        if isinstance(y, (int, float)) and isinstance(height, (int, float)):
            lowest = max(lowest, y + height)
        lowest = max(lowest, _bottom(child))
    return lowest


def render_pdf(
    context: BriefContext,
    paper: str = "a4",
    template_dir: Path | None = None,
    *,
    audience: Audience | None = None,
) -> tuple[bytes, BriefContext]:
    """PDF bytes of a one-page brief, and the context that fitted (with ``omitted`` set).

    When the first render overflows, the layout says roughly how much must go; we start from
    that estimate and step to the smallest number of drops that fits, so a typical brief
    costs three or four renders rather than a bisection's six or more.
    """
    context = replace(context, paper=paper, omitted=0)
    audience = audience_of(context, audience)
    order = drop_order(context, dict(audience.keep) if audience else None)
    cache: dict[int, tuple[int, object, BriefContext]] = {}

    def attempt(count: int) -> tuple[int, object, BriefContext]:
        if count not in cache:
            fitted = without(context, order[:count]) if count else context
            html = render_html(fitted, template_dir, for_print=True, audience=audience)
            pages, document = _pages(html)
            cache[count] = (pages, document, fitted)
        return cache[count]

    pages, document, _ = attempt(0)
    if pages <= 1:
        return document.write_pdf(), context  # type: ignore[attr-defined]
    overflowed = items_beyond_first_page(document)
    if overflowed is None:  # a template without data-item marks: estimate from the fill
        items = sum(len(getattr(context, s)) for s in SECTIONS)
        overflowed = round(overflow_share(document) * items)
    guess = min(len(order), max(1, overflowed))
    count = _smallest_fitting(attempt, guess, len(order))
    pages, document, fitted = attempt(count)
    if pages > 1:
        raise RenderError("the brief does not fit one page even with one item per section")
    return document.write_pdf(), fitted  # type: ignore[attr-defined]


def _smallest_fitting(attempt, guess: int, limit: int) -> int:  # noqa: ANN001
    """The smallest drop count in 1..limit whose render fits, searched from ``guess``."""
    if attempt(guess)[0] <= 1:
        while guess > 1 and attempt(guess - 1)[0] <= 1:
            guess -= 1
        return guess
    low, high = guess + 1, limit
    step = 1
    while low < high:  # gallop upwards, then bisect the last gap
        probe = min(high, guess + step)
        if attempt(probe)[0] <= 1:
            high = probe
        else:
            low = probe + 1
        step *= 2
        if probe == high:
            break
    while low < high:
        middle = (low + high) // 2
        if attempt(middle)[0] <= 1:
            high = middle
        else:
            low = middle + 1
    return high
