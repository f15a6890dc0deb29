"""spaCy components of the rule pipeline (sentence rules, name gazetteers, name context).

PLACEHOLDER: the actor work replaces this with the real components.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language


def add_rule_components(nlp: Language, *, trained: bool) -> Language:
    """Add what the extractors need to ``nlp``: sentences always, rule NER when untrained."""
    if not nlp.has_pipe("parser") and not nlp.has_pipe("senter") and not nlp.has_pipe(
        "sentencizer"
    ):
        nlp.add_pipe("sentencizer")
    return nlp
