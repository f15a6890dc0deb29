"""What the brief shows, as data: the ``brief`` block of brief.json.

For each section of the audience's brief: the ids of the extracted records shown, in order,
and of those held back, with why: ``page`` (shown in Markdown and HTML, left out of the
one-page PDF by the page budget) or ``confidence`` (left out of every format because the
evidence for it is weak, e.g. a quotation whose speaker could not be resolved). This is what
``briefing evaluate --task brief`` judges and what a reader can trace each line back to;
``briefing render`` of brief.json reads the audience, paper, title and date back from it, so
the same brief comes out.
"""

from __future__ import annotations

from typing import Any

from briefing.brief import BriefContext
from briefing.model import Extraction
from briefing.select.confidence import (
    doubtful_actors,
    event_doubt,
    nested_statements,
    question_doubt,
    quote_doubt,
)
from briefing.select.rank import (
    MIN_QUOTE_WORDS,
    key_actors,
    news_of_the_day,
    speculative,
    upcoming,
)

SCHEMA = "briefing.brief/1"
REASONS = ("page", "confidence")


def held_back_for_confidence(extraction: Extraction) -> dict[str, list[str]]:
    """Records left out of their section for weak evidence (select.confidence), by section:
    the actors that would have been shown, and every statement of three words or more whose
    speaker could not be resolved or cannot speak (a title alone, a nationality word ...),
    or that another speaker's quotation reports, and every open question and What's next
    item found a way not measured precise enough."""
    doubtful, nested = doubtful_actors(extraction), nested_statements(extraction)
    return {
        "actors": [a.id for a in key_actors(extraction, with_doubtful=True) if a.id in doubtful],
        "quotes": [
            q.id
            for q in extraction.quotes
            if quote_doubt(q, doubtful, nested) and len(q.text.split()) >= MIN_QUOTE_WORDS
        ],
        "events": sorted(
            news_of_the_day(extraction)
            | speculative(extraction)
            | {e.id for e in upcoming(extraction, with_doubtful=True) if event_doubt(e)}
        ),
        "questions": [q.id for q in extraction.questions if question_doubt(q)],
    }


def brief_record(
    context: BriefContext,
    *,
    audience: str,
    date: str | None,
    held: dict[str, list[str]],
    fitted: BriefContext | None = None,
) -> dict[str, Any]:
    """The ``brief`` block: audience, paper, title, date and, per shown section, the records
    shown and held back. ``fitted`` is the context the one-page PDF kept, when one was made."""
    sections: dict[str, dict[str, list]] = {}
    for section in context.sections:
        if section == "sources":
            continue
        shown = [item.ref for item in getattr(context, section)]
        kept = [item.ref for item in getattr(fitted, section)] if fitted else shown
        held_back = [{"id": ref, "reason": "page"} for ref in _missing(shown, kept)]
        held_back += [{"id": ref, "reason": "confidence"} for ref in held.get(section, [])]
        sections[section] = {"shown": shown, "held_back": held_back}
    return {
        "schema": SCHEMA,
        "audience": audience,
        "paper": context.paper,
        "title": context.title,
        "date": date,
        "sections": sections,
    }


def _missing(shown: list[str], kept: list[str]) -> list[str]:
    """The refs of ``shown`` that ``kept`` (a subsequence of it) leaves out, in order."""
    remaining = list(kept)
    missing = []
    for ref in shown:
        if remaining and remaining[0] == ref:
            remaining.pop(0)
        else:
            missing.append(ref)
    return missing
