"""Print HTML -> a laid-out WeasyPrint document: its page count, its PDF bytes, and the layout
measurements the page budget asks for (how many marked items spilled past page one, how far
the content overflows).

What to drop when the brief does not fit is decided in select/budget.py, and the loop that
tries candidates runs in build.py; this module only lays out what it is given.

WeasyPrint gets a URL fetcher that serves only the bundled styles folder and data: URLs:
article text and templates cannot make it read other files or reach the network.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlparse

from briefing.settings.resources import styles_dir

if TYPE_CHECKING:
    from briefing.render.page_flow import PageFlow


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


@dataclass(frozen=True)
class PrintLayout:
    """One laid-out render of the print HTML."""

    document: Any  # a weasyprint.Document

    @property
    def pages(self) -> int:
        return len(self.document.pages)

    def pdf(self) -> bytes:
        return self.document.write_pdf()

    def items_beyond_first_page(self) -> int | None:
        """How many brief items (elements marked data-item) the layout pushed past page one:
        a close first guess of how many must go. None when the template marks none."""
        marked = 0
        beyond = 0
        for number, page in enumerate(self.document.pages):
            for box in _descendants(page._page_box):
                element = getattr(box, "element", None)
                if element is not None and element.get("data-item") and _first_box(box):
                    marked += 1
                    beyond += number > 0
        return beyond if marked else None

    def overflow_share(self) -> float:
        """How much of the content must go to fit one page (0 when it fits), from the layout:
        the pages beyond the first, plus how far the last one is filled."""
        pages = self.document.pages
        if len(pages) <= 1:
            return 0.0
        box = pages[-1]._page_box
        filled = (_bottom(box) - box.margin_top) / box.height if box.height else 1.0
        total = len(pages) - 1 + max(0.0, min(1.0, filled))
        return 1 - 1 / total

    def columns_height(self) -> float | None:
        """The content height of the multi-column block (the element of class "columns")
        when all of it lies on page one, else None (no such block, or it ran on)."""
        found = None
        for number, page in enumerate(self.document.pages):
            for box in _descendants(page._page_box):
                element = getattr(box, "element", None)
                if element is not None and "columns" in (element.get("class") or "").split():
                    if number > 0:
                        return None
                    if found is None:
                        found = box.height
        return found

    def flow(self, shown: Mapping[str, int]) -> PageFlow | None:
        """The columns and footer of this layout as render/page_flow.py reads them (None
        where it cannot): what it proves about candidates with more or fewer items.
        ``shown``: how many items of each section the brief has."""
        from briefing.render.page_flow import page_flow

        return page_flow(self.document.pages, shown)

    def drop_counts(
        self, order: Sequence[tuple[str, int]], shown: Mapping[str, int]
    ) -> tuple[int, int | None]:
        """From this (overflowing) layout's own boxes (see page_flow), for the drops in
        ``order``: how many of the first of them certainly leave the page overflowing (every
        candidate making at most that many need not be laid out), and how many are likely to
        make it fit (the first candidate to lay out; None without an estimate). (0, None) for
        a template whose items or columns cannot be read. ``shown``: how many items of each
        section the brief has."""
        flow = self.flow(shown)
        if flow is None or not order:
            return 0, None
        proven = 0
        while proven < len(order) and flow.cannot_fit(order[: proven + 1]):
            proven += 1
        # Every candidate shows a line counting what was left out, which the full brief
        # lacks: the estimate counts one line of the footer for it.
        line = flow.footer_line()
        likely = proven + 1
        while likely < len(order) and not flow.may_fit(order[:likely], line):
            likely += 1
        return proven, likely

    def geometry(self) -> tuple[int, float]:
        """Pages, and how far down page one is filled: two layouts with equal geometry put
        the same content on page one."""
        return self.pages, round(_bottom(self.document.pages[0]._page_box), 3)


# Stands in for the multi-column block when only what follows it changes (see
# lay_out_with_columns_as): the same box, empty, at the height its columns were laid out to.
_COLUMNS_AS_BLOCK = """<style>
.columns > * {{ display: none !important; }}
.columns {{ column-count: auto !important; column-width: auto !important;
  box-sizing: content-box !important; height: {height}px !important;
  min-height: 0 !important; max-height: none !important; }}
</style>
</head>"""


def lay_out(html: str, fonts: Any = None) -> PrintLayout:
    """Lay out print HTML with the bundled styles as base URL and the restricted fetcher.
    ``fonts``: the font configuration the layouts of one fit share (see ``shared_fonts``);
    None for a new one, as WeasyPrint makes by default."""
    from weasyprint import HTML

    document = HTML(
        string=html, base_url=styles_dir().as_uri() + "/", url_fetcher=bundled_only_fetcher()
    ).render(font_config=fonts)
    return PrintLayout(document)


def shared_fonts() -> Any:
    """A WeasyPrint FontConfiguration for the layouts of one brief. Each layout made with a
    new one sets up a font map and finds and loads its faces again: about an eighth of a
    candidate's layout here. A document still embeds only the fonts it used. One per fit,
    not per process, so that briefs with different @font-face rules never share one."""
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


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


def lay_out_with_columns_as(html: str, height: float, fonts: Any = None) -> PrintLayout | None:
    """Lay out print HTML with its multi-column block replaced by an empty block of
    ``height``: a few times cheaper than the real layout, whose columns WeasyPrint balances
    by laying them out again and again. Where the columns are the same as in a layout
    already made (only the list of sources below them differs), this says whether a
    candidate fits without paying for the columns again. None when the HTML has no head to
    add the style to."""
    if "</head>" not in html:
        return None
    return lay_out(html.replace("</head>", _COLUMNS_AS_BLOCK.format(height=height), 1), fonts)
