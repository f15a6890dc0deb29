"""brief.json, the record of what the brief shows (select/record.py): what each section shows
and holds back, in the order the page shows it; and ``briefing render`` of it, which gives
the same brief again and names a field of its brief block that is not text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.cli.app import app
from tests.helpers import EXAMPLES

runner = CliRunner()


@pytest.fixture
def default_brief(examples_build) -> Path:
    """The examples' default brief (analyst, A4) with its brief.json, built once for the run."""
    out, result = examples_build
    assert result.exit_code == 0, result.output
    return out


def test_brief_json_lists_what_each_section_shows_and_holds_back(default_brief):
    out = default_brief
    data = json.loads((out / "brief.json").read_text(encoding="utf-8"))
    brief = data["brief"]
    assert (brief["schema"], brief["audience"], brief["paper"]) == (
        "briefing.brief/1",
        "analyst",
        "a4",
    )
    assert list(brief["sections"]) == ["bottom_line", "actors", "quotes", "events", "questions"]
    ids = {
        "actors": {a["id"] for a in data["actors"]},
        "quotes": {q["id"] for q in data["quotes"]},
        "events": {e["id"] for e in data["events"]},
        "questions": {q["id"] for q in data["questions"]},
    }
    for section, listed in brief["sections"].items():
        known = ids.get(section, ids["events"] | {d["id"] for d in data["documents"]})
        assert listed["shown"] and set(listed["shown"]) <= known, section
        for held in listed["held_back"]:
            assert held["reason"] in ("page", "confidence")
            assert held["id"] in known
    markdown = (out / "brief.md").read_text(encoding="utf-8")
    actors = {a["id"]: a["name"] for a in data["actors"]}
    shown_names = [actors[ref] for ref in brief["sections"]["actors"]["shown"]]
    positions = [markdown.index(f"**{name}**") for name in shown_names]
    assert positions == sorted(positions)  # in the order the brief shows them


def test_render_of_brief_json_gives_the_same_brief(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    args = ["--audience", "minister", "--paper", "letter", "--title", "Cod talks"]
    result = runner.invoke(app, ["build", *EXAMPLES, "-o", str(first), "-f", "md,html,json", *args])
    assert result.exit_code == 0, result.output
    result = runner.invoke(
        app, ["render", str(first / "brief.json"), "-o", str(second), "-f", "md,html,json"]
    )
    assert result.exit_code == 0, result.output
    for name in ("brief.md", "brief.html", "brief.json"):
        assert (first / name).read_bytes() == (second / name).read_bytes(), name
    assert json.loads((second / "brief.json").read_text())["brief"]["audience"] == "minister"


@pytest.mark.parametrize(("key", "value"), [("title", 5), ("paper", ["a4"]), ("date", 20250101)])
def test_render_names_a_brief_field_that_is_not_text(default_brief, tmp_path, key, value):
    data = json.loads((default_brief / "brief.json").read_text(encoding="utf-8"))
    data["brief"][key] = value
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["render", str(edited), "-o", str(out), "-f", "md"])
    assert result.exit_code == 1
    assert result.output == f"[error] {edited}: brief.{key} is not text ({value!r})\n"
    assert not out.exists()  # nothing written
