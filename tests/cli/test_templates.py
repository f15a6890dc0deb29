"""Template customisation from the command line: list (which file wins, which blocks),
init (copies, never overwrites), overrides that extend default:, and hostile templates."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from briefing.cli.app import app
from briefing.settings.resources import templates_dir
from tests.helpers import EXAMPLES

OVERRIDE = '{% extends "default:brief.md.j2" %}{% block events %}## Diary\n\nSee the team calendar.\n{% endblock %}'


def run(*args: str):
    return CliRunner().invoke(app, list(args))


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        (("templates",), "See and copy the templates"),
        (("templates", "list"), "which file each template comes from"),
        (("templates", "init"), "never overwritten"),
        (("send",), "BRIEFING_SMTP_PASSWORD"),
        (("build",), "your own profile.toml"),
        (("build",), "--marking"),
    ],
)
def test_help(command, expected):
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert expected in flat(result.output.replace("│", " "))


def test_list_shows_the_search_path_the_winner_and_its_blocks(tmp_path):
    (tmp_path / "brief.md.j2").write_text(OVERRIDE, encoding="utf-8")
    result = run("templates", "list", "--audience", "press", "--template-dir", str(tmp_path))
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[:4] == [
        "Search path (first match wins):",
        f"  1. {tmp_path}",
        f"  2. {templates_dir() / 'audiences' / 'press'}",
        f"  3. {templates_dir()}",
    ]
    at = lines.index(f"brief.md.j2  <- {tmp_path / 'brief.md.j2'}  (--template-dir)")
    assert lines[at + 1] == "  extends default:brief.md.j2; replaces: events"
    assert lines[at + 2] == f"  overrides {templates_dir() / 'brief.md.j2'}"
    at = lines.index(f"brief.html.j2  <- {templates_dir() / 'brief.html.j2'}  (built-in)")
    assert lines[at + 1].startswith("  blocks: header, footer, bottom_line, key_points, lines,")


def test_init_copies_the_builtins_and_never_overwrites(tmp_path):
    target = tmp_path / "mine"
    result = run("templates", "init", str(target))
    assert result.exit_code == 0, result.output
    assert (target / "brief.html.j2").read_text() == (templates_dir() / "brief.html.j2").read_text()
    assert (target / "audiences" / "minister" / "profile.toml").is_file()
    (target / "brief.md.j2").write_text("edited", encoding="utf-8")
    result = run("templates", "init", str(target))
    assert result.exit_code == 2
    assert "never overwrites" in result.output and result.output.startswith("[error] ")
    assert (target / "brief.md.j2").read_text() == "edited"


def test_a_copied_profile_is_an_audience_of_its_own(tmp_path):
    run("templates", "init", str(tmp_path / "mine"))
    profile = tmp_path / "mine" / "audiences" / "minister" / "profile.toml"
    text = profile.read_text().replace('events = "Next dates"', 'events = "In the diary"')
    profile.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = run("build", *EXAMPLES, "-o", str(out), "-f", "md", "--audience", str(profile))
    assert result.exit_code == 0, result.output
    assert "## In the diary" in (out / "brief.md").read_text(encoding="utf-8")


def test_build_with_an_override_that_replaces_one_block(tmp_path):
    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / "brief.md.j2").write_text(OVERRIDE, encoding="utf-8")
    out = tmp_path / "out"
    args = ("build", *EXAMPLES, "-o", str(out), "-f", "md", "--template-dir", str(tmp_path / "tpl"))
    result = run(*args)
    assert result.exit_code == 0, result.output
    markdown = (out / "brief.md").read_text(encoding="utf-8")
    assert "## Diary\n\nSee the team calendar." in markdown
    assert "## What's next" not in markdown
    assert "## Key actors" in markdown and "Anna Lindqvist" in markdown


@pytest.mark.parametrize(
    "template",
    ["{{ ''.__class__.__mro__ }}", "{{ brief.__class__.__init__.__globals__ }}"],
)
def test_hostile_template_is_refused_with_one_line(tmp_path, template):
    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / "brief.md.j2").write_text(f"# x\n{template}\n", encoding="utf-8")
    out = tmp_path / "out"
    result = run(
        "build", *EXAMPLES, "-o", str(out), "-f", "md", "--template-dir", str(tmp_path / "tpl")
    )
    assert result.exit_code == 1
    assert result.output.startswith(f"[error] {tmp_path / 'tpl' / 'brief.md.j2'}:2: ")
    assert "not allowed in a brief template" in result.output
    assert result.output.count("\n") == 1
    assert not out.exists()
