"""The rule pipeline's vocabulary computes only the lexical attributes briefing reads
(``briefing.nlp.LEXICAL_ATTRIBUTES``): those must read as spaCy's blank English gives them,
and no module may read one of the others, which the rule pipeline leaves at 0 or ""."""

from __future__ import annotations

import re
from pathlib import Path

import spacy
from spacy.attrs import IDS

from briefing.nlp import LEXICAL_ATTRIBUTES, build_rule_pipeline

SOURCE = Path(__file__).resolve().parents[2] / "briefing"
TEXT = (
    "  Minister Ilse Varga (UNHCR) said on Monday that 12,000 people, and ninety more, "
    "had left.\n\nWHY now? Visit example.org or write to press@example.org — “soon”, £5."
)
# The Token attribute that reads each lexical attribute, where it is not the name lowered.
TOKEN_NAMES = {"LOWER": "lower_"}


def test_kept_attributes_read_as_spacy_gives_them(monkeypatch):
    monkeypatch.setattr("briefing.nlp.build_rule_pipeline", build_rule_pipeline)
    ours = build_rule_pipeline().make_doc(TEXT)
    blank = spacy.blank("en").make_doc(TEXT)
    assert [t.text for t in ours] == [t.text for t in blank]
    for name in LEXICAL_ATTRIBUTES:
        attribute = TOKEN_NAMES.get(name, name.lower())
        assert [getattr(t, attribute) for t in ours] == [getattr(t, attribute) for t in blank]
    assert any(t.is_space for t in ours)


def test_the_others_are_left_unset():
    # (the tokenizer's exceptions, '.' or "n't", are made with every attribute before)
    ours = build_rule_pipeline().make_doc("Varga whereupon left")
    blank = spacy.blank("en").make_doc("Varga whereupon left")
    assert (blank[0].shape_, blank[1].is_stop, blank[2].is_ascii) == ("Xxxxx", True, True)
    assert (ours[0].shape_, ours[1].is_stop, ours[2].is_ascii) == ("", False, False)


def test_no_module_reads_an_attribute_left_unset():
    kept = {IDS[name] for name in LEXICAL_ATTRIBUTES}
    unset = [
        name
        for name, key in IDS.items()
        if key not in kept and key in spacy.blank("en").vocab.lex_attr_getters
    ]
    assert "SHAPE" in unset and "LIKE_NUM" in unset and "IS_PUNCT" not in unset
    # '.suffix' (a Path's), '.lang' ('spacy.lang.en'): these four are read with '_' only
    plain = [n.lower() for n in unset if n not in {"PREFIX", "SUFFIX", "NORM", "LANG"}]
    underscored = [n.lower() + "_" for n in unset if n in {"PREFIX", "SUFFIX", "NORM", "LANG"}]
    read = re.compile(r"\.(?:(?:" + "|".join(plain) + r")_?|" + "|".join(underscored) + r")(?!\w)")
    found = [
        f"{path.relative_to(SOURCE)}: {match.group(0)}"
        for path in SOURCE.rglob("*.py")
        for match in read.finditer(path.read_text(encoding="utf-8"))
    ]
    assert found == []
    assert read.search("t.shape_") and read.search("t.is_stop") and read.search("t.norm_")
