"""brief.eml and ``briefing send``: the draft's structure and headers, mail-safe HTML, and a
real delivery to a local SMTP server (aiosmtpd on 127.0.0.1), checked as it arrived."""

from __future__ import annotations

import socket
from dataclasses import replace
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.brief import HouseStyle
from briefing.cli.app import app
from briefing.render.email import GMAIL_CLIP_BYTES, build_message, message_bytes
from briefing.render.write import write_outputs
from briefing.select import BriefOptions, select_for_brief
from briefing.settings.audience import load_audience
from tests.helpers import EXAMPLES

HOSTILE = '<script>alert(1)</script> <img src="http://tracker.example/x.png"> {{ 7*7 }}'
PDF = b"%PDF-1.7\n% a stand-in: the real PDF is tested in test_render\n%%EOF\n"
SECRET = "s3cret-Passw0rd"
ANALYST = load_audience("analyst")


def hostile_context(extraction, **options):
    quote = replace(extraction.quotes[0], text=HOSTILE)
    hostile = replace(extraction, quotes=(quote,))
    title = "Levy talks\r\nBcc: victim@example.org"
    return select_for_brief(hostile, ANALYST, BriefOptions(title=title, **options))


def parsed(data: bytes):
    return message_from_bytes(data, policy=policy.default)


def structure(message) -> list[str]:
    return [part.get_content_type() for part in message.walk()]


def test_draft_is_text_and_html_alternatives_with_the_pdf_attached(extraction):
    message = parsed(
        message_bytes(build_message(hostile_context(extraction), PDF, audience=ANALYST))
    )
    assert structure(message) == [
        "multipart/mixed",
        "multipart/alternative",
        "text/plain",
        "text/html",
        "application/pdf",
    ]
    assert message["Subject"] == "Levy talks Bcc: victim@example.org"
    assert message["Bcc"] is None
    assert message["X-Unsent"] == "1"
    (attachment,) = message.iter_attachments()
    assert attachment.get_filename() == "brief.pdf"
    assert attachment.get_content() == PDF


def test_html_part_is_inlined_escaped_and_self_contained(extraction):
    message = parsed(
        message_bytes(build_message(hostile_context(extraction), PDF, audience=ANALYST))
    )
    html = message.get_body(("html",)).get_content()
    assert "<style" not in html and "<link" not in html
    assert 'style="' in html and "<table" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>" not in html
    assert "&lt;img src=" in html and '<img src="http' not in html  # the article's words, as text
    assert len(html.encode("utf-8")) < GMAIL_CLIP_BYTES
    text = message.get_body(("plain",)).get_content()
    assert HOSTILE in text  # plain text shows the words as written: nothing interprets them


def test_logo_travels_as_a_related_part(extraction):
    png = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="
    house = HouseStyle(logo=f"data:image/png;base64,{png}", organisation="Board")
    context = select_for_brief(extraction, ANALYST, BriefOptions(house=house))
    message = parsed(message_bytes(build_message(context, PDF, audience=ANALYST)))
    assert "multipart/related" in structure(message)
    logo = next(p for p in message.walk() if p.get_content_type() == "image/png")
    assert logo["Content-ID"] == "<logo>"
    assert 'src="cid:logo"' in message.get_body(("html",)).get_content()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Inbox:
    """An aiosmtpd handler that keeps what arrives."""

    def __init__(self) -> None:
        self.envelopes: list = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's name
        self.envelopes.append(envelope)
        return "250 OK"


@pytest.fixture
def smtp_server():
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    logins: list[tuple[str, str]] = []

    def authenticator(server, session, envelope, mechanism, auth_data):  # noqa: ANN001
        logins.append((auth_data.login.decode(), auth_data.password.decode()))
        return AuthResult(success=auth_data.password.decode() == SECRET, handled=False)

    inbox = Inbox()
    port = free_port()
    controller = Controller(
        inbox,
        hostname="127.0.0.1",
        port=port,
        authenticator=authenticator,
        auth_require_tls=False,
    )
    controller.start()
    try:
        yield inbox, port, logins
    finally:
        controller.stop()


def written_draft(extraction, folder: Path) -> Path:
    data = message_bytes(build_message(hostile_context(extraction), PDF, audience=ANALYST))
    write_outputs(folder, {"brief.eml": data})
    return folder


def send(folder: Path, port: int, *extra: str, env: dict | None = None):
    args = ["send", str(folder), "--to", "minister@example.org", "--to", "desk@example.org"]
    args += ["--from", "briefs@example.org", "--smtp-host", "127.0.0.1"]
    return CliRunner().invoke(app, [*args, "--smtp-port", str(port), *extra], env=env)


def test_send_delivers_the_draft_as_built(extraction, tmp_path, smtp_server):
    inbox, port, _ = smtp_server
    folder = written_draft(extraction, tmp_path / "out")
    result = send(folder, port, env={"BRIEFING_SMTP_USER": "", "BRIEFING_SMTP_PASSWORD": ""})
    assert result.exit_code == 0, result.output
    assert result.output == (
        f"sent {folder} to minister@example.org, desk@example.org via 127.0.0.1:{port}\n"
    )
    (envelope,) = inbox.envelopes
    assert envelope.mail_from == "briefs@example.org"
    assert envelope.rcpt_tos == ["minister@example.org", "desk@example.org"]
    arrived = parsed(envelope.original_content)
    assert structure(arrived)[:4] == [
        "multipart/mixed",
        "multipart/alternative",
        "text/plain",
        "text/html",
    ]
    assert arrived["To"] == "minister@example.org, desk@example.org"
    assert arrived["From"] == "briefs@example.org"
    assert arrived["X-Unsent"] is None and arrived["Bcc"] is None
    assert arrived["Subject"] == "Levy talks Bcc: victim@example.org"
    (attachment,) = arrived.iter_attachments()
    assert attachment.get_content() == PDF
    html = arrived.get_body(("html",)).get_content()
    assert "&lt;script&gt;" in html and "<script>" not in html


def test_credentials_come_from_the_environment_and_are_never_echoed(
    extraction, tmp_path, smtp_server
):
    inbox, port, logins = smtp_server
    folder = written_draft(extraction, tmp_path / "out")
    env = {"BRIEFING_SMTP_USER": "desk", "BRIEFING_SMTP_PASSWORD": SECRET}
    result = send(folder, port, "--config", str(tmp_path / "none.toml"), env=env)
    assert result.exit_code == 2 and "--config" in result.output  # a missing config is an error
    result = send(folder, port, "--insecure-auth", env=env)  # the test server has no TLS
    assert result.exit_code == 0, result.output
    assert logins == [("desk", SECRET)] and len(inbox.envelopes) == 1
    wrong = {**env, "BRIEFING_SMTP_PASSWORD": "wrong-" + SECRET}
    result = send(folder, port, "--no-starttls", "--insecure-auth", env=wrong)
    assert result.exit_code == 1
    assert result.output == f"[error] 127.0.0.1:{port} refused the login (535)\n"
    assert SECRET not in result.output


def test_starttls_against_a_server_without_it_is_one_line(extraction, tmp_path, smtp_server):
    inbox, port, _ = smtp_server
    folder = written_draft(extraction, tmp_path / "out")
    result = send(folder, port, "--starttls")
    assert result.exit_code == 1
    assert result.output == (
        f"[error] 127.0.0.1:{port} does not offer STARTTLS; drop --starttls, or use --ssl if "
        "it speaks TLS from the start (port 465)\n"
    )
    assert inbox.envelopes == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--to", "not-an-address"), "[error] --to 'not-an-address' is not an email address"),
        (("--to", "a@example.org\r\nBcc: b@example.org"), "is not an email address"),
    ],
)
def test_send_refuses_bad_addresses(extraction, tmp_path, args, message):
    folder = written_draft(extraction, tmp_path / "out")
    result = CliRunner().invoke(app, ["send", str(folder), *args, "--smtp-port", "9"])
    assert result.exit_code == 2
    assert result.output.startswith("[error] --to ") and message in result.output


def test_send_without_a_draft_says_how_to_make_one(tmp_path):
    result = CliRunner().invoke(app, ["send", str(tmp_path), "--to", "a@example.org"])
    assert result.exit_code == 1
    assert "--format eml" in result.output and result.output.startswith("[error] ")


def test_build_writes_the_eml_with_the_one_page_pdf(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["build", *EXAMPLES, "-o", str(out), "-f", "pdf,eml", "--audience", "minister"]
    )
    assert result.exit_code == 0, result.output
    message = parsed((out / "brief.eml").read_bytes())
    (attachment,) = message.iter_attachments()
    assert attachment.get_content() == (out / "brief.pdf").read_bytes()
    assert message["Subject"].startswith("Baltic fishing quota talks stall")
    assert "Being asked or decided".upper() in message.get_body(("plain",)).get_content().upper()


def test_a_teams_email_template_cannot_pull_remote_resources(extraction, tmp_path):
    (tmp_path / "email.html.j2").write_text(
        '{% extends "default:email.html.j2" %}{% block footer %}<tr><td>'
        '<img src="https://tracker.example/p.gif"><link rel="stylesheet" href="https://x.example/y.css">'
        '<p style="background: url(http://x.example/bg.png)">House footer</p></td></tr>{% endblock %}',
        encoding="utf-8",
    )
    context = select_for_brief(extraction, ANALYST)
    message = build_message(context, PDF, tmp_path, audience=ANALYST)
    html = parsed(message_bytes(message)).get_body(("html",))
    html = html.get_content()
    assert "House footer" in html
    assert "tracker.example" not in html.replace("blocked://tracker.example", "")
    assert "https:" not in html and "http:" not in html and "<link" not in html


def test_render_from_edited_json_as_a_press_email(tmp_path):
    runner = CliRunner()
    assert runner.invoke(app, ["extract", *EXAMPLES, "-o", str(tmp_path / "b.json")]).exit_code == 0
    out = tmp_path / "out"
    args = ["render", str(tmp_path / "b.json"), "-o", str(out), "-f", "eml", "--audience", "press"]
    result = runner.invoke(app, [*args, "--marking", "OFFICIAL", "--title", "Cod talks"])
    assert result.exit_code == 0, result.output
    assert not (out / "brief.pdf").exists()  # only what was asked for
    message = parsed((out / "brief.eml").read_bytes())
    assert message["Subject"] == "Cod talks"
    text = message.get_body(("plain",)).get_content()
    assert text.splitlines()[0] == "OFFICIAL" and "LINES TO TAKE" in text
    (attachment,) = message.iter_attachments()
    assert attachment.get_content().startswith(b"%PDF")
