"""One actor per real-world entity across all documents, ranked by salience.

Persons merge when one name's words are contained in another's ("Trump" into "Donald
Trump"); organisations and places merge by canonical name ("EU" = "European Union",
"U.S." = "United States"). Stand-ins such as "the Kremlin" stay their own actor, linked to
their country through ``affiliation``.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .. import gazetteers as gz
from ..model import Actor, Evidence, NameMention, Quote

if TYPE_CHECKING:
    from ..analyse import Findings

Resolver = Callable[[str, int, int], "str | None"]


def canonical(mention: NameMention) -> str:
    """The name mentions of one non-person entity share."""
    text = mention.text.removeprefix("the ").removeprefix("The ")
    if mention.kind == "group":
        return text.lower()
    known = gz.known_orgs().get(text)
    if known:
        return known.canonical
    return gz.countries().get(text, text)


def merge_actors(findings: Sequence[Findings]) -> tuple[list[Actor], Resolver]:
    """Cluster the mentions of every document into actors; return them and a span resolver."""
    mentions = [m for f in findings for m in f.mentions]
    clusters = _person_clusters([m for m in mentions if m.kind == "person"])
    others: dict[tuple[str, str], list[NameMention]] = defaultdict(list)
    for m in mentions:
        if m.kind != "person":
            others[(m.kind, canonical(m))].append(m)
    groups = list(clusters.values()) + list(others.values())
    groups.sort(key=lambda ms: (ms[0].doc, ms[0].start))
    actors = [_actor(f"a{i}", ms) for i, ms in enumerate(groups, start=1)]
    return actors, _resolver(actors)


def _person_clusters(persons: list[NameMention]) -> dict[str, list[NameMention]]:
    """Key each person mention by the fullest name whose words contain its words."""
    names = sorted({m.text for m in persons}, key=lambda n: -len(n.split()))
    full: dict[str, str] = {}
    for name in names:
        words = set(name.replace("’s", "").split())
        target = next((f for f in full.values() if words <= set(f.split())), None)
        full[name] = target or name
    clusters: dict[str, list[NameMention]] = defaultdict(list)
    for m in persons:
        clusters[full[m.text]].append(m)
    return clusters


def _actor(actor_id: str, mentions: list[NameMention]) -> Actor:
    kind = mentions[0].kind
    name = canonical(mentions[0]) if kind != "person" else max((m.text for m in mentions), key=len)
    if kind == "group":
        name = max((m.text for m in mentions), key=len)
    aliases = sorted({m.text for m in mentions} - {name})
    return Actor(
        id=actor_id,
        name=name,
        kind=kind,
        role=_most_common(m.role for m in mentions),
        affiliation=_most_common(m.affiliation for m in mentions),
        aliases=tuple(aliases),
        mentions=tuple(Evidence(m.doc, m.start, m.end, m.text) for m in mentions),
    )


def _most_common(values) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    best = max(counts.values())
    return max((v for v, c in counts.items() if c == best), key=len)


def _resolver(actors: list[Actor]) -> Resolver:
    by_doc: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for actor in actors:
        for m in actor.mentions:
            by_doc[m.doc].append((m.start, m.end, actor.id))

    def resolve(doc: str, start: int, end: int) -> str | None:
        """The actor having a mention that overlaps [start, end) in ``doc``."""
        for s, e, actor_id in by_doc.get(doc, ()):
            if s < end and start < e:
                return actor_id
        return None

    return resolve


# Salience weights, in one place: what a reader of a brief needs first.
W_MENTIONS = 1.0  # log of how often the actor is named
W_DOCUMENTS = 0.75  # each further article that names it
W_HEADLINE = 1.5  # named in a headline
W_LEAD = 0.75  # named in an article's first 300 characters after the headline
W_QUOTED = 1.5  # log of how many statements are attributed to it
W_PERSON = 0.5  # people and organisations act; places are mostly settings
KIND_WEIGHT = {"person": 1.0, "organization": 0.8, "group": 0.5, "place": 0.3}


def salience_score(actor: Actor, quotes: Sequence[Quote], findings: Sequence[Findings]) -> float:
    """Raw salience of one actor (see the weights above); ``rank_actors`` scales it to 0..1."""
    documents = {f.document.id: f.document for f in findings}
    docs = {m.doc for m in actor.mentions}
    headline = any(m.start < len(documents[m.doc].title) + 2 for m in actor.mentions)
    lead = any(
        len(documents[m.doc].title) < m.start < len(documents[m.doc].title) + 300
        for m in actor.mentions
    )
    quoted = sum(1 for q in quotes if q.speaker == actor.id)
    score = W_MENTIONS * math.log1p(len(actor.mentions)) + W_DOCUMENTS * (len(docs) - 1)
    score += W_HEADLINE * headline + W_LEAD * lead + W_QUOTED * math.log1p(quoted)
    return score * KIND_WEIGHT.get(actor.kind, 0.5)


def rank_actors(
    actors: Sequence[Actor], quotes: Sequence[Quote], findings: Sequence[Findings]
) -> list[Actor]:
    """Actors with ``salience`` in 0..1 (the top actor is 1), most salient first."""
    scores = {a.id: salience_score(a, quotes, findings) for a in actors}
    top = max(scores.values(), default=0) or 1.0
    ranked = [_with_salience(a, round(scores[a.id] / top, 3)) for a in actors]
    return sorted(ranked, key=lambda a: (-a.salience, a.id))


def _with_salience(actor: Actor, salience: float) -> Actor:
    from dataclasses import replace

    return replace(actor, salience=salience)
