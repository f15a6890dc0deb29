"""Undertakings whose time is left open: when the act comes is an open matter.

Accords and statements often promise an act without a date: "X undertakes to promptly
release the prisoners", "the two sides will resume talks as soon as possible", "the leaders
agreed to meet again in the coming weeks". The act is promised; its timing is what the
reader is left to watch. The brief asks it one way, naming who acts and what: "When will X
release the prisoners?".

Only a named party's undertaking counts, found with the commitment rules (``extract.events.
commitments``: a named subject, a modal or a verb of undertaking, its act taken whole), and
only when the sentence itself says the time is open (rules/question_cues.json timing_open):
an undated 'will' is most often a stance or a forecast, and a dated one is a What's next
event. A bare 'will' in a report is the writer's forecast as often as a plan ('X will soon
lose a feature of the race'), so there only a verb of undertaking counts ('agreed to meet
again in the coming weeks'); a hedged 'would', an episode told in the perfect ('had agreed
to') and a sentence that names a date are none.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.extract.events.commitments import commitment
from briefing.model import NameMention
from briefing.nlp.doc import ByStart
from briefing.rules import alternation, json_rules, month_forms, weekday_names
from briefing.rules.regex import compiled


@cache
def _words() -> dict:
    return json_rules("question_cues.json")


@cache
def _open_time() -> re.Pattern[str]:
    words = alternation(_words()["timing_open"], space=r"\s+")
    return compiled(rf"\b(?:{words})\b", re.I)


@cache
def _dated() -> re.Pattern[str]:
    """A month or weekday name, or a year: the sentence dates the act (a What's next item)."""
    names = alternation([*month_forms(), *weekday_names()])
    return compiled(rf"\b(?:{names})\b|\b(?:19|20)\d\d\b")


def timing(
    text: str, clause: tuple[int, int], mentions: ByStart[NameMention], issued: bool
) -> str | None:
    """The question an undertaking with its time left open in ``clause`` asks ('When will
    Varnia release the detained reporters?'), or None. ``issued``: the text is its party's
    own statement, where a bare 'will' is an undertaking (see the module's docstring)."""
    c0, c1 = clause
    if _open_time().search(text, c0, c1) is None:
        return None  # most sentences leave no time open in words
    if _dated().search(text, c0, c1) is not None:
        return None
    found = commitment(text, clause, mentions, whole=True)
    if found is None or found.hedged:
        return None
    cue = found.cue.lower().split()
    if not set(cue) & set(_words()["timing_undertakings"]) and not issued:
        return None  # a report's bare 'will': a forecast as often as a plan
    if set(cue) & set(_words()["timing_history"]):
        return None  # 'had agreed to': an episode the article tells
    if not _leaves_open(found.cue, found.action, text[c0:c1]):
        return None  # the open time belongs to another part of the sentence
    act = _without_time(found.action)
    if not act:
        return None
    subject = found.written or found.subject
    if subject.split()[0].lower() in _words()["demand_subject_leads"]:
        subject = subject[:1].lower() + subject[1:]  # 'When will the parties ...'
    return f"When will {subject} {act}?"


def _leaves_open(cue: str, act: str, sentence: str) -> bool:
    """Whether the open time is the act's own: beside its verb ('undertakes to promptly
    release'), inside it ('meet again in the coming weeks') or right after it ('release the
    prisoners as soon as possible', which the act taken whole leaves out)."""
    if _open_time().search(cue) is not None or _open_time().search(act) is not None:
        return True
    at = sentence.find(act)
    if at < 0:
        return False
    after = sentence[at + len(act) :]
    return _open_time().match(after.lstrip(" ,")) is not None


def _without_time(act: str) -> str:
    """The act without the words that leave its time open ('release the prisoners as soon
    as possible' -> 'release the prisoners'), which the question asks about instead."""
    act = _open_time().sub("", act)
    act = re.sub(r"\s+", " ", act).strip(" ,")
    words = act.split()
    while words and words[-1].lower() in _words()["timing_dangling"]:
        words.pop()
    return " ".join(words)
