"""Scoring actors against GUM (names, coreference, salience) and re3d (role-name links).

- names: PER, ORG, LOC and ORG+LOC mention P/R/F1, by exact span and by overlap (GUM types a
  country acting as a government as ORG, so ORG and LOC are also scored jointly);
- clustering (the planners' rule): over gold clusters with at least two name mentions that the
  tool *found* (gave to an actor: a span goes to the actor whose mention covers it best), the
  share whose found mentions all belong to one actor. A missed mention is the names rows'
  business, not the clustering's: counting it here would charge one miss twice;
- roles: of re3d's IsSynonymOf links between a role phrase and a person's name, the share
  where the actor of that name carries a role sharing a content word with the phrase;
- PER-in-nominals: PER again, with predicted names that lie inside a gold person *nominal*
  ("English captain Harry Kane", "coauthor Colette Heald") and overlap no gold name left out.
  GUM annotates such a phrase as one nominal mention and lists no name in it, so the official
  PER row counts real people as false positives; this row shows how much of the gap that is.
  It is a diagnostic beside the official rows, never a replacement for them;
- key_actors: the README's rule for the brief, "recall of key items at the section's limit":
  an article's key entities are those named in >= 3 of 5 human summaries; the shown actors
  are the brief's actor section (``select.key_actors``, at most ``MAX_ACTORS``); a key entity
  is found when one of its spans overlaps (half of the shorter span) a mention of a shown
  actor, and an article is judged on at most ``MAX_ACTORS`` key entities, since a section of
  N items cannot show more than N.
"""

from __future__ import annotations

from collections import defaultdict

from briefing.assemble import assemble
from briefing.assemble.actors import span_resolver
from briefing.evaluation import Counts, Scores
from briefing.evaluation.conventions import overlaps_half_shorter, read_date
from briefing.extract import analyse
from briefing.model import Document, Extraction, NameMention
from briefing.read import first_line
from briefing.rules import word_list
from briefing.select.rank import MAX_ACTORS, key_actors

LABELS = {"person": "PER", "organization": "ORG", "place": "LOC"}
GROUPS = {"PER": {"PER"}, "ORG+LOC": {"ORG", "LOC"}, "ORG": {"ORG"}, "LOC": {"LOC"}}
IN_NOMINALS = "PER-in-nominals"
ROLE_STOP = frozenset(word_list("eval_role_stop_words.txt"))


def _run(nlp, row: dict) -> tuple[Extraction, list[NameMention]]:
    # As `read` would: the article's first line is its headline (salience counts it).
    title = first_line(row["text"])
    published = read_date(row.get("date"))
    document = Document("d1", str(row["id"]), title, row["text"], published=published)
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


def cluster_counts(row: dict, extraction: Extraction) -> tuple[int, int]:
    """(right, judged) gold name clusters of one article, by the planners' rule: a cluster
    is judged when the tool found at least two of its name mentions, and right when all the
    mentions it found belong to one actor."""
    by_cluster: dict[str, list[dict]] = defaultdict(list)
    for name in row["names"]:
        by_cluster[name["cluster"]].append(name)
    right = judged = 0
    for names in by_cluster.values():
        found = [_actor_at(extraction, n["start"], n["end"]) for n in names]
        found = [actor_id for actor_id in found if actor_id is not None]
        if len(found) < 2:
            continue
        judged += 1
        right += len(set(found)) == 1
    return right, judged


def key_clusters(row: dict) -> list[str]:
    """The article's key entities: named in at least 3 of the 5 human summaries (the score's
    first character; a trailing ``*`` marks the article's own summary), best first."""
    scores = {c: int(str(v)[0]) for c, v in row.get("salient_entities", {}).items()}
    return sorted((c for c, s in scores.items() if s >= 3), key=lambda c: -scores[c])


def key_coverage(row: dict, extraction: Extraction) -> tuple[int, int]:
    """(found, judged) key entities of one article in the brief's actor section, judged at
    the section's limit: an article with more key entities than the section shows is judged
    on as many as it shows, and found ones beyond that number earn nothing (one long gold
    span can overlap the mentions of several actors)."""
    key = key_clusters(row)
    shown = [(m.start, m.end) for a in key_actors(extraction) for m in a.mentions]
    judged = min(len(key), MAX_ACTORS)
    found = sum(
        any(
            overlaps_half_shorter((e["start"], e["end"]), mention)
            for e in row["entities"]
            if e["cluster"] == cluster
            for mention in shown
        )
        for cluster in key
    )
    return min(found, judged), judged


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
            right, total = cluster_counts(row, extraction)
            clusters.add(right, total, total)
            if "salient_entities" in row:
                found, total = key_coverage(row, extraction)
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
