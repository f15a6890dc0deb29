"""The content clause a reporting cue reports: what was said, as a character span.

'X said (that) ...' takes the clause after the cue up to where it stops (a participle, a
second report, a dash, ';', a colon opening a quotation); 'urged X to ...' takes the
to-clause; 'described X as "..."' reports only with quoted words; '..., X said.' and
'..., said X.' take the clause before. Works on the masked text (quotations blanked), so
no boundary is found inside a quotation.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, lru_cache

from briefing.extract.quotes.clause_shape import RELATIVES, has_finite_verb
from briefing.extract.quotes.cues import TELLING, Cue, cue_words, verbs
from briefing.extract.quotes.speakers import Speaker
from briefing.model import Anatomy
from briefing.rules import (
    alternation,
    filled,
    month_names,
    patterns,
    reporting_verbs,
    weekday_names,
    word_table,
)

_WORDS = "clause_words.json"
_THAT = re.compile(r"^[^.;:!?\"“”_]{0,60}?\bthat\s+", re.S)
_TO_CLAUSE = rf"to\s+(?!(?:{alternation(word_table(_WORDS, 'not_infinitive'))})\b)[a-z]"
_DIRECTIVE = re.compile(rf"[^,.;:!?_\"“”]{{0,60}}?\s({_TO_CLAUSE})")
_TOLD_TO = re.compile(rf"\s*({_TO_CLAUSE})")
_CLAUSE_END_WORDS = alternation(reporting_verbs("clause_end_participles"))
_NOT_A_CLAUSE = re.compile(rf"^(?:{alternation(word_table(_WORDS, 'not_clause_openers'))})\b", re.I)
_PATTERNS = patterns("quote_patterns.tsv")
_ADDRESSEE = re.compile(
    filled(_PATTERNS["addressee"], {"ADDRESSEES": alternation(word_table(_WORDS, "addressees"))})
)
_NOUN_OBJECT = re.compile(_PATTERNS["noun_object"])
_STARTS_CLAUSE = re.compile(
    rf"(?:{alternation(word_table(_WORDS, 'clause_subjects'))}|[A-Z][\w’'.-]+)\b"
)
# A time or setting phrase between the cue and its clause: stepped over, not reported.
_SETTING = re.compile(
    filled(
        _PATTERNS["setting"],
        {
            "WEEKDAY": alternation(weekday_names()),
            "MONTH": alternation(month_names()),
            "STATEMENT_NOUNS": alternation(word_table(_WORDS, "statement_nouns")),
        },
    )
)
# Words that show a bare noun phrase after a cue is the subject of a clause ('saying
# applications had fallen'), where 'emphasizing unity' is a participle with an object.
_FINITE_WORDS = alternation(word_table(_WORDS, "finite_auxiliaries"))
_FINITE = re.compile(rf"^(?:\S+\s+){{1,3}}?(?:{_FINITE_WORDS})\b")
# 'said more than 20,000 marched': a quantity, not 'said more about it'.
_QUANTITY = re.compile(_PATTERNS["quantity"])
# 'said, adding that ...': the cue ends its own report; the 'that' belongs to the participle.
_PARTICIPLE_NEXT = re.compile(r"\s*,\s*[a-z]+ing\b")
_INTRODUCES_QUOTE = re.compile(r"\s*[,:]?\s*[\"“«‘]")
_AFTER_QUOTE = re.compile(r"[_\"”»’],?\s*$")
# 'have not said why', 'declined to say which programs': nothing was reported
_NEGATED = re.compile(_PATTERNS["negated"])
_UNSAID = re.compile(_PATTERNS["unsaid"])
_TRAILING = " \t\n.,;:!?\"'”’»)“«„"
# '..., but the minister said nothing': a clause of its own, which reports nothing before it
_COORDINATED = re.compile(rf"\s*(?:{alternation(word_table(_WORDS, 'coordinated'))})\b", re.I)


@cache
def _clause_end() -> re.Pattern[str]:
    """Where a reported clause stops: a participle or a second reporting verb, ';', a dash,
    a colon that opens a quotation, or another's answer ('..., but the ministry denied it')."""
    slots = {
        "CLAUSE_END": _CLAUSE_END_WORDS,
        "VERBS": alternation(verbs()[0]),
        "CONTRASTS": alternation(word_table(_WORDS, "contrasts")),
        "CLAIM_NOUNS": alternation(word_table(_WORDS, "claim_nouns")),
    }
    return re.compile(filled(_PATTERNS["clause_end"], slots))


def content_clause(
    text: str,
    masked: str,
    cue: Cue,
    sentence: tuple[int, int],
    speaker: Speaker | None,
    anatomy: Anatomy,
) -> tuple[int, int] | None:
    """The reported clause of a cue, as a span, or None when the cue reports no clause; the
    article's ``anatomy`` says where its dateline is, which reports nothing."""
    s0, s1 = sentence
    lower = cue.text.lower()
    begin = cue.end
    if _NEGATED.search(masked, max(s0, cue.start - 14), cue.start):
        return None  # 'officials have not said why': nothing was reported
    if _UNSAID.search(masked, max(s0, cue.start - 20), cue.start):
        return None  # 'Rubio can ask them to ...': a report that may be made, not one made
    if lower.endswith("ed") and _REDUCED_PASSIVE.search(masked, max(s0, cue.start - 10), cue.start):
        return None  # 'told MSNBC when asked about ...': the speaker was asked, not asking
    if speaker is not None and cue.end <= speaker.start < cue.end + 80:
        begin = _after_apposition(masked, speaker.end, s1)  # 'according to X, ...'
        if lower != "according to":
            return _before_cue(text, masked, cue, sentence, anatomy, inverted=True)
    if lower in verbs()[5]:
        return _characterised(text, masked, begin, sentence)
    if lower == "according to":
        before = masked[s0 : cue.start].rstrip()
        if before.endswith(",") and len(before.split()) >= 4:
            # 'WASHINGTON (AP) - The firm ..., according to ...': the dateline is no report
            return _trim(text, anatomy.past_dateline(s0, s0 + len(before)), s0 + len(before) - 1)
        # 'According to a Lund News survey, 51 percent ...', not 'according to Lund the plan
        # will fail, ...'
        tail = _SOURCE_TAIL.match(masked, begin, s1)
        words = tail.group(0) if tail else ""
        if tail and len(words.split()) <= _SOURCE_TAIL_WORDS and not has_finite_verb(words):
            begin = tail.end() - 1
        return _clause_from(text, masked, begin + 1, sentence) if begin < s1 else None
    told = lower in TELLING and _ADDRESSEE.match(masked, begin)
    if told:
        begin = told.end()
    setting = _SETTING.match(masked, begin, s1)
    if setting and setting.end() < s1:
        begin = setting.end()
    after = masked[begin:s1]
    if _PARTICIPLE_NEXT.match(after):  # '..., the Kremlin said, adding that ...'
        earlier = _before_cue(text, masked, cue, sentence, anatomy, speaker=speaker)
        if earlier:
            return earlier
    that = _THAT.match(after)
    if that and _relative(after, that):
        that = None  # 'threatened tariffs against countries that "target" ...': no report
    if that and _cue_after_comma(after[: that.start(0) + len(that.group(0))]):
        return None  # 'pledged to back the plan, Berg said that ...': Berg's 'that'
    if that:
        inner = _INNER_CLAUSE.search(after, 0, that.start(0) + len(that.group(0)))
        if inner and inner.group(1):
            return None  # 'told MSNBC when asked about concerns that ...': not the report
        if inner:  # 'said he did not see evidence that ...': the report starts at 'he'
            return _clause_from(text, masked, begin + inner.start(2), sentence)
        return _clause_from(text, masked, begin + that.end(), sentence)
    if lower in TELLING and not told:
        return None  # 'told a rally outside the office': no clause without a known addressee
    if _INTRODUCES_QUOTE.match(after):
        return None  # 'Asked about it, Claes said: "..."': the quotation is what was said
    # 'told reporters to wait', but 'told Handelsblatt the rules required the aid to be ...':
    # after a known addressee, an instruction starts at once
    pattern = _TOLD_TO if told else _DIRECTIVE
    directive = pattern.match(after) if lower in verbs()[4] else None
    if directive:  # 'urged the council to act': the instruction is the content
        return _clause_from(text, masked, begin + directive.start(1), sentence)
    if lower in verbs()[3] and _NOUN_OBJECT.match(after):
        return _clause_from(text, masked, begin + 1, sentence)  # 'rejected any notion of ...'
    if lower in verbs()[2]:
        return None
    stripped = after.lstrip(" ,:")
    start = begin + len(after) - len(stripped)
    if _AFTER_QUOTE.search(masked, _closing_mark_from(masked, s0, cue.start), cue.start):
        return None  # '"...," she said, speaking to ...': the quotation is what she said
    first = stripped.split(maxsplit=1)[0] if stripped.strip() else ""
    quantity = _QUANTITY.match(stripped)
    if not quantity and (
        not stripped[:1].isalpha() or _NOT_A_CLAUSE.match(stripped) or first.endswith("ing")
    ):
        return _before_cue(text, masked, cue, sentence, anatomy, speaker=speaker)
    if lower.endswith("ing") and not (
        quantity or _STARTS_CLAUSE.match(stripped) or _FINITE.match(stripped)
    ):
        return None  # ', emphasizing unity': a participle with a noun object
    relative = _RELATIVE_BEFORE.search(masked, max(s0, cue.start - 8), cue.start) is not None
    return _clause_from(text, masked, start, sentence, relative)


# 'Berg, who said ...': the cue's subject is a relative pronoun right before it.
_RELATIVE_BEFORE = re.compile(rf",\s*(?:{alternation(RELATIVES)})\s+$")

# Between a cue and a 'that': a clause of its own, so the 'that' is not the cue's. A
# subordinate clause ('told MSNBC when asked about concerns that ...': group 1) reports
# nothing; a subject and its verb ('said he saw no evidence that ...', 'reported it obtained
# emails that ...': group 2) open the report itself.
_INNER_CLAUSE = re.compile(
    rf"\b({alternation(word_table(_WORDS, 'subordinators'))})\s"
    rf"|\b((?:{alternation(word_table(_WORDS, 'clause_pronouns'))})\s+[a-z])"
)

# A subordinator right before a cue in -ed: a reduced passive ('when asked', 'if pressed').
_REDUCED_PASSIVE = re.compile(rf"\b(?i:{alternation(word_table(_WORDS, 'subordinators'))})\s+$")

# The rest of an 'according to' source after its name, up to the comma that ends it
# ('a Lund News survey, ...', 'White House pool reports, ...'): not part of what was said.
_SOURCE_TAIL = re.compile(r"[^,;:.!?_\"“”]{0,60}?,")
_SOURCE_TAIL_WORDS = 8  # as cues.py reads a source ending at a comma

_AFTER_COMMA = re.compile(r",\s+[^,]*")
_LETTERS = re.compile(r"[A-Za-z]+")


def _cue_after_comma(stretch: str) -> bool:
    """A reporting verb after a comma in ``stretch``, the words between a cue and the first
    'that' after it: the 'that' opens another speaker's report ('Lund has pledged to back
    the plan, Berg said that ...'), where 'said on Monday, in a statement, that' is one."""
    single = cue_words()
    return any(
        word.lower() in single
        for part in _AFTER_COMMA.findall(stretch)
        for word in _LETTERS.findall(part)
    )


def _closing_mark_from(masked: str, s0: int, end: int) -> int:
    """Where a match of _AFTER_QUOTE ending at ``end`` can start: at most two characters
    (a mark and a comma) before the space that ends the text. Searching from the sentence's
    start for every cue was quadratic in a long sentence."""
    while end > s0 and masked[end - 1].isspace():
        end -= 1
    return max(s0, end - 2)


def _relative(after: str, that: re.Match[str]) -> bool:
    """A 'that' several words after the cue, followed by no subject, opens a relative clause
    of the cue's object ('threatened tariffs against countries that target ...'), not the
    reported clause ('said on Monday that the plant ...')."""
    words = after[: that.end()].split()
    return len(words) > 4 and not _STARTS_CLAUSE.match(after, that.end())


def _characterised(
    text: str, masked: str, begin: int, sentence: tuple[int, int]
) -> tuple[int, int] | None:
    """'described the plan as "a fantasy"': the object and the quoted words, up to the last
    closing mark; without quoted words it is a description, not a report."""
    s1 = sentence[1]
    if _NOT_A_CLAUSE.match(masked[begin:s1].lstrip()):
        return None  # 'called for', 'called on'
    clause_end = _first_clause_end(masked, begin, sentence)
    last = masked.rfind("_", begin, clause_end[0] if clause_end else s1)
    return _trim(text, begin, last + 1) if last != -1 else None


def _after_apposition(masked: str, end: int, limit: int) -> int:
    """'according to the coach, Ana Ruiz, the team ...': past the name set off by commas."""
    rest = masked[end:limit]
    match = re.match(r"\s*,\s*[A-Z][^,]{0,40},", rest)
    return end + match.end() - 1 if match else end


def _clause_from(
    text: str, masked: str, start: int, sentence: tuple[int, int], relative: bool = False
) -> tuple[int, int] | None:
    """The clause from ``start`` to its end; ``relative``: the cue stands in a relative
    clause ('Berg, who said he votes left, said ...'), which the next comma closes."""
    clause_end = _first_clause_end(masked, start, sentence)
    end = clause_end[0] if clause_end else sentence[1]
    if relative:
        comma = masked.find(",", start, end)
        end = comma if comma != -1 else end
    return _trim(text, start, end)


# Words that only join what comes next: a clause cut before the rest ends without them.
_DANGLING = re.compile(rf",?\s+(?:{alternation(word_table(_WORDS, 'dangling'))})(?:\s+that)?$")

_LONG_SENTENCE = 2000


@cache
def _anywhere() -> re.Pattern[str]:
    """A clause end at every place one starts, overlapping or not."""
    return re.compile(f"(?=({_clause_end().pattern}))", _clause_end().flags)


def _first_clause_end(masked: str, start: int, sentence: tuple[int, int]) -> tuple[int, int] | None:
    """The span of the first clause end in ``masked[start:s1]``, as ``search`` finds it. In a
    sentence longer than _LONG_SENTENCE, every place a clause end matches is found once (a
    lookahead matches at each, so none hides another) and each cue bisects into them: a
    search per cue to the end of a sentence of 200,000 characters was quadratic."""
    s0, s1 = sentence
    if s1 - start < _LONG_SENTENCE:
        found = _clause_end().search(masked, start, s1)
        return found.span() if found else None
    starts, spans = _clause_ends(masked, s0, s1)
    index = bisect_left(starts, start)
    return spans[index] if index < len(spans) else None


@lru_cache(maxsize=8)
def _clause_ends(masked: str, s0: int, s1: int) -> tuple[list[int], list[tuple[int, int]]]:
    """Every clause end in the sentence ``masked[s0:s1]``, by start."""
    spans = [m.span(1) for m in _anywhere().finditer(masked, s0, s1)]
    return [start for start, _ in spans], spans


def _before_cue(
    text: str,
    masked: str,
    cue: Cue,
    sentence: tuple[int, int],
    anatomy: Anatomy,
    inverted: bool = False,
    speaker: Speaker | None = None,
) -> tuple[int, int] | None:
    """'The stock is stable, Haugland said.' / '..., said Haugland.': the clause before the
    comma that precedes the speaker (or, inverted, the cue). A clause never holds its own
    speaker: 'Dmitry Peskov, the Kremlin spokesperson, said on Friday.' reports nothing; nor
    does a cue in a coordinated clause of its own ('..., but Lund said nothing about it')."""
    s0 = sentence[0]
    before = masked[s0 : cue.start]
    comma = before.rfind(",")
    if cue.text.lower().endswith("ing") or comma == -1:
        return None  # a participle ('..., emphasizing X') reports nothing before it
    if speaker is not None and s0 <= speaker.start < s0 + comma:
        return None
    if not inverted and not before[comma + 1 :].strip():
        return None
    if _COORDINATED.match(before, comma + 1):
        return None  # '..., but the minister said nothing about it': not an attribution
    if len(before[comma:].split()) > 10 or "_" in before[:comma]:
        return None
    # 'DOHA (Reuters) - ...', 'OSLO, Feb 12, 2025 (Reuters) - ...': the dateline is no report
    return _trim(text, anatomy.past_dateline(s0, s0 + comma), s0 + comma)


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    dangling = _DANGLING.search(text, start, end)
    if dangling:  # 'is higher than his rivals, and that - despite ...': the rest was cut
        end = dangling.start()
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
    if len(text[start:end].split()) < 4:
        return None
    return start, end
