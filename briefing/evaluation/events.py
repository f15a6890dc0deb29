"""Sentence-level scoring of upcoming events on MEANTIME-format gold rows.

A gold sentence is positive when it holds an event mention whose ``time`` is FUTURE; a
predicted sentence is positive when one of our events has evidence in it.
"""

from __future__ import annotations

from ..analyse import analyse
from . import Counts, Scores
from .times import _document


def evaluate(rows: list[dict], nlp) -> Scores:
    counts = Counts()
    for row in rows:
        findings = analyse(nlp, _document(row))
        sentences = [tuple(s) for s in row["sentences"]]
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
            if s <= ev.start < e or ev.start <= s < ev.end
        }
        counts.add(len(gold & predicted), len(predicted), len(gold))
    return {"future sentences": counts.scores()}
