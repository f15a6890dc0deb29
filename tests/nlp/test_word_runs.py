"""The consistency pass of the name tagger finds a few words of an article wherever the text
writes them whole, in any case (briefing/nlp/components.py ``_matches``): the same places
and texts as the regular expression ``\\b(?:word|...)\\b`` ignoring case, found without one
being compiled for every article."""

from __future__ import annotations

import random
import re

from briefing.nlp.components import _FOLDED_ONTO_ASCII, _matches


def _by_pattern(text: str, words: set[str]) -> list[tuple[int, str]]:
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(words))) + r")\b", re.I)
    return [(m.start(), m.group(0)) for m in pattern.finditer(text)]


def test_the_characters_folded_onto_ascii_are_the_three_listed() -> None:
    # a character that ignoring case matches an ASCII word character other than by its lower
    # case, or whose lower case is longer than itself, sends a text to the word-by-word search
    ascii_word = re.compile(r"[0-9A-Za-z_]", re.I)
    folded = {
        char
        for char in map(chr, range(128, 0x110000))
        if ascii_word.fullmatch(char) and not char.lower().isascii()
    }
    assert folded == set(_FOLDED_ONTO_ASCII)
    assert [c for c in map(chr, range(0x110000)) if len(c.lower()) != 1] == ["İ"]


def test_words_are_found_whole_in_any_case() -> None:
    text = "Varga met VARGA fans; varga_x and Vargas left. Kyiv's \u212ayiv and Varga."
    assert _matches(text, {"Varga", "Kyiv"}) == [
        (0, "Varga"),
        (10, "VARGA"),
        (47, "Kyiv"),
        (54, "\u212ayiv"),
        (63, "Varga"),
    ]
    assert _matches("Oslo ſo so", {"So"}) == _by_pattern("Oslo ſo so", {"So"})


def test_the_places_are_the_patterns_whatever_the_text() -> None:
    rng = random.Random(22)
    chars = [*"abAB_1 .,'’-\n", "\u212a", "é", "ß", "Σ", "ς", "ſ", "ı", "İ", "µ"]
    for _ in range(20000):
        text = "".join(rng.choice(chars) for _ in range(rng.randint(0, 14)))
        words = {"".join(rng.choice("abAB_1") for _ in range(rng.randint(1, 3))) for _ in "ab"}
        assert _matches(text, words) == _by_pattern(text, words), (text, words)
