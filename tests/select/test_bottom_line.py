"""The bottom line's 'Next:' point: only what begins after the day of the article."""

from __future__ import annotations

from briefing.model import Document, Event, Evidence, Extraction
from briefing.read.anatomy import with_anatomy
from briefing.select.rank import bottom_line

TEXT = "Deal reached\n\nThe deal was reached today. The ceasefire takes effect tomorrow."


def event(event_id: str, title: str, date: str) -> Event:
    return Event(event_id, title, date=date, evidence=(Evidence("d1", 14, 40, TEXT[14:40]),))


def next_points(*events: Event) -> list[str]:
    document = with_anatomy(Document("d1", "a.txt", "Deal reached", TEXT, published="2024-11-26"))
    extraction = Extraction(pipeline="rules", documents=(document,), events=events)
    return [p.text for p in bottom_line(extraction, {"d1": 1}) if p.text.startswith("Next:")]


def test_an_event_of_the_articles_own_day_is_the_news_not_what_comes_next():
    assert next_points(event("e1", "Deal", "2024-11-26")) == []


def test_the_first_event_after_the_articles_day_is_next():
    points = next_points(event("e1", "Deal", "2024-11-26"), event("e2", "Ceasefire", "2024-11-27"))
    assert points == ["Next: Ceasefire, 27 November 2024."]
