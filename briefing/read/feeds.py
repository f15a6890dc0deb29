"""RSS/Atom feeds -> Documents: each entry one article, chosen with --since and --limit.

feedparser does the parsing (RSS 0.9x-2.0, RSS 1.0, Atom; encodings; HTML sanitising). The
entry's full content is preferred to its summary; either is HTML and becomes paragraphs.
The publication stamp is read from the entry's own string so its time zone survives
(feedparser's parsed tuple is converted to UTC, which can move the date).
"""

from __future__ import annotations

import calendar
from typing import Any

from briefing.errors import InputError
from briefing.model import Document
from briefing.read.html import fragment_text
from briefing.read.options import ReadOptions
from briefing.read.text import article, first_line, timestamp


def parse_feed(raw: bytes, *, path: str, options: ReadOptions) -> list[Document]:
    """Every chosen entry of the feed, in feed order."""
    import feedparser

    feed = feedparser.parse(raw)
    if not feed.get("version") and not feed.entries:
        raise InputError(f"{path}: not an RSS or Atom feed")
    outlet = _clean(feed.feed.get("title"))
    entries = [(n, e) for n, e in enumerate(feed.entries, start=1) if _wanted(e, options)]
    entries = _newest(entries, options.limit)
    documents = [_document(entry, f"{path}#{n}", outlet) for n, entry in entries]
    documents = [d for d in documents if d is not None]
    if not documents:
        raise InputError(f"{path}: no feed entries with text{_choice(options)}")
    return documents


def _wanted(entry: Any, options: ReadOptions) -> bool:
    if options.since is None:
        return True
    published, _ = timestamp(_stamp(entry))
    return published is not None and published >= options.since.isoformat()


def _newest(entries: list[tuple[int, Any]], limit: int | None) -> list[tuple[int, Any]]:
    """The ``limit`` newest entries (undated ones count as oldest), kept in feed order."""
    if limit is None or len(entries) <= limit:
        return entries
    by_age = sorted(entries, key=lambda item: -_epoch(item[1]))
    chosen = {number for number, _ in by_age[:limit]}
    return [item for item in entries if item[0] in chosen]


def _epoch(entry: Any) -> float:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return calendar.timegm(parsed) if parsed else float("-inf")


def _document(entry: Any, path: str, outlet: str | None) -> Document | None:
    body = fragment_text(_html(entry))
    title = _clean(entry.get("title")) or first_line(body)
    if not body.strip():
        return None
    source = entry.get("source", {}).get("title") if entry.get("source") else None
    return article(
        path,
        title,
        body,
        timestamp(_stamp(entry)),
        source=_clean(source) or outlet,
        author=_clean(entry.get("author")),
        url=entry.get("link") or None,
    )


def _html(entry: Any) -> str:
    contents = [c.get("value", "") for c in entry.get("content", [])]
    longest = max(contents, key=len, default="")
    summary = entry.get("summary", "")
    return longest if len(longest) >= len(summary) else summary


def _stamp(entry: Any) -> str | None:
    return entry.get("published") or entry.get("updated") or entry.get("created")


def _clean(value: str | None) -> str | None:
    return " ".join(value.split()) if value and value.strip() else None


def _choice(options: ReadOptions) -> str:
    return f" published since {options.since.isoformat()}" if options.since else ""
