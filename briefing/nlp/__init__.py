"""Load the spaCy pipeline: a trained one when asked for or installed, else our rule pipeline.

The rule pipeline is the normal case on a fresh machine (no trained model can be installed
from PyPI). Either way the Doc it produces carries sentences and ``doc.ents`` labelled with
OntoNotes names (PERSON, ORG, GPE, LOC, NORP, ...), so the extractors do not care which
pipeline ran.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.errors import ModelError

if TYPE_CHECKING:
    from spacy.language import Language

RULES = "rules"
DEFAULT_TRAINED = "en_core_web_sm"

# The lexical attributes the rule pipeline's tokens carry: those briefing reads (``lower_``,
# ``is_alpha``, ``is_lower``, ``is_punct``, ``is_title``, ``is_upper``) and ``is_space``,
# which spaCy itself reads (``Span.root``, ``Doc.from_docs``). spaCy's blank English computes
# 23, each a Python call for every word the vocabulary has not seen: on a cold start, which
# is every ``briefing`` run, the other 16 (shape, prefix, suffix, norm, like_num, like_url,
# is_stop, ...) were a quarter of the tokenizer's time. An attribute left out reads as 0 or
# "" (tests/nlp/test_lexical.py keeps the code from reading one); the one place that asks
# whether a word is like a number calls spaCy's ``like_num`` on its text (names/runs.py).
LEXICAL_ATTRIBUTES = (
    "LOWER",
    "IS_ALPHA",
    "IS_LOWER",
    "IS_PUNCT",
    "IS_SPACE",
    "IS_TITLE",
    "IS_UPPER",
)


def load_pipeline(model: str | None = None) -> tuple[Language, str]:
    """Return (nlp, name). ``model`` is a package name or a path to a saved pipeline.

    Without ``model``, ``en_core_web_sm`` is used when installed, else the rule pipeline.
    """
    import spacy

    if model and model != RULES:
        try:
            nlp = spacy.load(model)
        except (OSError, ImportError, ValueError) as exc:
            raise ModelError(
                f"cannot load spaCy pipeline {model!r}: {str(exc).splitlines()[0]}"
                " (give an installed package name or a pipeline folder, or omit --model)"
            ) from None
        return _complete(nlp), _name(nlp, model)
    if model is None and spacy.util.is_package(DEFAULT_TRAINED):
        nlp = spacy.load(DEFAULT_TRAINED)
        return _complete(nlp), DEFAULT_TRAINED
    return build_rule_pipeline(), RULES


def _name(nlp: Language, fallback: str) -> str:
    meta = nlp.meta or {}
    if meta.get("lang") and meta.get("name"):
        return f"{meta['lang']}_{meta['name']}"
    return fallback


def _complete(nlp: Language) -> Language:
    """A trained pipeline may lack sentence boundaries or NER; add what the extractors need."""
    from briefing.nlp.components import add_rule_components

    return _guarded(add_rule_components(nlp, trained=True))


def build_rule_pipeline() -> Language:
    """Blank English with our sentence rules, name gazetteers and name-context rules."""
    import spacy

    from briefing.nlp.affixes import TOKENIZER
    from briefing.nlp.components import add_rule_components

    english = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    return _guarded(add_rule_components(_lexical(english), trained=False))


def _lexical(nlp: Language) -> Language:
    """``nlp`` with its vocabulary computing only ``LEXICAL_ATTRIBUTES`` for a new word. A
    trained pipeline keeps all of its own: its components may read any of them."""
    from spacy.attrs import IDS

    kept = {IDS[name] for name in LEXICAL_ATTRIBUTES}
    getters = nlp.vocab.lex_attr_getters
    for attribute in [a for a in getters if a not in kept]:
        del getters[attribute]
    # spaCy's getters for these are ``string.lower()``, ``string.isalpha()`` and so on: the
    # str methods themselves do the same without a Python call per word (the test of
    # tests/nlp/test_lexical.py compares every kept attribute with spaCy's own)
    for name, method in _STR_METHODS.items():
        if IDS[name] in getters:
            getters[IDS[name]] = method
    return nlp


_STR_METHODS = {
    "LOWER": str.lower,
    "IS_ALPHA": str.isalpha,
    "IS_LOWER": str.islower,
    "IS_SPACE": str.isspace,
    "IS_TITLE": str.istitle,
    "IS_UPPER": str.isupper,
}


def _guarded(nlp: Language) -> Language:
    """The pipeline with a tokenizer whose time stays linear on runs of punctuation
    (long_runs.py); every ordinary text is tokenized as before."""
    from briefing.nlp.long_runs import LongRunTokenizer

    nlp.tokenizer = LongRunTokenizer(nlp.tokenizer, nlp.vocab)
    return nlp
