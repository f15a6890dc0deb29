"""Articles of ours as the files users are sent: a two-column PDF with a running header and
page numbers (WeasyPrint), a Word document (python-docx) and an e-mailed press release (the
standard library's email package). Built here from our own text, so no file of anyone else's
is committed; bench/read.py uses the PDF maker too."""

from __future__ import annotations

import datetime as dt
import html
import io
import textwrap
from email.message import EmailMessage
from email.utils import format_datetime

PDF_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<meta name="author" content="{author}"><meta name="dcterms.created" content="{created}">
<style>
@page {{ size: A5; margin: 2cm 1.5cm;
  @top-center {{ content: "{header}"; font: 8pt sans-serif; }}
  @bottom-center {{ content: "Page " counter(page) " of " counter(pages); font: 8pt sans-serif; }} }}
body {{ font: 12pt serif; }}
.columns {{ columns: 2; column-gap: 1cm; }}
p {{ margin: 0 0 .6em; text-align: justify; hyphens: auto; }}
</style></head>
<body><h1>{title}</h1><div class="columns">{paragraphs}</div></body></html>
"""


def split_article(text: str) -> tuple[str, list[str]]:
    """A .txt article's text (after front matter) -> headline and paragraphs."""
    title, _, body = text.strip().partition("\n\n")
    return title, [p for p in body.split("\n\n") if p.strip()]


def make_pdf(
    title: str,
    paragraphs: list[str],
    *,
    author: str = "Kari Nord",
    created: str = "2025-10-14T09:00:00+02:00",
    header: str = "Nordic Wire - Fisheries",
) -> bytes:
    """Two columns on A5, a running header and 'Page N of M' on every page."""
    from weasyprint import HTML

    page = PDF_PAGE.format(
        title=html.escape(title),
        author=html.escape(author),
        created=created,
        header=header,
        paragraphs="".join(f"<p>{html.escape(p)}</p>" for p in paragraphs),
    )
    return HTML(string=page).write_pdf()


def make_docx(
    title: str,
    paragraphs: list[str],
    *,
    author: str = "Kari Nord",
    created: dt.datetime = dt.datetime(2025, 10, 14, 7, 0),
    table: list[list[str]] | None = None,
) -> bytes:
    """A Word document: the headline in the Title style, body paragraphs, an optional table
    after them, and the core properties set."""
    import docx

    document = docx.Document()
    document.add_heading(title, level=0)
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for row, values in zip(grid.rows, table, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = value
    document.core_properties.title = title
    document.core_properties.author = author
    document.core_properties.created = created
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_eml(
    title: str,
    paragraphs: list[str],
    *,
    sender: str = "Nordic Wire Press Desk <desk@nordic-wire.example>",
    date: dt.datetime = dt.datetime(2025, 10, 14, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=2))),
    html_only: bool = False,
) -> bytes:
    """An e-mailed release: the body wrapped at 72 columns as mail clients do, quoted-printable
    (non-ASCII letters), with an HTML alternative; or only an HTML part."""
    message = EmailMessage()
    message["Subject"] = title
    message["From"] = sender
    message["To"] = "newsroom@example.org"
    message["Date"] = format_datetime(date)
    page = (
        "<html><body><article>"
        + "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
        + "</article></body></html>"
    )
    if html_only:
        message.set_content(page, subtype="html", cte="base64")
        return bytes(message)
    wrapped = "\n\n".join(textwrap.fill(p, 72, break_on_hyphens=False) for p in paragraphs)
    message.set_content(
        wrapped + "\n\n-- \nNordic Wire Press Desk\n+47 555 0100\n", cte="quoted-printable"
    )
    message.add_alternative(page, subtype="html")
    return bytes(message)
