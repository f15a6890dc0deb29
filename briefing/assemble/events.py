"""Events across documents: one item per happening, both sources kept, sorted by date.

Two events are the same when they share a date (or both lack one) and their titles share
the event noun and any place ("European summit in Brussels" reported twice), or when two
articles say the same party will do the same act on the same day or on none ("Thailand to
release the prisoners of war" in the joint declaration, "Thailand to release 18 Cambodian
soldiers" in the fact sheet). Participants are the actors named in the evidence sentences.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing.assemble.actors import Resolver
from briefing.model import Actor, Event, evolve

if TYPE_CHECKING:
    from briefing.extract import Findings

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


def _act(event: Event) -> str | None:
    """Who does what, for an item that says so ('Thailand to release ...': a commitment, or
    a diary item's headline): the party and the act's verb, lower-cased; else None."""
    said = event.headline or (event.title if event.kind == "commitment" else None)
    if not said or " to " not in said:
        return None
    party, act = said.split(" to ", 1)
    verb = act.split()[:1]
    return f"{party.lower()}|{verb[0].lower()}" if verb else None


def _deed(event: Event) -> tuple[frozenset[str], str] | None:
    """The party's words and the whole act, for an item that says who does what: 'United
    States and France to work with Israel and Lebanon' and, in another article, 'United
    States to work with Israel and Lebanon' are one act when one party's words hold the
    other's (France joins in one telling)."""
    said = event.headline or (event.title if event.kind == "commitment" else None)
    if not said or " to " not in said:
        return None
    party, act = said.split(" to ", 1)
    return frozenset(party.lower().split()), act.lower().rstrip(" .")


def _merge(a: Event, b: Event) -> Event:
    """``a`` with what ``b`` adds to the fields two events are matched by, and its status.
    Participants and evidence are gathered by the caller and joined once at the end: joined
    at every merge, an event reported a thousand times cost a million copies."""
    return evolve(
        a,
        title=max(a.title, b.title, key=len),
        date=a.date if len(a.date or "") >= len(b.date or "") else b.date,
        when=a.when or b.when,
        location=a.location or b.location,
        status=max(a.status, b.status, key=_STRENGTH.__getitem__),
    )


def merge_events(
    findings: Sequence[Findings], actors: Sequence[Actor], resolve: Resolver
) -> list[Event]:
    """Deduplicated events with actor-id participants, dated first (by date), undated last."""
    index = _mention_index(actors)
    merged: list[Event] = []
    joined: dict[int, list[Event]] = {}  # position in merged -> the events merged into it
    by_head: dict[str, list[int]] = {}
    by_act: dict[str, list[int]] = {}
    by_phrase: dict[str, list[int]] = {}
    docs: dict[int, set[str]] = {}  # position in merged -> the articles it was told in
    for event in (e for f in findings for e in f.events):
        event = evolve(event, participants=_participants(event, index))
        anchor = (event.date or "")[:10] or event.location
        told = {e.doc for e in event.evidence}
        head = f"{_head(event.title)}|{anchor}" if anchor else None
        act = _act(event)
        deed = f"{act}|{(event.date or '')[:10]}" if act else None
        twin = next((i for i in by_head.get(head or "", []) if _same(merged[i], event)), None)
        if twin is None:  # one party's same act told twice in one article: two acts of a list
            twin = next((i for i in by_act.get(deed or "", []) if not docs[i] & told), None)
        whole = _deed(event)
        phrase = f"{whole[1]}|{(event.date or '')[:10]}" if whole else None
        if twin is None and whole is not None:  # the same act, one party named more fully
            twin = next(
                (
                    i
                    for i in by_phrase.get(phrase or "", [])
                    if not docs[i] & told and _parties_nest(_deed(merged[i]), whole)
                ),
                None,
            )
        if twin is None:
            for found, key in ((by_head, head), (by_act, deed), (by_phrase, phrase)):
                if key:
                    found.setdefault(key, []).append(len(merged))
            docs[len(merged)] = told
            merged.append(event)
        else:
            merged[twin] = _merge(merged[twin], event)
            joined.setdefault(twin, []).append(event)
            docs[twin] |= told
    for i, others in joined.items():
        event = merged[i]
        participants = [p for e in (event, *others) for p in e.participants]
        merged[i] = evolve(
            event,
            participants=tuple(dict.fromkeys(participants)),
            evidence=tuple(x for e in (event, *others) for x in e.evidence),
        )
    merged.sort(key=lambda e: (e.date is None, e.date or ""))
    return [evolve(e, id=f"e{i}") for i, e in enumerate(merged, start=1)]


def _parties_nest(
    a: tuple[frozenset[str], str] | None, b: tuple[frozenset[str], str] | None
) -> bool:
    return a is not None and b is not None and (a[0] <= b[0] or b[0] <= a[0])


def _mention_index(actors: Sequence[Actor]) -> dict[str, list[tuple[int, str]]]:
    """doc -> sorted (start, actor id) of every non-place mention, for range lookups."""
    index: dict[str, list[tuple[int, str]]] = {}
    for actor in actors:
        if actor.kind == "place":
            continue
        for m in actor.mentions:
            index.setdefault(m.doc, []).append((m.start, actor.id))
    for entries in index.values():
        entries.sort()
    return index


def _participants(event: Event, index: dict[str, list[tuple[int, str]]]) -> tuple[str, ...]:
    ids = []
    for evidence in event.evidence:
        entries = index.get(evidence.doc, [])
        # Walk from the first entry in range without copying the rest of the list: a slice
        # here made every event cost the length of its article.
        for i in range(bisect_left(entries, (evidence.start, "")), len(entries)):
            start, actor_id = entries[i]
            if start >= evidence.end:
                break
            ids.append(actor_id)
    return tuple(dict.fromkeys(ids))
