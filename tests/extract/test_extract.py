"""Extractors on sentences written for these tests: exact spans, speakers, dates, kinds."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.assemble import assemble
from briefing.extract import analyse
from briefing.model import Document, Extraction

REFERENCE = dt.date(2025, 2, 25)  # a Tuesday


def run(nlp, text: str, reference: dt.date | None = REFERENCE) -> Extraction:
    document = Document("d1", "t.txt", "Test", text)
    return assemble([analyse(nlp, document, reference)], "rules")


# ------------------------------------------------------------------ actors


@pytest.mark.parametrize(
    ("text", "name", "kind", "role", "affiliation"),
    [
        (
            "Chilean Finance Minister Rosa Aranda met bankers.",
            "Rosa Aranda",
            "person",
            "Finance Minister",
            "Chile",
        ),
        (
            "Talks stalled, said Tomas Brenner, the Austrian chancellor.",
            "Tomas Brenner",
            "person",
            "chancellor",
            "Austria",
        ),
        (
            "Maria Okafor, a spokesperson for the Harbour Council, declined.",
            "Maria Okafor",
            "person",
            "spokesperson",
            "Harbour Council",
        ),
        (
            "Kenya's foreign minister, Daniel Mwangi, arrived.",
            "Daniel Mwangi",
            "person",
            "foreign minister",
            "Kenya",
        ),
        (
            "The Ministry of Water Resources issued a notice.",
            "Ministry of Water Resources",
            "organization",
            None,
            None,
        ),
        ("Officials in Lisbon were cautious.", "Lisbon", "place", None, "Portugal"),
        ("Nordic fishing ministers met.", None, None, None, None),
    ],
)
def test_actor_names_roles_and_affiliations(nlp, text, name, kind, role, affiliation):
    actors = {a.name: a for a in run(nlp, text).actors if a.kind != "group"}
    if name is None:
        assert not [a for a in actors.values() if a.kind == "person"], actors
        return
    assert name in actors, sorted(actors)
    actor = actors[name]
    assert (actor.kind, actor.role, actor.affiliation) == (kind, role, affiliation)


@pytest.mark.parametrize(
    "word",
    ["Monday", "March", "Western", "Russian", "However", "The", "Talks"],
)
def test_not_actors(nlp, word):
    text = f"{word} diplomats said the plan was fragile. Talks resumed on Monday in March."
    names = {a.name for a in run(nlp, text).actors}
    assert word not in names


def test_one_actor_per_person_across_name_forms(nlp):
    text = (
        "Brazilian President Lucia Ferraz opened the summit. Ferraz said the talks would go on. "
        "Later, Lucia Ferraz met the press."
    )
    persons = [a for a in run(nlp, text).actors if a.kind == "person"]
    assert [(a.name, a.aliases, a.role, a.affiliation) for a in persons] == [
        ("Lucia Ferraz", ("Ferraz",), "President", "Brazil")
    ]


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009"])
def test_a_no_break_space_inside_a_name_does_not_cut_it(nlp, space):
    # web pages join a title and a name, or a given name and a surname, with a no-break space
    text = f"Sen.{space}Lucia{space}Ferraz said on Monday that the bill would pass."
    extraction = run(nlp, text)
    persons = [(a.name, a.role) for a in extraction.actors if a.kind == "person"]
    assert persons == [("Lucia Ferraz", "Senator")]
    quote = extraction.quotes[0]
    assert extraction.actors[0].id == quote.speaker
    assert (quote.text, text[quote.start : quote.end]) == (
        "the bill would pass",
        "the bill would pass",
    )


def test_groups(nlp):
    text = "Canadian officials were wary, and the 12 member states asked for time."
    groups = sorted(a.name for a in run(nlp, text).actors if a.kind == "group")
    assert groups == ["Canadian officials", "the 12 member states"]


# ------------------------------------------------------------------ quotes

PEOPLE = "Deputy Minister Jana Kovacs met Harald Voss on Monday. "


@pytest.mark.parametrize(
    ("text", "kind", "quote", "speaker"),
    [
        (
            PEOPLE + '"We will build the bridge," Kovacs said.',
            "direct",
            "We will build the bridge,",
            "Jana Kovacs",
        ),
        (
            PEOPLE + 'Voss said: "The money is not there."',
            "direct",
            "The money is not there.",
            "Harald Voss",
        ),
        (
            PEOPLE + "“The money is not there,” said Harald Voss.",
            "direct",
            "The money is not there,",
            "Harald Voss",
        ),
        (
            PEOPLE + "Kovacs insisted that the bridge would be finished by May.",
            "indirect",
            "the bridge would be finished by May",
            "Jana Kovacs",
        ),
        (
            PEOPLE + "Voss warned that costs could double within a year.",
            "indirect",
            "costs could double within a year",
            "Harald Voss",
        ),
        (  # 'she' skips Harald Voss, named last, for Jana Kovacs
            PEOPLE + "She argued that the tender had been fair.",
            "indirect",
            "the tender had been fair",
            "Jana Kovacs",
        ),
        (
            PEOPLE + "He argued that the tender had been fair.",
            "indirect",
            "the tender had been fair",
            "Harald Voss",
        ),
        (
            PEOPLE + 'Voss said the plan was "a fantasy built on loans".',
            "mixed",
            'the plan was "a fantasy built on loans"',
            "Harald Voss",
        ),
        (
            PEOPLE + "According to Kovacs, the first pillars are already in place.",
            "indirect",
            "the first pillars are already in place",
            "Jana Kovacs",
        ),
        (
            PEOPLE + "The tolls will be lowered next year, Voss said.",
            "indirect",
            "The tolls will be lowered next year",
            "Harald Voss",
        ),
    ],
)
def test_quotes_and_speakers(nlp, text, kind, quote, speaker):
    extraction = run(nlp, text)
    names = {a.id: a.name for a in extraction.actors}
    found = [(q.kind, q.text, names.get(q.speaker)) for q in extraction.quotes]
    assert (kind, quote, speaker) in found, found
    for q in extraction.quotes:
        assert text[q.start : q.end] == q.text


def test_split_quotation_is_one_group(nlp):
    text = PEOPLE + '"We will go," Kovacs said, "and we will win."'
    quotes = run(nlp, text).quotes
    assert [q.text for q in quotes] == ["We will go,", "and we will win."]
    assert quotes[0].group != quotes[1].group or quotes[0].speaker == quotes[1].speaker


def test_floating_quote_inherits_the_previous_speaker(nlp):
    text = PEOPLE + '"The bridge is late," Voss said.\n\n"Nobody wants to admit it."'
    extraction = run(nlp, text)
    names = {a.id: a.name for a in extraction.actors}
    assert [(q.text, names.get(q.speaker)) for q in extraction.quotes] == [
        ("The bridge is late,", "Harald Voss"),
        ("Nobody wants to admit it.", "Harald Voss"),
    ]


def test_scare_quotes_are_not_quotes(nlp):
    text = PEOPLE + 'The so-called "bridge tax" was dropped.'
    assert run(nlp, text).quotes == ()


# ------------------------------------------------------------------ times


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The summit will be held on March 6.", "March 6", "2025-03-06"),
        ("Ministers met on Monday.", "on Monday", "2025-02-24"),
        ("Ministers will meet on Thursday.", "on Thursday", "2025-02-27"),
        ("The vote is set for next week.", "next week", "2025-W10"),
        ("The report came out last month.", "last month", "2025-01"),
        ("Prices rose in 2019.", "2019", "2019"),
        ("The war could end within weeks.", "within weeks", "FUTURE_REF"),
        ("Talks lasted three days.", "three days", "P3D"),
        ("The deal was signed on 4 January 2024.", "4 January 2024", "2024-01-04"),
        ("A decision is due later this month.", "later this month", "2025-02"),
        # written on a Tuesday: "next Tuesday" is a week away, "last Tuesday" a week ago
        ("Both governors will testify next Tuesday.", "next Tuesday", "2025-03-04"),
        ("They met last Tuesday.", "last Tuesday", "2025-02-18"),
        ("They will meet next Friday.", "next Friday", "2025-02-28"),
    ],
)
def test_time_values(nlp, text, expression, value):
    times = [(t.text, t.value) for t in run(nlp, text).times]
    assert (expression, value) in times, times


def test_relative_dates_stay_unresolved_without_a_reference(nlp):
    times = [(t.text, t.value) for t in run(nlp, "Ministers will meet on Thursday.", None).times]
    assert times == [("on Thursday", None)]


# ------------------------------------------------------------------ events


@pytest.mark.parametrize(
    ("text", "title", "date", "status"),
    [
        (
            "Leaders will hold a summit in Lisbon on March 6.",
            "Summit in Lisbon",
            "2025-03-06",
            "scheduled",
        ),
        ("The council is set to vote on the budget next week.", "Vote", "2025-W10", "scheduled"),
        ("The president could visit Nairobi within weeks.", "Visit to Nairobi", None, "possible"),
    ],
)
def test_upcoming_events(nlp, text, title, date, status):
    events = [(e.title, e.date, e.status) for e in run(nlp, text).events]
    assert (title, date, status) in events, events


def test_past_events_are_not_upcoming(nlp):
    assert run(nlp, "The summit in Lisbon ended on Monday without a deal.").events == ()


# ------------------------------------------------------------------ questions


@pytest.mark.parametrize(
    ("text", "kind", "question"),
    [
        ("Will the treaty survive the winter?", "explicit", "Will the treaty survive the winter?"),
        (
            "Officials have yet to decide whether the port will reopen.",
            "unresolved",
            "Will the port reopen?",
        ),
        (
            "It remains unclear whether the ceasefire would hold.",
            "unresolved",
            "Would the ceasefire hold?",
        ),
    ],
)
def test_open_questions(nlp, text, kind, question):
    found = [(q.kind, q.text) for q in run(nlp, text).questions]
    assert (kind, question) in found, found


def test_contested_claim_shows_both_sides(nlp):
    text = (
        "Mayor Petra Lund said that the river was safe for swimming. "
        "However, the Water Agency rejected that claim. "
        "Agency director Omar Haddad said that bacteria levels were twice the legal limit."
    )
    extraction = run(nlp, text)
    names = {a.id: a.name for a in extraction.actors}
    contested = [q for q in extraction.questions if q.kind == "contested"]
    assert contested, [(q.kind, q.text) for q in extraction.questions]
    assert {names[s] for s in contested[0].speakers} == {"Petra Lund", "Omar Haddad"}
    assert contested[0].text == "Is Lund right that the river was safe for swimming?"


@pytest.mark.parametrize(
    ("claimant", "opening"),
    [
        # a collective named by a common noun is one body, written with its article
        ("The Norwegian delegation", "Is the Norwegian delegation right"),
        # a plural group takes a plural verb
        ("Icelandic negotiators", "Are Icelandic negotiators right"),
        # an organisation the text writes with "the" keeps it
        ("The Water Board", "Is the Water Board right"),
    ],
)
def test_contested_question_agrees_with_its_claimant(nlp, claimant, opening):
    text = (
        f"{claimant} said that the river was safe for swimming. "
        "However, Mayor Petra Lund rejected that claim. "
        "Lund said that bacteria levels were twice the legal limit."
    )
    contested = [q.text for q in run(nlp, text).questions if q.kind == "contested"]
    assert contested == [f"{opening} that the river was safe for swimming?"]


def test_block_quotation_after_said_colon(nlp):
    text = (
        "Harbour deal agreed\n\n"
        "Transport Minister Ines Valdor said:\n\n"
        "This agreement protects the smaller harbours and the jobs they carry.\n\n"
        "We will review it with the councils next spring.\n\n"
        "Notes to editors\n\n"
        "The levy starts in June."
    )
    extraction = run(nlp, text)
    names = {a.id: a.name for a in extraction.actors}
    direct = [(q.text, names.get(q.speaker), q.group) for q in extraction.quotes]
    assert [(t, n) for t, n, _ in direct] == [
        ("This agreement protects the smaller harbours and the jobs they carry.", "Ines Valdor"),
        ("We will review it with the councils next spring.", "Ines Valdor"),
    ]
    assert direct[0][2] == direct[1][2], "paragraphs of one statement share a group"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # written on Sunday 2 March 2025, the last day of ISO week 9
        ("The convention will open this week.", "2025-W10"),
        ("The council met twice this week.", "2025-W09"),
    ],
)
def test_this_week_on_a_sunday_looks_ahead_only_in_the_future(nlp, text, value):
    times = [(t.text, t.value) for t in run(nlp, text, dt.date(2025, 3, 2)).times]
    assert ("this week", value) in times, times
