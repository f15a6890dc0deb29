"""A trip's programme: what the travellers will do on a dated trip happens during it.

Announcements of a trip give its dates once ("Secretary Rubio will travel to Manila from July
19-23") and then its programme without them ("He will also meet with senior officials",
"Secretary Rubio will use this trip to ..."). Such an item, read alone, is undated, though the
reader knows when it happens. An undated diary item takes the trip's period when its sentence
follows the trip's in the same article, within a few sentences, and refers back to the
travellers (its subject is "he", "they", "the delegation") or to the trip ("this trip").

The period is given only as precisely as it is true for the whole trip: the trip's week when
its date is a week ("This week, ... will lead a delegation"), its month when the trip lies
within one month, and no date when it spans two months (the meetings of a trip "from May 31
to June 6" may fall in either).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import cache

from briefing.extract.events.future import period_start
from briefing.model import Event, TimeExpression, evolve
from briefing.nlp.doc import ByStart
from briefing.rules import alternation, json_rules
from briefing.rules.regex import compiled

_WINDOW = 5  # sentences after the trip's within which its programme is told


@cache
def _words() -> dict:
    return json_rules("event_words.json")["trip"]


@cache
def _travel() -> re.Pattern[str]:
    return compiled(rf"\b(?:{alternation(_words()['travel_words'])})\b", re.I)


@cache
def _back_reference() -> re.Pattern[str]:
    """The travellers as the subject (at the start, or after an opening phrase and a comma),
    or the trip named."""
    subjects = alternation(_words()["traveller_subjects"])
    trip = alternation(_words()["trip_references"])
    return re.compile(
        rf"^\s*(?:[^.;:]{{0,120}}?,\s*)?(?:{subjects})\b(?!\s*[’']s\b)|\b(?:{trip})\b", re.I
    )


def during_trips(
    events: Sequence[Event],
    sentences: Sequence[tuple[int, int]],
    text: str,
    times: ByStart[TimeExpression],
) -> list[Event]:
    """The events of one document in text order (each with its sentence as evidence), the
    trip's programme dated by the trip."""
    starts = [s for s, _ in sentences]
    dated: list[Event] = []
    trip: tuple[int, str] | None = None  # sentence index, period
    for event in events:
        index = bisect_right(starts, event.evidence[0].start) - 1
        start, end = sentences[index]
        sentence = text[start:end]
        if event.date and _travel().search(sentence):
            period = _period(event.date, times.within(start, end))
            trip = (index, period) if period else None
        elif (
            trip is not None
            and not event.date
            and event.kind == "event"
            and 0 < index - trip[0] <= _WINDOW
            and _back_reference().search(sentence)
        ):
            event = evolve(event, date=trip[1], when=None, found_by="trip")
        dated.append(event)
    return dated


def _period(date: str, times: Sequence[TimeExpression]) -> str | None:
    """The period true for the whole trip: its week, or its month when every date the
    sentence gives for it lies in that month; else None."""
    if re.fullmatch(r"\d{4}-W\d\d", date):
        return date
    starts = [period_start(t.value or "") for t in times] + [period_start(date)]
    months = {(d.year, d.month) for d in starts if d is not None}
    if len(months) != 1 or not re.match(r"\d{4}-\d\d", date):
        return None
    return date[:7]
