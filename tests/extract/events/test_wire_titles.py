"""What's next on wire news (issue 17, fresh samples N7 and N8): a title stays well formed once
its date is out, an event noun that is part of a phrase about something else takes no date,
a date given up or a bound is not the item's date, and a trip names a traveller whose name
holds an acronym or a particle. Every sentence here is our own."""

from __future__ import annotations

import pytest

from briefing.assemble import assemble
from briefing.extract import analyse
from briefing.model import Document
from briefing.select.rank import shown_title, upcoming


def extraction(nlp, text: str, published: str = "2026-03-02"):
    # no source and no statement title: a report, as wire news is
    return assemble([analyse(nlp, Document("d1", "d1.txt", "", text, published=published))], "r")


def shown(nlp, text: str, published: str = "2026-03-02") -> list[tuple[str | None, str]]:
    """(date, title) of every item the brief's What's next shows."""
    return [(e.date, shown_title(e)) for e in upcoming(extraction(nlp, text, published))]


def found(nlp, text: str, published: str = "2026-03-02") -> list[tuple[str | None, str, str]]:
    """(date, title, way) of every item found, shown or held back."""
    return [
        (e.date, shown_title(e), e.found_by or "") for e in extraction(nlp, text, published).events
    ]


@pytest.mark.parametrize(
    "text",
    [
        # 'An August 1 deadline' titled 'An deadline' once its date was out
        "An April 1 deadline looms after Varna became the latest partner to reach a deal.",
        # 'One meeting will take place ...' titled 'One meeting'
        "One meeting will take place at the level of senior officials in Bonn from May 4 to 8.",
    ],
)
def test_a_sentences_first_function_word_is_no_part_of_a_title(nlp, text):
    """A capitalised 'An' or 'One' opening the sentence is no name: the title is the bare
    noun, which a report's brief holds back (way 'bare')."""
    assert shown(nlp, text) == []
    titles = [title for _, title, _ in found(nlp, text)]
    assert not any(t.split()[0] in {"An", "One"} for t in titles)


def test_a_date_placed_in_its_month_leaves_the_title_with_its_modifier(nlp):
    """'in late April' goes whole: the brief dates the item April, and '... in late' was
    left as its title's end (sample N8)."""
    text = "The Lunds are scheduled to visit the White House in late April."
    assert shown(nlp, text) == [("2026-04", "Lunds to visit the White House")]


def test_a_range_between_two_dates_leaves_the_title_whole(nlp):
    """'between January 18, 2027 and February 15, 2027': the title was cut at the year's
    comma and kept 'between January 18' (sample N7)."""
    text = "The electoral agency said that the campaign period will run between April 18, 2026 and May 15, 2026."
    assert shown(nlp, text) == [("2026-04-18", "Campaign period to run")]


def test_a_title_left_on_a_dangling_word_once_its_date_is_out_is_held_back(nlp):
    """'Finance Minister will present the on February 1' (a page's own slip): without its
    date the title ends on 'the', and says nothing whole (sample N7)."""
    text = "Finance Minister Berg will present the on April 1, after Parliament meets."
    assert shown(nlp, text) == []
    assert [way for _, _, way in found(nlp, text)] == ["cut"]


def test_a_date_given_up_is_not_the_items_date(nlp):
    """'originally scheduled for 15 September': the day the meeting is no longer on
    (sample N8)."""
    text = (
        "Amid the mourning period, the central bank has decided to postpone the meeting "
        "(originally scheduled for 15 March)."
    )
    assert all(date != "2026-03-15" for date, _, _ in found(nlp, text))
    assert shown(nlp, text) == []
    kept = "The central bank will hold the meeting on 15 March."
    assert [date for date, _ in shown(nlp, kept)] == ["2026-03-15"]


def test_a_time_after_after_is_a_bound_not_the_date(nlp):
    """'will begin airing ads after Monday' was shown on that Monday (PolNeAR); 'after
    Thursday's debate' dates the debate."""
    text = "The campaign itself will also begin airing new ads in battleground states after Monday."
    assert shown(nlp, text) == []
    debate = found(nlp, "After Thursday's final debate, Berg must travel three hours to Varna.")
    assert ("2026-03-05", "Debate") in [(date, title) for date, title, _ in debate]


@pytest.mark.parametrize(
    "text",
    [
        # the primaries hold between those days, not the election (sample N7)
        "He said party primaries for the Varna election would hold between June 10 and July 1.",
        # a timeline line: the certification of the results, not the election (sample N7)
        "December 11: Certification of US election results",
        # the results are announced that day
        "The election results will be announced on Friday.",
        "The timetable for the governorship election will be published on March 9.",
    ],
)
def test_an_event_noun_in_a_phrase_about_something_else_takes_no_date(nlp, text):
    """The clause's time dates the phrase's head (primaries, certification, results, a
    timetable), not the election that completes or modifies it."""
    assert not [t for d, t, _ in found(nlp, text) if d and " to " not in t and "lection" in t]


def test_the_date_of_an_election_is_the_elections(nlp):
    text = "The commission has set March 18, 2026 as the date for the Varna by-election."
    assert [d for d, t, _ in found(nlp, text) if "lection" in t] == ["2026-03-18"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # 'US' opens the name: an acronym in capitals, not the pronoun 'us' (sample N8)
        (
            "At the invitation of President Berg, US President Dan Lund will pay a state visit "
            "to Varna from March 8 to 10.",
            "US President Dan Lund to pay a state visit to Varna",
        ),
        # a particle inside the name (sample N8)
        (
            "Crown Prince Ahmed bin Tarik is set to visit the White House next week.",
            "Crown Prince Ahmed bin Tarik to visit the White House",
        ),
    ],
)
def test_a_trip_names_its_traveller(nlp, text, title):
    assert [t for _, t in shown(nlp, text)] == [title]


def test_a_development_title_keeps_a_bound_and_drops_a_date(nlp):
    """The brief shows the date apart, so 'on Friday' goes from a development's title; a
    bound says what the date is and stays ('until February 18'); a date inside a phrase
    ('an October surprise') stays with its phrase."""
    dated = shown(nlp, "The concert will take place in Varna on March 5.")
    assert dated == [("2026-03-05", "Concert to take place in Varna")]
    bound = found(nlp, "The arrangement will continue to be in effect until April 18, 2026.")
    assert [(date, title) for date, title, _ in bound] == [
        ("2026-04-18", "Arrangement to continue to be in effect until April 18")
    ]
