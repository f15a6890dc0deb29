"""Fetch an http(s) URL politely and safely: one page, bounded in time, size and redirects.

Only http and https are fetched (a redirect to ``file:`` or ``ftp:`` is refused), the
User-Agent names briefing and its version so a site's logs say who asked, and the body is
read in chunks against one deadline, so a server that trickles bytes cannot hold the brief
hostage. ``--offline`` refuses every URL before any socket is opened.

Time: ``--timeout`` is one deadline for the whole URL, redirects included. A socket timeout
alone bounds only each wait, so a server sending a byte just within it, again and again (its
headers or its body), could stretch a 10 s timeout without end; a watchdog shuts the
sockets down when the deadline passes, whatever the fetch is waiting on.

Where: a redirect may lead only to a public address. After a redirect, the host is resolved
and every address it resolves to is checked, not its name (a public-looking name can resolve
to 127.0.0.1); a private, loopback, link-local, multicast, reserved or unspecified address
(IPv4 or IPv6, IPv4-mapped included) is refused unless ``--allow-private`` is given, and the
connection goes to the address that was checked. The URL the user typed is fetched wherever
it points, because the user chose it (an intranet page, a local test server), and so are
redirects that stay on its scheme, host and port (``/a`` to ``/a/`` on that intranet page).
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import threading
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


class _Guard:
    """One URL's fetch: its deadline, and where its connections may go (see the module
    docstring). Every socket it opens is kept, so the watchdog can shut it down."""

    def __init__(self, url: str, options: ReadOptions) -> None:
        self.origin = _origin(url)
        self.allow_private = options.allow_private
        self.deadline = time.monotonic() + options.timeout
        self.redirected = False
        self.expired = False
        self.sockets: list[socket.socket] = []
        self.lock = threading.Lock()
        self.timer = threading.Timer(options.timeout, self.expire)
        self.timer.daemon = True

    def expire(self) -> None:
        """The deadline passed: end every wait of the fetch now."""
        with self.lock:
            self.expired = True
            for sock in self.sockets:
                with contextlib.suppress(OSError):  # not connected yet, or already closed
                    sock.shutdown(socket.SHUT_RDWR)

    def remaining(self) -> float:
        left = self.deadline - time.monotonic()
        if left <= 0 or self.expired:
            raise TimeoutError
        return left

    def connection(self, cls: type[http.client.HTTPConnection], request: urllib.request.Request):  # type: ignore[no-untyped-def]
        """A connection class for urllib's ``do_open`` whose sockets go through ``connect``.
        Through a proxy, the proxy chooses where to connect, and only it can be checked."""
        proxied = request.has_proxy() or bool(getattr(request, "_tunnel_host", None))
        check = (
            self.redirected
            and not self.allow_private
            and not proxied
            and _origin(request.full_url) != self.origin
        )

        def make(host: str, **kwargs: object) -> http.client.HTTPConnection:
            connection = cls(host, **kwargs)  # type: ignore[arg-type]
            connection._create_connection = (  # type: ignore[attr-defined]
                lambda address, timeout=None, source=None: self.connect(address, source, check)
            )
            return connection

        return make

    def connect(
        self, address: tuple[str, int], source: tuple[str, int] | None, check: bool
    ) -> socket.socket:
        """A socket to ``address`` (host, port): resolved here, each address checked when
        ``check``, and connected to one of the checked addresses (never resolved twice)."""
        host, port = address
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        if check:
            for *_, sockaddr in infos:
                if not _public(str(sockaddr[0])):
                    raise InputError(
                        f"redirects to {host} ({sockaddr[0]}), a private or local address; "
                        "give --allow-private to follow it"
                    )
        problem: OSError | None = None
        for family, kind, proto, _, sockaddr in infos:
            sock = socket.socket(family, kind, proto)
            with self.lock:
                self.sockets.append(sock)
            try:
                sock.settimeout(self.remaining())
                if source:
                    sock.bind(source)
                sock.connect(sockaddr)
                return sock
            except OSError as error:
                problem = error
                sock.close()
        raise problem or OSError(f"{host} resolves to no address")


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    return scheme, (parts.hostname or ""), parts.port or (443 if scheme == "https" else 80)


def _public(ip: str) -> bool:
    """Whether an address is one of the public internet's (an IPv4-mapped IPv6 address is
    judged as the IPv4 address it maps)."""
    address = ipaddress.ip_address(ip.split("%", 1)[0])
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return address.is_global and not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
    )


class _Handler(urllib.request.HTTPHandler):
    def __init__(self, guard: _Guard) -> None:
        super().__init__()
        self.guard = guard

    def http_open(self, req):  # type: ignore[no-untyped-def]
        return self.do_open(self.guard.connection(http.client.HTTPConnection, req), req)


class _SecureHandler(urllib.request.HTTPSHandler):
    def __init__(self, guard: _Guard) -> None:
        super().__init__()
        self.guard = guard

    def https_open(self, req):  # type: ignore[no-untyped-def]
        return self.do_open(
            self.guard.connection(http.client.HTTPSConnection, req), req, context=self._context
        )


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follow at most ``limit`` redirects, and only to http(s)."""

    def __init__(self, limit: int, guard: _Guard | None = None) -> None:
        self.max_redirections = limit
        self.guard = guard

    def http_error_302(self, req, fp, code, msg, headers):  # type: ignore[no-untyped-def]
        # Checked before urllib's own check, which lets ftp: through.
        target = urljoin(req.full_url, headers.get("Location") or headers.get("URI") or "")
        if urlsplit(target).scheme.lower() not in ("http", "https"):
            fp.close()
            raise InputError(f"{req.full_url}: redirects to {target}, which is not http(s)")
        if self.guard is not None:
            self.guard.redirected = True
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def fetch(url: str, options: ReadOptions) -> Page:
    """GET ``url``; every failure is an InputError that names it, in one line."""
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise InputError(f"{url}: only http:// and https:// URLs can be read")
    if options.offline:
        raise InputError(f"{url}: not fetched: --offline forbids network access")
    guard = _Guard(url, options)
    opener = urllib.request.build_opener(
        _Handler(guard), _SecureHandler(guard), _Redirects(options.max_redirects, guard)
    )
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})
    guard.timer.start()
    try:
        with opener.open(request, timeout=options.timeout) as response:
            kind = _kind(url, response.headers)
            body = _body(url, response, options, guard)
            final = response.geturl()
    except urllib.error.HTTPError as error:
        raise InputError(_http_problem(url, error, options)) from None
    except urllib.error.URLError as error:
        reason = TimeoutError() if guard.expired else error.reason
        raise InputError(_network_problem(url, reason, options)) from None
    except InputError as error:
        if str(error).startswith("redirects to "):
            raise InputError(f"{url}: {error}") from None
        raise
    except (TimeoutError, OSError, http.client.HTTPException, ValueError) as error:
        reason = TimeoutError() if guard.expired else error
        raise InputError(_network_problem(url, reason, options)) from None
    finally:
        guard.timer.cancel()
        guard.expire()  # close what is left open (a redirect's first connection)
    return Page(final, _sniff(kind, body, url), response.headers.get_content_charset(), body)


def _kind(url: str, headers: Message) -> str | None:
    if not headers.get("Content-Type"):
        return None
    content_type = headers.get_content_type()
    if content_type not in KIND_BY_TYPE:
        raise InputError(f"{url}: not an article (content type {content_type})")
    return KIND_BY_TYPE[content_type]


def _body(url: str, response, options: ReadOptions, guard: _Guard) -> bytes:  # type: ignore[no-untyped-def]
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
        guard.remaining()  # past the deadline: TimeoutError
    guard.remaining()  # the watchdog's shutdown also ends the body: not a short page
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
