"""Names inside names and names written two ways, on sentences we wrote: a place named inside
an organisation's name, public bodies named after a country, a person before 'of'/'for' and
an organisation, bracketed acronym expansions, and reworded organisation names."""

from __future__ import annotations

import pytest

from briefing.assemble import assemble
from briefing.assemble.actors import span_resolver
from briefing.extract import analyse
from briefing.model import Document, Extraction
from briefing.nlp import gazetteers as gz
from tests.helpers import actor, ents, run


def names(extraction: Extraction) -> set[str]:
    return {a.name for a in extraction.actors}


def test_a_named_place_is_also_named_inside_an_organisation(nlp):
    text = (
        "Fans came to Toronto on Friday. The show took place at the Metro Toronto "
        "Convention Centre this weekend."
    )
    extraction = run(nlp, text)
    toronto = actor(extraction, "Toronto")
    assert [(m.text, m.start) for m in toronto.mentions] == [("Toronto", 13), ("Toronto", 65)]
    centre = actor(extraction, "Metro Toronto Convention Centre")
    assert [m.text for m in centre.mentions] == ["Metro Toronto Convention Centre"]


def test_an_acronym_is_the_parent_of_the_body_it_opens_not_its_short_form(nlp):
    text = (
        "ZURICH (Wire) - FIFA will pick the hosts on Friday. FIFA President Ivo Marek "
        "defended the process. Norway will table a motion at the FIFA Congress in May."
    )
    extraction = run(nlp, text)
    fifa = actor(extraction, "FIFA")
    assert [m.start for m in fifa.mentions] == [16, 52, 133]  # the last inside the Congress
    assert [m.text for m in actor(extraction, "FIFA Congress").mentions] == ["FIFA Congress"]
    assert actor(extraction, "Ivo Marek").affiliation == "FIFA"


def test_a_country_code_inside_a_broadcaster_is_that_country(nlp):
    text = (
        "The UK will change its asylum rules. Home Secretary Suella Braverman told "
        'GB News: "It is clear that we have to act."'
    )
    assert ("GB News", "ORG") in ents(nlp, text)  # "News:" is no caption opener
    extraction = run(nlp, text)
    uk = actor(extraction, "United Kingdom")
    assert sorted(m.text for m in uk.mentions) == ["GB", "UK"]
    assert "GB" not in names(extraction)
    assert gz.country_codes()["GB"] == "United Kingdom"


def test_a_place_named_only_inside_a_name_adds_no_actor(nlp):
    extraction = run(nlp, "Researchers at the University of Sheffield published the study.")
    assert names(extraction) == {"University of Sheffield"}


def test_a_span_goes_to_the_actor_whose_mention_covers_it_best(nlp):
    text = "He had left Los Angeles on Monday. The LA Weekly reported his arrest."
    extraction = run(nlp, text)
    resolve = span_resolver(extraction.actors)
    weekly, city = actor(extraction, "LA Weekly"), actor(extraction, "Los Angeles")
    start = text.index("LA Weekly")
    assert resolve("d1", start, start + len("LA Weekly")) == weekly.id
    assert resolve("d1", start, start + 2) == city.id
    assert resolve("d1", start + 3, start + 9) == weekly.id


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The rules came from Food Standards Australia New Zealand last year.",
         [("Food Standards Australia New Zealand", "ORG")]),
        ("He spoke to Tourism Australia on Monday.", [("Tourism Australia", "ORG")]),
        ("The grant came from Sport England.", [("Sport England", "ORG")]),
        ("Later Paul Australia said no.", [("Paul Australia", "PERSON")]),
        ("Officials in Southeast Asia met.", [("Southeast Asia", "GPE")]),
        ("Visitors to Western Australia rose.", [("Western Australia", "GPE")]),
    ],
)  # fmt: skip
def test_common_words_before_a_country_name_a_body_of_it(nlp, text, expected):
    assert ents(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"It is serious," said Lydia Buchtmann for Food Standards Australia New Zealand.',
         [("Lydia Buchtmann", "PERSON"), ("Food Standards Australia New Zealand", "ORG")]),
        ("Anna Holm of Greenpeace said the quota was too high.",
         [("Anna Holm", "PERSON"), ("Greenpeace", "ORG")]),
        ("The Council for the Exploration of the Sea advised cuts.",
         [("Council for the Exploration of the Sea", "ORG")]),
    ],
)  # fmt: skip
def test_a_person_before_of_or_for_and_an_organisation_is_apart(nlp, text, expected):
    assert ents(nlp, text) == expected


def test_a_bracketed_expansion_of_an_acronym_is_the_acronym_actor(nlp):
    text = (
        "FIRST holds a robotics contest every year. FIRST (For Inspiration and Recognition "
        "of Science and Technology) was founded in 1989. FIRST said more teams applied."
    )
    assert ("For Inspiration and Recognition of Science and Technology", "ORG") in ents(nlp, text)
    extraction = run(nlp, text)
    first = actor(extraction, "For Inspiration and Recognition of Science and Technology")
    assert sorted(m.text for m in first.mentions) == [
        "FIRST",
        "FIRST",
        "FIRST",
        "For Inspiration and Recognition of Science and Technology",
    ]


def test_brackets_that_spell_no_acronym_are_left_alone(nlp):
    assert ents(nlp, "The talks (Monday and Tuesday) ended without a deal.") == []


def test_a_reworded_organisation_name_is_one_actor(nlp):
    text = (
        "The State Department said on Monday that it would act. A Department of State "
        "spokesman agreed."
    )
    extraction = run(nlp, text)
    department = actor(extraction, "Department of State")
    assert department.aliases == ("State Department",)
    assert len(department.mentions) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She studied at the University of Sheffield of the UK.",
         [("University of Sheffield", "ORG"), ("UK", "GPE")]),
        ("The Supreme Court of the United States ruled.",
         [("Supreme Court of the United States", "ORG")]),
        ("Troops entered the Democratic Republic of the Congo. The DRC army said so.",
         [("Democratic Republic of the Congo", "GPE"), ("DRC", "GPE")]),
        ("The State of Palestine asked for help.", [("State of Palestine", "GPE")]),
        ("The Ministry of Foreign Affairs of the Russian Federation said so.",
         [("Ministry of Foreign Affairs of the Russian Federation", "ORG")]),
    ],
)  # fmt: skip
def test_a_country_after_a_placed_name_says_where_it_is(nlp, text, expected):
    assert ents(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"No," said Niels de Groot, a spokesman for FNV Havens, the port section.',
         [("Niels de Groot", "PERSON"), ("FNV Havens", "ORG")]),
        ("A spokeswoman for Leeds City Council said so.", [("Leeds City Council", "ORG")]),
        ("He met the Los Angeles City Council.", [("Los Angeles City Council", "ORG")]),
        ("Dock workers at the Port of Rotterdam walked out.", [("Port of Rotterdam", "ORG")]),
        ("A lawyer for Tom Havens said so.", [("Tom Havens", "PERSON")]),
    ],
)  # fmt: skip
def test_a_body_someone_speaks_for_is_an_organisation(nlp, text, expected):
    assert ents(nlp, text) == expected


def test_a_city_whose_name_has_an_article_keeps_it(nlp):
    extraction = run(nlp, "The minister will meet them in The Hague on Thursday.")
    assert names(extraction) == {"The Hague"}


def test_a_city_that_speaks_as_a_surname_is_the_person(nlp):
    text = (
        "The study was led by Dr Maria Santos of the University of Lisbon. "
        '"Heat is a silent killer," Santos said.'
    )
    extraction = run(nlp, text)
    santos = actor(extraction, "Maria Santos")
    assert [m.text for m in santos.mentions] == ["Maria Santos", "Santos"]
    assert santos.affiliation == "University of Lisbon"
    assert "Santos" not in names(extraction)
    # a city that does not speak stays the city
    assert ("Santos", "GPE") in ents(nlp, "Maria Santos flew to Santos on Monday.")


def test_two_name_particles_join_and_a_capitalised_one_is_the_same_person(nlp):
    text = (
        "Merz will meet Commission President Ursula von der Leyen on October 8. "
        "Von der Leyen said the aid would be assessed."
    )
    assert ("Ursula von der Leyen", "PERSON") in ents(nlp, text)
    extraction = run(nlp, text)
    leyen = actor(extraction, "Ursula von der Leyen")
    assert leyen.aliases == ("Von der Leyen",)
    assert (leyen.role, leyen.affiliation) == ("President", "Commission")


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        ("Veltra CEO Priya Raman said the company was confident.", "Priya Raman", "CEO",
         "Veltra"),
        ("The European Commission will rule. Commission President Ursula von der Leyen said "
         "so.", "Ursula von der Leyen", "President", "European Commission"),
        ("Brexit Secretary David Davis spoke.", "David Davis", "Brexit Secretary", None),
    ],
)  # fmt: skip
def test_a_body_before_an_owned_title_is_the_affiliation(nlp, text, name, role, affiliation):
    person = actor(run(nlp, text), name)
    assert (person.role, person.affiliation) == (role, affiliation)


def test_a_short_form_only_in_the_headline_is_the_body_s_first_long_name(nlp):
    text = (
        "Court blocks deportation flight\n\n"
        "The High Court on Tuesday blocked the flight. The Court of Appeal is expected to "
        "hear the case in May."
    )
    extraction = assemble(
        [analyse(nlp, Document("d1", "t.txt", "Court blocks deportation flight", text))],
        "rules",
    )
    high = next(a for a in extraction.actors if a.name == "High Court")
    assert high.aliases == ("Court",)
    assert "Court" not in names(extraction)
    appeal = next(a for a in extraction.actors if a.name == "Court of Appeal")
    assert appeal.aliases == ()


@pytest.mark.parametrize(
    ("text", "name", "aliases"),
    [
        ("Brazilian President Luiz Inácio Lula da Silva signed the deal. Lula said it was "
         "good.", "Luiz Inácio Lula da Silva", ("Lula",)),
        ("Ana dos Santos said so.", "Ana dos Santos", ()),
    ],
)  # fmt: skip
def test_particles_stay_inside_a_person_s_name(nlp, text, name, aliases):
    assert actor(run(nlp, text), name).aliases == aliases


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Both will testify before the Senate Energy and Natural Resources Committee.",
         [("Senate Energy and Natural Resources Committee", "ORG")]),
        ("The Ministry of Energy and Ministry of Finance met.",
         [("Ministry of Energy", "ORG"), ("Ministry of Finance", "ORG")]),
    ],
)  # fmt: skip
def test_and_splits_two_whole_organisations_only(nlp, text, expected):
    assert ents(nlp, text) == expected


def test_an_ampersand_name_is_one_organisation_and_its_initials_join_it(nlp):
    text = (
        "Johnson & Johnson agreed on Wednesday to pay $8.9 billion. Erik Haas, J&J's worldwide "
        "vice president of litigation, said the settlement was fair."
    )
    extraction = run(nlp, text)
    company = actor(extraction, "Johnson & Johnson")
    assert (company.kind, company.aliases) == ("organization", ("J&J",))
    haas = actor(extraction, "Erik Haas")
    assert (haas.role, haas.affiliation) == (
        "worldwide vice president of litigation",
        "Johnson & Johnson",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Andy Birchfield of Beasley Allen said the firm would fight.",
         [("Andy Birchfield", "PERSON"), ("Beasley Allen", "ORG")]),
        ("A federal bankruptcy judge in Trenton, Michael Kaplan, must approve the plan.",
         [("Trenton", "GPE"), ("Michael Kaplan", "PERSON")]),
    ],
)  # fmt: skip
def test_a_firm_after_a_person_and_a_lone_word_after_in(nlp, text, expected):
    assert ents(nlp, text) == expected


def test_an_organisation_inside_a_title_before_a_name_is_no_actor(nlp):
    extraction = run(nlp, "Treasury Cabinet Secretary John Mbadi said the targets would be met.")
    assert names(extraction) == {"John Mbadi"}
    assert actor(extraction, "John Mbadi").role == "Treasury Cabinet Secretary"


@pytest.mark.parametrize(
    ("text", "name", "affiliation"),
    [
        # introduced in full: the body after 'at' is where the person works
        (
            "Maria Santos at the University of Lisbon said the data were clear.",
            "Maria Santos",
            "University of Lisbon",
        ),
        # a later mention by surname: 'at' places the act, not a job
        (
            "Ana Ruiz praised Tom Berg. Berg worked for Ruiz at the Harbour Authority for years.",
            "Ana Ruiz",
            None,
        ),
        (
            "Lena Holt was a mentor to Mr. Dahl at Nordvik Law School. Jon Dahl spoke on Monday.",
            "Jon Dahl",
            None,
        ),
        (
            "A summit of Mr. Dahl and Mr. Voss at the Sunnylands estate helped. Jon Dahl and "
            "Nils Voss spoke.",
            "Nils Voss",
            None,
        ),
    ],
)
def test_a_body_after_at_is_the_workplace_only_of_a_name_given_in_full(
    nlp, text, name, affiliation
):
    assert actor(run(nlp, text), name).affiliation == affiliation
