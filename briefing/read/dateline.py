"""The date an article gives at its head, for articles whose metadata gives none.

Pasted wire copy and saved text often carry the date only in the text itself: a dateline
("BRUSSELS, March 3, 2025 (Reuters) - ...", "Brussels, 3 March 2025 - ...") or a date line
under the headline ("Wednesday, September 7, 2016", "Published: 3 March 2025 10:42 GMT").
Without that date every "on Monday" and "March 14" in the article stays unresolved, so the
reader takes it, but only from the first lines after the headline and only when day, month
and year are all written out: a date further down is an event's date, not the article's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from briefing.model import Document
from briefing.read.text import plausible_date
from briefing.rules import alternation, filled, month_numbers, patterns, weekday_stems, word_table

_MONTHS = month_numbers()
_MONTH = r"(?P<{g}>(?i:" + alternation(_MONTHS) + r"))\.?"
_WEEKDAY = rf"(?:(?i:{alternation(weekday_stems())})(?:day)?\.?,?\s+)?"
_ORDINAL = rf"(?:{alternation(word_table('time_words.json', 'ordinal_suffixes'))})?"
_DATE = (
    _WEEKDAY
    + r"(?:(?P<d1>\d{1,2})"
    + _ORDINAL
    + r"\s+"
    + _MONTH.format(g="m1")
    + r",?\s+(?P<y1>\d{4})"
    + r"|"
    + _MONTH.format(g="m2")
    + r"\s+(?P<d2>\d{1,2})"
    + _ORDINAL
    + r",?\s+(?P<y2>\d{4})"
    + r"|(?P<iso>\d{4}-\d\d-\d\d))"
)
_MONTH_ONLY = r"(?i:" + alternation(_MONTHS) + r")\.?"
_DAY_MONTH = rf"(?:{_MONTH_ONLY}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_ONLY})"  # no year: strip only
_PLACE = r"[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,3}"
_AGENCY = r"\([A-Z][\w .&-]{1,30}\)"
_DASH = r"\s*[-—–:]\s+"
# "BRUSSELS, March 3, 2025 (Reuters) - ", "Brussels, 3 March 2025 - ", "GENEVA (AP) — "
DATELINE = re.compile(
    rf"(?:{_PLACE}(?:,\s*|\s+))?(?:{_DATE})\s*(?:{_AGENCY})?{_DASH}"
    rf"|{_PLACE},\s*{_DAY_MONTH}\s*(?:{_AGENCY})?{_DASH}"
    rf"|{_PLACE}\s*{_AGENCY}{_DASH}"
    rf"|{_DAY_MONTH}\s*{_AGENCY}{_DASH}"  # a wire's digest: "Dec 29 (Reuters) - "
    rf"|[A-Z][A-Z.'’-]{{2,}}(?:[ ,]+[A-Z][A-Z.'’-]+){{0,3}}\s+[—–-]\s+",
)
# A line of its own: "Wednesday, September 7, 2016", "Published: 3 March 2025, 10:42 GMT"
_DATE_LINE = re.compile(filled(patterns("article_patterns.tsv")["date_line"], {"DATE": _DATE}))
# A wire byline on its own line: "By ANA RUIZ Associated Press" (who wrote it, no sentence)
_BYLINE_LINE = re.compile(patterns("article_patterns.tsv")["byline_line"])
_HEAD_LINES = 3  # headline, then byline / date line / dateline paragraph


def dateline_span(text: str) -> tuple[int, int] | None:
    """Where the dateline of the article sits: the first paragraph (within the head of the
    text) that opens with one."""
    for paragraph in re.finditer(r"[^\n]+", text[:1500]):
        match = DATELINE.match(paragraph.group())
        if match:
            return paragraph.start(), paragraph.start() + match.end()
    return None


def credit_span(text: str, dateline: tuple[int, int] | None) -> tuple[int, int] | None:
    """Where the agency credit sits in the article's ``dateline`` (as ``dateline_span``
    found it): "(Reuters)", "(AP)". The agency that filed the story is its source, not one
    of its actors."""
    credit = re.search(_AGENCY, text[dateline[0] : dateline[1]]) if dateline else None
    return (dateline[0] + credit.start(), dateline[0] + credit.end()) if credit else None


def dateline_end(paragraph: str) -> int:
    """Where a dateline opening ``paragraph`` ends; 0 when it has none."""
    match = DATELINE.match(paragraph)
    return match.end() if match else 0


def without_dateline(body: str) -> str:
    """``body`` from its first sentence on: date lines, wire bylines ("By ANA RUIZ
    Associated Press") and a dateline at its start removed. A byline taken for the lead
    made the writer the article's first key actor and the bottom line open with the
    dateline."""
    while True:
        body = body.lstrip()
        line = body.split("\n", 1)[0].strip()
        if not line or not (_DATE_LINE.fullmatch(line) or is_byline(line)):
            break
        body = body[len(line) :]
    return body[dateline_end(body) :]


def is_byline(line: str) -> bool:
    """Whether ``line`` (one line, stripped) is a wire byline: "By Ana Ruiz, Reuters"."""
    return len(line) <= 120 and _BYLINE_LINE.fullmatch(line) is not None


def dateline_date(text: str) -> str | None:
    """The ISO date a dateline or date line near the head of ``text`` gives, else None."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines[: 1 + _HEAD_LINES]:
        match = _DATE_LINE.fullmatch(line) or DATELINE.match(line)
        if match and (date := _to_iso(match)):
            return date
    return None


def with_dateline_date(document: Document) -> Document:
    """The document, dated by its dateline when its metadata gave no date."""
    if document.published:
        return document
    date = dateline_date(document.text)
    return replace(document, published=date) if date else document


def _to_iso(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    if groups.get("iso"):
        text = groups["iso"]
    elif groups.get("y1"):
        text = f"{groups['y1']}-{_MONTHS[groups['m1'].lower()]:02d}-{int(groups['d1']):02d}"
    elif groups.get("y2"):
        text = f"{groups['y2']}-{_MONTHS[groups['m2'].lower()]:02d}-{int(groups['d2']):02d}"
    else:
        return None
    try:
        date = dt.date.fromisoformat(text)
    except ValueError:
        return None
    return date.isoformat() if plausible_date(date) else None
