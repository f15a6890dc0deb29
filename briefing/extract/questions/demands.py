"""Demands on a named party: whether it will comply is an open matter.

Official statements put most of what is still undecided as demands: "We call on Lukashenka
to allow a credible international investigation", "Russia must stop its aggression", "The
parties should declare a ceasefire". The brief asks the question the demand leaves open:
"Will Lukashenka allow a credible international investigation ...?".

Only demands on a named party (a person, body or state, or the named parties, "both sides")
count, found with the same subject and act rules as commitments (``extract.events.
commitments``): "we must", "everyone should", a demand in the passive ("must be held
accountable") or a negated one are left out, as is a possibility ("should bring home"),
whose subject is no actor.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.extract.events.commitments import Commitment, cue_pattern, named_act
from briefing.model import NameMention, QuestionWay
from briefing.nlp.doc import ByStart
from briefing.rules import alternation, json_rules
from briefing.rules.regex import compiled


@cache
def _words() -> dict:
    return json_rules("question_cues.json")


@cache
def _modal_cue() -> re.Pattern[str]:
    return cue_pattern(tuple(_words()["demand_modals"]))


@cache
def _to_cue() -> re.Pattern[str]:
    return cue_pattern(("to",))


@cache
def _appeal() -> re.Pattern[str]:
    return compiled(rf"\b(?:{alternation(_words()['appeals'])})\b")


def demand(
    text: str, clause: tuple[int, int], mentions: ByStart[NameMention]
) -> tuple[str, QuestionWay] | None:
    """The question a demand in ``clause`` leaves open ('Will Russia stop its attacks?') and
    how it was made ('appeal' or 'demand'), or None when the clause makes no demand on a
    named party."""
    found = _demanded(text, clause, mentions)
    if found is None:
        return None
    act, way = found
    subject = act.written or act.subject
    if subject.split()[0].lower() in _words()["demand_subject_leads"]:
        subject = subject[:1].lower() + subject[1:]  # 'Will the parties ...'
    return f"Will {subject} {act.action}?", way


def _demanded(
    text: str, clause: tuple[int, int], mentions: ByStart[NameMention]
) -> tuple[Commitment, QuestionWay] | None:
    c0, c1 = clause
    for appeal in _appeal().finditer(text, c0, c1):
        # 'We call on Lukashenka to allow ...': the addressee stands where a subject would
        found = named_act(text, (appeal.end(), c1), mentions, _to_cue(), whole=True)
        if found is not None:
            return found, "appeal"
    found = named_act(text, clause, mentions, _modal_cue(), whole=True)
    return (found, "demand") if found is not None else None
