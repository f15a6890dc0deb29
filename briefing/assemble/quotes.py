"""Tie each quote to an actor: the speaker's named mention (resolved from a pronoun or a role
phrase by the extractor) is looked up among the assembled actors' mentions. A speaker the
name finder missed at that spot ('said Ambassador Mohib') is linked by its last word to a
person of the same document, when exactly one person has that name."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Actor, Quote
from .actors import Resolver

if TYPE_CHECKING:
    from ..analyse import Findings


def link_speakers(
    findings: Sequence[Findings], actors: Sequence[Actor], resolve: Resolver
) -> list[Quote]:
    """All quotes with global ids q1, q2, ... in document order and ``speaker`` = actor id."""
    by_surname = _people_by_last_word(actors)
    linked = []
    for quote in (q for f in findings for q in f.quotes):
        speaker = None
        if quote.speaker_name_start is not None and quote.speaker_name_end is not None:
            speaker = resolve(quote.doc, quote.speaker_name_start, quote.speaker_name_end)
        elif _looks_like_name(quote.speaker_text):
            last = (quote.speaker_text or "").split()[-1].strip(".,’'")
            candidates = by_surname.get((quote.doc, last), set())
            speaker = next(iter(candidates)) if len(candidates) == 1 else None
        linked.append(replace(quote, id=f"q{len(linked) + 1}", speaker=speaker))
    return linked


def _people_by_last_word(actors: Sequence[Actor]) -> dict[tuple[str, str], set[str]]:
    index: dict[tuple[str, str], set[str]] = {}
    for actor in actors:
        if actor.kind != "person":
            continue
        for mention in actor.mentions:
            index.setdefault((mention.doc, actor.name.split()[-1]), set()).add(actor.id)
    return index


def _looks_like_name(text: str | None) -> bool:
    """Capitalised words only ('Ambassador Mohib', 'Jafari'), not 'The poster'."""
    words = (text or "").split()
    return (
        bool(words)
        and len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and (words[0].lower() not in {"the", "a", "an", "he", "she", "they", "we", "it"})
    )
