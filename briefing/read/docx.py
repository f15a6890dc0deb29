"""Word documents (.docx) -> Documents: the body's paragraphs and tables in order, and the
core properties (title, author, created) as the article's metadata.

Why python-docx: it is the maintained reader and writer of the format (render/docx.py writes
briefs with it), and it walks the body in document order, tables included. Headers, footers,
comments and tracked-change deletions are not the body and are not read: what a reader of
the document sees as its text is what the brief is made from.

A .docx is a zip. Its declared unpacked size is checked before anything is unpacked, so a
small file that inflates to gigabytes (a zip bomb) is refused, as a file over the size limit
is. A password-protected .docx is not a zip at all but an OLE container, as an old .doc is:
both are refused with a line saying what to save instead.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from briefing.errors import InputError
from briefing.model import Document
from briefing.read.text import article, first_line, timestamp

# The unpacked parts a statement needs are a few hundred kB; images can add megabytes. More
# than this unpacked is not a news article (and reading it would take that much memory).
MAX_UNPACKED_BYTES = 50_000_000
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def parse_docx(raw: bytes, *, path: str) -> Document:
    """One .docx -> one Document (its text starts with the headline, as a .txt article's)."""
    document = _open(raw, path)
    body = "\n\n".join(_blocks(document))
    if not body.strip():
        raise InputError(f"{path}: the Word document has no text")
    properties = document.core_properties
    title = " ".join((properties.title or "").split()) or first_line(body)
    author = " ".join((properties.author or "").split()) or None
    return article(path, title, body, _created(properties.created), author=author)


def _open(raw: bytes, path: str):  # noqa: ANN202 - python-docx's Document
    import docx
    from docx.opc.exceptions import OpcError
    from lxml.etree import LxmlError

    if not raw.strip():
        raise InputError(f"{path}: the Word document is empty")
    if raw.startswith(_OLE_MAGIC):
        raise InputError(
            f"{path}: an encrypted (password-protected) Word document or an old .doc; "
            "save it as an unprotected .docx"
        )
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError):
        raise InputError(f"{path}: not a readable Word document (not a .docx zip)") from None
    if unpacked > MAX_UNPACKED_BYTES:
        raise InputError(
            f"{path}: unpacks to {unpacked / 1_000_000:.0f} MB; not a news article "
            f"(at most {MAX_UNPACKED_BYTES // 1_000_000} MB)"
        )
    try:
        return docx.Document(io.BytesIO(raw))
    except (OpcError, KeyError, ValueError, LxmlError, zipfile.BadZipFile, OSError) as exc:
        why = " ".join(str(exc).split())[:80] or type(exc).__name__
        raise InputError(f"{path}: not a readable Word document ({why})") from None


def _blocks(document) -> list[str]:  # noqa: ANN001 - python-docx's Document
    """The body's paragraphs, and each table row as one paragraph of its cells, in order."""
    from docx.table import Table

    blocks: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            blocks += _rows(item)
        else:
            text = " ".join(item.text.split())
            if text:
                blocks.append(text)
    return blocks


def _rows(table) -> list[str]:  # noqa: ANN001 - python-docx's Table
    """A table row -> its cells' texts joined by '; ' (a merged cell, which python-docx
    repeats for every column it spans, once)."""
    rows = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = " ".join(cell.text.split())
            if text and (not cells or cells[-1] != text):
                cells.append(text)
        if cells:
            rows.append("; ".join(cells))
    return rows


def _created(value: dt.datetime | None) -> tuple[str | None, str | None]:
    """The created stamp, which Word writes in UTC (python-docx reads it without a zone)."""
    if value is None:
        return None, None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return timestamp(value.isoformat())
