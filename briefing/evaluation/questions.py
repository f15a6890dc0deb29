"""Scoring of open questions on gold rows of one article or a set of articles.

Row format (tests/data/questions/*.jsonl): ``documents`` (``id``, ``text``, ``published``)
and ``questions``: explicit/unresolved/uncertain items carry one span (``doc``, ``start``,
``end``, ``text``, ``speaker``); contested items carry ``sides``, one span per speaker.

The documents of a row are analysed and assembled together, as ``briefing build`` would, so
a claim in one article can be contested in another. A predicted item matches a gold item of
its kind when its evidence overlaps the gold span (one-to-one, in order). A contested item
counts only when its evidence overlaps both sides: a claim without the reply that disputes it
does not show the reader a dispute. ``contested (one side)`` is reported for diagnosis.
Explicit questions also get ``speaker`` accuracy on matches (who asks, or nobody), and each
way of finding a question (``found by WAY``) its precision.
"""

from __future__ import annotations

from typing import get_args

from briefing.evaluation import Counts, Scores
from briefing.extract import analyse
from briefing.model import Document, Evidence, Extraction, Question, QuestionKind

KINDS: tuple[QuestionKind, ...] = get_args(QuestionKind)


def extraction_of(row: dict, nlp) -> Extraction:
    """Analyse and assemble the documents of one gold row."""
    from briefing.assemble import assemble

    documents = [
        Document(
            id=str(d["id"]),
            path=str(d["id"]),
            title=d.get("title", ""),
            text=d["text"],
            published=d.get("published"),
        )
        for d in row["documents"]
    ]
    return assemble([analyse(nlp, d) for d in documents], "rules")


def _covers(evidence: tuple[Evidence, ...], span: dict) -> bool:
    return any(
        e.doc == span["doc"] and e.start < span["end"] and span["start"] < e.end for e in evidence
    )


def _same_speaker(predicted: str | None, gold: str | None) -> bool:
    if not predicted or not gold:
        return not predicted and not gold
    return bool({w.lower() for w in predicted.split()} & {w.lower() for w in gold.split()})


def _match(predicted: list[Question], gold: list[dict], sides: int) -> list[tuple[int, int]]:
    """One-to-one pairs (predicted index, gold index) whose evidence covers ``sides`` spans."""
    pairs, used = [], set()
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            spans = g.get("sides", [g])
            if j not in used and sum(_covers(p.evidence, s) for s in spans) >= min(
                sides, len(spans)
            ):
                pairs.append((i, j))
                used.add(j)
                break
    return pairs


def evaluate(rows: list[dict], nlp) -> Scores:
    counts = {kind: Counts() for kind in KINDS}
    one_side = Counts()
    speakers = Counts()
    ways: dict[str, list[int]] = {}  # found_by -> [right, predicted]
    for row in rows:
        found = extraction_of(row, nlp).questions
        for kind in KINDS:
            predicted = [q for q in found if q.kind == kind]
            gold = [g for g in row["questions"] if g["kind"] == kind]
            pairs = _match(predicted, gold, sides=2)
            counts[kind].add(len(pairs), len(predicted), len(gold))
            matched = {i for i, _ in pairs}
            for i, question in enumerate(predicted):
                tally = ways.setdefault(question.found_by or "unknown", [0, 0])
                tally[0] += i in matched
                tally[1] += 1
            if kind == "contested":
                one_side.add(len(_match(predicted, gold, sides=1)), len(predicted), len(gold))
            if kind == "explicit":
                right = sum(
                    _same_speaker(predicted[i].asked_by, gold[j]["speaker"]) for i, j in pairs
                )
                speakers.add(right, len(pairs), len(pairs))
    scores: Scores = {kind: counts[kind].scores() for kind in KINDS}
    scores["contested (one side)"] = one_side.scores()
    scores["explicit speaker"] = {
        "accuracy": speakers.scores()["precision"],
        "matched": speakers.gold,
    }
    # Precision per way of finding a question (Question.found_by): the measure behind the
    # ways the brief shows (rules/question_ways.json).
    for way in sorted(ways):
        right, predicted = ways[way]
        scores[f"found by {way}"] = {
            "precision": round(right / predicted, 4) if predicted else 0.0,
            "predicted": predicted,
        }
    return scores
