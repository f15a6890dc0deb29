"""Make an e-mail's HTML fetch nothing: the last step before a brief.eml is written.

A team's e-mail template is the team's own HTML, and a mail client that loads one remote
resource tells a third party who read the brief, when, and from where. Jinja's sandbox keeps
the template from running code, not from writing ``<img srcset=...>``, so the rendered HTML
is filtered here. The filter parses the tags (a regular expression over ``<...>`` is fooled
by a ``>`` inside a quoted attribute) and, in them:

- every URL-valued attribute (``src``, ``srcset``, ``poster``, ``data``, ``action``,
  ``formaction``, ``ping``, ``background``, ``href``, ... from rules/email_html.json) that
  points anywhere but the message itself (``cid:``), a ``mailto:``, a ``#fragment`` or, for an
  image, a ``data:image/...`` URL becomes ``blocked:``;
- ``<base>``, ``<link>``, ``<script>`` and ``<meta http-equiv>`` (refresh, Link, ...) are
  removed, and so are comments (Outlook reads HTML inside ``<!--[if mso]>``);
- in CSS (``style`` attributes and ``<style>`` blocks), a declaration or block that loads
  anything (``url()`` other than ``cid:``/``data:image``, ``@import``, ``image-set()``, ...)
  is removed, judged after CSS escapes (``u\\72l(``) are decoded and comments dropped;
- ``on*`` event attributes are removed (a script can fetch too).

Text between tags passes through byte for byte.
"""

from __future__ import annotations

import re
from functools import cache
from html import escape
from html.parser import HTMLParser

from briefing import rules

BLOCKED = "blocked:"
_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\r\n\f]?|\r\n|[\n\r\f]|(.))", re.S)
_CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|\Z)", re.S)
_CSS_URL = re.compile(r"url\(\s*([\"']?)\s*([^\"')\s]*)")
_SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):", re.I)
# A ';' that ends a declaration: not escaped (``\;`` and ``\3b`` are characters of a value).
_DECLARATION_END = re.compile(r"(?<!\\);")


@cache
def _table(key: str) -> frozenset[str]:
    return frozenset(rules.word_table("email_html.json", key))


def no_remote(html: str) -> str:
    """``html`` with nothing left that a mail client would fetch (see the module docstring)."""
    parser = _Filter()
    parser.feed(html)
    parser.close()
    return "".join(parser.out)


def css_fetches(css: str) -> bool:
    """Whether CSS text would load something from outside the message. Escapes are decoded
    first, because ``u\\72l(http://x)`` is ``url(http://x)`` to every CSS parser."""
    plain = _CSS_COMMENT.sub("", decode_css_escapes(css)).lower().replace("\x00", "")
    plain = re.sub(r"\s+", "", plain)
    for construct in _table("css_fetches"):
        if construct == "url(":
            if any(not _inert_url(m.group(2), image=True) for m in _CSS_URL.finditer(plain)):
                return True
        elif construct in plain:
            return True
    return False


def decode_css_escapes(css: str) -> str:
    """CSS text with its backslash escapes replaced by the characters they stand for."""

    def one(match: re.Match[str]) -> str:
        if match.group(1):
            code = int(match.group(1), 16)
            return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"
        return match.group(2) or ""

    return _CSS_ESCAPE.sub(one, css)


def clean_style(style: str) -> str:
    """A style attribute without the declarations that would fetch something."""
    if not css_fetches(style):
        return style
    kept = [d for d in _DECLARATION_END.split(style) if not css_fetches(d)]
    return ";".join(kept).strip()


def _inert_url(value: str, *, image: bool) -> bool:
    """Whether a URL loads nothing: a part of this message, a mail address, a fragment, or an
    inline image."""
    url = "".join(value.split()).lower()
    if url.startswith("#") or url == "":
        return True
    scheme = _SCHEME.match(url)
    if scheme is None:
        return False  # relative or protocol-relative (//host): resolved against something
    if scheme.group(1) in _table("safe_schemes"):
        return True
    if image and scheme.group(1) == "data":
        media = url[len("data:") :].split(";")[0].split(",")[0]
        return media in _table("image_data")
    return False


def _inert_attribute(name: str, value: str) -> bool:
    image = name in _table("image_attributes")
    if name in _table("url_lists"):
        # srcset: "URL [descriptor], URL [descriptor]"; ping and archive: URLs apart by spaces
        parts = value.split(",") if name == "srcset" else value.split()
        urls = [part.split()[0] for part in parts if part.split()]
        return all(_inert_url(url, image=image) for url in urls)
    return _inert_url(value, image=image)


class _Filter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.skipping: str | None = None  # inside <script>: its text goes too
        self.style: list[str] | None = None  # the text of the <style> block being read

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._tag(tag, attrs, closed=False)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._tag(tag, attrs, closed=True)

    def _tag(self, tag: str, attrs: list[tuple[str, str | None]], *, closed: bool) -> None:
        if self._dropped(tag, attrs):
            if tag == "script" and not closed:
                self.skipping = tag
            return
        if tag == "style" and not closed:
            self.style = []
        cleaned = [(name, self._value(name, value)) for name, value in attrs]
        kept = [(n, v) for n, v in cleaned if not n.startswith("on")]
        if kept == attrs:
            self.out.append(self.get_starttag_text() or "")
            return
        text = "".join(f" {n}" if v is None else f' {n}="{escape(v)}"' for n, v in kept)
        self.out.append(f"<{tag}{text}{' /' if closed else ''}>")

    def _dropped(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        if tag in _table("dropped_elements"):
            return True
        if tag == "meta":
            return any(name == "http-equiv" for name, _ in attrs)
        return False

    def _value(self, name: str, value: str | None) -> str | None:
        if value is None:
            return None
        if name == "style":
            return clean_style(value)
        local = name.rsplit(":", 1)[-1]
        if local in _table("url_attributes") and not _inert_attribute(local, value):
            return BLOCKED
        return value

    def handle_endtag(self, tag: str) -> None:
        if self.skipping == tag:
            self.skipping = None
            return
        if tag in _table("dropped_elements"):
            return
        if tag == "style" and self.style is not None:
            css = "".join(self.style)
            self.style = None
            if not css_fetches(css):  # a <style> block that loads anything goes whole
                self.out.append(css)
        self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        (self.out if self.style is None else self.style).append(data)

    def handle_entityref(self, name: str) -> None:
        if not self.skipping:
            self.out.append(f"&{name};")

    def handle_charref(self, name: str) -> None:
        if not self.skipping:
            self.out.append(f"&#{name};")

    def handle_comment(self, data: str) -> None:
        """Dropped: Outlook parses the HTML inside conditional comments."""

    def handle_decl(self, decl: str) -> None:
        self.out.append(f"<!{decl}>")

    def handle_pi(self, data: str) -> None:
        """Dropped: a processing instruction means nothing in a mail."""

    def unknown_decl(self, data: str) -> None:
        """Dropped (``<![CDATA[...]]>``): nothing a mail needs."""
