"""A web page's metadata: headline, publisher, author, publication stamps, canonical URL.

Sources in order of trust: JSON-LD ``NewsArticle`` (written for search engines, so usually
right and with a time zone), then Open Graph / ``article:*`` / Dublin Core meta tags, then
``<title>``. Dates are returned as a list, most trusted first; the reader takes the first
that parses.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import lxml.html

from briefing.read.json_text import JSONProblem, parse_json
from briefing.rules import word_table

ARTICLE_TYPES = frozenset(word_table("page_meta.json", "article_types"))
DATE_META = word_table("page_meta.json", "date_meta")
_LD_DEPTH = 4  # a list of @graph objects holding a list is as deep as real pages go


def page_metadata(tree: lxml.html.HtmlElement) -> dict[str, Any]:
    """title, source, author, url (each str or absent) and dates (list, best first)."""
    ld = json_ld_article(tree)
    meta = meta_tags(tree)
    headline, outlet = _title_tag(tree)
    found: dict[str, Any] = {
        "title": _text(ld.get("headline")) or meta.get("og:title") or headline,
        "source": _name(ld.get("publisher")) or meta.get("og:site_name") or outlet,
        "author": _names(ld.get("author")) or _person(meta.get("author") or ""),
        "url": _canonical(tree) or meta.get("og:url") or _text(ld.get("url")),
        "dates": [_text(ld.get("datePublished"))] + [meta.get(key) for key in DATE_META],
    }
    found["dates"] += tree.xpath("//time/@datetime")[:1]
    found["dates"] = [d for d in found["dates"] if d]
    return {key: value for key, value in found.items() if value}


def json_ld_article(tree: lxml.html.HtmlElement) -> dict[str, Any]:
    """The first JSON-LD object typed as an article (top level, in a list or in @graph)."""
    for script in tree.xpath("//script[@type='application/ld+json']"):
        try:
            data = parse_json(script.text or "")
        except JSONProblem:
            continue  # pages ship broken JSON-LD often enough; the meta tags remain
        for item in _ld_items(data):
            types = item.get("@type")
            types = {types} if isinstance(types, str) else set(types or ())
            if types & ARTICLE_TYPES:
                return item
    return {}


def _ld_items(data: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """The objects at the top, in a list, or in ``@graph``: where publishers put the
    article. Nothing deeper is searched, so a page nesting lists a thousand deep costs no
    more than one that does not."""
    if depth > _LD_DEPTH:
        return
    if isinstance(data, list):
        for item in data:
            yield from _ld_items(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        yield from _ld_items(data.get("@graph", []), depth + 1)


def meta_tags(tree: lxml.html.HtmlElement) -> dict[str, str]:
    """<meta> name/property/itemprop (lower case) -> content; the first of each wins."""
    tags: dict[str, str] = {}
    for node in tree.xpath("//meta[@content]"):
        key = node.get("property") or node.get("name") or node.get("itemprop") or ""
        content = " ".join(node.get("content", "").split())
        if key and content:
            tags.setdefault(key.strip().lower(), content)
    return tags


def _title_tag(tree: lxml.html.HtmlElement) -> tuple[str | None, str | None]:
    """<title> split into (headline, outlet): "Headline | Outlet", "Headline - Outlet"."""
    titles = tree.xpath("//title/text()")
    title = " ".join(titles[0].split()) if titles else ""
    for separator in (" | ", " – ", " — ", " - "):
        if separator in title:
            headline, outlet = title.rsplit(separator, 1)
            return headline or None, outlet or None
    return title or None, None


def _canonical(tree: lxml.html.HtmlElement) -> str | None:
    hrefs = tree.xpath("//link[@rel='canonical']/@href")
    return hrefs[0].strip() if hrefs and hrefs[0].startswith(("http://", "https://")) else None


def _text(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    return " ".join(value.split()) if isinstance(value, str) and value.strip() else None


def _name(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        return _text(value.get("name"))
    return _text(value)


def _names(value: Any) -> str | None:
    items = value if isinstance(value, list) else [value]
    names = [n for n in (_name(item) for item in items) if n]
    return ", ".join(dict.fromkeys(names)) or None


def _person(value: str) -> str | None:
    # article:author is often a profile URL, not a name.
    return value if value and not value.startswith(("http://", "https://")) else None
