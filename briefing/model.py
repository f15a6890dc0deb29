"""Plain data passed between the stages: read -> analyse -> assemble -> select -> render.

Every record is a frozen dataclass so a stage cannot mutate what an earlier stage produced,
and every record converts to and from the JSON contract of ``briefing extract``
(``briefing.extract/1``, documented in docs/schema.md). Offsets are Python string indices
into ``Document.text``: ``document.text[start:end] == text`` holds for every span.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Literal

SCHEMA = "briefing.extract/1"

ActorKind = Literal["person", "organization", "place", "group"]
QuoteKind = Literal["direct", "mixed", "indirect"]
EventStatus = Literal["scheduled", "planned", "possible"]
QuestionKind = Literal["explicit", "contested", "uncertain", "unresolved"]


@dataclass(frozen=True)
class Document:
    """One article as read (file, stdin, page, feed entry); ``text`` is what offsets refer to."""

    id: str
    path: str
    title: str
    text: str
    published: str | None = None  # YYYY-MM-DD
    source: str | None = None
    url: str | None = None
    author: str | None = None
    # The full stamp when the article gives a time: "2025-03-04T09:30:00+01:00".
    published_at: str | None = None
    # Outlets (or files) whose near-identical copy of this article was collapsed into it.
    also_carried_by: tuple[str, ...] = ()


@dataclass(frozen=True)
class Evidence:
    """A span of one document that supports an item of the brief."""

    doc: str
    start: int
    end: int
    text: str


# ---------------------------------------------------------------- per-document findings
# Extractors (briefing/extract/*) return these; assemble turns them into the records below.


@dataclass(frozen=True)
class NameMention:
    """A mention of an actor in one document, with what its context says of it.

    ``role``/``affiliation`` come from title patterns and appositions around this mention
    ("Foreign Minister Sergei Lavrov", "Dmitry Peskov, the Kremlin spokesperson").
    ``kind == "pronoun"``-like references are not NameMentions: they are resolved by the
    quote extractor, which knows the speaker context.
    """

    doc: str
    start: int
    end: int
    text: str
    kind: ActorKind
    role: str | None = None
    affiliation: str | None = None


# ---------------------------------------------------------------- assembled records


@dataclass(frozen=True)
class Actor:
    """One real-world person, organisation, place or group across all documents."""

    id: str
    name: str
    kind: ActorKind
    role: str | None = None
    affiliation: str | None = None
    aliases: tuple[str, ...] = ()
    salience: float = 0.0
    mentions: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Quote:
    """A statement attributed in a document: direct, mixed or reported (indirect).

    For a direct quote the span is the content inside the quotation marks. ``speaker`` is
    an actor id once assembled (None while unresolved); ``speaker_start``/``speaker_end``
    locate the mention that names the speaker in the same document (a name, a title or a
    pronoun), which is how assemble links the quote to an actor.
    """

    id: str
    doc: str
    start: int
    end: int
    text: str
    kind: QuoteKind
    speaker: str | None = None
    speaker_text: str | None = None
    cue: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    group: str | None = None  # fragments of one quotation share a group id
    # The named mention a pronoun or role phrase speaker resolves to ("he" -> "Lavrov").
    speaker_name_start: int | None = None
    speaker_name_end: int | None = None
    # Whom an instruction is addressed to: "parents" in "urged parents to check ...".
    addressee: str | None = None


@dataclass(frozen=True)
class TimeExpression:
    """A temporal expression normalised against the document's date (TimeML-style value)."""

    doc: str
    start: int
    end: int
    text: str
    value: str | None = None
    tense: str | None = None  # "past" | "present" | "future" | None


@dataclass(frozen=True)
class Event:
    """Something forward-looking a reader can put in a diary or watch for."""

    id: str
    title: str
    date: str | None = None  # YYYY-MM-DD | YYYY-MM | YYYY-Www | YYYY
    when: str | None = None  # the words of the text ("March 6", "within weeks")
    location: str | None = None
    status: EventStatus = "planned"
    participants: tuple[str, ...] = ()  # actor ids
    evidence: tuple[Evidence, ...] = ()
    # "event": a diary item (summit, vote, visit); "outlook": a development to watch
    # ("agreed to purchase 60 aircraft"), listed after the diary items.
    kind: str = "event"


@dataclass(frozen=True)
class Question:
    """An open question of the brief, phrased as a question, with evidence from every side."""

    id: str
    text: str
    kind: QuestionKind
    speakers: tuple[str, ...] = ()  # actor ids
    evidence: tuple[Evidence, ...] = ()
    score: float = 0.0
    asked_by: str | None = None  # who asks an explicit question, when it is quoted


@dataclass(frozen=True)
class Extraction:
    """The assembled model: what ``briefing extract`` prints and ``briefing render`` reads."""

    pipeline: str
    documents: tuple[Document, ...]
    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    events: tuple[Event, ...] = ()
    questions: tuple[Question, ...] = ()
    schema: str = SCHEMA

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract, with ``schema`` first so a reader sees the version at once."""
        data = _plain(self)
        return {"schema": data.pop("schema"), **data}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        """Rebuild from JSON; raises KeyError/TypeError/ValueError on a malformed file."""
        if data.get("schema") != SCHEMA:
            raise ValueError(f"unsupported schema {data.get('schema')!r}, expected {SCHEMA!r}")
        return cls(
            schema=SCHEMA,
            pipeline=str(data.get("pipeline", "unknown")),
            documents=tuple(_build(Document, d) for d in data["documents"]),
            actors=tuple(_build(Actor, a) for a in data.get("actors", [])),
            quotes=tuple(_build(Quote, q) for q in data.get("quotes", [])),
            times=tuple(_build(TimeExpression, t) for t in data.get("times", [])),
            events=tuple(_build(Event, e) for e in data.get("events", [])),
            questions=tuple(_build(Question, q) for q in data.get("questions", [])),
        )


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


_NESTED = {"mentions": Evidence, "evidence": Evidence}


def _build(cls: type, data: dict[str, Any]) -> Any:
    """Build a record from a JSON object, ignoring unknown keys (later schema additions)."""
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name not in data:
            continue
        value = data[f.name]
        if f.name in _NESTED:
            value = tuple(_build(_NESTED[f.name], v) for v in value)
        elif isinstance(value, list):
            value = tuple(value)
        kwargs[f.name] = value
    return cls(**kwargs)


__all__ = [
    "SCHEMA",
    "Actor",
    "Document",
    "Event",
    "Evidence",
    "Extraction",
    "NameMention",
    "Question",
    "Quote",
    "TimeExpression",
]
