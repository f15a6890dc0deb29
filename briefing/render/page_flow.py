"""What one laid-out brief proves about the briefs made from it by dropping items or putting
them back.

A brief that overflows its page costs a WeasyPrint layout per candidate tried, and balancing
two columns makes each such layout two to three times a plain one. But a layout already made
holds every item's boxes: the lines and unbreakable blocks of the columns and of the footer,
each at the width the columns have in any candidate. ``PageFlow.cannot_fit`` turns those of
the overflowing full brief into a LOWER bound of how far down the page a candidate reaches,
and so proves, without a layout, that dropping fewer items than some number cannot make the
page fit. ``PageFlow.cannot_fit_restored`` does the same from the layout of a candidate that
fits, for the candidate with one or more of its dropped items put back (their boxes taken
from the full brief): the neighbour just below the answer, which the search would otherwise
lay out only to see it overflow. The fit loop (build.fit_pdf) lays out neither.

The bound only ever errs low, so a candidate it rules out would not have fitted:
- each kept line box and each unbreakable block (``break-inside: avoid``, no taller than a
  column) keeps its height; a gap between two pieces counts only when they were next to each
  other in the same column of a layout measured; any other gap, and every margin at a column
  break, counts 0;
- the columns are balanced at least as well as the best split of that flow into the page's
  number of columns (the first column with the offset its first line has in the layout);
- the split keeps the break rules WeasyPrint keeps when it balances columns below other
  content on the page (it lays them out with ``page_is_empty`` false): no break right after
  a box with ``break-after: avoid`` (a heading stays with what follows it), and none that
  leaves fewer lines of a paragraph than its ``orphans`` before the break or its ``widows``
  after it. Where nothing precedes the columns on the page, WeasyPrint may give those rules
  up at the top of a column, and so does the bound;
- what lies above the columns is the layout's own, so a candidate that changes it (the title
  cut short, a lead section's item dropped) is never ruled out;
- an element marked ``data-varies`` in the template (its text depends on the candidate, as
  "12 more items in the full brief" does) is counted in a candidate only as far as it must
  be: at least one line of the height it had while its count (the mark's value, a field of
  the brief such as ``omitted``) stays above 0, and nothing once it falls to 0 or when the
  value names no count. A mark above the columns gives no bound from a candidate's layout.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
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
    # No column break may fall between it and the piece after it in the layout measured: a
    # heading with ``break-after: avoid``, or a line that orphans or widows hold to the next.
    glued: bool = False
    # Inside an element marked data-varies: (the mark's value, which element).
    varies: tuple[str, int] | None = None
    # An item's own unbreakable box: (its parent element, its place among the parent's
    # children, its top and bottom margins), for the gaps it makes with its neighbours.
    sibling: tuple[int, int, float, float] | None = None


# (gap before, piece, glued to the next entry): a flow as the bound splits it into columns.
Flow = list[tuple[float, Piece, bool]]


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
    items: Mapping[str, int] = field(default_factory=dict)  # items of each section shown
    columns_bottom: float | None = None  # the multi-column block's bottom, on page one
    strict: bool = False  # content precedes the columns on page one: break rules hold
    above_varies: bool = False  # a data-varies mark above the columns
    # What the estimate (never the bound) adds below the columns' pieces, as measured on
    # page one: the multi-column block's bottom below its tallest column's last piece (the
    # margins WeasyPrint keeps in the block), and the gap from the block to the footer.
    settle: float = 0.0

    def cannot_fit(self, drops: Collection[tuple[str, int]]) -> bool:
        """True when the brief without ``drops`` certainly overflows page one (see the module
        docstring); False when it may fit, or when the drops change what this layout cannot
        bound (the title, the sections above the columns)."""
        if ("title", 0) in drops or any(d in self.above_items for d in drops):
            return False
        return self.reach(drops, least=True) > self.page_bottom + _TOLERANCE

    def may_fit(self, drops: Collection[tuple[str, int]], more: float = 0.0) -> bool:
        """Whether the estimate (``reach``), ``more`` pixels added, puts the brief without
        ``drops`` on page one; True too when the drops change what this layout cannot
        measure (see cannot_fit)."""
        if ("title", 0) in drops or any(d in self.above_items for d in drops):
            return True
        return self.reach(drops) + more <= self.page_bottom

    def footer_line(self) -> float:
        """The height of the footer's shortest line or block (0 without a footer): what a
        line the full brief lacks and every candidate shows ("12 more items in the full
        brief") adds to an estimate made from the full brief."""
        return min((p.bottom - p.top for p in self.below), default=0.0)

    def reach(self, drops: Collection[tuple[str, int]], least: bool = False) -> float:
        """How far down page one the brief without ``drops`` reaches: with ``least``, the
        lower bound ``cannot_fit`` needs; else an estimate to try first, with the gap left
        by an item that went taken as the gap it had (that of the item before it, or of the
        next heading), a source whose title is cut short assumed to keep its lines, and
        ``settle`` added below the columns (what the block keeps below its pieces)."""
        gone = frozenset(drops)
        cut_titles = least and ("source_titles", 0) in drops
        columns = _kept(self.columns, gone, keep_gaps=not least, least=least)
        below = _kept(
            self.below,
            gone,
            first_only="sources" if cut_titles else None,
            keep_gaps=not least,
            least=least,
        )
        lead = self.lead if columns and columns[0][1] is self.columns[0] else 0.0
        if not (least and self.strict):
            columns = [(gap, piece, False) for gap, piece, _ in columns]
        height = _least_column_height(columns, lead, self.column_count)
        footer = sum(gap + piece.bottom - piece.top for gap, piece, _ in below)
        return self.columns_top + height + footer + (0.0 if least else self.settle)

    def cannot_fit_restored(
        self,
        full: PageFlow,
        drops: Collection[ItemKey],
        restored: Collection[ItemKey],
        counts: Mapping[str, int],
    ) -> bool:
        """True when the brief laid out here (which fits page one; made without ``drops``)
        certainly overflows with the ``restored`` items put back: their boxes come from
        ``full``, the layout of the brief without drops, and are set between their
        neighbours in the columns. ``counts``: the fields of that brief the template's
        data-varies marks may name (``omitted``...). False when it may fit, or when an item
        put back is not in the columns, would be the first its section shows, or was split
        across columns in ``full``, and when this layout cannot be read so (see the module
        docstring)."""
        reach = self.restored_reach(full, drops, restored, counts)
        return reach is not None and reach > self.page_bottom + _TOLERANCE

    def restored_reach(
        self,
        full: PageFlow,
        drops: Collection[ItemKey],
        restored: Collection[ItemKey],
        counts: Mapping[str, int],
    ) -> float | None:
        """The lower bound ``cannot_fit_restored`` compares with the page's bottom, or None
        when there is none."""
        flow = self._flow_with(full, frozenset(drops), list(restored))
        tail = self._tail(counts)
        if flow is None or tail is None:
            return None
        return self.columns_top + _least_column_height(flow, self.lead, self.column_count) + tail

    def named(self, full: PageFlow, drops: Collection[ItemKey]) -> PageFlow | None:
        """This flow, of a layout of the brief without ``drops``, with its items named as in
        ``full`` (the layout of the brief without drops), so that the drops of any candidate
        apply to it; None when its items are not those ``drops`` leave."""
        shown = {s: [i for i in range(n) if (s, i) not in drops] for s, n in full.items.items()}
        if any(len(kept) != self.items.get(s, 0) for s, kept in shown.items()):
            return None
        if any(s not in shown for s in self.items):
            return None

        def name(pieces: tuple[Piece, ...]) -> tuple[Piece, ...]:
            return tuple(
                replace(p, owners=frozenset((s, shown[s][j]) for s, j in p.owners)) for p in pieces
            )

        above = frozenset((s, shown[s][j]) for s, j in self.above_items)
        items = dict(full.items)
        return replace(
            self, columns=name(self.columns), below=name(self.below), above_items=above, items=items
        )

    def _flow_with(self, full: PageFlow, drops: frozenset, restored: list[ItemKey]) -> Flow | None:
        """This layout's columns with the ``restored`` items' pieces (from ``full``) put in
        their places, owners named as in ``full``; None when that cannot be done safely."""
        if not (self.strict and restored) or self.above_varies or self.columns_bottom is None:
            return None
        named = self.named(full, drops)
        if named is None:
            return None
        shown = {s: [i for i in range(n) if (s, i) not in drops] for s, n in full.items.items()}
        flow = _kept(named.columns, frozenset(), least=True)
        for section, index in sorted(restored):
            before = [i for i in shown.get(section, ()) if i < index]
            if not before:
                return None
            previous = (section, before[-1])
            found = _pieces_of(full.columns, (section, index), previous)
            at = [n for n, (_, piece, _) in enumerate(flow) if previous in piece.owners]
            if found is None or not at:
                return None
            (pieces, alike), (gap, last, _) = found, flow[at[-1]]
            # What followed ``previous`` keeps its gap after an item alike (see _pieces_of).
            after = [(g if alike else 0.0, p, glued) for g, p, glued in flow[at[-1] + 1 :]]
            flow[at[-1] : at[-1] + 2] = [(gap, last, False), *pieces, *after[:1]]
            shown[section] = sorted([*shown[section], index])
        return flow

    def _tail(self, counts: Mapping[str, int]) -> float | None:
        """How far the footer reaches below the multi-column block in any candidate whose
        footer differs from this layout's only inside data-varies marks (see the module
        docstring); None when the footer does not lie whole on page one."""
        if self.columns_bottom is None or any(p.fragment != -1 for p in self.below):
            return None
        if not self.below:
            return 0.0
        lost, marks = 0.0, {p.varies for p in self.below if p.varies}
        for mark in marks:
            at = [n for n, p in enumerate(self.below) if p.varies == mark]
            top, bottom = self.below[at[0]].top, self.below[at[-1]].bottom
            if counts.get(mark[0], 0) > 0:  # still shown: at least one line as high
                lost += bottom - top - min(self.below[n].bottom - self.below[n].top for n in at)
                continue
            above = self.below[at[0] - 1].bottom if at[0] else self.columns_bottom
            under = self.below[at[-1] + 1].top if at[-1] + 1 < len(self.below) else bottom
            lost += under - above
        return max(p.bottom for p in self.below) - self.columns_bottom - lost


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
    columns = tuple(_merged(walk.held("columns")))
    if not columns:
        return None
    page_box = pages[0]._page_box
    return PageFlow(
        columns_top=top,
        page_bottom=page_box.content_box_y() + page_box.height,
        column_count=count,
        lead=max(0.0, columns[0].top - top),
        columns=columns,
        below=tuple(_merged(walk.held("below"))),
        above_items=frozenset(walk.above_items),
        items=dict(walk.counts),
        columns_bottom=walk.columns_bottom,
        strict=walk.above_content,
        above_varies=walk.above_varies,
        settle=_settle(walk, columns),
    )


def _settle(walk: _Walk, columns: tuple[Piece, ...]) -> float:
    """PageFlow.settle, measured on page one of the walk's layout (0 where it cannot be):
    the block's bottom beyond the lowest of its pieces there, and the gap down to the footer's
    first piece when that lies on page one too."""
    if walk.columns_bottom is None or walk.page_one_columns is None:
        return 0.0
    below = walk.below[0] if walk.below and walk.below[0].fragment == -1 else None
    gap = below.top - walk.columns_bottom if below is not None else 0.0
    return max(0.0, walk.columns_bottom - walk.page_one_columns) + max(0.0, gap)


class _Walk:
    """One pass over the boxes of every page, in reading order."""

    def __init__(self) -> None:
        self.page = 0
        self.first_column: tuple[int, float, int] | None = None  # page, top, columns
        self.columns_bottom: float | None = None
        self.page_one_columns: float | None = None  # the lowest column piece on page one
        self.columns: list[Piece] = []
        self.below: list[Piece] = []
        self.above_items: set[ItemKey] = set()
        self.above_content = False  # a line or block before the columns on page one
        self.above_varies = False
        self.counts: dict[str, int] = {}
        self.out_of_order = False  # a column after the footer began: not a layout we read
        self._keys: dict[int, ItemKey] = {}
        self._marks: dict[int, tuple[str, int]] = {}
        # In step with columns and below: the block box holding each piece when it is a line
        # that orphans and widows govern (not in a table: rows break by rules of their own).
        self.blocks: dict[str, list[Any]] = {"columns": [], "below": []}

    def visit(
        self,
        box: Any,
        owner: ItemKey | None = None,
        column: int | None = None,
        mark: tuple[str, int] | None = None,
        parent: Any = None,
        in_table: bool = False,
    ) -> None:
        """Add the pieces of ``box`` (``parent``: the box it lies in)."""
        owner = self._owner(box) or owner
        mark = self._mark(box) or mark
        kind = type(box).__name__
        if kind == "MarginBox":
            return
        if getattr(box, "is_column", False):
            column = id(box)
        avoid = kind != "LineBox" and getattr(box, "style", None) is not None
        # break-inside: avoid, avoid-column, avoid-page: one column holds it when it can.
        avoid = avoid and str(box.style["break_inside"]).startswith("avoid")
        if kind == "LineBox" or (avoid and self.first_column is not None):
            # Lines in a table are left free: rows break by rules of their own.
            block = kind == "LineBox" and not in_table and type(parent).__name__ == "BlockBox"
            sizes = len(self.columns), len(self.below)
            self._add(box, owner, column, mark, parent if block else None, parent)
            self._keep_with_next(box, sizes)
            return
        children = getattr(box, "children", None) or ()
        if self.first_column is None:
            beside = [c for c in children if getattr(c, "is_column", False)]
            if beside:
                self.first_column = (self.page, beside[0].content_box_y(), _count(box, beside))
                if self.page == 0:
                    self.columns_bottom = box.content_box_y() + box.height
        in_table = in_table or kind.startswith("Table")
        sizes = len(self.columns), len(self.below)
        for child in children:
            self.visit(child, owner, column, mark, box, in_table)
        self._keep_with_next(box, sizes)

    def _keep_with_next(self, box: Any, sizes: tuple[int, int]) -> None:
        """Glue the last piece of ``box`` (added since the lists had ``sizes``) to the next
        one when the box says ``break-after: avoid`` (a heading, in WeasyPrint's own styles
        and ours)."""
        style = getattr(box, "style", None)
        if type(box).__name__ == "LineBox" or style is None:
            return
        # avoid, avoid-column, avoid-page: all keep the two boxes in one column.
        if str(style["break_after"]).startswith("avoid"):
            if len(self.below) > sizes[1]:
                self.below[-1] = replace(self.below[-1], glued=True)
            elif len(self.columns) > sizes[0]:
                self.columns[-1] = replace(self.columns[-1], glued=True)

    def _owner(self, box: Any) -> ItemKey | None:
        element = getattr(box, "element", None)
        section = element.get("data-item") if element is not None else None
        if not section:
            return None
        if id(element) not in self._keys:
            self._keys[id(element)] = (section, self.counts.get(section, 0))
            self.counts[section] = self.counts.get(section, 0) + 1
        return self._keys[id(element)]

    def _mark(self, box: Any) -> tuple[str, int] | None:
        element = getattr(box, "element", None)
        value = element.get("data-varies") if element is not None else None
        if value is None:
            return None
        return self._marks.setdefault(id(element), (value, len(self._marks)))

    def _add(
        self,
        box: Any,
        owner: ItemKey | None,
        column: int | None,
        mark: tuple[str, int] | None,
        block: Any,
        parent: Any = None,
    ) -> None:
        sibling = None
        if box.__class__.__name__ == "LineBox":
            top, bottom = box.position_y, box.position_y + box.height
        else:
            top, bottom = box.border_box_y(), box.border_box_y() + box.border_height()
            element = getattr(box, "element", None)
            if element is not None and element.get("data-item") and parent is not None:
                index = getattr(box, "index", None)
                margins = box.margin_top, box.margin_bottom
                if isinstance(index, int) and all(isinstance(m, (int, float)) for m in margins):
                    sibling = (id(getattr(parent, "element", None)), index, *margins)
        owners = frozenset({owner}) if owner else frozenset()
        if self.first_column is None:
            self.above_items.update(owners)
            self.above_content = self.above_content or self.page == 0
            self.above_varies = self.above_varies or mark is not None
            return
        if column is not None:
            self.out_of_order = self.out_of_order or bool(self.below)
            piece = Piece(column, top, bottom, owners, True, varies=mark, sibling=sibling)
            self.columns.append(piece)
            if self.page == 0:
                self.page_one_columns = max(self.page_one_columns or bottom, bottom)
            self.blocks["columns"].append(block)
        else:
            self.below.append(Piece(-1 - self.page, top, bottom, owners, True, varies=mark))
            self.blocks["below"].append(block)

    def held(self, name: str) -> list[Piece]:
        """The pieces of ``name`` (columns or below) with each line that orphans and widows
        hold to the next line of its block glued, where the block lies whole in one column
        (or one page's footer) of this layout; a block split here is left free."""
        pieces, blocks = list(getattr(self, name)), self.blocks[name]
        where: dict[int, set[int]] = {}
        for piece, block in zip(pieces, blocks, strict=True):
            if block is not None:
                where.setdefault(id(block.element), set()).add(piece.fragment)
        start = 0
        for end in range(1, len(pieces) + 1):
            if end < len(pieces) and blocks[end] is not None and blocks[end] is blocks[start]:
                continue
            block = blocks[start]
            if block is not None and len(where[id(block.element)]) == 1:
                for n, held in enumerate(_held(block, end - start), start=start):
                    if held:
                        pieces[n] = replace(pieces[n], glued=True)
            start = end
        return pieces


def _held(parent: Any, lines: int) -> list[bool]:
    """For each of a block's ``lines`` (the last excepted), whether orphans and widows forbid
    a column break right after it."""
    orphans, widows = parent.style["orphans"], parent.style["widows"]
    return [not (orphans <= n <= lines - widows) for n in range(1, lines)]


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
    can fall inside their common height. The merged piece is glued to the next only when
    each part was."""
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
                last.glued and piece.glued,
                last.varies or piece.varies,
            )
        out.append(piece)
    return out


def _pieces_of(
    pieces: tuple[Piece, ...], item: ItemKey, previous: ItemKey
) -> tuple[Flow, bool] | None:
    """The pieces of ``item`` alone in ``pieces`` (a layout showing it), with the gaps and
    glue they have among themselves, and the gap before the first as it is after
    ``previous``, the item it follows in the candidate: measured, when the two were
    neighbours in one column, or from their margins (collapsed as CSS does) when they are
    unbreakable boxes side by side in one parent. And whether ``item`` is one such box with
    the bottom margin of ``previous``, so that what follows it keeps the gap it had after
    ``previous``. None when it has no pieces, shares one with another item or is split
    across columns."""
    at = [n for n, p in enumerate(pieces) if item in p.owners]
    if not at or at != list(range(at[0], at[-1] + 1)):
        return None
    mine = [pieces[n] for n in at]
    if any(p.owners != {item} or p.fragment != mine[0].fragment for p in mine):
        return None
    before = pieces[at[0] - 1] if at[0] else None
    gap = 0.0
    if before is not None and before.owners == {previous}:
        if before.fragment == mine[0].fragment:
            gap = max(0.0, mine[0].top - before.bottom)
        elif _siblings(before, mine[0]):
            gap = _collapse(before.sibling[3], mine[0].sibling[2])
    flow: Flow = [(gap, mine[0], False)]
    for p, q in zip(mine, mine[1:], strict=False):
        flow[-1] = (flow[-1][0], p, p.glued)
        flow.append((max(0.0, q.top - p.bottom), q, False))
    alike = len(mine) == 1 and before is not None and _siblings(before, mine[0])
    alike = alike and before.owners == {previous} and before.sibling[3] == mine[0].sibling[3]
    return flow, alike


def _siblings(first: Piece, second: Piece) -> bool:
    """Whether two pieces are item boxes next to each other in one parent element."""
    a, b = first.sibling, second.sibling
    return a is not None and b is not None and a[0] == b[0] and a[1] + 1 == b[1]


def _collapse(*margins: float) -> float:
    """Adjoining vertical margins as CSS collapses them: the largest positive one plus the
    most negative one."""
    return max(0.0, *margins) + min(0.0, *margins)


def _kept(
    pieces: tuple[Piece, ...],
    gone: frozenset,
    first_only: str | None = None,
    keep_gaps: bool = False,
    least: bool = False,
) -> Flow:
    """(gap before, piece, glued to the next) for each piece no dropped item owns (with
    ``least``, none inside a data-varies mark either). A gap counts only between two pieces
    that were neighbours in one fragment, unless ``keep_gaps``: then the gap before a run of
    dropped pieces stands for the run (or the one after it). A piece stays glued only to the
    piece that followed it. ``first_only`` keeps just the first piece of each item of that
    section (a title cut short may take one line)."""
    kept: Flow = []
    previous: Piece | None = None  # the piece just before this one, kept or not
    held: float | None = None  # the gap before the current run of dropped pieces
    seen: set[ItemKey] = set()
    for piece in pieces:
        near = previous is not None and previous.fragment == piece.fragment
        gap = max(0.0, piece.top - previous.bottom) if near and previous else 0.0
        drop = bool(piece.owners & gone) or (least and piece.varies is not None)
        if first_only and not drop:
            mine = {o for o in piece.owners if o[0] == first_only}
            drop = bool(mine & seen)
            seen |= mine
        if drop:
            if held is None:
                held = gap if near else None
                held = held if held is not None else -1.0
            if kept and kept[-1][2]:
                kept[-1] = (kept[-1][0], kept[-1][1], False)
        elif held is not None:
            kept.append(((max(held, gap if near else 0.0) if keep_gaps else 0.0), piece, False))
            held = None
        else:
            kept.append((gap if near else 0.0, piece, False))
        if not drop:
            kept[-1] = (kept[-1][0], piece, piece.glued)
        previous = piece
    if kept and kept[-1][2]:
        kept[-1] = (kept[-1][0], kept[-1][1], False)
    return kept


def _least_column_height(flow: Flow, lead: float, columns: int) -> float:
    """A height below which ``flow`` cannot be set in ``columns`` columns: the best split
    (bisected to a fraction of a pixel), gaps at a column break counting nothing."""
    if not flow:
        return 0.0
    blocks = _blocks(flow)
    low, high = 0.0, lead + sum(g + p.bottom - p.top for g, p, _ in flow)
    for _ in range(30):
        middle = (low + high) / 2
        if _fits_columns(blocks, lead, columns, middle):
            high = middle
        else:
            low = middle
    return low


def _blocks(flow: Flow) -> list[tuple[float, list[tuple[float, float]]]]:
    """The flow as runs that no break may split: (gap before the run, [(gap, size)] of its
    pieces)."""
    blocks: list[tuple[float, list[tuple[float, float]]]] = []
    joined = False
    for gap, piece, glued in flow:
        size = piece.bottom - piece.top
        if joined:
            blocks[-1][1].append((gap, size))
        else:
            blocks.append((gap, [(0.0, size)]))
        joined = glued
    return blocks


def _fits_columns(
    blocks: list[tuple[float, list[tuple[float, float]]]], lead: float, columns: int, height: float
) -> bool:
    """Whether the runs fit ``columns`` columns of ``height``, filled in order as far as each
    goes (which no other split beats): a run moves whole to the next column, unless it is
    taller than a column, when it may be split anywhere."""
    used, column = lead, 1
    if used > height:
        return False
    for gap, parts in blocks:
        size = sum(g + s for g, s in parts)
        if used + gap + size <= height:
            used += gap + size
            continue
        if size <= height:
            column, used = column + 1, size
        else:
            rest = size - max(0.0, height - used - gap)
            while rest > height:
                column, rest = column + 1, rest - height
            column, used = column + 1, rest
        if column > columns:
            return False
    return True
