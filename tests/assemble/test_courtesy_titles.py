"""A courtesy title tells two people of one surname apart (assemble/name_readings.py): 'Mr.'
names a man, so a surname written after it is not a woman's full name; on sentences we
wrote (issue 16)."""

from __future__ import annotations

from tests.helpers import run


def people(nlp, text: str) -> dict[str, tuple[str | None, list[str]]]:
    found = run(nlp, text)
    return {
        a.name: (a.role, [m.text for m in a.mentions]) for a in found.actors if a.kind == "person"
    }


def test_mr_and_the_bare_surname_near_it_are_not_the_first_lady(nlp):
    found = people(
        nlp,
        "As President Obama faced criticism, a lawmaker spoke to him. "
        '"Good speech," Representative Ada Brenner told Mr. Obama. The president and the '
        "first lady, Michelle Obama, greet guests each December. Mr. Obama does fewer "
        "lines than his predecessors.",
    )
    assert found["Michelle Obama"] == ("first lady", ["Michelle Obama"])
    assert found["Obama"] == ("President", ["Obama", "Obama", "Obama"])


def test_mrs_keeps_a_surname_with_the_woman_and_mr_with_the_man(nlp):
    found = people(
        nlp,
        "Former President Bill Clinton and Hillary Clinton greeted guests. Mr. Clinton "
        "smiled at Ada Brenner. Mrs. Clinton was distracted, Brenner said.",
    )
    hillary = [name for name, (_, ms) in found.items() if "Hillary Clinton" in ms]
    assert hillary == ["Hillary Clinton"]
    assert len(found["Hillary Clinton"][1]) == 2  # her full name and 'Mrs. Clinton'


def test_a_name_men_bear_as_often_says_nothing_of_sex(nlp):
    # 'Kim' opens 'Kim Jong Un' as his surname, and 'Pat' is a man's name as often
    found = people(nlp, "Pat Roberts spoke on Monday. Mr. Roberts said the vote was close.")
    assert found["Pat Roberts"][1] == ["Pat Roberts", "Roberts"]
