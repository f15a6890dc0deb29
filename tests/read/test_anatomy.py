"""The article's anatomy, found once by the read stage: headline, dateline, agency credit,
lead and body as spans of the text; never in the extraction JSON, read again on load."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefing.assemble import assemble
from briefing.build import extraction_json, load_extraction
from briefing.extract import analyse
from briefing.model import Document, Extraction, anatomy_of
from briefing.read import read_documents
from briefing.read.anatomy import LEAD_CHARS, anatomy, with_anatomy
from briefing.render.markdown import render_markdown
from briefing.select import select_for_brief
from briefing.settings.audience import load_audience

TITLE = "Harbour levy vote delayed"
LEAD = "The port council delayed its vote on the harbour levy on Monday, Mayor Ines Valdor said."
WIRE = (
    f"{TITLE}\n\n"
    f"BRUSSELS, March 3 (Reuters) - {LEAD}\n\n"
    '"We need more time," Valdor told reporters. The vote is set for March 14.\n'
)


def part(text: str, span: tuple[int, int] | None) -> str | None:
    return text[span[0] : span[1]] if span else None


def test_a_wire_story_has_headline_dateline_credit_and_lead() -> None:
    found = anatomy(WIRE, TITLE)
    assert part(WIRE, found.headline) == TITLE
    assert found.headline_end == len(TITLE)
    assert part(WIRE, found.dateline) == "BRUSSELS, March 3 (Reuters) - "
    assert part(WIRE, found.credit) == "(Reuters)"
    assert part(WIRE, found.lead) == LEAD
    assert WIRE[found.body :].startswith(LEAD)


def test_date_lines_and_a_dateline_without_date_are_left_out_of_the_lead() -> None:
    text = f"{TITLE}\n\nMonday, March 3, 2025\n\nSELVA CITY (AP) — {LEAD}\n"
    found = anatomy(text, TITLE)
    assert part(text, found.dateline) == "SELVA CITY (AP) — "
    assert part(text, found.credit) == "(AP)"
    assert part(text, found.lead) == LEAD
    assert text[found.body :].startswith(LEAD)


def test_a_photo_credit_is_no_lead_and_a_long_lead_is_cut() -> None:
    long_lead = "The council met. " * 30
    text = f"{TITLE}\n\nCrowds at the quay. Image: Lena Park.\n\n{long_lead}\n"
    start, end = anatomy(text, TITLE).lead
    assert (start, end) == (text.index("The council"), text.index("The council") + LEAD_CHARS)


def test_an_article_without_headline_dateline_or_credit() -> None:
    text = f"{LEAD} Others agreed.\n"
    found = anatomy(text, "")
    assert (found.headline, found.dateline, found.credit) == (None, None, None)
    assert found.headline_end == 0
    assert (found.lead[0], found.body) == (0, 0)


def test_the_body_starts_past_a_headline_printed_twice_with_other_quotes() -> None:
    title = "Port's levy vote delayed"
    text = f"{title}\n\nPort’s levy vote delayed\n\n{LEAD}\n"
    assert text[anatomy(text, title).body :].startswith(LEAD)
    assert part(text, anatomy(text, title).lead) == LEAD  # the copy is no lead either


def test_the_opening_paragraphs_subject_weighs_as_the_lead_when_the_headline_is_repeated(
    nlp,
) -> None:
    """A pasted article that prints its headline again: the lead is still the opening
    paragraph, so the person it is about outranks one named as often further down."""
    from briefing.assemble import assemble
    from briefing.extract import analyse

    title = "Port levy vote delayed"
    text = (
        f"{title}\n\n{title}\n\n"
        "Mayor Ines Valdor’s remarks on the levy have angered the port's unions.\n\n"
        "Valdor said the vote would wait. Unions met on Monday.\n\n"
        "Councillor Jon Dahl said the levy was fair. Dahl said the vote would come.\n"
    )
    document = with_anatomy(Document("d1", "t.txt", title, text))
    extraction = assemble([analyse(nlp, document)], "rules")
    salience = {a.name: a.salience for a in extraction.actors}
    assert salience["Ines Valdor"] > salience["Jon Dahl"]


def test_only_the_article_dateline_is_left_out_of_a_clause() -> None:
    found = anatomy(WIRE, TITLE)
    start, end = found.dateline
    assert found.past_dateline(start, end + 10) == end
    assert found.past_dateline(start, end - 1) == start  # the dateline runs past the clause
    later = WIRE.index('"We')
    assert found.past_dateline(later, later + 20) == later


def test_every_document_read_has_its_anatomy(tmp_path: Path) -> None:
    path = tmp_path / "levy.txt"
    path.write_text(WIRE, encoding="utf-8")
    [document] = read_documents([str(path)])
    assert document.anatomy == anatomy(document.text, document.title)
    assert part(document.text, document.anatomy.dateline) == "BRUSSELS, March 3 (Reuters) - "


def test_analyse_reads_a_document_built_by_hand(nlp) -> None:
    document = Document("d1", "levy.txt", TITLE, WIRE, "2025-03-03")
    with pytest.raises(ValueError, match="d1 has not been read"):
        anatomy_of(document)
    findings = analyse(nlp, document)
    assert findings.document.anatomy == anatomy(WIRE, TITLE)


@pytest.fixture
def extraction(nlp) -> Extraction:
    document = Document("d1", "levy.txt", TITLE, WIRE, "2025-03-03", "Coast Wire")
    return assemble([analyse(nlp, document)], "rules")


def test_the_anatomy_is_not_in_the_json(extraction: Extraction) -> None:
    [document] = extraction.to_dict()["documents"]
    assert "anatomy" not in document
    assert "anatomy" not in extraction_json(extraction)


def test_the_anatomy_is_read_again_on_load(extraction: Extraction, tmp_path: Path) -> None:
    path = tmp_path / "extraction.json"
    path.write_text(extraction_json(extraction), encoding="utf-8")
    loaded = load_extraction(path)
    assert [d.anatomy for d in loaded.documents] == [d.anatomy for d in extraction.documents]
    analyst = load_audience("analyst")
    direct = select_for_brief(extraction, analyst)
    again = select_for_brief(loaded, analyst)
    assert again.bottom_line[0].text == LEAD
    assert render_markdown(again, audience=analyst) == render_markdown(direct, audience=analyst)


def test_an_anatomy_written_into_the_json_by_hand_is_ignored(
    extraction: Extraction, tmp_path: Path
) -> None:
    data = extraction.to_dict()
    data["documents"][0]["anatomy"] = {"headline": [0, 1]}
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert load_extraction(path).documents[0].anatomy == anatomy(WIRE, TITLE)


def test_with_anatomy_keeps_everything_else() -> None:
    document = Document("d1", "levy.txt", TITLE, WIRE, "2025-03-03", "Coast Wire")
    read = with_anatomy(document)
    assert read == document  # the anatomy follows from text and title: not compared
    assert read.anatomy is not None


@pytest.mark.parametrize(
    ("title", "source", "issued"),
    [
        # a kind of text only an office issues, by its title
        ("Readout of the Minister's Call with Her Norwegian Counterpart", None, True),
        ("Joint Statement on the Varna Talks", None, True),
        ("Fact Sheet: Varna and Norway Sign a Trade Accord", None, True),
        # an office as the source, or a source naming such a kind of text
        ("Varna and Norway Sign a Trade Accord", "Ministry of Foreign Affairs of Varna", True),
        ("Varna and Norway Sign a Trade Accord", "Varna Government (press release)", True),
        # a newsroom, or nothing said: a report
        ("Varna and Norway Sign a Trade Accord", "Reuters", False),
        ("Varna and Norway Sign a Trade Accord", None, False),
        ("What the Statement Means for Varna", None, False),
    ],
)
def test_an_article_issued_by_an_office_is_told_from_a_report(title, source, issued) -> None:
    """Anatomy.issued: in an issued text an undated 'X will ...' is the party's undertaking,
    in a report the writer's word (extract/events: the way 'narrated')."""
    text = f"{title}\n\nThe two sides signed the accord on Monday."
    assert anatomy(text, title, source).issued is issued


BYLINED = (
    f"{TITLE}\n\n"
    "By IAN ROE and LENA PARK, Associated Press\n\n"
    f"SELVA CITY (AP) — {LEAD}\n\n"
    '"We need more time," Valdor told reporters.\n\n'
    "Associated Press writers Ana Ruiz in Bergen and J. Holt in Oslo contributed to this"
    " report.\n"
)


def test_a_wire_byline_is_no_lead_and_the_body_starts_past_it() -> None:
    found = anatomy(BYLINED, TITLE)
    assert part(BYLINED, found.lead) == LEAD
    assert BYLINED[found.body :].startswith(LEAD)
    assert part(BYLINED, found.dateline) == "SELVA CITY (AP) — "


def test_the_byline_and_the_closing_credits_are_the_staff() -> None:
    found = anatomy(BYLINED, TITLE)
    assert [part(BYLINED, span) for span in found.staff] == [
        "By IAN ROE and LENA PARK, Associated Press",
        "Associated Press writers Ana Ruiz in Bergen and J. Holt in Oslo contributed to this"
        " report.",
    ]


@pytest.mark.parametrize(
    "closing, staff",
    [
        (
            "The vote is set for March 14. (Reporting by Ana Ruiz in Oslo; Editing by Ian Roe)",
            "(Reporting by Ana Ruiz in Oslo; Editing by Ian Roe)",
        ),
        ("Writing by Ana Ruiz; Editing by Ian Roe", "Writing by Ana Ruiz; Editing by Ian Roe"),
        (
            "Copyright 2026 The Harbour Wire. All rights reserved.",
            "Copyright 2026 The Harbour Wire. All rights reserved.",
        ),
        ("© Harbour Post 2026", "© Harbour Post 2026"),
        (
            "The vote is set for March 14. Ana Ruiz contributed reporting from Washington, D.C.",
            "Ana Ruiz contributed reporting from Washington, D.C.",
        ),
        # no credits: a sentence that goes on past 'contributed research', a bare 'by', a
        # copyright inside a sentence
        ("The copyright of the levy plan was sold.", None),
        ("Dahl, who contributed research to the levy plan, said it was fair.", None),
        ("The levy was approved by Mayor Ines Valdor on Monday.", None),
    ],
)
def test_closing_credits_of_a_wire_story(closing: str, staff: str | None) -> None:
    text = f"{TITLE}\n\n{LEAD}\n\n{closing}\n"
    assert [part(text, span) for span in anatomy(text, TITLE).staff] == ([staff] if staff else [])


@pytest.mark.parametrize(
    "line",
    [
        "By Tuesday, the port council had delayed the vote.",
        "By Valdor's own count, the levy would raise little.",
    ],
)
def test_a_sentence_that_opens_with_by_is_no_byline(line: str) -> None:
    text = f"{TITLE}\n\n{line}\n\n{LEAD}\n"
    found = anatomy(text, TITLE)
    assert found.staff == ()
    assert part(text, found.lead) == line


def test_no_one_in_the_byline_or_the_credits_is_an_actor(nlp) -> None:
    document = with_anatomy(Document("d1", "t.txt", TITLE, BYLINED))
    extraction = assemble([analyse(nlp, document)], "rules")
    names = {a.name.lower() for a in extraction.actors}
    assert "ines valdor" in names
    assert not names & {"ian roe", "lena park", "ana ruiz", "j. holt", "associated press"}
    assert not names & {"bergen", "oslo"}
