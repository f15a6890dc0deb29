"""Reporting cues (verbs and phrases from rules/reporting_verbs.json) and the speaker each
one takes: after it when it is inverted ('..., said Voss') or 'according to', else the
phrase before it; a participle or a second verb joined by 'and' keeps the sentence's
first speaker. Quotations with no cue take a dash or colon attribution, if any.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property

from spacy.tokens import Doc

from briefing.extract.actors.antecedents import MentionIndex
from briefing.extract.quotes.clause_shape import RELATIVES, subject_with_apposition
from briefing.extract.quotes.marks import OPENING, Fragment
from briefing.extract.quotes.parsed_speakers import subject_span
from briefing.extract.quotes.speakers import (
    ARTICLES,
    DETERMINERS,
    Speaker,
    found,
    from_mention,
    not_after_preposition,
    phrase_after,
    phrase_before,
    speaker_in,
    speaker_like,
)
from briefing.model import Anatomy, NameMention, evolve
from briefing.rules import (
    alternation,
    json_rules,
    patterns,
    pronoun_list,
    reporting_verbs,
    word_table,
)

TELLING = frozenset(reporting_verbs("telling"))
_PATTERNS = patterns("quote_patterns.tsv")
_SOURCE_PHRASES = ("according to",)
_SETTING_PHRASES = ("in ", "through ")  # 'in a statement': where, not who or what


@dataclass(frozen=True)
class Cue:
    """A reporting verb or phrase found outside quotation marks."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Context:
    """One document's text, the same text with quotations masked, its name mentions and its
    anatomy (where its dateline is)."""

    text: str
    masked: str
    mentions: Sequence[NameMention]
    anatomy: Anatomy
    parsed: Doc | None = None  # a Doc with a dependency parse, when a trained pipeline ran

    @cached_property
    def index(self) -> MentionIndex:
        """The mentions indexed by position: speakers are looked for once per cue."""
        return MentionIndex(self.mentions)


@cache
def verbs() -> tuple[
    frozenset[str], tuple[str, ...], frozenset[str], frozenset[str], frozenset[str], frozenset[str]
]:
    """(reporting verbs, reporting phrases, verbs that report a clause only with 'that',
    verbs whose noun object is a reported position: 'rejected any notion of ...',
    directive verbs: 'urged X to ...', characterising verbs: 'described X as "..."')."""
    data = json_rules("reporting_verbs.json")["en"]
    return (
        frozenset(data["verbs"]),
        tuple(data["phrases"]),
        frozenset(data["content_verbs_needing_that"]),
        frozenset(data["noun_object_verbs"]),
        frozenset(data["directive_verbs"]),
        frozenset(data["characterising_verbs"]),
    )


@cache
def _cue_words() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """Single-word cues, and the phrases (longest first) keyed by their first word."""
    words, phrases, *_ = verbs()
    by_first: dict[str, list[str]] = {}
    for phrase in sorted((w for w in (*words, *phrases) if " " in w), key=len, reverse=True):
        by_first.setdefault(phrase.split()[0], []).append(phrase)
    single = frozenset(w for w in words if " " not in w)
    return single, {k: tuple(v) for k, v in by_first.items()}


def cue_words() -> frozenset[str]:
    """Every one-word reporting verb ('said', 'suggested', 'pledged')."""
    return _cue_words()[0]


@cache
def _first_words() -> frozenset[str]:
    single, by_first = _cue_words()
    return single | frozenset(by_first)


_WORD = re.compile(r"[A-Za-z]+")


def find_cues(masked: str, start: int, end: int) -> list[Cue]:
    """Reporting cues in ``masked[start:end]`` (quotations are masked, so none inside them).
    A word lookup, not one big alternation: cue search ran for every sentence."""
    single, by_first = _cue_words()
    first_words = _first_words()
    found: list[Cue] = []
    if first_words.isdisjoint(_WORD.findall(masked[start:end].lower())):
        return found  # most sentences report nothing: one C-level scan decides
    for match in _WORD.finditer(masked, start, end):
        word = match.group(0)
        lower = word.lower()
        if lower not in first_words:
            continue  # begins no cue: spare the tests below
        if word[0].isupper() and not _opens_sentence(masked, match.start()):
            continue  # 'the United States', 'Foreign Office Says': part of a name
        cue_end = None
        for phrase in by_first.get(lower, ()):
            stop = match.start() + len(phrase)
            tail = masked[stop : stop + 1]
            if masked[match.start() : stop].lower() == phrase and not tail.isalnum():
                cue_end = stop
                break
        if cue_end is None and lower in single:
            cue_end = match.end()
        if cue_end is None or found and match.start() < found[-1].end:
            continue  # (tested before the possessive, whose search is the costly test)
        if _after_possessive(masked, max(start, match.start() - 40), match.start()):
            continue  # "Berg's declared goal", "Ruiz's comments": a noun's word, no report
        found.append(Cue(match.start(), cue_end, masked[match.start() : cue_end]))
    return _attached_dropped(found)


# A possessive right before a word ("Berg's", "the Democrats' "): the word belongs to the
# owner's noun phrase, it is no verb of the owner.
_AFTER_POSSESSIVE = re.compile(r"([^\W_]+)['’]s?\s+$")  # not '_’ said': a masked quotation
_CONTRACTED = frozenset(pronoun_list()) | frozenset(word_table("speaker_words.json", "contracted"))


def _after_possessive(masked: str, start: int, end: int) -> bool:
    """Whether the word before ``end`` is a possessive, not a contraction ("He's claiming")."""
    found = _AFTER_POSSESSIVE.search(masked, start, end)
    return found is not None and found.group(1).lower() not in _CONTRACTED


def _opens_sentence(masked: str, index: int) -> bool:
    before = masked[max(0, index - 4) : index].rstrip()
    return not before or before[-1] in '.!?:;"“”’_\n—–―-('


def _attached_dropped(found: list[Cue]) -> list[Cue]:
    """A setting phrase with a verb in its sentence ('In a statement, X said', 'said in a
    statement') is part of that verb's report, not a report of its own."""
    phrases = set(verbs()[1])
    verbs_found = any(c.text.lower() not in phrases for c in found)
    return [
        cue
        for cue in found
        if not (
            verbs_found
            and cue.text.lower() in phrases
            and cue.text.lower().startswith(_SETTING_PHRASES)
        )
    ]


def cues(text: str) -> list[Cue]:
    """Reporting cues of a short text (a paragraph)."""
    return find_cues(text, 0, len(text))


def cue_speaker(
    context: Context, cue: Cue, sentence: tuple[int, int], earlier: Speaker | None
) -> Speaker | None:
    """The speaker of one cue (``earlier``: the speaker of a cue before it in the sentence),
    with the way it was found.

    A trained pipeline's parse is asked only when the rules find no speaker or only guess
    the clause's first subject. Asked first, it lost to the rules on PolNeAR dev (direct
    quotes with a named source .921 against .951), since the rules know things a parse does
    not (a body's members do not speak as the body, a name that modifies the speaker is not
    the speaker); asked after them it adds speakers the rules miss (all named .920 -> .937).
    Letting it also replace words of the rules that name no one cost .007 there."""
    rule = _rule_speaker(context, cue, sentence, earlier)
    if context.parsed is None or (rule is not None and rule.how != "clause"):
        return rule
    parsed = subject_span(context.parsed, cue.start, cue.end)
    speaker = found(speaker_in(context.text, parsed, context.index), "parser") if parsed else None
    return speaker or rule


def _rule_speaker(
    context: Context, cue: Cue, sentence: tuple[int, int], earlier: Speaker | None
) -> Speaker | None:
    text, masked, mentions = context.text, context.masked, context.index
    s0, s1 = sentence
    masked = _abbreviation_left_out(masked, s0, cue.start)
    lower = cue.text.lower()
    if lower.startswith(_SOURCE_PHRASES):
        span = _source_phrase(masked, cue.end, s1)
        return found(speaker_in(text, span, mentions), "according") if span else None
    before = masked[s0 : cue.start].rstrip()
    if _passive(before) and lower not in verbs()[1]:
        return None  # 'It was announced that ...': an agentless passive names no speaker
    if lower.endswith("ing") and before.endswith((",", *_CLOSING_MARKS)):
        # '..., adding that', '"...," adding that ...': the participle shares the subject
        return earlier or found(first_subject(context, s0, cue.start), "clause")
    if _bare_last_word(before) in _GOVERNING:
        # 'went on to say', 'interjected to say', 'by saying': not the words before the cue
        raised = _infinitive_subject(context, s0, before) if before.endswith("to") else None
        return raised or earlier or found(first_subject(context, s0, cue.start), "clause")
    inverted = not before or before[-1] in ',_"”»’'
    if before.endswith(",") and subject_with_apposition(masked, s0, cue.start, speaker_like):
        # 'Dmitry Peskov, the Kremlin spokesperson, said Moscow ...', 'The company, which
        # supplies Volkswagen, said ...': the speaker is the subject, not the nearest name.
        span = _subject_part(masked, s0, cue.start, mentions)
        return found(speaker_in(text, span, mentions), "apposition")
    if inverted and lower not in TELLING:
        last = before.rstrip(",")[-1:]
        after_quote = bool(last) and last in '_"”»’'  # '"...," said the post by X'
        span = phrase_after(masked, cue.end, s1, any_phrase=after_quote)
        if span:
            return found(speaker_in(text, span, mentions), "inverted")
    paragraph = text.rfind("\n", 0, cue.start) + 1  # a sentence split at 'Lt.' is not a stop
    span = phrase_before(masked, max(paragraph, cue.start - 400), cue.start)
    if span and span[0] < s0 and _sentence_ends(text, s0):
        # 'Rolland will cut the Vex, PT Pira and Tundra from production. Another automaker,
        # Harlow Motors (HM), announced ...': the subject never lies in a sentence that ended
        span = phrase_before(masked, s0, cue.start)
    if span:
        return found(speaker_in(text, span, mentions), "subject")
    return earlier or found(first_subject(context, s0, cue.start), "clause")


_CLOSING_MARKS = ('"', "”", "»", "’", "_")
_ABBREVIATION = re.compile(r"\s\([A-Z][A-Za-z.&-]{0,9}\),\s*$")


def _abbreviation_left_out(masked: str, s0: int, cue_start: int) -> str:
    """``masked`` with a name's abbreviation in brackets right before the cue's comma left
    out ('Another automaker, Harlow Motors (HM), announced': 'Harlow Motors,'), offsets
    kept: the bracket hid the apposed name from the subject's search."""
    found = _ABBREVIATION.search(masked, max(s0, cue_start - 40), cue_start)
    if not found:
        return masked
    blank = "," + " " * (found.end() - found.start() - 1)
    return masked[: found.start()] + blank + masked[found.end() :]


_LAST_WORD = re.compile(r"([A-Za-z]+)[.!?][\"”’)]*\s*$")


def _sentence_ends(text: str, s0: int) -> bool:
    """Whether the sentence before ``s0`` really ended there: its last word is an ordinary
    lower-case word with its full stop ('production.'), not an abbreviation split off
    ('Lt.', 'U.S.', 'Inc.'), after which the sentence runs on."""
    last = _LAST_WORD.search(text, max(0, s0 - 40), s0)
    return bool(last) and last.group(1).islower() and len(last.group(1)) > 1


_GOVERNING = frozenset(word_table("speaker_words.json", "governing_words"))


def _infinitive_subject(context: Context, start: int, before: str) -> Speaker | None:
    """'Bryne went on to say', 'The email goes on to say', 'O'Malley, who ..., interjected
    to say': the subject of the verb that governs the infinitive, the phrase right before
    it (its particle skipped: 'went on', 'stepped up')."""
    words = before.split()[:-1]  # without 'to'
    if words and words[-1].lower() in _PARTICLES:
        words.pop()
    if not words or not words[-1].islower() or not words[-1].isalpha():
        return None
    verb_start = start + len(before.rsplit(words[-1], 1)[0].rstrip()) + 1
    paragraph = context.text.rfind("\n", 0, verb_start) + 1
    span = phrase_before(context.masked, max(paragraph, start), verb_start)
    if span is None or not speaker_like(context.text[span[0] : span[1]]):
        return None
    return found(speaker_in(context.text, span, context.index), "subject")


_PARTICLES = frozenset(word_table("speaker_words.json", "particles"))


def _bare_last_word(before: str) -> str:
    """The last word of ``before``, lower-cased; '' after punctuation (a word ending in a
    comma or a mark closes a phrase, it governs nothing)."""
    words = before.split()
    if not words or not words[-1].isalpha():
        return ""
    return words[-1].lower()


def _subject_part(masked: str, start: int, end: int, mentions: MentionIndex) -> tuple[int, int]:
    """The part of 'HEAD, APPOSITION, ... said' that names the speaker: the head when it holds
    a person ('Dmitry Peskov, the Kremlin spokesperson,'), else an apposition that does
    ("Norway's foreign minister, Ingrid Berg,"), else the head ('The company, which ...,')."""
    parts, at = [], start
    for piece in masked[start:end].split(","):
        lead = len(piece) - len(piece.lstrip())
        if piece.strip():
            parts.append((at + lead, at + len(piece.rstrip())))
        at += len(piece) + 1

    def has_person(span: tuple[int, int]) -> bool:
        return any(m.kind == "person" for m in mentions.within(*span))

    head, rest = parts[0], parts[1:]
    if has_person(head):
        return head
    for part in rest:
        first = masked[part[0] : part[1]].split()[0]
        # A name or role set beside the head, not 'through spokesperson X' or 'who met X'.
        if (first[:1].isupper() or first in ARTICLES) and has_person(part):
            return part
    return head


_PASSIVE = re.compile(_PATTERNS["passive"], re.I)
_SOURCE_RUN = re.compile(_PATTERNS["source_run"])


def _passive(before: str) -> bool:
    """Whether ``before`` (the sentence up to the cue, stripped) ends in a passive. The
    pattern spans at most its last two words, so only they are searched: searching the
    whole sentence for every cue was quadratic in a long sentence."""
    return bool(_PASSIVE.search(before, _last_words_start(before, 2)))


def _last_words_start(text: str, count: int) -> int:
    """Where the last ``count`` words (runs without a space) of ``text`` begin; trailing
    space counts as no word."""
    position = len(text)
    for _ in range(count):
        while position and text[position - 1].isspace():
            position -= 1
        while position and not text[position - 1].isspace():
            position -= 1
    return position


def _source_phrase(masked: str, start: int, end: int) -> tuple[int, int] | None:
    """'according to the coach, Ana Ruiz, ...' / 'according to Voss the plan ...'."""
    rest = masked[start:end]
    stop = re.search(r"[,;:.!?](?:\s|$)|\s[—–―]\s|_", rest)
    limit = stop.start() if stop else len(rest.rstrip())
    lead = len(rest) - len(rest.lstrip())
    if limit <= lead:
        return None
    inner = _SOURCE_CLAUSE.search(rest, lead, limit)
    if inner:  # 'new documents he submitted to the U.S. government': not the U.S.
        limit = inner.start()
    words = rest[lead:limit].split()
    if len(words) > 8:  # no comma after the source: it ends with its capitalised words
        run = _SOURCE_RUN.match(rest[lead:])
        return (start + lead, start + lead + len(run.group(0).rstrip())) if run else None
    named = _NAME_AFTER_COMMA.match(rest, limit)
    if named and rest[limit] == ",":  # 'the coach, Ana Ruiz, ...': the name is the source
        return start + named.start(1), start + named.end(1)
    return start + lead, start + limit


# A clause inside an 'according to' source ('documents he submitted to ...', 'the agency
# that ...'): a name in it modifies the source, it is not the source.
_SOURCE_CLAUSE = re.compile(rf"\s(?:{alternation([*pronoun_list('subject'), *RELATIVES])})\s+[a-z]")
_NAME_AFTER_COMMA = re.compile(r",\s*([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){1,3}),")


def first_subject(context: Context, start: int, end: int) -> Speaker | None:
    """The first named person or organisation of a clause that no preposition governs."""
    for mention in context.index.inside(start, end):
        if mention.kind != "place" and not_after_preposition(context.text, start, mention):
            return from_mention(mention)
    return None


_SUBJECT_LEAD = 5  # words at most before the subject of an introducing clause
_CLAUSE_BREAK = re.compile(r",\s|\s[-—–―]\s")


def colon_subject(context: Context, start: int, colon: int) -> Speaker | None:
    """'Sanders made the following comment:', 'When Wallace died, President Clinton released
    the following statement:', 'HEADLINE - Ana Berg: "..."': a clause without a reporting
    verb that introduces a quotation with a colon. Its subject speaks: the first person or
    body that opens the clause (after the last comma or dash before the colon), led by at
    most a few words and none of them a participle ('attacking Mr. Trump'), or the last of
    two names set side by side ('Obama speechwriter Jon Favreau')."""
    masked = context.masked
    starts = [start] + [b.end() for b in _CLAUSE_BREAK.finditer(masked, start, colon)]
    for clause in reversed(starts):
        named = [
            m
            for m in context.index.inside(clause, colon)
            if m.kind in _NAMED and not_after_preposition(context.text, clause, m)
        ]
        first = masked[clause:colon].split()[0]
        if named or not first.islower() or first in ARTICLES or first in DETERMINERS:
            break  # a clause of its own; one opening in lower case goes on the one before
    if not named:
        return None
    lead = masked[clause : named[0].start].split()
    if len(lead) > _SUBJECT_LEAD or any(w.islower() and w.endswith(("ing", "ed")) for w in lead):
        return None
    subject = named[0]
    for later in named[1:]:
        between = masked[subject.end : later.start]
        if len(between.split()) > 2:
            break
        subject = later
    return evolve(from_mention(subject), how="colon")


_DASH_AFTER = re.compile(r"[\s”\"»]*[-—–―]\s*(?=[A-Z])")
_LABEL_WORDS = 10  # a signature line: a name and a short description
_DASH_LINE = re.compile(r"[\s”\"».]*\n\s*[-—–―]\s*(?=[A-Z])")


def _next_line_end(text: str, line_end: int) -> int:
    """The end of the first line with words after ``line_end`` (a paragraph break's empty
    lines skipped)."""
    position = line_end
    while position < len(text) and text[position].isspace():
        position += 1
    end = text.find("\n", position)
    return len(text) if end == -1 else end


_COLON_BEFORE = re.compile(r"^\s*(?:[Ff]rom\s+)?([^:_]{2,60}?):\s*[\"“«‘]?$")


def floating_speaker(
    context: Context, sentence: tuple[int, int], fragments: list[Fragment]
) -> Speaker | None:
    """A quotation without a cue: '"...," - Matthew Ingram' or 'From the minister: "..."'."""
    text, masked, mentions = context.text, context.masked, context.index
    last = fragments[-1].end
    line_end = text.find("\n", last)
    line_end = len(text) if line_end == -1 else line_end
    dash = _DASH_AFTER.match(masked, last, line_end)
    if dash is None and not masked[last:line_end].strip(' "”»’.'):
        # '"..."' and, as a paragraph of its own, '- Bernie Sanders.' (a fact check's entry)
        line_end = _next_line_end(masked, line_end)
        dash = _DASH_LINE.match(masked, last, line_end)
        label = masked[dash.end() : line_end] if dash else ""
        if any(mark in label for mark in ':_"“”«»') or len(label.split()) > _LABEL_WORDS:
            dash = None  # a list item ('- Ambassador Greer: "..."'), not a signature
    if dash:
        span = phrase_after(masked, dash.end(), line_end)
        return found(speaker_in(text, span, mentions), "label") if span else None
    colon = _COLON_BEFORE.match(masked[sentence[0] : fragments[0].start])
    if colon:
        start = sentence[0] + colon.start(1)
        label = speaker_in(text, (start, sentence[0] + colon.end(1)), mentions)
        if label.name_start is not None:  # a name, not a heading ('- On negotiations:')
            return found(label, "label")
    return _unlisted_verb(context, fragments)


_TRANSCRIPT_LABEL = re.compile(_PATTERNS["transcript_label"])
_TRANSCRIPT_HEADINGS = frozenset(word_table("speaker_words.json", "transcript_headings"))


def transcript_label(context: Context, fragment: Fragment) -> tuple[Speaker | None, int] | None:
    """'"WALLACE: Let me ask you ...': a quoted paragraph that opens with a transcript's
    speaker label. The label is the speaker (the named mention inside it, when the name
    finder knows it); the said words start after it (the position returned). A heading
    ('VIDEO:', 'UPDATE:') names no one: the turn before it has ended."""
    text = context.text
    paragraph = text.rfind("\n", 0, fragment.start) + 1
    if text[paragraph : fragment.start].strip() not in OPENING:
        return None  # the quotation opens inside a paragraph: not a transcript's turn
    label = _TRANSCRIPT_LABEL.match(text, fragment.start, fragment.end)
    if label is None:
        return None
    if label.group(1).lower() in _TRANSCRIPT_HEADINGS:
        return None, label.end()
    start, end = label.span(1)
    named = [m for m in context.index.inside(start, end) if m.kind == "person"]
    speaker = from_mention(named[0]) if named else Speaker(text[start:end], start, end)
    return evolve(speaker, how="label"), label.end()


_NAMED = frozenset({"person", "organization"})
_UNLISTED = (re.compile(_PATTERNS["unlisted_subject"]), re.compile(_PATTERNS["unlisted_inverted"]))


def _unlisted_verb(context: Context, fragments: list[Fragment]) -> Speaker | None:
    """'"Go back to Univision," Trump barked': a quotation closed by ',', '?' or '!' and
    then a name and a past-tense verb the reporting list lacks. The punctuation inside the
    marks says an attribution follows, so the verb is one; the name must be a person or a
    body the name finder knows (or he/she), never any capitalised words."""
    text = context.text
    for fragment in fragments:
        if text[fragment.start : fragment.end].rstrip()[-1:] not in ",?!":
            continue
        for pattern in _UNLISTED:
            match = pattern.match(context.masked, fragment.end)
            if not match:
                continue
            start, end = match.start(1), match.start(1) + len(match.group(1).rstrip())
            if "\n" in text[fragment.end : start]:
                continue  # '..."' / 'The USFL folded in 1986': the next paragraph's subject
            named = [m for m in context.index.inside(start, end) if m.kind in _NAMED]
            if named or text[start:end].lower() in {"he", "she"}:
                return found(speaker_in(text, (start, end), context.index), "verb")
    return None
