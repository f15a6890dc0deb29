"""``briefing verify``: a fresh build of the examples holds; an edited source, an edited quote
in brief.md, a missing source each fail with a line naming it; another tool version is a
warning that --strict turns into a failure; what cannot be verified at all is one [error].

One build (in a folder of its own, so the tests may edit its sources) serves the module:
each test changes one file and puts it back."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.cli.app import app
from briefing.errors import InputError
from briefing.read.extraction import load_brief_bundle
from tests.helpers import EXAMPLES

QUOTE = "The numbers are not in dispute among scientists"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    """(folder of the articles, folder of the brief) of one build of the examples."""
    root = tmp_path_factory.mktemp("verify")
    src = root / "src"
    src.mkdir()
    for example in EXAMPLES:
        shutil.copy(example, src)
    out = root / "out"
    articles = sorted(str(p) for p in src.glob("*.md"))
    result = CliRunner().invoke(app, ["build", *articles, "-o", str(out), "-f", "md,html,pdf,json"])
    assert result.exit_code == 0, result.output
    return src, out


def verify(*args: str):
    return CliRunner().invoke(app, ["verify", *args])


@contextmanager
def edited(path: Path, old: str, new: str) -> Iterator[None]:
    kept = path.read_bytes()
    text = kept.decode("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    try:
        yield
    finally:
        path.write_bytes(kept)


def test_a_fresh_build_of_the_examples_verifies(built):
    _, out = built
    result = verify(str(out))
    assert result.exit_code == 0, result.output
    # 32 spans: What's next no longer shows "Decision in Norway" (only a possibility: 'have
    # yet to decide whether Norway will ...') nor "Cut catches by a fifth" (dated 2026 alone).
    # 3 direct quotes: '"We are not asking fishermen ...," she told reporters' right after
    # Commissioner Lindqvist's own words is hers (the 'resumed' way), no longer held back.
    assert result.output.splitlines() == [
        "verify: OK (0 problems, 0 warnings; 2 sources re-read, 27 cited spans, 3 direct "
        "quotes, rebuilt brief.md, brief.html, brief.json)"
    ]


def test_a_source_edited_after_the_build_fails_naming_it_and_the_span(built):
    src, out = built
    article = src / "01-fisheries-talks-stall.md"
    # Lindqvist's quotation, shown first among the key quotes
    with edited(article, "not asking fishermen", "not telling fishermen"):
        result = verify(str(out))
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert (
        f"[problem] d1 {article}: edited after the brief was built (file SHA-256 differs)" in lines
    )
    assert any(
        line.startswith("[problem] quotes q4: cited span d1 429..528 now reads “We are not telling")
        for line in lines
    ), lines
    assert lines[-1].startswith("verify: FAILED (")


def test_a_quote_edited_in_brief_md_fails(built):
    _, out = built
    with edited(out / "brief.md", QUOTE, "The numbers are in dispute among scientists"):
        result = verify(str(out))
    assert result.exit_code == 1
    assert (
        f"[problem] brief.md: the quote q10 “{QUOTE}” is not shown as its source has it"
        in result.output.splitlines()
    )
    assert "[problem] brief.md: differs from a fresh build (line 30:" in result.output


def test_a_missing_source_fails_with_one_line(built, tmp_path):
    src, out = built
    article = src / "02-fisheries-commission-response.md"
    article.rename(tmp_path / article.name)
    try:
        result = verify(str(out))
    finally:
        (tmp_path / article.name).rename(article)
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == f"[problem] d2 {article}: source missing (no such file)"


def test_another_tool_version_is_a_warning_unless_strict(built):
    _, out = built
    with edited(out / "brief.json", '"version": "0.1.0"', '"version": "0.0.9"'):
        lenient, strict = verify(str(out)), verify(str(out), "--strict")
    warning = (
        "[warning] made by briefing 0.0.9, this is briefing 0.1.0: a different version may "
        "word the brief differently (--strict makes this a failure)"
    )
    assert lenient.exit_code == 0, lenient.output
    assert lenient.output.splitlines()[0] == warning
    assert strict.exit_code == 1 and strict.output.splitlines()[0] == warning


def test_the_articles_given_replace_the_recorded_ones(built, tmp_path):
    src, out = built
    elsewhere = tmp_path / "copies"
    shutil.copytree(src, elsewhere)
    with edited(elsewhere / "02-fisheries-commission-response.md", "20 percent", "30 percent"):
        result = verify(str(out), *sorted(str(p) for p in elsewhere.glob("*.md")))
    assert result.exit_code == 1
    assert "[problem] d2 " in result.output and "the analysed text differs" in result.output


def test_what_cannot_be_verified_is_one_error_line(built, tmp_path):
    _, out = built
    missing = verify(str(tmp_path / "nowhere"))
    assert missing.exit_code != 0
    assert missing.output.strip() == f"[error] {tmp_path / 'nowhere'}: no such folder"
    empty = verify(str(tmp_path))
    assert empty.output.strip().startswith(f"[error] {tmp_path / 'brief.json'}: no such file")
    bare = tmp_path / "bare"
    bare.mkdir()
    data = json.loads((out / "brief.json").read_text(encoding="utf-8"))
    del data["manifest"]
    (bare / "brief.json").write_text(json.dumps(data), encoding="utf-8")
    result = verify(str(bare))
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert result.output.strip() == (
        f"[error] {bare / 'brief.json'}: has no manifest (made before briefing wrote one, or "
        "the manifest was removed); build it again to verify it"
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda m: m["sources"][0].update(text_sha256="abc"),
            "manifest.sources[0].text_sha256 'abc' is not a SHA-256 hex digest",
        ),
        (
            lambda m: m["items"][0]["spans"][0].update(end=10**6),
            "manifest.items[0].spans[0]: offsets 65..1000000 lie outside document 'd2'",
        ),
        (
            lambda m: m["options"].update(limit="5"),
            "manifest.options.limit: input should be a valid integer, not '5'",
        ),
        (lambda m: m["sources"].pop(), "manifest.sources list documents d1; the file has d1, d2"),
    ],
)
def test_an_edited_manifest_is_checked_like_the_rest_of_brief_json(
    built, tmp_path, change, message
):
    _, out = built
    data = json.loads((out / "brief.json").read_text(encoding="utf-8"))
    change(data["manifest"])
    path = tmp_path / "brief.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_brief_bundle(path)
    assert str(caught.value).startswith(f"{path}: {message}")
