"""Sentence-level scoring of upcoming events on MEANTIME-format gold rows, or on rows that
list their future sentences directly (``future_sentences``: indices into ``sentences``, the
simpler format of our own set in tests/data/eval/).

A gold sentence is positive when it holds an event mention whose ``time`` is FUTURE; a
predicted sentence is positive when one of our events has evidence that starts in it. The
dateline is left out on both sides (metadata, never an event); the title line counts, as the
gold annotates it. Our sentences can differ from the gold's (a quotation that opens a
sentence is sometimes joined to the one before): a prediction then counts for the gold
sentence it starts in only, so one finding never scores twice.
"""

from __future__ import annotations

from briefing.evaluation import Counts, Scores
from briefing.evaluation.times import _document
from briefing.extract import analyse


def evaluate(rows: list[dict], nlp) -> Scores:
    counts = Counts()
    for row in rows:
        findings = analyse(nlp, _document(row))
        dateline = tuple(row.get("dct_span") or (-1, -1))
        sentences = [tuple(s) for s in row["sentences"]]
        sentences = [s if s != dateline else (-1, -1) for s in sentences]
        gold = _gold_sentences(row, sentences)
        predicted = {
            i
            for i, (s, e) in enumerate(sentences)
            for event in findings.events
            for ev in event.evidence
            if s <= ev.start < e
        }
        counts.add(len(gold & predicted), len(predicted), len(gold))
    return {"future sentences": counts.scores()}


def _gold_sentences(row: dict, sentences: list[tuple[int, int]]) -> set[int]:
    if "future_sentences" in row:
        return {i for i in row["future_sentences"] if sentences[i] != (-1, -1)}
    return {
        i
        for i, (s, e) in enumerate(sentences)
        for ev in row["events"]
        if ev.get("time") == "FUTURE" and s <= ev["start"] < e
    }
