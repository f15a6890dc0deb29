"""Audience sections: the same selected facts, shaped for a minister or a press office.

Everything here is drawn from items ``select`` already ranked and cited: key points from the
leads and the actors' stated positions, decisions from undecided matters and decision events,
press lines from what named people said and what is scheduled, expected questions from the
open questions with the evidence that answers them. Nothing is invented: each line cites the
source its fact comes from, and a section with no supporting facts stays empty.

What a fact is comes from the record an item shows (its ``ref``), never from the words on the
page: who spoke is the Quote's speaker, a decision due is an Event whose title names one
(briefing/rules/decision_words.txt). Separate from rank.py because the same ranked facts are
shaped differently per audience, and the audience profile decides which sections exist.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import cache

from briefing.brief import BriefContext, PointItem, QuestionItem, QuoteItem, SideItem
from briefing.model import Event, Extraction, Question, Quote
from briefing.rules import alternation, word_list
from briefing.select.budget import SECTIONS
from briefing.settings.audience import Audience

_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")


@dataclass(frozen=True)
class Records:
    """The extraction's records by id: each item's ``ref`` leads back to the record it shows,
    so a section reads who spoke or what an event is from the record, not from the wording."""

    quotes: Mapping[str, Quote]
    events: Mapping[str, Event]
    questions: Mapping[str, Question]
    actor_ids: frozenset[str]

    @classmethod
    def of(cls, extraction: Extraction) -> Records:
        return cls(
            quotes={q.id: q for q in extraction.quotes},
            events={e.id: e for e in extraction.events},
            questions={q.id: q for q in extraction.questions},
            actor_ids=frozenset(a.id for a in extraction.actors),
        )

    def speaker(self, quote: QuoteItem) -> str | None:
        """The id of who said ``quote``, or None when the record names nobody: no actor and
        no words for the speaker (shown as 'Unattributed')."""
        record = self.quotes[quote.ref]
        if record.speaker in self.actor_ids or record.speaker_text:
            return record.speaker or record.speaker_text
        return None


@cache
def _decision_words() -> re.Pattern[str]:
    words = word_list("decision_words.txt")
    return re.compile(rf"\b(?:{alternation(words)})\b", re.I)


def is_decision(event: Event) -> bool:
    """An event that puts a decision on the table ("a vote", "the ruling"), by its title's
    head words (briefing/rules/decision_words.txt)."""
    return bool(_decision_words().search(event.title))


def shape_for_audience(
    context: BriefContext, extraction: Extraction, audience: Audience, numbers: dict[str, int]
) -> BriefContext:
    """The context with the audience's sections built, filtered and cut to their limits."""
    quotes = context.quotes
    if audience.direct_quotes_only:
        quotes = tuple(q for q in quotes if q.kind == "direct") or quotes
    events = context.events
    if audience.dated_events_only:
        events = tuple(e for e in events if e.iso_date)
    shaped = replace(context, quotes=quotes, events=events)
    records = Records.of(extraction)
    built = {
        "key_points": key_points(shaped, records),
        "decisions": decisions(shaped, records),
        "lines": lines_to_take(context, records),  # reported positions count, even unshown
        "expected_questions": expected_questions(shaped, records, numbers),
    }
    changes: dict[str, object] = {}
    for section in SECTIONS:  # the built ones and the context's own
        items = built.get(section, getattr(shaped, section))
        changes[section] = tuple(items)[: audience.limit(section)]
    return replace(
        shaped,
        audience=audience.name,
        audience_label=audience.label,
        sections=audience.sections,
        headings={s: audience.heading(s) for s in audience.sections},
        **changes,
    )


def key_points(context: BriefContext, records: Records) -> list[PointItem]:
    """After the first bottom-line point: the other leads, then what each key speaker said,
    in their reporting verb ("X, Minister, warned that ..."), skipping what a lead already says."""
    points = [p for p in context.bottom_line[1:] if not p.text.startswith("Next:")]
    for quote in _one_per_speaker(context, records, prefer_reported=True):
        if not _covered(quote.text, points):
            points.append(PointItem(_statement(quote), quote.cites, ref=quote.ref))
    return points


def _one_per_speaker(
    context: BriefContext, records: Records, prefer_reported: bool
) -> list[QuoteItem]:
    """Each attributed speaker's first statement, most salient actor first."""
    chosen: dict[str, QuoteItem] = {}
    for quote in context.quotes:
        speaker = records.speaker(quote)
        if speaker is None:
            continue
        kept = chosen.get(speaker)
        if kept is None or (prefer_reported and kept.kind == "direct" and quote.kind != "direct"):
            chosen[speaker] = quote
    rank = {actor.ref: i for i, actor in enumerate(context.actors)}
    order = sorted(chosen, key=lambda speaker: rank.get(speaker, len(rank)))
    return [chosen[speaker] for speaker in order]


def _statement(quote: QuoteItem) -> str:
    """'Name, Role, warned that ...' for reported speech; 'Name, Role: "..."' for direct."""
    who = _who(quote.speaker, quote.speaker_role)
    if quote.kind == "direct":
        return f"{who}: “{quote.text}”"
    return f"{who}{',' if quote.speaker_role else ''} {quote.verb} {_clause(quote.text)}"


def _covered(text: str, points: list[PointItem]) -> bool:
    """True when an earlier point already carries most of this statement's words."""
    words = content_words(text)
    return bool(words) and any(
        len(words & content_words(p.text)) >= 0.6 * len(words) for p in points
    )


def _who(name: str, role: str) -> str:
    return f"{name}, {role}" if role else name


def decisions(context: BriefContext, records: Records) -> list[QuestionItem]:
    """Undecided matters first, then decisions due on a date, then questions put publicly."""
    items = [q for q in context.questions if q.kind == "unresolved"]
    for event in context.events:
        if is_decision(records.events[event.ref]):
            when = f", {event.date}" if event.date else ""
            text = f"{event.title[:1].upper()}{event.title[1:]}{when}"
            decision = QuestionItem(text, "decision", "Decision due", (), event.cites, event.ref)
            items.append(decision)
    items += [q for q in context.questions if q.kind in ("explicit", "contested")]
    return items


def lines_to_take(context: BriefContext, records: Records) -> list[PointItem]:
    """Lines a press office can stand on: the lead fact, stated positions, the next date."""
    lines = list(context.bottom_line[:1])
    for quote in _one_per_speaker(context, records, prefer_reported=True)[:3]:
        if not _covered(quote.text, lines):
            lines.append(PointItem(_statement(quote), quote.cites, ref=quote.ref))
    dated = [e for e in context.events if e.iso_date]
    if dated:
        event = dated[0]
        text = f"Next step: {event.title}, {event.date}."
        lines.append(PointItem(text, event.cites, ref=event.ref))
    return lines


def expected_questions(
    context: BriefContext, records: Records, numbers: dict[str, int]
) -> list[QuestionItem]:
    """Each open question with the facts that answer it: its evidence that is not itself a
    question, else the quotes and events that share its key words."""
    items = []
    for question in context.questions:
        if question.sides:  # a contested claim: both sides, with who says what
            items.append(question)
            continue
        source = records.questions.get(question.ref)
        facts = [
            SideItem("", _clip(ev.text), numbers.get(ev.doc, 0), span=(ev.doc, ev.start, ev.end))
            for ev in (source.evidence if source else ())
            if not ev.text.rstrip().endswith("?")
        ]
        if not facts:
            facts = _related_facts(question.text, context, records, numbers)
        items.append(replace(question, sides=tuple(_unique(facts)[:2])))
    return items


def _related_facts(
    question: str, context: BriefContext, records: Records, numbers: dict[str, int]
) -> list[SideItem]:
    wanted = content_words(question)
    scored = []
    for quote in context.quotes:
        overlap = len(wanted & content_words(quote.text))
        said = records.quotes[quote.ref]
        span = (said.doc, said.start, said.end)
        side = SideItem(quote.speaker, _clip(quote.text), quote.cites[0], span=span)
        scored.append((overlap, side))
    for event in context.events:
        overlap = len(wanted & content_words(event.title))
        text = f"{event.title}, {event.date}" if event.date else event.title
        cite = event.cites[0] if event.cites else 0
        evidence = [e for e in records.events[event.ref].evidence if numbers.get(e.doc) == cite]
        span = (evidence[0].doc, evidence[0].start, evidence[0].end) if evidence else None
        scored.append((overlap, SideItem("", text, cite, span=span)))
    scored.sort(key=lambda pair: -pair[0])
    return [side for overlap, side in scored if overlap >= 2]


def content_words(text: str) -> set[str]:
    """The words of four letters or more, lower-cased, stop words left out: what two texts
    share when they speak of the same thing."""
    return {w.lower() for w in _WORD.findall(text)} - _overlap_stop_words()


@cache
def _overlap_stop_words() -> frozenset[str]:
    return frozenset(word_list("overlap_stop_words.txt"))


def _unique(facts: list[SideItem]) -> list[SideItem]:
    seen: set[str] = set()
    return [f for f in facts if not (f.text in seen or seen.add(f.text))]


def _clip(text: str, words: int = 30) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _clause(text: str) -> str:
    text = text.strip().rstrip(",;:")
    return _lower(text) + ("" if text.endswith((".", "!", "?", "…")) else ".")


def _lower(text: str) -> str:
    """Lower-case the first letter unless the first word is a name or acronym."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and (first[1:].islower() and first.lower() in _statement_openers()):
        return text[:1].lower() + text[1:]
    return text


@cache
def _statement_openers() -> frozenset[str]:
    return frozenset(word_list("statement_openers.txt"))
