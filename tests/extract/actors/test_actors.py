"""Actors from sentences we wrote: one actor per entity, roles from titles, the groups a
headline names, a standalone title, and a trained pipeline's names given roles by the rules."""

from __future__ import annotations

import pytest

from tests.helpers import run


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Coastal Fisheries Council met. The CFC later said quotas would fall.",
            {"Coastal Fisheries Council": {"CFC"}},
        ),
        (
            "The Harbour Court of Appeal ruled on Monday. The Court said the law stood.",
            {"Harbour Court of Appeal": {"Court"}},
        ),
        (
            "South Korea beat Peru. Korea scored twice.",
            {"South Korea": {"Korea"}},
        ),
        # a country's own name is never the short form of another country
        ("Sudan and South Sudan signed. Sudan paid first.", {"Sudan": set(), "South Sudan": set()}),
        # 'the' and a people in the plural act as the country the story names
        ("Belgium beat Panama. A volley put the Belgians ahead.", {"Belgium": {"Belgians"}}),
        # a misspelt surname is the person named in full with the nearly same surname
        (
            "The spokeswoman Lydia Harrowmann said it was fine. Later, Ms Harowman said more.",
            {"Lydia Harrowmann": {"Harowman"}},
        ),
        (
            "Kim Tae-Hoon and Kim Jae-Won played. Kim Jae-Won scored and Kim ran back.",
            {"Kim Jae-Won": {"Kim"}},
        ),
    ],
)
def test_one_actor_per_entity(nlp, text, names):
    actors = {a.name: set(a.aliases) for a in run(nlp, text).actors}
    for name, aliases in names.items():
        assert aliases <= actors[name], actors


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        (
            "Mr Holm met the Chilean Foreign Minister, Rosa Aranda, in Oslo.",
            "Rosa Aranda",
            "Foreign Minister",
            "Chile",
        ),
        (
            "On his first visit as Minister for Northern Affairs, Mr Dalby met officials.",
            "Dalby",
            "Minister for Northern Affairs",
            None,
        ),
        ("In Peru Minister Tomas Ekdal met farmers.", "Tomas Ekdal", "Minister", None),
        (
            "U.S. Secretary of Defense Ash Carter said strikes went on.",
            "Ash Carter",
            "Secretary of Defense",
            "United States",
        ),
    ],
)
def test_roles_from_titles_set_before_the_name(nlp, text, name, role, affiliation):
    actor = next(a for a in run(nlp, text).actors if a.name == name)
    assert (actor.role, actor.affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    ("title", "body", "group", "mentions"),
    [
        ("Dockers strike at Harwich port", "The dockers want more pay.", "Dockers", 2),
        ("Rural councils ask for flood money", "Many councils agree.", "Rural councils", 2),
        ("Norvex waits for approval", "Norvex filed in May.", None, 0),
        ("Commission defends quota plan", "The Commission met.", None, 0),
        ("Prices rise as winter nears", "Fuel prices doubled.", None, 0),
        # anywhere in the headline: an adjective and a plural of people, written again
        (
            "Harbour town asks rent from public schools",
            "Public schools must pay. Two public schools refused.",
            "public schools",
            3,
        ),
        ("Harbour town asks rent from public schools", "Nobody paid.", None, 0),
        # repeated three times in the article, headline or not
        (
            "Browser maker ends support",
            "V8 users must move. Most V8 users agree, but V8 users in Bergen do not.",
            "V8 users",
            3,
        ),
        ("Browser maker ends support", "V8 users must move. V8 users agree.", None, 0),
    ],
)
def test_headline_opening_with_a_plural_noun_names_a_group(nlp, title, body, group, mentions):
    actors = run(nlp, title + "\n\n" + body, title).actors
    groups = [a for a in actors if a.kind == "group"]
    if group is None:
        assert groups == []
        return
    assert [(a.name, len(a.mentions)) for a in groups] == [(group, mentions)]


def test_a_standalone_title_is_its_holder(nlp):
    text = (
        "Home Secretary Greta Lund met police chiefs. Later the Home Secretary said no more. "
        "Professor Ivo Brask, Director of the Wetland Survey, agreed."
    )
    actors = {a.name: a for a in run(nlp, text).actors if a.kind == "person"}
    assert set(actors) == {"Greta Lund", "Ivo Brask"}
    assert "Home Secretary" in actors["Greta Lund"].aliases
    assert "Director of the Wetland Survey" in actors["Ivo Brask"].aliases  # with its portfolio


def test_acronym_in_brackets_joins_the_name_before_it(nlp):
    text = "The Nordic Pilots Guild (NPG) met. The NPG said no."
    actors = {a.name: set(a.aliases) for a in run(nlp, text).actors}
    assert "NPG" in actors["Nordic Pilots Guild"], actors


def test_a_shared_surname_goes_to_the_person_named_most(nlp):
    text = (
        "Omar Haddad built a clock. Omar Haddad is 14. His father Samir Haddad was proud. "
        "Haddad said he would keep building."
    )
    actors = {a.name: set(a.aliases) for a in run(nlp, text).actors if a.kind == "person"}
    assert "Haddad" in actors["Omar Haddad"], actors


# ------------------------------------------------------------------ trained pipeline


@pytest.fixture(scope="module")
def trained(tiny_model):
    """The tiny NER pipeline of conftest, loaded as `--model` would load it."""
    from briefing.nlp import load_pipeline

    return load_pipeline(str(tiny_model))[0]


def test_a_trained_pipeline_names_actors_with_the_rules(trained):
    text = (
        "Minister Alva Brenner met Oskar Lind in Tallinn. Western leaders waited. "
        "Brenner spoke for the Harbour Council."
    )
    assert "name_tagger" in trained.pipe_names and "ner" in trained.disabled
    extraction = run(trained, text)
    people = {a.name: a for a in extraction.actors if a.kind == "person"}
    assert people["Alva Brenner"].role == "Minister"
    assert [a.name for a in extraction.actors if a.kind == "group"] == ["Western leaders"]


def test_a_capital_speaks_for_its_country(nlp):
    text = "Moscow said the talks had failed. The Kremlin denied any role."
    actors = {a.name: a for a in run(nlp, text).actors}
    assert (actors["Moscow"].kind, actors["Moscow"].affiliation) == ("place", "Russia")
    assert (actors["Kremlin"].kind, actors["Kremlin"].affiliation) == ("organization", "Russia")


def test_a_headline_repeated_as_the_first_line_names_no_actor(nlp):
    # Pasted articles often repeat the headline; its capitals are title case, not names.
    headline = "Norway’s Refusal of EU Quotas in the North Sea Sparks Fishing Dispute"
    text = (
        f"{headline}\n\n{headline.replace('’', chr(39))}\n\n"
        "Fisheries Minister Erik Haugland said on Monday that the quotas were too low. "
        "Haugland will meet the Commission next week."
    )
    names = {a.name for a in run(nlp, text, title=headline).actors}
    assert "Refusal" not in names and "Sparks" not in names
    assert "Erik Haugland" in names


def test_the_head_of_a_named_group_refers_back_to_it(nlp):
    """'a Norwegian delegation ... The delegation met ...': one group, mentioned three times;
    a 'delegation' before the group is named is no mention of it."""
    text = (
        "Talks on the quota stalled, and the delegation idea was dropped.\n\n"
        "On Monday a high-level Norwegian delegation visited Reykjavik. The delegation met the "
        "minister for two hours, and later the delegation flew home."
    )
    groups = [a for a in run(nlp, text).actors if a.kind == "group"]
    assert [(a.name, len(a.mentions)) for a in groups] == [("Norwegian delegation", 3)]
    # two named groups with one noun: 'the team' could be either, so it is neither
    text = "The Afghan team met the European team in the final. The team celebrated late."
    groups = [a for a in run(nlp, text).actors if a.kind == "group"]
    assert {a.name: len(a.mentions) for a in groups} == {"Afghan team": 1, "European team": 1}
    # nor when the other group's word is one no list knows ('Brazillian', misspelt)
    text = "The US team met the Brazillian team in the final. The team lost a point."
    groups = [a for a in run(nlp, text).actors if a.kind == "group"]
    assert {a.name: len(a.mentions) for a in groups} == {"US team": 1}


def test_a_nationality_the_gazetteer_lacked_makes_a_group():
    """'the Ethiopian and Eritrean forces': 'Eritrean' is a nationality (demonyms.tsv)."""
    from briefing.nlp import gazetteers as gz

    assert gz.country_of("Eritrean") == "Eritrea"
    assert gz.country_of("Cambodian") == "Cambodia"
    assert "Philippines" not in gz.nationalities()  # a country, never a people's plural


def test_forces_of_a_nationality_are_a_group(nlp):
    text = "All parties, the Ethiopian and Eritrean forces among them, must allow access."
    groups = {a.name for a in run(nlp, text).actors if a.kind == "group"}
    assert "Eritrean forces" in groups


def test_a_name_only_in_a_headline_with_a_full_stop_is_no_actor(nlp):
    """A title-case headline capitalises every word, so 'Just Signed' runs on from the name;
    the rule tagger takes a headline with a final stop for a sentence. The body names her."""
    headline = "Mara Lindqvist Just Signed A Bold Pledge To Harbour Towns."
    text = (
        f"{headline}\n\nMara Lindqvist, the fisheries minister, signed a pledge on Monday. "
        "Lindqvist said the towns would gain."
    )
    actors = run(nlp, text, title=headline).actors
    assert [(a.name, a.role) for a in actors] == [("Mara Lindqvist", "fisheries minister")]


def test_words_opening_a_sentence_case_headline_are_no_name_unless_the_body_gives_them(nlp):
    """'Outside Harbour group goes in big': the line's first capital is no name's, and the
    body never says 'Outside Harbour'; a name inside such a headline ('Dorvik') is one."""
    headline = "Outside Harbour group goes in big as Dorvik rejects quota."
    text = (
        f"{headline}\n\nA fishing group will spend $150,000 on ads for Mara Lindqvist, the "
        "fisheries minister, said on Monday."
    )
    names = {a.name for a in run(nlp, text, title=headline).actors}
    assert "Outside Harbour" not in names
    assert "Dorvik" in names


def test_a_party_adjective_is_no_body_and_names_the_party(nlp):
    """'the Democratic nomination': the adjective modifies a noun, so it is no actor; as a
    role's owner ('Democratic nominee') it stands for the party, named in full."""
    text = (
        "Ines Valdor won the Democratic nomination on Tuesday, and the Republican contest "
        "stayed open. Democratic nominee Ines Valdor spoke later."
    )
    actors = run(nlp, text).actors
    assert [(a.name, a.kind, a.role, a.affiliation) for a in actors] == [
        ("Ines Valdor", "person", "nominee", "Democratic Party")
    ]


def test_a_headline_name_the_body_shortens_to_its_surname_stays(nlp):
    """'Mara Lindqvist: ...' in a title-case headline and only 'Lindqvist' in the body: given
    name and surname make her name, so she is not cut to 'Lindqvist'."""
    headline = "Mara Lindqvist: I Am Tired Of Waiting For The Harbour Deal."
    text = (
        f"{headline}\n\nThe fisheries minister, Lindqvist, said on Monday that talks had stalled."
    )
    names = {a.name for a in run(nlp, text, title=headline).actors if a.kind == "person"}
    assert names == {"Mara Lindqvist"}


def test_a_surname_with_a_hyphened_particle_is_one_person(nlp):
    """'Tariq al-Kassem' and the later 'Kassem': 'al-' is a particle of the surname."""
    text = "President Tariq al-Kassem spoke on Monday. Later Kassem agreed to talks."
    actors = [(a.name, a.aliases) for a in run(nlp, text).actors]
    assert actors == [("Tariq al-Kassem", ("Kassem",))]


def test_a_repeated_group_is_named_by_a_whole_word_not_a_possessives_ending(nlp):
    """'the port's unions' three times: the 's' of the possessive makes no group 's unions';
    'dock workers' three times is a group the article is about."""
    text = " ".join(
        [
            "The levy angered the port's unions and dock workers on Monday.",
            "Dock workers marched. The port's unions met the mayor.",
            "The port's unions and dock workers will strike on Friday.",
        ]
    )
    names = {a.name.lower() for a in run(nlp, text).actors}
    assert "dock workers" in names
    assert not any(name.startswith("s ") for name in names)
