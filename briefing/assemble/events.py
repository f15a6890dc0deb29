"""Events across documents: one item per happening, both sources kept, sorted by date.

Two events are the same when they share a date (or both lack one) and their titles share
the event noun and any place ("European summit in Brussels" reported twice). Participants
are the actors named in the evidence sentences.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Actor, Event
from .actors import Resolver

if TYPE_CHECKING:
    from ..analyse import Findings

_STRENGTH = {"scheduled": 2, "planned": 1, "possible": 0}


def _same(a: Event, b: Event) -> bool:
    head_a, head_b = _head(a.title), _head(b.title)
    if head_a != head_b:
        return False
    if a.date and b.date:
        return a.date[:10] == b.date[:10]
    return bool(a.location and a.location == b.location)


def _head(title: str) -> str:
    words = title.lower().split(" in ")[0].split(" to ")[0].split()
    return words[-1] if words else ""


def _merge(a: Event, b: Event) -> Event:
    return replace(
        a,
        title=max(a.title, b.title, key=len),
        date=a.date if len(a.date or "") >= len(b.date or "") else b.date,
        when=a.when or b.when,
        location=a.location or b.location,
        status=max(a.status, b.status, key=_STRENGTH.__getitem__),
        participants=tuple(dict.fromkeys(a.participants + b.participants)),
        evidence=a.evidence + b.evidence,
    )


def merge_events(
    findings: Sequence[Findings], actors: Sequence[Actor], resolve: Resolver
) -> list[Event]:
    """Deduplicated events with actor-id participants, dated first (by date), undated last."""
    merged: list[Event] = []
    for event in (e for f in findings for e in f.events):
        event = replace(event, participants=_participants(event, actors))
        twin = next((i for i, m in enumerate(merged) if _same(m, event)), None)
        if twin is None:
            merged.append(event)
        else:
            merged[twin] = _merge(merged[twin], event)
    merged.sort(key=lambda e: (e.date is None, e.date or ""))
    return [replace(e, id=f"e{i}") for i, e in enumerate(merged, start=1)]


def _participants(event: Event, actors: Sequence[Actor]) -> tuple[str, ...]:
    ids = []
    for evidence in event.evidence:
        for actor in actors:
            if actor.kind == "place":
                continue
            if any(
                m.doc == evidence.doc and evidence.start <= m.start < evidence.end
                for m in actor.mentions
            ):
                ids.append(actor.id)
    return tuple(dict.fromkeys(ids))
