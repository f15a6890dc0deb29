"""Contingencies: a named party's possible act on which a response hangs.

Statements on a deal or a standoff say what follows if a party acts: "If Hezbollah or anyone
else breaks the deal and poses a direct threat to Israel, then Israel retains the right to
self-defense". Whether the party acts, and so what follows, is what the reader watches; the
brief asks it as "What happens if Hezbollah or anyone else breaks the deal and poses a direct
threat to Israel?", the condition said as the sentence says it.

Only a real prospect counts. The condition is the sentence's own: an 'if' or 'unless' clause
that opens or closes it ('even if' concedes; 'unless X pays' is asked 'if X does not pay'), or
one that opens it with 'should' ('Should those responsible for the crisis in Tigray fail to
reverse course, they should anticipate further actions'). Its subject is a party the article
names, or describes by a name, acting in the present tense: a counterfactual ('if X had',
'if X were to', 'if X could'), a past, a state ('if X is no longer ...') and a wish or a view
('if X wants ...') are none. Its consequence is asserted, not weighed ('there will likely be
second-guessing', 'we might see ...', 'hopefully' are a writer's speculation or wish), does
not merely comment on the condition ('it would be the third sign') nor taunt the reader, and,
told before the condition, is a future one ('X is ready if Y asks' states no response). A
condition cut inside an aside or a list, or pointing back into the article ('that number',
'extend it'), asks about nothing the reader can see. A hypothetical inside someone's
quotation is that speaker's rhetoric ('If Trump is nominated, I'd switch'): the caller asks
only sentences that are the text's own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from briefing.extract.events.modality import holds_any, longest_words, words_in
from briefing.model import NameMention
from briefing.rules import alternation, filled, json_rules, patterns
from briefing.rules.regex import compiled


@cache
def _words() -> dict:
    return json_rules("question_cues.json")["contingency"]


@cache
def _forms() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """'[And] if CONDITION, [then] CONSEQUENCE' ('should' too, by inversion) and
    'CONSEQUENCE if CONDITION.' (rules/question_patterns.tsv contingency, contingency_after)."""
    w = _words()
    slots = {
        "LEAD_INS": alternation(w["lead_ins"]),
        "OPENERS": alternation(w["openers"] + w["inverted_openers"]),
        "AFTER_OPENERS": alternation(w["openers"]),
    }
    table = patterns("question_patterns.tsv")
    first, after = (
        compiled(filled(table[name], slots), re.I) for name in ("contingency", "contingency_after")
    )
    return first, after


_WORD = re.compile(r"[\w’'-]+")
_PATTERNS = patterns("question_patterns.tsv")
_ASIDE = re.compile(_PATTERNS["contingency_aside"])
_LIST_GOES_ON = re.compile(_PATTERNS["contingency_list"])
_PARTICIPLE = re.compile(_PATTERNS["contingency_participle"])
_NOT_PRESENT = re.compile(_PATTERNS["contingency_not_present"])
_ADVERB = re.compile(r"\s*\b\w+ly\b")
_ARTICLE = re.compile(_PATTERNS["contingency_article"], re.I)


@cache
def _needs() -> tuple[frozenset[str] | None, frozenset[str] | None]:
    """The openers each of ``_forms`` holds as a whole word (``modality.keys`` words)."""
    w = _words()
    return longest_words(w["openers"] + w["inverted_openers"]), longest_words(w["openers"])


def _word_set(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)}


def contingency(text: str, clause: tuple[int, int], names: Sequence[NameMention]) -> str | None:
    """The question a conditional sentence ``clause`` of ``text`` leaves open ('What happens
    if X breaks the deal?'), or None when it holds no condition on a named party's act. The
    condition opens the sentence ('If X breaks the deal, Y will ...') or closes it ('Y will
    respond if X breaks the deal'); a consequence told first must be a future one (a modal:
    'will', 'would'), since 'X is ready if Y asks' states no response. A negative condition
    is asked as its negation: 'Y will act unless X pays' -> 'What happens if X does not pay?'."""
    w = _words()
    first, after = _forms()  # 'if', 'unless' or 'should' ('Should X fail to ..., Y ...') first
    present = words_in(text[clause[0] : clause[1]])
    for form, needs in zip((first, after), _needs(), strict=True):
        if not holds_any(needs, present):
            continue  # each form holds its opener as a word: most sentences hold none
        found = form.match(text, *clause)
        verb = None if found is None else _conditional(text, found, names)
        if found is None or verb is None:
            continue
        if form is after and not _future(found.group("consequence")):
            continue
        opener = found.group("opener").lower()
        condition = text[found.start("condition") : found.end("condition")].strip()
        if opener in w["negative_openers"]:
            negated = _negated(text, verb, found.start("condition"), found.end("condition"))
            if negated is None:
                continue
            opener, condition = w["openers"][0], negated
        return f"What happens {opener} {condition}?"
    return None


def _future(consequence: str) -> bool:
    """A consequence with a modal of the future, also contracted ('they'll shift')."""
    modals = _words()["consequence_modals"]
    return any(w in modals or w.endswith(("’ll", "'ll")) for w in _word_set(consequence))


def _negated(text: str, verb: re.Match[str], start: int, end: int) -> str | None:
    """The condition with its verb negated: 'Sanders disavows X' -> 'Sanders does not disavow
    X', 'Rubio and Cruz step up' -> '... do not step up', 'X is paid' -> 'X is not paid'."""
    w = _words()
    said = verb.group()
    if said.lower() in w["present_do"]:
        return None  # 'unless X does ...': emphatic, left alone
    if said.lower() in w["present_be"]:
        negated = f"{said} not"
    elif said.lower().endswith("s"):
        base = said
        for ending, replacement in w["third_person_endings"]:
            if said.lower().endswith(ending):
                base = said[: len(said) - len(ending)] + replacement
                break
        negated = f"does not {base}"
    else:
        negated = f"do not {said}"
    return (text[start : verb.start()] + negated + text[verb.end() : end]).strip()


def _conditional(
    text: str, found: re.Match[str], names: Sequence[NameMention]
) -> re.Match[str] | None:
    """The condition's verb, when the match holds a condition on a named party's act and
    an asserted consequence."""
    condition = found.group("condition")
    # the first word may lead a described party ('those responsible for ...'), no pointer
    words = condition.split(None, 1)  # a condition of one word with a space before it
    after_lead = _word_set(words[1] if len(words) > 1 else "")
    if after_lead & set(_words()["context_pointers"]) or _ASIDE.search(condition):
        return None  # 'if X falls short of that number': asks about nothing read alone
    if _LIST_GOES_ON.match(found.group("consequence")):
        return None  # 'if X polishes his pragmatism on taxes, health care, and ...': cut short
    end = _subject_end(text, found.start("condition"), found.end("condition"), names)
    if end is None:
        return None
    verb = _WORD.search(text, end, found.end("condition"))
    while verb is not None and verb.group().lower().endswith("ly"):  # 'if X somehow managed'
        verb = _WORD.search(text, verb.end(), found.end("condition"))
    if verb is None or not _act(verb.group(), text[verb.end() : found.end("condition")]):
        return None
    between = _ADVERB.sub("", text[end : verb.start()]).strip()
    if between not in ("", *_words()["subject_extensions"]):
        return None  # 'If Trump's entire narrative ...': the name is not the subject
    return verb if _asserted(found.group("consequence")) else None


def _subject_end(text: str, start: int, end: int, names: Sequence[NameMention]) -> int | None:
    """Where the condition's subject ends, when it names a party: a name at its start ('If
    Hezbollah ...', 'If the United States ...'), or a party described by a name, a few words
    after a determiner ('Should those responsible for the crisis in Tigray fail ...')."""
    w = _words()
    at_start = [m for m in names if m.start == start or m.start == _after_article(text, start)]
    if at_start:
        return max(m.end for m in at_start)
    lead = _WORD.match(text, start)
    if lead is None or lead.group().lower() not in w["described_party_leads"]:
        return None
    limit = len(" ".join(text[start:end].split()[: w["described_party_words"]]))
    within = [m for m in names if start < m.start and m.end <= start + limit]
    return min((m.end for m in within), default=None)


def _after_article(text: str, position: int) -> int:
    """Where a name starts after a leading 'the' ('If the United States ...')."""
    article = _ARTICLE.match(text, position)
    return article.end() if article else -1


def _act(verb: str, rest: str) -> bool:
    """A possible act told in the present ('breaks', 'are taken', 'does not become'), not a
    counterfactual ('had', 'were to', 'could'), a past ('passed'), a state ('is no longer')
    nor a wish or a view ('wants', 'thinks')."""
    w = _words()
    lowered = verb.lower()
    if lowered in w["hypothetical_auxiliaries"] or lowered in w["not_acts"]:
        return False
    if lowered in w["present_be"]:
        participle = _WORD.search(rest)
        return participle is not None and bool(_PARTICIPLE.fullmatch(participle.group()))
    if lowered in w["present_do"]:
        return True
    return not _NOT_PRESENT.fullmatch(lowered) and lowered.isalpha()


def _asserted(consequence: str) -> bool:
    """The consequence is stated, not weighed: no hedge ('likely', 'might'), not a comment
    on the condition ('it would be ...', 'there will be ...'), no question, and not put to
    the reader ('... will award you four Pinocchios': an opinion piece's taunt)."""
    w = _words()
    words = [t.lower() for t in _WORD.findall(consequence)]
    if not words or "?" in consequence or set(words) & set(w["hedges"]):
        return False
    if set(words) & set(w["reader"]):
        return False  # 'the fact-checkers will now award you ...': the writer taunts the reader
    return words[0] not in w["empty_subjects"]
