"""One document's name mentions, indexed for the questions the speaker finder asks of them.

Speakers are looked for once per reporting cue, and each look used to scan every mention of
the document: which lie inside a phrase, which cover a position, and, to resolve a pronoun
or a role phrase, every mention before it (for 'she', every person before it again per
person). On a long article that was quadratic, and worse. Here positions are answered by
bisection (nlp.doc.BySpan), and what came before a position by a summary per distinct
mention (kind, text, role, affiliation): mentions that agree in all four are treated alike
by every rule that resolves a pronoun or a role phrase, so those rules need, of each such
group, only its latest mention, its count and where its members start, as of that
position. A summary is as long as the number of distinct mentions, not of mentions.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from briefing.model import NameMention
from briefing.nlp.doc import BySpan


@dataclass(frozen=True)
class Seen:
    """The mentions of one group that end by a position: ``mention`` ends last (the first of
    them in the document's order on a tie), ``latest`` comes last in the document's order,
    ``first_index`` is where the first of them stands in it; ``count`` of them, the last
    starting at ``last_start``."""

    mention: NameMention
    index: int
    latest: NameMention
    latest_index: int
    first_index: int
    count: int
    last_start: int


class _Group:
    """The members of one group, ordered by end (then by their order in the document), with
    running maxima and minima so that any prefix is summarised by bisection."""

    def __init__(self, members: list[tuple[int, NameMention]]) -> None:
        members.sort(key=lambda item: (item[1].end, item[0]))
        self.members = members
        self.ends = [m.end for _, m in members]
        self.latest: list[int] = []  # position (in members) of the highest document index
        self.first: list[int] = []  # lowest document index so far
        self.last_start: list[int] = []
        for position, (index, mention) in enumerate(members):
            prior = position - 1
            later = prior < 0 or index > members[self.latest[prior]][0]
            self.latest.append(position if later else self.latest[prior])
            self.first.append(index if prior < 0 else min(index, self.first[prior]))
            start = mention.start if prior < 0 else max(mention.start, self.last_start[prior])
            self.last_start.append(start)

    def seen(self, until: int) -> Seen | None:
        count = bisect_right(self.ends, until)
        if count == 0:
            return None
        index, mention = self.members[bisect_left(self.ends, self.ends[count - 1])]
        latest_index, latest = self.members[self.latest[count - 1]]
        return Seen(
            mention,
            index,
            latest,
            latest_index,
            self.first[count - 1],
            count,
            self.last_start[count - 1],
        )


class MentionIndex:
    """The name mentions of one document (in the document's order), indexed by position."""

    def __init__(self, mentions: Sequence[NameMention]) -> None:
        self.mentions = mentions
        self.by_span = BySpan(mentions)
        self._groups: list[_Group] | None = None

    def within(self, low: int, high: int) -> list[NameMention]:
        """``[m for m in mentions if low <= m.start < high]``."""
        return self.by_span.within(low, high)

    def inside(self, low: int, high: int) -> list[NameMention]:
        """``[m for m in mentions if low <= m.start and m.end <= high]``."""
        return self.by_span.inside(low, high)

    def covering(self, position: int) -> list[NameMention]:
        """``[m for m in mentions if m.start < position < m.end]``."""
        return self.by_span.covering(position)

    def earlier(self, until: int) -> list[Seen]:
        """The mentions other than places that end by ``until``, one Seen per group, in the
        order of each group's ``mention`` in the document."""
        if self._groups is None:
            members: dict[tuple[str, str, str | None, str | None], list] = {}
            for index, m in enumerate(self.mentions):
                if m.kind != "place":
                    key = (m.kind, m.text, m.role, m.affiliation)
                    members.setdefault(key, []).append((index, m))
            self._groups = [_Group(group) for group in members.values()]
        seen = [s for s in (g.seen(until) for g in self._groups) if s is not None]
        return sorted(seen, key=lambda s: s.index)
