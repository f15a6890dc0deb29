"""Which names of ``doc.ents`` the stages use (extract/actors/mentions._names). The spans
are set by hand on a blank pipeline's Doc, so these tests hold whatever tagger set them."""

from __future__ import annotations

import spacy

from briefing.extract.actors.mentions import _names
from briefing.model import Anatomy

NLP = spacy.blank("en")


def cleaned(text: str, ents: list[tuple[str, str]], headline: str | None = None) -> list:
    """(text, label) of the names kept, given the model's (words, label) spans."""
    doc = NLP(text)
    spans = []
    for words, label in ents:
        start = text.index(words)
        spans.append(doc.char_span(start, start + len(words), label=label))
    doc.ents = spans
    head = (0, len(headline)) if headline else None
    anatomy = Anatomy(headline=head, dateline=None, credit=None, lead=(0, 0), body=0)
    return [(s.text, s.label_) for s in _names(doc, anatomy)]


def test_a_name_only_in_a_title_case_headline_is_left_out() -> None:
    headline = "First Grain Ship Departs Odesa Port"
    text = f"{headline}\n\nA ship left Odesa today with grain."
    names = [("First Grain Ship Departs", "ORG"), ("Odesa", "GPE"), ("Odesa", "GPE")]
    doc_names = cleaned(text, [names[0], names[1]], headline)
    assert doc_names == [("Odesa", "GPE")]
