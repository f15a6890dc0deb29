"""Which reader an input needs: stdin, a URL, a folder or a file, by suffix or content type.

Every reader returns Documents with an empty id (``read_documents`` numbers them last) and
raises InputError with a one-line message that starts with the input's name.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import BinaryIO

from briefing.errors import InputError
from briefing.model import Document
from briefing.read.options import ReadOptions, Warn
from briefing.read.text import TEXT_SUFFIXES, check_length, parse_document

KIND_BY_SUFFIX = {
    **dict.fromkeys(TEXT_SUFFIXES, "text"),
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".pdf": "pdf",
    ".docx": "docx",
    ".eml": "eml",
}
SUPPORTED = ".txt, .md, .html, .htm, .xml, .rss, .atom, .json, .jsonl, .pdf, .docx, .eml"


def read_input(
    path: str, stdin: BinaryIO | None, options: ReadOptions, warn: Warn
) -> list[Document]:
    """All the articles one command-line input holds (a feed or folder holds several)."""
    if path == "-":
        stream = stdin if stdin is not None else sys.stdin.buffer
        raw = stream.read(options.max_bytes + 1)
        # `curl URL | briefing build -` pipes a page, not a text article.
        kind = (
            "html"
            if raw.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html"))
            else "text"
        )
        return parse_as(kind, raw, "-", options)
    if "://" in path:
        return read_url(path, options)
    file = Path(path)
    if file.is_dir():
        return read_folder(file, path, options, warn)
    return read_file(file, path, options)


def read_url(url: str, options: ReadOptions) -> list[Document]:
    """Fetch a URL and read it as the kind its content type (or its first bytes) says."""
    from briefing.read.web import fetch

    page = fetch(url, options)
    return parse_as(page.kind, page.body, url, options, url=page.url, charset=page.charset)


def read_folder(folder: Path, path: str, options: ReadOptions, warn: Warn) -> list[Document]:
    """Every readable article directly inside ``folder``, in name order.

    One level only: a folder of saved articles is the common case, and not descending keeps
    a stray ``node_modules`` or backup folder from flooding the brief. Files that cannot be
    read are skipped with a note, so one bad download does not stop the rest.
    """
    documents: list[Document] = []
    for file in sorted(folder.iterdir(), key=lambda f: f.name):
        if file.name.startswith("."):
            continue
        name = str(file)
        if file.is_dir():
            warn(f"{name}: a folder inside a folder; not read (folders are read one level deep)")
            continue
        try:
            documents.extend(read_file(file, name, options))
        except InputError as exc:
            warn(str(exc))
    if not documents:
        raise InputError(f"{path}: is a folder with no readable articles ({SUPPORTED})")
    return documents


def read_file(file: Path, path: str, options: ReadOptions) -> list[Document]:
    kind = KIND_BY_SUFFIX.get(file.suffix.lower())
    if not file.exists():
        raise InputError(f"{path}: no such file")
    if kind is None:
        raise InputError(f"{path}: unsupported file type {file.suffix!r} (give {SUPPORTED})")
    try:
        with file.open("rb") as handle:
            raw = handle.read(options.max_bytes + 1)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    return parse_as(kind, raw, path, options)


def parse_as(
    kind: str,
    raw: bytes,
    path: str,
    options: ReadOptions,
    *,
    url: str | None = None,
    charset: str | None = None,
) -> list[Document]:
    """Bytes of a known kind -> Documents, each no longer than the pipeline reads."""
    if len(raw) > options.max_bytes:
        limit = options.max_bytes / 1_000_000
        raise InputError(f"{path}: larger than {limit:g} MB; not a news article")
    return [check_length(d) for d in _parsed(kind, raw, path, options, url, charset)]


def _parsed(
    kind: str, raw: bytes, path: str, options: ReadOptions, url: str | None, charset: str | None
) -> list[Document]:
    if kind == "html":
        from briefing.read.html import parse_page

        return [parse_page(raw, path=path, url=url, charset=charset)]
    if kind == "feed":
        from briefing.read.feeds import parse_feed

        return parse_feed(raw, path=path, options=options)
    if kind in ("json", "jsonl"):
        from briefing.read.exports import parse_export

        return parse_export(raw, path=path, lines=kind == "jsonl", options=options)
    if kind == "pdf":
        from briefing.read.pdf import parse_pdf

        document = parse_pdf(raw, path=path)
    elif kind == "docx":
        from briefing.read.docx import parse_docx

        document = parse_docx(raw, path=path)
    elif kind == "eml":
        from briefing.read.eml import parse_eml

        document = parse_eml(raw, path=path)
    else:
        document = parse_document(raw, path=path, doc_id="")
    if url and not document.url:
        from dataclasses import replace

        document = replace(document, url=url)
    return [document]
