"""How an open matter is put to the reader: as a question, and a hedged claim without its hedge.

"Officials have yet to decide whether Norway will set a quota." -> "Will Norway set a quota?";
"He is believed to have fled" -> "He has fled" (asked as "Is it confirmed that he has fled?").
"""

from __future__ import annotations

import re

from briefing.rules import alternation, filled, json_rules, patterns

_CUES = json_rules("question_cues.json")
_PATTERNS = patterns("question_patterns.tsv")
_AUX = alternation(_CUES["auxiliaries"])
_WHETHER = re.compile(filled(_PATTERNS["whether"], {"AUX": _AUX}))
# What says a 'Whether ...' clause is open, when it follows the clause ("Whether X will
# build a second plant remains undecided"): not part of the question.
_OPEN_AFTER = re.compile(_PATTERNS["open_after"])


def whether_left_open(text: str) -> bool:
    """'Whether the list will include fighter jets is still open': a whether-clause that the
    sentence says is open. ('The border remains open' says nothing undecided.)"""
    return text.lstrip().startswith("Whether ") and _OPEN_AFTER.search(text) is not None


_FRAME = re.compile(_PATTERNS["frame"], re.I)
_HEARSAY = {"HEARSAY": alternation(_CUES["hearsay_verbs"])}
# (pattern, replacement of the verb in group 1): 'is believed to have fled' -> 'has fled',
# 'are thought to be carrying' -> 'are carrying', 'appears to have underreported' -> 'has ...'.
_REWRITES: tuple[tuple[re.Pattern[str], dict[str, str]], ...] = (
    (re.compile(filled(_PATTERNS["hearsay_have"], _HEARSAY)), _CUES["have_for_be"]),
    (re.compile(filled(_PATTERNS["hearsay_be"], _HEARSAY)), {}),
    (re.compile(_PATTERNS["appear_have"]), _CUES["have_for_appear"]),
)
_HEDGE_ADVERB = re.compile(_PATTERNS["hedge_adverb"])
_HEDGE_ATTRIBUTION = re.compile(_PATTERNS["hedge_attribution"])
_RUMOUR = re.compile(_PATTERNS["rumour"])


def unhedged(text: str) -> str:
    """The claim a hedged sentence reports, without the hedge: 'He is believed to have fled'
    -> 'He has fled'; 'Sources said X' -> 'X'; 'X allegedly paid' -> 'X paid'."""
    frame = _FRAME.match(text)
    if frame:
        text = text[frame.end() :]
    text = _RUMOUR.sub(lambda m: m.group("claim"), text)
    for pattern, verbs in _REWRITES:
        text = pattern.sub(
            lambda m, v=verbs: v.get(m.group(1), "had" if "ed" in m.group(1)[-2:] else m.group(1)),
            text,
        )
    text = _HEDGE_ADVERB.sub("", text)
    text = _HEDGE_ATTRIBUTION.sub("", text)
    return re.sub(r"\s{2,}", " ", text).strip()


def hedged_clause(text: str, position: int) -> str:
    """The hedged clause itself: after the last 'that' before the hedge, without a trailing
    attribution ('Miles could sign a gas deal, diplomats said' -> 'Miles could sign a gas
    deal')."""
    that = text.rfind(" that ", 0, position)
    claim = text[that + 6 :] if that >= 0 else text
    frame = _FRAME.match(claim)
    if frame and frame.end() <= position - (that + 6 if that >= 0 else 0):
        claim = claim[frame.end() :]  # 'She said the talks could resume': the talks could
    return _HEDGE_ATTRIBUTION.sub("", claim)


# "It is not yet clear how many people were on the flight", "unclear when the talks will
# resume": an embedded question after a word that says it is open.
_EMBEDDED_WH = re.compile(_PATTERNS["embedded_wh"])
_AUX_AFTER_SUBJECT = re.compile(
    rf"^(?P<subject>(?:[\w’'.-]+\s+){{1,8}}?)(?P<aux>{_AUX})\s+(?P<rest>.+)$"
)


_AUXILIARIES = frozenset(_CUES["auxiliaries"])
_WH_WITH_NOUN = frozenset(_CUES["wh_with_noun"])
_WH_AS_SUBJECT = frozenset(_CUES["wh_as_subject"])


def _direct_question(wh: str, rest: str) -> str:
    """'when the talks will resume' -> 'When will the talks resume?'; 'how many people were
    due' and 'who will lead' keep their order (the wh-phrase is the subject); what cannot be
    turned without 'do' ('why the plane crashed') is named: 'Still open: why ...'."""
    rest = rest.strip().rstrip(".")
    words = rest.split()
    lead = []
    if wh in _WH_WITH_NOUN and words:
        lead, words = words[:1], words[1:]  # the noun: "how many people", "which countries"
        if lead == ["of"]:  # "how many of the 15 new stadiums will be ready"
            verb = next((i for i, w in enumerate(words[:8]) if w in _AUXILIARIES), None)
            if verb is not None:
                lead, words = lead + words[:verb], words[verb:]
    head = " ".join([wh.capitalize(), *lead])
    if wh in _WH_AS_SUBJECT and words and words[0] in _AUXILIARIES:
        return f"{head} {' '.join(words)}?"
    inverted = _AUX_AFTER_SUBJECT.match(" ".join(words))
    if inverted:
        subject, aux = inverted.group("subject").strip(), inverted.group("aux")
        return f"{head} {aux} {subject} {inverted.group('rest')}?"
    return f"Still open: {wh} {rest}."


_ATTRIBUTION = re.compile(_PATTERNS["attribution"])
_BARE_WHETHER = re.compile(r"\b[Ww]hether\s+(?P<clause>[^;]+)")


def as_question(text: str) -> str:
    """'Officials have yet to decide whether Norway will set a quota.' ->
    'Will Norway set a quota?'. Without an auxiliary to front ("whether the effect holds"),
    the matter is named, not mangled: 'Still open: whether the effect holds in ...'; any
    other undecided matter is quoted as it stands. A trailing attribution (", the authors
    said") is left to the evidence."""
    text = _ATTRIBUTION.sub("", text.strip().rstrip(".")).strip()
    if text.startswith("Whether "):
        text = _OPEN_AFTER.sub("", text)
    match = _WHETHER.search(text)
    if match:
        subject = match.group("subject").strip()
        rest = match.group("rest").strip().rstrip(".")
        return f"{match.group('aux').capitalize()} {subject} {rest}?"
    wh = _EMBEDDED_WH.search(text)
    if wh:
        return _direct_question(wh.group("wh"), wh.group("rest"))
    bare = _BARE_WHETHER.search(text)
    if bare:
        return f"Still open: whether {bare.group('clause').strip()}."
    return f"Still open: {lower_first(text)}."


_COMMON_FIRST = frozenset(_CUES["common_first_words"])


def lower_first(text: str) -> str:
    """Lower-case a clause's first word when it is a common word, not a name."""
    first = text.split(" ", 1)[0]
    if first.lower() in _COMMON_FIRST:
        return first.lower() + text[len(first) :]
    return text


# "urged the Commission to impose interim measures." - the action a later "do so" stands for
_TO_ACTION = re.compile(r"\bto\s+(?P<action>[a-z][\w’'-]*(?:\s+[\w’'-]+){0,8})[.!\"”’']*\s*$")


def done_so(question: str, previous: str) -> str:
    """'Will the Commission do so?' after "Reyna urged the Commission to impose interim
    measures." -> 'Will the Commission impose interim measures?': a question read on its own
    in the brief must say what "do so" stands for, when the sentence before ends on it."""
    if " do so" not in question:
        return question
    action = _TO_ACTION.search(previous)
    if action is None:
        return question
    return re.sub(r"\bdo so\b", action.group("action"), question, count=1)
