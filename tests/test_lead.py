"""The bottom line's lead sentence, and refusals that are no open question."""

from __future__ import annotations

import pytest

from briefing.extract.questions import _unresolved
from briefing.select import _lead

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
    ],
)
def test_the_lead_is_the_first_whole_sentence(body: str, lead: str) -> None:
    assert _lead(f"{TITLE}\n\n{body}", TITLE) == lead


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
