"""MentionIndex.earlier: what came before a position, one entry per distinct mention (kind,
text, role, affiliation), checked against a scan of every mention on random mentions that
repeat, nest and overlap."""

from __future__ import annotations

import random

import pytest

from briefing.extract.actors.antecedents import MentionIndex
from briefing.model import NameMention

KINDS = ["person", "organization", "group", "place"]
TEXTS = ["Anna Berg", "Berg", "Harbour Board", "the board", "officials"]


def _mentions(rng: random.Random) -> list[NameMention]:
    found = []
    for _ in range(rng.randint(0, 40)):
        start = rng.randint(0, 200)
        end = start + rng.randint(1, 12)
        text = rng.choice(TEXTS)
        role = rng.choice([None, "minister"])
        found.append(NameMention("d1", start, end, text, rng.choice(KINDS), role, None))
    return sorted(found, key=lambda m: m.start)


@pytest.mark.parametrize("seed", range(25))
def test_earlier_summarises_every_group_as_a_scan_does(seed):
    rng = random.Random(seed)
    mentions = _mentions(rng)
    index = MentionIndex(mentions)
    for until in range(0, 220, 7):
        before = [(i, m) for i, m in enumerate(mentions) if m.end <= until and m.kind != "place"]
        groups: dict[tuple, list[tuple[int, NameMention]]] = {}
        for i, m in before:
            groups.setdefault((m.kind, m.text, m.role, m.affiliation), []).append((i, m))
        expected = []
        for members in groups.values():
            last_end = max(m.end for _, m in members)
            index_of, mention = min((i, m) for i, m in members if m.end == last_end)
            latest = max(members, key=lambda item: item[0])
            expected.append(
                (
                    index_of,
                    mention,
                    latest[1],
                    min(i for i, _ in members),
                    len(members),
                    max(m.start for _, m in members),
                )
            )
        got = [
            (s.index, s.mention, s.latest, s.first_index, s.count, s.last_start)
            for s in index.earlier(until)
        ]
        assert got == sorted(expected, key=lambda e: e[0])
