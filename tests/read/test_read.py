"""Reading articles: offsets stay true to the file, metadata from front matter, clear errors."""

from __future__ import annotations

import io

import pytest

from briefing.errors import InputError
from briefing.read import parse_document, read_documents


def doc(raw: bytes, path: str = "a.txt"):
    return parse_document(raw, path=path, doc_id="d1")


@pytest.mark.parametrize(
    ("raw", "title", "text"),
    [
        (b"Headline here\n\nBody.", "Headline here", "Headline here\n\nBody."),
        (b"\n\n  Spaced title  \nBody", "Spaced title", "\n\n  Spaced title  \nBody"),
        (b"\xef\xbb\xbfBOM title\nBody", "BOM title", "BOM title\nBody"),
        (b"# Markdown title\n\nBody", "Markdown title", "# Markdown title\n\nBody"),
        (b"Same\n\nSame\n\nBody", "Same", "Same\n\nSame\n\nBody"),
    ],
)
def test_title_is_first_non_empty_line_and_text_is_unchanged(raw, title, text):
    document = doc(raw)
    assert (document.title, document.text) == (title, text)


def test_front_matter_gives_metadata_and_offsets_start_after_it():
    raw = (
        b"---\ntitle: 'Quoted: title'\npublished: 2025-03-01\nsource: Wire\n"
        b"url: https://example.org/a\nignored: yes\n---\nFirst line\nBody text."
    )
    document = doc(raw, "a.md")
    assert document.title == "Quoted: title"
    assert document.published == "2025-03-01"
    assert document.source == "Wire"
    assert document.url == "https://example.org/a"
    assert document.text == "First line\nBody text."


def test_front_matter_datetime_keeps_the_date():
    document = doc(b"---\npublished: 2025-03-01T10:30:00Z\n---\nT\nB")
    assert document.published == "2025-03-01"


def test_latin1_is_detected():
    text = "Café talks in Zürich\n\nThe minister said the café owners were pleased, señor."
    document = doc(text.encode("latin-1"))
    assert document.text == text


def test_windows_1252_quotes_are_detected():
    text = "Title\n\n\u201cWe will go,\u201d she said \u2014 and the crowd cheered for the café."
    document = doc(text.encode("cp1252"))
    assert document.text == text


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"", "a.txt: the article is empty"),
        (b"  \n\t\n", "a.txt: the article is empty"),
        (b"---\ntitle: x\n---\n   \n", "a.txt: the article is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "a.txt: looks like a binary file"),
        (b"---\npublished: yesterday\n---\nT", "a.txt: front matter date 'yesterday'"),
        (b"---\nnot a pair\n---\nT", "a.txt: front matter line 'not a pair'"),
    ],
)
def test_bad_input_is_a_one_line_error_naming_the_file(raw, message):
    with pytest.raises(InputError) as info:
        doc(raw)
    assert str(info.value).startswith(message)
    assert "\n" not in str(info.value)


def test_missing_folder_and_unsupported_files(tmp_path):
    (tmp_path / "a.odt").write_bytes(b"PK\x03\x04")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.4")
    cases = {
        str(tmp_path / "nope.txt"): "no such file",
        str(tmp_path): "is a folder",
        str(tmp_path / "a.odt"): "unsupported file type '.odt'",
        str(tmp_path / "b.pdf"): "not a readable PDF",
    }
    for path, message in cases.items():
        with pytest.raises(InputError, match=message):
            read_documents([path])


def test_stdin_and_files_get_ids_in_order(tmp_path):
    article = tmp_path / "b.txt"
    article.write_text("File title\nBody", encoding="utf-8")
    documents = read_documents(["-", str(article)], stdin=io.BytesIO(b"Stdin title\nBody"))
    assert [(d.id, d.path, d.title) for d in documents] == [
        ("d1", "-", "Stdin title"),
        ("d2", str(article), "File title"),
    ]


def test_no_articles_is_an_error():
    with pytest.raises(InputError, match="no articles given"):
        read_documents([])
