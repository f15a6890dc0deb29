"""Plain data passed between the stages: read -> analyse -> assemble -> select -> render.

Every record is a frozen dataclass so a stage cannot mutate what an earlier stage produced,
and every record converts to and from the JSON contract of ``briefing extract``
(``briefing.extract/1``, documented in docs/schema.md). Offsets are Python string indices
into ``Document.text``: ``document.text[start:end] == text`` holds for every span.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal, TypeVar

SCHEMA = "briefing.extract/1"

# The kinds are named here once; readers that go through them take ``typing.get_args`` of
# these, in this order: quotes from the speaker's own words to a paraphrase (select ranks
# them so), questions as the evaluation reports them.
ActorKind = Literal["person", "organization", "place", "group"]
QuoteKind = Literal["direct", "mixed", "indirect"]
EventStatus = Literal["scheduled", "planned", "possible"]
# "event": a diary item (summit, vote, visit); "commitment": a named actor undertakes an act
# ("Thailand will release ..."); "outlook": another development to watch.
EventKind = Literal["event", "commitment", "outlook"]
# How an upcoming event was found (extract/events): the brief shows only events found a way
# whose measured precision holds (select/confidence.py, rules/event_ways.json).
EventWay = Literal[
    "dated",  # a diary word with a day or week after the article's: 'the summit on March 6'
    "period",  # a diary word with only a month, season or year ahead: 'the vote in November'
    "cued",  # an undated diary word its own phrase puts ahead: 'the talks will be held'
    "possible",  # only a possibility puts it ahead: 'talks may be held', 'X would provide'
    "trip",  # a diary word dated by the trip it is part of: 'during the visit, she will meet'
    "commitment",  # a named party + 'will'/'plans to' + an act: 'Thailand will release ...'
    "undertaking",  # a verb of undertaking with no future marker: 'X undertakes to release'
    "listed",  # an undertaking dated by the list it opens: 'commit to ... by May 14:'
    "development",  # a modal or an intention verb + an act, no diary word: 'prices will rise'
    "signal",  # a forward marker of the sentence alone: 'fears of a recession', a date
    "forecast",  # what someone thinks or hopes will happen: 'strategists think X will win'
    "unnamed",  # a development whose clause names no one doing it: 'it will air on Friday'
    # an undated act a report (not its party's statement) says someone will do or agreed to
    # do, with no plan or schedule: 'Trump will dominate the news cycle'
    "narrated",
    "bare",  # an item of a report titled by a bare noun alone: 'Vote', 'Election', 'Rally'
    "reported_period",  # an item of a report dated by a month, season or year alone
    "cut",  # an item of a report whose title stops where its phrase goes on: 'with a mix'
    "ongoing",  # an item of a report dated by the end of a span: 'through Dec. 31, ... will'
    "reported_signal",  # an item of a report found by a forward marker alone ('signal')
    # an item of a report whose time names no day (a week, a month, 'soon', none) and no
    # diary word with a plan or schedule: 'Nabisco is expected to cut workers this week'
    "reported_vague",
]
QuestionKind = Literal["explicit", "contested", "unresolved", "uncertain"]
# Why an open question was found (extract/questions, assemble/questions): the brief shows only
# questions found a way whose measured precision holds (select/confidence.py).
QuestionWay = Literal[
    "asked",  # a question put to someone: '"...?" asked X', a reporter's turn 'Q ...?'
    "future",  # a question about what will happen: 'Will the West stand firm ...?'
    "aside",  # a question asked in passing, to make a point: 'How is that possible?'
    "undecided",  # a matter said to be open: 'has yet to decide', 'it is unclear whether'
    "rumour",  # a claim marked unconfirmed: 'reportedly', 'is believed to'
    "possible",  # a risk a source warns of: 'the UN warned that Ethiopia could face famine'
    "speculation",  # a possibility no one raises as a risk: 'Trump may want to check ...'
    "demand",  # an office's demand on a named party: 'Russia must stop ...', 'X should ...'
    # an office's necessity about an arrangement: 'It is important that the deal be
    # implemented', 'we expect the implementation of the deal to commence swiftly'
    "necessity",
    # a demand or necessity in a report: mostly the writer's or a source's opinion ('X should
    # place values ahead of interests', 'Sanders must vie for the Latino vote')
    "opinion",
    "appeal",  # an appeal to a named party: 'We call on Lukashenka to allow ...'
    # an appeal to the parties all together: 'The United States urges all parties to ...'
    "collective",
    # an arrangement that runs for a limited time, asked as what happens when it ends: 'the
    # truce, which expires on Sunday', 'an initial 90-day suspension of tariffs'
    "expiry",
    # an investigation called for, asked as whether it takes place: 'calls for an
    # international investigation into the landing', 'X requires full investigation'
    "inquiry",
    # a named party's possible act on which a response hangs, asked as what happens if it
    # acts: 'If Hezbollah breaks the deal, Israel retains the right to self-defense'
    "contingency",
    # a named party's undertaking whose time is left open, asked as when it comes: 'X
    # undertakes to promptly release the prisoners', 'will resume talks as soon as possible'
    "timing",
    "dispute",  # two speakers' incompatible claims (contested)
    # a dispute answered by the party the claim is about: 'X said Putin was open to
    # peacekeepers. However, the Kremlin clarified ...'
    "rebuttal",
]
# How a quote's speaker was found (extract/quotes, assemble/quotes): the brief names a speaker
# only when the way is one whose measured precision holds (select/confidence.py).
SpeakerVia = Literal[
    "parser",  # the parse's subject of the reporting verb (trained pipeline)
    "subject",  # the phrase right before the cue: 'Anna Berg said'
    "apposition",  # the subject across an apposition: 'Berg, the envoy, said'
    "inverted",  # the phrase after an inverted cue: '"...," said Anna Berg'
    "according",  # 'according to Anna Berg'
    "clause",  # the first name of the clause: 'Berg ..., adding that'
    "label",  # a quotation without a cue: '"..." - Anna Berg', 'Berg: "..."'
    "verb",  # a verb the reporting list lacks, right after the quotation: '"...," Berg barked'
    "colon",  # the subject of a clause that introduces the quotation with a colon
    "pronoun",  # a pronoun resolved to the person it stands for
    "resumed",  # 'he' or 'she' for the speaker of an earlier quote: '"...," Berg said. He added'
    "role",  # a role phrase resolved to a named mention: 'the spokesperson'
    "carried",  # a quotation without a cue continues the speaker before it
    "paragraph",  # the same, across a paragraph break
    "block",  # a paragraph of a statement introduced by 'X said:'
    "group",  # another paragraph or part of the same quotation names the speaker
    "author",  # a first-person statement by the document's author
    "statement",  # a sentence of a first-person statement: its author's own words
    "surname",  # linked by the last word of the name to the one person who has it
]
Span = tuple[int, int]


@dataclass(frozen=True)
class Anatomy:
    """Where the parts of a news article sit in its text, found once by the read stage
    (``briefing.read.anatomy``) so that no later stage re-runs read's patterns to find them.
    Spans are (start, end) offsets into ``Document.text``; None where the article has none.
    """

    headline: Span | None  # the title's words, where the text opens with them
    dateline: Span | None  # "BRUSSELS, March 3 (Reuters) - ": where the story was filed
    credit: Span | None  # "(Reuters)" in the dateline: the agency is the source, no actor
    lead: Span  # the lead paragraph (photo credits skipped), which names who it is about
    # Where the body's first sentence starts, past every copy of the headline: the sentence
    # the bottom line quotes. Not always lead[0] (see briefing.read.anatomy).
    body: int
    # Who issued a first-person statement: the byline "Antony J. Blinken, Secretary of State",
    # "attributable to Spokesperson Ned Price:", a title "Statement by President Joe Biden on
    # ..."; None for reporting, readouts and joint statements (see briefing.read.anatomy).
    author: Span | None = None
    # Whether the article is issued by the party it speaks for (a government's statement,
    # readout, fact sheet, joint declaration) rather than reported by a newsroom: in an issued
    # text 'the United States will ...' is the party's undertaking, in a report the writer's
    # word, often a forecast (see briefing.read.anatomy).
    issued: bool = False
    # Who made the article: a wire byline ("By ANA RUIZ Associated Press") and the closing
    # credits ("(Reporting by Ana Ruiz; Editing by Ian Roe)", "... contributed to this
    # report."): no name in them is an actor (see briefing.read.anatomy).
    staff: tuple[Span, ...] = ()

    @property
    def headline_end(self) -> int:
        """Where the headline ends in the text; 0 when the text does not open with it."""
        return self.headline[1] if self.headline else 0

    def past_dateline(self, start: int, end: int) -> int:
        """Where a clause from ``start`` to ``end`` begins once the dateline is left out:
        'OSLO, Feb 12 (Reuters) - Nordtek will cut jobs, ...' is about Nordtek, not Oslo."""
        dateline = self.dateline
        if dateline and dateline[0] == start and dateline[1] <= end:
            return dateline[1]
        return start


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
    # Set by the read stage; None on a Document built by hand until ``briefing.extract.analyse``
    # (or the JSON loader) reads it. Derived from text and title: not compared, not in the JSON.
    anatomy: Anatomy | None = field(
        default=None, compare=False, repr=False, metadata={"json": False}
    )


def anatomy_of(document: Document) -> Anatomy:
    """The parts of ``document``, which every stage after read relies on; a Document built by
    hand gets them from ``briefing.extract.analyse`` or ``briefing.read.anatomy.with_anatomy``."""
    if document.anatomy is None:
        raise ValueError(
            f"document {document.id} has not been read: pass it through "
            "briefing.read.anatomy.with_anatomy (analyse does) before the later stages"
        )
    return document.anatomy


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
    speaker_via: SpeakerVia | None = None  # how the speaker was found (None: no speaker)


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
    kind: EventKind = "event"  # see EventKind
    # Who will do what, from a diary item's own clause ('Thailand to release 18 Cambodian
    # soldiers'), shown instead of the noun title; the title stays what articles' reports of
    # one event are matched by.
    headline: str | None = None
    found_by: EventWay | None = None  # how it was found (None: JSON written before)


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
    found_by: QuestionWay | None = None  # why it is a question (None: JSON written before)


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
        """Rebuild from trusted JSON (one this program wrote); raises KeyError/TypeError/
        ValueError on a malformed one. The documents come back unread (no anatomy: it is not
        in the JSON). A file a person may have edited goes through
        ``briefing.read.extraction.load_brief_json`` instead, which checks every field and
        reads the documents again."""
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


# ---------------------------------------------------------------- brief.json's manifest
# What ``briefing verify`` needs to check a brief against its sources and make it again:
# written by ``build`` into brief.json, validated like the rest of the file when read back.

MANIFEST_SCHEMA = "briefing.manifest/1"


@dataclass(frozen=True)
class SourceHash:
    """One document's fingerprints: the text that was analysed (always), and the raw bytes
    of the local file it came from (None for a URL or stdin). The text hash is what spans
    depend on; the file hash says which file, byte for byte, was read."""

    doc: str
    location: str  # the file as an absolute path, or the URL; "" for stdin
    text_sha256: str
    file_sha256: str | None = None


@dataclass(frozen=True)
class ShownSpan:
    """A span an item of the brief cites: ``documents[doc].text[start:end]``."""

    doc: str
    start: int
    end: int


@dataclass(frozen=True)
class ShownItem:
    """An item shown in Markdown and HTML: its section, the record it shows, the spans of
    the passages its citations link to."""

    section: str
    ref: str
    spans: tuple[ShownSpan, ...] = ()


@dataclass(frozen=True)
class HouseOptions:
    """The house style the brief was made with (the logo as its data: URI)."""

    organisation: str = ""
    logo: str = ""
    marking: str = ""
    author: str = ""
    footer: str = ""
    colours: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class BriefOptionsRecord:
    """The options that shape the brief, as given (None where the default was taken)."""

    audience: str = "analyst"
    paper: str = "a4"
    title: str | None = None
    date: str | None = None
    model: str | None = None
    template_dir: str | None = None
    since: str | None = None
    limit: int | None = None
    keep_going: bool = False
    house: HouseOptions = field(default_factory=HouseOptions)


@dataclass(frozen=True)
class Manifest:
    """How a brief was made and from what: tool and pipeline, options, the inputs as given
    and the folder they were given in, a hash of every source, and the spans each shown
    item cites."""

    schema: str = MANIFEST_SCHEMA
    tool: str = "briefing"
    version: str = ""
    pipeline: str = ""
    pipeline_version: str | None = None
    inputs: tuple[str, ...] = ()  # the articles as given on the command line
    cwd: str = ""  # the folder the build ran in, which relative inputs are relative to
    options: BriefOptionsRecord = field(default_factory=BriefOptionsRecord)
    sources: tuple[SourceHash, ...] = ()
    items: tuple[ShownItem, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """The JSON form."""
        return _plain(self)


def _in_json(f: dataclasses.Field) -> bool:
    """Fields marked ``metadata={"json": False}`` are derived and left out of the JSON."""
    return f.metadata.get("json", True)


def to_plain(value: Any) -> Any:
    """A record (or a tuple of them) as the JSON contract writes it: dicts, lists, values.
    ``Extraction.to_dict`` is this for the whole; a writer streaming a big batch asks it one
    record at a time."""
    return _plain(value)


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        fields = filter(_in_json, dataclasses.fields(value))
        return {f.name: _plain(getattr(value, f.name)) for f in fields}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


_NESTED = {"mentions": Evidence, "evidence": Evidence}


def _build(cls: type, data: dict[str, Any]) -> Any:
    """Build a record from a JSON object, ignoring unknown keys (later schema additions)."""
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name not in data or not _in_json(f):
            continue
        value = data[f.name]
        if f.name in _NESTED:
            value = tuple(_build(_NESTED[f.name], v) for v in value)
        elif isinstance(value, list):
            value = tuple(value)
        kwargs[f.name] = value
    return cls(**kwargs)


__all__ = [
    "MANIFEST_SCHEMA",
    "SCHEMA",
    "Actor",
    "Anatomy",
    "BriefOptionsRecord",
    "Document",
    "Event",
    "Evidence",
    "Extraction",
    "HouseOptions",
    "Manifest",
    "NameMention",
    "Question",
    "Quote",
    "ShownItem",
    "ShownSpan",
    "SourceHash",
    "Span",
    "SpeakerVia",
    "QuestionWay",
    "EventKind",
    "EventWay",
    "TimeExpression",
    "anatomy_of",
]


R = TypeVar("R")


def evolve(record: R, **changes: Any) -> R:
    """``dataclasses.replace(record, **changes)``, about five times faster for the records
    here: their fields are copied as they are, not passed again through the generated
    ``__init__``, which sets each field with ``object.__setattr__`` to get past ``frozen``.
    The extractors and assemble renumber, re-tag and re-link every quote, event, question
    and actor of a batch this way. Exact for a dataclass with no ``__post_init__``, no field
    outside ``__init__`` and no slots (every record of this module); any other record, or a
    name that is no field, goes to ``dataclasses.replace`` itself."""
    names = _plain_fields(type(record))
    if names is None or not names.issuperset(changes):
        return dataclasses.replace(record, **changes)  # type: ignore[type-var]
    copied = object.__new__(type(record))
    copied.__dict__.update(record.__dict__, **changes)
    return copied


@cache
def _plain_fields(cls: type) -> frozenset[str] | None:
    """The field names of a dataclass ``evolve`` may copy, or None."""
    if not dataclasses.is_dataclass(cls) or hasattr(cls, "__post_init__"):
        return None
    if hasattr(cls, "__slots__") or any(not f.init for f in dataclasses.fields(cls)):
        return None
    return frozenset(f.name for f in dataclasses.fields(cls))
