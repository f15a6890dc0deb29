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
from urllib.parse import unquote, urlparse

from ..errors import RenderError
from ..resources import styles_dir
from .context import BriefContext
from .html import render_html

SECTIONS = ("actors", "quotes", "events", "questions", "bottom_line")
# Minimum kept per section before anything of the next tier goes: what a reader needs most.
KEEP = {"bottom_line": 1, "actors": 3, "quotes": 2, "events": 2, "questions": 2}


def drop_order(context: BriefContext) -> list[tuple[str, int]]:
    """(section, index) pairs, the first to drop first: surplus items from the bottom of each
    section in turn, then the protected minimum, bottom line last."""
    order: list[tuple[str, int]] = []
    lengths = {s: len(getattr(context, s)) for s in SECTIONS}
    surplus = {s: list(range(lengths[s] - 1, KEEP[s] - 1, -1)) for s in SECTIONS}
    tiers = ("quotes", "actors", "questions", "events")
    while any(surplus[s] for s in tiers):
        for section in tiers:
            if surplus[section]:
                order.append((section, surplus[section].pop(0)))
    order += [("bottom_line", i) for i in surplus["bottom_line"]]
    for section in ("quotes", "actors", "events", "questions", "bottom_line"):
        order += [(section, i) for i in range(min(KEEP[section], lengths[section]) - 1, -1, -1)]
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


def render_pdf(
    context: BriefContext, paper: str = "a4", template_dir: Path | None = None
) -> tuple[bytes, BriefContext]:
    """PDF bytes of a one-page brief, and the context that fitted (with ``omitted`` set)."""
    context = replace(context, paper=paper, omitted=0)
    order = drop_order(context)

    def attempt(count: int) -> tuple[int, object, BriefContext]:
        fitted = without(context, order[:count]) if count else context
        pages, document = _pages(render_html(fitted, template_dir, for_print=True))
        return pages, document, fitted

    pages, document, fitted = attempt(0)
    if pages > 1:
        low, high = 0, len(order)
        best = None
        while low < high:  # smallest number of drops that fits one page
            middle = (low + high) // 2
            pages, doc_mid, ctx_mid = attempt(middle)
            if pages <= 1:
                high, best = middle, (doc_mid, ctx_mid)
            else:
                low = middle + 1
        if best is None:
            pages, document, fitted = attempt(len(order))
            if pages > 1:
                raise RenderError("the brief does not fit one page even with one item per section")
        else:
            document, fitted = best
    return document.write_pdf(), fitted  # type: ignore[attr-defined]
