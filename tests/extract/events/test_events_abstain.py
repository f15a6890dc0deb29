"""What's next leaves out what is not next: hypotheses, and times that look back."""

from __future__ import annotations

from briefing.extract import analyse
from briefing.model import Document


def diary(nlp, text: str, published: str = "2025-10-26") -> list[tuple[str, str | None]]:
    document = Document("d1", "t.txt", "", text, published=published)
    return [(e.title, e.date) for e in analyse(nlp, document).events]


def test_a_hypothesis_is_not_whats_next(nlp):
    text = (
        "If the rebels break the truce, the army will launch a new offensive. "
        "Officials were clear: unless talks resume, the summit could be cancelled. "
        "Ministers will meet on November 4 in Rome."
    )
    assert diary(nlp, text) == [("Meeting in Rome", "2025-11-04")]


def test_a_time_after_since_looks_back(nlp):
    text = "The army will release 18 soldiers who have been detained since July."
    assert [date for _, date in diary(nlp, text)] == [None]  # not next July
