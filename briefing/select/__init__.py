"""Select stage: the assembled extraction -> the brief's content, ranked, cited, and shaped
for one audience (a ``BriefContext``, the contract with the templates in briefing/brief.py).

``select_for_brief`` is the whole stage top to bottom: rank.py chooses and orders the records,
the builders here turn each chosen record into the item a template shows (worded by
wording.py, citing the numbered sources it rests on, and carrying the record's id as
``ref``), and sections.py builds the audience's own sections and cuts each to its limit.
The audience arrives resolved (``build`` loads the profile once). What to drop to fit one
printed page is budget.py's; what brief.json records of it is record.py's.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from briefing.brief import (
    ActorItem,
    BriefContext,
    EventItem,
    HouseStyle,
    QuestionItem,
    QuoteItem,
    SideItem,
    SourceItem,
)
from briefing.model import Actor, Document, Event, Extraction, Question, Quote
from briefing.select.passages import web_address, with_passages
from briefing.select.rank import (
    attributable,
    bottom_line,
    cites,
    key_actors,
    key_questions,
    key_quotes,
    shown_title,
    upcoming,
)
from briefing.select.record import held_back_for_confidence
from briefing.select.sections import content_words, shape_for_audience
from briefing.select.wording import (
    human_date,
    position,
    reported,
    reporting_verb,
    role_line,
    shorten,
)
from briefing.settings.audience import Audience

QUESTION_LABELS = {
    "explicit": "Asked in the coverage",
    "contested": "Contested",
    "unresolved": "Undecided",
    "uncertain": "Unconfirmed",
}
# A possibility ('Ethiopia could face famine') is uncertain, not a report awaiting
# confirmation: its label says so.
WAY_LABELS = {"possible": "Possible"}


@dataclass(frozen=True)
class BriefOptions:
    """What the user chose about the brief itself (not about the articles or the audience)."""

    title: str | None = None
    paper: str = "a4"
    date: str | None = None  # YYYY-MM-DD; default: the newest article's date, else today
    house: HouseStyle | None = None


def select_for_brief(
    extraction: Extraction, audience: Audience, options: BriefOptions = BriefOptions()
) -> BriefContext:
    """Rank the extraction into the brief's sections, shaped for the audience's profile."""
    numbers = {d.id: i for i, d in enumerate(extraction.documents, start=1)}
    context = _ranked(extraction, audience.name, options, numbers)
    held = {section: len(refs) for section, refs in held_back_for_confidence(extraction).items()}
    context = replace(context, held_back=held)
    return with_passages(shape_for_audience(context, extraction, audience, numbers), extraction)


def _ranked(
    extraction: Extraction, audience: str, options: BriefOptions, numbers: dict[str, int]
) -> BriefContext:
    """Every section ranked and cited, before an audience picks and cuts."""
    reported_at = {(q.doc, q.start, q.end): q for q in extraction.quotes if q.kind != "direct"}
    actors = {a.id: a for a in extraction.actors}
    # a position is a statement the brief could name its speaker for, never one held back
    said = tuple(attributable(extraction))
    return BriefContext(
        title=options.title or _title(extraction),
        date=human_date(options.date or _brief_date(extraction)),
        audience=audience,
        paper=options.paper,
        pipeline=extraction.pipeline,
        bottom_line=tuple(bottom_line(extraction, numbers)),
        actors=tuple(_actor_item(a, said, numbers) for a in key_actors(extraction)),
        quotes=tuple(_quote_item(q, actors, numbers) for q in key_quotes(extraction)),
        events=tuple(_event_item(e, numbers) for e in upcoming(extraction)),
        questions=tuple(
            _question_item(q, actors, numbers, reported_at) for q in key_questions(extraction)
        ),
        sources=tuple(_source_item(d, numbers) for d in extraction.documents),
        house=options.house or HouseStyle(),
    )


def _title(extraction: Extraction) -> str:
    """The headline of the story's first report: the earliest article (the others follow it
    up), then the most central headline (whose words the other articles use most), then
    alphabetical order. It does not change with the order of the files."""
    titled = [d for d in extraction.documents if d.title.strip()]
    if not titled:
        return "Brief"
    texts = {d.id: content_words(d.text) for d in extraction.documents}

    def order(document: Document) -> tuple[str, float, str]:
        words = content_words(document.title)
        others = [texts[d.id] for d in extraction.documents if d.id != document.id]
        shared = sum(len(words & other) / len(words) for other in others) if words else 0.0
        return (document.published or "9999", -shared, document.title)

    return min(titled, key=order).title


def _brief_date(extraction: Extraction) -> str:
    dates = [d.published for d in extraction.documents if d.published]
    return max(dates) if dates else dt.date.today().isoformat()


def _source_item(document: Document, numbers: dict[str, int]) -> SourceItem:
    return SourceItem(
        number=numbers[document.id],
        title=document.title,
        source=document.source or "",
        published=document.published or "",
        location=document.url or document.path,
        also_carried_by=document.also_carried_by,
        url=web_address(document.url),
    )


def _actor_item(actor: Actor, quotes: tuple[Quote, ...], numbers: dict[str, int]) -> ActorItem:
    said = [q for q in quotes if q.speaker == actor.id]
    said.sort(key=lambda q: (q.kind == "direct", -len(q.text)))
    return ActorItem(
        name=actor.name,
        kind=actor.kind,
        role=role_line(actor),
        position=position(said[0]) if said else "",
        cites=cites((m.doc for m in actor.mentions), numbers),
        ref=actor.id,
    )


def _quote_item(quote: Quote, actors: dict[str, Actor], numbers: dict[str, int]) -> QuoteItem:
    speaker = actors.get(quote.speaker or "")
    text = quote.text if quote.kind == "direct" else reported(quote.text)
    return QuoteItem(
        text=text.strip().rstrip(","),
        kind=quote.kind,
        speaker=speaker.name if speaker else (quote.speaker_text or "Unattributed"),
        speaker_role=role_line(speaker) if speaker else "",
        cites=cites([quote.doc], numbers),
        cue=quote.cue or "",
        verb=" ".join(filter(None, (reporting_verb(quote.cue or ""), quote.addressee))),
        ref=quote.id,
    )


def _event_item(event: Event, numbers: dict[str, int]) -> EventItem:
    return EventItem(
        title=shown_title(event),
        date=human_date(event.date) or (event.when or ""),
        iso_date=event.date or "",
        status=event.status,
        location=event.location or "",
        cites=cites((ev.doc for ev in event.evidence), numbers),
        ref=event.id,
    )


def _question_item(
    question: Question,
    actors: dict[str, Actor],
    numbers: dict[str, int],
    reported_at: dict[tuple[str, int, int], Quote],
) -> QuestionItem:
    return QuestionItem(
        text=question.text,
        kind=question.kind,
        label=WAY_LABELS.get(question.found_by or "")
        or QUESTION_LABELS.get(question.kind, question.kind),
        sides=_sides(question, actors, numbers, reported_at)
        if question.kind == "contested"
        else (),
        cites=cites((ev.doc for ev in question.evidence), numbers),
        ref=question.id,
    )


def _sides(
    question: Question,
    actors: dict[str, Actor],
    numbers: dict[str, int],
    reported_at: dict[tuple[str, int, int], Quote],
) -> tuple[SideItem, ...]:
    """The two sides of a contested claim: its first and last evidence, each with its speaker
    and, for a reported statement, the verb it was reported with."""
    speakers = [actors[s].name for s in question.speakers if s in actors]
    evidence_items = question.evidence
    if len(evidence_items) > 2:
        evidence_items = (evidence_items[0], evidence_items[-1])  # the two sides themselves
    last = len(evidence_items) - 1
    sides = []
    for index, evidence in enumerate(evidence_items):
        speaker = ""
        if speakers and index in (0, last):
            speaker = speakers[0] if index == 0 else speakers[-1]
        said = reported_at.get((evidence.doc, evidence.start, evidence.end))
        verb = reporting_verb(said.cue or "") if speaker and said else ""
        sides.append(
            SideItem(
                speaker,
                shorten(evidence.text, 30),
                numbers.get(evidence.doc, 0),
                verb,
                span=(evidence.doc, evidence.start, evidence.end),
            )
        )
    return tuple(sides)
