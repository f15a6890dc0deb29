"""Inputs written to break the reader (issue 18): each gives one `[error]` line naming it and a
non-zero exit, never a traceback, and `--keep-going` skips it and reads the rest.

Every input is written here: a page declaring a codec that is no text encoding, JSON nested a
hundred thousand deep, a publication date at the ends of the calendar, a lone surrogate in an
export, an article longer than the pipeline reads."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.cli.app import app
from briefing.errors import InputError
from briefing.read import ReadOptions, read_documents
from briefing.read.sources import parse_as
from briefing.read.text import MAX_CHARS

TITLE = "Harbour board delays the vote on the dredging plan"
BODY = (
    "The harbour board said on Tuesday that it would delay its vote on the dredging plan. "
    '"We need the survey first," board chair Mira Ostend told reporters. '
    "The board will meet again next week, and the survey is due tomorrow."
)
DEEP = "[" * 100_000 + "]" * 100_000


def page(head: str = "", title: str = TITLE) -> str:
    return (
        f"<!doctype html><html><head>{head}<title>{title}</title></head>"
        f"<body><article><h1>{title}</h1><p>{BODY}</p></article></body></html>"
    )


def extract(*args: str):
    return CliRunner().invoke(app, ["extract", *args])


def good_article(tmp_path: Path) -> str:
    path = tmp_path / "good.txt"
    path.write_text(f"{TITLE}\n\n{BODY}\n", encoding="utf-8")
    return str(path)


def assert_one_line_error(result, name: str, words: str) -> None:
    assert result.exit_code != 0
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert result.stderr.startswith(f"[error] {name}: ") and words in result.stderr
    assert result.stderr.count("\n") == 1, result.stderr


def assert_skipped_with_keep_going(tmp_path: Path, bad: str) -> None:
    result = extract(bad, good_article(tmp_path), "--keep-going")
    assert result.exit_code == 0, result.output
    assert f"[skipped] {bad}" in result.stderr
    assert [d["title"] for d in json.loads(result.stdout)["documents"]] == [TITLE]


# ------------------------------------------------------------------ a. declared charsets


@pytest.mark.parametrize("charset", ["rot13", "hex", "zip", "base64", "idna", "bz2", "uu"])
def test_a_page_declaring_a_codec_that_is_no_text_encoding_is_one_line(tmp_path, charset):
    bad = tmp_path / f"{charset}.html"
    bad.write_text(page(f'<meta charset="{charset}">'), encoding="ascii")
    result = extract(str(bad))
    assert_one_line_error(result, str(bad), f"declares charset {charset!r}")
    assert_skipped_with_keep_going(tmp_path, str(bad))


def test_a_server_declaring_rot13_is_one_line_naming_the_url():
    url = "https://example.org/story"
    raw = page().encode("ascii")
    with pytest.raises(InputError, match=r"^https://example.org/story: the server declares"):
        parse_as("html", raw, url, ReadOptions(), url=url, charset="rot13")


def test_a_page_whose_meta_says_utf16_is_read_as_utf8_as_browsers_do(tmp_path):
    path = tmp_path / "sixteen.html"
    path.write_text(page('<meta charset="utf-16">'), encoding="ascii")
    (document,) = read_documents([str(path)])
    assert document.title == TITLE and "board chair Mira Ostend" in document.text


# ------------------------------------------------------------------ b. deep JSON


@pytest.mark.parametrize(
    "content", [DEEP, json.dumps({"title": TITLE, "text": BODY})[:-1] + f', "x": {DEEP}}}']
)
def test_json_nested_a_hundred_thousand_deep_is_one_line(tmp_path, content):
    bad = tmp_path / "deep.json"
    bad.write_text(content, encoding="utf-8")
    assert_one_line_error(extract(str(bad)), str(bad), "nested too deeply")
    assert_skipped_with_keep_going(tmp_path, str(bad))


def test_a_jsonl_line_nested_too_deeply_names_its_line(tmp_path):
    bad = tmp_path / "deep.jsonl"
    bad.write_text(json.dumps({"title": TITLE, "text": BODY}) + "\n" + DEEP + "\n")
    assert_one_line_error(extract(str(bad)), str(bad), "line 2 is not valid JSON")


def test_deep_json_ld_in_a_page_is_skipped_like_any_broken_json_ld(tmp_path):
    """Broken JSON-LD is common and the page's meta tags remain, so the page is read."""
    path = tmp_path / "deep-ld.html"
    ld = f'<script type="application/ld+json">{DEEP}</script>'
    path.write_text(page(ld + '<meta property="article:published_time" content="2025-03-04">'))
    (document,) = read_documents([str(path)])
    assert document.title == TITLE and document.published == "2025-03-04"


def test_json_ld_nested_in_lists_below_the_recursion_limit_is_searched_no_deeper(tmp_path):
    path = tmp_path / "lists.html"
    nested = "[" * 900 + json.dumps({"@type": "NewsArticle", "headline": "Deep"}) + "]" * 900
    path.write_text(page(f'<script type="application/ld+json">{nested}</script>'))
    (document,) = read_documents([str(path)])
    assert document.title == TITLE


# ------------------------------------------------------------------ c. dates at the calendar's ends


@pytest.mark.parametrize("date", ["9999-12-31", "0001-01-01"])
def test_a_published_date_at_the_end_of_the_calendar_is_one_line(tmp_path, date):
    text = tmp_path / f"front-{date}.md"
    text.write_text(f"---\npublished: {date}\n---\n{TITLE}\n\n{BODY}\n", encoding="utf-8")
    export = tmp_path / f"export-{date}.json"
    export.write_text(json.dumps({"title": TITLE, "text": BODY, "published": date}))
    for bad in (text, export):
        assert_one_line_error(extract(str(bad)), str(bad), "no publication date")
        assert_skipped_with_keep_going(tmp_path, str(bad))


@pytest.mark.parametrize("date", ["9999-12-31", "0001-01-01"])
def test_a_dateline_at_the_end_of_the_calendar_is_no_date(tmp_path, date):
    path = tmp_path / "dateline.txt"
    path.write_text(f"{TITLE}\n\n{date}\n\n{BODY}\n", encoding="utf-8")
    result = extract(str(path))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["documents"][0]["published"] is None


@pytest.mark.parametrize("date", ["9999-12-31", "0001-01-01"])
def test_a_page_dated_at_the_end_of_the_calendar_is_read_undated(tmp_path, date):
    """Web metadata is often junk: a placeholder date is dropped, as an unparseable one is."""
    path = tmp_path / "page.html"
    path.write_text(page(f'<meta property="article:published_time" content="{date}">'))
    result = extract(str(path))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["documents"][0]["published"] is None


@pytest.mark.parametrize("date", ["9999-12-31", "0001-01-01"])
def test_a_reference_date_at_the_end_of_the_calendar_is_one_line(tmp_path, date):
    result = extract(good_article(tmp_path), "--date", date)
    assert result.exit_code == 2 and result.stderr.startswith(f"[error] --date '{date}'")


def test_a_time_beyond_the_calendar_in_the_text_stays_unresolved(tmp_path):
    path = tmp_path / "ago.md"
    path.write_text(
        f"---\npublished: 2025-03-04\n---\n{TITLE}\n\n{BODY} "
        "The harbour was first dredged 5000 years ago, Ostend said.\n",
        encoding="utf-8",
    )
    result = extract(str(path))
    assert result.exit_code == 0, result.output
    times = {t["text"]: t["value"] for t in json.loads(result.stdout)["times"]}
    assert times["5000 years ago"] is None and times["tomorrow"] == "2025-03-05"


# ------------------------------------------------------------------ d. lone surrogates


@pytest.mark.parametrize("field", ["title", "text", "source"])
def test_a_lone_surrogate_in_an_export_becomes_the_replacement_character(tmp_path, field):
    """A scraper that cut a string inside an emoji leaves half of it: that half is replaced,
    as an undecodable byte in a page is, and the article is read, not lost."""
    item = {"title": TITLE, "text": BODY, "source": "Harbour Times"}
    path = tmp_path / "surrogate.json"
    path.write_text(json.dumps({**item, field: "\ud800 " + item[field]}), encoding="ascii")
    assert "\\ud800" in path.read_text()  # json.dumps writes the lone half as an escape
    result = extract(str(path))
    assert result.exit_code == 0, result.output
    (document,) = json.loads(result.stdout)["documents"]
    assert "\ufffd " + item[field] in document[field]


def test_a_lone_surrogate_in_a_jsonl_key_and_value_is_replaced(tmp_path):
    path = tmp_path / "surrogate.jsonl"
    path.write_text(json.dumps({"title": "Pier \udc00 works", "text": BODY, "\udbff": 1}) + "\n")
    (document,) = read_documents([str(path)])
    assert document.title == "Pier \ufffd works"


# ------------------------------------------------------------------ e. longer than spaCy reads


def test_an_article_longer_than_the_pipeline_reads_is_one_line(tmp_path):
    bad = tmp_path / "long.txt"
    filler = "The board met again. " * (MAX_CHARS // 20)
    bad.write_text(f"{TITLE}\n\n{filler}\n", encoding="utf-8")
    assert_one_line_error(extract(str(bad)), str(bad), "at most 1,000,000 per article")
    assert_skipped_with_keep_going(tmp_path, str(bad))


def test_an_export_entry_longer_than_the_pipeline_reads_names_the_entry(tmp_path):
    bad = tmp_path / "long.json"
    filler = "The board met again. " * (MAX_CHARS // 20)
    bad.write_text(json.dumps([{"title": TITLE, "text": BODY}, {"text": filler}]))
    assert_one_line_error(extract(str(bad)), f"{bad}#2", "characters of text")
