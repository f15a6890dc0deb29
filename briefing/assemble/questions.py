"""Open questions across documents: each document's own, plus contested claims.

A claim is contested when a later statement by someone else disputes it: a denial cue
("rejected that claim", "clarified", "denied") or a contrast opener ("However, ...") in the
sentences after it, followed by a statement of the other side. Both sides become evidence,
and both speakers are listed, so the brief can show who says what.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..extract.questions import SCORES, cues, lower_first
from ..model import Actor, Evidence, Question, Quote

if TYPE_CHECKING:
    from ..analyse import Findings

MAX_GAP = 400  # characters between a claim and the statement that disputes it
_STOP = {"their", "there", "would", "could", "should", "which", "about", "after", "these"}


def _opener(text: str) -> bool:
    head = text.lstrip().lower()
    return any(head.startswith(c) for c in cues()["contrast"]) or any(
        f" {c} " in head for c in cues()["contrast"] if " " in c
    )


def _keywords(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{5,}", text)} - _STOP


def merge_questions(
    findings: Sequence[Findings], quotes: Sequence[Quote], actors: Sequence[Actor]
) -> list[Question]:
    """Per-document questions plus contested claims, ranked, ids k1, k2, ..."""
    texts = {f.document.id: f.document.text for f in findings}
    items = [q for f in findings for q in f.questions]
    items += contested(quotes, texts, {a.id: a for a in actors})
    ranked = sorted(items, key=lambda q: -q.score)
    return [replace(q, id=f"k{i}") for i, q in enumerate(ranked, start=1)]


def contested(
    quotes: Sequence[Quote], texts: dict[str, str], actors: dict[str, Actor]
) -> list[Question]:
    """Claims that a later statement by another speaker disputes; one item per pair of sides."""
    by_doc: dict[str, list[Quote]] = {}
    for quote in quotes:
        if quote.speaker is not None:
            by_doc.setdefault(quote.doc, []).append(quote)
    denials = [q for q in quotes if q.speaker and (q.cue or "").lower() in cues()["denial"]]
    found: dict[frozenset[str], Question] = {}
    for claim in quotes:
        if claim.speaker is None or claim.kind == "direct":
            continue
        other = _dispute(claim, by_doc.get(claim.doc, []), denials, texts, actors)
        if other is None:
            continue
        reply, bridge = other
        sides = frozenset({claim.speaker, reply.speaker or ""})
        if sides not in found:
            found[sides] = _contested_item(claim, reply, bridge, actors)
    return list(found.values())


def _contested_item(
    claim: Quote, reply: Quote, bridge: Evidence | None, actors: dict[str, Actor]
) -> Question:
    speakers = tuple(dict.fromkeys(s for s in (claim.speaker, reply.speaker) if s))
    evidence = [Evidence(claim.doc, claim.start, claim.end, claim.text)]
    if bridge is not None:
        evidence.append(bridge)
    evidence.append(Evidence(reply.doc, reply.start, reply.end, reply.text))
    weight = 1 + sum(actors[s].salience for s in speakers if s in actors)
    claimant = actors.get(claim.speaker or "")
    verb = "Are" if claimant is not None and claimant.kind == "group" else "Is"
    return Question(
        id="",
        text=f"{verb} {_short(claimant)} right that {lower_first(claim.text.strip().rstrip('.'))}?",
        kind="contested",
        speakers=speakers,
        evidence=tuple(evidence),
        score=SCORES["contested"] * weight,
    )


def _short(actor: Actor | None) -> str:
    if actor is None:
        return "the source"
    return actor.name.split()[-1] if actor.kind == "person" else actor.name


def _same_side(a: Actor | None, b: Actor | None) -> bool:
    """Two speakers of one side: the same country or organisation stands behind both."""
    if a is None or b is None:
        return False
    sides_a = {a.name, a.affiliation} - {None}
    sides_b = {b.name, b.affiliation} - {None}
    return bool(sides_a & sides_b)


CLAIM_CUES = {"claimed", "claims", "said", "says", "stated", "suggested", "asserted", "told"}


def _dispute(
    claim: Quote,
    same_doc: list[Quote],
    denials: list[Quote],
    texts: dict[str, str],
    actors: dict[str, Actor],
) -> tuple[Quote, Evidence | None] | None:
    """The statement that disputes ``claim``, and the sentence that says so, if any: a reply
    by the other side soon after it in the same article (after a contrast or a denial), or a
    denial elsewhere that shares its subject."""
    bridge = _bridge(claim, texts[claim.doc])
    claimant = actors.get(claim.speaker or "")

    def other_side(reply: Quote) -> bool:
        return reply.speaker != claim.speaker and not _same_side(
            claimant, actors.get(reply.speaker or "")
        )

    for reply in same_doc:
        near = 0 < reply.start - claim.end < MAX_GAP
        denial = (reply.cue or "").lower() in cues()["denial"]
        if near and (bridge is not None or denial) and other_side(reply):
            return reply, bridge
    if (claim.cue or "").lower() not in CLAIM_CUES:
        return None
    words = _keywords(claim.text)
    for reply in denials:
        if other_side(reply) and len(_keywords(reply.text) & words) >= 2:
            return reply, None
    return None


def _bridge(claim: Quote, text: str) -> Evidence | None:
    """A sentence right after the claim that sets something against it ('However, ...')."""
    after = text[claim.end : claim.end + MAX_GAP]
    offset = claim.end
    for sentence in re.split(r"(?<=[.!?])\s+|(?<=[.!?][”\"’])\s+", after)[1:3]:
        offset = text.find(sentence, offset)
        if _opener(sentence) or re.search(_denial(), sentence):
            return Evidence(claim.doc, offset, offset + len(sentence), sentence)
    return None


def _denial() -> str:
    return r"\b(?:" + "|".join(re.escape(c) for c in cues()["denial"]) + r")\b"
