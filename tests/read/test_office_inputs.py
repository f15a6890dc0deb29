"""PDF, Word and e-mail articles: the same article in each form gives the same extraction as
its .txt; each reader's own work (running headers, hyphens, columns, tables, MIME, metadata);
and every damaged, protected or empty file is one line naming it."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.build import extract
from briefing.cli.app import app
from briefing.errors import InputError
from briefing.read import ReadOptions, read_documents
from briefing.read.text import split_front_matter
from tests.helpers import ROOT
from tests.read.office_files import make_docx, make_eml, make_pdf, split_article

ARTICLE = ROOT / "examples" / "01-fisheries-talks-stall.md"
_, TEXT = split_front_matter(ARTICLE.read_text(encoding="utf-8"), str(ARTICLE))
TITLE, PARAGRAPHS = split_article(TEXT)
MAKERS = {"pdf": make_pdf, "docx": make_docx, "eml": make_eml}


@pytest.fixture(scope="module")
def office(tmp_path_factory) -> dict[str, Path]:
    """The example article as .pdf, .docx and .eml files."""
    folder = tmp_path_factory.mktemp("office")
    files = {}
    for suffix, make in MAKERS.items():
        files[suffix] = folder / f"article.{suffix}"
        files[suffix].write_bytes(make(TITLE, PARAGRAPHS))
    return files


def read_one(path: Path | str) -> object:
    (document,) = read_documents([str(path)])
    return document


def findings(path: Path | str) -> dict:
    """The extraction JSON of one article, its document record (metadata) left out."""
    data = extract([str(path)]).to_dict()
    data.pop("documents")
    return data


@pytest.mark.parametrize("suffix", list(MAKERS))
def test_the_same_article_as_pdf_docx_or_eml_gives_the_same_extraction(office, suffix):
    expected = findings(ARTICLE)
    assert expected["actors"] and expected["quotes"] and expected["events"]
    document = read_one(office[suffix])
    assert document.text == TEXT.strip()  # offsets index the same analysed text
    assert findings(office[suffix]) == expected


def test_pdf_reading_order_headers_page_numbers_hyphens_and_metadata(office):
    from pypdf import PdfReader

    pages = PdfReader(office["pdf"]).pages
    printed = "".join(page.extract_text() for page in pages)
    # What the reader has to undo: two pages, a running header, page numbers, words broken
    # at a line's end with the typesetter's hyphen.
    assert len(pages) == 2
    assert printed.count("Nordic Wire - Fisheries") == 2 and "Page 2 of 2" in printed
    assert "\u2010" in printed
    document = read_one(office["pdf"])
    assert "Nordic Wire - Fisheries" not in document.text and "Page" not in document.text
    assert "\u2010" not in document.text
    assert document.title == TITLE
    assert (document.published, document.published_at) == (
        "2025-10-14",
        "2025-10-14T09:00:00+02:00",
    )
    assert document.author == "Kari Nord"


def test_a_paragraph_that_runs_across_columns_and_pages_stays_one_paragraph(office):
    text = read_one(office["pdf"]).text
    # The left column of page 1 ends inside this paragraph, and page 1 ends inside the next.
    for paragraph in PARAGRAPHS:
        assert f"\n\n{paragraph}" in text


def test_docx_tables_and_core_properties(tmp_path):
    path = tmp_path / "release.docx"
    path.write_bytes(
        make_docx(
            TITLE, PARAGRAPHS[:2], table=[["Date", "Meeting"], ["28 October", "Bergen talks"]]
        )
    )
    document = read_one(path)
    assert document.text.endswith(f"{PARAGRAPHS[1]}\n\nDate; Meeting\n\n28 October; Bergen talks")
    assert (document.title, document.author) == (TITLE, "Kari Nord")
    assert (document.published, document.published_at) == (
        "2025-10-14",
        "2025-10-14T07:00:00+00:00",
    )


def test_eml_subject_date_from_and_the_html_part_when_there_is_no_text_part(office, tmp_path):
    document = read_one(office["eml"])
    assert (document.title, document.source) == (TITLE, "Nordic Wire Press Desk")
    assert document.published_at == "2025-10-14T09:00:00+02:00"
    assert "+47 555 0100" not in document.text  # the signature is not the release
    path = tmp_path / "html-only.eml"
    path.write_bytes(make_eml(TITLE, PARAGRAPHS, html_only=True))
    assert read_one(path).text == TEXT.strip()


def test_the_sender_of_an_eml_is_its_source_in_the_brief(office, tmp_path):
    result = CliRunner().invoke(app, ["build", str(office["eml"]), "-o", str(tmp_path), "-f", "md"])
    assert result.exit_code == 0, result.output
    sources = (tmp_path / "brief.md").read_text().split("## Sources")[1]
    assert f"{TITLE}, *Nordic Wire Press Desk*, 2025-10-14" in sources.replace("\\", "")


def _scanned_pdf() -> bytes:
    from weasyprint import HTML

    return HTML(string='<div style="width:8cm;height:10cm;background:#333"></div>').write_pdf()


def _encrypted_pdf() -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(make_pdf(TITLE, PARAGRAPHS))))
    writer.encrypt("secret", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _bomb_docx() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * 60_000_000)
    return out.getvalue()


BAD = [
    ("empty.pdf", lambda: b"", "the PDF is empty"),
    ("text.pdf", lambda: b"Just some words, no PDF at all.", "not a PDF file (no %PDF header)"),
    (
        "broken.pdf",
        lambda: b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\n%%EOF",
        "not a readable PDF",
    ),
    (
        "scanned.pdf",
        _scanned_pdf,
        "the PDF has no text layer (a scanned or image-only PDF?); briefing does no OCR",
    ),
    ("locked.pdf", _encrypted_pdf, "the PDF is encrypted (it needs a password)"),
    ("empty.docx", lambda: b"", "the Word document is empty"),
    (
        "broken.docx",
        lambda: b"PK\x03\x04 not really a zip",
        "not a readable Word document (not a .docx zip)",
    ),
    (
        "locked.docx",
        lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,
        "an encrypted (password-protected) Word document or an old .doc",
    ),
    ("bomb.docx", _bomb_docx, "unpacks to 60 MB; not a news article"),
    ("blank.docx", lambda: make_docx("", []), "the Word document has no text"),
    ("empty.eml", lambda: b"", "the e-mail is empty"),
    ("plain.eml", lambda: b"no headers here, just text\n", "not an e-mail message (no headers)"),
    (
        "locked.eml",
        lambda: b"Subject: x\nContent-Type: multipart/encrypted; boundary=b\n\n--b--\n",
        "the e-mail is encrypted",
    ),
    (
        "image.eml",
        lambda: b"Subject: x\nContent-Type: image/png\n\nabc\n",
        "the e-mail has no text or HTML part",
    ),
]


@pytest.mark.parametrize(("name", "make", "message"), BAD, ids=[b[0] for b in BAD])
def test_a_damaged_protected_or_empty_file_is_one_line_naming_it(tmp_path, name, make, message):
    path = tmp_path / name
    path.write_bytes(make())
    with pytest.raises(InputError) as error:
        read_documents([str(path)])
    assert str(error.value).startswith(f"{path}: {message}")
    assert "\n" not in str(error.value)


def test_keep_going_skips_a_bad_pdf_and_briefs_the_rest(tmp_path, office):
    bad = tmp_path / "locked.pdf"
    bad.write_bytes(_encrypted_pdf())
    args = ["build", str(bad), str(office["docx"]), "-o", str(tmp_path / "out"), "-f", "md"]
    stopped = CliRunner().invoke(app, args)
    assert stopped.exit_code == 1
    assert stopped.output.startswith(f"[error] {bad}: the PDF is encrypted")
    assert not (tmp_path / "out").exists()
    kept = CliRunner().invoke(app, [*args, "--keep-going"])
    assert kept.exit_code == 0, kept.output
    assert f"[skipped] {bad}: the PDF is encrypted" in kept.output
    assert (tmp_path / "out" / "brief.md").is_file()


def test_a_pdf_over_the_size_limit_is_refused_before_it_is_parsed(tmp_path):
    path = tmp_path / "big.pdf"
    path.write_bytes(make_pdf(TITLE, PARAGRAPHS))
    with pytest.raises(InputError, match="larger than 0.001 MB"):
        read_documents([str(path)], options=ReadOptions(max_bytes=1000))


def test_a_folder_reads_pdf_docx_and_eml_beside_text(tmp_path, office):
    for path in office.values():
        (tmp_path / path.name).write_bytes(path.read_bytes())
    documents = read_documents([str(tmp_path)])
    # One article, three copies: the duplicate check keeps the first (article.docx).
    assert len(documents) == 1
    assert documents[0].path.endswith("article.docx")
    assert dt.date.fromisoformat(documents[0].published)
