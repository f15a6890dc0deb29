"""The disputes search finds the actors a contrast sentence names by position, among every
actor of the batch, as the scan of every actor's mentions did."""

from __future__ import annotations

from briefing.assemble.questions import _Mentioned
from briefing.model import Actor, Evidence


def _actor(key: str, *spans: tuple[str, int, int]) -> Actor:
    mentions = tuple(Evidence(doc, start, end, "x" * (end - start)) for doc, start, end in spans)
    return Actor(id=key, name=key, kind="organization", mentions=mentions)


def test_actors_mentioned_inside_a_sentence_of_one_article():
    harbour = _actor("Harbour Board", ("a1", 10, 23), ("a2", 0, 13))
    union = _actor("Dockers' Union", ("a1", 40, 54))
    council = _actor("City Council", ("a1", 60, 72))
    index = _Mentioned({a.id: a for a in (harbour, union, council)})
    assert index.inside("a1", 10, 54) == [harbour, union]
    assert index.inside("a1", 11, 54) == [union]  # a mention must lie wholly inside
    assert index.inside("a1", 40, 71) == [union]
    assert index.inside("a2", 0, 13) == [harbour]
    assert index.inside("a3", 0, 100) == []
