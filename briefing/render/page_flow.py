"""What one laid-out brief proves about the briefs made from it by dropping items.

A brief that overflows its page costs a WeasyPrint layout per candidate tried, and balancing
two columns makes each such layout two to three times a plain one. But the overflowing layout
already holds every item's boxes: the lines and unbreakable blocks of the columns and of the
footer, each at the width the columns have in any candidate. ``PageFlow.cannot_fit`` turns
them into a LOWER bound of how far down the page a candidate reaches, and so proves, without a
layout, that dropping fewer items than some number cannot make the page fit. The fit loop
(build.fit_pdf) starts its search just above that number and never lays those candidates out.

The bound only ever errs low, so a candidate it rules out would not have fitted:
- each kept line box and each unbreakable block (``break-inside: avoid``, no taller than a
  column) keeps its height; WeasyPrint may break anywhere else, including between the lines
  of a heading and what follows it, so the bound allows that too;
- a gap between two kept pieces counts only when they were next to each other in the same
  column of the layout measured; any other gap, and every margin at a column break, counts 0;
- the columns are balanced at least as well as the best split of that flow into the page's
  number of columns (the first column with the offset its first line has in the layout);
- what lies above the columns is the layout's own, so a candidate that changes it (the title
  cut short, a lead section's item dropped) is never ruled out.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

ItemKey = tuple[str, int]

# Rounding in WeasyPrint's positions: a bound must pass the page's bottom by more than this.
_TOLERANCE = 1.0


@dataclass(frozen=True)
class Piece:
    """A line or an unbreakable block: ``rigid`` when it cannot be split across columns."""

    fragment: int  # pieces of one column (or one page's footer) share it
    top: float
    bottom: float
    owners: frozenset[ItemKey]  # the items it belongs to (none: a heading, a note)
    rigid: bool


@dataclass(frozen=True)
class PageFlow:
    """The columns and the footer of one layout, as pieces in reading order."""

    columns_top: float  # where the first column begins on page one
    page_bottom: float  # the bottom of page one's content area
    column_count: int
    lead: float  # from the first column's top to its first piece
    columns: tuple[Piece, ...]
    below: tuple[Piece, ...]  # the footer: everything after the columns
    above_items: frozenset[ItemKey] = field(default_factory=frozenset)

    def cannot_fit(self, drops: Collection[tuple[str, int]]) -> bool:
        """True when the brief without ``drops`` certainly overflows page one (see the module
        docstring); False when it may fit, or when the drops change what this layout cannot
        bound (the title, the sections above the columns)."""
        if ("title", 0) in drops or any(d in self.above_items for d in drops):
            return False
        return self.reach(drops, least=True) > self.page_bottom + _TOLERANCE

    def may_fit(self, drops: Collection[tuple[str, int]]) -> bool:
        """Whether the estimate (``reach``) puts the brief without ``drops`` on page one;
        True too when the drops change what this layout cannot measure (see cannot_fit)."""
        if ("title", 0) in drops or any(d in self.above_items for d in drops):
            return True
        return self.reach(drops) <= self.page_bottom

    def reach(self, drops: Collection[tuple[str, int]], least: bool = False) -> float:
        """How far down page one the brief without ``drops`` reaches: with ``least``, the
        lower bound ``cannot_fit`` needs; else an estimate to try first, with the gap left
        by an item that went taken as the gap it had (that of the item before it, or of the
        next heading), and a source whose title is cut short assumed to keep its lines."""
        gone = frozenset(drops)
        cut_titles = least and ("source_titles", 0) in drops
        columns = _kept(self.columns, gone, keep_gaps=not least)
        below = _kept(
            self.below, gone, first_only="sources" if cut_titles else None, keep_gaps=not least
        )
        lead = self.lead if columns and columns[0][1] is self.columns[0] else 0.0
        height = _least_column_height(columns, lead, self.column_count)
        footer = sum(gap + piece.bottom - piece.top for gap, piece in below)
        return self.columns_top + height + footer


def page_flow(pages: list[Any], shown: Mapping[str, int]) -> PageFlow | None:
    """The flow of a laid-out brief (WeasyPrint pages), or None where it cannot be read: no
    multi-column block starting on page one, or items that do not match ``shown`` (how many
    items of each section the brief has), as when a template lists them in another way."""
    walk = _Walk()
    for number, page in enumerate(pages):
        walk.page = number
        walk.visit(page._page_box)
    if walk.first_column is None or walk.first_column[0] != 0 or walk.out_of_order:
        return None
    if any(walk.counts.get(s, 0) not in (0, n) for s, n in shown.items()):
        return None
    if any(s not in shown for s in walk.counts):
        return None
    _, top, count = walk.first_column
    columns = tuple(_merged(walk.columns))
    if not columns:
        return None
    page_box = pages[0]._page_box
    return PageFlow(
        columns_top=top,
        page_bottom=page_box.content_box_y() + page_box.height,
        column_count=count,
        lead=max(0.0, columns[0].top - top),
        columns=columns,
        below=tuple(_merged(walk.below)),
        above_items=frozenset(walk.above_items),
    )


class _Walk:
    """One pass over the boxes of every page, in reading order."""

    def __init__(self) -> None:
        self.page = 0
        self.first_column: tuple[int, float, int] | None = None  # page, top, columns
        self.columns: list[Piece] = []
        self.below: list[Piece] = []
        self.above_items: set[ItemKey] = set()
        self.counts: dict[str, int] = {}
        self.out_of_order = False  # a column after the footer began: not a layout we read
        self._keys: dict[int, ItemKey] = {}

    def visit(self, box: Any, owner: ItemKey | None = None, column: int | None = None) -> None:
        owner = self._owner(box) or owner
        kind = type(box).__name__
        if kind == "MarginBox":
            return
        if getattr(box, "is_column", False):
            column = id(box)
        avoid = kind != "LineBox" and getattr(box, "style", None) is not None
        # break-inside: avoid, avoid-column, avoid-page: one column holds it when it can.
        avoid = avoid and str(box.style["break_inside"]).startswith("avoid")
        if kind == "LineBox" or (avoid and self.first_column is not None):
            self._add(box, owner, column)
            return
        children = getattr(box, "children", None) or ()
        if self.first_column is None:
            beside = [c for c in children if getattr(c, "is_column", False)]
            if beside:
                self.first_column = (self.page, beside[0].content_box_y(), _count(box, beside))
        for child in children:
            self.visit(child, owner, column)

    def _owner(self, box: Any) -> ItemKey | None:
        element = getattr(box, "element", None)
        section = element.get("data-item") if element is not None else None
        if not section:
            return None
        if id(element) not in self._keys:
            self._keys[id(element)] = (section, self.counts.get(section, 0))
            self.counts[section] = self.counts.get(section, 0) + 1
        return self._keys[id(element)]

    def _add(self, box: Any, owner: ItemKey | None, column: int | None) -> None:
        if box.__class__.__name__ == "LineBox":
            top, bottom = box.position_y, box.position_y + box.height
        else:
            top, bottom = box.border_box_y(), box.border_box_y() + box.border_height()
        owners = frozenset({owner}) if owner else frozenset()
        if self.first_column is None:
            self.above_items.update(owners)
        elif column is not None:
            self.out_of_order = self.out_of_order or bool(self.below)
            self.columns.append(Piece(column, top, bottom, owners, True))
        else:
            self.below.append(Piece(-1 - self.page, top, bottom, owners, True))


def _count(box: Any, beside: list[Any]) -> int:
    """How many columns the block has room for: those laid out side by side, or as many as
    its width holds (WeasyPrint lays out no column it leaves empty, and the bound must not
    assume one column where a candidate may use two)."""
    row = [c for c in beside if c.position_y == beside[0].position_y]
    width = beside[0].width
    fitting = int(box.width // width) if width and width > 0 else 1
    return max(1, len(row), fitting)


def _merged(pieces: list[Piece]) -> list[Piece]:
    """The pieces with those of one fragment that overlap in height made one (the cells of a
    table row, side by side, come one after the other in reading order): no column break
    can fall inside their common height."""
    out: list[Piece] = []
    for piece in pieces:
        while out and out[-1].fragment == piece.fragment and piece.top < out[-1].bottom - 0.01:
            last = out.pop()
            piece = Piece(
                piece.fragment,
                min(last.top, piece.top),
                max(last.bottom, piece.bottom),
                last.owners | piece.owners,
                last.rigid and piece.rigid,
            )
        out.append(piece)
    return out


def _kept(
    pieces: tuple[Piece, ...],
    gone: frozenset,
    first_only: str | None = None,
    keep_gaps: bool = False,
) -> list[tuple[float, Piece]]:
    """(gap before, piece) for each piece no dropped item owns. A gap counts only between two
    pieces that were neighbours in one fragment, unless ``keep_gaps``: then the gap before a
    run of dropped pieces stands for the run (or the one after it). ``first_only`` keeps just
    the first piece of each item of that section (a title cut short may take one line)."""
    kept: list[tuple[float, Piece]] = []
    previous: Piece | None = None  # the piece just before this one, kept or not
    held: float | None = None  # the gap before the current run of dropped pieces
    seen: set[ItemKey] = set()
    for piece in pieces:
        near = previous is not None and previous.fragment == piece.fragment
        gap = max(0.0, piece.top - previous.bottom) if near and previous else 0.0
        drop = bool(piece.owners & gone)
        if first_only and not drop:
            mine = {o for o in piece.owners if o[0] == first_only}
            drop = bool(mine & seen)
            seen |= mine
        if drop:
            if held is None:
                held = gap if near else None
                held = held if held is not None else -1.0
        elif held is not None:
            kept.append(((max(held, gap if near else 0.0) if keep_gaps else 0.0), piece))
            held = None
        else:
            kept.append((gap if near else 0.0, piece))
        previous = piece
    return kept


def _least_column_height(flow: list[tuple[float, Piece]], lead: float, columns: int) -> float:
    """A height below which ``flow`` cannot be set in ``columns`` columns: the best split
    (bisected to a fraction of a pixel), gaps at a column break counting nothing."""
    if not flow:
        return 0.0
    low, high = 0.0, lead + sum(g + p.bottom - p.top for g, p in flow)
    for _ in range(30):
        middle = (low + high) / 2
        if _fits_columns(flow, lead, columns, middle):
            high = middle
        else:
            low = middle
    return low


def _fits_columns(
    flow: list[tuple[float, Piece]], lead: float, columns: int, height: float
) -> bool:
    """Whether the pieces fit ``columns`` columns of ``height``, filled in order as far as
    each goes (which no other split beats): a rigid piece moves whole to the next column, any
    other (or a block taller than a column) may be split anywhere."""
    used, column = lead, 1
    if used > height:
        return False
    for gap, piece in flow:
        size = piece.bottom - piece.top
        if used + gap + size <= height:
            used += gap + size
            continue
        if piece.rigid and size <= height:
            column, used = column + 1, size
        else:
            rest = size - max(0.0, height - used - gap)
            while rest > height:
                column, rest = column + 1, rest - height
            column, used = column + 1, rest
        if column > columns:
            return False
    return True
