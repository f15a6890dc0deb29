"""Articles the way users hold them: saved pages, feeds, JSON exports, folders, copies.

The pages and feeds under tests/data/reading are written by us with the markup real sites
carry: navigation, ads, related links, comments, JSON-LD, a paywall notice and a page in a
non-UTF-8 charset declared only in its <meta>.
"""

from __future__ import annotations

import datetime as dt

import lxml.html
import pytest

from briefing.errors import InputError
from briefing.model import Document
from briefing.read import ReadOptions, read_documents
from briefing.read.html import fallback_text, parse_page
from tests.helpers import DATA

READING = DATA / "reading"
TXT, HTML, FEED, ATOM = (
    str(READING / n) for n in ("article.txt", "article.html", "feed.xml", "feed.atom")
)
HEADLINE = "Lakeland water talks to resume in Geneva after dam dispute"


def read(*paths: str, **options) -> list[Document]:
    return read_documents(list(paths), options=ReadOptions(**options))


# ------------------------------------------------------------------ saved web pages


def test_saved_page_text_is_the_article_and_nothing_else():
    (page,) = read(HTML)
    (text,) = read(TXT)
    assert page.text == text.text.rstrip("\n")
    for boilerplate in (
        "Advertisement",
        "holiday",
        "Subscribe",
        "Sign in",
        "Read more",
        "riverwatcher",
        "neighbour",
        "cookies",
        "Privacy",
        "Photo:",
        "Share",
    ):
        assert boilerplate not in page.text, boilerplate


def test_saved_page_metadata_prefers_json_ld():
    (page,) = read(HTML)
    assert page.title == HEADLINE
    assert (page.source, page.author) == ("Alpine Courier", "Lena Hartmann")
    # JSON-LD keeps the newsroom's time zone; the meta tag gives the same instant in UTC.
    assert (page.published, page.published_at) == ("2025-04-08", "2025-04-08T09:15:00+02:00")
    assert page.url == "https://alpine-courier.example/2025/04/08/lakeland-water-talks"


def test_meta_charset_page_is_decoded_as_the_page_says():
    (page,) = read(str(READING / "latin1.html"))
    assert page.title == "Zürich café owners win a say on the tram plan"
    assert (page.source, page.author, page.published) == (
        "Lake Zürich Gazette",
        "Sören Käufer",
        "2025-05-14",
    )
    assert "“We will not dig up the terraces in the middle of the season,” Fässler" in page.text
    assert "André Müller" in page.text and "— due on June 2 —" in page.text
    assert "Fondue" not in page.text and "Impressum" not in page.text


@pytest.mark.parametrize(
    ("head", "published", "published_at"),
    [
        (
            '<meta property="article:published_time" content="2025-01-31T23:30:00-05:00">',
            "2025-01-31",
            "2025-01-31T23:30:00-05:00",
        ),
        ('<meta itemprop="datePublished" content="2025-02-01">', "2025-02-01", None),
        (
            '<script type="application/ld+json">[{"@type": "NewsArticle", "datePublished": '
            '"2025-02-03T08:00:00Z"}]</script>',
            "2025-02-03",
            "2025-02-03T08:00:00+00:00",
        ),
        (
            '<script type="application/ld+json">{not json}</script>'
            '<meta name="pubdate" content="2025-02-04">',
            "2025-02-04",
            None,
        ),
        ("", None, None),
    ],
)
def test_publication_stamp_from_json_ld_or_meta(head, published, published_at):
    body = "<p>" + "The council met on Monday and agreed the budget for the coming year. " * 3
    raw = f"<html><head><title>Budget agreed</title>{head}</head><body>{body}</p></body></html>"
    page = parse_page(raw.encode(), path="p.html")
    assert (page.published, page.published_at) == (published, published_at)


def test_fallback_reads_the_article_paragraphs_when_extraction_finds_nothing():
    tree = lxml.html.document_fromstring(
        "<html><body><nav><p>Home World</p></nav><article><h1>Title here</h1>"
        "<p>First paragraph.</p><div class='advert'><p>Buy now</p></div><p>Second one.</p>"
        "</article><footer><p>About</p></footer></body></html>"
    )
    assert fallback_text(tree) == "Title here\n\nFirst paragraph.\n\nSecond one."


def test_a_page_without_article_text_is_not_an_article():
    raw = b"<html><body><nav><a href=/>Home</a> <a href=/world>World</a></nav></body></html>"
    with pytest.raises(InputError, match=r"^menu\.html: not an article \(no article text"):
        parse_page(raw, path="menu.html")


# ------------------------------------------------------------------ feeds


def test_rss_entries_are_articles_with_their_own_time_zone():
    documents = read(FEED)
    assert [(d.id, d.path, d.published, d.published_at) for d in documents] == [
        ("d1", f"{FEED}#1", "2025-04-09", "2025-04-09T16:30:00+02:00"),
        ("d2", f"{FEED}#2", "2025-04-08", "2025-04-08T09:15:00+02:00"),
        # 23:45 in New York is already the 29th in UTC; the article's own date is the 28th.
        ("d3", f"{FEED}#3", "2025-03-28", "2025-03-28T23:45:00-05:00"),
    ]
    assert documents[0].text == (
        "Glacier monitoring network gets new funding\n\n"
        "The regional government agreed on Wednesday to fund twelve new glacier monitoring "
        "stations, Environment Secretary Paula Brandt said.\n\n"
        "“We need to measure what we are losing,” Brandt said in Chur."
    )
    assert (documents[0].source, documents[0].author) == (
        "Alpine Courier – Climate",
        "Marco Bellini",
    )


@pytest.mark.parametrize(
    ("since", "limit", "entries"),
    [
        (None, None, ["#1", "#2", "#3"]),
        ("2025-04-08", None, ["#1", "#2"]),
        ("2025-04-09", None, ["#1"]),
        (None, 2, ["#1", "#2"]),
        ("2025-03-01", 1, ["#1"]),
    ],
)
def test_since_and_limit_choose_feed_entries(since, limit, entries):
    since_date = dt.date.fromisoformat(since) if since else None
    documents = read(FEED, since=since_date, limit=limit)
    assert [d.path.removeprefix(FEED) for d in documents] == entries


def test_since_that_leaves_nothing_names_the_feed():
    with pytest.raises(
        InputError, match=r"feed\.xml: no feed entries with text published since 2025-05-01"
    ):
        read(FEED, since=dt.date(2025, 5, 1))


def test_atom_entry_content_and_summary():
    ferry = read(ATOM)[1]
    assert ferry.text == (
        "Ferry timetable changes for the spring season\n\nThe lake ferry company will add two "
        "evening crossings from April 14, its director Jan Olsen said on Tuesday."
    )
    assert (ferry.source, ferry.published_at) == ("Valley Times", "2025-04-01T06:00:00+00:00")


def test_a_file_that_is_not_a_feed(tmp_path):
    bad = tmp_path / "notes.xml"
    bad.write_text("just some notes, not xml at all", encoding="utf-8")
    with pytest.raises(InputError, match=r"notes\.xml: not an RSS or Atom feed$"):
        read(str(bad))


def test_a_page_piped_to_stdin_is_read_as_a_page():
    import io

    raw = (READING / "article.html").read_bytes()
    (page,) = read_documents(["-"], stdin=io.BytesIO(raw))
    assert (page.path, page.title, page.author) == ("-", HEADLINE, "Lena Hartmann")


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("Subscribe now to continue reading for 1 euro a month.", False),
        ("Already a subscriber? Sign in to continue reading.", False),
        ("This article is for subscribers only.", False),
        ("Advertisement", False),
        ("Read also: Strike looms at port", False),
        ("Related: Port of Ostend to double its wind terminal", False),
        ("Read the full report on the ministry's website, officials said on Monday.", True),
        (
            "The streaming company said subscriptions rose 4% and it would subscribe to the new rules.",
            True,
        ),
        ("Readers who subscribe to the newsletter were told the plant would close in June.", True),
    ],
)
def test_paywall_lines_go_and_news_about_subscriptions_stays(line, kept):
    from briefing.read.html import fragment_text

    assert (
        fragment_text(f"<p>{line}</p><p>Second paragraph.</p>") == f"{line}\n\nSecond paragraph."
    ) is kept


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("Plain summary.\n\nSecond paragraph.", "Plain summary.\n\nSecond paragraph."),
        ("First line<br><br>Second <b>bold</b> line", "First line\n\nSecond bold line"),
        ("<ul><li>One point</li><li>Another</li></ul>", "One point\n\nAnother"),
        ("<blockquote><p>Quoted</p></blockquote><p>After &amp; more</p>", "Quoted\n\nAfter & more"),
        ("", ""),
    ],
)
def test_fragments_become_paragraphs(html, text):
    from briefing.read.html import fragment_text

    assert fragment_text(html) == text
