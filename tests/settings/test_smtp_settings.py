"""The [smtp] table of briefing.toml (issue 18): a sender with a line break (header
injection), values of the wrong type, a starttls that is no true/false: one line naming the
file and the key, before any brief is built or any message is sent."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from briefing.cli.app import app
from briefing.errors import SettingsError
from briefing.settings.house import load_config
from tests.helpers import EXAMPLES

INJECTED = r'from = "briefs@example.org\r\nBcc: victim@example.org"'


@pytest.mark.parametrize(
    ("table", "message"),
    [
        (
            INJECTED,
            "smtp.from 'briefs@example.org\\r\\nBcc: victim@example.org' is not an email address",
        ),
        (
            r'from = "briefs@example.org\nX-Evil: 1"',
            "smtp.from 'briefs@example.org\\nX-Evil: 1' is not",
        ),
        ('from = "not an address"', "smtp.from 'not an address' is not an email address"),
        ("from = 5", "smtp.from must be a string"),
        ('user = ["desk"]', "smtp.user must be a string"),
        ("password = 1234", "smtp.password must be a string"),
        ("host = 25", "smtp.host must be a string"),
        ('starttls = "no"', "smtp.starttls must be true or false"),
    ],
)
def test_a_bad_smtp_setting_is_one_line_naming_the_file(tmp_path, table, message):
    path = tmp_path / "briefing.toml"
    path.write_text(f"[smtp]\n{table}\n", encoding="utf-8")
    with pytest.raises(SettingsError) as info:
        load_config(path)
    assert str(info.value).startswith(f"{path}: {message}")
    assert "\n" not in str(info.value)


def test_build_of_an_email_with_a_crlf_sender_is_refused_in_one_line(tmp_path):
    config = tmp_path / "briefing.toml"
    config.write_text(f"[smtp]\n{INJECTED}\n", encoding="utf-8")
    out = tmp_path / "out"
    args = ["build", EXAMPLES[0], "-o", str(out), "--format", "eml", "--config", str(config)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 2
    assert result.output.startswith(f"[error] {config}: smtp.from ")
    assert result.output.count("\n") == 1 and not out.exists()


def test_send_with_a_crlf_sender_in_the_config_names_the_config(tmp_path):
    config = tmp_path / "briefing.toml"
    config.write_text(f"[smtp]\n{INJECTED}\n", encoding="utf-8")
    args = ["send", str(tmp_path), "--to", "a@example.org", "--config", str(config)]
    result = CliRunner().invoke(app, [*args, "--smtp-port", "9"])
    assert result.exit_code == 2
    assert result.output.startswith(f"[error] {config}: smtp.from ")
