"""Open questions of one document: asked in the text, left undecided, or hedged.

Contested claims need more than one statement, often from different articles, so they are
found in ``briefing.assemble.questions``. Each item is phrased as a question a reader would
ask; ``score`` ranks them (the brief shows a few).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from spacy.tokens import Doc

from ..model import Document, Evidence, NameMention, Question, Quote
from . import text_of

RULES = Path(__file__).resolve().parents[1] / "rules"
SCORES = {"explicit": 3.0, "contested": 4.0, "unresolved": 2.5, "uncertain": 1.5}
_WHETHER = re.compile(
    r"\b(?:whether|if)\s+(?P<subject>(?:[\w’'.-]+\s+){1,8}?)"
    r"(?P<aux>will|would|can|could|should|is|are|was|were|has|have|had)\s+(?P<rest>[^.;]+)",
)


@cache
def cues() -> dict[str, tuple[str, ...]]:
    data = json.loads((RULES / "question_cues.json").read_text(encoding="utf-8"))
    return {k: tuple(v) for k, v in data.items() if not k.startswith("_")}


@cache
def _pattern(kind: str) -> re.Pattern[str]:
    words = sorted(cues()[kind], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def questions(
    doc: Doc, document: Document, quotes: Sequence[Quote], mentions: Sequence[NameMention]
) -> list[Question]:
    """Explicit, unresolved and uncertain questions of one document, in text order."""
    found = []
    for sent in doc.sents:
        span = (sent.start_char, sent.end_char)
        text = text_of(doc)[span[0] : span[1]].strip()
        if not text:
            continue
        start = text_of(doc).index(text, span[0])
        evidence = (Evidence(document.id, start, start + len(text), text),)
        names = [m for m in mentions if span[0] <= m.start < span[1]]
        item = _classify(text, evidence, names, quotes)
        if item is not None:
            found.append(item)
    return [_numbered(q, document.id, i) for i, q in enumerate(found, start=1)]


def _classify(
    text: str,
    evidence: tuple[Evidence, ...],
    names: list[NameMention],
    quotes: Sequence[Quote],
) -> Question | None:
    weight = 1 + 0.25 * min(len(names), 4)
    if text.rstrip("”\"’' )").endswith("?"):
        asked = _asked(text)
        speaker = next(
            (
                q.speaker_text
                for q in quotes
                if q.start <= evidence[0].end and evidence[0].start <= q.end and q.speaker_text
            ),
            None,
        )
        return Question(
            "",
            asked,
            "explicit",
            evidence=evidence,
            score=SCORES["explicit"] * weight,
            asked_by=speaker,
        )
    if _pattern("unresolved").search(text):
        return Question(
            "",
            as_question(text),
            "unresolved",
            evidence=evidence,
            score=SCORES["unresolved"] * weight,
        )
    if names and _pattern("uncertain").search(text):
        claim = _pattern("uncertain").sub("", text).strip(" ,.")
        return Question(
            "",
            f"Is it confirmed that {lower_first(claim)}?",
            "uncertain",
            evidence=evidence,
            score=SCORES["uncertain"] * weight,
        )
    return None


def _asked(text: str) -> str:
    """The question itself: from the last ':' or the opening quote mark up to the '?'."""
    body = text.rstrip("”\"’' )")
    for mark in (": ", "“", '"'):
        if mark in body:
            body = body.rsplit(mark, 1)[1]
            break
    body = body.strip()
    return body[:1].upper() + body[1:]


def as_question(text: str) -> str:
    """'Officials have yet to decide whether Norway will set a quota.' ->
    'Will Norway set a quota?'; other undecided matters become 'Is it settled ...?'."""
    match = _WHETHER.search(text)
    if match:
        subject = match.group("subject").strip()
        rest = match.group("rest").strip().rstrip(".")
        return f"{match.group('aux').capitalize()} {subject} {rest}?"
    return f"Still open: {text.rstrip('.')}?"


_COMMON_FIRST = {"the", "a", "an", "any", "some", "it", "there", "this", "that", "its", "their"}


def lower_first(text: str) -> str:
    """Lower-case a clause's first word when it is a common word, not a name."""
    first = text.split(" ", 1)[0]
    if first.lower() in _COMMON_FIRST:
        return first.lower() + text[len(first) :]
    return text


def _numbered(question: Question, doc_id: str, number: int) -> Question:
    from dataclasses import replace

    return replace(question, id=f"{doc_id}-k{number}")
