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

from briefing.extract.events.modality import PATTERNS, without_month_may
from briefing.model import Document, TimeExpression
from briefing.nlp.doc import DisjointSpans, sentence_spans, text_of
from briefing.rules import (
    alternation,
    filled,
    json_rules,
    month_forms,
    month_names,
    month_numbers,
    rows,
    weekday_names,
)
from briefing.rules.regex import WordStarts, compiled, word_initials

_WORDS = json_rules("time_words.json")
MONTHS = month_numbers()
WEEKDAYS = [day.lower() for day in weekday_names()]
NUMBERS: dict[str, int | str] = _WORDS["numbers"]
UNITS: dict[str, str] = _WORDS["units"]

_MONTH = f"(?:{alternation(month_forms())})"
_DAY = rf"(?:[12]\d|3[01]|0?[1-9])(?:{alternation(_WORDS['ordinal_suffixes'])})?"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
# A named calendar day, year or not ("March 6", "6 March"): what an undated article can
# still show of a date.
CALENDAR_DAY = re.compile(rf"\b{_MONTH}\s+{_DAY}\b|\b{_DAY}\s+(?:of\s+)?{_MONTH}\b")
_WEEKDAY = f"(?:{alternation(weekday_names())})"
_NUM = rf"(?:\d+|{alternation(NUMBERS)})"
_UNIT = f"(?:{alternation(UNITS)})s?"
FUTURE_CUES = compiled(
    rf"\b(?:{alternation(_WORDS['future_cues'])}|{'|'.join(_WORDS['future_cue_patterns'])})\b",
    re.I,
)

# A past form ('met', 'rose', '-ed'), but not a capitalised word after a word or a comma
# ('the Rose Bowl', 'the United States', 'Sen. Ted Cruz' after 'Sen.' aside): that is a name
PAST_CUES = re.compile(
    rf"\b(?!(?<=[\w,;:)]\s)(?-i:[A-Z]))(?:\w+ed|{alternation(_WORDS['past_verbs'])})\b", re.I
)
CLAUSE_BREAK = re.compile(PATTERNS["clause_break"])
# The word right after a time, past an adverb ('on Tuesday quickly went', 'last week also met')
_NEXT_VERB = re.compile(
    rf"\s+(?:(?:\w+ly|{alternation(_WORDS['adverbs_before_verb'])})\s+)?([\w']+)", re.I
)
# a relative pronoun, a word at most, then a past form: 'who won', 'which was held'
_PAST_RELATIVE = re.compile(
    rf"\b(?:{alternation(_WORDS['relative_pronouns'])})\s+(?:\w+\s+)?"
    rf"(?:\w+ed|{alternation(_WORDS['past_verbs'])})\b",
    re.I,
)
_AGENT = re.compile(r"\s+by\b", re.I)
_LEAD_PREPOSITIONS = frozenset(_WORDS["lead_prepositions"])
_OPENING_PARTICIPLE = re.compile(rf"\s*(?:{alternation(_WORDS['opening_participles'])})\s", re.I)
# a comma right after the time, or after a part of the day or 'local time'
_CLOSED = re.compile(r"(?:\s+[a-z]+){0,2},")
_OPENING_LEAD = re.compile(rf"\s*(?:{alternation(_WORDS['lead_prepositions'])})\s", re.I)


def is_future(sentence: str, position: int) -> bool:
    """Future when the expression's own clause says so ('and will meet on Thursday'); a clause
    with no tense marker of its own takes the sentence's."""
    return SentenceTense(sentence).is_future(position)


def tense_of(sentence: str, position: int) -> str:
    """'future', 'past' or 'present' for the expression at ``position``: as ``is_future``,
    but a sentence with no past marker either ("The March 6 summit is seen as pivotal") is
    'present', so an undated article can still tell a coming date from a bygone one."""
    return SentenceTense(sentence).tense(position)


class SentenceTense:
    """``is_future`` and ``tense_of`` for the expressions of one sentence. What holds for the
    whole sentence (its text with the month May blanked, where its clauses break, whether
    it has a future or a past cue anywhere) is worked out once, not once per expression:
    that was quadratic in a long sentence with many dates."""

    def __init__(self, sentence: str) -> None:
        self.original = sentence
        self.sentence = without_month_may(sentence)
        # The breaks of the whole sentence, in order; those ending by a position are the
        # ones a search stopping there finds: a clause break is a comma or a short word
        # with its spaces, so none found past the position hides one ending before it.
        self.break_ends = [m.end() for m in CLAUSE_BREAK.finditer(self.sentence)]
        # where each future cue ends, in order (the last before a time is looked up, not
        # searched for again from the sentence's start for every time)
        self.future_ends = [m.end() for m in FUTURE_CUES.finditer(self.sentence)]
        self._future: bool | None = None
        self._past: bool | None = None

    def is_future(self, position: int, end: int | None = None) -> bool:
        index = bisect_right(self.break_ends, position) - 1
        start = self.break_ends[index] if index >= 0 else 0
        clause = self.sentence[start:position]
        cue = bisect_right(self.future_ends, position) - 1
        if cue >= 0 and _PAST_RELATIVE.search(self.sentence, self.future_ends[cue], position):
            # 'would begin with the swearing-in of X who won the by-election ... on June 18':
            # a relative clause in the past after the future cue tells its own act (issue
            # 17, fresh wire sample N22: the by-election was put a year ahead)
            return False
        if FUTURE_CUES.search(clause):
            return True
        if PAST_CUES.search(self.sentence, start, position):  # the words before it seen
            return False
        if (
            not clause.strip(" ,")
            or clause.strip().lower() in _LEAD_PREPOSITIONS
            or (start == 0 and end is not None and self._ends_opening(clause, end))
            or (end is not None and self._closes_participle_opening(position, end))
        ):
            # Nothing of its clause before the time ("On Tuesday, the company said it would
            # ..."), or the time closes the sentence's opening phrase ('After the verdict on
            # Friday, the judge said the sentencing will be held in July'): the verb after it
            # governs, not a modal further on.
            participle = self._agent_participle(end) if end is not None else 0
            after = self.sentence[participle or position :]
            future, past = FUTURE_CUES.search(after), PAST_CUES.search(after)
            if past and (future is None or past.start() < future.start()):
                return False
        elif end is not None:
            # No tense before the time in its clause ('The vote on Tuesday went badly, and
            # the next one will ...'): the time closes its clause's subject, so the verb
            # right after it governs, not a modal of another clause. Only that verb: an
            # '-ed' word further on is as often an adjective ('an April 15 deadline for a
            # detailed plan'), nor a participle with its agent ('The summit opens on Friday
            # followed by the leaders' meeting': no past of the clause; sample N14)
            verb = _NEXT_VERB.match(self.sentence, end)
            if (
                verb
                and PAST_CUES.fullmatch(verb.group(1))
                and not FUTURE_CUES.match(verb.group(1))
                and not self._agent_participle(end)
            ):
                return False
        if self._future is None:
            self._future = bool(self.future_ends)
        return self._future

    def _agent_participle(self, end: int) -> int:
        """Where a past participle with its agent right after the time ends ('commences on
        Friday followed by the leaders' meeting'): a reduced passive tells no tense of the
        clause. 0 when none stands there."""
        verb = _NEXT_VERB.match(self.sentence, end)
        if verb is None or not PAST_CUES.fullmatch(verb.group(1)):
            return 0
        agent = _AGENT.match(self.sentence, verb.end())
        return agent.end() if agent else 0

    def _ends_opening(self, clause: str, end: int) -> bool:
        """Whether the time ends an opening phrase that a lead preposition opens and a comma
        closes ('After the announcement of the verdict on Friday, ...'): a phrase with no
        verb of its own, whose time the main clause's verb dates."""
        return bool(_OPENING_LEAD.match(clause)) and self.sentence[end : end + 1] == ","

    def _closes_participle_opening(self, position: int, end: int) -> bool:
        """Whether the time closes an opening phrase that a participle of speaking leads
        ('Speaking to reporters in Accra, the capital of Ghana, during his trip on Monday
        local time, Kishida said ...'): no tense before it, a comma after it (a part of
        the day or 'local time' between)."""
        return bool(
            _OPENING_PARTICIPLE.match(self.sentence)
            and _CLOSED.match(self.sentence, end)
            and not PAST_CUES.search(self.sentence, 0, position)
            and not FUTURE_CUES.search(self.sentence, 0, position)
        )

    def tense(self, position: int, end: int | None = None) -> str:
        if self.is_future(position, end):
            return "future"
        if self._past is None:  # a participle with its agent ('followed by') is no past
            self._past = any(
                not _AGENT.match(self.original, m.end()) for m in PAST_CUES.finditer(self.original)
            )
        return "past" if self._past else "present"


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


def _weekday_nearest(m: re.Match[str], ctx: Context) -> str | None:
    """'Monday's decision', 'a Saturday rally': a day inside a noun phrase has no verb of its
    own to tell its tense (the clause's verb is another act's: 'Monday's decision will
    reverberate', 'Ahead of Friday's meeting'), so it is the nearest such day, as news
    names the days of the week around its own: on PolNeAR reports a ruling of the day
    before and a rally of the Saturday before were put six days ahead."""
    if ctx.reference is None:
        return None
    delta = (WEEKDAYS.index(m.group("weekday").lower()) - ctx.reference.weekday()) % 7
    return (ctx.reference + dt.timedelta(days=delta if delta <= 3 else delta - 7)).isoformat()


def _every_weekday(m: re.Match[str], ctx: Context) -> str | None:
    """'every Friday': a recurrence (TimeML's SET 'XXXX-WXX-5'), no day a diary can hold; read
    as a weekday, 'every Friday, from 8 a.m. to noon, Fiorina would lead a meeting' (a past
    habit) became the coming Friday."""
    return f"XXXX-WXX-{WEEKDAYS.index(m.group('weekday').lower()) + 1}"


def _weekday_ahead(m: re.Match[str], ctx: Context) -> str | None:
    """'closed until Friday': a period running from the time of writing up to the day, so
    the coming one, whatever the clause's tense ('has continued to hold ... until Friday')."""
    return _weekday(m, Context(ctx.reference, True))


def _month_of_year(m: re.Match[str], ctx: Context) -> str | None:
    """'October of next year': the month of the year named relative to the article's."""
    if ctx.reference is None:
        return None
    year = ctx.reference.year + _WORDS["shifts"][m.group("which").lower()]
    return f"{year}-{MONTHS[m.group('month').lower().rstrip('.')]:02d}"


def _week(d: dt.date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


RELATIVE_DAYS: dict[str, int] = _WORDS["relative_days"]
_EARLIER_LATER = re.compile(PATTERNS["earlier_later"])


def _relative_day(m: re.Match[str], ctx: Context) -> str | None:
    if ctx.reference is None:
        return None
    word = _EARLIER_LATER.sub("", m.group(0).lower())
    return (ctx.reference + dt.timedelta(days=RELATIVE_DAYS.get(word, 0))).isoformat()


def _relative_unit(m: re.Match[str], ctx: Context) -> str | None:
    """this/next/last week|month|year, later this month, early next year, the end of the year."""
    if ctx.reference is None:
        return None
    shift = _WORDS["shifts"][m.group("which").lower()]
    unit = m.group("unit").lower()
    ref = ctx.reference
    if unit == "week":
        if shift == 0 and ctx.future and ref.weekday() == 6:
            # 'will open this week' written on a Sunday: the week that starts tomorrow (the
            # ISO week ending today has nothing left of it to come)
            return _week(ref + dt.timedelta(days=1))
        return _week(ref + dt.timedelta(weeks=shift))
    if unit == "weekend":
        # 'met over the weekend', 'this weekend' in a clause that is not about the future,
        # written on a weekday: the weekend just past, which closes the ISO week before the
        # article's (weeks run Monday to Sunday), as a weekday in such a clause looks back
        if shift == 0 and not ctx.future and ref.weekday() < 5:
            shift = -1
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
    days = _WORDS["unit_days"].get(unit, 0) * count
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
    if m.group("tomorrow"):  # "effective at 4:00 a.m. tomorrow local time"
        day = (ctx.reference + dt.timedelta(days=1)).isoformat()
    zone = "Z" if m.group("zone") in {"UTC", "GMT"} else ""
    return f"{day}T{int(m.group('h')):02d}:{m.group('mi')}{zone}"


SEASONS: dict[str, str] = _WORDS["seasons"]
QUARTERS: dict[str, int] = _WORDS["quarters"]


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
    part = _WORDS["parts_of_day"].get(m.group("p") or "", "NI")
    return f"{ctx.reference.isoformat()}T{part}" if ctx.reference else None


# What the {NAMES} of rules/time_patterns.tsv stand for.
_FILLS = {
    "MONTH": _MONTH,
    "WEEKDAY": _WEEKDAY,
    "NUM": _NUM,
    "UNIT": _UNIT,
    "DAY": _DAY,
    "YEAR": _YEAR,
    # "May" alone is as often the modal or a name ("Theresa May"): it has a row of its own.
    "MONTH_NAME": alternation(name for name in month_names() if name != "May"),
}
_NEEDS = {
    "{MONTH_STEMS}": tuple(name[:3].lower() for name in month_names()),
    "{UNIT_STEMS}": tuple(UNITS),
}
_NORMALISERS: dict[str, Normaliser] = {
    "iso": _iso,
    "month_day": _month_day,
    "month_year": _month_year,
    "month": _month,
    "year": _year,
    "clock": _clock,
    "quarter": _quarter,
    "season": _season,
    "decade": _decade,
    "short_year": _short_year,
    "same_day": _same_day,
    "part_of_day": _part_of_day,
    "relative_unit": _relative_unit,
    "relative_day": _relative_day,
    "ago": _ago,
    "weekday": _weekday,
    "weekday_ahead": _weekday_ahead,
    "every_weekday": _every_weekday,
    "weekday_nearest": _weekday_nearest,
    "month_of_year": _month_of_year,
    "duration": _duration,
}


def _pattern(row: tuple[str, ...]) -> tuple[re.Pattern[str], Normaliser, frozenset[str]]:
    """One row of rules/time_patterns.tsv: the compiled pattern, its normaliser, and the
    strings one of which every match holds (a cheap test before the pattern runs)."""
    how, needs, pattern = row
    normalise = _fixed(how[1:]) if how.startswith("=") else _NORMALISERS[how]
    words = _NEEDS.get(needs) or tuple(needs.split())
    return compiled(filled(pattern, _FILLS)), normalise, frozenset(words)


# In file order: longer, more specific expressions first; the first match at a place wins.
_COMPILED = [_pattern(row) for row in rows("time_patterns.tsv")]


_LINE_BREAK = re.compile("\n")


def _openers_lowered(text: str, starts: list[int]) -> tuple[str, list[int]]:
    """The text with each sentence's (and line's) first letter in lower case, same length,
    and where those letters are: 'This week, ...' and 'Next month, ...' open sentences in
    the capitals the patterns, written for the middle of a sentence, do not expect. Only
    those places are searched again, after the text itself, so a name that opens a sentence
    ('May', 'Monday') is read as written first."""
    chars = list(text)
    lowered = []
    lines = (m.end() for m in _LINE_BREAK.finditer(text))  # in C, not a test per character
    for start in sorted({*starts, *lines}):
        k = start
        while k < len(chars) and not chars[k].isalnum():
            k += 1
        if k < len(chars) and chars[k].isupper():
            chars[k] = chars[k].lower()
            lowered.append(k)
    return "".join(chars), sorted(set(lowered))


def _normalised(normalise: Normaliser, m: re.Match[str], ctx: Context) -> str | None:
    """The normaliser's value, or None for a date beyond the calendar ("5000 years ago"
    reaches before year 1): the expression is kept, unresolved, rather than the run lost."""
    try:
        return normalise(m, ctx)
    except (OverflowError, ValueError):
        return None


def time_expressions(
    doc: Doc, document: Document, reference: dt.date | None
) -> list[TimeExpression]:
    """Every temporal expression in the document, normalised against ``reference``."""
    text = text_of(doc)
    sentences = sentence_spans(doc)
    starts = [s for s, _ in sentences]
    found: list[TimeExpression] = []
    taken = DisjointSpans()
    tenses: dict[int, SentenceTense] = {}
    lowered = text.lower()
    # A case-insensitive pattern equates 'ſ' with 's' and 'ı', 'İ' with 'i'; lower() does not.
    tested = not ("ſ" in lowered or "ı" in lowered or "i\u0307" in lowered)
    opened, openers = _openers_lowered(text, starts)
    # Several patterns need the same words (the six month patterns the twelve month stems):
    # each word is looked for in the text once, not once per pattern.
    held: dict[str, bool] = {}
    words = WordStarts(text)
    # the lowered openers by their letter, as the words are: a pattern tries those it may begin
    by_letter = WordStarts(opened, openers)
    for pattern, normalise, needs in _COMPILED:
        if tested and needs:
            for word in needs:  # a loop, not any() over a generator: this runs for every article
                holds = held.get(word)
                if holds is None:
                    holds = held[word] = word in lowered
                if holds:
                    break
            else:
                continue
        initials = word_initials(pattern)
        # Most patterns can only begin a word, with one of a few letters: they are tried at
        # those words, not at every character (the same matches, see rules/regex.py), and
        # again at a lowered sentence opener only where its letter may begin a match.
        tried = openers if initials is None else by_letter.candidates(initials)
        again = (pattern.match(opened, k) for k in tried)
        for m in [*words.finditer(pattern, initials), *(m for m in again if m)]:
            start, end = m.start(), m.end()
            s0, s1 = sentences[max(0, bisect_right(starts, start) - 1)]
            if end > s1 or taken.overlaps(start, end):
                continue
            if s0 not in tenses:
                tenses[s0] = SentenceTense(text[s0:s1])
            tense = tenses[s0].tense(start - s0, end - s0)
            ctx = Context(reference, tense == "future")
            taken.add(start, end)
            value = _normalised(normalise, m, ctx)
            found.append(TimeExpression(document.id, start, end, text[start:end], value, tense))
    return sorted(found, key=lambda t: t.start)


# 'over the next 60 days', 'within 90 days', 'for another two months': a duration counted
# forward from the article's date; the lead ends right where the duration starts.
_LEADS = alternation(_WORDS["deadline_leads"], space=r"\s+")
_DEADLINE_LEAD = re.compile(rf"\b(?:{_LEADS})\s+$", re.I)
_WEEK_FROM_DAYS: int = _WORDS["week_from_days"]
_DURATION = re.compile(r"P(\d+)([YMWD])|PT(\d+)H")
# A deadline lies within a year: a longer count is the horizon of a forecast.
_MAX_COUNT: dict[str, int] = _WORDS["deadline_max"]


def deadlines(
    text: str, times: list[TimeExpression], reference: dt.date | None
) -> list[TimeExpression]:
    """``times`` with each duration counted forward from the article's date ('over the next
    60 days', 'for another two months') turned into the date its period ends, so an event
    bound by it can be dated: the brief's reader wants the deadline, not the length.

    Only the events stage uses this: as a time expression, 'the next 60 days' stays the
    duration P60D that TimeML (and the times score) calls it. The end takes the precision
    of the count: hours and a few days give the day; weeks, or a count of days from
    ``week_from_days`` on, give the week it falls in (whether the count starts on the
    article's day or the day a deal takes effect moves the last day, never the week);
    months give the month and a year the year. A count beyond a year ('within a decade')
    is the horizon of a forecast, not a deadline a reader puts in the diary."""
    if reference is None:
        return times
    found = []
    for time in times:
        value = _deadline(time, reference)
        lead = _DEADLINE_LEAD.search(text, max(0, time.start - 40), time.start)
        if value is None or lead is None:
            found.append(time)
            continue
        words = text[lead.start() : time.end]
        found.append(TimeExpression(time.doc, lead.start(), time.end, words, value, time.tense))
    return found


def _deadline(time: TimeExpression, reference: dt.date) -> str | None:
    """The end of the duration ``time`` counted from ``reference``, or None when it is no
    counted duration ('PXY': some years)."""
    m = _DURATION.fullmatch(time.value or "")
    if m is None:
        return None
    if m.group(3):  # hours: the day they run out
        return (reference + dt.timedelta(days=-(-int(m.group(3)) // 24))).isoformat()
    count, unit = int(m.group(1)), m.group(2)
    if count > _MAX_COUNT[unit]:
        return None  # 'within a decade', 'over the next five years': a horizon, no deadline
    if unit == "Y":
        return str(reference.year + count)
    if unit == "M":
        index = reference.year * 12 + reference.month - 1 + count
        return f"{index // 12}-{index % 12 + 1:02d}"
    days = count * 7 if unit == "W" else count
    end = reference + dt.timedelta(days=days)
    return _week(end) if unit == "W" or days >= _WEEK_FROM_DAYS else end.isoformat()
