"""Modality of a sentence and the event word lists: shared by diary events and outlook items.

``rules/event_words.json`` holds the words; the status of an item comes from the strongest
modality its sentence shows: scheduled ("is set to") > possible ("could") > planned ("will").
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from ..model import EventStatus, TimeExpression

RULES = Path(__file__).resolve().parents[1] / "rules"


@cache
def words() -> dict:
    """The word lists of rules/event_words.json, loaded once."""
    return json.loads((RULES / "event_words.json").read_text(encoding="utf-8"))


@cache
def patterns() -> dict[str, re.Pattern[str]]:
    lists = words()

    def alternation(items) -> str:
        return "|".join(sorted(map(re.escape, items), key=len, reverse=True))

    return {
        "noun": re.compile(rf"\b(?:{alternation(lists['nouns'])})\b", re.I),
        "verb": re.compile(
            rf"\b(?:will|to|could|may|might|would|shall)\s+(?:\w+\s+)?"
            rf"(?P<verb>{alternation(lists['verbs'])})\b",
            re.I,
        ),
        "outlook": re.compile(
            rf"\b(?:(?:{alternation(lists['outlook_modals'])})(?:\s+not)?(?:\s+\w+ly)?"
            rf"|(?:{alternation(lists['intention_verbs'])})\s+to)"
            r"\s+(?!be\b|have\b|the\b|an?\b|its\b|their\b|this\b|that\b)(?P<action>[a-z]{3,}(?:\s+(?!and\b|but\b|or\b)[\w'’-]+){0,5})"
        ),
        **{
            status: re.compile(rf"\b(?:{alternation(lists[status])})\b", re.I)
            for status in ("scheduled", "planned", "possible")
        },
    }


def status_of(sentence: str) -> EventStatus | None:
    """The modality of a sentence, strongest first; None when it does not look forward."""
    found = patterns()
    if found["scheduled"].search(sentence):
        return "scheduled"
    if found["possible"].search(sentence):
        return "possible"
    if found["planned"].search(sentence):
        return "planned"
    return None


def best_date(times: list[TimeExpression]) -> TimeExpression | None:
    """The most precise resolved date among ``times`` (a day beats a month), else the first."""
    dated = [t for t in times if t.value and t.value[:1] in "12"]
    if dated:
        return max(dated, key=lambda t: len(t.value or ""))
    return times[0] if times else None


def status(status: EventStatus | None, date: TimeExpression | None) -> EventStatus:
    """An item's status: 'possible' stays; a day or month makes it 'scheduled'."""
    if status == "possible":
        return "possible"
    if date is not None and date.value and date.value[:1] in "12" and len(date.value) >= 7:
        return "scheduled"
    return status or "planned"
