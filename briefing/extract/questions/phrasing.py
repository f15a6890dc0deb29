"""How an open matter is put to the reader: as a question, and a hedged claim without its hedge.

"Officials have yet to decide whether Norway will set a quota." -> "Will Norway set a quota?";
"He is believed to have fled" -> "He has fled" (asked as "Is it confirmed that he has fled?").
"""

from __future__ import annotations

import re

from briefing.nlp import gazetteers as gz
from briefing.rules import (
    alternation,
    filled,
    json_rules,
    patterns,
    pronoun_list,
    sentence_openers,
    word_list,
)

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
    that = max(text.rfind(" that ", 0, position), text.rfind(" whether ", 0, position))
    if that >= 0:
        that += len(" whether ") - len(" that ") if text.startswith(" whether ", that) else 0
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
_FRAMES = tuple(_CUES["question_frames"])
_OPENERS = frozenset(_CUES["question_openers"]) | frozenset(_CUES["wh_words"])
_LEAD_INS = frozenset(_CUES["question_lead_ins"])
_PRONOUNS = frozenset(pronoun_list())
_CONTENT_STOP = frozenset(word_list("overlap_stop_words.txt"))
_NOT_CONTENT = _CONTENT_STOP | _PRONOUNS | _OPENERS | _AUXILIARIES  # once, not per word
_EXPLETIVE_IT = re.compile(_PATTERNS["expletive_it"], re.I)
_PERSONAL = frozenset(pronoun_list("subject")) - {"it"}
_QUESTION_WORD = re.compile(r"[\w’'-]+")
_WH_WORDS = frozenset(_CUES["wh_words"])
_POSSESSIVES = frozenset(_CUES["possessive_determiners"])
_DEMONSTRATIVES = frozenset(_CUES["demonstratives"])
_CLITIC = re.compile(_PATTERNS["clitic"], re.I)


def _common_opener(word: str) -> bool:
    """A capitalised first word that is an ordinary word ("In his heyday, he ...", "Last
    year, he ..."), not a name that a pronoun after it could stand for."""
    return word in _SENTENCE_OPENERS or word.lower() in gz.common_words()


_SENTENCE_OPENERS = sentence_openers()


def names_its_subject(question: str) -> bool:
    """Whether a question tells the reader what it is about: its subject is not a bare
    pronoun ("Is it hurting the economy?", "What did you find?") unless a vocative names
    whom it asks ("Mr. President, will you ...?") or "it" stands for a clause that follows
    ("Is it appropriate for a justice to ...?"), and it holds at least two content words
    ("How is that possible?", "Who told you that?", "What curfew?" do not). Read on its own
    in the brief, a question without them asks about nothing the reader can see."""
    body = question
    for frame in _FRAMES:
        if body.startswith(frame + " "):
            body = body[len(frame) + 1 :]
            break
    vocative = _VOCATIVE.match(body)
    if vocative:
        body = body[vocative.end() :]
    words = [_CLITIC.sub("", w) for w in _QUESTION_WORD.findall(body)]  # "he's" -> "he"
    lowered = [w.lower() for w in words]
    content = [w for w in lowered if len(w) >= 4 and w not in _NOT_CONTENT]
    if len(content) < 2:
        return False
    rest = [w for w in lowered if w not in _LEAD_INS]
    if rest and rest[0] in _OPENERS - _WH_WORDS and len(rest) < 4:
        return False  # 'Q: Does Marco Rubio?': a turn cut off, no question
    while rest and rest[0] in _OPENERS:
        rest = rest[1:]
    if rest and rest[0] == "not":
        rest = rest[1:]
    bare = rest[0] if rest else ""
    verb = rest[1] if len(rest) > 1 else ""
    addressed = bare == "you" and vocative is not None
    if bare in _PRONOUNS and not addressed and not (bare == "it" and _EXPLETIVE_IT.search(body)):
        return False
    if bare in _POSSESSIVES:
        return False  # 'Will their editors ...?': whose, the reader cannot tell
    if bare in _DEMONSTRATIVES and (verb in _AUXILIARIES or verb == "be"):
        return False  # 'But will that be the end of the story?': that, said before
    # "Still open: what security clearances he held": a person the question never names
    for position, word in enumerate(words):
        if word.lower() in _PERSONAL and not (word.lower() == "you" and vocative):
            return False
        if word[:1].isupper() and (position > 0 or not _common_opener(word)):
            return True  # a name before any pronoun: the pronoun has its antecedent
    return True


_VOCATIVE = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w.’'-]*,\s+(?=[a-z])")


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
