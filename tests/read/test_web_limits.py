"""A URL's --timeout is one deadline whatever the server trickles, and a redirect cannot lead
the reader to a private or local address (issue 18, items 10 and 11). Local servers on
127.0.0.1, started here on ephemeral ports."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from typer.testing import CliRunner

from briefing.cli.app import app
from briefing.errors import InputError
from briefing.read import ReadOptions, read_documents
from briefing.read.web import _public
from tests.helpers import DATA

ARTICLE = (DATA / "reading" / "article.html").read_bytes()
PAD = 100  # header bytes the trickling route sends, one at a time


class Site(BaseHTTPRequestHandler):
    other_port = 0  # the second server's, for redirects to another port
    sent: list[int] = []
    done = threading.Event()

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        if self.path == "/trickle-headers":
            return self._trickle_headers()
        if self.path.startswith("/to/"):
            target = self.path[len("/to/") :].replace("PORT", str(Site.other_port))
            return self._send(302, [("Location", target)], b"")
        if self.path == "/article.html":
            return self._send(200, [("Content-Type", "text/html; charset=utf-8")], ARTICLE)
        self._send(404, [], b"gone")

    def _send(self, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _trickle_headers(self) -> None:
        # Each byte well within any socket timeout; the headers never end in time.
        sent = 0
        try:
            self.wfile.write(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nX-Pad: ")
            for _ in range(PAD):
                self.wfile.write(b"a")
                self.wfile.flush()
                sent += 1
                time.sleep(0.05)
        except (BrokenPipeError, ConnectionResetError):
            pass
        Site.sent.append(sent)
        Site.done.set()

    def log_message(self, *args: object) -> None:
        """Keep the test output clean."""


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hangs up early is what these tests provoke."""


@pytest.fixture(scope="module")
def sites() -> Iterator[tuple[str, int]]:
    servers = [QuietServer(("127.0.0.1", 0), Site) for _ in range(2)]
    for server in servers:
        threading.Thread(target=server.serve_forever, daemon=True).start()
    Site.other_port = servers[1].server_address[1]
    with pytest.MonkeyPatch.context() as env:
        env.setenv("no_proxy", "127.0.0.1,localhost")
        env.setenv("NO_PROXY", "127.0.0.1,localhost")
        yield f"http://127.0.0.1:{servers[0].server_address[1]}", Site.other_port
    for server in servers:
        server.shutdown()
        server.server_close()


def test_trickled_headers_cannot_stretch_the_timeout(sites):
    site, _ = sites
    with pytest.raises(InputError) as info:
        read_documents([f"{site}/trickle-headers"], options=ReadOptions(timeout=0.3))
    assert str(info.value) == f"{site}/trickle-headers: timed out after 0.3 s"
    assert Site.done.wait(10)
    assert Site.sent[-1] < PAD  # the reader hung up at its deadline, not after the headers


@pytest.mark.parametrize(
    ("target", "shown"),
    [
        ("http://127.0.0.1:PORT/article.html", "127.0.0.1 (127.0.0.1)"),
        ("http://localhost:PORT/article.html", "localhost ("),  # the name's address is checked
        ("http://[::ffff:127.0.0.1]:PORT/article.html", "::ffff:127.0.0.1 (::ffff:127.0.0.1)"),
        ("http://0.0.0.0:PORT/article.html", "0.0.0.0 (0.0.0.0)"),
    ],
)
def test_a_redirect_to_a_local_address_is_refused(sites, target, shown):
    site, _ = sites
    url = f"{site}/to/{target}"
    with pytest.raises(InputError) as info:
        read_documents([url], options=ReadOptions(timeout=2))
    message = str(info.value)
    assert message.startswith(f"{url}: redirects to {shown}")
    assert message.endswith(", a private or local address; give --allow-private to follow it")


def test_allow_private_follows_it_and_the_typed_url_is_always_fetched(sites):
    site, port = sites
    url = f"{site}/to/http://127.0.0.1:PORT/article.html"
    (document,) = read_documents([url], options=ReadOptions(timeout=2, allow_private=True))
    assert document.url == f"http://127.0.0.1:{port}/article.html"
    # the URL the user typed may be local: the user chose it
    (typed,) = read_documents([f"http://127.0.0.1:{port}/article.html"], options=ReadOptions())
    assert typed.title == document.title


def test_allow_private_is_a_command_line_option(sites, tmp_path):
    site, _ = sites
    url = f"{site}/to/http://127.0.0.1:PORT/article.html"
    out = tmp_path / "x.json"
    refused = CliRunner().invoke(app, ["extract", url, "-o", str(out)])
    assert refused.exit_code == 1 and "give --allow-private" in refused.output
    allowed = CliRunner().invoke(app, ["extract", url, "-o", str(out), "--allow-private"])
    assert allowed.exit_code == 0, allowed.output


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.215.14", True),
        ("2606:2800:21f:cb07:6820:80da:af6b:8b2c", True),
        ("10.1.2.3", False),
        ("172.16.0.1", False),
        ("192.168.1.1", False),
        ("127.0.0.1", False),
        ("169.254.169.254", False),  # cloud metadata
        ("100.64.0.1", False),  # carrier-grade NAT
        ("224.0.0.1", False),
        ("240.0.0.1", False),
        ("0.0.0.0", False),
        ("::1", False),
        ("::", False),
        ("fe80::1%eth0", False),
        ("fc00::1", False),
        ("ff02::1", False),
        ("::ffff:127.0.0.1", False),
        ("::ffff:10.0.0.1", False),
        ("::ffff:93.184.215.14", True),
    ],
)
def test_public_addresses_are_told_from_the_others(address, public):
    assert _public(address) is public
