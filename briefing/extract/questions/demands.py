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

from briefing.extract.events.commitments import Commitment, cue_pattern, named_act, whole_act
from briefing.extract.events.modality import holds_any, longest_words, words_in
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


@cache
def _appeal_keys() -> frozenset[str] | None:
    """The appeal phrases as ``modality.keys`` words: a clause holding none makes no appeal,
    so it is not searched (this ran for every sentence no other question took)."""
    return longest_words(_words()["appeals"])


def demand(
    text: str,
    clause: tuple[int, int],
    mentions: ByStart[NameMention],
    year: int | None = None,
    before: tuple[int, int] | None = None,
) -> tuple[str, QuestionWay] | None:
    """The question a demand in ``clause`` leaves open ('Will Russia stop its attacks?') and
    how it was made ('appeal' or 'demand'), or None when the clause makes no demand on a
    named party or tells an appeal as history (``year``: the article's, when known).
    ``before``: the sentence before in the same paragraph, where an appeal to 'them' finds
    the parties it means (``_antecedent``)."""
    found = _demanded(text, clause, mentions, year, before)
    if found is None:
        return None
    act, way = found
    if way != "collective" and _refused(text, act.written or act.subject, clause):
        return None
    subject = act.written or act.subject
    if subject.split()[0].lower() in _words()["demand_subject_leads"]:
        subject = subject[:1].lower() + subject[1:]  # 'Will the parties ...'
    return f"Will {subject} {act.action}?", way


def _demanded(
    text: str,
    clause: tuple[int, int],
    mentions: ByStart[NameMention],
    year: int | None,
    before: tuple[int, int] | None,
) -> tuple[Commitment, QuestionWay] | None:
    found = _appealed(text, clause, mentions, year, before)
    if found is not None:
        return found, "collective" if _collective(found) else "appeal"
    found = named_act(text, clause, mentions, _modal_cue(), whole=True)
    return (found, "demand") if found is not None else None


def _appealed(
    text: str,
    clause: tuple[int, int],
    mentions: ByStart[NameMention],
    year: int | None,
    before: tuple[int, int] | None = None,
) -> Commitment | None:
    """The act an appeal in ``clause`` asks of a named party (or of 'them', the parties the
    sentence before names), unless told as history."""
    c0, c1 = clause
    if not holds_any(_appeal_keys(), words_in(text[c0:c1])):
        return None  # every appeal names its verb ('urged', 'called on'): most clauses none
    for appeal in _appeal().finditer(text, c0, c1):
        if told_as_history(text[c0 : appeal.start()], appeal.group(0), year):
            continue
        # 'We call on Lukashenka to allow ...': the addressee stands where a subject would
        found = named_act(
            text, (appeal.end(), c1), mentions, _to_cue(), whole=True, collective=True
        )
        if found is None and before is not None:
            found = _to_them(text, (c0, c1), appeal, before, mentions)
        if found is not None:
            return found
    return None


@cache
def _refusal_cue() -> str:
    return alternation(_words()["demand_refusals"], space=r"\s+")


def _refused(text: str, addressee: str, clause: tuple[int, int]) -> bool:
    """Whether the addressee refuses the demand somewhere else in the article ('However,
    Hamas stated that they will not compromise', 'Varnia rejected the call'): named as the
    question names it, then one of question_cues.json demand_refusals within six words of
    its own clause, with only words of saying, pronouns, auxiliaries, adverbs or names
    between (demand_refusal_between): 'to pass Congress within the week, much of it
    wouldn't' and 'urging Congress to pass a measure that would not' are other subjects'.
    The matter is settled for the reader, so asking whether it will comply is no open
    question. The name must stand as written: 'Russia' is not found in
    'Russian', and a name said otherwise ('the Kremlin' for Russia) is not found at all."""
    name = " ".join(addressee.split())
    if name.split()[0].lower() in _words()["demand_subject_leads"]:
        name = " ".join(name.split()[1:])  # 'the Election Commission' -> 'Election Commission'
    if not name:
        return False
    between = _words()["demand_refusal_between"]
    pattern = compiled(
        rf"(?<![\w-]){re.escape(name)}(?![\w-])(?P<between>(?:[^\S\n]+[^\s.!?,;]+){{0,6}}?)"
        rf"[^\S\n]+(?:{_refusal_cue()})(?![\w’'])"
    )
    c0, c1 = clause
    for found in pattern.finditer(text):
        words = found.group("between").split()
        own = all(w.lower() in between or w.endswith("ly") or w[:1].isupper() for w in words)
        if own and not c0 <= found.start() < c1:
            return True
    return False


def _to_them(
    text: str,
    clause: tuple[int, int],
    appeal: re.Match[str],
    before: tuple[int, int],
    mentions: ByStart[NameMention],
) -> Commitment | None:
    """The act an appeal to 'them' asks ('We urge them to seize this moment ...'), of the
    parties the sentence before names as its subject, when the appeal opens its sentence
    (its speaker alone before it: 'We urge', 'The ministry calls on'): further on, 'them'
    may as well mean someone the sentence itself names."""
    c0, c1 = clause
    lead = text[c0 : appeal.start()]
    rules = _words()["them"]
    words = re.findall(r"\w+|[^\w\s]", lead)
    if len(lead.split()) > rules["lead_words"] or not set(rules["lead_stops"]).isdisjoint(words):
        return None
    them = _THEM.match(text, appeal.end(), c1)
    if them is None:
        return None
    cue = _to_cue().match(text, them.end(), c1)
    if cue is None or cue.group("between").strip():
        return None
    found = _antecedent(text, before, mentions)
    if found is None:
        return None
    parties, names = found
    act = whole_act(text, cue.start("verb"), c1)
    if not act:
        return None
    return Commitment(parties[:1].upper() + parties[1:], act, tuple(names), parties)


def _antecedent(
    text: str, sentence: tuple[int, int], mentions: ByStart[NameMention]
) -> tuple[str, list[NameMention]] | None:
    """The parties a sentence names as its subject, as it writes them, when they are
    plainly plural and it names no one else: 'The Yemeni parties have an opportunity ...'
    (the parties, after 'the' or 'both' and up to two names or words of a conflict:
    question_cues.json them), 'Norway and Varnia have ...' (names
    joined by 'and'). Only then is 'them' in the next sentence unambiguous. With the words,
    the names among them: the parties named ('Yemeni') or not ('The warring parties')."""
    s0, s1 = sentence
    while s0 < s1 and text[s0].isspace():
        s0 += 1
    group = _parties_group().match(text, s0, s1)
    inside = mentions.within(s0, s1)
    if group is not None:
        # a name inside the group ('The Yemeni parties') is part of it; any other is not
        others = [m for m in inside if m.start >= group.end()]
        if others:
            return None
        return text[group.start() : group.end()], [m for m in inside if m.start < group.end()]
    names = [m for m in inside if m.end <= s1]
    if len(names) < 2 or names[0].start != s0:
        return None
    joined = text[names[0].end : names[1].start]
    rest = text[names[1].end : s1]
    if joined.strip() != "and" or not re.match(r"\s+[a-z]", rest) or len(names) > 2:
        return None
    return text[names[0].start : names[1].end], names[:2]


@cache
def _parties_group() -> re.Pattern[str]:
    """'The Yemeni parties', 'Both sides', 'the warring parties' opening a sentence, before
    its verb (question_cues.json them: determiners, modifiers, heads)."""
    w = _words()["them"]
    heads = alternation(w["heads"])
    modifiers = alternation(w["modifiers"])
    determiners = alternation(w["determiners"])
    return re.compile(
        rf"(?:{determiners})\s+(?:(?:{modifiers}|[A-Z][\w’'-]*)\s+){{0,2}}(?:{heads})(?=\s+[a-z])",
        re.I,
    )


@cache
def _collectives() -> frozenset[str]:
    return frozenset(json_rules("event_words.json")["commitment"]["collective_subjects"])


def _collective(found: Commitment) -> bool:
    """Whether an appeal is made to the parties as a group that names none of them ('urges
    all parties to ...', 'calls on both sides to ...', 'urged the parties to ...'): the
    question asks 'Will both sides uphold the truce?', which read alone does not say who.
    On briefs-dev such appeals ask the matter of a key question from sentences its gold does
    not list, and on the news pages they were the appeals judged wrong for naming no one
    (sample C), so they are a way of their own ('collective'), measured apart from appeals
    to a named party. A group with a name in it ('the Yemeni parties') is named."""
    if found.written.lower() in _collectives():
        return True
    # a name the tagger does not list may still stand in the group ('The Yemeni parties')
    return not found.mentions and not any(w[:1].isupper() for w in found.written.split()[1:])


_THEM = re.compile(r"\s+them\b")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def told_as_history(before: str, cue: str, year: int | None) -> bool:
    """Whether the appeal ``cue`` (after ``before`` in its clause) is an earlier episode the
    article tells, not an appeal still waiting on its addressee: 'had urged', 'decided to
    press', "That's why I urged", 'in 2012 urged' (rules: question_cues.json appeal_*).
    Such an appeal was answered or dropped long ago as often as not, so asking whether its
    addressee will act puts a stale matter to the reader."""
    words = _words()
    tail = before.lower().split()[-3:]
    if tail and tail[-1].endswith("ly"):
        tail = tail[:-1]  # an adverb between: 'had repeatedly urged', 'to publicly press'
    last = tail[-1] if tail else ""
    if last in words["appeal_perfect"]:
        return True
    if last in words["appeal_infinitive"]:
        return len(tail) < 2 or tail[-2] not in words["appeal_ongoing"]
    lowered = before.lower().split()
    past = cue.split()[0].endswith("ed")
    if past and any(w.strip(",") in words["appeal_reason"] for w in lowered):
        return True
    if any(w.strip(",.") in words["appeal_past_time"] for w in lowered):
        return True
    return year is not None and any(int(y) < year for y in _YEAR.findall(before))
