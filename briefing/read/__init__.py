"""Read stage: articles the way users hold them -> Documents.

Inputs: text files (.txt/.md, optional front matter), ``-`` for stdin, saved web pages
(.html/.htm), RSS/Atom feeds (.xml/.rss/.atom), JSON exports (.json/.jsonl), http(s) URLs of
any of these, and folders of them (one level deep, in name order). Every Document's ``text``
is what offsets refer to. An article whose metadata gives no date is dated by its dateline.
Near-identical copies collapse into the first one read, which records the others in
``also_carried_by``; ids are given last, so they run d1, d2, ... without gaps. Every Document
read carries its anatomy (headline, dateline, credit, lead: ``briefing.read.anatomy``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, BinaryIO

from briefing.errors import InputError
from briefing.read.options import MAX_BYTES, ReadOptions, Warn, ignore

if TYPE_CHECKING:
    from briefing.model import Document
    from briefing.read.text import decode, first_line, parse_document, split_front_matter

__all__ = [
    "MAX_BYTES",
    "ReadOptions",
    "decode",
    "first_line",
    "parse_document",
    "read_documents",
    "split_front_matter",
]


# Served on first use (PEP 562): the CLI imports ReadOptions from this package to show its
# options, and ``briefing --help`` should not pay for the readers, their regexes and models.
_FROM_TEXT = frozenset({"decode", "first_line", "parse_document", "split_front_matter"})


def __getattr__(name: str) -> Any:
    if name in _FROM_TEXT:
        from briefing.read import text

        return getattr(text, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def read_documents(
    paths: Sequence[str],
    stdin: BinaryIO | None = None,
    options: ReadOptions | None = None,
    warn: Warn = ignore,
) -> list[Document]:
    """Read every input in order. Raises InputError naming the first bad one, unless
    ``options.keep_going``: then bad inputs are reported through ``warn`` and skipped."""
    from briefing.read.anatomy import with_anatomy
    from briefing.read.dateline import with_dateline_date
    from briefing.read.dedupe import collapse_duplicates
    from briefing.read.sources import read_input

    options = options or ReadOptions()
    if not paths:
        raise InputError("no articles given (pass files, folders, URLs or feeds, or - for stdin)")
    documents: list[Document] = []
    failed: list[str] = []
    for path in paths:
        try:
            documents.extend(map(with_dateline_date, read_input(path, stdin, options, warn)))
        except InputError as exc:
            if not options.keep_going:
                raise
            failed.append(str(exc))
            warn(str(exc))
    if not documents:
        raise InputError(_nothing_read(failed))
    kept = collapse_duplicates(documents)
    return [with_anatomy(replace(d, id=f"d{n}")) for n, d in enumerate(kept, start=1)]


def _nothing_read(failed: list[str]) -> str:
    if not failed:
        return "no articles to read (do --since or --limit leave any feed entries?)"
    if len(failed) == 1:
        return failed[0]
    return f"none of the {len(failed)} inputs could be read; the first: {failed[0]}"
