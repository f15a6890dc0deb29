"""TempEval-3 style scoring of time expressions on MEANTIME-format gold rows.

Relaxed match: any character overlap (one-to-one, in text order); strict: identical span.
Value accuracy: share of relaxed matches whose normalised value equals the gold value. The
dateline (``dct_span``) is left out of both sides: it is metadata, not text to extract.
"""

from __future__ import annotations

from briefing.evaluation import Counts, Scores
from briefing.evaluation.conventions import read_date
from briefing.extract import analyse
from briefing.model import Document


def _document(row: dict) -> Document:
    """The gold row as the tool reads an article. The article's date anchors every relative
    time ("on Tuesday"), so it is read as the README allows gold dates to be written
    (YYYY-MM-DD or DD-MM-YYYY) and handed on as YYYY-MM-DD; ``date`` stands in when ``dct``
    is absent or unreadable. Events are scored on the same document (events.py)."""
    return Document(
        id=str(row["id"]),
        path=str(row["id"]),
        title="",
        text=row["text"],
        published=read_date(row.get("dct")) or read_date(row.get("date")),
    )


def evaluate(rows: list[dict], nlp) -> Scores:
    relaxed, strict = Counts(), Counts()
    values = Counts()
    for row in rows:
        findings = analyse(nlp, _document(row))
        dateline = tuple(row.get("dct_span") or (-1, -1))
        gold = [
            t
            for t in row["timexes"]
            if t.get("function") != "CREATION_TIME" and (t["start"], t["end"]) != dateline
        ]
        predicted = [
            t for t in findings.times if not (t.start < dateline[1] and dateline[0] < t.end)
        ]
        used: set[int] = set()
        for p in predicted:
            match = next(
                (
                    i
                    for i, g in enumerate(gold)
                    if i not in used and g["start"] < p.end and p.start < g["end"]
                ),
                None,
            )
            if match is None:
                continue
            used.add(match)
            g = gold[match]
            relaxed.tp += 1
            strict.tp += (g["start"], g["end"]) == (p.start, p.end)
            values.add(p.value == g["value"], 1, 1)
        for counts in (relaxed, strict):
            counts.predicted += len(predicted)
            counts.gold += len(gold)
    value_scores = values.scores()
    return {
        "relaxed": relaxed.scores(),
        "strict": strict.scores(),
        "value": {"accuracy": value_scores["precision"], "matched": values.gold},
    }
