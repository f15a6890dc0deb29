"""Quotes of one document: direct, mixed and reported speech, with the speaker near the cue.

Works on characters and sentence spans, not on a parse, so the rule pipeline needs nothing
more than sentence boundaries. Per sentence: pair the quotation marks, find reporting cues
outside them, take the speaker nearest the cue (a name, a role phrase or a pronoun) and cut
the content clause. Pronouns and role phrases are resolved to the nearest compatible named
mention before them (``speaker_name_start``/``speaker_name_end``) for assemble to link.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from spacy.tokens import Doc

from ..model import Document, NameMention, Quote
from . import text_of

RULES = Path(__file__).resolve().parents[1] / "rules"
CLOSING = {"“": "”", "«": "»", '"': '"', "„": "“", "‘": "’"}
ROLE_NOUNS = (
    r"spokes(?:person|man|woman)|(?:prime |foreign |deputy )?minister|ministry|president"
    r"|officials?|commissioner|chancellor|secretary|chair(?:man|woman)?|ambassador|envoy"
    r"|government|kremlin|commission|agency|police|army|military|company|analysts?|experts?"
    r"|diplomats?|leaders?|sources?"
)
_ROLE_SPEAKER = re.compile(
    rf"\b(?:(?:[Tt]he|[Aa]n?|[Ss]ome|[Mm]any|[Ss]everal|[Oo]ther)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:{ROLE_NOUNS})|(?:[A-Z]\w+\s+)?(?:[Dd]iplomats|[Oo]fficials|[Aa]nalysts|[Ee]xperts"
    rf"|[Ss]ources|[Cc]ritics))\b"
)
ORG_NOUNS = {"ministry", "government", "kremlin", "commission", "agency", "police", "army"}
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e)\b")
_THAT = re.compile(r"^[^,.;:!?\"“”]{0,60}?\bthat\s+", re.S)
_CLAUSE_END_WORDS = r"saying|adding|stating|noting|arguing|warning|according to"
_STARTS_CLAUSE = re.compile(
    r"^(?:the|a|an|it|he|she|they|we|i|there|this|these|those|any|no"
    r"|[A-Z][\w’'.-]+)\b"
)
_NOUN_OBJECT = re.compile(r"\s+(?:any|the|all|a|claims|reports)\b")
_TRAILING = " \t\n.,;:!?\"'”’»)“«„"


@dataclass(frozen=True)
class Fragment:
    """The content of one pair of quotation marks (a multi-paragraph quote shares ``group``)."""

    start: int
    end: int
    group: int
    closed: bool = True


@dataclass(frozen=True)
class Speaker:
    """Who speaks: the words near the cue, and the named mention they resolve to."""

    text: str
    start: int
    end: int
    name_start: int | None = None
    name_end: int | None = None


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    text: str


@cache
def _verbs() -> tuple[frozenset[str], tuple[str, ...], frozenset[str], frozenset[str]]:
    data = json.loads((RULES / "reporting_verbs.json").read_text(encoding="utf-8"))["en"]
    return (
        frozenset(data["verbs"]),
        tuple(data["phrases"]),
        frozenset(data["content_verbs_needing_that"]),
        frozenset(data["noun_object_verbs"]),
    )


@cache
def _clause_end() -> re.Pattern[str]:
    """Where a reported clause stops: a participle or a second reporting verb, ';' or a dash."""
    verbs = "|".join(sorted(map(re.escape, _verbs()[0]), key=len, reverse=True))
    return re.compile(
        rf",\s+(?:{_CLAUSE_END_WORDS})\b|;|\s[—–]\s|,?\s+and\s+(?:\w+ly\s+)?(?:{verbs})\b"
    )


@cache
def _cue_pattern() -> re.Pattern[str]:
    verbs, phrases, *_ = _verbs()
    alternatives = sorted(list(verbs) + list(phrases), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(a) for a in alternatives) + r")\b", re.I)


# ------------------------------------------------------------------ quotation marks


def quotation_marks(text: str) -> list[Fragment]:
    """Pair quotation marks paragraph by paragraph. An unclosed quote is kept when the next
    paragraph opens with a mark (news style for quotes over several paragraphs)."""
    fragments: list[Fragment] = []
    group, carrying, offset = 0, False, 0
    for paragraph in re.split(r"(\n)", text):
        if paragraph.strip():
            pairs = _pairs(paragraph, offset)
            opens_with_mark = paragraph.lstrip()[:1] in CLOSING
            for index, (start, end, closed) in enumerate(pairs):
                if not (index == 0 and carrying and opens_with_mark):
                    group += 1
                fragments.append(Fragment(start, end, group, closed))
            carrying = bool(pairs) and not pairs[-1][2]
        offset += len(paragraph)
    return _drop_orphans(fragments)


def _pairs(paragraph: str, offset: int) -> list[tuple[int, int, bool]]:
    spans: list[tuple[int, int, bool]] = []
    i, n = 0, len(paragraph)
    while i < n:
        ch = paragraph[i]
        if ch in CLOSING and ch != "‘" and (ch != '"' or _opens(paragraph, i)):
            close = paragraph.find(CLOSING[ch], i + 1)
            if close == -1:
                spans.append((offset + i + 1, offset + len(paragraph.rstrip()), False))
                break
            spans.append((offset + i + 1, offset + close, True))
            i = close + 1
        else:
            i += 1
    return spans


def _opens(paragraph: str, i: int) -> bool:
    """A straight double quote opens after a space, bracket, dash or the line start."""
    return i == 0 or paragraph[i - 1] in " \t([—–-:\n"


def _drop_orphans(fragments: list[Fragment]) -> list[Fragment]:
    """An unclosed quote that no later paragraph continues is a stray mark: drop it."""
    kept = []
    for index, fragment in enumerate(fragments):
        nxt = fragments[index + 1] if index + 1 < len(fragments) else None
        if fragment.closed or (nxt is not None and nxt.group == fragment.group):
            kept.append(fragment)
    return [f for f in kept if f.end > f.start]


def _real(text: str, fragment: Fragment) -> bool:
    """A quotation someone said, not a scare quote or a title: a clause or a sentence."""
    content = text[fragment.start : fragment.end].strip()
    return len(content.split()) >= 4 or content[-1:] in ".,!?…"


# ------------------------------------------------------------------ cues and speakers


def _mask(text: str, start: int, end: int, fragments: Sequence[Fragment]) -> str:
    """The sentence with quoted words blanked out, so cues inside quotes are not found."""
    chars = list(text[start:end])
    for f in fragments:
        for i in range(max(f.start, start), min(f.end, end)):
            if not chars[i - start].isspace():
                chars[i - start] = "_"
    return "".join(chars)


def cues(masked: str, offset: int) -> list[Cue]:
    return [
        Cue(offset + m.start(), offset + m.end(), m.group(0))
        for m in _cue_pattern().finditer(masked)
    ]


def _named(mentions: Sequence[NameMention], start: int, end: int) -> list[NameMention]:
    return [m for m in mentions if start <= m.start and m.end <= end and m.kind != "place"]


def speaker_near(
    text: str, cue: Cue, sentence: tuple[int, int], mentions: Sequence[NameMention]
) -> Speaker | None:
    """The speaker of a cue: 'said X' / 'according to X' after it, else nearest before it."""
    after = text[cue.end : min(sentence[1], cue.end + 60)]
    lead = len(after) - len(after.lstrip(" ,"))
    following = [m for m in _named(mentions, cue.end, sentence[1]) if m.start - cue.end <= lead + 4]
    inverted = cue.text.lower() == "according to" or not text[sentence[0] : cue.start].strip(
        " \"“”'_,"
    )
    if following and (inverted or _ends_clause(text, following[0].end, sentence[1])):
        return _speaker(following[0])
    role = _ROLE_SPEAKER.match(after.lstrip(" ,"))
    if role and inverted:
        start = cue.end + lead
        return _resolve(text, Speaker(role.group(0), start, start + len(role.group(0))), mentions)
    return _speaker_before(text, cue, sentence, mentions)


def _ends_clause(text: str, end: int, sentence_end: int) -> bool:
    """'... said Anna Lindqvist.' / '..., said X, the chair of Y.'"""
    rest = text[end:sentence_end].lstrip()
    return not rest or rest[0] in '.,;:!?”"' or rest.startswith(("who ", "in a "))


def _speaker_before(
    text: str, cue: Cue, sentence: tuple[int, int], mentions: Sequence[NameMention]
) -> Speaker | None:
    """Nearest candidate before the cue; an apposition (', the X of Y,') is skipped over."""
    region_start = sentence[0]
    between = text[region_start : cue.start]
    apposition = re.search(r",\s+(?:the|a|an|who)\b[^,]*,\s*(?:\w+ly\s+)?$", between)
    if apposition:
        between = between[: apposition.start()]
    near_cue = [m for m in mentions if m.kind == "place" and 0 <= cue.start - m.end <= 2]
    candidates: list[Speaker] = [_speaker(m) for m in near_cue if m.start >= region_start] + [
        _speaker(m) for m in _named(mentions, region_start, region_start + len(between))
    ]
    for pattern in (_PRONOUN, _ROLE_SPEAKER):
        for m in pattern.finditer(between):
            candidates.append(Speaker(m.group(0), region_start + m.start(), region_start + m.end()))
    candidates = [c for c in candidates if not _inside_other(c, candidates)]
    if not candidates:
        return None
    nearest = max(candidates, key=lambda c: c.end)
    if nearest.name_start is None:
        nearest = _resolve(text, nearest, mentions)
    return nearest


def _inside_other(candidate: Speaker, candidates: list[Speaker]) -> bool:
    return any(
        o is not candidate
        and o.start <= candidate.start
        and candidate.end <= o.end
        and (o.end - o.start) > (candidate.end - candidate.start)
        for o in candidates
    )


def _speaker(mention: NameMention) -> Speaker:
    return Speaker(mention.text, mention.start, mention.end, mention.start, mention.end)


def _resolve(text: str, speaker: Speaker, mentions: Sequence[NameMention]) -> Speaker:
    """A pronoun or role phrase -> the nearest compatible named mention before it."""
    words = speaker.text.lower().split()
    head = words[-1] if words else ""
    before = [m for m in mentions if m.end <= speaker.start and m.kind != "place"]
    if head in {"he", "she"}:
        pool = [m for m in before if m.kind == "person"]
    elif head in {"they", "we"}:
        pool = [m for m in before if m.kind in {"organization", "group"}] or before
    else:
        pool = [m for m in before if head in (m.role or "").lower() or head in m.text.lower()]
        if not pool and head not in ORG_NOUNS and not head.endswith("s"):
            pool = [m for m in before if m.kind == "person"]
    if not pool:
        return speaker
    target = max(pool, key=lambda m: m.end)
    return replace(speaker, name_start=target.start, name_end=target.end)


# ------------------------------------------------------------------ content clauses


def content_clause(
    text: str, masked: str, cue: Cue, sentence: tuple[int, int]
) -> tuple[int, int] | None:
    """The reported clause of a cue, as a span, or None when the cue reports no clause."""
    s0, s1 = sentence
    if cue.text.lower() == "according to":
        before = masked[: cue.start - s0].rstrip()
        if before.endswith(",") and len(before.split()) >= 4:
            return _trim(text, s0, s0 + len(before) - 1)
        comma = masked.find(",", cue.end - s0)
        return _trim(text, s0 + comma + 1, s1) if comma != -1 else None
    after = masked[cue.end - s0 :]
    that = _THAT.match(after)
    if that:
        start = cue.end + that.end()
    elif cue.text.lower() in _verbs()[3] and _NOUN_OBJECT.match(after):
        start = cue.end + 1  # 'rejected any notion of ...': a reported position
    elif cue.text.lower() in _verbs()[2]:
        return None
    else:
        stripped = after.lstrip(" ,:")
        start = cue.end + len(after) - len(stripped)
        if not _STARTS_CLAUSE.match(stripped) or stripped[:1] in '_"“':
            return _before_cue(text, masked, cue, sentence)
    clause_end = _clause_end().search(masked, start - s0)
    end = s0 + clause_end.start() if clause_end else s1
    return _trim(text, start, end)


def _before_cue(
    text: str, masked: str, cue: Cue, sentence: tuple[int, int]
) -> tuple[int, int] | None:
    """'The stock is stable, Haugland said.': the clause before a comma and the speaker."""
    s0 = sentence[0]
    before = masked[: cue.start - s0]
    comma = before.rfind(",")
    if cue.text.lower().endswith("ing") or comma == -1 or not before[comma + 1 :].strip():
        return None  # a participle ('..., emphasizing X') reports nothing before it
    if len(before[comma:].split()) > 6 or "_" in before[:comma]:
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
    """Sentence char spans, merged where a quotation runs across a sentence boundary."""
    spans: list[list[int]] = []
    text = text_of(doc)
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        crosses = any(
            f.start < start < f.end + 1 and "\n" not in text[f.start : start] for f in fragments
        )
        if spans and crosses:
            spans[-1][1] = end
        else:
            spans.append([start, end])
    return [(s, e) for s, e in spans if text[s:e].strip()]


def quotes(doc: Doc, document: Document, mentions: Sequence[NameMention]) -> list[Quote]:
    """Every quotation and reported statement in the document, in text order."""
    text = text_of(doc)
    fragments = quotation_marks(text)
    found: list[Quote] = []
    previous: Speaker | None = None
    block_end = -1
    for sentence in _sentence_spans(doc, fragments):
        if sentence[0] < block_end:
            continue  # inside a statement already taken as a block quotation
        inside = [f for f in fragments if sentence[0] <= f.start < sentence[1]]
        new, speaker = _in_sentence(text, sentence, inside, mentions, previous)
        if not new and speaker and text[sentence[0] : sentence[1]].rstrip().endswith(":"):
            new, block_end = block_quotation(text, sentence[1], speaker, fragments)
        found.extend(new)
        if new or speaker:
            previous = speaker
        elif not text[sentence[0] : sentence[1]].lstrip().startswith(tuple(CLOSING)):
            previous = None
    numbered = [
        replace(q, doc=document.id, id=f"{document.id}-q{i}") for i, q in enumerate(found, 1)
    ]
    return numbered


_BLOCK_STOP = re.compile(r"^(?:notes?\b|further information|ends\b|background\b)", re.I)


def block_quotation(
    text: str, after: int, speaker: Speaker, fragments: Sequence[Fragment], limit: int = 6
) -> tuple[list[Quote], int]:
    """'The Minister said:' followed by paragraphs without quotation marks: a statement set as
    a block. Its paragraphs are one quotation (one group) until a paragraph that is not part
    of it: one with quotation marks or a reporting cue of its own, or a notes heading."""
    quotes: list[Quote] = []
    position = after
    for match in re.finditer(r"[^\n]+", text[after:]):
        start, end = after + match.start(), after + match.end()
        paragraph = match.group(0).strip()
        if not paragraph:
            continue
        quoted = any(start <= f.start < end for f in fragments)
        if quoted or _BLOCK_STOP.match(paragraph) or len(quotes) >= limit:
            break
        if quotes and _cue_pattern().search(paragraph):
            break
        lead = len(match.group(0)) - len(match.group(0).lstrip())
        fragment = Fragment(start + lead, start + lead + len(paragraph), -after)
        quotes.append(replace(_direct(text, fragment, speaker, None), group=f"b{after}"))
        position = end
    return quotes, position


def _in_sentence(
    text: str,
    sentence: tuple[int, int],
    fragments: list[Fragment],
    mentions: Sequence[NameMention],
    previous: Speaker | None,
) -> tuple[list[Quote], Speaker | None]:
    masked = _mask(text, sentence[0], sentence[1], fragments)
    found_cues = cues(masked, sentence[0])
    real = [f for f in fragments if _real(text, f)]
    if not found_cues:
        if real and previous is not None:  # a floating quote continues the last speaker
            return [_direct(text, f, previous, None) for f in real], previous
        return [], None
    results: list[Quote] = []
    speaker = None
    used: list[tuple[int, int]] = []
    speakers: dict[Cue, Speaker | None] = {}
    for cue in found_cues:
        participle = cue.text.lower().endswith("ing") and text[: cue.start].rstrip().endswith(",")
        this = speaker if participle and speaker else speaker_near(text, cue, sentence, mentions)
        speakers[cue] = this
        speaker = speaker or this
        clause = content_clause(text, masked, cue, sentence)
        if clause and not any(a < clause[1] and clause[0] < b for a, b in used):
            quoted = [f for f in fragments if clause[0] <= f.start and f.end <= clause[1]]
            mixed = bool(quoted) and text[clause[0]] not in CLOSING
            if quoted and not mixed:
                continue
            end = clause[1] + (
                1 if mixed and clause[1] < len(text) and text[clause[1]] in '”"’»' else 0
            )
            results.append(
                _quote(text, clause[0], end, "mixed" if mixed else "indirect", this, cue)
            )
            used.append((clause[0], end))
    for f in real:
        if not any(a <= f.start and f.end <= b for a, b in used):
            cue = min(found_cues, key=lambda c: min(abs(c.start - f.end), abs(f.start - c.end)))
            results.append(_direct(text, f, speakers[cue] or speaker, cue))
    if masked.rstrip().endswith(":") and not results:
        return [], speaker  # 'X said:' introduces the quotation that follows
    return sorted(results, key=lambda q: q.start), speaker


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
