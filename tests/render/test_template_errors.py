"""A team's template that fails while it renders (issue 18): division by zero, a macro or an
include that calls itself without end, a method called wrongly. Each is one `[error]` line
naming the template file and line, exit 1; an error in briefing's own code that a template
calls (a filter) stays a bug with its traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.build import extraction_json
from briefing.cli.app import app
from briefing.errors import TemplateError
from briefing.render.markdown import render_markdown
from briefing.select import BriefOptions, select_for_brief
from briefing.settings.audience import load_audience

ANALYST = load_audience("analyst")

FAILING = [
    (
        '{% extends "default:brief.md.j2" %}\n{% block header %}# {{ 1 // 0 }}{% endblock %}\n',
        "brief.md.j2:2: ZeroDivisionError: integer division or modulo by zero",
    ),
    (
        "{% macro again(n) %}{{ again(n + 1) }}{% endmacro %}{{ again(0) }}\n",
        "brief.md.j2:1: a macro, include or block calls itself without end",
    ),
    ('{% include "brief.md.j2" %}\n', "brief.md.j2:1: a macro, include or block calls itself"),
    ("{{ brief.title.split(1, 2, 3) }}\n", "brief.md.j2:1: TypeError: split() takes at most"),
    ('{{ "%d" % brief.title }}\n', "brief.md.j2:1: TypeError: %d format"),
]


def context(extraction):
    return select_for_brief(extraction, ANALYST, BriefOptions())


@pytest.mark.parametrize(("template", "message"), FAILING)
def test_a_template_failing_at_run_time_is_one_line_naming_it(
    extraction, tmp_path, template, message
):
    (tmp_path / "brief.md.j2").write_text(template, encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        render_markdown(context(extraction), tmp_path, audience=ANALYST)
    assert str(info.value).startswith(str(tmp_path / message.split(":")[0]))
    assert message in str(info.value) and "\n" not in str(info.value)


@pytest.mark.parametrize(("template", "message"), FAILING[:2])
def test_render_with_a_failing_template_says_one_line_and_exits_1(
    extraction, tmp_path, template, message
):
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "brief.md.j2").write_text(template, encoding="utf-8")
    brief = tmp_path / "brief.json"
    brief.write_text(extraction_json(extraction), encoding="utf-8")
    args = ["render", str(brief), "-o", str(tmp_path / "out"), "-f", "md"]
    result = CliRunner().invoke(app, [*args, "--template-dir", str(templates)])
    assert result.exit_code == 1
    assert result.output.startswith(f"[error] {templates / 'brief.md.j2'}:")
    assert message in result.output and result.output.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_a_bug_in_briefings_own_filter_keeps_its_traceback(extraction, tmp_path, monkeypatch):
    """Only the template's own failures are blamed on it: a fault inside briefing's ``md``
    filter is a bug to report, so it is not turned into a TemplateError."""
    import briefing.render.templates as templates

    monkeypatch.setattr(templates, "_MD_SPECIAL", None)  # the filter now fails inside briefing
    (tmp_path / "brief.md.j2").write_text("{{ brief.title|md }}\n", encoding="utf-8")
    with pytest.raises(AttributeError):
        render_markdown(context(extraction), Path(tmp_path), audience=ANALYST)
