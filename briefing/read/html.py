"""Saved web pages -> Documents: main text by trafilatura, metadata by JSON-LD and meta tags.

Why this order: JSON-LD (``NewsArticle``) is what publishers write for search engines, so
its headline, ``datePublished`` (with time zone) and publisher are the most reliable; Open
Graph / ``article:*`` meta tags come next; trafilatura's own guesses last. When trafilatura
finds no main text (odd markup), the paragraphs of ``<article>`` (else ``<body>``) are used.
Navigation, ads, comments and paywall notices are pruned before extraction.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

import lxml.html

from briefing.errors import InputError
from briefing.model import Document
from briefing.read.page_meta import page_metadata
from briefing.read.text import compose_text, decode, first_line, timestamp
from briefing.rules import lines, patterns

MIN_WORDS = 15  # fewer words of main text: a listing, an error page or a paywall, not news
_BOILERPLATE = lines("page_boilerplate.txt")
# One expression, so the tree is walked once (trafilatura compiles it per page).
PRUNE_XPATH = " | ".join(
    [
        "//*["
        + " or ".join(f"contains(@class, '{w}') or contains(@id, '{w}')" for w in _BOILERPLATE)
        + "]",
        "//nav",
        "//aside",
        "//form",
    ]
)
# Paywall, ad and cross-promotion lines (rules/page_patterns.tsv).
_PAYWALL_LINE = re.compile(patterns("page_patterns.tsv")["paywall_line"])
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.I)
_XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
# WHATWG (HTML's prescan): a <meta> that says UTF-16 was found by reading the bytes as ASCII,
# so they are not UTF-16; browsers read such a page as UTF-8, and x-user-defined as
# windows-1252.
_META_OVERRIDES = {"utf-16le": "utf-8", "utf-16be": "utf-8", "x-user-defined": "windows-1252"}


def parse_page(
    raw: bytes, *, path: str, url: str | None = None, charset: str | None = None
) -> Document:
    """One saved or fetched web page -> one Document (its text starts with the headline)."""
    tree = page_tree(decode_page(raw, path, charset), path)
    meta = page_metadata(tree)
    body = main_text(tree)
    if len(body.split()) < MIN_WORDS:
        body = fallback_text(tree)
    if len(body.split()) < MIN_WORDS:
        raise InputError(f"{path}: not an article (no article text found in the page)")
    title = meta.get("title") or first_line(body)
    published, published_at = _first_stamp(meta.get("dates", []))
    location = url or meta.get("url")
    return Document(
        id="",
        path=path,
        title=title,
        text=compose_text(title, _without_title(body, title)),
        published=published,
        published_at=published_at,
        source=meta.get("source") or _host(location),
        author=meta.get("author"),
        url=location,
    )


def decode_page(raw: bytes, path: str, declared: str | None = None) -> str:
    """The charset the server or the page declares, else UTF-8, else a detected one.

    Labels are the web's (WHATWG Encoding, through ``webencodings``), not Python's codec
    names: a page may name ``rot13``, ``hex``, ``zip`` or ``base64`` as its charset, and
    Python would happily look those up as codecs that are no text encoding at all. A label
    the web does not know is an error naming the page rather than a guess: the page says it
    is not plain UTF-8 without saying what it is. A byte order mark wins over any
    declaration, as in browsers.
    """
    import webencodings

    declarations = (
        (declared, "the server declares", False),
        (_meta_charset(raw), "the page declares", True),
    )
    for label, who, in_page in declarations:
        if not label:
            continue
        encoding = webencodings.lookup(label)
        if encoding is None:
            raise InputError(
                f"{path}: {who} charset {label!r}, which is no web "
                "text encoding; save the page as UTF-8"
            )
        if in_page:
            encoding = webencodings.lookup(_META_OVERRIDES.get(encoding.name, encoding.name))
        return webencodings.decode(raw, encoding, errors="replace")[0]
    return decode(raw, path)


def _meta_charset(raw: bytes) -> str | None:
    match = _META_CHARSET.search(raw[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def page_tree(text: str, path: str) -> lxml.html.HtmlElement:
    try:
        return lxml.html.document_fromstring(_XML_DECLARATION.sub("", text, count=1))
    except (ValueError, lxml.etree.ParserError) as exc:
        raise InputError(f"{path}: not a readable HTML page ({exc})") from None


def main_text(tree: lxml.html.HtmlElement) -> str:
    """trafilatura's main text with boilerplate pruned, one paragraph per block."""
    import trafilatura

    found = trafilatura.bare_extraction(
        tree,
        fast=True,  # skip the readability/jusText comparison: half the time, same text here
        include_comments=False,
        include_tables=False,
        prune_xpath=PRUNE_XPATH,
        date_extraction_params={"extensive_search": False},
    )
    text = getattr(found, "text", None) or ""
    return _paragraphs(text.splitlines())


def fallback_text(tree: lxml.html.HtmlElement) -> str:
    """The paragraphs of <article>, else of <body>, minus navigation and boilerplate."""
    for node in tree.xpath(f"//script | //style | //header | //footer | {PRUNE_XPATH}"):
        if node.getparent() is not None:
            node.drop_tree()
    scope = (tree.xpath("//article") or tree.xpath("//body") or [tree])[0]
    blocks = scope.xpath(".//p | .//h1 | .//h2 | .//blockquote") or [scope]
    return _paragraphs(block.text_content() for block in blocks)


def fragment_text(html: str) -> str:
    """An HTML fragment (feed entry, export field) -> paragraphs of plain text."""
    if "<" not in html:
        return _paragraphs(html.splitlines())
    try:
        tree = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return _paragraphs(re.sub(r"<[^>]*>", " ", html).splitlines())
    blocks = tree.xpath(".//p | .//li | .//h1 | .//h2 | .//h3 | .//blockquote")
    if not blocks:
        for br in tree.iter("br"):  # "line one<br><br>line two": the breaks are paragraphs
            br.tail = "\n" + (br.tail or "")
        return _paragraphs(tree.text_content().splitlines())
    return _paragraphs(b.text_content() for b in blocks if not b.xpath(".//p"))


def _paragraphs(lines: Any) -> str:
    kept = []
    for line in lines:
        line = " ".join(line.split())
        if not line or (_PAYWALL_LINE.search(line) and len(line.split()) <= 25):
            continue
        kept.append(line)
    return "\n\n".join(kept)


def _without_title(body: str, title: str) -> str:
    first, _, rest = body.partition("\n\n")
    return rest if first.strip() == title.strip() and rest else body


def _first_stamp(values: list[str]) -> tuple[str | None, str | None]:
    for value in values:
        published, published_at = timestamp(value)
        if published:
            return published, published_at
    return None, None


def _host(url: str | None) -> str | None:
    host = urlsplit(url).hostname if url else None
    return host.removeprefix("www.") if host else None
