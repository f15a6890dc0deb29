"""Roles as the brief shows them: titles written out, a state or party after the name."""

from __future__ import annotations

import pytest

from briefing.assemble import assemble
from briefing.assemble.role_names import written_out
from briefing.extract import analyse
from briefing.model import Document


@pytest.mark.parametrize(
    ("role", "shown"),
    [
        ("Sen.", "Senator"),
        ("Gov.", "Governor"),
        ("Rep.", "Representative"),
        ("Lt. Gen.", "Lieutenant General"),
        ("Lt Gen", "Lieutenant General"),
        ("Maj. Gen.", "Major General"),
        ("Prof.", "Professor"),
        ("Senate Majority Leader", "Senate Majority Leader"),
        ("Secretary-General", "Secretary-General"),
        ("general manager", "general manager"),  # lower case: the article's own words
        ("SEC chair", "SEC chair"),
        (None, None),
    ],
)
def test_written_out(role: str | None, shown: str | None) -> None:
    assert written_out(role) == shown


def test_roles_written_out_and_the_house_kept_apart(nlp) -> None:
    text = (
        "Harbour bill stalls\n\n"
        "Sen. Ada Roemer and Gov. Tom Vikander attacked the harbour bill on Tuesday. "
        "The White House said it would not comment. Roemer said the House would not take "
        "up the bill this year.\n"
    )
    findings = analyse(nlp, Document("d1", "t.txt", "", text))
    actors = {a.name: a for a in assemble([findings], "rules").actors}
    assert actors["Ada Roemer"].role == "Senator"
    assert actors["Tom Vikander"].role == "Governor"
    assert [m.text for m in actors["White House"].mentions] == ["White House"]
    assert [m.text for m in actors["House"].mentions] == ["House"]


@pytest.mark.parametrize(
    ("sentence", "name", "affiliation"),
    [
        ("Gov. Tom Vikander of Texas vetoed the harbour bill.", "Tom Vikander", "Texas"),
        ("Sen. Ada Roemer, D-Mass., attacked the harbour bill.", "Ada Roemer", "Democratic Party"),
        ("Rep. Lars Ostby, R-Ohio, backed the harbour bill.", "Lars Ostby", "Republican Party"),
        ("Ada Roemer of the harbour board backed the bill.", "Ada Roemer", None),
    ],
)
def test_a_state_or_party_after_the_name(nlp, sentence: str, name: str, affiliation) -> None:
    findings = analyse(nlp, Document("d1", "t.txt", "", sentence))
    actors = {a.name: a for a in assemble([findings], "rules").actors}
    assert actors[name].affiliation == affiliation
