"""One person however the outlets spell the name: a shortened given name, a transliteration."""

from __future__ import annotations

from briefing.assemble import assemble
from briefing.extract import analyse
from briefing.model import Document


def actors_of(nlp, *texts: str) -> dict[str, set[str]]:
    documents = [Document(f"d{i}", f"{i}.txt", t.split("\n")[0], t) for i, t in enumerate(texts, 1)]
    extraction = assemble([analyse(nlp, d) for d in documents], "rules")
    return {a.name: {m.text for m in a.mentions} for a in extraction.actors if a.kind == "person"}


def test_a_shortened_given_name_in_another_article_is_the_same_person(nlp):
    persons = actors_of(
        nlp,
        "Envoy heads to Nairobi\n\nEnvoy Jeff Halvorsen will travel to Nairobi. Halvorsen said talks matter.",
        "Talks resume\n\nSpecial Envoy Jeffrey Halvorsen met officials. Halvorsen urged calm.",
    )
    assert len(persons) == 1
    (mentions,) = persons.values()
    assert mentions == {"Jeff Halvorsen", "Jeffrey Halvorsen", "Halvorsen"}


def test_an_arabic_article_particle_spelt_two_ways_is_one_person(nlp):
    persons = actors_of(
        nlp,
        "Leaders speak\n\nPresident Abdel-Hamid El-Tarouni spoke with the premier on Monday.",
        "Call held\n\nPresident Abdel Hamid Al-Tarouni welcomed the call.",
    )
    assert len(persons) == 1


def test_different_given_names_stay_different_people(nlp):
    persons = actors_of(
        nlp,
        "Two ministers\n\nMinister Anna Varga met Minister Peter Varga in Budapest on Monday.",
    )
    assert {"Anna Varga", "Peter Varga"} <= set(persons)


def test_a_familiar_given_name_and_a_middle_initial_are_the_same_person(nlp):
    persons = actors_of(
        nlp,
        "Statement\n\nPresident Joseph R. Tarrant, Jr. welcomed the deal on Monday.",
        "Remarks\n\nPresident Joe Tarrant said the deal holds. Tarrant thanked Qatar.",
    )
    assert list(persons) == ["Joseph R. Tarrant, Jr."]  # the suffix: the son, not the father
    assert persons["Joseph R. Tarrant, Jr."] == {"Joseph R. Tarrant", "Joe Tarrant", "Tarrant"}


def test_a_familiar_name_of_another_given_name_stays_apart(nlp):
    persons = actors_of(
        nlp,
        "Two brothers\n\nJoe Tarrant met William Tarrant in Oslo on Monday.",
    )
    assert set(persons) == {"Joe Tarrant", "William Tarrant"}


def bodies_of(nlp, text: str) -> dict[str, set[str]]:
    document = Document("d1", "1.txt", text.split("\n")[0], text)
    extraction = assemble([analyse(nlp, document)], "rules")
    return {a.name: {m.text for m in a.mentions} for a in extraction.actors if a.kind != "person"}


def test_an_organisation_written_in_other_capitals_is_one_body(nlp):
    bodies = bodies_of(
        nlp,
        "Network talks\n\nThe mayor said he and Harbour News had talked on Monday. Later he "
        "asked that HARBOUR News pay the fee. Harbour News declined.",
    )
    assert bodies["Harbour News"] == {"Harbour News", "HARBOUR News"}
    assert "HARBOUR News" not in bodies


def test_a_party_by_its_nickname_or_its_members_is_the_party(nlp):
    bodies = bodies_of(
        nlp,
        "Primary day\n\nThe GOP nomination is close. Many Republicans say the Republican Party "
        "is split, and Democrats agree.",
    )
    assert bodies["Republican Party"] == {"GOP", "Republicans", "Republican Party"}
    assert bodies["Democratic Party"] == {"Democrats"}


def test_a_party_stays_itself_beside_a_state_chapter_named_after_it(nlp):
    bodies = bodies_of(
        nlp,
        "Delegates\n\nThe Alabama Democratic Party met on Monday. Members of the Democratic "
        "Party's elite matter.",
    )
    assert bodies["Alabama Democratic Party"] == {"Alabama Democratic Party"}
    assert bodies["Democratic Party"] == {"Democratic Party"}
