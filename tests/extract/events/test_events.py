"""Future detection and outlook items on sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.extract import analyse
from briefing.extract.events.future import future_cue, is_future_date, period_end, period_start
from briefing.model import Document, TimeExpression

REFERENCE = dt.date(2025, 2, 25)


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ("The ministry will publish the figures.", "modal"),
        ("Prices could rise again before the harvest.", "possible"),
        ("The tribunal is set to rule on the appeal.", "be_to"),
        ("The cargo ships are scheduled to be ready for inspection.", "be_to"),
        ("The cooperative has agreed to buy forty tractors.", "intention"),
        ("The mayor signed a deal with the rail company to extend the tram line.", "plan_noun"),
        ("The region received funding to rebuild two bridges.", "plan_noun"),
        ("The court forced the utility to refund its customers.", "directive"),
        ("The auditor recommended that the council sell the building.", "mandative"),
        ("Shares slid on fears of a drought in the south.", "anticipation"),
        ("The brewer negotiated the purchase of a rival in Ghent.", "transaction"),
        ("In order to cut costs, the port merged two terminals.", "purpose"),
        ("The plan is to open three clinics.", "is_to"),
    ],
)
def test_future_markers(sentence, cue):
    found = future_cue(sentence)
    assert found is not None and found[0] == cue, found


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry published the figures on Monday.",
        "The plane was set to land after a test flight.",
        "The fall is due to the ongoing drought.",
        "Exports continued to fall in March.",
        "The bill failed to pass the Senate.",
        "Farmers may have lost a third of the crop.",
        "The firms have been forced to seek aid.",
        "The auditor insisted that the figures had been checked.",
        "It was the worst drop since May 2003.",
        "He had the will to win.",
        "The minister could not be reached for comment.",
    ],
)
def test_not_future(sentence):
    assert future_cue(sentence) is None


def test_headline_infinitive_is_future_only_in_a_title():
    assert future_cue("Brewer to close its Ghent plant", headline=True)[0] == "headline"
    assert future_cue("Exports continue to fall", headline=True) is None
    assert future_cue("Brewer to close its Ghent plant") is None


@pytest.mark.parametrize(
    ("value", "start", "end"),
    [
        ("2025-03-06", "2025-03-06", "2025-03-06"),
        ("2025-02", "2025-02-01", "2025-02-28"),
        ("2025-W10", "2025-03-03", "2025-03-09"),
        ("2025-W10-WE", "2025-03-08", "2025-03-09"),
        ("2025-Q4", "2025-10-01", "2025-12-31"),
        ("2025", "2025-01-01", "2025-12-31"),
    ],
)
def test_periods(value, start, end):
    assert str(period_start(value)) == start and str(period_end(value)) == end


def test_future_date_needs_a_forward_clause():
    week = TimeExpression("d", 0, 9, "next week", "2025-W10", "future")
    weekday = TimeExpression("d", 0, 6, "Friday", "2025-02-28", "past")
    assert is_future_date(week, "2025-02-25")
    assert not is_future_date(weekday, "2025-02-25")  # a past clause: last Friday
    assert not is_future_date(week, "2025-03-10")


def test_outlook_item_titled_by_its_action(nlp):
    text = (
        "Brewer to close its Ghent plant\n"
        "The brewer has agreed to sell its Ghent plant to a cooperative by 2027.\n"
        "Sales fell by a tenth last year."
    )
    document = Document("d1", "t.txt", "", text, published=REFERENCE.isoformat())
    events = analyse(nlp, document).events
    found = [(e.kind, e.title, e.date, e.evidence[0].text[:12]) for e in events]
    assert found == [
        ("outlook", "Close its Ghent plant", None, "Brewer to cl"),
        (
            "outlook",
            "Brewer to sell its Ghent plant to a cooperative by 2027",
            "2027",
            "The brewer h",
        ),
    ]


def test_the_day_a_statement_was_made_does_not_date_what_it_announces(nlp):
    text = (
        "Brewer cuts jobs\n\n"
        "GHENT, Feb 24, 2025 (Reuters) - The brewer will cut 1,200 jobs, its chief "
        "executive said on Tuesday.\n\n"
        "The brewer will sell its Ghent plant, the company told reporters on Monday.\n\n"
        "The brewer will report its results on March 12.\n"
    )
    document = Document("d1", "t.txt", "", text, published="2025-02-25")
    found = [(e.title, e.date) for e in analyse(nlp, document).events]
    assert found == [
        # not the dateline's day, nor the day it was said; the doer after the dateline's
        # dash is named
        ("Brewer to cut 1,200 jobs", None),
        ("Brewer to sell its Ghent plant", None),
        ("Brewer to report its results", "2025-03-12"),
    ]


def _diary(nlp, text: str, published: str | None) -> list[tuple[str, str | None, str | None]]:
    document = Document("d1", "t.txt", "", text, published=published)
    return [(e.title, e.date, e.when) for e in analyse(nlp, document).events]


def test_an_undated_article_keeps_the_days_it_names(nlp):
    # With no publication date a day cannot be resolved, but the brief still says when.
    text = (
        "Ministers will meet on April 2 in Rome. "
        "The March 6 summit in Brussels is seen as a pivotal moment. "
        "The last summit was held on January 9."
    )
    assert _diary(nlp, text, None) == [
        ("Meeting in Rome", None, "April 2"),
        ("Summit in Brussels", None, "March 6"),
    ]
    assert _diary(nlp, text, "2025-02-25") == [
        ("Meeting in Rome", "2025-04-02", "April 2"),
        ("Summit in Brussels", "2025-03-06", "March 6"),
    ]


def test_the_month_may_is_no_modal(nlp):
    text = (
        "The vote was held on May 3. "
        "Ministers in May's cabinet met in May. "
        "Elections are due in May."
    )
    assert _diary(nlp, text, "2025-02-25") == [("Elections", "2025-05", "in May")]


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [
        ("Ministers will meet on April 2.", "future"),
        ("Ministers met on April 2.", "past"),
        ("The April 2 summit is seen as pivotal.", "present"),
    ],
)
def test_time_tense_tells_present_from_past(nlp, sentence, tense):
    from briefing.extract.events.times import time_expressions

    document = Document("d1", "t.txt", "", sentence)
    times = time_expressions(nlp(sentence), document, None)
    assert [(t.text, t.tense) for t in times] == [("April 2", tense)]


def test_whats_next_orders_dates_then_days_in_words_then_the_rest():
    from briefing.model import Event, Extraction
    from briefing.select.rank import upcoming

    events = (
        Event("e1", "Video conference", None, None),
        Event("e2", "Summit in Brussels", None, "March 6"),
        Event("e3", "Vote", "2025-04-01", "April 1"),
        Event("e4", "Report to the Speaker", "2025-03-03", "March 3", kind="outlook"),
        Event("e5", "Cut jobs", None, None, kind="outlook"),
    )
    extraction = Extraction("rules", (), events=events)
    # a dated development is in date order with the diary; an undated one is left out
    assert [e.id for e in upcoming(extraction)] == ["e4", "e3", "e2", "e1"]


def test_a_development_that_only_might_happen_is_not_next(nlp):
    """'Turnout could be higher on Sunday': a guess, held back and counted; the vote that
    is set for Saturday stays."""
    from briefing.assemble import assemble
    from briefing.select.rank import upcoming
    from briefing.select.record import held_back_for_confidence

    text = (
        "Varna votes on its harbour\n\n"
        "Turnout could be higher on Sunday. The council will vote on the harbour on Saturday."
    )
    document = Document("d1", "t.txt", "", text, published="2025-03-06")
    extraction = assemble([analyse(nlp, document)], "rules")
    shown = [(e.kind, e.status) for e in upcoming(extraction)]
    assert shown == [("event", "scheduled")]
    held = held_back_for_confidence(extraction)["events"]
    assert [(e.kind, e.status) for e in extraction.events if e.id in held] == [
        ("outlook", "possible")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a debate already held: the modal belongs to another clause
        (
            "Mayor Ivo Lund said the tone of the debate was harsh and that the council "
            "could lose its majority.",
            [],
        ),
        # the modality cue stands in the event word's own phrase
        ("The parties will hold talks in Geneva.", [("event", "Parties to hold talks in Geneva")]),
        # the event word's own verb carries the cue
        (
            "The referendum may take place after the recess.",
            [("event", "Referendum to take place after the recess")],
        ),
    ],
)
def test_an_undated_event_word_is_ahead_only_when_its_phrase_says_so(nlp, sentence, expected):
    document = Document("d1", "t.txt", "", sentence, published="2025-03-06")
    found = [(e.kind, e.headline or e.title) for e in analyse(nlp, document).events]
    assert [f for f in found if f[0] == "event"] == expected


def test_a_phrase_between_commas_is_no_part_of_the_subject(nlp):
    text = "Both sides, on the fishing quotas, will cut their catch by 10%."
    document = Document("d1", "t.txt", "", text, published="2025-03-06")
    assert [(e.kind, e.title) for e in analyse(nlp, document).events] == [
        ("commitment", "Both sides to cut their catch by 10%")
    ]


def test_one_act_told_with_a_party_more_in_another_article_is_one_item(nlp):
    from briefing.assemble import assemble

    first = "Norway and Iceland will cut the cod quota by a fifth."
    second = "Norway will cut the cod quota by a fifth, the ministry said."
    documents = [
        Document(f"d{i}", f"t{i}.txt", "", t, published="2025-03-06")
        for i, t in enumerate((first, second))
    ]
    extraction = assemble([analyse(nlp, d) for d in documents], "rules")
    acts = [(e.title, len(e.evidence)) for e in extraction.events if e.kind == "commitment"]
    assert acts == [("Norway and Iceland to cut the cod quota by a fifth", 2)]


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Lund said he will vote for the harbour party's candidate.", False),
        ("The council will vote on the harbour plan.", True),
        # dated: the vote itself is on the diary ('vote for X in the March 1 primary')
        ("Lund will vote for the harbour party's candidate on March 11.", True),
    ],
)
def test_whom_someone_votes_for_is_no_diary_item(nlp, sentence, kept):
    document = Document("d1", "t.txt", "", sentence, published="2025-03-06")
    votes = [e for e in analyse(nlp, document).events if e.kind == "event"]
    assert bool(votes) is kept


def test_a_wish_is_no_commitment_and_a_quoted_question_no_event(nlp):
    text = (
        "The Fisheries Ministry would like to make the November vote a test of the harbour plan. "
        '"Do you think you will win an election with that?" the mayor asked.'
    )
    document = Document("d1", "t.txt", "", text, published="2025-03-06")
    events = analyse(nlp, document).events
    assert [(e.kind, e.date) for e in events] == [("event", "2025-11")]
    assert not any("like" in (e.headline or e.title) for e in events)


def test_who_reports_an_event_is_not_where_it_is(nlp):
    text = "Ministers will hold a summit on April 2, the Foreign Ministry said."
    assert [
        (e.title, e.location)
        for e in analyse(nlp, Document("d1", "t.txt", "", text, published="2025-02-25")).events
    ] == [("Summit", None)]


def test_a_time_that_opens_a_sentence_dates_its_event(nlp):
    text = (
        "Envoys to tour the Pacific\n\n"
        "This week, Anna Berg will lead a delegation to Fiji. Next month, she will visit Apia.\n"
        "May Lund said so on Monday."
    )
    document = Document("d1", "t.txt", "", text, published="2022-04-18")
    times = [(t.text, t.value) for t in analyse(nlp, document).times]
    assert times == [
        ("This week", "2022-W16"),
        ("Next month", "2022-05"),
        ("on Monday", "2022-04-18"),
    ]


def test_a_day_that_opens_a_past_clause_looks_back(nlp):
    """'On Tuesday, the company said it would ...': the day is the saying's, in the past,
    though a modal follows; 'On Friday, the ministers will meet' still looks ahead."""
    text = (
        "Ferry line in trouble\n\n"
        "On Tuesday, the ferry company said it would not be able to pay its crews. "
        "On Friday, the harbour ministers will meet in Varna."
    )
    document = Document("d1", "t.txt", "", text, published="2025-03-06")  # a Thursday
    times = [(t.text, t.value) for t in analyse(nlp, document).times]
    assert times == [("Tuesday", "2025-03-04"), ("Friday", "2025-03-07")]
    assert [e.date for e in analyse(nlp, document).events if e.date] == ["2025-03-07"]


def test_a_body_named_in_the_sentence_is_no_event_but_an_announced_forum_is(nlp):
    text = (
        "Delegation to visit Suva\n\n"
        "The delegation will include officials from the Velsa Security Council next week.\n"
        "They discussed working with Congress ahead of the upcoming inaugural Velsa Investment "
        "Forum in September."
    )
    document = Document("d1", "t.txt", "", text, published="2026-07-20")
    events = [(e.title, e.date) for e in analyse(nlp, document).events if e.kind == "event"]
    assert events == [("Velsa Investment Forum", "2026-09")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # 'Earlier this week' is before the article, whatever the clause's tense.
        ("Earlier this week, the agency warned that Velsa could face a famine.", []),
        # A day right after a verb in the past dates that act, not the plan it was about.
        ("Ana Ruiz spoke today with Tom Berg about plans to open an embassy in Suva.", []),
        # A clock time 'tomorrow' is tomorrow's.
        (
            "Under the deal, effective at 4:00 a.m. tomorrow, the ceasefire will take effect.",
            [("2022-04-19T04:00", "4:00 a.m. tomorrow")],
        ),
        # A list joined by ', and' is one clause; a range is dated by its start.
        (
            "Envoy Tom Berg will travel to Fiji, Samoa, and Tonga from April 16 to April 22.",
            [("2022-04-16", "April 16")],
        ),
    ],
)
def test_what_dates_a_plan(nlp, sentence, expected):
    text = f"Envoys to tour the Pacific\n\n{sentence}"
    document = Document("d1", "t.txt", "", text, published="2022-04-18")
    events = analyse(nlp, document).events
    assert [(e.date, e.when) for e in events if e.date] == expected


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # a named state, body or the named parties undertake an act: who will do what
        (
            "Norway will lift its ban on salmon imports from Chile.",
            "Norway to lift its ban on salmon imports from Chile",
        ),
        (
            "Under the accord, Peru and Bolivia have agreed to reopen the border crossing.",
            "Peru and Bolivia to reopen the border crossing",
        ),
        (
            "In return, the United Nations will also fund two clinics in Tamale.",
            "United Nations to fund two clinics in Tamale",
        ),
        (
            "Both sides will exchange lists of detained fishermen to ensure a swift release.",
            "Both sides to exchange lists of detained fishermen",
        ),
        (
            "Ghana undertakes to promptly return the seized trawlers.",
            "Ghana to return the seized trawlers",
        ),
        (
            "Kenya will continue its support to Somalia.",
            "Kenya to continue its support to Somalia",
        ),
        # ', and' before a lower-case word opens a clause of its own, not a list of names
        (
            "Given its progress, the United States will remove the arms embargo on Ghana, and"
            " both sides agreed to restart the joint naval exercise.",
            "United States to remove the arms embargo on Ghana",
        ),
    ],
)
def test_a_named_actor_committing_to_an_act_is_a_commitment(nlp, sentence, title):
    document = Document("d1", "t.txt", "", f"Talks end\n\n{sentence}\n", published="2025-02-25")
    found = [(e.kind, e.title) for e in analyse(nlp, document).events]
    assert found == [("commitment", title)]


@pytest.mark.parametrize(
    "sentence",
    [
        "We will continue to support the talks in Geneva.",  # no named subject
        "The delegation will consult officials in Hawaii.",  # a nominal, not a name
        "Norway will continue to stand with the people of Chile.",  # a stance, not an act
        "Norway will not lift its ban on salmon imports.",  # a refusal
        "Norway and Chile committed to principles of open trade.",  # a noun follows 'to'
        "Norway must lift its ban on salmon imports.",  # a demand on Norway, not its pledge
        "The minister said that it will lift the ban.",  # a pronoun subject
    ],
)
def test_no_commitment_without_a_named_actor_undertaking_an_act(nlp, sentence):
    document = Document("d1", "t.txt", "", f"Talks end\n\n{sentence}\n", published="2025-02-25")
    assert [e for e in analyse(nlp, document).events if e.kind == "commitment"] == []


def test_a_commitment_is_dated_by_a_day_after_the_article(nlp):
    text = "Talks end\n\nThe Parties commit to take the following steps by March 14, 2025:\n"
    document = Document("d1", "t.txt", "", text, published="2025-02-25")
    found = [(e.kind, e.title, e.date) for e in analyse(nlp, document).events]
    assert found == [
        ("commitment", "Parties to take the following steps by March 14", "2025-03-14")
    ]


def test_whats_next_lists_commitments_two_per_actor_before_undated_diary_items():
    from briefing.model import Event, Extraction
    from briefing.select.rank import upcoming

    events = (
        Event("e1", "Meeting", None, None),
        Event("e2", "Norway to lift its ban", kind="commitment"),
        Event("e3", "Norway to open a consulate", kind="commitment"),
        Event("e4", "Norway to fund a port", kind="commitment"),
        Event("e5", "Chile to cut tariffs", kind="commitment"),
        Event("e6", "Summit in Brussels", None, "March 6"),
        Event("e7", "Cut jobs", None, None, kind="outlook"),
    )
    extraction = Extraction("rules", (), events=events)
    assert [e.id for e in upcoming(extraction)] == ["e6", "e2", "e3", "e5", "e1", "e4"]


@pytest.mark.parametrize(
    ("trip", "programme", "date"),
    [
        # the trip lies in one month: its programme in that month
        (
            "Minister Anna Berg will travel to Accra from March 10-12.",
            "She will also meet with the finance minister.",
            "2025-03",
        ),
        # a trip of this week: the week
        (
            "This week, Minister Anna Berg will lead a delegation to Accra.",
            "In Accra and Tema, the delegation will meet with port officials.",
            "2025-W09",
        ),
        # the trip spans two months: the meeting may fall in either, so no date
        (
            "Minister Anna Berg will travel to Accra from March 30 to April 3.",
            "She will also meet with the finance minister.",
            None,
        ),
        # the next sentence is not about the travellers: not the trip's programme
        (
            "Minister Anna Berg will travel to Accra from March 10-12.",
            "The central bank will meet with lenders.",
            None,
        ),
    ],
)
def test_a_trips_programme_takes_the_trips_period(nlp, trip, programme, date):
    text = f"Trip\n\n{trip} {programme}\n"
    document = Document("d1", "t.txt", "", text, published="2025-02-25")
    meetings = [e for e in analyse(nlp, document).events if e.evidence[0].text == programme]
    assert [(e.title, e.date) for e in meetings] == [("Meeting", date)]


@pytest.mark.parametrize(
    ("sentence", "title", "headline"),
    [
        # who will do what, without the date the brief shows beside it
        (
            "The two sides will meet again in Bergen on March 12.",
            "Meeting in Bergen",
            "Two sides to meet again in Bergen",
        ),
        # a list of names cut at ', and' by the clause splitter is one subject
        (
            "The Government of Peru, the Government of Chile, and the Government of Bolivia "
            "will also begin talks on the border.",
            "Talks",
            "Government of Peru, the Government of Chile, and the Government of Bolivia to "
            "begin talks on the border",
        ),
        # a comma inside a list of names ends no phrase; one before a clause does ('talks
        # with Chile' names a party, not a venue)
        (
            "Norway will hold talks with Chile, Peru, and others on the quotas.",
            "Talks with Chile",
            "Norway to hold talks with Chile, Peru, and others on the quotas",
        ),
        # 'will do so' stands for another verb: no headline
        ("Norway will do so by holding a summit.", "Summit", None),
    ],
)
def test_a_diary_item_says_who_will_do_what(nlp, sentence, title, headline):
    document = Document("d1", "t.txt", "", f"Talks\n\n{sentence}\n", published="2025-02-25")
    found = [(e.title, e.headline) for e in analyse(nlp, document).events]
    assert found == [(title, headline)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a count of days from two weeks on: the week it ends in (2022-04-18 + 60 = June 17)
        (
            "Over the next 60 days, the Navy of Peru will withdraw its patrol boats.",
            [("2022-W24", "Over the next 60 days")],
        ),
        # hours: the day they run out
        (
            "The parties reached an agreement for a truce over the next 48 hours.",
            [("2022-04-20", "over the next 48 hours")],
        ),
        # months: the month; 'within' counts forward as well
        (
            "Chile will hold a referendum within three months.",
            [("2022-07", "within three months")],
        ),
    ],
)
def test_a_period_counted_from_the_article_dates_its_end(nlp, sentence, expected):
    document = Document("d1", "t.txt", "", f"Talks end\n\n{sentence}\n", published="2022-04-18")
    found = analyse(nlp, document)
    assert [(e.date, e.when) for e in found.events if e.date] == expected
    # as a time expression the period stays the duration TimeML calls it
    assert all(t.value[:1] == "P" for t in found.times)


def test_a_diary_item_naming_who_acts_ranks_with_the_commitments():
    from briefing.model import Event, Extraction
    from briefing.select.rank import upcoming

    events = (
        Event("e1", "Meeting", None, None),
        Event("e2", "Norway to lift its ban", kind="commitment"),
        Event("e3", "Release", None, None, headline="Chile to release two trawlers"),
        Event("e4", "Chile to cut tariffs", kind="commitment"),
        Event("e5", "Chile to open a port", kind="commitment"),
    )
    extraction = Extraction("rules", (), events=events)
    assert [e.id for e in upcoming(extraction)] == ["e2", "e3", "e4", "e1", "e5"]


def test_what_might_have_been_is_no_event(nlp):
    text = "Talks end\n\nThis truce would not have been possible without the talks in Oman.\n"
    document = Document("d1", "t.txt", "", text, published="2022-06-02")
    assert [e for e in analyse(nlp, document).events if e.kind == "event"] == []


def test_a_truce_extended_for_a_period_is_dated_by_its_end(nlp):
    text = "Talks end\n\nThe parties have now extended the truce for another two months.\n"
    document = Document("d1", "t.txt", "", text, published="2022-06-02")
    found = [(e.title, e.date) for e in analyse(nlp, document).events]
    assert found == [("Truce", "2022-08")]


@pytest.mark.parametrize(
    "sentence",
    [
        "We are confident that the deal we struck with Oslo will help us resolve the dispute.",
        "The agreement that was reached in Lima will open the border to trucks.",
    ],
)
def test_an_event_whose_own_clause_is_past_is_not_next(nlp, sentence):
    document = Document("d1", "t.txt", "", f"Talks end\n\n{sentence}\n", published="2025-02-25")
    assert [e.title for e in analyse(nlp, document).events if e.kind == "event"] == []


def test_the_acts_of_a_dated_list_take_its_date(nlp):
    text = (
        "Trade talks end\n\n"
        "The Parties commit to take the following actions by May 14, 2025:\n\n"
        "Norway will (i) lower its duty on Chilean salmon; and (ii) remove its wine quota.\n\n"
        "Chile will (i) lower accordingly its duty on Norwegian cod under Order No. 4 of 2025."
        " It will also (ii) drop its port fees.\n\n"
        "After taking these actions, the Parties will establish a mechanism to continue"
        " discussions.\n"
    )
    document = Document("d1", "t.txt", "", text, published="2025-05-12")
    events = analyse(nlp, document).events
    # who acts, and when: the list's items (the second cut short where 'No.' ends a
    # sentence) take the lead's date, the step after them does not
    found = [(e.title.split(" to ")[0], e.date) for e in events if e.kind == "commitment"]
    assert found == [
        ("Parties", "2025-05-14"),
        ("Norway", "2025-05-14"),
        ("Chile", "2025-05-14"),
        ("Parties", None),
    ]
    assert events[1].title == "Norway to lower its duty on Chilean salmon"


def test_a_development_on_the_day_of_a_diary_event_of_its_article_is_that_event():
    from briefing.model import Event, Evidence, Extraction
    from briefing.select.rank import upcoming

    def said(doc: str, words: str) -> tuple[Evidence, ...]:
        return (Evidence(doc, 0, len(words), words),)

    events = (
        Event("e1", "Talks", "2025-05-12", "tomorrow", evidence=said("d1", "Talks tomorrow.")),
        Event(
            "e2",
            "Be a complete briefing tomorrow morning",
            "2025-05-12",
            "tomorrow",
            kind="outlook",
            evidence=said("d1", "There will be a complete briefing tomorrow morning."),
        ),
        Event(
            "e3",
            "Publish the figures",
            "2025-05-12",
            "on May 12",
            kind="outlook",
            evidence=said("d2", "The bank will publish the figures on May 12."),
        ),
    )
    extraction = Extraction("rules", (), events=events)
    assert [e.id for e in upcoming(extraction)] == ["e1", "e3"]


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        # the day a period runs up to lies ahead, whatever the clause's tense (2025-02-25 is
        # a Tuesday)
        ("The exchange has stayed closed until Friday.", "Friday", "2025-02-28"),
        ("Dealers will get a letter after October of next year.", "October", "2026-10"),
        ("The plant was sold in October of last year.", "October", "2024-10"),
    ],
)
def test_time_values_named_relative_to_the_article(nlp, sentence, text, value):
    document = Document("d1", "t.txt", "", f"Markets\n\n{sentence}\n", published="2025-02-25")
    times = analyse(nlp, document).times
    assert [(t.text, t.value) for t in times if t.text == text] == [(text, value)]


def test_holding_something_is_no_meeting(nlp):
    text = "Markets\n\nThe ministry will hold all ports closed on Friday.\n"
    document = Document("d1", "t.txt", "", text, published="2008-09-18")
    found = [(e.kind, e.title) for e in analyse(nlp, document).events]
    assert found == [("outlook", "Ministry to hold all ports closed")]


def test_a_clause_after_but_is_a_clause_of_its_own(nlp):
    text = (
        "Pact\n\nOfficials said the agreement had solely domestic uses, but the envoy noted"
        " there are potential regional implications.\n"
    )
    document = Document("d1", "t.txt", "", text, published="2022-04-22")
    assert [e.title for e in analyse(nlp, document).events if e.kind == "event"] == []


def test_two_developments_of_one_article_on_one_day_are_told_once():
    from briefing.model import Event, Evidence, Extraction
    from briefing.select.rank import upcoming

    def item(id_: str, title: str, words: str) -> Event:
        evidence = (Evidence("d1", 0, len(words), words),)
        return Event(id_, title, "2025-05-12", "tomorrow", kind="outlook", evidence=evidence)

    events = (
        item("e1", "Be giving details tomorrow", "We will be giving details tomorrow."),
        item("e2", "Be a complete briefing", "There will be a complete briefing tomorrow."),
    )
    assert [e.id for e in upcoming(Extraction("rules", (), events=events))] == ["e1"]


@pytest.mark.parametrize(
    ("words", "duration", "value"),
    [
        ("within 90 days", "P90D", "2025-W32"),  # 2025-05-12 + 90 days = Sunday 10 August
        ("for another two months", "P2M", "2025-07"),
        ("over the next 48 hours", "PT48H", "2025-05-14"),
        # how long a state lasts once the act is done, and a forecast's horizon: no deadline
        ("for an initial period of 90 days", "P90D", "P90D"),
        ("for the next 90 days", "P90D", "P90D"),
        ("within a decade", "P10Y", "P10Y"),
    ],
)
def test_which_periods_are_deadlines(words, duration, value):
    from briefing.extract.events.times import deadlines

    text = f"The duty will be cut {words}."
    start = text.index(" ".join(words.split()[-2:]))
    time = TimeExpression("d1", start, len(text) - 1, text[start:-1], duration, "future")
    [found] = deadlines(text, [time], dt.date(2025, 5, 12))
    assert found.value == value


def test_what_a_party_would_do_is_a_possible_commitment_unless_reported(nlp):
    sentences = (
        # what Peru would do under a framework still to be agreed
        "Under that framework, Peru would cut tariffs on nearly all wheat imports.",
        # a reported 'will'
        "Lima said on Monday, Peru would cut tariffs on wheat.",
        "According to the ministry, Peru would cut tariffs on wheat.",
        "Peru will cut tariffs on wheat.",
    )
    found = []
    for sentence in sentences:
        text = f"Talks end\n\n{sentence}\n"
        document = Document("d1", "t.txt", "", text, published="2025-02-25")
        found += [(e.kind, e.status) for e in analyse(nlp, document).events]
    assert found == [
        ("commitment", "possible"),
        ("commitment", "planned"),
        ("commitment", "planned"),
        ("commitment", "planned"),
    ]


def test_whats_next_lists_what_parties_will_do_before_what_they_would_do():
    from briefing.model import Event, Extraction
    from briefing.select.rank import upcoming

    events = (
        Event("e1", "Peru to cut tariffs", kind="commitment", status="possible"),
        Event("e2", "Meeting", None, None),
        Event("e3", "Chile to lift its ban", kind="commitment"),
    )
    extraction = Extraction("rules", (), events=events)
    assert [e.id for e in upcoming(extraction)] == ["e3", "e2", "e1"]


def test_one_party_s_act_told_by_two_articles_is_one_item_two_in_one_article_two(nlp):
    from briefing.assemble import assemble

    texts = (
        "Talks end\n\nGhana undertakes to promptly return the seized trawlers.\n",
        "Trawlers\n\nGhana will return twelve Togolese trawlers.\n",
        "Nets\n\nTogo will return the seized nets. Togo will return the confiscated boats.\n",
    )
    documents = [
        Document(f"d{i}", f"{i}.txt", "", text, published="2025-02-25")
        for i, text in enumerate(texts, start=1)
    ]
    events = assemble([analyse(nlp, d) for d in documents], "rules").events
    assert [(e.title, [v.doc for v in e.evidence]) for e in events] == [
        ("Ghana to return twelve Togolese trawlers", ["d1", "d2"]),
        ("Togo to return the seized nets", ["d3"]),
        ("Togo to return the confiscated boats", ["d3"]),
    ]


@pytest.mark.parametrize(
    ("sentence", "published", "value"),
    [
        # a weekend in a clause not about the future, written on a weekday: the one just past
        ("The ministers met in Bergen over the weekend.", "2025-03-06", "2025-W09-WE"),
        ("The weekend strike closed the port.", "2025-03-03", "2025-W09-WE"),
        # ahead when the clause is about the future, and any weekend written on one
        ("The ministers will meet in Bergen at the weekend.", "2025-03-06", "2025-W10-WE"),
        ("The ministers met in Bergen this weekend.", "2025-03-09", "2025-W10-WE"),
    ],
)
def test_a_weekend_takes_the_tense_of_its_clause(nlp, sentence, published, value):
    from briefing.extract.events.times import time_expressions

    document = Document("d1", "t.txt", "", sentence, published=published)
    times = time_expressions(nlp(sentence), document, dt.date.fromisoformat(published))
    assert [t.value for t in times] == [value]


def test_a_time_takes_the_tense_of_the_verb_after_it_in_its_own_clause(nlp):
    from briefing.extract.events.times import time_expressions

    sentence = "The vote on Tuesday went badly, and the next vote will be held in June."
    document = Document("d1", "t.txt", "", sentence, published="2025-03-06")
    times = time_expressions(nlp(sentence), document, dt.date(2025, 3, 6))
    assert [(t.text, t.value) for t in times] == [
        ("on Tuesday", "2025-03-04"),
        ("in June", "2025-06"),
    ]


@pytest.mark.parametrize("verb", ["shook hands with", "gave a speech to", "fought for"])
def test_an_irregular_past_verb_before_a_weekday_makes_it_the_last_one(nlp, verb):
    """'As he shook hands with voters on Sunday, ... there will be ...': the weekday takes the
    tense of its own clause's verb, an irregular past too, not the modal of another clause."""
    from briefing.extract.events.times import time_expressions

    sentence = f"As he {verb} voters on Sunday, Lund said there will be a runoff."
    document = Document("d1", "t.txt", "", sentence, published="2025-03-06")
    times = time_expressions(nlp(sentence), document, dt.date(2025, 3, 6))
    assert [(t.text, t.value) for t in times] == [("on Sunday", "2025-03-02")]


def test_an_event_held_at_its_own_past_time_takes_no_later_date(nlp):
    text = (
        "Talks end\n\nThe minister spoke at a news conference over the weekend at which she "
        "said the fleet would return in July.\n"
    )
    document = Document("d1", "t.txt", "", text, published="2025-03-06")
    titles = [e.title for e in analyse(nlp, document).events]
    assert not [t for t in titles if "onference" in t], titles


@pytest.mark.parametrize("name", ["the Rose Arena", "the United Arena", "Ted Lund's arena"])
def test_a_capitalised_past_form_is_a_name_not_the_clauses_past(nlp, name):
    """'in the 102nd Rose Bowl later Friday': a capitalised word after a word or a comma is a
    name ('Rose Bowl', 'United States', 'Ted'), not the past of a verb that would turn the
    clause's weekday back to the last one (issue 17, wirenext)."""
    from briefing.extract.events.times import time_expressions

    sentence = f"Varna is set to play Ostrava, Moravia, in {name} on Saturday."
    document = Document("d1", "t.txt", "", sentence, published="2025-03-06")
    times = time_expressions(nlp(sentence), document, dt.date(2025, 3, 6))
    assert [(t.text, t.value, t.tense) for t in times] == [("on Saturday", "2025-03-08", "future")]
    past = "Varna played Ostrava, Moravia, and rose in the table on Saturday."
    document = Document("d1", "t.txt", "", past, published="2025-03-06")
    times = time_expressions(nlp(past), document, dt.date(2025, 3, 6))
    assert [(t.text, t.value) for t in times] == [("on Saturday", "2025-03-01")]


def test_only_the_verb_right_after_a_time_gives_its_clause_a_past_tense(nlp):
    # 'detailed' further on is an adjective, not the clause's verb: the deadline stays ahead
    from briefing.extract.events.times import time_expressions

    sentence = "The judge set an April 15 deadline for a detailed plan that would reach further."
    document = Document("d1", "t.txt", "", sentence, published="2025-02-23")
    times = time_expressions(nlp(sentence), document, dt.date(2025, 2, 23))
    assert [(t.text, t.value) for t in times] == [("April 15", "2025-04-15")]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the clause places the event: a holding verb, a time, a preposition of place
        ("The ministers will meet next week in Bergen.", "Meeting in Bergen"),
        ("Talks will be held in Geneva on Friday.", "Talks in Geneva"),
        # a name in another phrase of the clause is no venue
        (
            "Activists plan to protest the debate in support of the policy, the Tribune reports.",
            "Protest",
        ),
        ("The host will discuss the fishing crisis in Norway.", "Talks"),
        ("The union will sit out the election, its director told Reuters.", "Election"),
        # 'with' makes the name a party of the event, not its venue
        (
            "They will also meet with representatives of the Harbour Forum next week.",
            "Meeting with Harbour Forum",
        ),
        ("He plans to visit the United States before January.", "Visit to United States"),
        # a people's adjective is no place ('the African countries of ...')
        ("He plans to visit the African countries of Varnia and Ostland in May.", "Visit"),
    ],
)
def test_a_title_names_a_venue_only_where_the_clause_places_the_event(nlp, text, title):
    document = Document("d1", "t.txt", "", "Test\n\n" + text + "\n", published="2025-03-06")
    titles = [e.title for e in analyse(nlp, document).events]
    assert titles == [title]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "She visited Kestra from 5-6 April 2016 and Varna on 9 April.",
            [("5-6 April 2016", "2016-04-05"), ("9 April", "2025-04-09")],
        ),
        ("The fair will be held 14 – 16 April in Varna.", [("14 – 16 April", "2025-04-14")]),
        ("Talks will run from 3 to 5 March.", [("3 to 5 March", "2026-03-03")]),
        # no month after the second figure: a count, not a range of days
        ("Prices rose from 3 to 5 percent on 9 April.", [("9 April", "2025-04-09")]),
    ],
)
def test_a_day_range_before_its_month_is_one_time_valued_by_its_first_day(nlp, sentence, expected):
    from briefing.extract.events.times import time_expressions

    document = Document("d1", "t.txt", "", sentence, published="2025-04-20")
    times = time_expressions(nlp(sentence), document, dt.date(2025, 4, 20))
    assert [(t.text, t.value) for t in times] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # read alone, 'Sunday' was the coming Sunday, a week before the date beside it
        (
            "On Sunday 1st December at 7pm, Lund will moderate a debate.",
            [("Sunday 1st December", "2019-12-01")],
        ),
        (
            "Lund spoke on Thursday, November 14, 2019.",
            [("Thursday, November 14, 2019", "2019-11-14")],
        ),
        # a weekday on a line of its own and a date on the next are two expressions
        (
            "Thursday\nNovember 14, 2019",
            [("Thursday", "2019-11-21"), ("November 14, 2019", "2019-11-14")],
        ),
    ],
)
def test_a_weekday_with_its_date_is_one_time_valued_by_the_date(nlp, sentence, expected):
    from briefing.extract.events.times import time_expressions

    document = Document("d1", "t.txt", "", sentence, published="2019-11-21")
    times = time_expressions(nlp(sentence), document, dt.date(2019, 11, 21))
    assert [(t.text, t.value) for t in times] == expected


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        (
            "After the verdict on Friday, the judge said the sentencing will be held in July.",
            "2017-04-07",
        ),
        (
            "In television interviews on Sunday, he defended the plan he will put to a vote.",
            "2017-04-09",
        ),
        ("After the vote on Friday, the party will choose its candidate.", "2017-04-14"),
    ],
)
def test_a_time_closing_an_opening_phrase_takes_the_tense_of_the_main_verb(nlp, sentence, value):
    from briefing.extract.events.times import time_expressions

    document = Document("d1", "t.txt", "", sentence, published="2017-04-11")
    times = time_expressions(nlp(sentence), document, dt.date(2017, 4, 11))
    assert [t.value for t in times][:1] == [value]
