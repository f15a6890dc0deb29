"""The subject that speaks stands in the cue's own sentence, apposed names included."""

from __future__ import annotations

import pytest

from tests.helpers import run

LIST_BEFORE = "Rolland Cars will cut the Rolland Vex, PT Pira, and Tundra from production. "


def speakers(nlp, text: str) -> list[tuple[str | None, str]]:
    extraction = run(nlp, text)
    names = {a.id: a.name for a in extraction.actors}
    return [(names.get(q.speaker or ""), q.text) for q in extraction.quotes]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        # the apposed name with its abbreviation in brackets names the speaker
        (
            "Another automaker, Harlow Motors (HM), announced that it seeks new loans "
            "from the government.",
            "Harlow Motors",
        ),
        # no name in the sentence: nobody from the sentence before
        (
            "Another automaker, the largest in the region, announced that it seeks new "
            "loans from the government.",
            None,
        ),
    ],
)
def test_the_subject_is_never_taken_from_a_sentence_that_ended(nlp, sentence, speaker):
    assert speakers(nlp, LIST_BEFORE + sentence) == [
        (speaker, "it seeks new loans from the government")
    ]


def test_a_sentence_split_at_an_abbreviation_still_finds_its_subject(nlp):
    text = "The report was shown to Lt. Gen. Ana Ruiz, who said that the levy would stay."
    assert speakers(nlp, text) == [("Ana Ruiz", "the levy would stay")]
