"""Fetch an http(s) URL politely and safely: one page, bounded in time, size and redirects.

Only http and https are fetched (a redirect to ``file:`` or ``ftp:`` is refused), the
User-Agent names briefing and its version so a site's logs say who asked, and the body is
read in chunks against one deadline, so a server that trickles bytes cannot hold the brief
hostage. ``--offline`` refuses every URL before any socket is opened.
"""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit

from briefing import __version__
from briefing.errors import InputError
from briefing.read.options import ReadOptions

USER_AGENT = f"briefing/{__version__} (+https://pypi.org/project/briefing/)"
ACCEPT = "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, "
ACCEPT += "application/xml;q=0.9, text/plain;q=0.8, application/json;q=0.8, application/pdf;q=0.7"
# What a page is read as, by the media types a server sends it under.
TYPES_BY_KIND = {
    "html": ("text/html", "application/xhtml+xml"),
    "feed": (
        "application/rss+xml",
        "application/atom+xml",
        "application/rdf+xml",
        "application/xml",
        "text/xml",
    ),
    "text": ("text/plain", "text/markdown"),
    "json": ("application/json",),
    "jsonl": ("application/x-ndjson", "application/jsonl"),
    # A statement published as a PDF or Word file, a release as a message (read/sources.py).
    "pdf": ("application/pdf",),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document",),
    "eml": ("message/rfc822",),
}
KIND_BY_TYPE = {media: kind for kind, types in TYPES_BY_KIND.items() for media in types}
CHUNK = 65_536


@dataclass(frozen=True)
class Page:
    """What a URL returned: the final URL (after redirects), its kind, charset and bytes."""

    url: str
    kind: str
    charset: str | None
    body: bytes


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow at most ``limit`` redirects, and only to http(s)."""

    def __init__(self, limit: int) -> None:
        self.max_redirections = limit

    def http_error_302(self, req, fp, code, msg, headers):  # type: ignore[no-untyped-def]
        # Checked before urllib's own check, which lets ftp: through.
        target = urljoin(req.full_url, headers.get("Location") or headers.get("URI") or "")
        if urlsplit(target).scheme.lower() not in ("http", "https"):
            fp.close()
            raise InputError(f"{req.full_url}: redirects to {target}, which is not http(s)")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def fetch(url: str, options: ReadOptions) -> Page:
    """GET ``url``; every failure is an InputError that names it, in one line."""
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise InputError(f"{url}: only http:// and https:// URLs can be read")
    if options.offline:
        raise InputError(f"{url}: not fetched: --offline forbids network access")
    opener = urllib.request.build_opener(_Redirects(options.max_redirects))
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})
    deadline = time.monotonic() + options.timeout
    try:
        with opener.open(request, timeout=options.timeout) as response:
            kind = _kind(url, response.headers)
            body = _body(url, response, options, deadline)
            final = response.geturl()
    except urllib.error.HTTPError as error:
        raise InputError(_http_problem(url, error, options)) from None
    except urllib.error.URLError as error:
        raise InputError(_network_problem(url, error.reason, options)) from None
    except (TimeoutError, OSError, http.client.HTTPException, ValueError) as error:
        raise InputError(_network_problem(url, error, options)) from None
    return Page(final, _sniff(kind, body, url), response.headers.get_content_charset(), body)


def _kind(url: str, headers: Message) -> str | None:
    if not headers.get("Content-Type"):
        return None
    content_type = headers.get_content_type()
    if content_type not in KIND_BY_TYPE:
        raise InputError(f"{url}: not an article (content type {content_type})")
    return KIND_BY_TYPE[content_type]


def _body(url: str, response, options: ReadOptions, deadline: float) -> bytes:  # type: ignore[no-untyped-def]
    limit = options.max_bytes
    too_large = f"{url}: larger than {limit / 1_000_000:g} MB; not a news article"
    length = response.headers.get("Content-Length")
    if length and length.isdigit() and int(length) > limit:
        raise InputError(too_large)
    chunks, size = [], 0
    while chunk := response.read1(CHUNK):  # read1: one recv, so the deadline is checked
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise InputError(too_large)
        if time.monotonic() > deadline:
            raise TimeoutError
    return b"".join(chunks)


def _sniff(kind: str | None, body: bytes, url: str) -> str:
    """Check an XML type is really a feed; guess the kind when no content type was sent."""
    head = body[:2048].lstrip().lower()
    is_feed = any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))
    if kind == "feed" and not is_feed:
        raise InputError(f"{url}: not an article (an XML document that is not a feed)")
    if kind is not None:
        return kind
    if is_feed:
        return "feed"
    if body.startswith(b"%PDF-"):
        return "pdf"
    return "html" if b"<html" in head or b"<!doctype html" in head else "text"


def _http_problem(url: str, error: urllib.error.HTTPError, options: ReadOptions) -> str:
    if 300 <= error.code < 400:
        return f"{url}: too many redirects (more than {options.max_redirects})"
    return f"{url}: HTTP {error.code} {error.reason}"


def _network_problem(url: str, reason: object, options: ReadOptions) -> str:
    if isinstance(reason, TimeoutError) or "timed out" in str(reason):
        return f"{url}: timed out after {options.timeout:g} s"
    if isinstance(reason, InputError):
        return str(reason)
    return f"{url}: cannot fetch ({reason})"
