"""A rule pattern compiled with its first-character lookahead (rules/regex.py) matches exactly
what the plain pattern matches, at the same places, with the same groups."""

from __future__ import annotations

import re

import pytest

from briefing.rules.regex import WordStarts, compiled, word_initials

PATTERNS = [
    (r"\b(?:harbour\ board|ferry|quota|dredging)\b", re.I),
    r"(?i:\b(?:will|shall|'ll|’ll))\s+(?P<verb>[a-z]+)",
    r"\b(?:on\s+)?(?P<day>Monday|Tuesday)\b",
    r"(?:(?<=\buntil\s)|(?<=\btill\s))(?P<day>Monday|Friday)\b",
    r"(?<![\w'])'(?P<y>[5-9]\d)\b",
    r"(?:\bthe\s+)?(?:\b(?P<c>1[89]|20)|'|\b)(?P<d>\d0)s\b",
    r"\b(?=[\dSsTt])(?i:(?P<n>\d+|six|ten|two))\s+(?P<unit>days|weeks)\b",
    (r"(?i)\b(?:soon|sometime)\b", 0),
    r"\bsoon\b|\bin\s+the\s+future\b",
    r"(?P<between>(?:\s+(?:also|then))*)\s+(?:will|shall)\s+(?P<verb>[a-z]+)",
    (
        r"</?[a-z]+(?:\s+[\w-]+=|>)|https?://|\bpic\.example\.org|(?<![\w.@])@[A-Za-z_]\w{1,9}\b",
        re.I,
    ),
]
TEXTS = [
    "The Harbour Board said the FERRY quota will rise; dredging starts on Monday, "
    "until Friday at least. Back in the '90s and the 1980s, SIX weeks was ſix weeks.",
    "Talks resume soon, sometime in the future; they’ll DECIDE in 2 days or ١٢ days.",
    "ſhall \u212aelvin İstanbul ıdle WILL vote till Monday; '07 was dry",
    "Posted <B class=x>at HTTPS://ferry.example, see Pic.example.org/q or mail ana@board "
    "and @Harbour_Board_of_Tromsø; xpic.example.org, <p>@@twice",
]


@pytest.mark.parametrize("entry", PATTERNS)
def test_compiled_patterns_match_as_the_plain_ones(entry):
    source, flags = entry if isinstance(entry, tuple) else (entry, 0)
    plain, fast = re.compile(source, flags), compiled(source, flags)
    for text in [*TEXTS, *(t.upper() for t in TEXTS), *(t.swapcase() for t in TEXTS)]:
        found = [(m.span(), m.groups()) for m in fast.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in plain.finditer(text)]
        for k in range(len(text)):
            a, b = plain.match(text, k), fast.match(text, k)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))


def test_an_alternation_of_words_gets_a_lookahead_of_their_first_letters():
    fast = compiled(r"\b(?:summit|vote)\b")
    assert fast.pattern == r"\b(?=[sv])(?:summit|vote)\b"
    assert compiled(r"\b(?:summit|vote)\b", re.I).pattern == r"\b(?=(?i:[sv]))(?:summit|vote)\b"
    assert compiled(r"\b(?P<n>\d+|ten)\s+days").pattern == r"\b(?=[\dt])(?P<n>\d+|ten)\s+days"
    assert compiled(r"(?:\s+also)*\s+will").pattern == r"(?=[\s])(?:\s+also)*\s+will"


def test_an_alternation_whose_branches_open_unequally_gets_one_lookahead_before_it():
    # '\bpic' and the lookbehind are tried in full at every place without it
    assert (
        compiled(r"<b>|\bpic|(?<!\w)@x", re.I).pattern == r"(?=(?i:[<@p]))(?:<b>|\bpic|(?<!\w)@x)"
    )
    assert compiled(r"(?i)<b>|\bpic").pattern == r"(?i)(?=(?i:[<p]))(?:<b>|\bpic)"


def test_patterns_the_lookahead_cannot_speed_up_stay_as_written():
    for source in [r"\bannual\b", r"\d{4}", r"(?:.*)x", r"\bsoon\b|\blater\b", r"(?:a)?"]:
        assert compiled(source).pattern == source


@pytest.mark.parametrize("entry", PATTERNS)
def test_patterns_tried_at_word_starts_match_as_finditer(entry):
    """A pattern tried only at the words its initials allow finds what finditer finds, in
    the same order, with the same groups (and every place when no initials can be told)."""
    source, flags = entry if isinstance(entry, tuple) else (entry, 0)
    pattern = compiled(source, flags)
    for text in [*TEXTS, *(t.upper() for t in TEXTS), *(t.swapcase() for t in TEXTS)]:
        found = [
            (m.span(), m.groups())
            for m in WordStarts(text).finditer(pattern, word_initials(pattern))
        ]
        assert found == [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_word_initials_are_the_letters_a_match_can_open_with():
    assert word_initials(compiled(r"\b(?:on\s+)?(?P<day>Monday|Tuesday)\b")) == {"o", "M", "T"}
    # case-insensitive: both cases ('ſ' and the Kelvin sign are tried as non-ASCII words)
    assert word_initials(re.compile(r"\b(?:soon|later)\b", re.I)) == {"s", "S", "l", "L"}
    assert word_initials(re.compile(r"\b\d{4}\b")) == set("0123456789")
    # no telling: a lookbehind first, a space first, a pattern that matches nothing at all
    assert word_initials(re.compile(r"(?<=\buntil\s)Monday")) is None
    assert word_initials(re.compile(r"\b\s+said")) is None
    assert word_initials(re.compile(r"\b(?:the)?")) is None


def test_word_starts_resume_after_a_match_and_try_words_outside_ascii():
    text = "Monday Monday, and Ärger on Tuesday"
    pattern = re.compile(r"\b(?:Monday\s+Monday|Monday|\w+ger|Tuesday)\b")
    spans = [m.span() for m in WordStarts(text).finditer(pattern, frozenset("MT"))]
    assert spans == [(0, 13), (19, 24), (28, 35)]  # 'Ärger' though 'Ä' is no initial given


def test_candidates_are_the_word_starts_of_the_initials_and_every_non_ascii_one():
    text = "Ferry talks in Tromsø: Ærø and ørsted ferries, for the Board."
    expected = [
        m.start()
        for m in re.finditer(r"\w+", text)
        if text[m.start()] in "fF" or not text[m.start()].isascii()
    ]
    words = WordStarts(text)
    assert words.candidates(frozenset("fF")) == expected == [0, 23, 31, 38, 47]
    assert words.candidates(frozenset("fFÆ")) == expected  # no word twice


def test_a_literal_trie_matches_as_the_longest_first_alternation():
    from briefing.rules import alternation, literal_trie

    words = ["South Korean", "South African", "Korean", "U.S.", "US", "Ukrainian", "U", "Kor"]
    assert literal_trie(["Kor", "Korean"]) == "Kor(?:ean)?"
    text = (
        "South Korean and South African envoys, U.S. and US troops, Ukrainians, "
        "a Korean-born U-boat; KOREAN and south korean"
    )
    for shape in [r"\b(?:{})\b", r"\b({})\s+[a-z]+", r"(?:{})(?:\s+[A-Z][a-z]+)?\s+envoys"]:
        flat = re.compile(shape.format(alternation(words)))
        tree = re.compile(shape.format(literal_trie(words)))
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)]
        assert [m.groups() for m in tree.finditer(text)] == [
            m.groups() for m in flat.finditer(text)
        ]
    assert re.search(literal_trie(words), "South Korean").group() == "South Korean"


def test_the_demonym_tree_finds_what_the_demonym_alternation_finds():
    from briefing.nlp import gazetteers as gz
    from briefing.rules import alternation, literal_trie

    text = (
        "South Sudanese and South African officials met Sudanese, Afghan and American "
        "envoys; British-Irish talks and the Irish government, the New Zealand delegation."
    )
    shape = r"\b({})(?:\s+[a-z]+)?\s+[a-z]+"
    flat = re.compile(shape.format(alternation(gz.demonyms())))
    tree = re.compile(shape.format(literal_trie(gz.demonyms())))
    found = [m.group(0) for m in tree.finditer(text)]
    assert found == [m.group(0) for m in flat.finditer(text)]
    assert "South Sudanese and" in found and "Irish government" in found
