"""Who issues a first-person statement: the byline or the headline names them (the article's
anatomy). Their words are tied to them in tests/assemble/test_statement_author.py."""

from __future__ import annotations

import pytest

from briefing.read.anatomy import anatomy

BYLINE = (
    "Harbour attack condemned\n\n"
    "Marta Ilves, Foreign Minister\n\n"
    "Estonia condemns the attack on the harbour of Tartu. "
    "Estonia urges all parties to return to talks. "
    "We urge them to release the crew without delay."
)
HEADLINE = (
    "Statement by President Arvo Kask on the Harbour Attack\n\n"
    "I am deeply concerned by the attack. Estonia calls for an independent inquiry."
)


def author(text: str) -> str | None:
    title = text.split("\n")[0]
    span = anatomy(text, title).author
    return text[span[0] : span[1]] if span else None


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (BYLINE, "Marta Ilves"),
        (HEADLINE, "President Arvo Kask"),
        (
            "Remarks by President Arvo Kask Announcing a Truce\n\nWe welcome the truce.",
            "President Arvo Kask",
        ),
        (
            "Talks resume\n\nOffice of the Spokesperson\n\nThe below is attributable to Spokesperson Lena Tamm:\n\nWe welcome the talks.",
            "Spokesperson Lena Tamm",
        ),
        # No author: a joint statement, and a report in the third person.
        (
            "Joint Statement by President Arvo Kask and President Lina Berg on Trade\n\nWe agree.",
            None,
        ),
        ("Marta Ilves, Foreign Minister\n\nThe minister met envoys on Monday.", None),
        ("President Arvo Kask Statement on Trade\n\nWe welcome the deal.", "President Arvo Kask"),
        # news about a statement: its sentences are the reporter's, not the issuer's
        (
            "Kask’s Daughter Makes Strong Statement About Harbour Speech\n\n"
            "Lina Kask attacked the plan. We are appalled, she said.",
            None,
        ),
        (
            "Arvo Kask Files Largest Financial Statement In Harbour History\n\n"
            "Arvo Kask filed his report. We are proud of it, he said.",
            None,
        ),
    ],
)
def test_who_issues_a_statement(text, who):
    assert author(text) == who
