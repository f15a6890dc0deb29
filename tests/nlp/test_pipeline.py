"""Pipeline loading: the rule pipeline by default, a trained one when asked for.

No trained English pipeline can be installed here, so the trained path is exercised with a
tiny NER pipeline trained inside the test and saved to a temporary folder.
"""

from __future__ import annotations

import pytest

from briefing.errors import ModelError
from briefing.nlp import RULES, build_rule_pipeline, load_pipeline


def test_rule_pipeline_is_the_default_without_a_trained_one(monkeypatch):
    # built here for real, not the run's shared pipeline (conftest.one_rule_pipeline)
    monkeypatch.setattr("briefing.nlp.build_rule_pipeline", build_rule_pipeline)
    nlp, name = load_pipeline(RULES)
    assert name == "rules"
    doc = nlp("First sentence here. Second one follows.")
    assert len(list(doc.sents)) == 2


def test_trained_pipeline_from_a_folder_is_used(tiny_model):
    nlp, name = load_pipeline(str(tiny_model))
    assert name == "en_tiny_test"
    assert "ner" in nlp.disabled and "name_tagger" in nlp.pipe_names  # rule names replace its NER
    doc = nlp("Alva Brenner spoke for the Harbour Council. Oskar Lind agreed.")
    assert len(list(doc.sents)) == 2, "sentences are added when the model has no parser"
    assert ("Alva Brenner", "PERSON") in {(e.text, e.label_) for e in doc.ents}


def test_extract_reports_the_trained_pipeline(tiny_model, tmp_path):
    from briefing.build import extract

    article = tmp_path / "a.txt"
    article.write_text("Harbour talks\n\nAlva Brenner met Oskar Lind in Tallinn.\n", "utf-8")
    extraction = extract([str(article)], model=str(tiny_model))
    assert extraction.pipeline == "en_tiny_test"


def test_unknown_model_is_a_one_line_error():
    with pytest.raises(ModelError) as info:
        load_pipeline("no_such_pipeline_xyz")
    message = str(info.value)
    assert message.startswith("cannot load spaCy pipeline 'no_such_pipeline_xyz'")
    assert "\n" not in message


@pytest.mark.parametrize("mark", ['"', "\u201c"])
def test_an_opening_quote_mark_starts_its_own_sentence(nlp, mark):
    close = '"' if mark == '"' else "\u201d"
    text = (
        f"He said it was over. {mark}We cannot win,{close} Ana Ruiz said. {mark}No.{close} He left."
    )
    assert [s.text for s in nlp(text).sents] == [
        "He said it was over.",
        f"{mark}We cannot win,{close} Ana Ruiz said.",
        f"{mark}No.{close}",
        "He left.",
    ]


def test_the_stop_of_an_abbreviation_before_a_number_ends_no_sentence(nlp):
    text = (
        "Norway will (i) lift the levy set in Decree No. 4 of 2031; and (ii) repeal "
        "Art. 12 of the code by March 3. The minister said No. Then 9 boats sailed."
    )
    assert [s.text for s in nlp(text).sents] == [
        "Norway will (i) lift the levy set in Decree No. 4 of 2031; and (ii) repeal "
        "Art. 12 of the code by March 3.",
        "The minister said No.",
        "Then 9 boats sailed.",
    ]


def test_the_stop_of_a_title_abbreviation_before_a_name_ends_no_sentence(nlp):
    """'Col.' and 'Capt.' are split from their stop by the tokenizer ('Gen.' is not); the
    stop before the name they introduce ends no sentence, one before a pronoun still does."""
    text = "Lund will interview Col. Ann Berg on Friday. He retired as a Capt. He then ran."
    assert [s.text for s in nlp(text).sents] == [
        "Lund will interview Col. Ann Berg on Friday.",
        "He retired as a Capt.",
        "He then ran.",
    ]


SENTENCIZER_TEXTS = [
    "Ferry fares rise. The Harbour Board met!! Did it vote?! Yes... it did.",
    'Lind said: "We are done." Then Berg left. (He was late.) "Why?" asked Holm.',
    "No stop at the end",
    "Wait —  what?\n\nA new paragraph.  Two spaces. ‼ Odd marks。Next one",
    "...",
    "?! , . Hello there . . ” Next “one.” (And) ‼",
    "",
]


@pytest.mark.parametrize("text", SENTENCIZER_TEXTS)
def test_the_array_sentencizer_splits_as_spacys_own(text):
    """It reads the Doc's arrays instead of a Token object per token: the same starts."""
    import spacy
    from spacy.pipeline import Sentencizer

    from briefing.nlp.components import ArraySentencizer

    make_doc = spacy.blank("en").make_doc
    ours, theirs = ArraySentencizer()(make_doc(text)), Sentencizer()(make_doc(text))
    assert [t.is_sent_start for t in ours] == [t.is_sent_start for t in theirs]
    if text.startswith("Ferry"):
        assert [s.text for s in ours.sents][:3] == [
            "Ferry fares rise.",
            "The Harbour Board met!!",
            "Did it vote?!",
        ]
