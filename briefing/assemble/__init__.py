"""Assemble stage: per-document findings -> one cross-document model (``Extraction``).

One actor per real-world entity, quotes tied to actors, events deduplicated and dated,
questions with evidence from every side. Each step lives in its own module.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.assemble.actors import merge_actors, rank_actors
from briefing.assemble.events import merge_events
from briefing.assemble.questions import merge_questions
from briefing.assemble.quotes import link_speakers, role_phrases_as_mentions, speakers_as_actors
from briefing.extract import Findings
from briefing.model import Extraction


def assemble(findings: Sequence[Findings], pipeline: str) -> Extraction:
    """Merge the findings of every document into the model the brief is built from."""
    actors, resolve = merge_actors(findings)
    quotes = link_speakers(findings, actors, resolve)
    actors, quotes = speakers_as_actors(actors, quotes)
    actors = role_phrases_as_mentions(actors, quotes)
    actors = rank_actors(actors, quotes, findings)
    events = merge_events(findings, actors, resolve)
    questions = merge_questions(findings, quotes, actors)
    return Extraction(
        pipeline=pipeline,
        documents=tuple(f.document for f in findings),
        actors=tuple(actors),
        quotes=tuple(quotes),
        times=tuple(t for f in findings for t in f.times),
        events=tuple(events),
        questions=tuple(questions),
    )
