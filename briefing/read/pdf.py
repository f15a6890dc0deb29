"""PDF statements and transcripts -> Documents: the text layer, in reading order, as paragraphs.

Why pdfminer.six and not pypdf: a PDF holds glyphs at positions, not paragraphs. pdfminer.six
lays the page out (lines grouped into text boxes, boxes ordered column by column), so the two
columns of a printed statement come out one after the other and each line keeps its position;
the positions are what tell a running header, a page number or a paragraph break from the
article. pypdf gives the text in content-stream order with no lines to reason about. Both are
pure Python; pdfminer.six is the one whose job this is.

What is done to the text, and why:

- running headers and footers (a line at the top or bottom of most pages, page numbers
  counted as one line whatever their number) and lone page numbers are left out: they are
  the printer's, not the author's, and a repeated "Ministry of X - Press release" would be
  read as a sentence of the article on every page;
- a word hyphenated at a line's end is joined ("Commis-" + "sioner"): the hyphen is the
  typesetter's, and "Commis- sioner" is no name to find;
- lines of one paragraph are joined with a space; a paragraph ends where the layout leaves a
  gap (a new text box), where a line after a sentence's end is indented, or where a column or
  page ends on a sentence's end, so the text has the shape of a .txt article (headline,
  blank line, paragraphs) and the brief is the same whatever form the article came in.

No OCR: a scanned PDF has no text layer, and guessing its words would put words in people's
mouths. It is an error saying so. Title, author and creation date come from the PDF's
document information when it gives them.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from briefing.errors import InputError
from briefing.model import Document
from briefing.read.text import article, first_line, timestamp
from briefing.rules import patterns

# A statement or transcript is a few pages; a 300-page report is no news article, and laying
# out every page of it would take minutes before the length check could refuse it.
MAX_PAGES = 300
# Lines this close to a page's top or bottom (the first/last N by position) may be running.
EDGE_LINES = 2
# The document information entries read (PDF 1.7, 14.3.3): the article's metadata.
TITLE = "Title"
AUTHOR = "Author"
CREATED = "CreationDate"
INFO_KEYS = (TITLE, AUTHOR, CREATED)
_PAGE_NUMBER = re.compile(patterns("page_patterns.tsv")["page_number_line"])
_DIGITS = re.compile(r"\d+")
_SENTENCE_END = re.compile(r"[.!?:;]['\"’”)\]]*$")
# Hyphens a typesetter puts at a line's end: the soft hyphen, the Unicode hyphen
# (WeasyPrint's and TeX's choice) and the ASCII hyphen-minus.
_LINE_HYPHENS = ("\u00ad", "\u2010", "-")
_LIGATURES = re.compile("[\ufb00-\ufb06]")  # ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ: a font's glyphs, not letters
_PDF_DATE = re.compile(
    r"D?:?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:([Zz+-])(\d{2})?'?(\d{2})?'?)?"
)


@dataclass(frozen=True)
class _Line:
    page: int
    box: int
    x0: float
    y0: float
    x1: float
    y1: float
    text: str

    @property
    def height(self) -> float:
        return self.y1 - self.y0


def parse_pdf(raw: bytes, *, path: str) -> Document:
    """One PDF -> one Document (its text starts with the headline, as a .txt article's)."""
    document = _open(raw, path)
    info = _info(document)
    lines, pages = _lines(document, path)
    body = _paragraphs([line for line in lines if line not in _running(lines, pages)])
    if not body.strip():
        raise InputError(
            f"{path}: the PDF has no text layer (a scanned or image-only PDF?); briefing does "
            "no OCR: give the text as .txt or .docx"
        )
    title = info.get(TITLE) or first_line(body)
    published = timestamp(_iso_date(info.get(CREATED, "")))
    return article(path, title, body, published, author=info.get(AUTHOR) or None)


def _open(raw: bytes, path: str):  # noqa: ANN202 - pdfminer's PDFDocument
    """The parsed document; an empty, damaged or password-protected file is an InputError."""
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser
    from pdfminer.psexceptions import PSException

    if not raw.strip():
        raise InputError(f"{path}: the PDF is empty")
    if b"%PDF-" not in raw[:1024]:
        raise InputError(f"{path}: not a PDF file (no %PDF header)")
    try:
        return PDFDocument(PDFParser(io.BytesIO(raw)), password="")
    except (PDFPasswordIncorrect, PDFEncryptionError):
        raise InputError(
            f"{path}: the PDF is encrypted (it needs a password); save an unprotected copy"
        ) from None
    except (PSException, ValueError, KeyError, TypeError, IndexError) as exc:
        raise InputError(f"{path}: not a readable PDF ({_why(exc)})") from None


def _why(exc: Exception) -> str:
    return " ".join(str(exc).split())[:80] or type(exc).__name__


def _info(document) -> dict[str, str]:  # noqa: ANN001 - pdfminer's PDFDocument
    """The document information dictionary (Title, Author, CreationDate) as text."""
    from pdfminer.pdftypes import resolve1
    from pdfminer.utils import decode_text

    found: dict[str, str] = {}
    for info in document.info:
        for key in INFO_KEYS:
            value = resolve1(info.get(key))
            if isinstance(value, bytes):
                value = decode_text(value)
            if isinstance(value, str) and value.strip() and key not in found:
                found[key] = " ".join(value.replace("\x00", "").split())
    return found


def _iso_date(value: str) -> str | None:
    """A PDF date ("D:20251014090000+02'00'") as ISO 8601, else None."""
    match = _PDF_DATE.match(value.strip())
    if not match:
        return None
    year, month, day, hour, minute, second, sign, zh, zm = match.groups()
    if not (month and day):
        return None
    if not hour:
        return f"{year}-{month}-{day}"
    stamp = f"{year}-{month}-{day}T{hour}:{minute or '00'}:{second or '00'}"
    if sign and sign.upper() == "Z":
        return stamp + "+00:00"
    if sign:
        return f"{stamp}{sign}{zh or '00'}:{zm or '00'}"
    return stamp


def _lines(document, path: str) -> tuple[list[_Line], int]:  # noqa: ANN001
    """Every text line of every page, in pdfminer's reading order, and the number of pages."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams, LTTextBox, LTTextLine
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.psexceptions import PSException

    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=LAParams())
    interpreter = PDFPageInterpreter(manager, device)
    lines: list[_Line] = []
    pages = 0
    box_number = 0
    try:
        for number, page in enumerate(PDFPage.create_pages(document)):
            if number >= MAX_PAGES:
                raise InputError(
                    f"{path}: more than {MAX_PAGES} pages; not a news article (split it)"
                )
            interpreter.process_page(page)
            pages += 1
            for box in device.get_result():
                if not isinstance(box, LTTextBox):
                    continue
                box_number += 1
                found = [
                    _Line(number, box_number, ln.x0, ln.y0, ln.x1, ln.y1, _clean(ln.get_text()))
                    for ln in box
                    if isinstance(ln, LTTextLine)
                ]
                lines += _rejoined([ln for ln in found if ln.text])
    except (PSException, ValueError, KeyError, TypeError, IndexError, AssertionError) as exc:
        raise InputError(f"{path}: not a readable PDF ({_why(exc)})") from None
    return lines, pages


def _rejoined(lines: list[_Line]) -> list[_Line]:
    """A box's lines with the pieces of one printed line put back together, left to right.

    pdfminer ends a line at a gap wider than a few characters, and a justified line has
    such gaps: "Commissioner ... Anna" came out as two lines, the later piece first. Pieces
    on the same baseline in one box are one line (a box never spans two columns).
    """
    rows: list[list[_Line]] = []
    for line in lines:
        row = next((r for r in rows if abs(r[0].y0 - line.y0) < line.height / 4), None)
        if row is None:
            rows.append([line])
        else:
            row.append(line)
    joined = []
    for row in rows:
        row.sort(key=lambda ln: ln.x0)
        first, last = row[0], row[-1]
        text = " ".join(ln.text for ln in row)
        joined.append(_Line(first.page, first.box, first.x0, first.y0, last.x1, first.y1, text))
    return joined


def _clean(text: str) -> str:
    text = _LIGATURES.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    text = re.sub(r"\(cid:\d+\)", "", text)
    return " ".join(text.split())


def _running(lines: list[_Line], pages: int) -> set[_Line]:
    """Running headers and footers, and page numbers: lines among the top or bottom few of
    a page that number the page, or that (their digits aside) recur on most pages."""
    edges: list[_Line] = []
    for page in range(pages):
        on_page = sorted((ln for ln in lines if ln.page == page), key=lambda ln: -ln.y1)
        edges += on_page[:EDGE_LINES] + on_page[-EDGE_LINES:]
    edges = list(dict.fromkeys(edges))
    key = {ln: _DIGITS.sub("#", ln.text.lower()) for ln in edges}
    seen = Counter(text for _, text in {(ln.page, key[ln]) for ln in edges})
    most = max(2, (pages + 1) // 2)
    return {ln for ln in edges if _PAGE_NUMBER.match(ln.text) or seen[key[ln]] >= most}


def _paragraphs(lines: list[_Line]) -> str:
    """Lines -> paragraphs separated by blank lines (see the module docstring)."""
    paragraphs: list[str] = []
    previous: _Line | None = None
    for line in lines:
        if previous is None or _starts_paragraph(previous, line):
            paragraphs.append(line.text)
        else:
            paragraphs[-1] = _join(paragraphs[-1], line.text)
        previous = line
    return "\n\n".join(paragraphs)


def _starts_paragraph(previous: _Line, line: _Line) -> bool:
    ended = bool(_SENTENCE_END.search(previous.text))
    if line.page != previous.page or line.y1 > previous.y1 + previous.height / 2:
        return ended  # a new page or column: the paragraph goes on unless a sentence ended
    if line.box != previous.box:
        return True  # pdfminer saw a gap: a new paragraph
    return ended and line.x0 > previous.x0 + line.height / 2  # an indented first line


def _join(text: str, line: str) -> str:
    """Append a line to its paragraph, joining a word hyphenated at the line's end."""
    if text.endswith(_LINE_HYPHENS) and line[:1].islower() and text[-2:-1].isalpha():
        return text[:-1] + line
    return f"{text} {line}"
