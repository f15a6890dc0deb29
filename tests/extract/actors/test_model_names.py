"""Names as a trained model gives them, cleaned before any stage uses them
(extract/actors/mentions._names). The model's spans are set by hand on a blank pipeline's
Doc, so these tests hold whatever model a user has."""

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


def test_a_leading_the_and_a_possessive_phrase_are_no_part_of_a_name() -> None:
    text = "The talks went on. Sherman's call with the Hostage Release team ended."
    assert cleaned(text, [("Sherman's call", "PERSON"), ("the Hostage Release", "ORG")]) == [
        ("Sherman", "PERSON"),
        ("Hostage Release", "ORG"),
    ]


def test_a_possessive_inside_a_body_or_state_name_stays() -> None:
    text = "The Tigray People's Liberation Front met envoys of the People's Republic of China."
    names = [("Tigray People's Liberation Front", "ORG"), ("People's Republic of China", "GPE")]
    assert cleaned(text, names) == names


def test_a_titled_person_run_into_a_body_is_the_person_and_a_title_is_no_name() -> None:
    text = "Treasury Scott Bessent spoke. Spokesperson Tommy Pigott said so."
    names = [("Treasury Scott Bessent", "ORG"), ("Spokesperson Tommy Pigott", "PERSON")]
    assert cleaned(text, names) == [("Scott Bessent", "PERSON"), ("Tommy Pigott", "PERSON")]


def test_a_name_only_in_a_title_case_headline_is_left_out() -> None:
    headline = "First Grain Ship Departs Odesa Port"
    text = f"{headline}\n\nA ship left Odesa today with grain."
    names = [("First Grain Ship Departs", "ORG"), ("Odesa", "GPE"), ("Odesa", "GPE")]
    doc_names = cleaned(text, [names[0], names[1]], headline)
    assert doc_names == [("Odesa", "GPE")]
