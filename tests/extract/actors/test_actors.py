"""Actors: name typing, one actor per entity, roles and salience, on sentences we wrote."""

from __future__ import annotations

import pytest

from briefing.assemble.salience import (
    KIND_WEIGHT,
    W_HEADLINE,
    W_LEAD,
    is_credit,
    salience_score,
)
from briefing.model import Actor, Document, Evidence, Quote
from briefing.read.anatomy import with_anatomy
from tests.helpers import ents, run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lone word missing from the dictionary, capitalised mid-sentence, names something
        ("Shares rose after Norvex announced a buyback.", [("Norvex", "ORG")]),
        # a known place that leads an organisation's name is its own mention
        (
            "The U.S. Department of Agriculture issued rules.",
            [("U.S.", "GPE"), ("Department of Agriculture", "ORG")],
        ),
        ("The talks were held in Washington D.C. on Friday.", [("Washington D.C.", "GPE")]),
        # a hyphenated given name and a particle joined by a hyphen stay in the name
        ("The goal came from Kim Tae-Hoon late on.", [("Kim Tae-Hoon", "PERSON")]),
        ("Talks included Ibrahim al-Rashidi and others.", [("Ibrahim al-Rashidi", "PERSON")]),
        # a descriptor before a full name is no part of it
        ("The fan favourite was Scientologist Marta Vinter.", [("Marta Vinter", "PERSON")]),
        ("Goals came from Park Joo-Ho late on.", [("Park Joo-Ho", "PERSON")]),
        (
            "The Council on Harbour Relations Alia Brandt spoke.",
            [("Council on Harbour Relations", "ORG"), ("Alia Brandt", "PERSON")],
        ),
        ("Fighting went on in Qarabel and Zorvak.", [("Qarabel", "GPE"), ("Zorvak", "GPE")]),
        ("Troops took the town of Qarabel.", [("Qarabel", "GPE")]),
        ("The deal made Zorvak richer.", [("Zorvak", "ORG")]),
        ("To be fair, By then it was late.", []),
        # a multi-word title is no organisation
        ("A plan by Prime Minister Olav Strand failed.", [("Olav Strand", "PERSON")]),
        # two capitalised words that are no dictionary words, mid-sentence: a person
        ("The referee booked Dries Vantorre twice.", [("Dries Vantorre", "PERSON")]),
        # an organisation or a place by its last word
        ("Fans gathered at the Kelvale Stadium.", [("Kelvale Stadium", "LOC")]),
        ("A grant from the Brenholt Foundation arrived.", [("Brenholt Foundation", "ORG")]),
        # communities and caption words are not actors
        ("Muslims and Afghans marched in the rain.", []),
        ("Relief at last. Image: courtesy of the author.", []),
        ("Prices of IE6 and GMT offsets were listed.", []),
        ("She posted #HarbourNow and @Norvex online.", []),
        ("Peru lead Group C after two games.", [("Peru", "GPE"), ("Group C", "ORG")]),
        ("She leads the Sons of Norrvik party.", [("Sons of Norrvik", "ORG")]),
        ("Harbour Watch International criticised it.", [("Harbour Watch International", "ORG")]),
        # a lone unknown word at a sentence start needs the document to capitalise it
        ("Cosplay was popular. Fans loved cosplay.", []),
        ("OSLORIA — Talks resumed.", []),
        ("BRUSSELS — Talks resumed.", [("BRUSSELS", "GPE")]),
        # initials belong to the name; a given name that is also a city starts a person
        ("Talks with Lt. Gen. Pavel R. Dvorak ended.", [("Pavel R. Dvorak", "PERSON")]),
        ("A memoir by George W. Kessler sold well.", [("George W. Kessler", "PERSON")]),
        ("They met in Washington D.C. The mood was calm.", [("Washington D.C.", "GPE")]),
        # a prize, event or work is never a person
        ("She, a Halvard Prize winner, spoke.", []),
        # a headline run is typed by the names the body gives its pieces
        (
            "Norvex Harbour Cup 2030 Day Three Ends\n\nFans saw Norvex sponsor the Harbour Cup.",
            [("Harbour Cup", "ORG"), ("Norvex", "ORG"), ("Harbour Cup", "ORG")],
        ),
        ("Labour said the Red Cross would help.", [("Labour", "ORG"), ("Red Cross", "ORG")]),
        # a compass word before a known place; a work's title; an organisation by context
        ("Police in East Los Angeles said so.", [("East Los Angeles", "GPE")]),
        ("She launched her graphic novel Harrow Vintner there.", []),
        ("Data from the company Norvex Data showed it.", [("Norvex Data", "ORG")]),
        ("Students at Istituto Varganti protested.", [("Istituto Varganti", "ORG")]),
        (
            "Talks between the State and Harbour Security Departments ended.",
            [("State", "ORG"), ("Harbour Security Departments", "ORG")],
        ),
        # an organisation's name ends where a person who speaks elsewhere begins
        (
            "A student at Harbour University Norvale Selma Drachova wrote. Drachova said so.",
            [
                ("Harbour University Norvale", "ORG"),
                ("Selma Drachova", "PERSON"),
                ("Drachova", "PERSON"),
            ],
        ),
    ],
)
def test_name_types(nlp, text, expected):
    assert ents(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sales of General Motors fell.",
        "The new Airbus A380 flew.",
        "The MP3 Player sold well.",
        "She, a Halvard Prize winner, spoke.",
    ],
)
def test_no_person_in(nlp, text):
    assert [e for e in ents(nlp, text) if e[1] == "PERSON"] == []


def test_surname_and_given_name_follow_the_full_name(nlp):
    text = "Sylvan Mork won the race. Later Mork said the Mork plan stood. Sylvan was tired."
    assert ents(nlp, text) == [
        ("Sylvan Mork", "PERSON"),
        ("Mork", "PERSON"),
        ("Mork", "PERSON"),
        ("Sylvan", "PERSON"),
    ]


def test_headline_words_are_typed_only_by_the_body(nlp):
    text = "Brightwater Gains Ground In Vellany Market Talks\n\nThe firm Brightwater grew fast."
    assert ("Brightwater", "ORG") in ents(nlp, text)
    assert not any(name.startswith("Gains") or "Market" in name for name, _ in ents(nlp, text))


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


# ------------------------------------------------------------------ salience


def _document(text: str, title: str = "Headline here") -> Document:
    return with_anatomy(Document("d1", "t.txt", title, title + "\n\n" + text))


def _actor(actor_id: str, kind: str, spans: list[tuple[int, int]], text: str) -> Actor:
    mentions = tuple(Evidence("d1", s, e, text[s:e]) for s, e in spans)
    return Actor(actor_id, text[spans[0][0] : spans[0][1]], kind, mentions=mentions)


def test_salience_counts_headline_mentions_quotes_and_kind():
    document = _document("Body " * 100 + "Anna Berg spoke. Anna Berg left.", "Osterhavn votes")
    text = document.text
    docs = {"d1": document}
    place = _actor("a1", "place", [(0, 10)], text)
    body = text.index("Anna Berg")
    person = _actor("a2", "person", [(body, body + 9), (body + 17, body + 26)], text)
    quote = Quote("q1", "d1", 0, 1, "x", "direct", speaker="a2")
    place_score = salience_score(place, [], docs)
    assert place_score == pytest.approx((1.0 * 0.6931 + W_HEADLINE) * KIND_WEIGHT["place"], 1e-3)
    unquoted = salience_score(person, [], docs)
    assert salience_score(person, [quote], docs) > unquoted
    assert place_score > unquoted  # a place in the headline outranks a person named twice


def test_a_dateline_place_gets_no_lead_credit():
    document = _document("OSTERHAVN — Talks in Osterhavn ended.", "Talks end")
    text = document.text
    docs = {"d1": document}
    dateline = _actor("a1", "place", [(text.index("OSTERHAVN"), text.index("OSTERHAVN") + 9)], text)
    body = text.index("Osterhavn e")
    named = _actor("a2", "place", [(body, body + 9)], text)
    assert salience_score(named, [], docs) == pytest.approx(
        salience_score(dateline, [], docs) + W_LEAD * KIND_WEIGHT["place"]
    )


def test_the_lead_is_the_first_paragraph_after_date_lines_and_captions():
    body = (
        "Monday, March 3, 2025\n\n"
        "Crowds at the quay. Image: Lena Park.\n\n"
        "OSTERHAVN, March 3 (Reuters) - Norvex will cut jobs.\n\n"
        "The firm supplies Baltro."
    )
    document = _document(body, "Norvex cuts jobs")
    text = document.text
    docs = {"d1": document}

    def score(name: str) -> float:
        start = text.index(name)
        return salience_score(_actor("a1", "organization", [(start, start + 6)], text), [], docs)

    # Both are named once outside the headline; only Norvex is in the lead paragraph,
    # though Baltro is within its first 300 characters too.
    assert score("Norvex will") - score("Baltro") == pytest.approx(
        W_LEAD * KIND_WEIGHT["organization"]
    )


def test_photo_credits_do_not_count():
    text = "Crowds gathered. Image: Lena Park. Image: Twitter / Lena Park."
    assert is_credit(text, text.index("Lena"))
    assert is_credit(text, text.rindex("Lena"))
    assert not is_credit(text, text.index("Crowds"))
    document = _document(text)
    start = document.text.index("Lena")
    credit = _actor("a1", "person", [(start, start + 9)], document.text)
    assert salience_score(credit, [], {"d1": document}) == 0.0


def test_actors_are_ranked_with_the_headline_actor_first(nlp):
    title = "Norvex cuts jobs in Bergen"
    text = title + "\n\nThe union said Lars Vik had warned of this, but Norvex did not comment."
    ranked = run(nlp, text, title).actors
    assert ranked[0].name == "Norvex"
    assert ranked[0].salience == 1.0
    assert [a.salience for a in ranked] == sorted((a.salience for a in ranked), reverse=True)


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
    assert "Director" in actors["Ivo Brask"].aliases


def test_a_title_before_a_name_is_no_separate_person(nlp):
    assert ents(nlp, "Prime Minister Olav Strand spoke.") == [("Olav Strand", "PERSON")]


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


def test_trained_entities_get_roles_aliases_and_groups_from_the_rules(trained):
    text = (
        "Minister Alva Brenner met Oskar Lind in Tallinn. Western leaders waited. "
        "Brenner spoke for the Harbour Council."
    )
    assert "name_tagger" not in trained.pipe_names  # the model's own entities are used
    extraction = run(trained, text)
    people = {a.name: a for a in extraction.actors if a.kind == "person"}
    assert people["Alva Brenner"].role == "Minister"
    assert [a.name for a in extraction.actors if a.kind == "group"] == ["Western leaders"]


def test_a_capital_speaks_for_its_country(nlp):
    text = "Moscow said the talks had failed. The Kremlin denied any role."
    actors = {a.name: a for a in run(nlp, text).actors}
    assert (actors["Moscow"].kind, actors["Moscow"].affiliation) == ("place", "Russia")
    assert (actors["Kremlin"].kind, actors["Kremlin"].affiliation) == ("organization", "Russia")


def test_the_request_of_a_named_body_is_said_by_that_body():
    from briefing.assemble.quotes import link_speakers
    from briefing.extract import Findings
    from briefing.model import NameMention

    text = "The court upheld the request of the Harbour Council that schools pay."
    start = text.index("the request")
    council = text.index("Harbour Council")
    quote = Quote(
        "q", "d1", text.index("that"), len(text) - 1, "that schools pay", "indirect",
        speaker_text="the request of the Harbour Council", speaker_start=start,
        speaker_end=council + 15,
    )  # fmt: skip
    mention = NameMention("d1", council, council + 15, "Harbour Council", "organization")
    findings = Findings(_document(text), (mention,), (quote,), (), (), ())
    actors = [_actor("a1", "organization", [(council, council + 15)], text)]
    resolve = lambda doc, s, e: "a1" if s < council + 15 and council < e else None  # noqa: E731
    assert link_speakers([findings], actors, resolve)[0].speaker == "a1"


@pytest.mark.parametrize(
    ("speaker", "actor"),
    [("Recent", None), ("Internet", None), ("Solvia", "Solvia"), ("Officials", "Officials")],
)
def test_a_lone_ordinary_word_speaks_for_nobody(speaker, actor):
    from briefing.assemble.quotes import speakers_as_actors

    quote = Quote("q1", "d1", 20, 30, "it was bad", "indirect", speaker_text=speaker)
    quote = replace_quote(quote, speaker_start=0, speaker_end=len(speaker))
    actors, _ = speakers_as_actors([], [quote])
    assert [a.name for a in actors] == ([actor] if actor else [])


def replace_quote(quote: Quote, **changes) -> Quote:
    from dataclasses import replace

    return replace(quote, **changes)


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
