"""Pipeline loading: the rule pipeline by default, a trained one when asked for.

No trained English pipeline can be installed here, so the trained path is exercised with a
tiny NER pipeline trained inside the test and saved to a temporary folder.
"""

from __future__ import annotations

import random

import pytest

from briefing.errors import ModelError
from briefing.nlp import RULES, load_pipeline

TRAIN = [
    ("Minister Alva Brenner met Oskar Lind in Tallinn.", [(9, 21, "PERSON"), (26, 36, "PERSON")]),
    ("Alva Brenner spoke for the Harbour Council.", [(0, 12, "PERSON"), (27, 42, "ORG")]),
    ("The Harbour Council will meet on Friday.", [(4, 19, "ORG")]),
    ("Oskar Lind said the Harbour Council was wrong.", [(0, 10, "PERSON"), (20, 35, "ORG")]),
]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    import spacy
    from spacy.training import Example

    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner")
    for _, spans in TRAIN:
        for *_, label in spans:
            ner.add_label(label)
    examples = [Example.from_dict(nlp.make_doc(t), {"entities": s}) for t, s in TRAIN]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(0)
    for _ in range(40):
        rng.shuffle(examples)
        nlp.update(examples, sgd=optimizer, drop=0.0)
    nlp.meta["name"] = "tiny_test"
    path = tmp_path_factory.mktemp("model") / "tiny"
    nlp.to_disk(path)
    return path


def test_rule_pipeline_is_the_default_without_a_trained_one():
    nlp, name = load_pipeline(RULES)
    assert name == "rules"
    doc = nlp("First sentence here. Second one follows.")
    assert len(list(doc.sents)) == 2


def test_trained_pipeline_from_a_folder_is_used(tiny_model):
    nlp, name = load_pipeline(str(tiny_model))
    assert name == "en_tiny_test"
    assert "ner" in nlp.pipe_names
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
