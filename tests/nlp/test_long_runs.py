"""Long runs of characters without a space: cut before spaCy's tokenizer, whose affix
splitting takes time in the square of a run's length; ordinary text is tokenized as spaCy
does, and the Doc's text is always the article's."""

from __future__ import annotations

import spacy

from briefing.nlp.long_runs import LONG, PIECE, LongRunTokenizer


def _tokens(doc) -> list[tuple[str, str]]:
    return [(t.text, t.whitespace_) for t in doc]


def test_ordinary_text_is_tokenized_as_spacy_does():
    blank = spacy.blank("en")
    guarded = LongRunTokenizer(blank.tokenizer, blank.vocab)
    text = (
        'He said: "We\'re done." (See https://example.org/a-long/path?x=1.)\n\n'
        "  Two  spaces, a tab\tand U.S. officials' plans..."
    )
    assert _tokens(guarded(text)) == _tokens(blank.tokenizer(text))


def test_a_run_of_twenty_thousand_quotation_marks_is_cut_into_pieces(nlp):
    text = "Title\n\nShe wrote " + '"' * 20_000 + " and left.\n"
    doc = nlp(text)
    assert doc.text == text
    assert max(len(t) for t in doc) <= PIECE
    assert [t.text for t in doc][-4:] == ["and", "left", ".", "\n"]
    assert doc[-4].idx == text.index("and left")


def test_a_run_just_under_the_limit_is_left_to_spacy(nlp):
    run = "x" * LONG
    assert [t.text for t in nlp.make_doc(f"a {run} b")] == ["a", run, "b"]
