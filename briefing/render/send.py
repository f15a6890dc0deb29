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
from email.utils import parseaddr
from pathlib import Path

from briefing.errors import DeliveryError, SettingsError
from briefing.settings.house import SmtpSettings, check_address

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


def load_message(brief_dir: Path) -> EmailMessage:
    """BRIEF_DIR/brief.eml as written by ``briefing build --format eml``."""
    path = brief_dir / "brief.eml" if brief_dir.is_dir() else brief_dir
    try:
        data = path.read_bytes()
    except OSError:
        raise DeliveryError(
            f"{path}: no such message; write it with 'briefing build ... --format eml'"
        ) from None
    return message_from_bytes(data, policy=policy.default)  # type: ignore[return-value]


def send_brief(
    brief_dir: Path,
    recipients: Sequence[str],
    smtp: SmtpSettings,
    sender: str | None = None,
    environ: Mapping[str, str] = os.environ,
) -> Delivery:
    """Address the brief and deliver it; every failure is one DeliveryError line."""
    if not recipients:
        raise SettingsError("--to: give at least one address")
    to = tuple(check_address(r, "--to") for r in recipients)
    message = load_message(brief_dir)
    from_ = check_address(sender or smtp.sender or str(message["From"] or ""), "--from")
    for header in ("To", "From", "X-Unsent", "Bcc"):
        del message[header]
    message["From"] = from_
    message["To"] = ", ".join(to)
    login = credentials(smtp, environ)
    server = f"{smtp.host}:{smtp.port}"
    try:
        with smtplib.SMTP(smtp.host, smtp.port, timeout=30) as client:
            if smtp.starttls:
                client.starttls(context=ssl.create_default_context())
            if login:
                client.login(*login)
            client.send_message(message, from_addr=parseaddr(from_)[1], to_addrs=list(to))
    except smtplib.SMTPAuthenticationError as exc:
        raise DeliveryError(f"{server} refused the login ({exc.smtp_code})") from None
    except smtplib.SMTPNotSupportedError:
        raise DeliveryError(f"{server} does not offer STARTTLS; drop --starttls") from None
    except smtplib.SMTPException as exc:
        raise DeliveryError(f"{server} refused the message ({_short(exc)})") from None
    except (OSError, ssl.SSLError) as exc:
        raise DeliveryError(f"cannot reach {server} ({exc.strerror or exc})") from None
    return Delivery(from_, to, server)


def _short(exc: Exception) -> str:
    return " ".join(str(exc).split())[:200]
