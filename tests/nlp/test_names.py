"""The rule name tagger (nlp/names/): which words it names and as what, on sentences we
wrote. Names as actors (roles, one actor per entity) are tested in tests/extract/actors/."""

from __future__ import annotations

import pytest

from tests.helpers import ents


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
        # an apostrophe inside a surname keeps it a name, either apostrophe
        ("Former governor Marta O'Rourke joined the debate.", [("Marta O'Rourke", "PERSON")]),
        ("The report reached Aidan O’Keeffe on Monday.", [("Aidan O’Keeffe", "PERSON")]),
        (
            "The Council on Harbour Relations Alia Brandt spoke.",
            [("Council on Harbour Relations", "ORG"), ("Alia Brandt", "PERSON")],
        ),
        ("Fighting went on in Qarabel and Zorvak.", [("Qarabel", "GPE"), ("Zorvak", "GPE")]),
        ("Troops took the town of Qarabel.", [("Qarabel", "GPE")]),
        # the old name of a country is that country, not a given name ("Burma")
        ("Aid to Burma rose. Burma said no.", [("Burma", "GPE"), ("Burma", "GPE")]),
        ("The deal made Zorvak richer.", [("Zorvak", "ORG")]),
        ("To be fair, By then it was late.", []),
        # a title word that is a surname too ends a name after a given name, never opens one
        ("Rep. Steve King said the bill was wrong.", [("Steve King", "PERSON")]),
        ("Tennis great Billie Jean King remembered him.", [("Billie Jean King", "PERSON")]),
        ("Former Prime Minister John Major spoke.", [("John Major", "PERSON")]),
        ("King Harald opened the session.", [("Harald", "PERSON")]),
        # a court case's parties are no actors; a race's rivals are ("vs.")
        (
            "The Roe v. Wade decision stands, Ann Berg said. Judges may overturn Roe v. Wade.",
            [("Ann Berg", "PERSON")],
        ),
        (
            "The Ann Berg vs. Jon Lund race is close.",
            [("Ann Berg", "PERSON"), ("Jon Lund", "PERSON")],
        ),
        # peoples side by side are one group, never a person
        ("The killing of Iraqi Kurds was condemned.", []),
        ("A majority of Britons voted to leave.", []),
        # a run set off by a comma and a US state is a town there, unless a person's
        ("Jobs left Varnley, Mich. last year.", [("Varnley", "GPE")]),
        (
            "They met near the Osterby, New York, home of the couple.",
            [("Osterby", "GPE"), ("New York", "GPE")],
        ),
        (
            "Ann Berg, Texas, and Jon Lund, Ohio, won.",
            [("Ann Berg", "PERSON"), ("Texas", "GPE"), ("Jon Lund", "PERSON"), ("Ohio", "GPE")],
        ),
        # an area that is no state is a place, not a body ("Pacific Gas" is another matter)
        (
            "Jobs left the Rust Belt and the Asia-Pacific.",
            [("Rust Belt", "GPE"), ("Asia-Pacific", "GPE")],
        ),
        ("The Arctic Council met in the Arctic.", [("Arctic Council", "ORG"), ("Arctic", "GPE")]),
        # "St." opens a place's name and a body's named after it
        ("The St. Varno City Council met.", [("St. Varno City Council", "ORG")]),
        # a known place is whole: 'for' or 'on' after it opens another phrase
        (
            "He flew to New York for Democratic Party dinners.",
            [("New York", "GPE"), ("Democratic Party", "ORG")],
        ),
        ("The Institute for Policy Studies said so.", [("Institute for Policy Studies", "ORG")]),
        # a run stops before a programme or a named day, and opens after one
        ("Lund told NBC's Meet the Press he would run.", [("NBC", "ORG")]),
        (
            "Ann Berg told CBS News on Super Tuesday so.",
            [("Ann Berg", "PERSON"), ("CBS News", "ORG")],
        ),
        (
            "Trump mocked former Miss Universe Ana Ruiz.",
            [("Ana Ruiz", "PERSON")],
        ),
        # a body whose name holds a demonym that speaks is one body, not a body and a person
        (
            "The Center for Swedish Progress said so on Monday.",
            [("Center for Swedish Progress", "ORG")],
        ),
        # a titled person and the body he belongs to are two names
        (
            "Justice Lindqvist of the Supreme Court dissented.",
            [("Lindqvist", "PERSON"), ("Supreme Court", "ORG")],
        ),
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
        # an organisation noun before the run, singular or plural ("the schools X"), and an
        # organisation word in the plural inside it ("Ministries")
        (
            "Fees rose at the school Santo Vittore in Pisa.",
            [("Santo Vittore", "ORG"), ("Pisa", "GPE")],
        ),
        (
            "Donations went to the charities Maria Vittore and Oxfam.",
            [("Maria Vittore", "ORG"), ("Oxfam", "ORG")],
        ),
        (
            "She thanked Anna Berglund Ministries for the gift.",
            [("Anna Berglund Ministries", "ORG")],
        ),
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
        # a demonym opens no person's name, though name lists hold "Danish" and "Afghan"
        "The prize went to Danish Brewers on Friday.",
        # a religion or a movement is no person, though a name list holds "Islam"
        "He spoke about radical Islam at the rally. Islam is a religion.",
        "The Nazi regime fell.",
        'Their robot, named "Hope of Afghan Girls", won a prize.',
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


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Orin Vell is a tax adviser. Said Vell: “I do not know.”", "Said Vell"),
        ("Voters like Ilse Marno here, Marno said. First Marno goes to Ohio, then home.", "First"),
        ("Cash came from the Fund for Harbours. One Fund for Harbours aide left.", "One Fund"),
    ],
)
def test_an_ordinary_word_opening_a_sentence_is_no_part_of_a_name_known_alone(nlp, text, name):
    """A capital at a sentence start proves nothing: the name the article gives elsewhere
    without the word is the name."""
    assert not any(found.startswith(name) for found, _ in ents(nlp, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ana Vell spoke first. Bill Vell said no.", "Bill Vell"),  # a given name
        # 'Harbour' stands in a name inside another sentence: a name word here
        ("Ana Vell spoke first. Harbour Vell said no. The Harbour Board met.", "Harbour Vell"),
        # 'Vell' alone is all the article says elsewhere: no longer name to have been cut from
        ("Sylvan Vell won. Later Vell said no. The Vell plan stood.", "Sylvan Vell"),
    ],
)
def test_a_name_that_opens_a_sentence_stays_whole(nlp, text, name):
    assert name in [found for found, _ in ents(nlp, text)]


def test_a_superlative_names_no_organisation(nlp):
    text = "The Latest: Vell wins vote\n\nTRENTON (AP) — The Latest on the vote in Trenton."
    assert not any(found == "Latest" for found, _ in ents(nlp, text))


def test_headline_words_are_typed_only_by_the_body(nlp):
    text = "Brightwater Gains Ground In Vellany Market Talks\n\nThe firm Brightwater grew fast."
    assert ("Brightwater", "ORG") in ents(nlp, text)
    assert not any(name.startswith("Gains") or "Market" in name for name, _ in ents(nlp, text))


def test_a_title_before_a_name_is_no_separate_person(nlp):
    assert ents(nlp, "Prime Minister Olav Strand spoke.") == [("Olav Strand", "PERSON")]


@pytest.mark.parametrize(
    "text",
    [
        "We thank President Bramble of France for the talks.",  # 'bramble': a dictionary word
        "Joint Statement From President Bramble of France Announcing a Truce\n\nIt holds.",
    ],
)
def test_a_title_a_word_and_of_a_state_name_its_office_holder(nlp, text):
    """'President Macron of France': even a dictionary word is a surname there, headline or
    not; 'Sales of General Motors fell' (no state after it) stays no person."""
    assert ("Bramble", "PERSON") in ents(nlp, text)


def test_a_signature_line_is_a_name_though_it_is_title_case(nlp):
    text = "The accord was signed today.\n\nIvo Stamen Brel, Prime Minister of Norway\n"
    assert ("Ivo Stamen Brel", "PERSON") in ents(nlp, text)


def test_a_number_and_a_nationality_are_no_body_of_a_place(nlp):
    """'Tourism Australia' is a body named after its country; 'Five Swedish players' (a
    count and an adjective) names nothing."""
    assert ents(nlp, "The match was rough. Five Swedish players were booked.") == []
    assert ents(nlp, "Tourism Australia said so.") == [("Tourism Australia", "ORG")]


def test_a_lone_name_word_after_in_is_a_place_unless_possessed(nlp):
    """'Protests in Ferguson': a surname by the name lists alone, never given a person in
    full, is a place after 'in', 'near' or 'outside', though the article repeats it; 'in
    Ferguson's car' is the person's."""
    text = "Protests spread in Ferguson overnight. Police in Ferguson fired tear gas."
    assert ents(nlp, text) == [("Ferguson", "GPE"), ("Ferguson", "GPE")]
    text = "A gun was found in Ferguson's car. Ferguson said nothing."
    assert ents(nlp, text) == [("Ferguson", "PERSON"), ("Ferguson", "PERSON")]
    # a possessive written with the apostrophe alone ("Davis' car") is a possessive too
    assert ents(nlp, "Doubt grew in Davis' campaign.") == [("Davis", "PERSON")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the noun before the cue types the name it introduces
        (
            'The attack was made by a user labelled "Anonymous", on a forum.',
            [("Anonymous", "PERSON")],
        ),
        ("The breach was blamed on the group known as Grey Heron.", [("Grey Heron", "ORG")]),
        ("A hacker, also known as Pelican Two, claimed it.", [("Pelican Two", "PERSON")]),
        # a name the run rules join over a particle is the alias whole
        (
            "He said a militant group known as Ansar al-Rashidi was involved.",
            [("Ansar al-Rashidi", "ORG")],
        ),
        # and the name where the article repeats it; "The" is no part of it
        (
            'We met a cosplayer going by the name "The Vellinator". Boots by The Vellinator.',
            [("Vellinator", "PERSON"), ("Vellinator", "PERSON")],
        ),
        # no person or organisation noun before the cue: no type from it
        (
            "The contests known as Super Tuesday begin; a hacker known as Pelican Two spoke.",
            [("Pelican Two", "PERSON")],
        ),
    ],
)
def test_an_alias_cue_names_what_its_noun_says(nlp, text, expected):
    assert ents(nlp, text) == expected


def test_a_sheriff_is_a_title(nlp):
    """'the Sheriff's deputies' names no organisation 'Sheriff'; the title before a name is
    no part of the person's name."""
    assert ents(nlp, "They plied the Sheriff's deputies with gifts.") == []
    text = '"We found nothing," Harrow County Sheriff Ada Lund said.'
    assert ents(nlp, text) == [("Harrow County", "LOC"), ("Ada Lund", "PERSON")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place's name right after a title or an honorific is the holder's surname
        ("A ruling by Justice Kennedy was expected.", [("Kennedy", "PERSON")]),
        ("Troops loyal to General Washington marched.", [("Washington", "PERSON")]),
        ("Fans of Captain America posed for photos.", [("America", "PERSON")]),
        ("But Mr. Guerrero, a lawyer, said no.", [("Guerrero", "PERSON")]),
        # an adjective opening a sentence is no title; a headline's capitals prove nothing
        (
            "Major London hospitals are full, Mr. Phoenix said.",
            [("London", "GPE"), ("Phoenix", "PERSON")],
        ),
    ],
)
def test_a_place_name_after_a_title_is_a_surname(nlp, text, expected):
    assert ents(nlp, text) == expected


def test_a_town_below_city_size_is_a_place(nlp):
    """Towns of 15,000 people or more named in two words are in the city gazetteer
    (scripts/build_gazetteers.py), so a mid-size town is no person or body ('Boca Raton' was
    typed a person)."""
    text = "Volunteers at the Fort Pierce mosque handed out water. Residents of Boca Raton watched."
    assert ents(nlp, text) == [("Fort Pierce", "GPE"), ("Boca Raton", "GPE")]


def test_a_town_named_like_a_person_is_left_out_of_the_gazetteer(nlp):
    """A one-word town ('Tyler', 'Bolton') is as often a surname the name lists miss, and 'Van
    Buren' opens with a name particle: the gazetteer leaves such towns out, so the person
    stays a person."""
    from briefing.nlp import gazetteers as gz

    assert "Boca Raton" in gz.cities() and "Tyler" not in gz.cities()
    assert "Bolton" not in gz.cities() and "Van Buren" not in gz.cities()
    assert ents(nlp, "Dana Tyler won the seat. Tyler said so.") == [
        ("Dana Tyler", "PERSON"),
        ("Tyler", "PERSON"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a full name no list knows, then its surname alone with a person's cue (a speech
        # verb, a title, ', who'): the person, every time
        (
            "It worked against Brisk Vorlund in May, and Vorlund, who lost, was never the same.",
            [("Brisk Vorlund", "PERSON"), ("Vorlund", "PERSON")],
        ),
        # at a sentence start too, and a dictionary word as surname ('Jeb Bush')
        (
            "Bremm Hollow fired at the others. Then he cut into governor Hollow on Monday.",
            [("Bremm Hollow", "PERSON"), ("Hollow", "PERSON")],
        ),
        # a title once makes the surname a person's where 'the' would make it a body
        (
            "She met Mr. Pellgrew on Monday. Later the Pellgrew campaign said it was fine.",
            [("Pellgrew", "PERSON"), ("Pellgrew", "PERSON")],
        ),
        # a person's possessive ends the person's name: what follows is another name
        (
            "She hopes to fill Tim Vorlund's Senate seat. Vorlund becomes governor.",
            [("Tim Vorlund", "PERSON"), ("Vorlund", "PERSON")],
        ),
    ],
)
def test_a_surname_is_the_person_the_document_names_in_full(nlp, text, expected):
    assert ents(nlp, text) == expected


def test_a_product_shortened_to_its_last_word_is_no_person(nlp):
    # brand and product ('Google Chrome' ... 'Chrome'): shortened like a person, no cue
    text = "Users like the new Quarrel Glimmer browser. Glimmer is fast and safe."
    assert [e for e in ents(nlp, text) if e[1] == "PERSON"] == []


def test_two_dictionary_words_glued_open_no_full_name_at_a_sentence_start(nlp):
    # 'Longtime' (long + time) opening a sentence is no given name, though 'Vorlund' is
    # used alone with a person's cue (', who')
    text = "Longtime Vorlund foe files a claim. It was aimed at Vorlund, who lost in May."
    assert [e for e in ents(nlp, text) if e[1] == "PERSON"] == []


def test_a_first_word_used_alone_makes_no_surname(nlp):
    # an organisation is shortened by its first word ('Goldman'): the second is no surname
    text = "Shares of Brisk Vorlund fell. Brisk said so, and Vorlund agreed on Monday."
    assert ("Vorlund", "PERSON") not in ents(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a city that is a given name, then a plural noun: a team
        ("The Dallas Mavericks owner spoke.", [("Dallas Mavericks", "ORG")]),
        # an apposition headed by a body's noun types the run
        (
            "And Quarry Rising, a conservative political action committee, called him weak.",
            [("Quarry Rising", "ORG")],
        ),
    ],
)
def test_bodies_that_look_like_persons(nlp, text, expected):
    assert ents(nlp, text) == expected


def test_a_plural_noun_that_speaks_is_no_surname(nlp):
    text = "Officials at Harbour Dock Workers said it was fine."
    assert [e for e in ents(nlp, text) if e[1] == "PERSON"] == []


def test_a_person_apposed_to_a_bodys_role_stays_a_person(nlp):
    text = "Mira Holt, the group's president, said so. Maxine Waters said no."
    assert ents(nlp, text) == [("Mira Holt", "PERSON"), ("Maxine Waters", "PERSON")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a title word opening an organisation's name: ordinary words and its body's word
        ("Shares of General Motors fell on Monday.", [("General Motors", "ORG")]),
        ("Major League Baseball suspended the pitcher.", [("Major League Baseball", "ORG")]),
        # a title before a person, or before a person's body, stays a title
        ("General Anna Lund said the drill went well.", [("Anna Lund", "PERSON")]),
        ("President Lund Administration officials met.", [("Lund Administration", "ORG")]),
    ],
)
def test_an_organisation_whose_name_opens_with_a_title_word(nlp, text, expected):
    assert ents(nlp, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norway Airlines said it would buy ten jets.", [("Norway Airlines", "ORG")]),
        ("The deal was signed by Japan Post on Monday.", [("Japan Post", "ORG")]),
        # a state's body keeps its place apart, as its affiliation
        (
            "The Norway Ministry of Fisheries said it would act.",
            [("Norway", "GPE"), ("Ministry of Fisheries", "ORG")],
        ),
    ],
)
def test_a_company_named_after_a_place_is_one_name(nlp, text, expected):
    assert ents(nlp, text) == expected


@pytest.mark.parametrize("noun", ["port", "island", "county"])
def test_an_unknown_name_after_a_place_noun_and_of_is_a_place(nlp, noun):
    assert ents(nlp, f"Fishermen in the {noun} of Kallby were less sure.") == [("Kallby", "GPE")]
