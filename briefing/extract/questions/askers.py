"""Who asks a quoted question: '"When will it open?" asked Mayor Lena Ortiz.'

The quote extractor ties most statements to a speaker, but a question is often set off by
"asked" after the closing mark, or introduced by 'X asked: "..."'. Here we read the
attribution around the quotation marks: a named mention there, else a pronoun resolved to
the last person named before, else the words of the attribution ("one reporter").
"""

from __future__ import annotations

import re

from briefing.model import NameMention, Quote
from briefing.nlp.doc import BySpan, ByStart, last_of
from briefing.rules import alternation, json_rules, patterns, reporting_verbs
from briefing.rules.regex import compiled

_CUE = compiled(rf"\b(?:{alternation(reporting_verbs('asking'))})\b")
_PUT = compiled(rf"\b(?:{alternation(json_rules('question_cues.json')['putting_verbs'])})\b")
_OPEN = '"“'
_CLOSE = '"”'
_PRONOUNS = {"he", "she", "they"}
_OBJECTS = re.compile(patterns("question_patterns.tsv")["asked_whom"])


def asker(
    text: str,
    start: int,
    end: int,
    mentions: ByStart[NameMention],
    quotes: BySpan[Quote],
) -> str | None:
    """The speaker of the question ``text[start:end]``, or None when the article asks it.
    (The document's mentions and quotes come indexed by position: this is asked of every
    question, and a scan of them all made a long article quadratic.)"""
    for quote in quotes.overlapping(start - 1, end + 1):
        overlaps = quote.start <= end and start <= quote.end
        if overlaps and quote.speaker_text and quote.kind == "direct":
            if quote.speaker_name_start is not None and quote.speaker_name_end is not None:
                # "she" resolved by the quote extractor: the reader wants the name
                return text[quote.speaker_name_start : quote.speaker_name_end]
            return quote.speaker_text
    found = _attributions(text, start, end)
    if found is None:
        return None
    opening, clauses = found
    for offset, clause in clauses:
        if _CUE.search(clause):
            return _who(text, offset, clause, mentions, opening)
    return None


def put_to_someone(text: str, start: int, end: int) -> bool:
    """Whether an asking verb attributes the quotation that holds the question
    ``text[start:end]``: '"When will it open?" asked Mayor Lena Ortiz', 'One reporter asked:
    "..."'. A question someone puts to another is asked to learn; one a speaker or writer
    asks in passing ('How is that possible?') mostly makes a point."""
    found = _attributions(text, start, end)
    return found is not None and any(_PUT.search(clause) for _, clause in found[1])


def _attributions(text: str, start: int, end: int) -> tuple[int, list[tuple[int, str]]] | None:
    """The opening mark of the quotation that holds ``text[start:end]`` and the places that
    may attribute it, in the order they are read: the words after its closing mark, then
    the line's words before its opening mark (each with its offset); None when the question
    is in no quotation."""
    opening = _opening(text, start)
    if opening is None:
        return None
    clauses = []
    closing = _closing(text, end)
    after = text[closing + 1 : closing + 120] if closing is not None else ""
    attribution = re.match(r"\s*,?\s*([^.!?\"“”\n]*)", after)
    if attribution and closing is not None:
        clauses.append((closing + 1 + attribution.start(1), attribution.group(1)))
    line_start = last_of(text, ".!?\n", opening) + 1
    clauses.append((line_start, text[line_start:opening]))
    return opening, clauses


def _opening(text: str, start: int) -> int | None:
    """The opening mark of the quotation that holds ``start``, if any (same paragraph)."""
    paragraph = text.rfind("\n", 0, start) + 1
    segment = text[paragraph:start]
    if "“" in segment and segment.rfind("“") > segment.rfind("”"):
        return paragraph + segment.rfind("“")
    if segment.count('"') % 2 == 1:
        return paragraph + segment.rfind('"')
    return None


def _closing(text: str, end: int) -> int | None:
    """The closing mark at or just after the question's end."""
    match = re.compile(r"[^\"”\n]{0,200}?[\"”]").match(text, max(0, end - 1))
    return match.end() - 1 if match else None


def _who(
    text: str, offset: int, clause: str, mentions: ByStart[NameMention], quote_start: int
) -> str | None:
    inside = [
        m
        for m in mentions.within(offset, offset + len(clause))
        if m.kind != "place"  # people, bodies and groups ask; a place does not
    ]
    if inside:
        return next((m.text for m in inside if m.kind == "person"), inside[0].text)
    words = clause.strip(" ,:").split()
    cue = next(i for i, w in enumerate(words) if _CUE.fullmatch(w.strip(",:")))
    if cue > 0:  # 'one reporter asked (him)'
        phrase_text = " ".join(words[:cue]).strip(" ,:")
    else:  # 'asked Mayor Lena Ortiz'
        phrase_text = _OBJECTS.sub("", " ".join(words[1:])).strip(" ,:")
    if phrase_text.lower() in _PRONOUNS:
        person = mentions.last_before(quote_start, lambda m: m.kind == "person")
        return person.text if person else None
    return phrase_text or None
