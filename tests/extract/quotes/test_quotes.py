"""Quotes and speakers, one pattern per row, on sentences written for these tests.

Each row names the quote's kind, its exact text, the words that name the speaker where the
cue is, and the actor the speaker resolves to (None where the name finder knows no actor).
"""

from __future__ import annotations

import pytest

from briefing.assemble import assemble
from briefing.extract import analyse
from briefing.extract.quotes.marks import quotation_marks, said
from briefing.model import Document
from briefing.read.anatomy import with_anatomy

PEOPLE = "Deputy Minister Jana Kovacs met Harald Voss on Monday. "
RUIZ = "Foreign Minister Ana Ruiz"


def found(nlp, text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    """(kind, text, speaker words, speaker actor, group) of every quote of ``text``."""
    extraction = assemble([analyse(nlp, Document("d1", "t.txt", "Test", text))], "rules")
    names = {a.id: a.name for a in extraction.actors}
    for q in extraction.quotes:
        assert text[q.start : q.end] == q.text
    return [
        (q.kind, q.text, q.speaker_text, names.get(q.speaker or ""), q.group)
        for q in extraction.quotes
    ]


def without_groups(rows: list[tuple]) -> list[tuple]:
    return [row[:4] for row in rows]


# ------------------------------------------------------------------ quotation marks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We go," she said.', ["We go,"]),
        ("“We go,” she said.", ["We go,"]),
        ("«We go», she said.", ["We go"]),
        ("„We go“, she said.", ["We go"]),
        ("“The offer is ‘final’ and fair,” he said.", ["The offer is ‘final’ and fair,"]),
        ("‘We will not sign,’ she said. It’s late.", ["We will not sign,"]),
        ('He said: "We will not sign this year.', ["We will not sign this year."]),
        ("He is 6' 2\" tall and said nothing.", []),
    ],
)
def test_marks_pair_in_every_style(text, expected):
    assert [text[f.start : f.end] for f in quotation_marks(text)] == expected


def test_quote_over_paragraphs_with_the_mark_repeated_is_one_group():
    text = '"First part.\n\n"Second part.\n\n"Last part," she said.'
    fragments = quotation_marks(text)
    assert [text[f.start : f.end] for f in fragments] == [
        "First part.",
        "Second part.",
        "Last part,",
    ]
    assert len({f.group for f in fragments}) == 1


def test_quote_over_paragraphs_closed_only_at_the_end_is_one_group():
    text = 'She said, "First part.\n\nMiddle part.\n\nLast part." Then she left.'
    fragments = quotation_marks(text)
    assert [text[f.start : f.end] for f in fragments] == [
        "First part.",
        "Middle part.",
        "Last part.",
    ]
    assert len({f.group for f in fragments}) == 1


def test_an_unclosed_mark_does_not_swallow_the_next_paragraphs():
    text = 'She said: "We go.\n\nThe vote is on Friday.\n\nNobody objected.'
    assert [text[f.start : f.end] for f in quotation_marks(text)] == ["We go."]


@pytest.mark.parametrize(
    ("text", "is_said"),
    [
        ('The report, titled "Bridges of the North", was published.', False),
        ('Teams named their robot "Robogee."', False),
        ('On the website "The Great Countdown" the firm posted a clock.', False),
        ('The entry was a "significant public benefit."', False),
        ('He called it "a fantasy built on loans".', True),
        ('"No." she said.', True),
        ('"We will win," she said.', True),
    ],
)
def test_titles_and_scare_quotes_are_not_said(text, is_said):
    fragment = quotation_marks(text)[0]
    assert said(text, fragment) is is_said


# ------------------------------------------------------------------ kinds and spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            PEOPLE + '"We will not sign," Kovacs said.',
            [("direct", "We will not sign,", "Kovacs", "Jana Kovacs")],
        ),
        (
            PEOPLE + "Kovacs emphasised that the deadline would hold.",
            [("indirect", "the deadline would hold", "Kovacs", "Jana Kovacs")],
        ),
        (
            PEOPLE + "Kovacs emphasized that the deadline would hold.",
            [("indirect", "the deadline would hold", "Kovacs", "Jana Kovacs")],
        ),
        (
            PEOPLE + "Kovacs denied that the tender had been rigged.",
            [("indirect", "the tender had been rigged", "Kovacs", "Jana Kovacs")],
        ),
        (
            PEOPLE + "Kovacs hinted that the tolls could fall.",
            [("indirect", "the tolls could fall", "Kovacs", "Jana Kovacs")],
        ),
        (
            PEOPLE + "The bridge will open in May, according to Kovacs.",
            [("indirect", "The bridge will open in May", "Kovacs", "Jana Kovacs")],
        ),
        (
            PEOPLE + "According to Kovacs the bridge will open in May next year.",
            [("indirect", "the bridge will open in May next year", "Kovacs", "Jana Kovacs")],
        ),
        (
            PEOPLE + "In a statement, the ministry said the bridge would open in May.",
            [("indirect", "the bridge would open in May", "the ministry", None)],
        ),
        (
            PEOPLE + 'Kovacs said the delay was "entirely avoidable".',
            [("mixed", 'the delay was "entirely avoidable"', "Kovacs", "Jana Kovacs")],
        ),
        (
            PEOPLE + 'Kovacs said that "nobody wants the bridge."',
            [("direct", "nobody wants the bridge.", "Kovacs", "Jana Kovacs")],
        ),
        (
            PEOPLE + "Kovacs told reporters the bridge was safe.",
            [("indirect", "the bridge was safe", "Kovacs", "Jana Kovacs")],
        ),
        (
            PEOPLE + "The plan is dead, said Deputy Minister Jana Kovacs.",
            [("indirect", "The plan is dead", "Jana Kovacs", "Jana Kovacs")],
        ),
        (
            PEOPLE + "Kovacs urged the city council to approve the tolls.",
            [("indirect", "to approve the tolls", "Kovacs", "Jana Kovacs")],
        ),
        (
            PEOPLE + "Kovacs explained, in a long letter, that the tolls would stay.",
            [("indirect", "the tolls would stay", "Kovacs", "Jana Kovacs")],
        ),
        (
            PEOPLE + "It was announced that the bridge would close in June.",
            [("indirect", "the bridge would close in June", None, None)],
        ),
        (PEOPLE + "The travellers were denied visas to enter the country.", []),
        (PEOPLE + "Kovacs asked questions to the panel for an hour.", []),
        (
            PEOPLE + 'Voss called the levy a "stealth tax" on Friday.',
            [("mixed", 'the levy a "stealth tax"', "Voss", "Harald Voss")],
        ),
        (
            PEOPLE + 'Kovacs described the plan as "a fantasy built on loans".',
            [("mixed", 'the plan as "a fantasy built on loans"', "Kovacs", "Jana Kovacs")],
        ),
        (
            PEOPLE + 'Kovacs called for "a fair toll for every driver."',
            [("direct", "a fair toll for every driver.", "Kovacs", "Jana Kovacs")],
        ),
        (PEOPLE + "Kovacs described the bridge in detail.", []),
        (PEOPLE + "Kovacs told a rally outside the harbour office on Sunday.", []),
        (
            PEOPLE + "Kovacs wrote to the mayors, asking the towns to lower the tolls.",
            [("indirect", "to lower the tolls", "Kovacs", "Jana Kovacs")],
        ),
        (
            "OSLO (Wire) - The talks resumed on Sunday, two sources close to the talks said.",
            [("indirect", "The talks resumed on Sunday", "two sources close to the talks", None)],
        ),
        (
            '"We are close," one source said, speaking on condition of anonymity.',
            [("direct", "We are close,", "one source", None)],
        ),
        (
            PEOPLE + "Kovacs told reporters in Bergen that the United States had paid.",
            [("indirect", "the United States had paid", "Kovacs", "Jana Kovacs")],
        ),
        (
            PEOPLE + 'Asked about the delay, Kovacs said: "It is not our fault."',
            [("direct", "It is not our fault.", "Kovacs", "Jana Kovacs")],
        ),
        (PEOPLE + "Officials have not said why the bridge was closed for a week.", []),
        (PEOPLE + "Kovacs didn't say whether the bridge would close for a week.", []),
        (PEOPLE + 'The convoy was led by a driver labelled "Bridge Boss" in the press.', []),
        (PEOPLE + 'The report, titled "Bridges of the North", was published.', []),
        # a clause may open with a figure, and a setting may stand between cue and clause
        (
            PEOPLE + "Kovacs said 95 percent of the trains ran on time in May.",
            [("indirect", "95 percent of the trains ran on time in May", "Kovacs", "Jana Kovacs")],
        ),
        (
            PEOPLE + "Kovacs said more than 20,000 people marched.",
            [("indirect", "more than 20,000 people marched", "Kovacs", "Jana Kovacs")],
        ),
        (
            PEOPLE + "Kovacs said on Monday she would stay until the end of the season.",
            [("indirect", "she would stay until the end of the season", "Kovacs", "Jana Kovacs")],
        ),
        (
            PEOPLE + "Kovacs said in a statement that the plant was safe.",
            [("indirect", "the plant was safe", "Kovacs", "Jana Kovacs")],
        ),
        (
            PEOPLE + "Kovacs rejected the plan, saying applications had fallen by a quarter.",
            [("indirect", "applications had fallen by a quarter", "Kovacs", "Jana Kovacs")],
        ),
        (PEOPLE + "Kovacs said more about the plan on Friday.", []),
        (PEOPLE + "Voss left the hall, thanking volunteers for their work.", []),
    ],
)
def test_kinds_spans_and_speakers(nlp, text, expected):
    assert without_groups(found(nlp, text)) == expected


def test_split_quotation_is_one_quotation_of_two_fragments(nlp):
    rows = found(nlp, PEOPLE + '"We will go," Kovacs said, "and we will win."')
    assert without_groups(rows) == [
        ("direct", "We will go,", "Kovacs", "Jana Kovacs"),
        ("direct", "and we will win.", "Kovacs", "Jana Kovacs"),
    ]
    assert rows[0][4] == rows[1][4]


def test_paragraphs_of_one_quotation_share_the_speaker_named_last(nlp):
    text = PEOPLE + '"The first part is done.\n\n"The second part is late," Kovacs said.'
    rows = found(nlp, text)
    assert [(r[1], r[3]) for r in rows] == [
        ("The first part is done.", "Jana Kovacs"),
        ("The second part is late,", "Jana Kovacs"),
    ]
    assert rows[0][4] == rows[1][4]


# ------------------------------------------------------------------ speakers


@pytest.mark.parametrize(
    ("text", "speaker", "actor"),
    [
        (RUIZ + ", a former judge from Seville, said the treaty was fair.", "Ana Ruiz", "Ana Ruiz"),
        ('"The treaty is fair," said Ana Ruiz, the foreign minister.', "Ana Ruiz", "Ana Ruiz"),
        (RUIZ + ", who chairs the committee, insisted that the treaty was fair.", "Ana Ruiz", "Ana Ruiz"),
        ("The head of the agency, Leila Okafor, has warned that the treaty was fair.", "Leila Okafor", "Leila Okafor"),
        ("Professor Leila Okafor, of the University of Lagos, said the treaty was fair.", "Leila Okafor", "Leila Okafor"),
        (RUIZ + ' told Radio Nord: "The treaty is fair."', "Ana Ruiz", "Ana Ruiz"),
        (RUIZ + " spoke after the vote.\n\nFrom the minister: \"The treaty is fair.\"", "the minister", "Ana Ruiz"),
        ('"The treaty is fair." — Commissioner Ana Ruiz', "Ana Ruiz", "Ana Ruiz"),
        (RUIZ + " spoke on Monday. She said the treaty was fair.", "She", "Ana Ruiz"),
        (RUIZ + " opened the meeting. Later the minister said the treaty was fair.", "the minister", "Ana Ruiz"),
        ("The Kremlin said the treaty was fair.", "Kremlin", "Kremlin"),
        ("Western leaders warned that the treaty was fair.", "Western leaders", "Western leaders"),
        ("A leaked memo seen by Radio Nord says the treaty was fair.", "A leaked memo seen by Radio Nord", None),
        ("The ministry, through spokesperson Ana Ruiz, said the treaty was fair.", "The ministry", None),
        ("Professor Leila Okafor, head of the board, and chair of the council, says the treaty was fair.", "Leila Okafor", "Leila Okafor"),
        ("She met Professor Leila Okafor, who had told the press the treaty was fair.", "Leila Okafor", "Leila Okafor"),
        ("‘The treaty is fair,’ said Foreign Minister Ana Li.", "Ana Li", "Ana Li"),
        ("Ana Ruiz, 54, said the treaty was fair.", "Ana Ruiz", "Ana Ruiz"),
        ("The talks resumed, with some experts saying that the treaty was fair.", "some experts", None),
        ("The ministry said through a spokesperson that the treaty was fair.", "The ministry", None),
        ("Through a spokesman, the Kremlin denied that the treaty was fair.", "Kremlin", "Kremlin"),
        ("According to the team's coach, Ana Ruiz, the treaty was fair to all.", "Ana Ruiz", "Ana Ruiz"),
        ("A study published in the Journal of Peace this week revealed that the treaty was fair.", None, None),
        ("The Home Office letter reads: \"The treaty is fair.\"", "Home Office", "Home Office"),
    ],
)  # fmt: skip
def test_speaker_forms(nlp, text, speaker, actor):
    rows = found(nlp, text)
    assert [(r[2], r[3]) for r in rows] == [(speaker, actor)], rows


def test_floating_quote_inherits_the_speaker_before_it(nlp):
    text = (
        '"We did not lose," ' + RUIZ + ' said.\n\n"We were outvoted by people who never read it."'
    )
    assert [(r[1], r[3]) for r in found(nlp, text)] == [
        ("We did not lose,", "Ana Ruiz"),
        ("We were outvoted by people who never read it.", "Ana Ruiz"),
    ]


def test_quote_after_said_colon_in_the_next_paragraph(nlp):
    text = RUIZ + ' said:\n\n"The treaty is fair. We will sign it."'
    assert without_groups(found(nlp, text)) == [
        ("direct", "The treaty is fair. We will sign it.", "Ana Ruiz", "Ana Ruiz")
    ]


def test_she_after_a_quote_is_the_speaker_of_that_quote(nlp):
    text = (
        '"The treaty is fair," ' + RUIZ + " said, as the crowd cheered Prime Minister Tomas Berg. "
        "She added that the vote would be close."
    )
    assert [(r[1], r[3]) for r in found(nlp, text)] == [
        ("The treaty is fair,", "Ana Ruiz"),
        ("the vote would be close", "Ana Ruiz"),
    ]


def test_he_after_a_sentence_about_another_man_is_that_man(nlp):
    text = (
        '"The vote is rigged," said Tomas Berg, a campaigner.\n\n'
        "Federation President Ivo Marek defended the process. "
        'He told delegates in Oslo that the bid had been "checked twice and found sound".'
    )
    assert [(r[1], r[3]) for r in found(nlp, text)] == [
        ("The vote is rigged,", "Tomas Berg"),
        ('the bid had been "checked twice and found sound"', "Ivo Marek"),
    ]


def test_question_quote_keeps_its_inverted_speaker(nlp):
    text = 'Critics disagreed. "Who pays for this?" asked ' + RUIZ + "."
    assert [(r[1], r[2]) for r in found(nlp, text)] == [("Who pays for this?", "Ana Ruiz")]


def test_an_indefinite_role_is_never_a_named_actor(nlp):
    text = RUIZ + ' spoke first. "We have been here before," said a Western diplomat.'
    assert [(r[2], r[3]) for r in found(nlp, text)] == [("a Western diplomat", None)]


def test_told_takes_the_speaker_before_not_the_addressee(nlp):
    text = "As " + RUIZ + ' told Radio Nord, "The treaty is fair."'
    assert [(r[1], r[3]) for r in found(nlp, text)] == [("The treaty is fair.", "Ana Ruiz")]


# ------------------------------------------------------------------ with a parser


def parsed_doc(nlp, words, heads, deps):
    """A Doc as a trained parser would leave it (the rule pipeline has no parser)."""
    from spacy.tokens import Doc

    spaces = [not (i + 1 < len(words) and words[i + 1] in {".", ","}) for i in range(len(words))]
    return Doc(nlp.vocab, words=words, spaces=spaces, heads=heads, deps=deps)


def test_parsed_subject_is_used_where_the_rules_only_guess(nlp):
    """'..., adding that': the rules guess the clause's first subject and take the nearest
    name; a parse knows the participle shares the subject of 'met'."""
    from briefing.extract.quotes import statements as extract_quotes

    sentence = "In Lyon the mayor met Ana Ruiz , adding that the plan was fair ."
    words = sentence.split(" ")
    heads = [4, 0, 3, 4, 4, 6, 4, 4, 4, 12, 11, 12, 8, 12, 4]
    deps = [
        "prep", "pobj", "det", "nsubj", "ROOT", "compound", "dobj", "punct", "advcl", "mark",
        "det", "nsubj", "ccomp", "acomp", "punct",
    ]  # fmt: skip
    doc = parsed_doc(nlp, words, heads, deps)
    assert doc.has_annotation("DEP")
    document = with_anatomy(Document("d1", "t.txt", "Test", doc.text))
    found_quotes = extract_quotes.quotes(doc, document, [])
    assert [(q.kind, q.text, q.speaker_text, q.speaker_via) for q in found_quotes] == [
        ("indirect", "the plan was fair", "the mayor", "parser")
    ]
    # without the parse, the rules' guess
    assert [r[2] for r in found(nlp, doc.text)] == ["Ana Ruiz"]


def test_the_rules_speaker_stands_when_a_parser_ran(nlp):
    """A speaker the rules find by a way they trust is kept: the parse is not asked."""
    from briefing.extract.quotes import statements as extract_quotes

    sentence = "Ana Ruiz said the plan was fair ."
    words = sentence.split(" ")
    heads = [1, 2, 2, 4, 5, 2, 5, 2]
    deps = ["compound", "nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "punct"]
    doc = parsed_doc(nlp, words, heads, deps)
    document = with_anatomy(Document("d1", "t.txt", "Test", doc.text))
    found_quotes = extract_quotes.quotes(doc, document, [])
    assert [(q.text, q.speaker_text, q.speaker_via) for q in found_quotes] == [
        ("the plan was fair", "Ana Ruiz", "subject")
    ]


def test_rule_path_without_a_parser_reads_the_same_sentence(nlp):
    text = "The mayor of Lyon yesterday in Paris said the plan was fair."
    rows = found(nlp, text)
    assert [(r[0], r[1]) for r in rows] == [("indirect", "the plan was fair")]


# ------------------------------------------------------------------ linking to actors


def test_speaker_missed_by_the_name_finder_links_by_surname():
    from briefing.assemble.actors import merge_actors
    from briefing.assemble.quotes import link_speakers
    from briefing.extract import Findings
    from briefing.model import NameMention, Quote

    text = 'Ana Ruiz arrived. "We sign," said Ambassador Ruiz. "We wait," said the Envoys.'
    document = with_anatomy(Document("d1", "t.txt", "Test", text))
    mention = NameMention("d1", 0, 8, "Ana Ruiz", "person")

    def quote(start: int, speaker: str) -> Quote:
        at = text.index(speaker)
        return Quote("", "d1", start, start + 8, text[start : start + 8], "direct",
                     speaker_text=speaker, speaker_start=at, speaker_end=at + len(speaker))  # fmt: skip

    findings = Findings(
        document, (mention,), (quote(19, "Ambassador Ruiz"), quote(53, "the Envoys")), (), (), ()
    )
    actors, resolve = merge_actors([findings])
    names = {a.id: a.name for a in actors}
    linked = link_speakers([findings], actors, resolve)
    assert [names.get(q.speaker or "") for q in linked] == ["Ana Ruiz", None]


@pytest.mark.parametrize(
    ("text", "actor", "kind"),
    [
        (
            "The mining ministry of Selva said the spill had not reached the river.",
            "Mining ministry of Selva",
            "organization",
        ),
        (
            "Police in Dorvik said the fire at the depot was an accident.",
            "Police in Dorvik",
            "organization",
        ),
        (
            "Marnian officials said the ambassador had been given 48 hours to leave.",
            "Marnian officials",
            "group",
        ),
        ("A Western diplomat said the talks had stalled over the border.", None, None),
        ("The spokesperson said the talks had stalled over the border.", None, None),
        ("The company said the outage had been caused by a storm.", None, None),
    ],
)
def test_a_speaker_the_name_finder_missed_becomes_an_actor_unless_it_names_nobody(
    nlp, text, actor, kind
):
    extraction = assemble([analyse(nlp, Document("d1", "t.txt", "Test", text))], "rules")
    (quote,) = extraction.quotes
    speaker = next((a for a in extraction.actors if a.id == quote.speaker), None)
    assert (speaker.name, speaker.kind) == (actor, kind) if actor else speaker is None


def test_one_speaker_actor_for_the_same_phrase_in_two_articles(nlp):
    texts = [
        "Marnian officials said the ambassador had been given 48 hours to leave.",
        "Marnian officials said the border would stay closed until June.",
    ]
    findings = [analyse(nlp, Document(f"d{i}", "t.txt", "T", t)) for i, t in enumerate(texts)]
    extraction = assemble(findings, "rules")
    assert len({q.speaker for q in extraction.quotes}) == 1
    (officials,) = [a for a in extraction.actors if a.name == "Marnian officials"]
    assert [m.doc for m in officials.mentions] == ["d0", "d1"]


@pytest.mark.parametrize(
    "text",
    [
        "A FEMA spokesperson declined to say which programs would be cut first.",
        "The ministry refused to confirm that the talks had failed.",
    ],
)
def test_a_refusal_to_say_reports_nothing(nlp, text):
    assert found(nlp, text) == []


def test_a_relative_that_after_the_object_opens_no_report(nlp):
    text = (
        "Washington has threatened retaliatory tariffs against countries that \u201ctarget\u201d "
        "American firms. "
        "The minister said at a briefing with farm ministers that the quota was fair."
    )
    # the whole object, not '"target" American firms' cut out of its relative clause
    assert [(r[0], r[1]) for r in found(nlp, text)] == [
        ("mixed", "retaliatory tariffs against countries that \u201ctarget\u201d American firms"),
        ("indirect", "the quota was fair"),
    ]


@pytest.mark.parametrize(
    "answer",
    [
        ", but the ministry denied it.",
        ", but Tom Lund said that was false.",
        ", a claim the ministry rejected.",
    ],
)
def test_a_report_ends_where_another_s_answer_begins(nlp, answer):
    """The first speaker did not say the denial that follows their words."""
    text = "Anna Berg said the ministry had agreed to the levy" + answer
    assert without_groups(found(nlp, text))[0] == (
        "indirect",
        "the ministry had agreed to the levy",
        "Anna Berg",
        "Anna Berg",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Prices will rise sharply next year, but Tom Lund said nothing about it.",
        "Prices will rise sharply next year, and the minister Tom Lund said so on Friday.",
        "Prices will rise sharply next year, while Tom Lund said little about the plan.",
    ],
)
def test_a_cue_in_a_coordinated_clause_reports_nothing_before_it(nlp, text):
    """'..., but X said nothing': the clause before the comma is not X's, as it would be in
    '..., X said'."""
    assert [q for q in found(nlp, text) if q[1].startswith("Prices")] == []


def test_an_attribution_after_its_clause_still_reports_it(nlp):
    text = "Prices will rise sharply next year, the minister Tom Lund said."
    assert without_groups(found(nlp, text)) == [
        ("indirect", "Prices will rise sharply next year", "Tom Lund", "Tom Lund")
    ]


@pytest.mark.parametrize(
    "speaker",
    ["Some Republicans", "Several prominent Republicans", "One GOP source", "A GOP adviser"],
)
def test_members_of_a_body_do_not_speak_for_it(nlp, speaker):
    """Some of a party's members, or a person the party's name only describes, are not the
    party: their words are not the Republican Party's."""
    text = f"{speaker} said the tax plan would fail in the Senate."
    (row,) = without_groups(found(nlp, text))
    assert row[1] == "the tax plan would fail in the Senate"
    assert row[3] != "Republican Party"


@pytest.mark.parametrize(
    ("speaker", "actor"),
    [
        ("Republicans", "Republican Party"),
        ("The Kremlin", "Kremlin"),
        ("A Kremlin spokesman", "Kremlin"),
        ("Pentagon officials", "Pentagon"),
    ],
)
def test_a_body_speaks_by_itself_or_by_its_voice(nlp, speaker, actor):
    text = f"{speaker} said the tax plan would fail in the Senate."
    (row,) = without_groups(found(nlp, text))
    assert (row[1], row[3]) == ("the tax plan would fail in the Senate", actor)


@pytest.mark.parametrize("cue", ["said", "suggested"])
def test_a_that_after_another_speakers_cue_is_theirs(nlp, cue):
    """'While Lund has pledged to back the plan, Berg said that ...': the 'that' clause is
    Berg's report, not what Lund pledged."""
    text = f"While Anna Lund has pledged to support the plan, Tom Berg {cue} that it would fail in May."
    assert without_groups(found(nlp, text)) == [
        ("indirect", "it would fail in May", "Tom Berg", "Tom Berg")
    ]


def test_a_that_after_a_setting_between_commas_is_the_cues_own(nlp):
    text = "Anna Lund said on Monday, in a statement, that the plan would not be simple."
    assert without_groups(found(nlp, text)) == [
        ("indirect", "the plan would not be simple", "Anna Lund", "Anna Lund")
    ]


@pytest.mark.parametrize(
    ("speaker", "actor"),
    [
        ("Lund campaign manager Tom Berg", "Tom Berg"),
        ("Lund aides", None),
        ("Several Lund supporters", None),
        ("A senior Lund adviser", None),
        ("Lund's advisers", None),
        ("The Lund campaign", None),
        ("Both Lund and Berg", "Anna Lund"),
    ],
)
def test_a_persons_name_that_describes_the_speaker_is_not_the_speaker(nlp, speaker, actor):
    """'Sanders campaign manager Jeff Weaver said': Weaver speaks, not Sanders; 'Clinton aides
    said' is no word of Clinton's, and what her campaign says is its staff's statement, not
    her own words."""
    text = f"Anna Lund spoke in Ohio. {speaker} said the candidate would win in May."
    rows = without_groups(found(nlp, text))
    assert [(r[1], r[3]) for r in rows] == [("the candidate would win in May", actor)]


@pytest.mark.parametrize(
    ("speaker", "actor"),
    [
        ("Lund spokeswoman Greta Lindqvist", "Greta Lindqvist"),
        ("Lund campaign spokesman Piet Norlund", "Piet Norlund"),
        ("Lund's spokesman", None),
        ("Lund's longtime confidant Ruben Castell", "Ruben Castell"),
        ("Lund's party rival Sen. Marta Olsen (R-Ohio)", "Marta Olsen"),
        ("One Lund ally", None),
        ("A Lund confidant", None),
    ],
)
def test_a_persons_spokesman_rival_or_possessive_phrase_is_someone_else(nlp, speaker, actor):
    """A body speaks by its spokesman ('a Kremlin spokesman said'), a person does not: 'Stein
    spokeswoman Ann Roe said' is Roe's word, and so is what follows a person's possessive
    ('Trump's rival Sen. Ann Roe', 'Trump's lawyer'). One confidant or ally is not the
    person either."""
    text = f"Anna Lund spoke in Ohio. {speaker} said the candidate would win in May."
    rows = without_groups(found(nlp, text))
    assert [(r[1], r[3]) for r in rows] == [("the candidate would win in May", actor)]


def test_a_persons_own_account_after_a_possessive_is_still_theirs(nlp):
    """'according to Farley's account': a person's account, remarks or book is their word,
    unlike their lawyer or spokesman."""
    text = "Anna Lund spoke in Ohio. The deal was signed in May, according to Lund's account."
    rows = without_groups(found(nlp, text))
    assert [r[3] for r in rows] == ["Anna Lund"]


@pytest.mark.parametrize(
    "speaker", ["Marsh's press secretary", "Marsh's press secretary, Tom Ilves,"]
)
def test_a_role_after_a_persons_possessive_is_not_that_person(nlp, speaker):
    """'Carter's press secretary told the Times' was Defense Secretary Carter's word: the
    role noun matched his own title. A role held in someone's name is another person."""
    text = (
        "Defense Secretary Ada Marsh flew to Oslo on Monday. "
        f"{speaker} told reporters that the trip had been planned for months."
    )
    rows = without_groups(found(nlp, text))
    assert [r[3] for r in rows] != ["Ada Marsh"]
    assert [r[1] for r in rows] == ["the trip had been planned for months"]


@pytest.mark.parametrize(
    "insert",
    [
        "a former foreign minister and a deputy prime minister under Mr. Halvorsen",
        "clad in a cape with lights that formed the name Halvorsen",
        "a county organiser who now runs Halvorsen's early-vote efforts in the state",
    ],
)
def test_a_name_that_ends_a_long_insert_before_the_cue_is_not_the_speaker(nlp, insert):
    """'Konstantin X, a deputy prime minister under Mr. Y, said': Y only ends the part set off
    by commas; the speaker is the subject before it, never the name nearest the cue."""
    text = f"Piotr Malek, {insert}, said that the talks had failed."
    rows = without_groups(found(nlp, text))
    assert [(r[1], r[3]) for r in rows] == [("the talks had failed", "Piotr Malek")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Anna Lund spoke in Ohio. She traveled to Oslo to meet with Jonas Berg, who had "
            "told Lund he would assist her with housing.",
            "Jonas Berg",
        ),
        (
            "The roads were closed. The research firm Nordlab, has said that the bridge is safe.",
            "Nordlab",
        ),
    ],
)
def test_a_comma_before_the_cue_that_sets_off_no_insert_keeps_the_subject(nlp, text, speaker):
    """The comma of 'X, who had told' or of a stray 'The firm X, has said' sets off no insert:
    the phrase that ends with X, after a preposition or a sentence's end, still speaks."""
    rows = without_groups(found(nlp, text))
    assert len(rows) == 1 and rows[0][2].endswith(speaker)


def test_the_subject_before_a_long_insert_speaks(nlp):
    """'Douglas X, an economist and tax expert, told me': the insert is too long and
    coordinated to be cut as an apposition, yet the name before it is the subject, not the
    last words of the insert nor a name inside the quotation."""
    text = (
        "Anna Lund spoke in Ohio. \u201cI think Lund and all candidates should do so,\u201d "
        "Piotr Malek, an economist and tax expert at the institute, told me this week."
    )
    rows = without_groups(found(nlp, text))
    assert [r[3] for r in rows] == ["Piotr Malek"]


def test_sentence_end_patterns_read_from_the_tail_as_from_the_whole_sentence():
    from briefing.extract.quotes import statements as st

    cases = [
        "Navy Capt. ",
        "It was signed by Gen. \n",
        "Ana Holm met J. ",
        "We met A.J. Holm",
        '"Who pays?" ',
        '"Who pays?\'" \n\n',
        '"It is over." ',
        "It is over.”",
        "Mr.",
        "?”",
    ]
    checks = [
        (st._ABBREVIATION_END, st._ABBREVIATION_REACH),
        (st._ASKED_CLOSE, st._CLOSE_REACH),
        (st._STATED_CLOSE, st._CLOSE_REACH),
    ]
    found = 0
    for text in cases:
        padded = "Before it. " + text + " After."
        span = [len("Before it. "), len("Before it. ") + len(text)]
        for pattern, reach in checks:
            whole = pattern.search(padded, *span) is not None
            assert st._ends(pattern, reach, padded, span) == whole, (text, pattern.pattern)
            found += whole
    assert found == 9  # Capt., Gen., J., Mr.; ?", ?'", ?”; .", .”
