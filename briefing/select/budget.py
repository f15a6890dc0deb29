"""The page budget: what to drop, and in what order, so the brief fits one printed page.

This is a selection decision, not a rendering one, so it lives here and not in render/pdf.py:
the lowest-ranked items go first (across sections, in the order of ``drop_order``), each
section keeps a minimum (the audience profile's ``[budget.keep]``), the lead sections go last,
and the brief says how many items were left out. Text is never shrunk; only a title longer
than any headline is cut short (with "…"), and the list of sources is shortened, first of
all, to the first SOURCES_KEEP when that makes the page fit (the brief then says how many
more sources the full brief lists): without that, some fifty articles' sources, or one
title of 160 KB, filled the page whatever else went.

Only the layout can tell whether a candidate fits, so ``build.fit_pdf`` runs the loop: it asks
``DropSearch`` which number of drops to try next, has render/pdf.py lay out that candidate and
count its pages, and reports back, until the smallest number that fits is found. The search
starts from ``first_guess``, the layout's own estimate of how much spilled over, so a typical
brief costs three or four renders rather than a bisection's six or more.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Mapping
from dataclasses import replace

from briefing.brief import BriefContext

# Sections whose surplus goes first, in turn; the lead sections go last. How many items each
# keeps before anything of the next tier goes is the audience's (settings/audience.py).
TIERS = ("quotes", "actors", "questions", "events", "expected_questions", "decisions")
LEAD = ("key_points", "lines", "bottom_line")
# Every list section of the context, each in one of the two; the audience decides which are
# shown.
SECTIONS = (*TIERS, *LEAD)
# Everything of the context a template lists item by item (data-item), sources included.
SHOWN = (*SECTIONS, "sources")
# The sources the PDF lists before any item goes; those beyond go first, highest number
# first, the rest only when every section is down to its last item.
SOURCES_KEEP = 5
# Titles no headline reaches: longer ones are cut to this many characters before anything
# else goes (the brief's own title, then each source's).
TITLE_LIMIT = 160
SOURCE_TITLE_LIMIT = 120


def drop_order(context: BriefContext, keep: Mapping[str, int]) -> list[tuple[str, int]]:
    """(section, index) pairs, the first to drop first: an overlong title cut short
    (("title", 0), ("source_titles", 0)), the sources beyond SOURCES_KEEP, surplus items from
    the bottom of each section in turn, then the lead sections' surplus, then the remaining
    sources, then the protected minimum (``keep``, one item for a section it does not name),
    bottom line last."""
    order: list[tuple[str, int]] = []
    if len(context.title) > TITLE_LIMIT:
        order.append(("title", 0))
    listed = len(context.sources) if "sources" in context.sections else 0
    if any(len(s.title) > SOURCE_TITLE_LIMIT for s in context.sources[:listed]):
        order.append(("source_titles", 0))
    kept_sources = min(SOURCES_KEEP, listed)
    order += [("sources", i) for i in range(listed - 1, kept_sources - 1, -1)]
    lengths = {s: len(getattr(context, s)) for s in SECTIONS}
    floor = {s: min(keep.get(s, 1), lengths[s]) for s in SECTIONS}
    surplus = {s: list(range(lengths[s] - 1, floor[s] - 1, -1)) for s in SECTIONS}
    while any(surplus[s] for s in TIERS):
        for section in TIERS:
            if surplus[section]:
                order.append((section, surplus[section].pop(0)))
    for section in LEAD:
        order += [(section, i) for i in surplus[section]]
    order += [("sources", i) for i in range(kept_sources - 1, -1, -1)]
    for section in (*TIERS, *LEAD):
        order += [(section, i) for i in range(floor[section] - 1, -1, -1)]
    return order


def without(context: BriefContext, drops: list[tuple[str, int]]) -> BriefContext:
    """The context with the given items removed (``omitted`` counting them, and
    ``sources_omitted`` the sources) and the titles named in ``drops`` cut short."""
    changes: dict[str, tuple] = {}
    for section in (*SECTIONS, "sources"):
        gone = {i for s, i in drops if s == section}
        items = getattr(context, section)
        changes[section] = tuple(x for i, x in enumerate(items) if i not in gone)
    if ("source_titles", 0) in drops:
        changes["sources"] = tuple(
            replace(s, title=cut(s.title, SOURCE_TITLE_LIMIT)) for s in changes["sources"]
        )
    title = cut(context.title, TITLE_LIMIT) if ("title", 0) in drops else context.title
    return replace(
        context,
        title=title,
        omitted=sum(1 for s, _ in drops if s in SECTIONS),
        sources_omitted=len(context.sources) - len(changes["sources"]),
        **changes,
    )


# Drops that change only what follows the columns (the list of sources at the foot of the
# page), so the columns of a candidate that makes only these are those of the full brief.
BELOW_COLUMNS = frozenset({"source_titles", "sources"})


def below_columns(order: list[tuple[str, int]]) -> int:
    """How many of the first drops in ``order`` change only the list of sources: every
    candidate up to that count has the full brief's columns (build.fit_pdf lays those out
    once, not once per candidate)."""
    count = 0
    while count < len(order) and order[count][0] in BELOW_COLUMNS:
        count += 1
    return count


def cut(text: str, limit: int) -> str:
    """``text`` in at most ``limit`` characters: cut at the last space before the limit (or
    at the limit, when no space is near), with "…" at the end."""
    if len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = head.rfind(" ")
    if space > limit // 2:
        head = head[:space]
    return head.rstrip(" ,;:.-–—") + "…"


def first_guess(
    context: BriefContext, order: list[tuple[str, int]], spilled: int | None, overflow: float
) -> int:
    """How many items to drop first, from the overflowing layout: the marked items it pushed
    past page one or, for a template that marks none (``spilled`` None), the share of the
    content beyond the page (``overflow``) applied to every item."""
    if spilled is None:
        items = sum(len(getattr(context, s)) for s in SECTIONS)
        items += len(context.sources) if "sources" in context.sections else 0
        spilled = round(overflow * items)
    return min(len(order), max(1, spilled))


class DropSearch:
    """The smallest number of drops in 1..limit whose render fits, searched from a guess.

    The caller renders ``candidate`` and calls ``tell`` with whether it fitted, until
    ``candidate`` is None; ``smallest`` is then the answer (``limit`` when nothing fitted).
    ``ahead``, when given, names the count to try after one that did not fit (a count above
    it, estimated from that render), in place of galloping up from the guess.
    """

    def __init__(
        self, guess: int, limit: int, ahead: Callable[[int], int | None] | None = None
    ) -> None:
        self._steps = _search(guess, limit, ahead or (lambda count: None))
        self.candidate: int | None = next(self._steps)
        self.smallest = limit

    def tell(self, fits: bool) -> None:
        """Record whether ``candidate`` fitted and move on to the next one to try."""
        try:
            self.candidate = self._steps.send(fits)
        except StopIteration as done:
            self.candidate, self.smallest = None, done.value


def _search(
    guess: int, limit: int, ahead: Callable[[int], int | None]
) -> Generator[int, bool, int]:
    """Yield the counts to try (each is sent back whether it fits); return the smallest that
    fits. From a guess that fits, gallop downwards; from one that does not, upwards (to the
    count ``ahead`` names, when it names one, and down from there when that fits); then
    bisect the last gap. (A guess far too high, as when dozens of sources spill over with
    the items, used to cost one layout per step back down.)"""
    if (yield guess):
        return (yield from _down(1, guess))
    low, high = guess + 1, limit
    step = 1
    while low < high:
        estimate = ahead(low - 1)
        probe = min(high, max(low, guess + step if estimate is None else estimate))
        if (yield probe):
            if estimate is not None:
                return (yield from _down(low, probe))
            high = probe
        else:
            low = probe + 1
        step *= 2
        if probe == high:
            break
    return (yield from _bisect(low, high))


def _down(floor: int, high: int) -> Generator[int, bool, int]:
    """The smallest count in [floor, high] that fits, ``high`` being known to fit: gallop
    down from it, then bisect."""
    low, step = floor, 1
    while high > floor:
        probe = max(floor, high - step)
        if not (yield probe):
            low = probe + 1
            break
        high, step = probe, step * 2
    return (yield from _bisect(low, high))


def _bisect(low: int, high: int) -> Generator[int, bool, int]:
    """The smallest count in [low, high] that fits, ``high`` being known to fit."""
    while low < high:
        middle = (low + high) // 2
        if (yield middle):
            high = middle
        else:
            low = middle + 1
    return high
