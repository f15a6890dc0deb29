"""Shared fixtures: a hand-written extraction (invented content) to render, one rule pipeline
for the whole run (it is stateless, and building it each time cost most of a second), one
build of the examples that several folders read, and the folder of golden outputs. Paths
and plain helpers are in helpers.py."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from briefing.model import (
    Actor,
    Document,
    Event,
    Evidence,
    Extraction,
    Question,
    Quote,
)
from briefing.nlp import build_rule_pipeline
from briefing.read.anatomy import with_anatomy
from tests.helpers import EXAMPLES, GOLDEN

if TYPE_CHECKING:
    from click.testing import Result


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory: pytest.TempPathFactory):
    """A cache folder of the test run's own (briefing/cache.py): tests, and the commands they
    start, never read or write the cache of the user running them."""
    patch = pytest.MonkeyPatch()
    folder = tmp_path_factory.mktemp("cache")
    patch.setenv("XDG_CACHE_HOME", str(folder))
    patch.delenv("BRIEFING_NO_CACHE", raising=False)
    yield folder
    patch.undo()


@pytest.fixture(scope="session")
def rule_pipeline():
    """The rule pipeline (blank English + rules), built once for the whole run."""
    return build_rule_pipeline()


@pytest.fixture(scope="session")
def nlp(rule_pipeline):
    """The pipeline the extraction tests run their sentences through (a module may override
    it, e.g. to load it as ``briefing evaluate`` does)."""
    return rule_pipeline


@pytest.fixture(scope="session", autouse=True)
def one_rule_pipeline(rule_pipeline):
    """Every build, command and evaluation in the run gets this run's rule pipeline from
    ``load_pipeline`` instead of building its own: a build is most of a second, and the CLI,
    build and evaluation tests asked for one dozens of times (evaluating the brief, once per
    dev story). The pipeline keeps nothing from one text to the next, which is why the
    extraction tests have shared it all along; tests/nlp/test_pipeline.py builds it for real."""
    import briefing.nlp

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(briefing.nlp, "build_rule_pipeline", lambda: rule_pipeline)
        yield


@pytest.fixture(scope="session")
def examples_build(tmp_path_factory) -> tuple[Path, Result]:
    """``briefing build examples/*.md --format md,html,pdf,json`` run once: the default brief
    (analyst, A4) of the project's examples, its folder and what the command said. The CLI,
    record and acceptance tests only read it; each build is seconds of page fitting."""
    from typer.testing import CliRunner

    from briefing.cli.app import app

    out = tmp_path_factory.mktemp("examples-build") / "out"
    args = ["build", *EXAMPLES, "-o", str(out), "--format", "md,html,pdf,json"]
    return out, CliRunner().invoke(app, args)


TEXT = (
    "Harbour levy talks resume\n\n"
    "Transport Minister Ines Valdor said the levy would fund new breakwaters. "
    '"We cannot wait for the next storm," Valdor said. '
    "The Port Authority rejected the plan. Will the council vote before spring?"
)


def span(text: str, part: str, doc: str = "d1") -> Evidence:
    start = text.index(part)
    return Evidence(doc, start, start + len(part), part)


@pytest.fixture
def extraction() -> Extraction:
    """A small extraction with one item of every kind, its document read as select expects."""
    document = with_anatomy(
        Document("d1", "harbour.md", "Harbour levy talks resume", TEXT, "2025-05-02", "Coast Wire")
    )
    valdor = span(TEXT, "Ines Valdor")
    quote = span(TEXT, "We cannot wait for the next storm,")
    return Extraction(
        pipeline="rules",
        documents=(document,),
        actors=(
            Actor("a1", "Ines Valdor", "person", "Transport Minister", None, ("Valdor",), 1.0, (valdor,)),
            Actor("a2", "Port Authority", "organization", salience=0.5, mentions=(span(TEXT, "Port Authority"),)),
        ),
        quotes=(
            Quote("q1", "d1", quote.start, quote.end, quote.text, "direct", "a1", "Valdor", "said"),
        ),
        events=(
            Event("e1", "Council vote on the levy", "2025-06-12", "June 12", None, "scheduled",
                  ("a1",), (span(TEXT, "Will the council vote before spring?"),)),
        ),
        questions=(
            Question("k1", "Will the council vote before spring?", "explicit",
                     evidence=(span(TEXT, "Will the council vote before spring?"),), score=3.0),
        ),
    )  # fmt: skip


@pytest.fixture
def golden_dir() -> Path:
    return GOLDEN


TINY_TRAIN = [
    ("Minister Alva Brenner met Oskar Lind in Tallinn.", [(9, 21, "PERSON"), (26, 36, "PERSON")]),
    ("Alva Brenner spoke for the Harbour Council.", [(0, 12, "PERSON"), (27, 42, "ORG")]),
    ("The Harbour Council will meet on Friday.", [(4, 19, "ORG")]),
    ("Oskar Lind said the Harbour Council was wrong.", [(0, 10, "PERSON"), (20, 35, "ORG")]),
]


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory):
    """A tiny NER pipeline trained here and saved to a folder: the `--model` path, tested
    with no trained English pipeline installed (none can be, on these machines)."""
    import random

    import spacy
    from spacy.training import Example

    nlp = spacy.blank("en")
    ner = nlp.add_pipe("ner")
    for _, spans in TINY_TRAIN:
        for *_, label in spans:
            ner.add_label(label)
    examples = [Example.from_dict(nlp.make_doc(t), {"entities": s}) for t, s in TINY_TRAIN]
    optimizer = nlp.initialize(lambda: examples)
    rng = random.Random(0)
    for _ in range(40):
        rng.shuffle(examples)
        nlp.update(examples, sgd=optimizer, drop=0.0)
    nlp.meta["name"] = "tiny_test"
    path = tmp_path_factory.mktemp("model") / "tiny"
    nlp.to_disk(path)
    return path
