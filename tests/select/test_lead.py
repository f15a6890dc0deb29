"""How statements read in the brief: the lead sentence, refusals that are no open question,
reports after their verb, and instructions with whom they are for."""

from __future__ import annotations

import pytest

from briefing.extract.questions.open_questions import _unresolved
from briefing.model import Document
from briefing.read.anatomy import with_anatomy
from briefing.select.wording import lead_sentence

TITLE = "Harbour bill stalls"


@pytest.mark.parametrize(
    ("body", "lead"),
    [
        (
            "SELVA CITY, May 6, 2025 (AP) — The harbour bill stalled after Sen. Ada Roe and "
            "Gov. Tom Vik attacked it. Others agreed.",
            "The harbour bill stalled after Sen. Ada Roe and Gov. Tom Vik attacked it.",
        ),
        (
            "Founded by the writer L. Ron Vale, the harbour club has many members. Others.",
            "Founded by the writer L. Ron Vale, the harbour club has many members.",
        ),
        (
            "The harbour board met envoys sent from the U.S. on Monday. It agreed to talk.",
            "The harbour board met envoys sent from the U.S. on Monday.",
        ),
        (
            "The harbour board will meet envoys from the U.S. The talks start at noon.",
            "The harbour board will meet envoys from the U.S.",
        ),
        (  # a byline above a statement is no part of its first sentence
            "Ada Roe, Minister of Harbours\n\nThe harbour bill stalled in the council today. We regret it.",
            "The harbour bill stalled in the council today.",
        ),
        (
            "Office of the Spokesperson\n\nThe below is attributable to Spokesperson Tom Vik:\n\n"
            "The harbour board met envoys from Varna today. It agreed to talk.",
            "The harbour board met envoys from Varna today.",
        ),
    ],
)
def test_the_lead_is_the_first_whole_sentence(body: str, lead: str) -> None:
    assert lead_sentence(with_anatomy(Document("d1", "t.txt", TITLE, f"{TITLE}\n\n{body}"))) == lead


@pytest.mark.parametrize(
    ("sentence", "open_"),
    [
        ("The ministry declined to comment.", False),
        ("The ministry declined to comment, a spokesman said.", False),
        ("The club declined to comment on reports that its coach will leave.", True),
        ("The ministry would not say when the vote will be held.", True),
        ("Whether the deal survives remains to be seen.", True),
    ],
)
def test_a_refusal_is_open_only_when_it_refuses_something(sentence: str, open_: bool) -> None:
    assert _unresolved(sentence) is open_


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("The government would launch a campaign", "the government would launch a campaign"),
        ("It was unclear whether", "it was unclear whether"),
        ("Berg was right", "Berg was right"),  # may be a name: keep its capital
        ("Norway would not sign", "Norway would not sign"),
    ],
)
def test_a_report_reads_as_it_follows_its_verb(text: str, shown: str) -> None:
    from briefing.select.wording import reported

    assert reported(text) == shown


def test_an_instruction_keeps_whom_it_is_for(nlp) -> None:
    from briefing.assemble import assemble
    from briefing.extract import analyse
    from briefing.model import Document
    from briefing.select.wording import position

    text = (
        "Clinics warn\n\n"
        "The WHO's regional director for Europe, Hans Kluger, urged parents to check "
        "their children's vaccination records.\n"
    )
    findings = analyse(nlp, Document("d1", "t.txt", "", text))
    extraction = assemble([findings], "rules")
    [quote] = extraction.quotes
    assert quote.addressee == "parents"
    assert position(quote) == "urged parents to check their children's vaccination records"
    kluger = next(a for a in extraction.actors if a.name == "Hans Kluger")
    assert (kluger.role, kluger.affiliation) == (
        "regional director for Europe",
        "World Health Organization",
    )


@pytest.mark.parametrize(
    ("sentence", "text", "position"),
    [
        # a report told to someone keeps whom it was told to, and is no instruction
        ("Ribera told Handelsblatt the EU's rules required the aid to be \"necessary and "
         "proportionate\".",
         "the EU's rules required the aid to be \"necessary and proportionate\"",
         "told Handelsblatt the EU's rules required the aid to be \"necessary and "
         "proportionate\""),
        ("Ribera told Germany to wait for the ruling.", "to wait for the ruling",
         "told Germany to wait for the ruling"),
        # a participle cue is shown in the past with its own meaning
        ("Friedrich Merz welcomed the plan, calling it \"a vote of confidence\".",
         "it \"a vote of confidence\"", "called it \"a vote of confidence\""),
    ],
)  # fmt: skip
def test_a_report_is_shown_with_its_verb_and_addressee(nlp, sentence, text, position) -> None:
    from briefing.assemble import assemble
    from briefing.extract import analyse
    from briefing.model import Document
    from briefing.select import wording

    findings = analyse(nlp, Document("d1", "t.txt", "", sentence))
    [quote] = assemble([findings], "rules").quotes
    assert quote.text == text
    assert wording.position(quote) == position
