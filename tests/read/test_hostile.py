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
