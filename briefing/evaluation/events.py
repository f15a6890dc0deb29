"""Sentence-level scoring of upcoming events on MEANTIME-format gold rows.

A gold sentence is positive when it holds an event mention whose ``time`` is FUTURE; a
predicted sentence is positive when one of our events has evidence that starts in it. The
dateline is left out on both sides (metadata, never an event); the title line counts, as the
gold annotates it. Our sentences can differ from the gold's (a quotation that opens a
sentence is sometimes joined to the one before): a prediction then counts for the gold
sentence it starts in only, so one finding never scores twice.
"""

from __future__ import annotations

from ..analyse import analyse
from . import Counts, Scores
from .times import _document


def evaluate(rows: list[dict], nlp) -> Scores:
    counts = Counts()
    for row in rows:
        findings = analyse(nlp, _document(row))
        dateline = tuple(row.get("dct_span") or (-1, -1))
        sentences = [tuple(s) for s in row["sentences"]]
        sentences = [s if s != dateline else (-1, -1) for s in sentences]
        gold = {
            i
            for i, (s, e) in enumerate(sentences)
            for ev in row["events"]
            if ev.get("time") == "FUTURE" and s <= ev["start"] < e
        }
        predicted = {
            i
            for i, (s, e) in enumerate(sentences)
            for event in findings.events
            for ev in event.evidence
            if s <= ev.start < e
        }
        counts.add(len(gold & predicted), len(predicted), len(gold))
    return {"future sentences": counts.scores()}
