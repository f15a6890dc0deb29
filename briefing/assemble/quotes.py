"""Tie each quote to an actor: the speaker's named mention (resolved from a pronoun or a role
phrase by the extractor) is looked up among the assembled actors' mentions."""

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
    linked = []
    for quote in (q for f in findings for q in f.quotes):
        speaker = None
        if quote.speaker_name_start is not None and quote.speaker_name_end is not None:
            speaker = resolve(quote.doc, quote.speaker_name_start, quote.speaker_name_end)
        if speaker is None and quote.speaker_start is not None and quote.speaker_end is not None:
            speaker = resolve(quote.doc, quote.speaker_start, quote.speaker_end)
        linked.append(replace(quote, id=f"q{len(linked) + 1}", speaker=speaker))
    return linked
