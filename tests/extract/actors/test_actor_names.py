"""Name typing and actor merging on sentences we wrote: places and their initials, titles
owned by a party, roles carrying a place, products, characters and shouted acronyms."""

from __future__ import annotations

import pytest

from briefing.extract import analyse
from briefing.model import Document
from tests.helpers import actor, ents, run


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        ("Los Angeles Mayor Eric Garcetti opened the bridge.", "Eric Garcetti", "Mayor",
         "Los Angeles"),
        ("New York Governor Kathy Hochul signed the bill.", "Kathy Hochul", "Governor",
         "New York"),
        ("Finnish President Sauli Niinisto met the press.", "Sauli Niinisto", "President",
         "Finland"),
        ("Labour's Shadow Home Secretary Yvette Cooper said the plan was wrong.",
         "Yvette Cooper", "Shadow Home Secretary", "Labour Party"),
        ("Emily Thornberry spoke first. Labour's Thornberry then left.", "Emily Thornberry",
         None, "Labour Party"),
        ("The talks resumed. The European Union's Anna Berg chaired them.", "Anna Berg", None,
         "European Union"),
    ],
)  # fmt: skip
def test_roles_and_affiliations_before_the_name(nlp, text, name, role, affiliation):
    person = actor(run(nlp, text), name)
    assert (person.role, person.affiliation) == (role, affiliation)


def test_a_title_owned_by_a_party_is_a_mention_of_the_person_after_it(nlp):
    text = (
        "Labour's Shadow Home Secretary Yvette Cooper said the plan was wrong. "
        "Mayor Eric Garcetti disagreed. The Shadow Home Secretary said Labour would vote no."
    )
    extraction = run(nlp, text)
    cooper = actor(extraction, "Yvette Cooper")
    assert [m.text for m in sorted(cooper.mentions, key=lambda m: m.start)] == [
        "Shadow Home Secretary",
        "Yvette Cooper",
        "Shadow Home Secretary",
    ]
    assert not [a for a in extraction.actors if a.name in {"Shadow", "Shadow Home Secretary"}]


def test_an_event_named_after_an_office_is_no_person(nlp):
    text = "During Prime Minister's Questions on Wednesday, Rishi Sunak defended the plan."
    assert ("Prime Minister", "PERSON") not in ents(nlp, text)


@pytest.mark.parametrize(
    ("text", "place", "organisation"),
    [
        (
            "The LA Times reported the plan. Los Angeles Mayor Eric Garcetti said LA would "
            "not be affected.",
            ["Los Angeles", "LA", "LA"],  # the first "LA" is the one inside "LA Times"
            ["LA Times"],
        ),
        (
            "The Los Angeles Times was sceptical. Residents of Los Angeles said LA deserved "
            "better.",
            ["Los Angeles", "Los Angeles", "LA"],  # one inside "Los Angeles Times"
            ["Los Angeles Times"],
        ),
    ],
)
def test_initials_of_a_named_place_are_that_place(nlp, text, place, organisation):
    """The place named on its own is also named inside the newspaper's name (a nested
    mention), but the newspaper stays its own actor with its own mention."""
    extraction = run(nlp, text)
    assert sorted(m.text for m in actor(extraction, place[0]).mentions) == sorted(place)
    assert [m.text for m in actor(extraction, organisation[0]).mentions] == organisation


def test_an_organisation_named_after_a_place_keeps_the_bare_initials_apart(nlp):
    text = "The LA Times reported the plan. The mayor said LA would not be affected."
    extraction = run(nlp, text)
    assert [m.text for m in actor(extraction, "LA Times").mentions] == ["LA Times"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fans joined The Ontario Ghostbusters on Sunday.", [("Ontario Ghostbusters", "ORG")]),
        ("Voters backed the Ontario Liberal Party.", [("Ontario Liberal Party", "ORG")]),
        ("Police in East Los Angeles said so.", [("East Los Angeles", "GPE")]),
        ("Mayor London Breed spoke.", [("London Breed", "PERSON")]),
        # a country leading a government body stays its own mention (the affiliation)
        ("The U.S. Department of Agriculture issued rules.",
         [("U.S.", "GPE"), ("Department of Agriculture", "ORG")]),
    ],
)  # fmt: skip
def test_a_city_or_region_opening_a_name_is_part_of_the_organisation(nlp, text, expected):
    assert ents(nlp, text) == expected


def test_an_all_caps_word_of_an_organisation_name_is_that_organisation_alone(nlp):
    text = (
        "The team won silver in the FIRST Global Challenge Robot Olympics on Tuesday. "
        "The first FIRST Global competition was held in Washington. FIRST said it would return."
    )
    extraction = run(nlp, text)
    # FIRST organises the Olympics: its own actor, named inside the event's name too
    first = actor(extraction, "FIRST")
    assert [(m.text, m.start) for m in first.mentions] == [
        ("FIRST", 27),
        ("FIRST", 87),
        ("FIRST", 136),
    ]
    olympics = actor(extraction, "FIRST Global Challenge Robot Olympics")
    assert [m.text for m in olympics.mentions] == ["FIRST Global Challenge Robot Olympics"]
    assert [e for e in ents(nlp, text) if e[0] == "first"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the surname before a government noun is the person who leads it
        ("Taxes rose under the Monti government.", [("Monti", "PERSON")]),
        ("The Sunak administration denied the report.", [("Sunak", "PERSON")]),
        ("Italy's Mario Draghi resigned and the Draghi cabinet fell.",
         [("Italy", "GPE"), ("Mario Draghi", "PERSON"), ("Draghi", "PERSON")]),
        ("Talks with the Taliban government stalled.", [("Taliban", "ORG")]),
        # characters are persons, whatever else the word names
        ("Kevin Conroy, the voice of Batman in the series, spoke.",
         [("Kevin Conroy", "PERSON"), ("Batman", "PERSON")]),
        ("Mark Hamill played the Joker for years.",
         [("Mark Hamill", "PERSON"), ("Joker", "PERSON")]),
        ("Anna came dressed as Black Widow.", [("Black Widow", "PERSON")]),
        ("Fans cosplay as The Fawn every year.", [("Fawn", "PERSON")]),
        ("Players investigate the murder of Nightwing.", [("Nightwing", "PERSON")]),
        ("The killing of civilians in Mosul was condemned.", [("Mosul", "GPE")]),
        ("Staff at Voice of America reported it.", [("America", "GPE")]),
        # software is no person, here or anywhere else in the article
        ("The Safari browser was updated. Chrome now trails behind Safari.", []),
        ("Users of the Facebook app complained.", [("Facebook", "ORG")]),
    ],
)  # fmt: skip
def test_government_character_and_product_cues(nlp, text, expected):
    assert [e for e in ents(nlp, text) if e[0] != "Chrome"] == expected


def test_a_city_stays_apart_from_the_district_named_after_it(nlp):
    """Two actors; the city is also named inside the district's name (a nested mention)."""
    text = "Police in East Los Angeles said so. He had left Los Angeles on Monday."
    extraction = run(nlp, text)
    city = actor(extraction, "Los Angeles")
    assert [(m.text, m.start) for m in city.mentions] == [("Los Angeles", 15), ("Los Angeles", 48)]
    assert [m.text for m in actor(extraction, "East Los Angeles").mentions] == ["East Los Angeles"]


def test_initials_shared_by_two_named_places_stay_unresolved(nlp):
    text = "South Africa and Saudi Arabia met. SA officials spoke later. South Africa left."
    assert ("SA", "GPE") not in ents(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Taipei mayor Hau Lung-bin opened the festival.",
            [("Taipei", "place"), ("Hau Lung-bin", "person")],
        ),
        ("Striker Kim Min-ho scored twice.", [("Kim Min-ho", "person")]),
        # A hyphenated compound on one word is not a name's syllable.
        ("The Kremlin-run channel said so.", [("Kremlin", "organization")]),
        (
            "The Osterhavn Institute of Marine Research and Selva State University said so.",
            [
                ("Osterhavn Institute of Marine Research", "organization"),
                ("Selva State University", "organization"),
            ],
        ),
        (
            "The Department of Trade and Industry said so.",
            [("Department of Trade and Industry", "organization")],
        ),
    ],
)
def test_hyphenated_given_names_and_two_organisations_joined_by_and(nlp, text, expected):
    mentions = analyse(nlp, Document("d1", "t.txt", "Test", text)).mentions
    assert [(m.text, m.kind) for m in mentions] == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Mr Justice Swift said the assessment was seriously flawed.", "Justice"),
        ("Judge Swift said so.", "Judge"),
    ],
)
def test_a_judge_title_makes_an_ordinary_word_a_surname(nlp, text, role):
    swift = actor(run(nlp, text), "Swift")
    assert (swift.kind, swift.role) == ("person", role)


@pytest.mark.parametrize(
    "text",
    [
        "Veltra breached the Digital Markets Act, the Commission said.",
        "Veltra signed the Paris Agreement in 2016.",
        "The Farm Support Bill passed the Senate on Tuesday.",
    ],
)
def test_a_law_or_treaty_is_no_actor(nlp, text):
    assert [e for e in ents(nlp, text) if e[0].endswith(("Act", "Agreement", "Bill"))] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A given name before a place word opens no person: the ordinal or compass word stays.
        (
            "Boats sailed near Third Anna Reef in the North Velsa Sea on Monday.",
            [("Third Anna Reef", "place"), ("North Velsa Sea", "place")],
        ),
        # Both apostrophes join a name's possessive; people before 'of' are not in the name.
        (
            "Members of the Orvan People’s Liberation Front (OPLF) met on Monday.",
            [("Orvan People’s Liberation Front", "organization"), ("OPLF", "organization")],
        ),
        # A place's possessive names whose body follows.
        (
            "Officials said Norway’s Fisheries Directorate agreed.",
            [("Norway", "place"), ("Fisheries Directorate", "organization")],
        ),
        # A capitalised pronoun inside a sentence, before a name word, is a surname.
        ("The envoy will be He Lianmo, the vice premier.", [("He Lianmo", "person")]),
        # Ranks open a title, and a place after the title's 'for' is its portfolio.
        (
            "Acting Deputy Assistant Administrator for Asia Maria Quell visited Suva.",
            [("Maria Quell", "person"), ("Suva", "place")],
        ),
    ],
)
def test_names_bounded_by_places_possessives_pronoun_surnames_and_ranks(nlp, text, expected):
    mentions = analyse(nlp, Document("d1", "t.txt", "Test", text)).mentions
    assert [(m.text, m.kind) for m in mentions if m.role != m.text] == expected


def test_a_title_belongs_to_the_name_its_portfolio_leads_to_not_to_the_one_before_and(nlp):
    extraction = run(
        nlp,
        "On Monday, Coordinator Ilse Varn and Assistant Secretary of State for Pacific Affairs Tom Reddal "
        "visited Suva. Executive director of the Suva chapter of the Ocean Council Mara Lind "
        "said the visit mattered.",
    )
    assert actor(extraction, "Ilse Varn").role == "Coordinator"
    assert (
        actor(extraction, "Tom Reddal").role == "Assistant Secretary of State for Pacific Affairs"
    )
    assert actor(extraction, "Mara Lind").role == "Executive director"


def test_a_portfolio_after_a_title_is_the_role_not_an_actor(nlp):
    extraction = run(
        nlp,
        "Secretary of the Treasury Marta Quell said talks went well. The envoys will be "
        "Marta Quell, Secretary of the Treasury, and others.",
    )
    assert actor(extraction, "Marta Quell").role == "Secretary of the Treasury"
    assert [a.name for a in extraction.actors if a.kind == "organization"] == []


def test_a_quoted_nickname_inside_a_name_is_part_of_it(nlp):
    extraction = run(nlp, 'Thomas "Tommy" Varek, Spokesperson, said so. Tommy Varek left.')
    assert [a.name for a in extraction.actors] == ['Thomas "Tommy" Varek']
