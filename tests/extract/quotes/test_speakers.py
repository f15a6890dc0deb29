"""Who speaks in wire-news sentences: subjects with appositions, inverted cues, and role
phrases ('the U.S. president') resolved to the named actor whose role and affiliation fit.

Each row: the sentence(s), then (kind, quote text, speaker words, speaker actor, cue) of
every quote. All sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from briefing.assemble import assemble
from briefing.assemble.quotes import speakers_as_actors
from briefing.extract import analyse
from briefing.extract.quotes.clause_shape import has_finite_verb
from briefing.model import Document, Extraction, Quote

SUMMIT = (
    "Trump and Putin to meet in Helsinki\n\n"
    "U.S. President Donald Trump will meet Russian President Vladimir Putin in Helsinki on"
    " July 16, the White House said on Friday.\n\n"
    '"We will discuss everything," Trump told reporters. The U.S. president added that he'
    " expected a good meeting.\n\n"
    "Dmitry Peskov, the Kremlin spokesperson, said Moscow welcomed the talks. Russia's"
    " foreign minister, Sergei Lavrov, was more cautious.\n"
)
MINISTERS = (
    "Russian Foreign Minister Sergei Lavrov met British Foreign Secretary Ingrid Berg in Geneva. "
)
SPOKESPEOPLE = (
    "Dmitry Peskov, the Kremlin spokesperson, met Ingrid Berg, a spokeswoman for the"
    " Norwegian Foreign Ministry. "
)


def extract(nlp, text: str) -> Extraction:
    return assemble([analyse(nlp, Document("d1", "t.txt", "Test", text))], "rules")


def found(nlp, text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    extraction = extract(nlp, text)
    names = {a.id: a.name for a in extraction.actors}
    return [
        (q.kind, q.text, q.speaker_text, names.get(q.speaker or ""), q.cue)
        for q in extraction.quotes
    ]


def speaker_of_each_quote(nlp, text: str) -> dict[str, str | None]:
    """Quoted text -> the name of the actor it is given to."""
    return {quoted: name for _, quoted, _, name, _ in found(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            SUMMIT,
            [
                (
                    "indirect",
                    "U.S. President Donald Trump will meet Russian President Vladimir Putin"
                    " in Helsinki on July 16",
                    "White House",
                    "White House",
                    "said",
                ),
                (
                    "direct",
                    "We will discuss everything,",
                    "Trump",
                    "Donald Trump",
                    "told reporters",
                ),
                (
                    "indirect",
                    "he expected a good meeting",
                    "The U.S. president",
                    "Donald Trump",
                    "added",
                ),
                ("indirect", "Moscow welcomed the talks", "Dmitry Peskov", "Dmitry Peskov", "said"),
            ],
        ),
        (
            "Marek Novak, the Defence Minister of Poland, told reporters the troops would stay.",
            [("indirect", "the troops would stay", "Marek Novak", "Marek Novak", "told reporters")],
        ),
        (
            "The ministry, in a statement, said the plant was safe and would reopen.",
            [("indirect", "the plant was safe and would reopen", "The ministry", None, "said")],
        ),
        (
            "Anna Lindqvist, 54, said the bank would hold rates.",
            [("indirect", "the bank would hold rates", "Anna Lindqvist", "Anna Lindqvist", "said")],
        ),
        (
            "Omar Okafor, who chairs the committee, said the report was late.",
            [("indirect", "the report was late", "Omar Okafor", "Omar Okafor", "said")],
        ),
        (
            "Norway's foreign minister, Ingrid Berg, said Oslo wanted a deal.",
            [("indirect", "Oslo wanted a deal", "Ingrid Berg", "Ingrid Berg", "said")],
        ),
        (
            "The Kremlin said Moscow welcomed the talks.",
            [("indirect", "Moscow welcomed the talks", "Kremlin", "Kremlin", "said")],
        ),
        # inverted cues still take the phrase after the verb
        (
            "Prices will rise again next year, said Anna Lindqvist, the central bank governor.",
            [
                (
                    "indirect",
                    "Prices will rise again next year",
                    "Anna Lindqvist",
                    "Anna Lindqvist",
                    "said",
                )
            ],
        ),
        (
            "Prices will rise again next year, said a spokesman for the Finance Ministry.",
            [
                (
                    "indirect",
                    "Prices will rise again next year",
                    "a spokesman for the Finance Ministry",
                    None,
                    "said",
                )
            ],
        ),
        (
            "The vote was delayed, said Marek Novak.",
            [("indirect", "The vote was delayed", "Marek Novak", "Marek Novak", "said")],
        ),
        (
            "The plant is safe and will reopen on Monday, the ministry said.",
            [
                (
                    "indirect",
                    "The plant is safe and will reopen on Monday",
                    "the ministry",
                    None,
                    "said",
                )
            ],
        ),
        (
            "The talks could resume next month, the Kremlin said, adding that no date was set.",
            [
                ("indirect", "The talks could resume next month", "Kremlin", "Kremlin", "said"),
                ("indirect", "no date was set", "Kremlin", "Kremlin", "adding"),
            ],
        ),
        (
            "Omar Okafor said, speaking in Oslo, that the deal was fragile.",
            [("indirect", "the deal was fragile", "Omar Okafor", "Omar Okafor", "said")],
        ),
        (
            "Sergei Lavrov, speaking in Moscow, said the West had ignored the warnings.",
            [
                (
                    "indirect",
                    "the West had ignored the warnings",
                    "Sergei Lavrov",
                    "Sergei Lavrov",
                    "said",
                )
            ],
        ),
        (
            "Police, however, said the suspect had fled the country.",
            [("indirect", "the suspect had fled the country", "Police", "Police", "said")],
        ),
        # a subject with an apposition is never itself the report
        ("Dmitry Peskov, the Kremlin spokesperson, said on Friday.", []),
    ],
)
def test_subjects_appositions_and_inverted_cues(nlp, text, expected):
    assert found(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "speaker", "actor"),
    [
        # role and affiliation both fit, though another president was named last
        (SUMMIT, "The U.S. president", "Donald Trump"),
        (
            MINISTERS + "The Russian foreign minister said the talks had been useful.",
            "The Russian foreign minister",
            "Sergei Lavrov",
        ),
        (
            SPOKESPEOPLE + "The Kremlin spokesman said the talks had been useful.",
            "The Kremlin spokesman",
            "Dmitry Peskov",
        ),
        (
            SPOKESPEOPLE
            + "The Norwegian Foreign Ministry spokeswoman said the talks had been useful.",
            "The Norwegian Foreign Ministry spokeswoman",
            "Ingrid Berg",
        ),
        (
            MINISTERS + "Britain's foreign secretary said the talks had been useful.",
            "Britain's foreign secretary",
            "Ingrid Berg",
        ),
        (
            "U.S. President Donald Trump met Russian President Vladimir Putin. The Russian"
            " president told reporters the talks had been useful.",
            "The Russian president",
            "Vladimir Putin",
        ),
        # a bare role: the latest actor with that role, the exact rank first
        (
            "Deputy Prime Minister Anna Berg met Prime Minister Marek Novak in Oslo. The deputy"
            " prime minister said the talks had been useful.",
            "The deputy prime minister",
            "Anna Berg",
        ),
        (
            "Deputy Prime Minister Anna Berg met Prime Minister Marek Novak in Oslo. The prime"
            " minister said the talks had been useful.",
            "The prime minister",
            "Marek Novak",
        ),
        (
            "President Anna Lindqvist met Prime Minister Marek Novak on Monday. The president"
            " said the budget would pass.",
            "The president",
            "Anna Lindqvist",
        ),
        # nothing fits: unresolved, and no actor is made of the role phrase
        (
            "Swedish President Anna Lindqvist met Polish President Marek Novak. The French"
            " president said the budget would pass.",
            "The French president",
            None,
        ),
        (
            "Ingrid Berg met Marek Novak on Monday. The spokesperson said the talks had been"
            " useful.",
            "The spokesperson",
            None,
        ),
        # with no person to refer to, the body in the role phrase speaks
        ("The Kremlin spokesperson said the talks had been useful.", "Kremlin", "Kremlin"),
    ],
)
def test_role_phrases_resolve_by_role_and_affiliation(nlp, text, speaker, actor):
    reported = [row for row in found(nlp, text) if row[2] == speaker]
    assert [row[3] for row in reported] == [actor]


def test_unresolved_role_phrase_is_no_actor(nlp):
    text = (
        "Swedish President Anna Lindqvist met Polish President Marek Novak. The French"
        " president said the budget would pass."
    )
    names = {a.name for a in extract(nlp, text).actors}
    assert not any("president" in name.lower() for name in names)


def test_a_reported_clause_never_becomes_an_actor(nlp):
    names = {a.name for a in extract(nlp, SUMMIT).actors}
    assert "Moscow welcomed the talks" not in names
    assert "U.S. president" not in names


@pytest.mark.parametrize(
    ("phrase", "clause"),
    [
        ("Moscow welcomed the talks", True),
        ("the ministry was reviewing the contract", True),
        ("Moscow wants to resume the talks", True),
        ("Oslo says it will sign", True),
        ("Moscow saw no reason to wait", True),
        ("EU leaders want a deal", True),
        ("Marnian officials", False),
        ("Western diplomats in Brussels", False),
        ("Anna Lindqvist", False),
        ("the retired general", False),
        ("Kremlin aides familiar with the talks", False),
        ("officials involved in the talks", False),
        ("the company's chief executive", False),
        ("a spokesman for the Finance Ministry", False),
        ("Theresa May", False),
    ],
)
def test_a_finite_verb_marks_a_clause(phrase, clause):
    assert has_finite_verb(phrase) is clause


def test_a_resolved_role_phrase_is_a_mention_of_its_actor(nlp):
    extraction = extract(nlp, SUMMIT)
    actors = {a.name: a for a in extraction.actors}
    trump = actors["Donald Trump"]
    assert [m.text for m in trump.mentions] == [
        "Trump",
        "Donald Trump",
        "Trump",
        "The U.S. president",
    ]
    assert [m.text for m in actors["Vladimir Putin"].mentions] == ["Putin", "Vladimir Putin"]
    assert trump.salience == 1.0
    assert sum(1 for a in extraction.actors if a.kind == "person") == 4


def test_a_pronoun_speaker_adds_no_mention(nlp):
    text = "Marek Novak met Anna Lindqvist in Oslo. He said the talks had been useful."
    actors = {a.name: a for a in extract(nlp, text).actors}
    assert [m.text for m in actors["Marek Novak"].mentions] == ["Marek Novak"]


@pytest.mark.parametrize(
    ("speaker_text", "actor"),
    [
        ("Moscow welcomed the talks", None),
        ("the ministry was reviewing it", None),
        ("the U.S. president", None),
        ("the Kremlin spokesperson", None),
        ("Marnian officials", "Marnian officials"),
        ("the mining ministry of Selva", "Mining ministry of Selva"),
    ],
)
def test_speakers_as_actors_refuses_clauses_and_person_roles(speaker_text, actor):
    quote = Quote(
        id="q1",
        doc="d1",
        start=0,
        end=10,
        text="x",
        kind="indirect",
        speaker_text=speaker_text,
        speaker_start=20,
        speaker_end=20 + len(speaker_text),
    )
    actors, (linked,) = speakers_as_actors([], [quote])
    names = {a.id: a.name for a in actors}
    assert names.get(linked.speaker or "") == actor


def test_a_dated_dateline_is_not_part_of_the_report(nlp) -> None:
    text = (
        "Brewer cuts jobs\n\n"
        "GHENT, Feb 24, 2025 (Reuters) - The brewer Haldor will cut 1,200 jobs, chief "
        "executive Anna Berg said on Tuesday.\n"
    )
    assert [(kind, quote, speaker) for kind, quote, speaker, _, _ in found(nlp, text)] == [
        ("indirect", "The brewer Haldor will cut 1,200 jobs", "Anna Berg")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # The nearest name before the cue sits inside a relative clause: not the speaker.
        (
            "The union, which represents workers at Haldor and Vestra, said it would strike in May.",
            "The union",
        ),
        (
            "Anna Berg, who met Lars Vik on Monday, said the plant would close.",
            "Anna Berg",
        ),
        ("Norway's fisheries minister, Ingrid Berg, said the stock was stable.", "Ingrid Berg"),
    ],
)
def test_the_subject_speaks_not_a_name_inside_its_relative_clause(nlp, text, speaker) -> None:
    assert [q[2] for q in found(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Haldor NV will cut 1,200 jobs. Haldor shares fell. The company, which supplies "
            "Vestra, said it would close its plant in Ghent.",
            "Haldor NV",
        ),
        # A ministry is no company: nothing fits, so the speaker stays unresolved.
        (
            "The Ministry of Trade met envoys. The company said it would close its plant.",
            None,
        ),
    ],
)
def test_the_company_is_the_business_the_article_named(nlp, text, speaker) -> None:
    assert [q[3] for q in found(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Farmers' groups in France and Ireland have urged the Commission to reject the deal.",
         "Farmers' groups in France and Ireland"),
        ("Officials in Paris and Berlin said the plan was unfair.",
         "Officials in Paris and Berlin"),
        ("Farmers in France said the deal was unfair.", "Farmers in France"),
    ],
)  # fmt: skip
def test_places_after_a_preposition_are_no_speakers_even_when_coordinated(nlp, text, speaker):
    findings = analyse(nlp, Document("d1", "t.txt", "", text))
    assert [q.speaker_text for q in findings.quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Andy Birchfield of Beasley Allen, who represents more than 10,000 women, said his "
         "firm would oppose the deal.", "Andy Birchfield"),
        ("The U.S. Food and Drug Administration said in 2019 that it had found asbestos.",
         "Food and Drug Administration"),
    ],
)  # fmt: skip
def test_the_speaker_is_the_whole_subject_not_a_word_inside_it(nlp, text, speaker):
    findings = analyse(nlp, Document("d1", "t.txt", "", text))
    assert [q.speaker_text for q in findings.quotes] == [speaker]


def test_they_after_two_people_named_together_names_no_one_of_them(nlp) -> None:
    text = (
        "Minister Ana Ruiz met President Tom Berg in Oslo. They underscored that the strait "
        "must stay open. The Fisheries Council met later. They said that fishing quotas for cod "
        "would fall sharply in the coming year."
    )
    speakers = speaker_of_each_quote(nlp, text)
    assert speakers.get("the strait must stay open") is None
    assert speakers["fishing quotas for cod would fall sharply in the coming year"] == (
        "Fisheries Council"
    )


def test_a_title_two_people_hold_names_neither_of_them(nlp) -> None:
    text = (
        "President Ana Ruiz spoke today with President Tom Berg of Velsa. The President "
        "reiterated that the harbour must stay open to all shipping this winter. Minister "
        "Ola Lind met Ruiz. The minister said that the fishing quotas would be cut next year."
    )
    speakers = speaker_of_each_quote(nlp, text)
    assert speakers["the harbour must stay open to all shipping this winter"] is None
    assert speakers["the fishing quotas would be cut next year"] == "Ola Lind"


def test_a_question_or_exclamation_cut_from_its_attribution_keeps_its_speaker(nlp) -> None:
    text = (
        "Senator Ana Ruiz spoke first. \u201cWe will not back down from this fight,\u201d "
        "Ruiz said.\n\n\u201cWhy should taxpayers pay for a harbour nobody uses?\u201d Tom Berg "
        "asked. \u201cWho decided this?\u201d said Ola Lind. \u201cEnough is enough!\u201d "
        "Berg shouted."
    )
    speakers = speaker_of_each_quote(nlp, text)
    assert speakers["Why should taxpayers pay for a harbour nobody uses?"] == "Tom Berg"
    assert speakers["Who decided this?"] == "Ola Lind"
    assert speakers["Enough is enough!"] == "Tom Berg"


def test_a_quotation_closed_by_a_quotation_dash_and_a_name_is_that_persons(nlp) -> None:
    text = (
        "Readers wrote in about the harbour levy.\n\n"
        "\u201cThe levy will ruin the small fishing fleets of the north.\u201d \u2015 Maria Quell, "
        "Suva\n\n\u201cI think it is a fair price for a safer harbour.\u201d \u2014 Tom Berg"
    )
    speakers = speaker_of_each_quote(nlp, text)
    assert speakers["The levy will ruin the small fishing fleets of the north."] == "Maria Quell"
    assert speakers["I think it is a fair price for a safer harbour."] == "Tom Berg"


@pytest.mark.parametrize(
    "text",
    [
        '"The veto will be overridden," Senate Leader Tom Berg, R-Ky., said Tuesday.',
        '"The veto will be overridden," Tom Berg said Thursday morning.',
    ],
)
def test_a_time_after_the_cue_is_no_speaker_and_a_party_tag_is_an_apposition(nlp, text):
    assert speaker_of_each_quote(nlp, text) == {"The veto will be overridden,": "Tom Berg"}


def test_two_apostrophes_are_a_double_quotation_mark(nlp) -> None:
    text = (
        "Mayor Ana Ruiz spoke at the harbour. ''I did early on say we needed a new pier,'' "
        "Ms. Ruiz said. ''You say the fleet is too small,'' said Tom Berg. ''We disagree.''"
    )
    quotes = found(nlp, text)
    assert [(q[1], q[2], q[3]) for q in quotes] == [
        ("I did early on say we needed a new pier,", "Ruiz", "Ana Ruiz"),
        ("You say the fleet is too small,", "Tom Berg", "Tom Berg"),
        ("We disagree.", "Tom Berg", "Tom Berg"),
    ]


def test_an_apostrophe_inside_a_word_or_after_a_plural_is_no_mark() -> None:
    from briefing.extract.quotes.marks import paired_apostrophes

    text = "The Bergs' boat, ''Ola's pier,''' he said. ''''"
    assert paired_apostrophes("The Bergs' boat and Ola's pier") == "The Bergs' boat and Ola's pier"
    assert paired_apostrophes("''I won't go,'' she said.") == " \u201cI won't go,\u201d  she said."
    assert len(paired_apostrophes(text)) == len(text)


def test_a_transcript_label_names_the_speaker_of_its_turn(nlp) -> None:
    text = (
        "Partial transcript as follows:\n\n"
        '"HOLM: Will the ferry run next winter? The islanders want to know.\n\n'
        '"BERG: The ferry will run every day of the year.\n\n'
        '"We have the money for it and we have the crew.\n\n'
        '"VIDEO: The harbour at dawn.\n\n'
        '"HOLM: Thank you, minister."'
    )
    quotes = found(nlp, text)
    assert [(q[1], q[2]) for q in quotes] == [
        ("Will the ferry run next winter? The islanders want to know.", "HOLM"),
        ("The ferry will run every day of the year.", "BERG"),
        ("We have the money for it and we have the crew.", "BERG"),
        ("The harbour at dawn.", None),
        ("Thank you, minister.", "HOLM"),
    ]


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "As Anna Berg, a tax lawyer at the institute, recently put it, \u201cDid the mayor "
            "lower his taxes through legal avoidance?\u201d",
            "Did the mayor lower his taxes through legal avoidance?",
            "Anna Berg",
        ),
        (
            "As Ola Lind pointed out in December, \u201cThe delegates will have many chances "
            "to change it.\u201d",
            "The delegates will have many chances to change it.",
            "Ola Lind",
        ),
    ],
)
def test_as_someone_put_it_names_the_speaker(nlp, text, quoted, speaker) -> None:
    assert speaker_of_each_quote(nlp, text)[quoted] == speaker


@pytest.mark.parametrize(
    ("text", "quoted", "speaker"),
    [
        (
            "Senator Ana Ruiz spoke first. Tom Berg, who signed the harbour law as governor, "
            "interjected to say: \u201cThey have both been inconsistent on this issue.\u201d",
            "They have both been inconsistent on this issue.",
            "Tom Berg",
        ),
        (
            "Mayor Ana Ruiz spoke for an hour. Ana Ruiz ended the speech by saying "
            "\u201cWe will rebuild the old pier this year.\u201d",
            "We will rebuild the old pier this year.",
            "Ana Ruiz",
        ),
        (
            "In a statement, Tom Berg said: \u201cThe pier was a success when it opened a "
            "decade ago,\u201d adding that its traffic tripled in a year.",
            "The pier was a success when it opened a decade ago,",
            "Tom Berg",
        ),
        (
            "\u201cWe have had trouble with the harbour before,\u201d Tom Berg said after "
            "meeting the mayor. He didn't suggest a new levy. \u201cOur goal is to keep the "
            "ferry running all year.\u201d",
            "Our goal is to keep the ferry running all year.",
            "Tom Berg",
        ),
    ],
)
def test_a_cue_that_is_no_finite_verb_takes_the_subject_of_its_clause(
    nlp, text, quoted, speaker
) -> None:
    assert speaker_of_each_quote(nlp, text)[quoted] == speaker


def test_a_pronoun_goes_to_the_last_speaker_only_when_the_gender_fits(nlp) -> None:
    text = (
        "Mayor Ana Ruiz opened the meeting on the harbour. \u201cWe will rebuild the pier,"
        "\u201d Tom Berg said. She said that the plan was late and far too expensive."
    )
    speakers = speaker_of_each_quote(nlp, text)
    assert speakers["We will rebuild the pier,"] == "Tom Berg"
    assert speakers["the plan was late and far too expensive"] == "Ana Ruiz"


def test_a_participle_opening_the_sentence_leaves_the_report_to_the_verb_after_it(nlp):
    text = (
        "Asked about the claim that the old pier had been safe, Mayor Ana Ruiz said, \u201cI "
        "think it is important to know the facts first.\u201d"
    )
    assert [(q[0], q[1], q[3]) for q in found(nlp, text)] == [
        ("direct", "I think it is important to know the facts first.", "Ana Ruiz")
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "On July 6, Senator Ana Ruiz made the following comment:\n\n\u201cFor young "
            "people who left school, the jobless rate is 33 percent.\u201d",
            "Ana Ruiz",
        ),
        (
            "When Tom Berg retired in 1998, Mayor Ana Ruiz released the following statement:"
            "\n\n\u201cWe offer our condolences to the family and friends of the mayor.\u201d",
            "Ana Ruiz",
        ),
        (
            "Worried about young voters, Senator Ana Ruiz is rolling out a new campaign "
            "message: \u201cIt is about our harbour.\u201d",
            "Ana Ruiz",
        ),
        (
            "Partial transcript as follows:\n\n\u201cWe need a new harbour and we need it "
            "now, and nobody can stop it.\u201d",
            None,
        ),
    ],
)
def test_a_clause_introducing_a_quotation_with_a_colon_names_its_subject(nlp, text, speaker):
    quotes = found(nlp, text)
    assert len(quotes) == 1
    assert quotes[0][3] == speaker


def test_a_sentence_that_only_attributes_the_quotation_before_it_names_its_speaker(nlp):
    text = (
        "Senator Ana Ruiz spoke about the harbour on Monday.\n\n"
        "\u201cWe want to find the money that is missing.\u201d Tom Berg said.\n\n"
        "\u201cShe asked us, \u2018What can I do to help?\u2019\u201d Ola Lind told reporters "
        "on Tuesday."
    )
    speakers = speaker_of_each_quote(nlp, text)
    assert speakers["We want to find the money that is missing."] == "Tom Berg"
    assert speakers["She asked us, \u2018What can I do to help?\u2019"] == "Ola Lind"


def test_a_dash_and_a_name_in_the_paragraph_after_a_quotation_label_it(nlp) -> None:
    text = (
        "We checked three claims from the harbour debate.\n\n"
        '"The levy will ruin the small fishing fleets of the north."\n\n'
        "- Ana Ruiz.\n\nThe senator is relying on an outdated figure.\n\n"
        '"I helped write that harbour bill myself, and I am proud of it."\n\n'
        "- Tom Berg, Velsa.\n\nBerg exaggerates his role."
    )
    speakers = speaker_of_each_quote(nlp, text)
    assert speakers["The levy will ruin the small fishing fleets of the north."] == "Ana Ruiz"
    assert speakers["I helped write that harbour bill myself, and I am proud of it."] == (
        "Tom Berg"
    )


def test_a_list_of_labelled_quotations_is_no_signature_of_the_one_before(nlp) -> None:
    text = (
        "Ana Ruiz and Tom Berg spoke after the talks.\n\n"
        "- Secretary Ruiz: \u201cWe made real progress on the harbour levy today.\u201d\n"
        "- Ambassador Berg: \u201cThis was a very constructive two days for both sides.\u201d"
    )
    speakers = speaker_of_each_quote(nlp, text)
    assert speakers["We made real progress on the harbour levy today."] == "Ana Ruiz"
    assert speakers["This was a very constructive two days for both sides."] == "Tom Berg"


def test_the_subject_of_the_verb_governing_an_infinitive_cue_speaks(nlp) -> None:
    text = (
        "Senator Ana Ruiz spoke first. The harbour board went on to say, \u201cWe will not "
        "raise the levy again this year.\u201d"
    )
    assert [(q[1], q[2]) for q in found(nlp, text)] == [
        ("We will not raise the levy again this year.", "The harbour board")
    ]
