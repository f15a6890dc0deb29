"""Fingerprints of what was read, for brief.json's manifest and ``briefing verify``.

Two hashes per document, because they answer different questions: the SHA-256 of the text
that was analysed (UTF-8) is what every span and quote depends on, and it exists for every
input (a URL, a feed entry, stdin); the SHA-256 of the raw bytes of the local file it came
from says which file, byte for byte, was read, and catches an edit that happens to leave the
analysed text alone (front matter, encoding). A URL's bytes are not kept: a page's markup
changes with every visit while its article does not, so its text hash is the one to check.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from briefing.model import Document, SourceHash


def sha256_text(text: str) -> str:
    """SHA-256 of ``text`` as UTF-8, in hex."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sha256_file(path: Path) -> str:
    """SHA-256 of the file's bytes, in hex; read in blocks (an article can be a big export)."""
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def is_url(path: str) -> bool:
    """An input read over the network (as ``read_input`` decides)."""
    return "://" in path


def file_of(document: Document) -> str:
    """The input a document was read from: its path without the ``#n`` of a feed entry or
    export item; '' for stdin."""
    path = document.path
    if path == "-" or path.startswith("-#"):
        return ""
    if not is_url(path) and "#" in path and not Path(path).exists():
        path = path.rsplit("#", 1)[0]
    return path


def located(path: str) -> str:
    """An input as verify can find it again from any folder: a file or folder made absolute,
    a URL and stdin ('-') as given."""
    if path == "-" or is_url(path):
        return path
    return str(Path(path).resolve())


def source_hashes(documents: Iterable[Document]) -> tuple[SourceHash, ...]:
    """The fingerprints of every document, in order."""
    hashes = []
    for document in documents:
        origin = file_of(document)
        file_hash = None
        if origin and not is_url(origin) and Path(origin).is_file():
            file_hash = sha256_file(Path(origin))
        hashes.append(
            SourceHash(
                doc=document.id,
                location=located(origin) if origin else "",
                text_sha256=sha256_text(document.text),
                file_sha256=file_hash,
            )
        )
    return tuple(hashes)
