"""The rule pipeline's tokenizer takes a plain word (ASCII letters alone, or digits alone)
whole, without spaCy's affix searches, and searches for a suffix at the end of a string only
(briefing/nlp/affixes.py): that may never change how a text is split. English's prefix,
suffix and infix rules must find nothing in a plain word, the tail search must find every
suffix the full search finds, and a text must come out token for token as spaCy's own
tokenizer splits it."""

from __future__ import annotations

import itertools
import random
import string

import pytest
import spacy

from briefing.nlp import build_rule_pipeline
from briefing.nlp import gazetteers as gz
from briefing.nlp.affixes import PLAIN_WORD, TailSearch

SENTENCES = [
    "Minister Ilse Varga said on Monday, 5 May, that 12,000 people had left.",
    '"We cannot wait," she told reporters; they\'re gonna vote at 10:30 a.m. in the U.S.',
    "Mr. Okafor's plan costs $5bn (about 4.6bn euros), or 5km of road at 30% more.",
    "See https://example.org/talks?id=7 or write to press@example.org, e.g. by 2025-03-06.",
    "The pro-government M23 rebels' 3-day truce ends... or not!? Varga's aide: 'No.'",
    "Talks (AP) -- in Kyiv/Odesa -- resume in '98-style; it's 1990s all over again, isn't it?",
    "Sen. Lindqvist and Gen. Novak met Dr. Sato at 9am; U.N. staff left at 5pm.",
    "He said: \u201cWe will not accept it\u201d \u2014 and left \u2013 at \u00a35 a head.",
]


def _spacy_tokenizer():
    """The rule pipeline's tokenizer with spaCy's own behaviour: no plain-word shortcut."""
    nlp = spacy.blank("en")
    assert nlp.tokenizer.token_match is None
    return nlp.tokenizer


def test_the_rule_pipeline_takes_plain_words_whole_and_searches_tails() -> None:
    tokenizer = build_rule_pipeline().tokenizer.tokenizer  # inside the long-run guard
    assert isinstance(tokenizer.suffix_search.__self__, TailSearch)
    # spaCy saves the pattern it would have compiled itself
    assert (
        tokenizer.suffix_search.__self__.pattern
        == _spacy_tokenizer().suffix_search.__self__.pattern
    )
    assert tokenizer.token_match("Varga") and tokenizer.token_match("2025")
    assert not tokenizer.token_match("5km") and not tokenizer.token_match("Varga's")


@pytest.mark.parametrize("sentence", SENTENCES)
def test_texts_are_split_as_spacy_splits_them(sentence: str) -> None:
    ours = build_rule_pipeline().make_doc(sentence)
    theirs = _spacy_tokenizer()(sentence)
    assert [(t.text, t.whitespace_) for t in ours] == [(t.text, t.whitespace_) for t in theirs]


def _plain_words() -> list[str]:
    """Plain words of every shape: all of one or two letters or digits, the dictionary's words
    as written, capitalised and in capitals, and numbers."""
    short = [
        "".join(chars)
        for alphabet in (string.ascii_letters, string.digits)
        for size in (1, 2)
        for chars in itertools.product(alphabet, repeat=size)
    ]
    words = sorted(w for w in gz.common_words() if w.isascii() and w.isalpha())
    return [
        *short,
        *words,
        *(w.title() for w in words),
        *(w.upper() for w in words),
        *map(str, range(0, 3000, 7)),
    ]


def test_the_affix_rules_split_no_plain_word() -> None:
    tokenizer = _spacy_tokenizer()
    words = _plain_words()
    assert all(PLAIN_WORD.match(w) for w in words)
    assert [w for w in words if tokenizer.prefix_search(w)] == []
    assert [w for w in words if tokenizer.suffix_search(w)] == []
    assert [w for w in words if next(tokenizer.infix_finditer(w), None)] == []


def test_a_mixed_or_marked_word_is_no_plain_word() -> None:
    for word in ["5km", "Varga's", "U.S", "pro-Russian", "Erdo\u011fan", "word\n", "$5", ""]:
        assert PLAIN_WORD.match(word) is None


def _suffixes() -> tuple[object, TailSearch]:
    nlp = spacy.blank("en")
    suffix = nlp.tokenizer.suffix_search.__self__
    return suffix, TailSearch(suffix, [e for e in nlp.Defaults.suffixes if e.strip()])


def _same(full, tail: TailSearch, text: str) -> bool:
    found, quick = full.search(text), tail.search(text)
    return (found and found.span()) == (quick and quick.span())


def test_the_tail_search_finds_every_suffix_the_full_search_finds() -> None:
    full, tail = _suffixes()
    assert 0 < tail.reach < 10  # the longest suffix of fixed length ('km²', "'s", '...')
    marks = list("ab.,;:!?'\"’”)]%$€°CFkm²019-—…sS\n ") + ["'s", "km", "..", "US$", "°C"]
    rng = random.Random(21)
    texts = ["".join(rng.choice(marks) for _ in range(rng.randint(0, 14))) for _ in range(20000)]
    texts += [
        "said,",
        "U.S.",
        "wait.....",
        "so......!",
        "5km.",
        "Varga's",
        "(AP)--",
        "end.\n",
        "30°C.",
    ]
    assert [t for t in texts if not _same(full, tail, t)] == []
    assert tail.search("wait.....").span() == (4, 9)  # a run of stops longer than the reach


def test_the_tail_search_agrees_whatever_the_last_character() -> None:
    # each last character picks the alternatives that can end in it (briefing/nlp/affixes.py):
    # every character of the Basic Multilingual Plane, after a digit, a letter, a stop or two
    full, tail = _suffixes()
    texts = [
        lead + chr(code) + end
        for code in range(0x10000)
        for lead in ("5", "a", "A.", "°C")
        for end in ("", "\n")
    ]
    assert [t for t in texts if not _same(full, tail, t)] == []
    assert tail.search("Varga's").span() == (5, 7)
    assert tail.search("5km").span() == (1, 3)
    assert tail.search("said.").span() == (4, 5) and tail.search("abroad") is None
