"""The cheap tests that let a pattern be skipped must never skip a match: every match of a
time pattern holds one of its listed strings, and a clause matched by an event pattern
holds one of its key words."""

from __future__ import annotations

import pytest

from briefing.extract.events import modality, times

SENTENCES = [
    "The summit is set to open on 2025-03-06 at 14:30 UTC on Thursday.",
    "Talks resumed on March 6, 2025, and again on 7th of April.",
    "The plan, agreed in May 2024, runs for the third quarter of this year.",
    "In spring 2026 the council could vote; in early 2027 it will review the deal.",
    "Prices in the 1990s and in '98 were lower than they are now, at present.",
    "Later that same day, this morning and tonight, ministers met.",
    "Earlier this week, later next month and by the end of the year they will decide.",
    "Three years ago, yesterday and tomorrow are all dated; today too.",
    "Within the coming weeks, within days, in the near term and soon it may change.",
    "In recent months it has recently been the case, as in the past.",
    "A two-year-long dispute, twenty straight days, a single-day strike and annual talks.",
    "Decades-long talks, the recent vote and the current, ongoing review went on in 1999.",
    "The ministers are scheduled to meet in October; a referendum is planned for June.",
    "Officials might consider a ceasefire if the rebels travel to the capital.",
    "The board will hold a hearing, possibly a ruling, on the proposed merger.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_every_time_match_holds_a_listed_string(sentence: str) -> None:
    for pattern, _normalise, needs in times._COMPILED:
        for match in pattern.finditer(sentence):
            assert not needs or any(n in match.group(0).lower() for n in needs), match


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("kind", ["scheduled", "planned", "possible", "noun", "verb"])
def test_an_event_pattern_matches_only_with_a_key_word(sentence: str, kind: str) -> None:
    match = modality.patterns()[kind].search(sentence)
    if match is not None:
        assert modality.may_match(kind, modality.words_in(match.group(0)))
        assert modality.may_match(kind, modality.words_in(sentence))


def test_a_folding_letter_turns_the_word_test_off() -> None:
    assert modality.words_in("The vote is ſet to go ahead") is None
    assert modality.may_match("scheduled", None)
