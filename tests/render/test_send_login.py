"""`briefing send` with a login Python's smtplib cannot send (issue 18): a password or user
name with characters outside ASCII is one line saying so, before any connection, and the
value itself is never printed."""

from __future__ import annotations

import pytest

from tests.render import test_email
from tests.render.test_email import send, written_draft

smtp_server = test_email.smtp_server  # the local aiosmtpd server, a fixture

PASSWORD = "pässwörd-ünïcode"


@pytest.mark.parametrize(
    ("env", "what"),
    [
        ({"BRIEFING_SMTP_USER": "desk", "BRIEFING_SMTP_PASSWORD": PASSWORD}, "password"),
        ({"BRIEFING_SMTP_USER": "désk", "BRIEFING_SMTP_PASSWORD": "ascii-only"}, "user"),
    ],
)
def test_a_login_outside_ascii_is_one_line_and_never_echoed(
    extraction,
    tmp_path,
    smtp_server,
    env,
    what,
):
    inbox, port, logins = smtp_server
    folder = written_draft(extraction, tmp_path / "out")
    result = send(folder, port, env=env)
    assert result.exit_code == 2
    assert result.output.startswith(f"[error] the SMTP {what} has characters outside ASCII")
    assert result.output.count("\n") == 1
    assert PASSWORD not in result.output and "désk" not in result.output
    assert logins == [] and inbox.envelopes == []


def test_a_non_ascii_password_in_the_config_file_is_refused_too(
    extraction,
    tmp_path,
    smtp_server,
):
    inbox, port, _ = smtp_server
    folder = written_draft(extraction, tmp_path / "out")
    config = tmp_path / "briefing.toml"
    config.write_text(f'[smtp]\nuser = "desk"\npassword = "{PASSWORD}"\n', encoding="utf-8")
    env = {"BRIEFING_SMTP_USER": "", "BRIEFING_SMTP_PASSWORD": ""}
    result = send(folder, port, "--config", str(config), env=env)
    assert result.exit_code == 2 and "password has characters outside ASCII" in result.output
    assert PASSWORD not in result.output and inbox.envelopes == []
