"""The brief's title: the story's first report, whatever the order of the files."""

from __future__ import annotations

from briefing.model import Document, Extraction
from briefing.select import _title

FIRST = Document(
    "d1",
    "a.txt",
    "Harbour talks stall as Velsa rejects levy",
    "Harbour talks stalled.",
    published="2025-10-14",
)
FOLLOW_UP = Document(
    "d2",
    "b.txt",
    "Minister defends harbour levy",
    "The minister defended the levy on Tuesday.",
    published="2025-10-15",
)
SAME_DAY = Document(
    "d3",
    "c.txt",
    "Levy vote set for Friday",
    "Harbour talks stalled over the levy vote.",
    published="2025-10-14",
)


def extraction(*documents: Document) -> Extraction:
    return Extraction(pipeline="rules", documents=documents)


def test_the_first_report_titles_the_brief_in_any_file_order():
    assert _title(extraction(FIRST, FOLLOW_UP)) == FIRST.title
    assert _title(extraction(FOLLOW_UP, FIRST)) == FIRST.title


def test_on_the_same_day_the_headline_the_other_articles_share_wins():
    # 'harbour', 'talks', 'stall(ed)' ... of FIRST's headline; SAME_DAY's 'vote', 'friday'
    # are not in FIRST's text
    assert _title(extraction(SAME_DAY, FIRST)) == FIRST.title
    assert _title(extraction(FIRST, SAME_DAY)) == FIRST.title


def test_no_headline_gives_a_plain_title():
    assert _title(extraction(Document("d1", "a.txt", "", "Text."))) == "Brief"
