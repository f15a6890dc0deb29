"""JSON exports (monitoring tools, scrapers) -> Documents.

Format (docs/inputs.md): a ``.json`` file holds one article object or an array of them; a
``.jsonl`` file one object per line (blank lines ignored). Fields: ``title``, ``text`` or
``html`` (one is required), ``published`` (ISO 8601 or RFC 822), ``source``, ``url``,
optional ``author``. Unknown fields are ignored, so an export with extra columns works.
"""

from __future__ import annotations

from typing import Any

from briefing.errors import InputError
from briefing.model import Document
from briefing.read.html import fragment_text
from briefing.read.json_text import JSONProblem, parse_json
from briefing.read.options import ReadOptions
from briefing.read.text import article, decode, first_line, stamp_problem, timestamp


def parse_export(raw: bytes, *, path: str, lines: bool, options: ReadOptions) -> list[Document]:
    """Every article object of the export, in file order (--since/--limit applied)."""
    content = decode(raw, path)
    items = _json_lines(content, path) if lines else _json_items(content, path)
    documents = [_document(item, where) for where, item in items]
    if options.since:
        since = options.since.isoformat()
        documents = [d for d in documents if d.published and d.published >= since]
    if options.limit is not None and len(documents) > options.limit:
        newest = sorted(documents, key=lambda d: d.published_at or d.published or "")
        chosen = {id(d) for d in newest[-options.limit :]}
        documents = [d for d in documents if id(d) in chosen]
    if not documents:
        raise InputError(f"{path}: no articles in the export match --since/--limit")
    return documents


def _json_items(content: str, path: str) -> list[tuple[str, Any]]:
    try:
        data = parse_json(content)
    except JSONProblem as exc:
        raise InputError(f"{path}: not valid JSON ({exc})") from None
    if isinstance(data, dict):
        return [(path, data)]
    if isinstance(data, list):
        return [(f"{path}#{n}", item) for n, item in enumerate(data, start=1)]
    raise InputError(f"{path}: expected an article object or an array of them")


def _json_lines(content: str, path: str) -> list[tuple[str, Any]]:
    """One object per line, lines ended by \\n (or \\r\\n) only: JSON allows U+2028, U+2029
    and U+0085 unescaped inside a string, and str.splitlines would cut an article there."""
    items = []
    for number, line in enumerate(content.split("\n"), start=1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        try:
            items.append((f"{path}#{number}", parse_json(line)))
        except JSONProblem as exc:
            raise InputError(f"{path}: line {number} is not valid JSON ({exc.reason})") from None
    return items


def _document(item: Any, where: str) -> Document:
    if not isinstance(item, dict):
        raise InputError(f"{where}: expected an article object with 'title' and 'text'")
    body = _field(item, "text", where) or fragment_text(_field(item, "html", where) or "")
    if not body.strip():
        raise InputError(f"{where}: the article has no 'text' (or 'html')")
    title = _field(item, "title", where) or first_line(body)
    stamp = _field(item, "published", where)
    published, published_at = timestamp(stamp)
    if stamp and not published:
        raise InputError(f"{where}: 'published' {stamp!r} {stamp_problem(stamp)}")
    return article(
        where,
        title,
        body,
        (published, published_at),
        source=_field(item, "source", where),
        author=_field(item, "author", where),
        url=_field(item, "url", where),
    )


def _field(item: dict[str, Any], name: str, where: str) -> str | None:
    value = item.get(name)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"{where}: field {name!r} must be a string, not {type(value).__name__}")
    return value.strip() or None
