"""Plain-text articles (.txt/.md, or stdin) -> Documents, and helpers every reader shares.

The text a Document carries is exactly what every offset refers to: the decoded file with the
BOM removed, or, with front matter, everything after the newline that ends the closing
``---`` line. Nothing else is changed, so ``text[start:end]`` reproduces every span.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email.utils
import re
from typing import Any

from briefing.errors import InputError
from briefing.model import Document
from briefing.read.options import MAX_BYTES

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
FRONT_MATTER_KEYS = {"title", "published", "source", "url", "date", "author"}
# spaCy's own default limit (nlp.max_length). The rule pipeline's time grows faster than the
# text (twice the text, about four times the time: minutes at this length), so a longer text
# is refused with a line saying so rather than raised past the limit; see check_length.
MAX_CHARS = 1_000_000
_LATIN_FAMILY = {
    "cp1250",
    "cp1252",
    "latin_1",
    "iso8859_2",
    "iso8859_10",
    "iso8859_15",
    "mac_latin2",
}  # a news article is a few kB; anything this large is not one

# A publication date outside these years is a placeholder (0001-01-01, 9999-12-31) or a typo,
# never a news article's; resolving "next week" against it would also leave the calendar.
EARLIEST_YEAR, LATEST_YEAR = 1800, 2199
PLAUSIBLE_YEARS = f"between {EARLIEST_YEAR} and {LATEST_YEAR}"

# Lines end in \n, \r\n or a lone \r (old Mac files, some exports): front matter is
# recognised with any of them. The closing --- starts a line: right after a line end.
_FRONT_MATTER = re.compile(
    r"\A---[ \t]*(?:\r\n|\r|\n)(.*?)(?<=[\r\n])---[ \t]*(?:\r\n|\r|\n|\Z)", re.S
)
_KEY_VALUE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")


def parse_document(raw: bytes, *, path: str, doc_id: str) -> Document:
    """Decode, split off front matter and find the title of one article."""
    if len(raw) > MAX_BYTES:
        raise InputError(f"{path}: larger than {MAX_BYTES // 1_000_000} MB; not a news article")
    content = decode(raw, path)
    meta, text = split_front_matter(content, path)
    if not text.strip():
        raise InputError(f"{path}: the article is empty")
    title = meta.get("title") or first_line(text)
    stamp = meta.get("published") or meta.get("date")
    published = _date(stamp, path)
    return Document(
        id=doc_id,
        path=path,
        title=title,
        text=text,
        published=published,
        source=meta.get("source") or None,
        url=meta.get("url") or None,
        author=meta.get("author") or None,
        published_at=timestamp(stamp)[1],
    )


def check_length(document: Document) -> Document:
    """``document``, unless its text is longer than the pipeline reads (MAX_CHARS): five MB
    of a page or an export can hold several times that, and spaCy would stop on it with a
    traceback after the reading was done."""
    if len(document.text) > MAX_CHARS:
        raise InputError(
            f"{document.path}: {len(document.text):,} characters of text; briefing reads at "
            f"most {MAX_CHARS:,} per article (split it into parts)"
        )
    return document


# Below this size a text holds too few non-ASCII bytes for charset detection to go on: the
# detector read "Müller" in latin-1 as UTF-16 ("ﱍ汬牥") and "Café crème" as Urdu (cp1006).
SHORT_TEXT_BYTES = 10_000


def decode(raw: bytes, path: str) -> str:
    """UTF-8 (BOM removed) when valid; else, for a short text, Windows-1252 (latin-1's
    superset, the likeliest 8-bit encoding of a Western news text) when every byte is one of
    its characters; else the encoding charset-normalizer detects."""
    if not raw.strip():
        raise InputError(f"{path}: the article is empty")
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{path}: looks like a binary file, not a text article")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if len(raw) < SHORT_TEXT_BYTES and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        with contextlib.suppress(UnicodeDecodeError):
            text = raw.decode("cp1252")
            if not _looks_binary(text):
                return text
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise InputError(f"{path}: cannot detect the text encoding; save it as UTF-8")
    text = str(best)
    if best.encoding in _LATIN_FAMILY:
        # The detector cannot tell Western from Central European single-byte code pages
        # apart on short texts; for English news Windows-1252 is by far the likelier one.
        with contextlib.suppress(UnicodeDecodeError):
            text = raw.decode("cp1252")
    if _looks_binary(text):
        raise InputError(f"{path}: looks like a binary file, not a text article")
    return text.removeprefix("\ufeff")


def _looks_binary(text: str) -> bool:
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return controls > len(sample) * 0.01


def split_front_matter(content: str, path: str) -> tuple[dict[str, str], str]:
    """Split a leading ``---`` block of ``key: value`` lines from the article text."""
    match = _FRONT_MATTER.match(content)
    if not match:
        return {}, content
    meta: dict[str, str] = {}
    for line in match.group(1).splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        pair = _KEY_VALUE.match(line)
        if not pair:
            raise InputError(f"{path}: front matter line {line.strip()!r} is not 'key: value'")
        key, value = pair.group(1).lower(), _unquote(pair.group(2))
        if key in FRONT_MATTER_KEYS:
            meta[key] = value
    return meta, content[match.end() :]


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


MAX_TITLE_WORDS = 25


def first_line(text: str) -> str:
    """The first non-empty line, without Markdown heading marks: the article's headline.

    An article that starts with its body (no headline) gets its first sentence, shortened,
    so the title stays a title.
    """
    for line in text.splitlines():
        if line.strip():
            line = line.strip().lstrip("#").strip()
            if len(line.split()) <= MAX_TITLE_WORDS:
                return line
            sentence = re.split(r"(?<=[.!?])\s", line, maxsplit=1)[0]
            words = sentence.split()
            if len(words) <= MAX_TITLE_WORDS:
                return sentence.rstrip(".")
            return " ".join(words[:15]) + " …"
    return ""


def plausible_date(value: dt.date) -> bool:
    """Whether ``value`` can be a news article's date (see EARLIEST_YEAR)."""
    return EARLIEST_YEAR <= value.year <= LATEST_YEAR


def _date(value: str | None, path: str) -> str | None:
    if not value:
        return None
    try:
        date = dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise InputError(
            f"{path}: front matter date {value!r} is not a date; write it as YYYY-MM-DD"
        ) from None
    if not plausible_date(date):
        raise InputError(
            f"{path}: front matter date {value!r} is no publication date (give one "
            f"{PLAUSIBLE_YEARS})"
        )
    return date.isoformat()


def timestamp(value: str | None) -> tuple[str | None, str | None]:
    """A publication stamp -> (YYYY-MM-DD, full ISO timestamp or None when only a date).

    Accepts ISO 8601 (web pages, JSON-LD, Atom) and RFC 822 (RSS). The date is the one the
    article's own clock shows, so a story stamped 00:30+01:00 keeps its local date; that is
    the date its "today" and "on Tuesday" mean. Unparseable values, and placeholders such as
    0001-01-01 (see ``plausible_date``), give (None, None): web metadata is often junk, and a
    missing date is better than a wrong one.
    """
    when = _stamp(value)
    if when is None or not plausible_date(when):
        return None, None
    if isinstance(when, dt.datetime):
        return when.date().isoformat(), when.isoformat()
    return when.isoformat(), None


def stamp_problem(value: str) -> str:
    """Why ``timestamp(value)`` gave no date, for a reader that requires one to say."""
    if _stamp(value) is None:
        return "is not a date; use ISO 8601"
    return f"is no publication date (give one {PLAUSIBLE_YEARS})"


def _stamp(value: str | None) -> dt.date | dt.datetime | None:
    text = (value or "").strip()
    return (_iso(text) or _rfc822(text)) if text else None


def _iso(text: str) -> dt.date | dt.datetime | None:
    if len(text) == 10:
        with contextlib.suppress(ValueError):
            return dt.date.fromisoformat(text)
    with contextlib.suppress(ValueError):
        return dt.datetime.fromisoformat(text)
    return None


def _rfc822(text: str) -> dt.datetime | None:
    try:
        return email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def article(
    path: str, title: str, body: str, published: tuple[str | None, str | None], **metadata: Any
) -> Document:
    """The record of one article read from any format: its text composed as a .txt article's
    (``compose_text``), ``published`` as ``timestamp`` gives it, and the format's metadata
    (``source``, ``author``, ``url``)."""
    return Document(
        id="",
        path=path,
        title=title,
        text=compose_text(title, body),
        published=published[0],
        published_at=published[1],
        **metadata,
    )


def compose_text(title: str, body: str) -> str:
    """Headline, blank line, body: the shape of a .txt article, so every reader's text (and
    so every brief) is the same whatever the article came in."""
    title, body = title.strip(), body.strip()
    if not title or body.startswith(title):
        return body
    return f"{title}\n\n{body}"
