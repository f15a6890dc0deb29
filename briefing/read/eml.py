"""E-mailed press releases (.eml) -> Documents: Subject as the headline, Date as published,
From as the source, and the text part (else the HTML part, through the web-page reader).

Why the standard library's ``email`` package with ``policy.default``: it decodes what mail
encodes (MIME parts, base64 and quoted-printable bodies, RFC 2047 headers, charsets) and is
kept with Python. The plain-text part is preferred: it is what the sender wrote, while the
HTML part of a press release carries the mailing tool's template around it. Lines a mail
client wrapped at 72 columns are joined again, paragraphs are kept, and the signature (after
the "-- " line) is left out, since it is the sender's address block and not the release.
"""

from __future__ import annotations

import re
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import parseaddr

from briefing.errors import InputError
from briefing.model import Document
from briefing.read.text import article, first_line, timestamp

_SIGNATURE = re.compile(r"^-- ?$", re.M)
_ENCRYPTED = ("multipart/encrypted", "application/pkcs7-mime", "application/x-pkcs7-mime")


def parse_eml(raw: bytes, *, path: str) -> Document:
    """One e-mail message -> one Document (its text starts with the subject)."""
    if not raw.strip():
        raise InputError(f"{path}: the e-mail is empty")
    if b"\x00" in raw[:4096]:
        raise InputError(f"{path}: looks like a binary file, not an e-mail message")
    message = BytesParser(policy=policy.default).parsebytes(raw)
    if not len(message.keys()):
        raise InputError(f"{path}: not an e-mail message (no headers)")
    if message.get_content_type() in _ENCRYPTED:
        raise InputError(f"{path}: the e-mail is encrypted (S/MIME or PGP); decrypt it first")
    body = _body(message, path)
    subject = " ".join(str(message.get("subject", "")).split())
    title = subject or first_line(body)
    published = timestamp(str(message.get("date", "")))
    return article(path, title, body, published, source=_sender(str(message.get("from", ""))))


def _body(message: EmailMessage, path: str) -> str:
    part = message.get_body(preferencelist=("plain", "html"))
    if part is None:
        raise InputError(f"{path}: the e-mail has no text or HTML part to read")
    try:
        content = part.get_content()
    except (LookupError, ValueError, AssertionError) as exc:
        raise InputError(f"{path}: cannot decode the e-mail's text ({exc})") from None
    if not isinstance(content, str):
        raise InputError(f"{path}: the e-mail has no text or HTML part to read")
    if part.get_content_subtype() == "html":
        text = _html_text(content, path)
    else:
        text = _plain_text(content)
    if not text.strip():
        raise InputError(f"{path}: the e-mail's text is empty")
    return text


def _plain_text(content: str) -> str:
    """Paragraphs (blank-line separated) with the lines a mail client wrapped joined, and
    the signature left out."""
    content = content.replace("\r\n", "\n")
    signature = _SIGNATURE.search(content)
    if signature:
        content = content[: signature.start()]
    paragraphs = (" ".join(block.split()) for block in re.split(r"\n[ \t]*\n", content))
    return "\n\n".join(p for p in paragraphs if p)


def _html_text(content: str, path: str) -> str:
    """The HTML part read as a saved page is (main text, boilerplate pruned)."""
    from briefing.read.html import MIN_WORDS, fallback_text, main_text, page_tree

    tree = page_tree(content, path)
    body = main_text(tree)
    if len(body.split()) < MIN_WORDS:
        body = fallback_text(page_tree(content, path))
    return body


def _sender(value: str) -> str | None:
    """'Ministry Press Office <press@example.org>' -> the name, else the address."""
    name, address = parseaddr(value)
    return " ".join(name.split()) or address or None
