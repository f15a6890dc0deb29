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


def lead(text: str, title: str = "Harbour vote: live") -> str | None:
    from briefing.select.wording import lead_sentence

    return lead_sentence(with_anatomy(Document("d1", "a.txt", title, f"{title}\n\n{text}")))


def test_a_live_blogs_header_time_stamps_and_rules_are_no_lead():
    """A wire live blog opens with a header that announces what follows, ends in a colon and
    runs past a short line, then time-stamped entries: the bottom line quotes the first entry's
    first sentence, not the header nor '6:01 p.m.'."""
    header = (
        "PORT ELLIS (AP) — The Latest on the harbour council's vote on the levy, the ferry "
        "strike and the mayor's race, with results from every ward expected after the polls "
        "close tonight (all times local):"
    )
    entry = "Mayor Ines Valdor has conceded the levy vote to the fishermen's list."
    for stamp in ("6:01 p.m.", "7 p.m.", "12:05 a.m. EST"):
        text = f"{header}\n\n___\n\n{stamp}\n\n{entry} She spoke at the quay.\n"
        assert lead(text) == entry
    # a paragraph that ends in a full stop is the lead, however it opens
    assert lead(f"{entry}\n\nShe spoke at the quay.\n") == entry
