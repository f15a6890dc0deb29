"""Roles as the brief shows them (extract/actors/role_phrases.py, mentions.py): words that
count holders, a body's name before a title, a description cut inside a list, a title of
two words; on sentences we wrote (issue 16)."""

from __future__ import annotations

import pytest

from tests.helpers import actor, run


@pytest.mark.parametrize(
    ("text", "name", "role", "affiliation"),
    [
        # an ordinal with a number belongs to the district's name, not to the office
        (
            "Delegates met. Ada Brenner, the 4th District chairman, said the vote was close.",
            "Ada Brenner",
            "chairman",
            "4th District",
        ),
        # a word counting holders says which one, not what office
        (
            "Tom Keller, the first Democratic mayor elected in the town, said he would stay.",
            "Tom Keller",
            "mayor",
            "Democratic Party",
        ),
        (
            "Rita Vance, the only Republican senator from the state, agreed.",
            "Rita Vance",
            "senator",
            "Republican Party",
        ),
        # a body's word ends the body's name: the World Bank's president
        (
            "Obama met World Bank President Jim Yong Kim on Saturday.",
            "Jim Yong Kim",
            "President",
            "World Bank",
        ),
        (
            "Harbour Council Chairman Ola Nord agreed on Monday.",
            "Ola Nord",
            "Chairman",
            "Harbour Council",
        ),
        # a title of two words in lower case stays whole
        (
            "The president and the first lady, Michelle Obama, greet guests each December.",
            "Michelle Obama",
            "first lady",
            None,
        ),
    ],
)
def test_roles_keep_the_office_and_its_owner(nlp, text, name, role, affiliation):
    found = actor(run(nlp, text), name)
    assert (found.role, found.affiliation) == (role, affiliation)


def test_a_description_cut_inside_a_list_gives_no_role(nlp):
    text = (
        "Robert McDonough, president of the climate, controls and security division of "
        "United Technologies, said costs would fall."
    )
    found = actor(run(nlp, text), "Robert McDonough")
    assert found.role is None  # not 'president of the climate'


def test_a_description_of_one_piece_after_a_list_elsewhere_gives_the_role(nlp):
    text = (
        "Robert McDonough, president of the climate, controls and security division of "
        "United Technologies, said costs would fall. Mr. McDonough, a senior executive at "
        "Carrier, spoke first."
    )
    found = actor(run(nlp, text), "Robert McDonough")
    assert (found.role, found.affiliation) == ("senior executive", "Carrier")


def test_a_description_followed_by_another_persons_name_keeps_its_role(nlp):
    found = run(nlp, "Ana Berg, a senior adviser, and Tom Lund, a lawyer, agreed.")
    assert actor(found, "Ana Berg").role == "senior adviser"
    assert actor(found, "Tom Lund").role == "lawyer"
