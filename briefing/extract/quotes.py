"""Quotes of one document: direct, mixed and reported speech, with the speaker near the cue.

Works on characters and sentence spans, not on a parse, so the rule pipeline needs nothing
more than sentence boundaries. Quotation marks are paired once per document
(quote_marks.py) and their content masked, so no cue or speaker is taken from inside a
quotation. Per sentence: find the reporting cues, the speaker of each (speakers.py) and
the content clause it reports; a clause holding a quoted fragment is ``mixed``, quoted
text outside any clause is ``direct``, and a quotation with no cue of its own continues
the speaker before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from ..model import Document, NameMention, Quote
from . import sentence_spans, text_of
from .quote_marks import OPENING, Fragment, quotation_marks, said, title_like
from .speaker_cues import Context, Cue, cue_speaker, cues, find_cues, floating_speaker, verbs
from .speakers import Speaker

_THAT = re.compile(r"^[^.;:!?\"“”_]{0,60}?\bthat\s+", re.S)
_DIRECTIVE = re.compile(
    r"[^,.;:!?_\"“”]{0,60}?\s(to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|this\b)[a-z])"
)
_CLAUSE_END_WORDS = r"saying|adding|stating|noting|arguing|warning|according to"
_NOT_A_CLAUSE = re.compile(
    r"^(?:in|on|at|to|for|with|from|by|after|before|during|about|of|earlier|later|so|nothing"
    r"|goodbye|hello|sorry|yes|no|thanks|more|little|much|this|that|as|when|while|whilst|since"
    r"|because|until|amid|despite|following)\b",
    re.I,
)
_ADDRESSEE = re.compile(
    r"\s*(?:(?:the|a|an)\s+)?(?:[A-Z][\w.’'-]*\s+)*(?:[A-Z][\w.’'-]*|press|reporters|journalists"
    r"|him|her|them|me|us|parliament|lawmakers|colleagues|police|court|committee|media|audience"
    r"|crowd|newspaper|paper|agency|radio|television|listeners|viewers|supporters|officials)\b"
)
_NOUN_OBJECT = re.compile(r"\s+(?:any|the|all|a|claims|reports)\b")
_ABBREVIATION_END = re.compile(
    r"\b(?:Capt|Gen|Lt|Col|Sgt|Maj|Adm|Cmdr|Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|St|Rev|Hon|[A-Z])\.\s*$"
)
_STARTS_CLAUSE = re.compile(
    r"(?:the|a|an|it|he|she|they|we|i|there|this|these|those|any|no|[A-Z][\w’'.-]+)\b"
)
_INTRODUCES_QUOTE = re.compile(r"\s*[,:]?\s*[\"“«‘]")
_NEGATED = re.compile(r"(?:\bnot|n't|\bnever)\s+$")
_TRAILING = " \t\n.,;:!?\"'”’»)“«„"
TELLING = {"told", "tell", "tells", "telling"}


@cache
def _clause_end() -> re.Pattern[str]:
    """Where a reported clause stops: a participle or a second reporting verb, ';', a dash,
    or a colon that opens a quotation."""
    alternatives = "|".join(sorted(map(re.escape, verbs()[0]), key=len, reverse=True))
    return re.compile(
        rf",\s+(?:{_CLAUSE_END_WORDS}|with|while|whilst|despite)\b|;|\s[—–]\s|:\s*[\"“«‘]"
        rf"|,?\s+and\s+(?:\w+ly\s+)?(?:{alternatives})\b"
    )


def content_clause(
    text: str, masked: str, cue: Cue, sentence: tuple[int, int], speaker: Speaker | None
) -> tuple[int, int] | None:
    """The reported clause of a cue, as a span, or None when the cue reports no clause."""
    s0, s1 = sentence
    lower = cue.text.lower()
    begin = cue.end
    if _NEGATED.search(masked, max(s0, cue.start - 12), cue.start):
        return None  # 'officials have not said why': nothing was reported
    if speaker is not None and cue.end <= speaker.start < cue.end + 80:
        begin = _after_apposition(masked, speaker.end, s1)  # 'according to X, ...'
        if lower != "according to":
            return _before_cue(text, masked, cue, sentence, inverted=True)
    if lower in verbs()[5]:
        return _characterised(text, masked, begin, s1)
    if lower == "according to":
        before = masked[s0 : cue.start].rstrip()
        if before.endswith(",") and len(before.split()) >= 4:
            return _trim(text, s0, s0 + len(before) - 1)
        return _clause_from(text, masked, begin + 1, s1) if begin < s1 else None
    told = lower in TELLING and _ADDRESSEE.match(masked, begin)
    if told:
        begin = told.end()
    after = masked[begin:s1]
    that = _THAT.match(after)
    if that:
        return _clause_from(text, masked, begin + that.end(), s1)
    if lower in TELLING and not told:
        return None  # 'told a rally outside the office': no clause without a known addressee
    if _INTRODUCES_QUOTE.match(after):
        return None  # 'Asked about it, Claes said: "..."': the quotation is what was said
    directive = _DIRECTIVE.match(after) if lower in verbs()[4] else None
    if directive:  # 'urged the council to act': the instruction is the content
        return _clause_from(text, masked, begin + directive.start(1), s1)
    if lower in verbs()[3] and _NOUN_OBJECT.match(after):
        return _clause_from(text, masked, begin + 1, s1)  # 'rejected any notion of ...'
    if lower in verbs()[2]:
        return None
    stripped = after.lstrip(" ,:")
    start = begin + len(after) - len(stripped)
    if not stripped[:1].isalpha() or _NOT_A_CLAUSE.match(stripped):
        return _before_cue(text, masked, cue, sentence)
    if lower.endswith("ing") and not _STARTS_CLAUSE.match(stripped):
        return None  # ', emphasizing unity': a participle with a noun object
    return _clause_from(text, masked, start, s1)


def _characterised(text: str, masked: str, begin: int, s1: int) -> tuple[int, int] | None:
    """'described the plan as "a fantasy"': the object and the quoted words, up to the last
    closing mark; without quoted words it is a description, not a report."""
    if _NOT_A_CLAUSE.match(masked[begin:s1].lstrip()):
        return None  # 'called for', 'called on'
    clause_end = _clause_end().search(masked, begin, s1)
    last = masked.rfind("_", begin, clause_end.start() if clause_end else s1)
    return _trim(text, begin, last + 1) if last != -1 else None


def _after_apposition(masked: str, end: int, limit: int) -> int:
    """'according to the coach, Ana Ruiz, the team ...': past the name set off by commas."""
    rest = masked[end:limit]
    match = re.match(r"\s*,\s*[A-Z][^,]{0,40},", rest)
    return end + match.end() - 1 if match else end


def _clause_from(text: str, masked: str, start: int, s1: int) -> tuple[int, int] | None:
    clause_end = _clause_end().search(masked, start, s1)
    return _trim(text, start, clause_end.start() if clause_end else s1)


def _before_cue(
    text: str, masked: str, cue: Cue, sentence: tuple[int, int], inverted: bool = False
) -> tuple[int, int] | None:
    """'The stock is stable, Haugland said.' / '..., said Haugland.': the clause before the
    comma that precedes the speaker (or, inverted, the cue)."""
    s0 = sentence[0]
    before = masked[s0 : cue.start]
    comma = before.rfind(",")
    if cue.text.lower().endswith("ing") or comma == -1:
        return None  # a participle ('..., emphasizing X') reports nothing before it
    if not inverted and not before[comma + 1 :].strip():
        return None
    if len(before[comma:].split()) > 10 or "_" in before[:comma]:
        return None
    return _trim(text, s0, s0 + comma)


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    if len(text[start:end].split()) < 4:
        return None
    return start, end


# ------------------------------------------------------------------ per sentence


def _sentence_spans(doc: Doc, fragments: Sequence[Fragment]) -> list[tuple[int, int]]:
    """Sentence char spans, merged where a quotation runs across a sentence boundary or the
    sentencizer stopped at a title ('Navy Capt. Jeff Davis said')."""
    spans: list[list[int]] = []
    text = text_of(doc)
    index = 0
    for start, end in sentence_spans(doc):
        while index < len(fragments) and fragments[index].end + 1 <= start:
            index += 1
        crosses = any(
            f.start < start < f.end + 1 and "\n" not in text[f.start : start]
            for f in fragments[index : index + 3]
        )
        if spans and (crosses or _ABBREVIATION_END.search(text, spans[-1][0], spans[-1][1])):
            spans[-1][1] = end
        else:
            spans.append([start, end])
    return [(s, e) for s, e in spans if text[s:e].strip()]


def mask(text: str, fragments: Sequence[Fragment]) -> str:
    """The text with quoted words blanked out, so cues inside quotes are not found."""
    chars = list(text)
    for f in fragments:
        for i in range(f.start, f.end):
            if not chars[i].isspace():
                chars[i] = "_"
    return "".join(chars)


def quotes(doc: Doc, document: Document, mentions: Sequence[NameMention]) -> list[Quote]:
    """Every quotation and reported statement in the document, in text order."""
    text = text_of(doc)
    fragments = quotation_marks(text)
    parsed = doc if doc.has_annotation("DEP") else None
    context = Context(text, mask(text, fragments), mentions, parsed)
    found: list[Quote] = []
    previous: Speaker | None = None
    block_end = -1
    spans = _sentence_spans(doc, fragments)
    index = 0
    for sentence in spans:
        if sentence[0] < block_end:
            continue  # inside a statement already taken as a block quotation
        while index < len(fragments) and fragments[index].start < sentence[0]:
            index += 1
        inside = []
        for f in fragments[index:]:
            if f.start >= sentence[1]:
                break
            inside.append(f)
        new, speaker = _in_sentence(context, sentence, inside, previous)
        if not new and speaker and text[sentence[0] : sentence[1]].rstrip().endswith(":"):
            new, block_end = block_quotation(text, sentence[1], speaker, fragments)
        found.extend(new)
        if new or speaker:
            previous = speaker
        elif not text[sentence[0] : sentence[1]].lstrip().startswith(tuple(OPENING)):
            previous = None
    found = _share_group_speakers(_pronouns_to_last_speaker(found, mentions))
    return [replace(q, doc=document.id, id=f"{document.id}-q{i}") for i, q in enumerate(found, 1)]


PERSONAL = {"he", "she"}
_PRONOUN_REACH = 600  # characters: about two sentences back


def _pronouns_to_last_speaker(found: list[Quote], mentions: Sequence[NameMention]) -> list[Quote]:
    """'"...," Voss said. He added that ...': a 'he' or 'she' right after a named person's
    quote is that person, even when another name was mentioned in between."""
    persons = {(m.start, m.end) for m in mentions if m.kind == "person"}
    last: Quote | None = None
    resolved = []
    for quote in found:
        pronoun = (quote.speaker_text or "").lower() in PERSONAL
        near = (
            last is not None
            and (quote.speaker_start or 0) - (last.speaker_end or 0) < _PRONOUN_REACH
        )
        if pronoun and near and last is not None:
            quote = replace(
                quote,
                speaker_name_start=last.speaker_name_start,
                speaker_name_end=last.speaker_name_end,
            )
        if (quote.speaker_name_start, quote.speaker_name_end) in persons:
            last = quote
        resolved.append(quote)
    return resolved


def _share_group_speakers(found: list[Quote]) -> list[Quote]:
    """The paragraphs of one quotation have one speaker, often named only after the last:
    '"First paragraph. / "Last paragraph," she said.'"""
    named: dict[str, Quote] = {}
    for quote in found:
        if quote.group and quote.speaker_text and quote.group not in named:
            named[quote.group] = quote
    return [_with_speaker_of(q, named[q.group]) if q.group in named else q for q in found]


def _with_speaker_of(quote: Quote, other: Quote) -> Quote:
    return replace(
        quote,
        speaker_text=other.speaker_text,
        speaker_start=other.speaker_start,
        speaker_end=other.speaker_end,
        speaker_name_start=other.speaker_name_start,
        speaker_name_end=other.speaker_name_end,
    )


_BLOCK_STOP = re.compile(r"^(?:notes?\b|further information|ends\b|background\b)", re.I)


def block_quotation(
    text: str, after: int, speaker: Speaker, fragments: Sequence[Fragment], limit: int = 6
) -> tuple[list[Quote], int]:
    """'The Minister said:' followed by paragraphs without quotation marks: a statement set as
    a block. Its paragraphs are one quotation (one group) until a paragraph that is not part
    of it: one with quotation marks or a reporting cue of its own, or a notes heading."""
    found: list[Quote] = []
    position = after
    for match in re.finditer(r"[^\n]+", text[after:]):
        start, end = after + match.start(), after + match.end()
        paragraph = match.group(0).strip()
        if not paragraph:
            continue
        quoted = any(start <= f.start < end for f in fragments)
        if quoted or _BLOCK_STOP.match(paragraph) or len(found) >= limit:
            break
        if found and cues(paragraph):
            break
        lead = len(match.group(0)) - len(match.group(0).lstrip())
        fragment = Fragment(start + lead, start + lead + len(paragraph), -after)
        found.append(replace(_direct(text, fragment, speaker, None), group=f"b{after}"))
        position = end
    return found, position


def _in_sentence(
    context: Context,
    sentence: tuple[int, int],
    fragments: list[Fragment],
    previous: Speaker | None,
) -> tuple[list[Quote], Speaker | None]:
    text, masked = context.text, context.masked
    found_cues = find_cues(masked, sentence[0], sentence[1])
    real = [f for f in fragments if said(text, f)]
    if not found_cues:
        speaker = floating_speaker(context, sentence, real) or previous if real else None
        return [_direct(text, f, speaker, None) for f in real], speaker
    speakers: dict[Cue, Speaker | None] = {}
    clauses: list[tuple[int, int, Cue]] = []
    earlier: Speaker | None = None
    for cue in found_cues:
        this = cue_speaker(context, cue, sentence, earlier)
        speakers[cue] = this
        earlier = earlier or this
        clause = content_clause(text, masked, cue, sentence, this)
        if clause:
            clauses.append((clause[0], clause[1], cue))
    results, used = _reported(text, fragments, clauses, speakers)
    for f in real:
        if not any(a <= f.start and f.end <= b for a, b in used):
            cue = min(found_cues, key=lambda c: min(abs(c.start - f.end), abs(f.start - c.end)))
            results.append(_direct(text, f, speakers[cue] or earlier, cue))
    if masked[sentence[0] : sentence[1]].rstrip().endswith(":") and not results:
        return [], earlier  # 'X said:' introduces the quotation that follows
    return _join_split(text, sorted(results, key=lambda q: q.start)), earlier


def _join_split(text: str, found: list[Quote]) -> list[Quote]:
    """'"We will go," he said, "and win."': a quotation split by its attribution is one
    group: the first part ends with a comma, the second goes on in lower case."""
    joined: list[Quote] = []
    for quote in found:
        prior = joined[-1] if joined else None
        if (
            prior is not None
            and prior.kind == quote.kind == "direct"
            and prior.text.rstrip().endswith(",")
            and quote.text[:1].islower()
            and "\n" not in text[prior.end : quote.start]
        ):
            quote = replace(_with_speaker_of(quote, prior), group=prior.group)
        joined.append(quote)
    return joined


def _reported(
    text: str,
    fragments: list[Fragment],
    clauses: list[tuple[int, int, Cue]],
    speakers: dict[Cue, Speaker | None],
) -> tuple[list[Quote], list[tuple[int, int]]]:
    """Indirect and mixed quotes from content clauses; where clauses overlap the longest
    (the outermost report) wins."""
    results: list[Quote] = []
    used: list[tuple[int, int]] = []
    for start, end, cue in sorted(clauses, key=lambda c: c[0] - c[1]):
        if any(a < end and start < b for a, b in used):
            continue
        quoted = [f for f in fragments if f.start < end and start < f.end]
        if quoted and start <= quoted[0].start <= start + 1 and quoted[0].end >= end - 1:
            continue  # the clause is one quotation: direct
        spoken = [f for f in quoted if not title_like(text[f.start : f.end].split() or ["x"])]
        if not spoken and cue.text.lower() in verbs()[5]:
            continue  # 'a user labelled "Anonymous"': a name, not a report
        if spoken:
            last = max(f.end for f in spoken)
            end = max(end, last + (1 if last < len(text) and text[last] in '”"’»' else 0))
        kind = "mixed" if spoken else "indirect"
        results.append(_quote(text, start, end, kind, speakers[cue], cue))
        used.append((start, end))
    return results, used


def _direct(text: str, fragment: Fragment, speaker: Speaker | None, cue: Cue | None) -> Quote:
    quote = _quote(text, fragment.start, fragment.end, "direct", speaker, cue)
    return replace(quote, group=f"g{fragment.group}")


def _quote(
    text: str, start: int, end: int, kind: str, speaker: Speaker | None, cue: Cue | None
) -> Quote:
    return Quote(
        id="",
        doc="",
        start=start,
        end=end,
        text=text[start:end],
        kind=kind,  # type: ignore[arg-type]
        speaker_text=speaker.text if speaker else None,
        speaker_start=speaker.start if speaker else None,
        speaker_end=speaker.end if speaker else None,
        speaker_name_start=speaker.name_start if speaker else None,
        speaker_name_end=speaker.name_end if speaker else None,
        cue=cue.text if cue else None,
    )
