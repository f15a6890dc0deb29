"""A hand-edited extraction JSON given to `briefing render` (issue 18): every kind of mistake a
person makes in it (a string where an offset is, an offset outside the text, a list where a
name is, null where a field is required, an actor that does not exist ...) is one `[error]`
line naming the file and the field, exit 1, never a traceback from deep inside select."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.build import extraction_json, load_brief_json
from briefing.cli.app import app


def edited(tmp_path: Path, extraction, path: tuple, value) -> Path:
    data = json.loads(extraction_json(extraction))
    data["brief"] = {"schema": "briefing.brief/1", "audience": "analyst", "date": None}
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    file = tmp_path / "brief.json"
    file.write_text(json.dumps(data), encoding="utf-8")
    return file


def render(file: Path, tmp_path: Path):
    return CliRunner().invoke(app, ["render", str(file), "-o", str(tmp_path / "out"), "-f", "md"])


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        # wrong types
        (("quotes", 0, "start"), "5", "quotes[0].start: input should be a valid integer, not '5'"),
        (
            ("quotes", 0, "speaker_start"),
            "5",
            "quotes[0].speaker_start: input should be a valid integer",
        ),
        (
            ("quotes", 0, "kind"),
            "said",
            "quotes[0].kind: input should be 'direct', 'mixed' or 'indirect'",
        ),
        (("quotes", 0, "cue"), 5, "quotes[0].cue: input should be a valid string, not 5"),
        (("quotes", 0, "addressee"), 5, "quotes[0].addressee: input should be a valid string"),
        (("actors", 0, "salience"), "high", "actors[0].salience: input should be a valid number"),
        (("actors", 0, "name"), 5, "actors[0].name: input should be a valid string"),
        (
            ("actors", 0, "mentions", 0, "doc"),
            {},
            "actors[0].mentions[0].doc: input should be a valid string",
        ),
        (
            ("documents", 0, "published"),
            5,
            "documents[0].published: input should be a valid string",
        ),
        (
            ("documents", 0, "also_carried_by"),
            5,
            "documents[0].also_carried_by: input should be a valid array",
        ),
        (("events", 0, "title"), 5, "events[0].title: input should be a valid string"),
        (("events", 0, "date"), 5, "events[0].date: input should be a valid string"),
        (
            ("questions", 0, "evidence", 0, "text"),
            5,
            "questions[0].evidence[0].text: input should be a valid string",
        ),
        (("questions", 0, "kind"), {}, "questions[0].kind: input should be 'explicit'"),
        # lists where strings are, and strings where lists are
        (("actors", 0, "role"), ["Minister"], "actors[0].role: input should be a valid string"),
        (
            ("questions", 0, "speakers"),
            [[]],
            "questions[0].speakers[0]: input should be a valid string",
        ),
        (
            ("events", 0, "participants"),
            "a1",
            "events[0].participants: input should be a valid array",
        ),
        # null where required
        (
            ("documents", 0, "title"),
            None,
            "documents[0].title: input should be a valid string, not None",
        ),
        (("quotes", 0, "text"), None, "quotes[0].text: input should be a valid string, not None"),
        # ranges, offsets and references
        (("quotes", 0, "end"), 10**7, "quotes[0]: offsets 101..10000000 lie outside document 'd1'"),
        (("quotes", 0, "start"), -3, "quotes[0]: offsets -3..135 lie outside document 'd1'"),
        (("events", 0, "evidence", 0, "end"), 0, "events[0].evidence[0]: offsets"),
        (("quotes", 0, "doc"), "d9", "quotes[0].doc 'd9' is not among the documents"),
        (("quotes", 0, "speaker"), "a9", "quotes[0].speaker names actor 'a9', which is not among"),
        (("actors", 0, "name"), "", "actors[0].name is empty"),
        (("actors", 1, "id"), "a1", "actors[1].id 'a1' is used twice"),
        (
            ("events", 0, "date"),
            "9999-12",
            "events[0].date '9999-12': give a year between 1800 and 2199",
        ),
        (("events", 0, "date"), "2025-W60", "events[0].date '2025-W60' is no date"),
        (
            ("documents", 0, "published"),
            "9999-12-31",
            "documents[0].published '9999-12-31' is no publication date",
        ),
        (("brief", "date"), "next week", "brief.date 'next week' is not a date YYYY-MM-DD"),
    ],
)
def test_a_mistake_in_an_edited_json_is_one_line_naming_the_field(
    tmp_path, extraction, path, value, message
):
    file = edited(tmp_path, extraction, path, value)
    result = render(file, tmp_path)
    assert result.exit_code == 1, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.output.startswith(f"[error] {file}: {message}"), result.output
    assert result.output.count("\n") == 1


def test_a_missing_required_field_is_named(tmp_path, extraction):
    data = json.loads(extraction_json(extraction))
    del data["quotes"][0]["end"]
    file = tmp_path / "edited.json"
    file.write_text(json.dumps(data), encoding="utf-8")
    result = render(file, tmp_path)
    assert result.output == f"[error] {file}: quotes[0].end is missing\n"


def test_nan_is_no_number(tmp_path, extraction):
    file = edited(tmp_path, extraction, ("questions", 0, "score"), 0.5)
    file.write_text(file.read_text().replace("0.5", "NaN"), encoding="utf-8")
    result = render(file, tmp_path)
    assert result.exit_code == 1 and "NaN or Infinity" in result.output


def test_an_extraction_json_nested_too_deeply_is_one_line(tmp_path):
    file = tmp_path / "deep.json"
    file.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    result = render(file, tmp_path)
    assert result.exit_code == 1
    assert (
        result.output
        == f"[error] {file}: not a readable JSON file (arrays or objects nested too deeply)\n"
    )


def test_a_correct_json_still_renders_and_keeps_what_was_edited(tmp_path, extraction):
    file = edited(tmp_path, extraction, ("actors", 0, "role"), "Harbour Minister")
    loaded, brief = load_brief_json(file)
    assert loaded.actors[0].role == "Harbour Minister" and brief["audience"] == "analyst"
    assert loaded.documents[0].anatomy is not None  # read again, never taken from the file
    result = render(file, tmp_path)
    assert result.exit_code == 0, result.output
    assert "Harbour Minister" in (tmp_path / "out" / "brief.md").read_text(encoding="utf-8")
