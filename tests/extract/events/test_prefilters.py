"""The cheap tests that let a pattern be skipped must never skip a match: every match of a
time pattern holds one of its listed strings, and a clause matched by an event pattern
holds one of its key words."""

from __future__ import annotations

import pytest

from briefing.extract.events import commitments, future, modality, outlook, times
from briefing.extract.questions import demands
from briefing.rules.regex import WordStarts, word_initials

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


# Sentences for the word tests of the future cues, the commitment cues and the reporting verb
# before a doer: each pattern must find its match in at least one of them, so a test that
# skipped a matching sentence would show.
CUED = [
    *SENTENCES,
    "The ministry is expected to publish the figures, and the agency is due to report.",
    "The two sides agreed to extend the truce and plan not to renew the old deal.",
    "They signed a contract with the ministry to supply grain in order to ease shortages.",
    "In an effort to calm markets, the bank forced lenders to raise their reserves.",
    "To reach a deal, the envoys recommended that both sides should hold back.",
    "Fears of a recession grew as unions called for a strike; hopes for a truce faded.",
    "The airline negotiated the purchase of twelve aircraft and agreed the sale of two.",
    "Norway will send aid, and the Government of Chile has pledged to fund the clinic.",
    "The council is to vote next week, the spokesperson said the chair would attend.",
]


@pytest.mark.parametrize("name", sorted(future.keys()))
def test_a_future_cue_matches_only_with_a_word_of_each_key_set(name: str) -> None:
    matched = 0
    for sentence in CUED:
        match = future.patterns()[name].search(sentence)
        if match is not None:
            matched += 1
            words = modality.words_in(match.group(0))
            assert all(not key.isdisjoint(words) for key in future.keys()[name]), match
    assert matched, f"no test sentence exercises the {name} pattern"


def test_the_purpose_cue_matches_only_where_its_test_lets_it() -> None:
    matched = [s for s in CUED if future.patterns()["purpose"].search(s)]
    assert matched
    assert all(future._may_purpose(s, modality.words_in(s)) for s in matched)
    assert not future._may_purpose("The vote was held to no avail.", frozenset({"to"}))


@pytest.mark.parametrize("cue", [commitments._cue(), demands._modal_cue(), demands._to_cue()])
def test_a_commitment_cue_matches_only_with_one_of_its_words(cue) -> None:
    keys = commitments._CUE_WORDS[cue]
    for sentence in CUED:
        for match in cue.finditer(sentence):
            assert not keys.isdisjoint(modality.words_in(match.group(0))), match


def test_a_reporting_verb_before_a_doer_holds_one_of_its_words() -> None:
    found = [m for s in CUED for m in outlook._SAID.finditer(s)]
    assert found
    for match in found:
        assert modality.holds_any(outlook._SAID_KEYS, modality.words_in(match.group(0)))
    assert not modality.holds_any(outlook._SAID_KEYS, modality.words_in("the chair will"))


def test_longest_words_takes_one_word_per_phrase_or_none() -> None:
    assert modality.longest_words(["in an effort to", "so as to"]) == {"effort", "so"}
    assert modality.longest_words(["set", "’s"]) == {"set", "s"}
    assert modality.longest_words(["set", "--"]) is None
    assert modality.holds_any(None, frozenset()) and modality.holds_any(frozenset({"a"}), None)


def test_a_time_pattern_is_tried_at_a_sentence_opener_only_where_it_may_begin() -> None:
    opened = "next week, x. Ärger; nur. now. Next"
    openers = [0, 11, 14, 21, 26]  # as _openers_lowered gives them: in order, each once
    by_letter = WordStarts(opened, openers)
    assert by_letter.candidates(frozenset("nN")) == [0, 14, 21, 26]  # 'Ä' is always tried
    assert by_letter.candidates(frozenset("x")) == [11, 14]
    assert by_letter.candidates(frozenset()) == [14]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_sentence_openers_tried_are_those_the_letter_test_keeps(sentence: str) -> None:
    text = f"{sentence}\n{sentence.upper()}. {sentence}"
    starts = [0, len(sentence) + 1, 2 * len(sentence) + 3]
    opened, openers = times._openers_lowered(text, starts)
    by_letter = WordStarts(opened, openers)
    for pattern, _normalise, _needs in times._COMPILED:
        initials = word_initials(pattern)
        if initials is None:
            continue
        kept = [k for k in openers if opened[k] in initials or not opened[k].isascii()]
        assert by_letter.candidates(initials) == kept


def test_telling_words_pass_over_auxiliaries_and_prefer_the_later_word() -> None:
    found = modality.telling_words(["has yet to", "would not say", "could have"])
    assert found == {"yet", "say", "could"}  # all auxiliaries: the longest
    assert modality.telling_words(["--"]) is None


GATED = [
    "If the talks fail, the army will launch an offensive; unless it rains.",
    "Officials said: Should the vote pass, the levy falls.",
    "The ministry has yet to decide whether the summit goes ahead.",
    "It remains unclear when the border reopens, and the date has not been set.",
    "The council called on Norway to release the crew and urged Oslo to pay.",
    "Lawmakers demanded an independent investigation into the crash.",
    "The reports require a full inquiry, the senator said.",
    "It is important that the truce be fully implemented.",
    "We expect the parties to return, and continued support of the fund is vital.",
    "The board plans to meet and is set to vote; Oslo would not say.",
    "The minister reportedly resigned, according to sources familiar with the talks.",
    "The army will respond in kind if the rebels break the truce.",
]


def test_a_gated_pattern_matches_only_where_its_gate_lets_it() -> None:
    from briefing.extract.events import upcoming
    from briefing.extract.questions import contingencies, inquiries, necessities, open_questions

    gates = [
        (upcoming._CONDITION, upcoming._CONDITION_WORDS),
        (open_questions._pattern("unresolved"), open_questions._keys("unresolved")),
        (open_questions._pattern("uncertain"), open_questions._keys("uncertain")),
        (demands._appeal(), demands._appeal_keys()),
        (inquiries._forms()[0], inquiries._noun_keys()),
        (inquiries._forms()[1], inquiries._noun_keys()),
        (modality.patterns()["outlook"], modality._outlook_keys()),
        *zip(necessities._forms(), necessities._needs(), strict=True),
        *zip(contingencies._forms(), contingencies._needs(), strict=True),
    ]
    matched = set()
    for sentence in GATED:
        present = modality.words_in(sentence)
        for number, (pattern, keys) in enumerate(gates):
            if pattern.search(sentence):
                matched.add(number)
                assert modality.holds_any(keys, present), (sentence, pattern.pattern[:60])
    assert matched == set(range(len(gates)))  # every pattern matched one sentence at least
