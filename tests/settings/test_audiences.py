"""Audience profiles (settings/audience.py): a team's own profile by path, with its own
template folder, and one-line errors naming the file for a bad one."""

from __future__ import annotations

import pytest

from briefing.errors import SettingsError
from briefing.render.markdown import render_markdown
from briefing.select import select_for_brief
from briefing.settings.audience import load_audience

PROFILE = """
label = "Board"
sections = ["bottom_line", "events", "sources"]
[limits]
events = 1
[headings]
events = "Diary"
"""


def test_a_teams_own_profile_by_path(extraction, tmp_path):
    profile = tmp_path / "board" / "profile.toml"
    profile.parent.mkdir()
    profile.write_text(PROFILE, encoding="utf-8")
    audience = load_audience(str(profile))
    assert (audience.name, audience.label, audience.folder) == ("board", "Board", profile.parent)
    context = select_for_brief(extraction, audience)
    markdown = render_markdown(context, audience=audience)
    assert "## Diary" in markdown and "## Key actors" not in markdown
    assert "Brief for: Board" in markdown
    (profile.parent / "brief.md.j2").write_text(
        '{% extends "default:brief.md.j2" %}{% block events %}DIARY BLOCK{% endblock %}',
        encoding="utf-8",
    )
    assert "DIARY BLOCK" in render_markdown(context, audience=audience)  # audience folder


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('sections = ["bottom_line"]\ncolour = "red"', "unknown key 'colour'"),
        ('sections = ["bottom_line", "gossip"]', "unknown section 'gossip' in sections"),
        ('sections = ["events"]\n[limits]\nevents = -1', "limits.events must be a whole number"),
        ('sections = ["events"]\n[headings]\nrumours = "R"', "unknown section 'rumours'"),
        ('sections = ["events"]\n[filters]\nfast = true', "unknown key 'filters.fast'"),
        ('sections = ["events"]\nstylesheet = "none.css"', "stylesheet 'none.css' not found"),
        ("sections = [", "not valid TOML"),
        ('name = "../x"\nsections = ["events"]', "name '../x' must be letters"),
    ],
)
def test_bad_profiles_give_one_line_naming_the_file(tmp_path, text, message):
    profile = tmp_path / "profile.toml"
    profile.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError) as info:
        load_audience(str(profile))
    assert str(info.value).startswith(f"{profile}: ")
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_unknown_audience_name():
    with pytest.raises(SettingsError, match="neither a built-in audience"):
        load_audience("ministre")
