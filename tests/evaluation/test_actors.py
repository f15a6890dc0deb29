"""The actors scorer on rows we write: the diagnostic row for names inside gold nominals."""

from __future__ import annotations

import pytest

from briefing.evaluation import actors
from briefing.nlp import load_pipeline

TEXT = (
    "Striker signs new deal\n\n"
    "English captain Harmon Vale scored twice on Sunday. "
    "Coach Dario Pell said the team was ready."
)


def _at(part: str, **fields) -> dict:
    start = TEXT.index(part)
    return {"start": start, "end": start + len(part), "text": part, **fields}


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline(None)[0]


def _row() -> dict:
    # As GUM does: "English captain Harmon Vale" is one nominal mention with no name inside,
    # while "Dario Pell" after a capitalised title is a name of its own.
    return {
        "id": "t1",
        "date": "2025-03-02",
        "text": TEXT,
        "entities": [
            _at("English captain Harmon Vale", type="person", kind="nominal", cluster="c1"),
            _at("Dario Pell", type="person", kind="name", cluster="c2"),
        ],
        "names": [_at("Dario Pell", type="PER", cluster="c2")],
    }


def test_names_inside_gold_nominals_are_left_out_only_in_the_diagnostic_row(nlp) -> None:
    scores = actors.evaluate([_row()], nlp)
    # Both people are found; the official row counts Harmon Vale against us.
    assert scores["PER"]["exact_p"] == pytest.approx(0.5)
    assert scores["PER"]["exact_r"] == pytest.approx(1.0)
    assert scores[actors.IN_NOMINALS]["exact_p"] == pytest.approx(1.0)
    assert scores[actors.IN_NOMINALS]["exact_r"] == pytest.approx(1.0)


def test_the_diagnostic_row_needs_gold_entities(nlp) -> None:
    row = _row()
    del row["entities"]
    assert actors.IN_NOMINALS not in actors.evaluate([row], nlp)
