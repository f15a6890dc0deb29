"""``briefing send`` keeps the password off a clear-text wire, says the real cause when a
server lacks something, cannot be told to show one recipient and deliver to another, and mails
only a draft briefing wrote (issue 18, item 9)."""

from __future__ import annotations

import os
from email import message_from_bytes, policy

import pytest
from typer.testing import CliRunner

from briefing.cli.app import app
from briefing.errors import SettingsError
from briefing.settings.house import load_config
from tests.render import test_email
from tests.render.test_email import SECRET, Inbox, free_port, send, written_draft

smtp_server = test_email.smtp_server  # the local aiosmtpd server with a login, a fixture
LOGIN = {"BRIEFING_SMTP_USER": "desk", "BRIEFING_SMTP_PASSWORD": SECRET}
NO_LOGIN = {"BRIEFING_SMTP_USER": "", "BRIEFING_SMTP_PASSWORD": ""}


@pytest.fixture
def plain_server():
    """An SMTP server that offers neither STARTTLS nor a login."""
    from aiosmtpd.controller import Controller

    inbox, port = Inbox(), free_port()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield inbox, port
    finally:
        controller.stop()


def test_the_password_is_not_sent_without_tls(extraction, tmp_path, smtp_server):
    inbox, port, logins = smtp_server
    folder = written_draft(extraction, tmp_path / "out")
    result = send(folder, port, env=LOGIN)
    assert result.exit_code == 2
    assert result.output == (
        f"[error] 127.0.0.1:{port}: will not send the SMTP password over a connection without "
        "TLS; use --starttls, or --ssl (port 465), or --insecure-auth for a server on a "
        "trusted path\n"
    )
    assert logins == [] and inbox.envelopes == []
    result = send(folder, port, "--insecure-auth", env=LOGIN)  # the user's explicit choice
    assert result.exit_code == 0 and logins == [("desk", SECRET)]


def test_implicit_tls_is_used_on_request_and_a_failed_handshake_is_one_line(
    extraction, tmp_path, smtp_server
):
    inbox, port, logins = smtp_server
    folder = written_draft(extraction, tmp_path / "out")
    result = send(folder, port, "--ssl", env=LOGIN)  # TLS first: the password may go
    assert result.exit_code == 1
    assert result.output.startswith(f"[error] 127.0.0.1:{port}: the TLS handshake failed (")
    assert result.output.count("\n") == 1 and logins == [] and inbox.envelopes == []


def test_ssl_in_the_config_must_be_true_or_false(tmp_path):
    config = tmp_path / "briefing.toml"
    config.write_text("[smtp]\nport = 465\nssl = true\n", encoding="utf-8")
    assert load_config(config).smtp.ssl is True
    config.write_text('[smtp]\nssl = "yes"\n', encoding="utf-8")
    with pytest.raises(SettingsError, match=r"smtp\.ssl must be true or false$"):
        load_config(config)


def test_a_server_without_login_is_not_blamed_on_starttls(extraction, tmp_path, plain_server):
    inbox, port = plain_server
    folder = written_draft(extraction, tmp_path / "out")
    result = send(folder, port, "--insecure-auth", env=LOGIN)
    assert result.exit_code == 1
    assert result.output == (
        f"[error] 127.0.0.1:{port} does not offer a login (no SMTP AUTH); unset "
        "BRIEFING_SMTP_USER and smtp.user to send without one\n"
    )
    assert "STARTTLS" not in result.output and inbox.envelopes == []


@pytest.mark.parametrize(
    "address",
    [
        "minister@example.org <attacker@evil.example>",
        '"minister@example.org" <attacker@evil.example>',
        "attacker@evil.example (minister@example.org)",
        "=?utf-8?q?minister=40example.org?= <attacker@evil.example>",
    ],
)
def test_an_address_that_reads_two_ways_is_refused(extraction, tmp_path, plain_server, address):
    inbox, port = plain_server
    folder = written_draft(extraction, tmp_path / "out")
    args = ["send", str(folder), "--to", address, "--from", "briefs@example.org"]
    args += ["--smtp-host", "127.0.0.1", "--smtp-port", str(port)]
    result = CliRunner().invoke(app, args, env=NO_LOGIN)
    assert result.exit_code == 2, result.output
    assert result.output.startswith(f"[error] --to {address!r} is ")
    assert inbox.envelopes == []


def test_header_and_envelope_name_the_same_mailboxes(extraction, tmp_path, plain_server):
    inbox, port = plain_server
    folder = written_draft(extraction, tmp_path / "out")
    args = ["send", str(folder), "--to", "Desk <desk@example.org>", "--to", "<m@example.org>"]
    args += ["--from", "Briefs <briefs@example.org>", "--smtp-host", "127.0.0.1"]
    result = CliRunner().invoke(app, [*args, "--smtp-port", str(port)], env=NO_LOGIN)
    assert result.exit_code == 0, result.output
    (envelope,) = inbox.envelopes
    arrived = message_from_bytes(envelope.original_content, policy=policy.default)
    assert envelope.rcpt_tos == ["desk@example.org", "m@example.org"]
    assert [a.addr_spec for a in arrived["To"].addresses] == envelope.rcpt_tos
    assert arrived["To"] == "Desk <desk@example.org>, m@example.org"
    assert envelope.mail_from == "briefs@example.org" == arrived["From"].addresses[0].addr_spec


def test_send_mails_only_a_draft_briefing_wrote(extraction, tmp_path, plain_server):
    inbox, port = plain_server
    secret = tmp_path / "id_ed25519"
    secret.write_text("-----BEGIN OPENSSH PRIVATE KEY-----\n", encoding="utf-8")
    mail = tmp_path / "mail" / "brief.eml"
    mail.parent.mkdir()
    mail.write_bytes(b"From: a@example.org\r\nSubject: hi\r\n\r\nnot a brief\r\n")
    pipe = tmp_path / "pipe" / "brief.eml"
    pipe.parent.mkdir()
    os.mkfifo(pipe)  # a reader that opened this would wait for a writer forever
    cases = {
        secret: f"[error] {secret}: not a brief.eml; briefing sends only the draft it wrote",
        mail.parent: f"[error] {mail}: not a draft briefing wrote (no X-Unsent: 1 header)",
        pipe.parent: f"[error] {pipe}: cannot read it (not a regular file)",
    }
    for target, message in cases.items():
        result = send(target, port, env=NO_LOGIN)
        assert result.exit_code == 1, result.output
        assert result.output.startswith(message), result.output
        assert result.output.count("\n") == 1
    assert inbox.envelopes == []
    folder = written_draft(extraction, tmp_path / "out")  # the real draft still goes
    assert send(folder / "brief.eml", port, env=NO_LOGIN).exit_code == 0
    assert len(inbox.envelopes) == 1
