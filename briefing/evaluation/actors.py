"""Scoring actors against GUM (names, coreference, salience) and re3d (role-name links).

- names: PER, ORG, LOC and ORG+LOC mention P/R/F1, by exact span and by overlap (GUM types a
  country acting as a government as ORG, so ORG and LOC are also scored jointly);
- clustering: of gold clusters with two or more name mentions, the share whose mentions all
  map to exactly one actor (a span goes to the actor whose mention covers it best);
- roles: of re3d's IsSynonymOf links between a role phrase and a person's name, the share
  where the actor of that name carries a role sharing a content word with the phrase;
- PER-in-nominals: PER again, with predicted names that lie inside a gold person *nominal*
  ("English captain Harry Kane", "coauthor Colette Heald") and overlap no gold name left out.
  GUM annotates such a phrase as one nominal mention and lists no name in it, so the official
  PER row counts real people as false positives; this row shows how much of the gap that is.
  It is a diagnostic beside the official rows, never a replacement for them;
- key_actors: of each GUM article's key entities (named in >= 3 of 5 human summaries, at
  most 5), the share found among its five highest-ranked actors.
"""

from __future__ import annotations

from collections import defaultdict

from ..analyse import analyse
from ..assemble import assemble
from ..assemble.actors import span_resolver
from ..model import Document, Extraction, NameMention
from ..read import first_line
from . import Counts, Scores

LABELS = {"person": "PER", "organization": "ORG", "place": "LOC"}
GROUPS = {"PER": {"PER"}, "ORG+LOC": {"ORG", "LOC"}, "ORG": {"ORG"}, "LOC": {"LOC"}}
IN_NOMINALS = "PER-in-nominals"
ROLE_STOP = {"the", "of", "for", "a", "an", "and", "to", "in"}


def _run(nlp, row: dict) -> tuple[Extraction, list[NameMention]]:
    # As `read` would: the article's first line is its headline (salience counts it).
    title = first_line(row["text"])
    document = Document("d1", str(row["id"]), title, row["text"], published=row.get("date"))
    findings = analyse(nlp, document)
    return assemble([findings], "evaluate"), list(findings.mentions)


def _overlaps(a: dict, start: int, end: int) -> bool:
    return a["start"] < end and start < a["end"]


def _in_gold_nominal(row: dict, mention: NameMention) -> bool:
    """A predicted name inside a gold person nominal that holds no gold name."""
    inside = any(
        e["type"] == "person"
        and e["kind"] == "nominal"
        and e["start"] <= mention.start
        and mention.end <= e["end"]
        for e in row["entities"]
    )
    return inside and not any(_overlaps(g, mention.start, mention.end) for g in row["names"])


def _score_names(row: dict, predicted: list[NameMention], counts: dict) -> None:
    gold = row["names"]
    groups = {**GROUPS, IN_NOMINALS: {"PER"}} if "entities" in row else GROUPS
    for group, labels in groups.items():
        gold_g = [g for g in gold if g["type"] in labels]
        pred_g = [p for p in predicted if LABELS.get(p.kind) in labels]
        if group == IN_NOMINALS:
            pred_g = [p for p in pred_g if not _in_gold_nominal(row, p)]
        exact = {(g["start"], g["end"]) for g in gold_g}
        tp_exact = sum((p.start, p.end) in exact for p in pred_g)
        used: set[int] = set()
        tp_overlap = 0
        for p in pred_g:
            hit = next(
                (i for i, g in enumerate(gold_g) if i not in used and _overlaps(g, p.start, p.end)),
                None,
            )
            if hit is not None:
                used.add(hit)
                tp_overlap += 1
        counts[group]["exact"].add(tp_exact, len(pred_g), len(gold_g))
        counts[group]["overlap"].add(tp_overlap, len(pred_g), len(gold_g))


def _actor_at(extraction: Extraction, start: int, end: int) -> str | None:
    """The actor the brief gives this gold span to: the one whose mention covers it best, as
    the speaker resolver decides (a gold "LA" inside "LA Weekly" is the city's if the city
    has a mention there, the newspaper's otherwise)."""
    docs = {m.doc for a in extraction.actors for m in a.mentions}
    return span_resolver(extraction.actors)(next(iter(docs), "d1"), start, end)


def _clusters(row: dict, extraction: Extraction) -> tuple[int, int]:
    by_cluster: dict[str, list[dict]] = defaultdict(list)
    for name in row["names"]:
        by_cluster[name["cluster"]].append(name)
    multi = [names for names in by_cluster.values() if len(names) >= 2]
    right = 0
    for names in multi:
        ids = {_actor_at(extraction, n["start"], n["end"]) for n in names}
        right += len(ids) == 1 and None not in ids
    return right, len(multi)


def _key_actors(row: dict, extraction: Extraction) -> tuple[int, int]:
    scores = {c: int(str(v)[0]) for c, v in row.get("salient_entities", {}).items()}
    key = sorted((c for c, s in scores.items() if s >= 3), key=lambda c: -scores[c])[:5]
    top = extraction.actors[:5]
    found = 0
    for cluster in key:
        spans = [e for e in row["entities"] if e["cluster"] == cluster]
        found += any(_overlaps(e, m.start, m.end) for e in spans for a in top for m in a.mentions)
    return found, len(key)


def _roles(row: dict, extraction: Extraction) -> tuple[int, int]:
    right = total = 0
    persons = {(e["start"], e["end"]) for e in row["entities"] if e["type"] == "person"}
    for relation in row.get("relations", []):
        if relation["type"] != "IsSynonymOf":
            continue
        a, b = relation["source"], relation["target"]
        if (a["start"], a["end"]) not in persons or (b["start"], b["end"]) not in persons:
            continue
        role, name = (
            (a, b) if a["text"][:1].islower() or len(a["text"]) > len(b["text"]) else (b, a)
        )
        if not any(w[:1].isupper() for w in name["text"].split()[1:2]) and " " not in name["text"]:
            role, name = name, role
        total += 1
        actor_id = _actor_at(extraction, name["start"], name["end"])
        actor = next((x for x in extraction.actors if x.id == actor_id), None)
        words = {w.lower() for w in role["text"].split()} - ROLE_STOP
        predicted = {w.lower() for w in (actor.role or "").split()} - ROLE_STOP if actor else set()
        right += bool(words & predicted)
    return right, total


def evaluate(rows: list[dict], nlp) -> Scores:
    counts = {g: {"exact": Counts(), "overlap": Counts()} for g in [*GROUPS, IN_NOMINALS]}
    clusters, key, roles = Counts(), Counts(), Counts()
    for row in rows:
        extraction, mentions = _run(nlp, row)
        mentions = [m for m in mentions if m.kind in LABELS]
        if "names" in row:
            _score_names(row, mentions, counts)
            right, total = _clusters(row, extraction)
            clusters.add(right, total, total)
            found, total = _key_actors(row, extraction)
            key.add(found, total, total)
        if "relations" in row:
            right, total = _roles(row, extraction)
            roles.add(right, total, total)
    scores: Scores = {}
    for group, kinds in counts.items():
        if not kinds["exact"].gold:
            continue
        exact, overlap = kinds["exact"].scores(), kinds["overlap"].scores()
        scores[group] = {
            "exact_p": exact["precision"],
            "exact_r": exact["recall"],
            "exact_f1": exact["f1"],
            "overlap_p": overlap["precision"],
            "overlap_r": overlap["recall"],
            "overlap_f1": overlap["f1"],
            "gold": exact["gold"],
        }
    if clusters.gold:
        scores["clustering"] = {"accuracy": clusters.scores()["precision"], "gold": clusters.gold}
    if roles.gold:
        scores["roles"] = {"accuracy": roles.scores()["precision"], "gold": roles.gold}
    if key.gold:
        scores["key_actors"] = {"coverage": key.scores()["precision"], "gold": key.gold}
    return scores
