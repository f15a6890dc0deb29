"""What's next in reports: guesses at outcomes, quotes' own times, embedded posts and a
verb's own date are no diary items or dates (issue 17)."""

from __future__ import annotations

from briefing.extract import analyse
from briefing.model import Document, Event


def items(nlp, text: str, published: str = "2016-02-10") -> list[Event]:
    # no source and no statement title: a report, not a text an office issued
    return analyse(nlp, Document("d1", "t.txt", "", text, published=published)).events


def test_a_dated_outcome_is_a_forecast(nlp):
    text = "Clinton is expected to win the primary in Nevada on Saturday."
    assert [e.found_by for e in items(nlp, text)] == ["forecast"]


def test_a_dated_guess_at_an_act_is_a_forecast_but_a_guessed_vote_stays(nlp):
    guessed = items(nlp, "Polls show the senator will probably endorse Smith on Saturday.")
    assert {e.found_by for e in guessed} <= {"forecast"}
    vote = items(nlp, "The council will most likely vote on the measures on Monday.")
    assert [(e.found_by, e.date) for e in vote] == [("dated", "2016-02-15")]


def test_a_quotes_own_tomorrow_dates_nothing_in_a_report(nlp):
    quoted = items(nlp, "“The committee will hold a hearing next week,” Smith said.")
    assert [e.date for e in quoted] == [None]
    reported = items(nlp, "Smith said the committee will hold a hearing next week.")
    assert [e.date for e in reported] == ["2016-W07"]
    dated = items(nlp, "“The committee will hold a hearing on March 3,” Smith said.")
    assert [e.date for e in dated] == ["2016-03-03"]


def test_an_embedded_post_yields_no_item(nlp):
    post = '<tweet author="@someone" datetime="2016-07-23">The council will meet on Friday.</tweet>'
    assert items(nlp, post) == ()
    linked = "The council will meet on Friday pic.twitter.com/abc123"
    assert items(nlp, linked) == ()
    plain = items(nlp, "The council will meet on Friday.")
    assert [e.date for e in plain] == ["2016-02-12"]


def test_a_verbs_date_is_the_one_after_it(nlp):
    text = (
        "While the next contest is in Nevada on Feb. 20, "
        "voters in South Carolina will vote on Feb. 27."
    )
    assert [e.date for e in items(nlp, text)] == ["2016-02-27"]


def test_the_day_of_a_speech_dates_the_saying_not_the_development(nlp):
    """'During his speech on Wednesday, Berg said the levy would rise': Wednesday is when he
    spoke; the rise has no date (and, undated in a report, is held back)."""
    for text in (
        "During his speech on Wednesday, Finance Minister Tom Berg said the levy would rise.",
        "The levy would rise, Finance Minister Tom Berg said on Wednesday.",
    ):
        assert [(e.found_by, e.date) for e in items(nlp, text)] == [("narrated", None)]
    dated = items(
        nlp, "On Wednesday, Finance Minister Tom Berg said the levy would rise on Friday."
    )
    assert [(e.found_by, e.date) for e in dated] == [("development", "2016-02-12")]
