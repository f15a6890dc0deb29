"""Time expressions of one document, normalised TimeML-style against the reference date.

One regular expression per kind of expression (explicit dates, weekdays, relative days,
weeks, months and years, vague references, durations, clock times), each with a small
normaliser. The reference date is the article's own (front matter ``published``) or the
user's ``--date``; without one, relative expressions get ``value=None`` rather than a guess.
Weekdays and bare months take the tense of their sentence: "will meet on Thursday" is the
coming Thursday, "met on Thursday" the last one.

We do not call dateparser here: it handles explicit dates well, but parsing every candidate
with it costs milliseconds each, and the explicit forms news uses are few enough to
normalise directly at the pipeline's speed target.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc

from briefing.extract.events.modality import without_month_may
from briefing.model import Document, TimeExpression
from briefing.nlp.doc import sentence_spans, text_of

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}  # fmt: skip
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90,
    "several": "X", "few": "X", "many": "X",
}  # fmt: skip
UNITS = {
    "year": "Y",
    "month": "M",
    "week": "W",
    "day": "D",
    "decade": "DE",
    "hour": "H",
    "minute": "MI",
}

_MONTH = r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"  # noqa: E501
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# A named calendar day, year or not ("March 6", "6 March"): what an undated article can
# still show of a date.
CALENDAR_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b|\b{_DAY}\s+(?:of\s+)?{_MONTH}\b")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|several|few|many)"  # noqa: E501
_UNIT = r"(?:year|month|week|day|decade|hour|minute)s?"
FUTURE_CUES = re.compile(
    r"\b(?:will|shall|'ll|is set to|are set to|is due to|are due to|is expected to|are expected to"
    r"|(?<!was )(?<!were )due (?:in|on|by|next)|plans? to|planned|is scheduled|are scheduled|going to|upcoming|would(?! have)|(?:could|may|might)(?! have))\b",
    re.I,
)

PAST_CUES = re.compile(
    r"\b(?:\w+ed|met|said|told|was|were|had|did|went|came|took|held|began|won|lost|left)\b", re.I
)
CLAUSE_BREAK = re.compile(r"[,;:]\s|\s(?:and|but|while|after|before|when)\s")


def is_future(sentence: str, position: int) -> bool:
    """Future when the expression's own clause says so ('and will meet on Thursday'); a clause
    with no tense marker of its own takes the sentence's."""
    sentence = without_month_may(sentence)
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(sentence, 0, position)]
    clause = sentence[breaks[-1] if breaks else 0 : position]
    if FUTURE_CUES.search(clause):
        return True
    if PAST_CUES.search(clause):
        return False
    return bool(FUTURE_CUES.search(sentence))


def tense_of(sentence: str, position: int) -> str:
    """'future', 'past' or 'present' for the expression at ``position``: as ``is_future``,
    but a sentence with no past marker either ("The March 6 summit is seen as pivotal") is
    'present', so an undated article can still tell a coming date from a bygone one."""
    if is_future(sentence, position):
        return "future"
    return "past" if PAST_CUES.search(sentence) else "present"


@dataclass(frozen=True)
class Context:
    """What a normaliser needs: the reference date and whether the sentence is about the future."""

    reference: dt.date | None
    future: bool


Normaliser = Callable[[re.Match[str], Context], str | None]


def _date(ref: dt.date | None, d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


def _month_day(m: re.Match[str], ctx: Context) -> str | None:
    month = MONTHS[m.group("month").lower().rstrip(".")]
    day = int(re.sub(r"\D", "", m.group("day")))
    year = int(m.group("year")) if m.group("year") else None
    if year is None:
        if ctx.reference is None:
            return None
        year = ctx.reference.year
        candidate = _safe_date(year, month, day)
        if candidate and ctx.future and candidate < ctx.reference - dt.timedelta(days=31):
            year += 1
        elif candidate and not ctx.future and candidate > ctx.reference + dt.timedelta(days=31):
            year -= 1
    d = _safe_date(year, month, day)
    return d.isoformat() if d else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _iso(m: re.Match[str], ctx: Context) -> str | None:
    return m.group(0)


def _month_year(m: re.Match[str], ctx: Context) -> str | None:
    return f"{m.group('year')}-{MONTHS[m.group('month').lower().rstrip('.')]:02d}"


def _month(m: re.Match[str], ctx: Context) -> str | None:
    if ctx.reference is None:
        return None
    month = MONTHS[m.group("month").lower().rstrip(".")]
    year = ctx.reference.year
    if ctx.future and month < ctx.reference.month:
        year += 1
    elif not ctx.future and month > ctx.reference.month:
        year -= 1
    return f"{year}-{month:02d}"


def _year(m: re.Match[str], ctx: Context) -> str | None:
    return m.group("year")


def _weekday(m: re.Match[str], ctx: Context) -> str | None:
    if ctx.reference is None:
        return None
    target = WEEKDAYS.index(m.group("weekday").lower())
    delta = (target - ctx.reference.weekday()) % 7
    which = (m.groupdict().get("which") or "").lower()
    if which == "next":  # "next Wednesday" written on a Wednesday is a week away
        return (ctx.reference + dt.timedelta(days=delta or 7)).isoformat()
    if which == "last":
        return (ctx.reference - dt.timedelta(days=(7 - delta) or 7)).isoformat()
    if ctx.future or delta == 0:
        return (ctx.reference + dt.timedelta(days=delta)).isoformat()
    return (ctx.reference - dt.timedelta(days=(7 - delta) % 7)).isoformat()


def _week(d: dt.date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1, "the day": 0}


def _relative_day(m: re.Match[str], ctx: Context) -> str | None:
    if ctx.reference is None:
        return None
    word = re.sub(r"^(?:earlier|later)\s+", "", m.group(0).lower())
    return (ctx.reference + dt.timedelta(days=RELATIVE_DAYS.get(word, 0))).isoformat()


def _relative_unit(m: re.Match[str], ctx: Context) -> str | None:
    """this/next/last week|month|year, later this month, early next year, the end of the year."""
    if ctx.reference is None:
        return None
    shift = {"this": 0, "next": 1, "last": -1, "the": 0, "coming": 1, "past": -1}[
        m.group("which").lower()
    ]
    unit = m.group("unit").lower()
    ref = ctx.reference
    if unit == "week":
        return _week(ref + dt.timedelta(weeks=shift))
    if unit == "weekend":
        return _week(ref + dt.timedelta(weeks=shift)) + "-WE"
    if unit == "month":
        index = ref.year * 12 + ref.month - 1 + shift
        return f"{index // 12}-{index % 12 + 1:02d}"
    return str(ref.year + shift)


def _ago(m: re.Match[str], ctx: Context) -> str | None:
    if ctx.reference is None:
        return None
    count = _count(m.group("num"))
    unit = m.group("unit").lower().rstrip("s")
    if count == "X":
        return "PAST_REF"
    days = {"day": 1, "week": 7, "month": 30, "year": 365, "decade": 3650}.get(unit, 0) * count
    d = ctx.reference - dt.timedelta(days=days)
    return {"year": str(d.year), "decade": str(d.year), "month": d.strftime("%Y-%m")}.get(
        unit, d.isoformat() if unit == "day" else _week(d)
    )


def _count(word: str) -> int | str:
    return int(word) if word.isdigit() else NUMBERS.get(word.lower(), "X")


def _duration(m: re.Match[str], ctx: Context) -> str | None:
    count = _count(m.group("num"))
    unit = m.group("unit").lower().rstrip("s")
    code = UNITS[unit]
    if code in {"H", "MI"}:
        return f"PT{count}{'M' if code == 'MI' else 'H'}"
    if code == "DE":
        return f"P{count * 10 if isinstance(count, int) else 'X'}Y"
    return f"P{count}{code}"


def _fixed(value: str) -> Normaliser:
    return lambda m, ctx: value


def _clock(m: re.Match[str], ctx: Context) -> str | None:
    if ctx.reference is None:
        return None
    day = _weekday(m, ctx) if m.group("weekday") else ctx.reference.isoformat()
    zone = "Z" if m.group("zone") in {"UTC", "GMT"} else ""
    return f"{day}T{int(m.group('h')):02d}:{m.group('mi')}{zone}"


SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
QUARTERS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}


def _season(m: re.Match[str], ctx: Context) -> str | None:
    year = m.group("year") or (ctx.reference.year if ctx.reference else None)
    return f"{year}-{SEASONS[m.group('season').lower()]}" if year else None


def _quarter(m: re.Match[str], ctx: Context) -> str | None:
    year = m.group("year")
    if not year and ctx.reference:
        year = ctx.reference.year - (1 if m.group("last") else 0)
    return f"{year}-Q{QUARTERS[m.group('q').lower()]}" if year else None


def _decade(m: re.Match[str], ctx: Context) -> str | None:
    return (m.group("c") or "19") + m.group("d")[0]


def _short_year(m: re.Match[str], ctx: Context) -> str | None:
    return "19" + m.group("y")


def _same_day(m: re.Match[str], ctx: Context) -> str | None:
    return ctx.reference.isoformat() if ctx.reference else None


def _part_of_day(m: re.Match[str], ctx: Context) -> str | None:
    part = {"morning": "MO", "afternoon": "AF", "evening": "EV"}.get(m.group("p") or "", "NI")
    return f"{ctx.reference.isoformat()}T{part}" if ctx.reference else None


_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_UNIT_STEMS = ("year", "month", "week", "day", "decade", "hour", "minute")

# Order matters: longer, more specific expressions first; the first match at a place wins.
# The third item lists strings one of which every match holds (in lower case; empty: no
# test): most articles hold none of most patterns' words, and a substring test is far
# cheaper than running a regular expression that has no literal prefix over the article.
# (The duration's lookahead names the letters a number word can start with, 'ſ' being an
# 's' to a case-insensitive pattern: it spares trying every number word at every word.)
PATTERNS: list[tuple[str, Normaliser, tuple[str, ...]]] = [
    (r"\b(?P<year>\d{4})-\d\d-\d\d\b", _iso, ("-",)),
    (
        rf"\b(?P<month>{_MONTH})\s+(?P<day>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?\b(?!\s*(?:percent|%))",
        _month_day,
        _MONTH_STEMS,
    ),  # noqa: E501
    (
        rf"\b(?P<day>{_DAY})\s+(?:of\s+)?(?P<month>{_MONTH})(?:,?\s+(?P<year>{_YEAR}))?\b",
        _month_day,
        _MONTH_STEMS,
    ),  # noqa: E501
    (rf"\b(?P<month>{_MONTH})(?:,)?\s+(?P<year>{_YEAR})\b", _month_year, _MONTH_STEMS),
    (
        rf"\b(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?:\s*(?P<zone>UTC|GMT|a\.m\.|p\.m\.))?(?:\s+(?:on\s+)?(?P<weekday>{_WEEKDAY}))?",
        _clock,
        (":0", ":1", ":2", ":3", ":4", ":5"),
    ),  # noqa: E501
    (
        rf"\b(?:the\s+)?(?P<q>first|second|third|fourth|final|last)[\s-]+quarter(?:\s+of\s+(?:(?P<year>{_YEAR})|(?P<last>last year)|this year))?",
        _quarter,
        ("quarter",),
    ),  # noqa: E501
    (
        rf"\b(?i:(?P<season>spring|summer|autumn|winter))(?:\s+(?:of\s+)?(?P<year>{_YEAR}))?\b",
        _season,
        ("spring", "summer", "autumn", "winter"),
    ),  # noqa: E501
    (rf"\b(?:early|late|mid-?)\s*(?P<year>{_YEAR})\b", _year, ("early", "late", "mid")),
    (r"(?:\bthe\s+)?(?:\b(?P<c>1[89]|20)|'|\b)(?P<d>\d0)s\b", _decade, ("0s",)),
    (r"(?<![\w'])'(?P<y>[5-9]\d)\b", _short_year, ("'5", "'6", "'7", "'8", "'9")),
    (r"\b(?:late\s+in\s+|earlier\s+in\s+)?(?:the|that)\s+(?:same\s+)?day\b", _same_day, ("day",)),
    (
        r"\bthis\s+(?P<p>morning|afternoon|evening)\b|\btonight\b(?P<n>)",
        _part_of_day,
        ("morning", "afternoon", "evening", "tonight"),
    ),
    (
        r"\b(?:(?:earlier|later)\s+)?(?P<which>this|next|last|the|coming|past)\s+(?P<unit>week|weekend|month|year)\b(?!s)",
        _relative_unit,
        ("week", "month", "year"),
    ),  # noqa: E501
    (
        r"\b(?:later|earlier|early|late)\s+(?P<which>this|next|last)\s+(?P<unit>week|month|year)\b",
        _relative_unit,
        ("late", "earl"),
    ),  # noqa: E501
    (
        r"\b(?:by\s+)?the\s+end\s+of\s+(?P<which>the|this|next)\s+(?P<unit>week|month|year)\b",
        _relative_unit,
        ("end",),
    ),  # noqa: E501
    (rf"\b(?P<num>{_NUM})\s+(?P<unit>{_UNIT})\s+ago\b", _ago, ("ago",)),
    (
        r"\b(?:earlier\s+|later\s+)?(?:today|tonight|yesterday|tomorrow)\b",
        _relative_day,
        ("today", "tonight", "yesterday", "tomorrow"),
    ),
    (rf"\b(?P<which>next|last|this)\s+(?P<weekday>{_WEEKDAY})\b", _weekday, ("day",)),
    (rf"\b(?:on\s+)?(?P<weekday>{_WEEKDAY})\b", _weekday, ("day",)),
    (
        r"\b(?:in|within|over)\s+(?:the\s+)?(?:coming|next)\s+(?:few\s+)?(?:days|weeks|months|years)\b",
        _fixed("FUTURE_REF"),
        ("coming", "next"),
    ),  # noqa: E501
    (r"\bwithin\s+(?:days|weeks|months|hours)\b", _fixed("FUTURE_REF"), ("within",)),
    (
        r"\b(?:the\s+)?(?:near|long|short)\s+term\b|\bsoon\b|\bin\s+the\s+future\b",
        _fixed("FUTURE_REF"),
        ("term", "soon", "future"),
    ),  # noqa: E501
    (
        r"\b(?:in\s+)?recent\s+(?:days|weeks|months|years)\b|\brecently\b|\bin\s+the\s+past\b",
        _fixed("PAST_REF"),
        ("recent", "past"),
    ),  # noqa: E501
    (
        r"\b(?:now|currently|at\s+present|at\s+the\s+moment|nowadays)\b",
        _fixed("PRESENT_REF"),
        ("now", "currently", "present", "moment"),
    ),
    (
        rf"\b(?=[\dAaOoTtFfSsEeNnMmſ])(?i:(?P<num>{_NUM}))(?:\s+straight)?[\s-]+(?P<unit>{_UNIT})(?:[\s-]long)?\b",
        _duration,
        _UNIT_STEMS,
    ),  # noqa: E501
    (r"\bsingle-day\b|\bintraday\b", _fixed("P1D"), ("single-day", "intraday")),
    (r"\bannual\b", _fixed("P1Y"), ("annual",)),
    (r"\bdecades-long\b", _fixed("PXY"), ("decades-long",)),
    (r"\brecent\b", _fixed("PAST_REF"), ("recent",)),
    (r"\b(?:current|ongoing)\b", _fixed("PRESENT_REF"), ("current", "ongoing")),
    (rf"\b(?P<year>{_YEAR})\b(?!\s*(?:%|percent|[a-z]+s\b))(?!-\d)", _year, ("18", "19", "20")),
    (
        r"\b(?:in\s+)?(?P<month>January|February|March|April|June|July|August|September|October|November|December)\b",
        _month,
        _MONTH_STEMS,
    ),  # noqa: E501
    # "May" alone is as often the modal or a name ("Theresa May"): only after a preposition
    # that takes a month, and not as a possessive ("in May's cabinet").
    (
        r"\b(?:in|since|until|by|early|late|mid-)\s*(?P<month>May)\b(?!\s*['’]s\b)",
        _month,
        ("may",),
    ),
]
_COMPILED = [(re.compile(p), f, needs) for p, f, needs in PATTERNS]


def time_expressions(
    doc: Doc, document: Document, reference: dt.date | None
) -> list[TimeExpression]:
    """Every temporal expression in the document, normalised against ``reference``."""
    text = text_of(doc)
    sentences = sentence_spans(doc)
    starts = [s for s, _ in sentences]
    found: list[TimeExpression] = []
    taken: list[tuple[int, int]] = []
    lowered = text.lower()
    # A case-insensitive pattern equates 'ſ' with 's' and 'ı', 'İ' with 'i'; lower() does not.
    tested = not ("ſ" in lowered or "ı" in lowered or "i\u0307" in lowered)
    for pattern, normalise, needs in _COMPILED:
        if tested and needs and not any(word in lowered for word in needs):
            continue
        for m in pattern.finditer(text):
            start, end = m.start(), m.end()
            s0, s1 = sentences[max(0, bisect_right(starts, start) - 1)]
            if end > s1 or any(a < end and start < b for a, b in taken):
                continue
            tense = tense_of(text[s0:s1], start - s0)
            ctx = Context(reference, tense == "future")
            taken.append((start, end))
            found.append(
                TimeExpression(document.id, start, end, m.group(0), normalise(m, ctx), tense)
            )
    return sorted(found, key=lambda t: t.start)
