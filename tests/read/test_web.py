"""URLs and feeds fetched from a local HTTP server on 127.0.0.1 (started here, ephemeral port):
redirects, a slow response, a huge body, 404, a content type that is no article, --offline."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing import __version__
from briefing.cli.app import app
from briefing.errors import InputError
from briefing.read import ReadOptions, read_documents
from tests.helpers import DATA

READING = DATA / "reading"
HTML = "text/html; charset=utf-8"


class Site(BaseHTTPRequestHandler):
    """Routes: path -> (status, headers, body). Agents seen are kept for the tests."""

    agents: list[str] = []
    trickled: list[int] = []  # bytes the trickling route got out before the reader hung up
    trickle_done = threading.Event()

    def do_GET(self) -> None:  # noqa: N802 (the name http.server calls)
        Site.agents.append(self.headers.get("User-Agent", ""))
        if self.path == "/slow":
            time.sleep(1.0)
        if self.path.startswith("/hop/"):
            hop = int(self.path.rsplit("/", 1)[1])
            return self._send(302, [("Location", f"/hop/{hop + 1}")], b"")
        if self.path == "/stream-huge":
            return self._stream_huge()
        if self.path == "/trickle":
            return self._trickle()
        status, headers, body = ROUTES.get(self.path, (404, [("Content-Type", HTML)], b"gone"))
        self._send(status, headers, body)

    def _send(self, status: int, headers: list[tuple[str, str]], body: bytes) -> None:
        self.send_response(status)
        for name, value in headers:
            self.send_header(name, value)
        if not any(name == "Content-Length" for name, _ in headers):
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _stream_huge(self) -> None:
        # No Content-Length: the size cap must hold while reading, not only from the header.
        self.send_response(200)
        self.send_header("Content-Type", HTML)
        self.send_header("Connection", "close")
        self.end_headers()
        try:
            for _ in range(100):
                self.wfile.write(b"<p>" + b"filler words " * 1000 + b"</p>")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the reader stopped at its cap, as it should

    def _trickle(self) -> None:
        # Every byte arrives well within the socket timeout; the whole body never does.
        self.send_response(200)
        self.send_header("Content-Type", HTML)
        self.send_header("Content-Length", "2000")
        self.end_headers()
        sent = 0
        try:
            for _ in range(200):
                self.wfile.write(b"<p>words</p>"[:10])
                self.wfile.flush()
                sent += 10
                time.sleep(0.02)
        except (BrokenPipeError, ConnectionResetError):
            pass
        Site.trickled.append(sent)
        Site.trickle_done.set()

    def log_message(self, *args: object) -> None:
        """Keep the test output clean."""


ROUTES = {
    "/article.html": (200, [("Content-Type", HTML)], (READING / "article.html").read_bytes()),
    "/latin1.html": (200, [("Content-Type", "text/html")], (READING / "latin1.html").read_bytes()),
    "/feed": (200, [("Content-Type", "application/rss+xml")], (READING / "feed.xml").read_bytes()),
    "/moved": (301, [("Location", "/article.html")], b""),
    "/to-file": (302, [("Location", "file:///etc/passwd")], b""),
    "/slow": (200, [("Content-Type", HTML)], (READING / "article.html").read_bytes()),
    "/huge": (200, [("Content-Type", HTML), ("Content-Length", "6000000")], b""),
    "/logo.png": (200, [("Content-Type", "image/png")], b"\x89PNG\r\n\x1a\n"),
    "/sitemap.xml": (200, [("Content-Type", "application/xml")], b"<urlset></urlset>"),
    "/menu.html": (200, [("Content-Type", HTML)], b"<html><nav><a href=/>Home</a></nav></html>"),
}


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hangs up early (timeout, size cap) is what these tests provoke."""


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    with pytest.MonkeyPatch.context() as env:
        # A proxy in the environment must not intercept requests to the local server.
        env.setenv("no_proxy", "127.0.0.1")
        env.setenv("NO_PROXY", "127.0.0.1")
        yield from _serve()


def _serve() -> Iterator[str]:
    server = QuietServer(("127.0.0.1", 0), Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


FAST = ReadOptions(timeout=0.3)


def test_a_page_is_fetched_with_its_metadata_and_our_user_agent(site):
    (document,) = read_documents([f"{site}/article.html"], options=FAST)
    assert document.title == "Lakeland water talks to resume in Geneva after dam dispute"
    assert (document.source, document.author) == ("Alpine Courier", "Lena Hartmann")
    assert (document.published, document.published_at) == (
        "2025-04-08",
        "2025-04-08T09:15:00+02:00",
    )
    assert document.path == f"{site}/article.html"
    assert Site.agents[-1] == f"briefing/{__version__} (+https://pypi.org/project/briefing/)"


def test_a_redirect_is_followed_and_the_final_url_kept(site):
    (document,) = read_documents([f"{site}/moved"], options=FAST)
    assert document.url == f"{site}/article.html"
    assert document.text.startswith("Lakeland water talks")


def test_a_pdf_url_is_read_as_a_pdf_by_its_content_type_or_its_first_bytes(site):
    from tests.read.office_files import make_pdf

    data = make_pdf("Harbour levy statement", ["The board said the levy would rise in May."] * 40)
    ROUTES["/statement"] = (200, [("Content-Type", "application/pdf")], data)
    ROUTES["/untyped"] = (200, [], data)
    for route in ("/statement", "/untyped"):
        (document,) = read_documents([f"{site}{route}"], options=FAST)
        assert (document.title, document.url) == ("Harbour levy statement", f"{site}{route}")
        assert document.text.startswith("Harbour levy statement\n\nThe board said the levy")


def test_a_page_without_charset_header_uses_its_meta_charset(site):
    (document,) = read_documents([f"{site}/latin1.html"], options=FAST)
    assert "Councillor Renée Fässler said" in document.text
    assert "“We will not dig up the terraces" in document.text


def test_a_feed_url_gives_one_article_per_entry(site):
    documents = read_documents([f"{site}/feed"], options=ReadOptions(timeout=0.3, limit=2))
    assert [d.title for d in documents] == [
        "Glacier monitoring network gets new funding",
        "Lakeland water talks to resume in Geneva after dam dispute",
    ]
    assert documents[1].url == "https://alpine-courier.example/2025/04/08/lakeland-water-talks"


@pytest.mark.parametrize(
    ("route", "options", "message"),
    [
        ("/hop/0", ReadOptions(timeout=2, max_redirects=3), "too many redirects (more than 3)"),
        ("/to-file", FAST, "redirects to file:///etc/passwd, which is not http(s)"),
        ("/slow", ReadOptions(timeout=0.2), "timed out after 0.2 s"),
        ("/huge", FAST, "larger than 5 MB; not a news article"),
        (
            "/stream-huge",
            ReadOptions(timeout=2, max_bytes=100_000),
            "larger than 0.1 MB; not a news article",
        ),
        ("/missing", FAST, "HTTP 404 Not Found"),
        ("/logo.png", FAST, "not an article (content type image/png)"),
        ("/sitemap.xml", FAST, "not an article (an XML document that is not a feed)"),
        ("/menu.html", FAST, "not an article (no article text found in the page)"),
    ],
)
def test_a_bad_url_is_a_one_line_error_naming_it(site, route, options, message):
    with pytest.raises(InputError) as info:
        read_documents([site + route], options=options)
    assert str(info.value) == f"{site}{route}: {message}"


def test_a_trickling_body_is_cut_off_at_the_deadline(site):
    with pytest.raises(InputError) as info:
        read_documents([f"{site}/trickle"], options=ReadOptions(timeout=0.2))
    assert str(info.value) == f"{site}/trickle: timed out after 0.2 s"
    assert Site.trickle_done.wait(10)
    assert Site.trickled[-1] < 2000  # the reader hung up; it did not wait for the whole body


def test_a_refused_connection_names_the_url():
    with pytest.raises(InputError, match=r"^http://127\.0\.0\.1:9/a: cannot fetch \("):
        read_documents(["http://127.0.0.1:9/a"], options=FAST)


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://example.org/a.html", "only http:// and https:// URLs can be read"),
        ("file:///etc/passwd", "only http:// and https:// URLs can be read"),
        ("https://example.org/a.html", "not fetched: --offline forbids network access"),
    ],
)
def test_offline_and_other_schemes_never_touch_the_network(url, message):
    with pytest.raises(InputError) as info:
        read_documents([url], options=ReadOptions(offline=True))
    assert str(info.value) == f"{url}: {message}"


runner = CliRunner()


def test_cli_offline_refuses_a_url_in_one_line(tmp_path):
    result = runner.invoke(
        app, ["build", "https://example.org/a", "--offline", "-o", str(tmp_path)]
    )
    assert result.exit_code == 1
    assert result.output == (
        "[error] https://example.org/a: not fetched: --offline forbids network access\n"
    )
    assert not list(tmp_path.iterdir())


def test_cli_without_keep_going_writes_nothing(site, tmp_path):
    args = [
        "build",
        str(READING / "article.txt"),
        f"{site}/missing",
        "-f",
        "md",
        "-o",
        str(tmp_path),
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    assert result.output == f"[error] {site}/missing: HTTP 404 Not Found\n"
    assert not list(tmp_path.iterdir())


def test_cli_keep_going_skips_the_bad_url_and_says_so_last(site, tmp_path):
    args = [str(READING / "article.txt"), f"{site}/missing", f"{site}/logo.png"]
    result = runner.invoke(app, ["build", *args, "--keep-going", "-f", "md", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        f"wrote {tmp_path / 'brief.md'}",
        f"[skipped] {site}/missing: HTTP 404 Not Found",
        f"[skipped] {site}/logo.png: not an article (content type image/png)",
    ]
    assert "Clara Voss" in (tmp_path / "brief.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["build", "extract"])
def test_help_explains_the_reading_options(command):
    result = runner.invoke(app, [command, "--help"])
    text = " ".join(result.output.replace("│", " ").split())
    for option, words in (
        ("--offline", "Never use the network: a URL among the articles is an error."),
        ("--since", "read only entries published on or after this date (YYYY-MM-DD)"),
        ("--limit", "read at most this many entries (the newest)."),
        ("--keep-going", "list it at the end, instead of stopping with nothing written."),
        ("articles", "JSON exports (.json/.jsonl), PDF (.pdf), Word (.docx) and e-mail (.eml)"),
    ):
        assert option in text and words in text, words


@pytest.mark.parametrize(
    ("option", "message"),
    [
        (["--since", "April"], "[error] --since 'April' is not a date; write it as YYYY-MM-DD\n"),
        (["--limit", "0"], "[error] --limit 0: give a number of entries, 1 or more\n"),
    ],
)
def test_cli_rejects_bad_reading_options(option, message):
    result = runner.invoke(app, ["extract", str(READING / "feed.xml"), *option])
    assert (result.exit_code, result.output) == (2, message)


def test_cli_extract_feed_with_since_and_limit_prints_the_chosen_entries():
    args = ["extract", str(READING / "feed.xml"), "--since", "2025-04-01", "--limit", "1"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    documents = json.loads(result.stdout)["documents"]
    assert [(d["title"], d["author"], d["published_at"]) for d in documents] == [
        (
            "Glacier monitoring network gets new funding",
            "Marco Bellini",
            "2025-04-09T16:30:00+02:00",
        )
    ]


def test_the_cli_timeout_reaches_the_reader(site: str, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from briefing.cli.app import app

    runner = CliRunner()
    slow = runner.invoke(app, ["extract", f"{site}/slow", "--timeout", "0.2"])
    assert slow.exit_code == 1
    assert "timed out after 0.2 s" in slow.output
    patient = runner.invoke(app, ["extract", f"{site}/slow", "--timeout", "5"])
    assert patient.exit_code == 0, patient.output
    refused = runner.invoke(app, ["extract", f"{site}/slow", "--timeout", "0"])
    assert refused.exit_code == 2
    assert refused.output.strip() == "[error] --timeout 0: give seconds between 0 and 600"
