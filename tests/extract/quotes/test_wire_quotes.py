"""Who said what in wire-style sentences (issue 16): the classes of error a hand check of
wire briefs found, each on sentences written for these tests.

Each row: the text, then (kind, exact quote text, speaker actor) of every quote found.
"""

from __future__ import annotations

import pytest

from briefing.assemble import assemble
from briefing.extract import analyse
from briefing.model import Document


def found(nlp, text: str) -> list[tuple[str, str, str | None]]:
    extraction = assemble([analyse(nlp, Document("d1", "t.txt", "Test", text))], "rules")
    names = {a.id: a.name for a in extraction.actors}
    return [(q.kind, q.text, names.get(q.speaker or "")) for q in extraction.quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Anna Lund spoke in Ohio. “We will go to the meeting,” Lund said, according to NRK.",
            [("direct", "We will go to the meeting,", "Anna Lund")],
        ),
        (
            "Tom Berg met Anna Lund. According to Nordic Radio pool reports, Lund said the"
            " city “has hope” after the storm.",
            [("mixed", "the city “has hope” after the storm", "Anna Lund")],
        ),
    ],
)
def test_according_to_over_a_quotation_with_its_own_speaker(nlp, text, expected):
    """'"...," Lund said, according to NRK': the quoted words are Lund's; the source after
    'according to' only says where the report was found."""
    assert found(nlp, text) == expected


def test_a_name_inside_a_clause_of_the_source_is_not_the_source(nlp):
    """'according to documents it submitted to the U.S. government': the government received
    the documents; it said nothing."""
    text = (
        "Nordtek has invested in some of the companies it criticised, according to documents"
        " it submitted to the U.S. government."
    )
    rows = found(nlp, text)
    assert [r[1] for r in rows] == ["Nordtek has invested in some of the companies it criticised"]
    assert all(r[2] is None for r in rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to a Nordic Times survey, most voters in the region back the new"
            " bridge plan.",
            "most voters in the region back the new bridge plan",
        ),
        (
            "OSLO (Reuters) - The Nordtek firm will cut 300 jobs in the north, according to"
            " the Labour Ministry.",
            "The Nordtek firm will cut 300 jobs in the north",
        ),
    ],
)
def test_the_source_and_the_dateline_are_not_what_was_said(nlp, text, expected):
    """The words of the source after its name ('survey,') and the dateline stay out."""
    assert [r[1] for r in found(nlp, text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tom Berg is an expert. Berg said he did not see convincing evidence in the"
            " report that the Danish government was behind the hack.",
            "he did not see convincing evidence in the report that the Danish government"
            " was behind the hack",
        ),
        (
            "The Nordic Times reported it obtained 72 emails that Berg sent from his"
            " personal account.",
            "it obtained 72 emails that Berg sent from his personal account",
        ),
        (
            "Tom Berg spoke on Monday. Berg said there was no doubt that the plan would fail.",
            "there was no doubt that the plan would fail",
        ),
    ],
)
def test_a_that_behind_a_clause_of_its_own_is_not_the_cues(nlp, text, expected):
    """'said he did not see evidence that X': Berg did not say X; the report starts at
    'he', the subject between the cue and the 'that'."""
    assert [r[1] for r in found(nlp, text)] == [expected]


def test_a_that_after_a_subordinate_clause_reports_nothing(nlp):
    """'told NRK when asked about concerns that X': X is the question's, not Lund's."""
    text = (
        "Anna Lund spoke on Monday. “It is a fair worry,” Lund told NRK when asked about"
        " concerns that her voters would stay home."
    )
    assert found(nlp, text) == [("direct", "It is a fair worry,", "Anna Lund")]


def test_a_that_right_after_the_cue_or_its_setting_is_the_cues(nlp):
    """The common case keeps its clause: 'told reporters after the meeting that X'."""
    text = "Anna Lund told reporters after the meeting that the plan would fail."
    assert found(nlp, text) == [("indirect", "the plan would fail", "Anna Lund")]


def test_a_quotation_after_another_subject_is_not_carried(nlp):
    """'Lund called it a fraud. Berg slammed it as "..."': the verb is not in the reporting
    list, but the sentence has its own subject; Lund, who spoke before, did not say it."""
    text = (
        "Tom Berg went further, with Anna Lund calling the plan a fraud. Berg slammed the"
        " proposal as “reckless, costly and divisive.”"
    )
    rows = found(nlp, text)
    assert ("direct", "reckless, costly and divisive.", None) in rows
    assert all(r[2] != "Anna Lund" for r in rows if r[0] == "direct")


def test_a_standalone_quotation_still_continues_the_speaker(nlp):
    text = "Tom Berg spoke on Monday. “We will win,” Berg said. “We will win again.”"
    assert found(nlp, text) == [
        ("direct", "We will win,", "Tom Berg"),
        ("direct", "We will win again.", "Tom Berg"),
    ]


def test_an_unlisted_verb_in_the_next_paragraph_attributes_nothing(nlp):
    """'"... a weak candidate!"' / 'The Nordic League folded in 1986': the subject of the
    next paragraph did not say the quotation."""
    text = (
        "Nordtek owner Tom Berg spoke. “So far the race is very boring!” he wrote.\n\n"
        "“Anna Lund has no skills at all. She is a weak candidate!”\n\n"
        "The Nordic League folded in 1986 after a few years."
    )
    rows = found(nlp, text)
    assert [r[2] for r in rows if r[1].startswith("Anna Lund has")] != ["Nordic League"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tom Berg, a policy-minded mayor, insists the party must be a party of ideas, and"
            " has championed an agenda of deep cuts.",
            [("indirect", "the party must be a party of ideas", "Tom Berg")],
        ),
        (
            "Tom Berg has argued that his rating is far higher than his rivals, and that — "
            "despite few wins — he is best placed to win.",
            [("indirect", "his rating is far higher than his rivals", "Tom Berg")],
        ),
        (
            "Tom Berg, who said he usually votes for the left, said one candidate he likes"
            " is Anna Lund.",
            [
                ("indirect", "he usually votes for the left", "Tom Berg"),
                ("indirect", "one candidate he likes is Anna Lund", "Tom Berg"),
            ],
        ),
    ],
)
def test_a_report_ends_where_the_speakers_own_clause_goes_on(nlp, text, expected):
    """', and has championed' (no subject of its own), a second cue right after a comma
    ('X, who said Y, said Z') and a cut before 'and that' end the report there."""
    assert found(nlp, text) == expected


def test_a_verb_after_an_apposition_inside_the_report_stays_in_it(nlp):
    """'said his collaborator Tom Berg, AKA Big Mouse, wrote ...': the comma closes an
    apposition of the report's subject; only a cue in a relative clause ends at it."""
    text = (
        "Speaking on radio last week, Lund said his band and collaborator Tom Berg, AKA Big"
        " Mouse, wrote a host of new songs for the album."
    )
    assert [r[1] for r in found(nlp, text)] == [
        "his band and collaborator Tom Berg, AKA Big Mouse, wrote a host of new songs for the album"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Tom Berg spoke on Monday. Berg can ask his delegates to support another candidate.",
        "Anna Lund spoke. The minister could deny them mining permits until the work is done.",
    ],
)
def test_a_report_that_may_be_made_is_no_quote(nlp, text):
    """'Berg can ask them to ...': a modal before the cue; nothing was said."""
    assert found(nlp, text) == []


def test_a_programme_in_quotation_marks_is_part_of_the_addressee(nlp):
    """'tells NRK's "Morning Talk" on Friday that ...': the clause after it is the report,
    and the quoted words in it are part of it, not a quotation on their own."""
    text = (
        "Tom Berg spoke on Monday. Berg tells NRK's “Morning Talk” on Friday that “exactly"
        " who did it” remains under investigation."
    )
    assert found(nlp, text) == [
        ("mixed", "“exactly who did it” remains under investigation", "Tom Berg")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna Lund spoke. Lund said in an interview with “Nordic Sunday.”", []),
        (
            "Anna Lund spoke. Lund said “Vote For Change.”",
            [("direct", "Vote For Change.", "Anna Lund")],
        ),
    ],
)
def test_a_title_in_quotation_marks_after_narration_is_not_said(nlp, text, expected):
    """'an interview with "Nordic Sunday."': the full stop inside the marks is the
    American custom; a few capitalised words after a narrating word are a title. After a
    verb of saying they are said."""
    assert found(nlp, text) == expected


def test_an_adjunct_after_the_cue_is_not_what_was_said(nlp):
    """'"...," she said, without referring to ...': a preposition after the cue opens no
    report; the quotation before it is what she said."""
    text = (
        "Anna Lund spoke in Hanoi. “Usually the voters decide well,” Lund told a meeting in"
        " the city. “But sometimes our politics does not show all the good in people,” she"
        " said, without referring to any of the candidates."
    )
    assert [r[1] for r in found(nlp, text)] == [
        "Usually the voters decide well,",
        "But sometimes our politics does not show all the good in people,",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The Varn Front claimed responsibility for the blast in Oslo on Monday.",
        "Anna Lund claimed victory in the Ohio primary on Tuesday.",
        "Tom Berg claimed credit for the harbour deal.",
    ],
)
def test_what_is_claimed_as_an_act_is_no_report(nlp, text):
    """'claimed responsibility for the attack': the claim is an act the object names, not
    words the brief can quote."""
    assert found(nlp, text) == []


def test_a_claim_with_its_clause_is_a_report(nlp):
    assert found(nlp, "Anna Lund met voters. Lund claimed that the deal was hers.") == [
        ("indirect", "the deal was hers", "Anna Lund")
    ]
