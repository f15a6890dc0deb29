"""Extractors: one spaCy Doc (and its Document) -> typed records with character spans."""

from __future__ import annotations

from spacy.tokens import Doc


def text_of(doc: Doc) -> str:
    """``doc.text``, computed once: spaCy rebuilds the string from its tokens on every access,
    which made per-sentence lookups quadratic in the article's length."""
    text = doc.user_data.get("briefing_text")
    if text is None:
        text = doc.user_data["briefing_text"] = doc.text
    return text


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the sentences, computed once per Doc."""
    spans = doc.user_data.get("briefing_sents")
    if spans is None:
        spans = doc.user_data["briefing_sents"] = [(s.start_char, s.end_char) for s in doc.sents]
    return spans
