"""A profile's stylesheet (issue 18): a file in the profile's own folder, UTF-8 CSS that cannot
end the <style> element it is pasted into. Anything else is one line naming the profile."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.build import extraction_json
from briefing.cli.app import app
from briefing.errors import SettingsError
from briefing.settings.audience import load_audience

EVIL = b"h1 { color: red }\n</style><script>alert(1)</script><style>\n"


def profile_with(tmp_path: Path, stylesheet: str, content: bytes | None = None) -> Path:
    folder = tmp_path / "team"
    folder.mkdir(exist_ok=True)
    if content is not None:
        (folder / "team.css").write_bytes(content)
    profile = folder / "profile.toml"
    profile.write_text(f'stylesheet = "{stylesheet}"\n', encoding="utf-8")
    return profile


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('h1 { font-family: "Café" }\n'.encode("latin-1"), "is not UTF-8 text; save it as UTF-8"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a binary file, not CSS"),
        (EVIL, "contains '</style', which would end the brief's <style> element"),
        (b"p { color: red }\n</STYLE >\n", "contains '</style'"),
    ],
)
def test_a_stylesheet_that_is_not_safe_css_text_is_one_line(tmp_path, content, message):
    profile = profile_with(tmp_path, "team.css", content)
    with pytest.raises(SettingsError) as info:
        load_audience(str(profile))
    assert str(info.value).startswith(f"{profile}: stylesheet 'team.css' {message}")
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("name", ["/etc/passwd", "../../../../../../etc/passwd", "../outside.css"])
def test_a_stylesheet_outside_the_profiles_folder_is_refused(tmp_path, name):
    (tmp_path / "outside.css").write_text("p { color: red }", encoding="utf-8")
    profile = profile_with(tmp_path, name)
    with pytest.raises(SettingsError) as info:
        load_audience(str(profile))
    assert str(info.value) == (
        f"{profile}: stylesheet {name!r} must be a file in the profile's own folder"
    )


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_link_in_the_folder_to_a_file_outside_is_refused(tmp_path):
    (tmp_path / "secret.txt").write_text("root:x:0:0", encoding="utf-8")
    profile = profile_with(tmp_path, "team.css")
    (profile.parent / "team.css").symlink_to(tmp_path / "secret.txt")
    with pytest.raises(SettingsError, match="must be a file in the profile's own folder"):
        load_audience(str(profile))


def test_a_stylesheet_in_a_subfolder_of_the_profile_is_read(tmp_path):
    profile = profile_with(tmp_path, "css/team.css")
    (profile.parent / "css").mkdir()
    (profile.parent / "css" / "team.css").write_text("h1 { color: teal }", encoding="utf-8")
    assert load_audience(str(profile)).css == "h1 { color: teal }"


def test_build_with_an_unsafe_stylesheet_says_one_line(tmp_path, extraction):
    profile = profile_with(tmp_path, "team.css", EVIL)
    brief = tmp_path / "brief.json"
    brief.write_text(extraction_json(extraction), encoding="utf-8")
    args = ["render", str(brief), "-o", str(tmp_path / "out"), "--audience", str(profile)]
    result = CliRunner().invoke(app, [*args, "-f", "html"])
    assert result.exit_code == 2
    assert result.output.startswith(f"[error] {profile}: stylesheet 'team.css' contains")
    assert result.output.count("\n") == 1 and not (tmp_path / "out").exists()
