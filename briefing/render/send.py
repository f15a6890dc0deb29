"""``briefing send``: deliver a built brief.eml over SMTP.

The message is the one ``--format eml`` wrote, so what is sent is exactly what a person could
open and check first. Sending addresses it (From, To), drops ``X-Unsent`` (it is no longer a
draft) and hands it to the server. Credentials come only from the environment
(BRIEFING_SMTP_USER, BRIEFING_SMTP_PASSWORD) or the config file, and no message names them.
"""

from __future__ import annotations

import os
import smtplib
import ssl
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

from briefing.errors import DeliveryError, SettingsError
from briefing.settings.house import SmtpSettings, check_address, mailbox

USER_ENV = "BRIEFING_SMTP_USER"
PASSWORD_ENV = "BRIEFING_SMTP_PASSWORD"


@dataclass(frozen=True)
class Delivery:
    """What was sent, for the one line the command prints."""

    sender: str
    recipients: tuple[str, ...]
    server: str


def credentials(
    smtp: SmtpSettings, environ: Mapping[str, str] = os.environ
) -> tuple[str, str] | None:
    """(user, password) from the environment, else the config file; None to send without."""
    user = environ.get(USER_ENV) or smtp.user
    password = environ.get(PASSWORD_ENV) or smtp.password
    if user and not password:
        raise SettingsError(f"an SMTP user is set but no password: set {PASSWORD_ENV}")
    # smtplib sends the login as ASCII and fails with a traceback on anything else; say so
    # before connecting, without ever printing the value.
    for what, value in (("user", user), ("password", password)):
        if value and not value.isascii():
            raise SettingsError(
                f"the SMTP {what} has characters outside ASCII, which SMTP login (Python's "
                f"smtplib) cannot send; use an ASCII {what} (many servers offer app passwords)"
            )
    return (user, password) if user and password else None


# A draft is the text, the HTML and the PDF: well under this. Read no more of any file.
MAX_DRAFT_BYTES = 20_000_000
DRAFT_NAME = "brief.eml"
DRAFT_ID_DOMAIN = "@briefing.invalid>"  # the Message-ID domain render/email.py writes


def load_message(brief_dir: Path) -> EmailMessage:
    """BRIEF_DIR/brief.eml as written by ``briefing build --format eml``, and nothing else.

    ``send`` mails what it is given to people outside, so a slip of the shell (``briefing
    send ~/.ssh/id_ed25519``, a folder of other mail) must not become a message: the file
    must be named brief.eml, be a regular file (through briefing's own link into the
    folder's generations), be of a draft's size, and be a draft briefing wrote: ``X-Unsent``,
    a Message-ID of briefing's, text and HTML alternatives and brief.pdf attached.
    """
    path = brief_dir / DRAFT_NAME if brief_dir.is_dir() else brief_dir
    how = "write it with 'briefing build ... --format eml'"
    if path.name != DRAFT_NAME:
        raise DeliveryError(
            f"{path}: not a brief.eml; briefing sends only the draft it wrote ({how})"
        )
    try:
        data = _read_regular(path, MAX_DRAFT_BYTES)
    except FileNotFoundError:
        raise DeliveryError(f"{path}: no such message; {how}") from None
    except OSError as exc:
        raise DeliveryError(f"{path}: cannot read it ({exc.strerror or exc}); {how}") from None
    message = message_from_bytes(data, policy=policy.default)
    problem = _not_a_draft(message)  # type: ignore[arg-type]
    if problem:
        raise DeliveryError(f"{path}: not a draft briefing wrote ({problem}); {how}")
    return message  # type: ignore[return-value]


def _read_regular(path: Path, limit: int) -> bytes:
    """At most ``limit`` bytes of a regular file; a pipe, device or folder is an OSError,
    a larger file too (checked before reading, and again by reading one byte more)."""
    import errno
    import stat

    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        data = file.read(limit + 1)
    if info.st_size > limit or len(data) > limit:
        raise OSError(errno.EFBIG, f"larger than {limit // 1_000_000} MB, which no brief is")
    return data


def _not_a_draft(message: EmailMessage) -> str | None:
    """Why ``message`` is not a draft render/email.py built, or None when it is one."""
    if str(message.get("X-Unsent", "")).strip() != "1":
        return "no X-Unsent: 1 header"
    if not str(message.get("Message-ID", "")).strip().endswith(DRAFT_ID_DOMAIN):
        return "not briefing's Message-ID"
    if message.get_content_type() != "multipart/mixed":
        return f"a {message.get_content_type()} message, not text, HTML and a PDF"
    if message.get_body(("plain",)) is None or message.get_body(("html",)) is None:
        return "no text and HTML parts"
    attachments = [
        (part.get_content_type(), part.get_filename()) for part in message.iter_attachments()
    ]
    if attachments != [("application/pdf", "brief.pdf")]:
        return "brief.pdf is not its one attachment"
    return None


def send_brief(
    brief_dir: Path,
    recipients: Sequence[str],
    smtp: SmtpSettings,
    sender: str | None = None,
    environ: Mapping[str, str] = os.environ,
    *,
    insecure_auth: bool = False,
) -> Delivery:
    """Address the brief and deliver it; every failure is one DeliveryError line.

    The password never crosses the network in clear: a login needs TLS (STARTTLS, or
    implicit TLS on port 465 / ``ssl = true``) unless ``insecure_auth`` says the user knows
    the path is private (a relay on localhost)."""
    if not recipients:
        raise SettingsError("--to: give at least one address")
    to = tuple(check_address(r, "--to") for r in recipients)
    message = load_message(brief_dir)
    from_ = check_address(sender or smtp.sender or str(message["From"] or ""), "--from")
    for header in ("To", "From", "X-Unsent", "Bcc"):
        del message[header]
    # Header and envelope come from the same parsed addresses, so they cannot disagree.
    message["From"] = from_
    message["To"] = ", ".join(to)
    envelope_to = [mailbox(address) for address in to]
    login = credentials(smtp, environ)
    implicit_tls = smtp.ssl if smtp.ssl is not None else smtp.port == IMPLICIT_TLS_PORT
    server = f"{smtp.host}:{smtp.port}"
    if login and not (implicit_tls or smtp.starttls or insecure_auth):
        raise SettingsError(
            f"{server}: will not send the SMTP password over a connection without TLS; "
            "use --starttls, or --ssl (port 465), or --insecure-auth for a server on a "
            "trusted path"
        )
    context = ssl.create_default_context()
    try:
        client = (
            smtplib.SMTP_SSL(smtp.host, smtp.port, timeout=30, context=context)
            if implicit_tls
            else smtplib.SMTP(smtp.host, smtp.port, timeout=30)
        )
        with client:
            if smtp.starttls and not implicit_tls:
                _starttls(client, server, context)
            if login:
                _login(client, server, login)
            client.send_message(message, from_addr=mailbox(from_), to_addrs=envelope_to)
    except smtplib.SMTPAuthenticationError as exc:
        raise DeliveryError(f"{server} refused the login ({exc.smtp_code})") from None
    except smtplib.SMTPNotSupportedError as exc:
        raise DeliveryError(f"{server} cannot take this message ({_short(exc)})") from None
    except smtplib.SMTPException as exc:
        raise DeliveryError(f"{server} refused the message ({_short(exc)})") from None
    except ssl.SSLError as exc:
        raise DeliveryError(f"{server}: the TLS handshake failed ({exc.reason or exc})") from None
    except OSError as exc:
        raise DeliveryError(f"cannot reach {server} ({exc.strerror or exc})") from None
    return Delivery(from_, to, server)


IMPLICIT_TLS_PORT = 465  # SMTPS (RFC 8314): TLS from the first byte


def _starttls(client: smtplib.SMTP, server: str, context: ssl.SSLContext) -> None:
    """STARTTLS, where only its own absence is reported as 'does not offer STARTTLS'."""
    try:
        client.starttls(context=context)
    except smtplib.SMTPNotSupportedError:
        raise DeliveryError(
            f"{server} does not offer STARTTLS; drop --starttls, or use --ssl if it speaks "
            "TLS from the start (port 465)"
        ) from None


def _login(client: smtplib.SMTP, server: str, login: tuple[str, str]) -> None:
    try:
        client.login(*login)
    except smtplib.SMTPNotSupportedError:
        raise DeliveryError(
            f"{server} does not offer a login (no SMTP AUTH); unset BRIEFING_SMTP_USER and "
            "smtp.user to send without one"
        ) from None


def _short(exc: Exception) -> str:
    return " ".join(str(exc).split())[:200]
