"""The template context: everything a brief template may use, as plain documented data.

This is the contract between ``select`` and the templates (built-in or a team's own): every
field carries help text in its metadata, and a test renders every template against it.
Rendering knows nothing of spaCy or of the extraction model.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, is_dataclass
from types import MappingProxyType


def doc(text: str, default=None):  # noqa: ANN001 - dataclass field helper
    """A field with help text; ``default`` may be a value or a factory (list, dict, a class)."""
    if default is list:
        return field(default_factory=list, metadata={"help": text})
    if default is dict:
        return field(default_factory=lambda: MappingProxyType({}), metadata={"help": text})
    if isinstance(default, type) and is_dataclass(default):
        return field(default_factory=default, metadata={"help": text})
    return field(default=default, metadata={"help": text})


@dataclass(frozen=True)
class PointItem:
    """One point of the bottom line."""

    text: str = doc("The point, one or two sentences taken from the articles.")
    cites: tuple[int, ...] = doc("Source numbers that support it ([1], [2]).", ())
    ref: str = doc(
        "Id of the record this item shows: for a lead, its document's id; for a quote, "
        "event or question, its id (brief.json lists these per section).",
        "",
    )
    anchor: str = doc(
        "The item's own id in the HTML brief ('i-SECTION-REF'): a passage links back to it.", ""
    )
    links: tuple[str, ...] = doc(
        "Passage ids, one per number of ``cites`` and in its order ('' where none): "
        "``brief.passages[id]`` is the sentence of that source the item rests on.",
        (),
    )


@dataclass(frozen=True)
class ActorItem:
    """A key actor of the brief."""

    name: str = doc("Full name as the articles give it.")
    kind: str = doc("person, organization, place or group.")
    role: str = doc("Role and affiliation in one line ('Foreign Minister, Russia'), or ''.", "")
    position: str = doc("What the actor said or wants, from its top statement, or ''.", "")
    cites: tuple[int, ...] = doc("Sources that name the actor.", ())
    ref: str = doc(
        "Id of the record shown (an actor id); brief.json lists these per section.",
        "",
    )
    anchor: str = doc(
        "The item's own id in the HTML brief ('i-SECTION-REF'): a passage links back to it.", ""
    )
    links: tuple[str, ...] = doc(
        "Passage ids, one per number of ``cites`` and in its order ('' where none): "
        "``brief.passages[id]`` is the sentence of that source the item rests on.",
        (),
    )


@dataclass(frozen=True)
class QuoteItem:
    """A statement attributed to a speaker."""

    text: str = doc("The words: a direct quotation, or the reported content.")
    kind: str = doc("direct, mixed or indirect.")
    speaker: str = doc("Speaker's name, or 'Unattributed'.")
    speaker_role: str = doc("Speaker's role and affiliation, or ''.", "")
    cites: tuple[int, ...] = doc("The source it comes from.", ())
    cue: str = doc("The reporting verb as written ('said', 'warned', 'told reporters'), or ''.", "")
    verb: str = doc(
        "The reporting verb as a finite past form to set before reported content "
        "('rejected', 'warned', 'said'): the verb can carry the meaning ('rejected X').",
        "said",
    )
    ref: str = doc(
        "Id of the record shown (a quote id); brief.json lists these per section.",
        "",
    )
    anchor: str = doc(
        "The item's own id in the HTML brief ('i-SECTION-REF'): a passage links back to it.", ""
    )
    links: tuple[str, ...] = doc(
        "Passage ids, one per number of ``cites`` and in its order ('' where none): "
        "``brief.passages[id]`` is the sentence of that source the item rests on.",
        (),
    )


@dataclass(frozen=True)
class EventItem:
    """Something ahead to put in a diary or watch for."""

    title: str = doc("Short noun phrase ('European summit in Brussels').")
    date: str = doc("Human-readable date ('6 March 2025', 'week of 20 October 2025'), or ''.", "")
    iso_date: str = doc("The date as in the extraction (2025-03-06, 2025-03, 2025-W10), or ''.", "")
    status: str = doc("scheduled, planned or possible.", "planned")
    location: str = doc("Where, or ''.", "")
    cites: tuple[int, ...] = doc("Sources that report it.", ())
    ref: str = doc(
        "Id of the record shown (an event id); brief.json lists these per section.",
        "",
    )
    anchor: str = doc(
        "The item's own id in the HTML brief ('i-SECTION-REF'): a passage links back to it.", ""
    )
    links: tuple[str, ...] = doc(
        "Passage ids, one per number of ``cites`` and in its order ('' where none): "
        "``brief.passages[id]`` is the sentence of that source the item rests on.",
        (),
    )


@dataclass(frozen=True)
class SideItem:
    """One side of a contested question, or a piece of evidence for an open question."""

    speaker: str = doc("Who says it, or ''.")
    text: str = doc("What the source says.")
    cite: int = doc("The source it comes from.", 0)
    verb: str = doc(
        "The reporting verb of a reported side ('denied', 'said'), or '' for a direct quote "
        "or a piece of evidence: shown between speaker and text.",
        "",
    )
    span: tuple[str, int, int] | None = doc(
        "(document id, start, end) of the evidence this side shows, or None.", None
    )
    link: str = doc("Id of its passage in ``brief.passages``, or ''.", "")


@dataclass(frozen=True)
class QuestionItem:
    """An open question."""

    text: str = doc("The question, phrased for the reader.")
    kind: str = doc("explicit, contested, unresolved or uncertain; 'decision' for a decision due.")
    label: str = doc("Kind in words ('Contested', 'Asked in the coverage', ...).")
    sides: tuple[SideItem, ...] = doc(
        "Evidence: both sides of a contested claim; for expected questions, the facts that "
        "answer it.",
        (),
    )
    cites: tuple[int, ...] = doc("Sources it rests on.", ())
    ref: str = doc(
        "Id of the question shown, or of the event for a decision due (brief.json lists "
        "these per section).",
        "",
    )
    anchor: str = doc(
        "The item's own id in the HTML brief ('i-SECTION-REF'): a passage links back to it.", ""
    )
    links: tuple[str, ...] = doc(
        "Passage ids, one per number of ``cites`` and in its order ('' where none): "
        "``brief.passages[id]`` is the sentence of that source the item rests on.",
        (),
    )


@dataclass(frozen=True)
class SourceItem:
    """A numbered source article."""

    number: int = doc("Citation number: [1], [2], ...")
    title: str = doc("Article title.")
    source: str = doc("Outlet, or ''.", "")
    published: str = doc("Publication date (YYYY-MM-DD), or ''.", "")
    location: str = doc("URL, or the file it was read from.", "")
    also_carried_by: tuple[str, ...] = doc(
        "Other outlets whose near-identical copy was collapsed into this one.", ()
    )
    url: str = doc("The article's web address (http or https), or '' when it has none.", "")


@dataclass(frozen=True)
class PassageItem:
    """A cited passage: the sentence of a source an item rests on, its span marked. The HTML
    brief lists these in its "Source passages" annex and Markdown as footnotes, so a reader
    checks a line in one click instead of searching the article."""

    id: str = doc("Anchor id, from the document and span ('p-d2-120-164'): stable across runs.")
    label: str = doc(
        "Source number and the passage's place among that source's ('2.1'): the Markdown "
        "footnote label."
    )
    number: int = doc("The source's citation number.", 0)
    before: str = doc("The sentence up to the span (whitespace collapsed).", "")
    marked: str = doc("The span itself: the words the item rests on.", "")
    after: str = doc("The sentence after the span.", "")
    title: str = doc("The article's title.", "")
    source: str = doc("Outlet, or ''.", "")
    published: str = doc("Publication date (YYYY-MM-DD), or ''.", "")
    url: str = doc("The article's web address (http or https), or ''.", "")
    location: str = doc("URL, or the file it was read from.", "")
    document: str = doc("Document id of the span.", "")
    start: int = doc("Where the span starts in the document's text.", 0)
    end: int = doc("Where the span ends.", 0)
    cited_by: tuple[str, ...] = doc("Anchors of the items that cite it, in reading order.", ())


# The house colours a team may set (briefing.toml [colours], --colour), each with the value
# the built-in stylesheet gives it (styles/brief.css): the e-mail, which gets no stylesheet,
# starts from these.
DEFAULT_COLOURS: Mapping[str, str] = MappingProxyType(
    {
        "accent": "#1f4e79",
        "ink": "#1b1f24",
        "muted": "#5b6570",
        "rule": "#c9d2dc",
        "soft": "#eef3f8",
    }
)


@dataclass(frozen=True)
class HouseStyle:
    """A team's house style (briefing.toml or command-line options)."""

    organisation: str = doc("Organisation name shown in the masthead, or ''.", "")
    logo: str = doc("The logo as a data: URI (embedded, never fetched), or ''.", "")
    marking: str = doc("Handling marking ('OFFICIAL') for header and footer, or ''.", "")
    author: str = doc("Author or team credited on the brief, or ''.", "")
    footer: str = doc("Footer text, or ''.", "")
    colours: Mapping[str, str] = doc(
        "CSS colours by name (accent, ink, muted, rule, soft); already in the stylesheet.", dict
    )


@dataclass(frozen=True)
class BriefContext:
    """Everything a brief template receives, under the name ``brief``."""

    title: str = doc("Title of the brief.")
    date: str = doc("Date of the brief, human-readable ('25 February 2025').")
    audience: str = doc("Who it is for: analyst, minister, press or a team's own name.")
    paper: str = doc("PDF paper size: a4 or letter.", "a4")
    pipeline: str = doc("Which NLP pipeline produced the extraction ('rules' or a model).", "")
    bottom_line: tuple[PointItem, ...] = doc("The 2-3 most important points.", ())
    actors: tuple[ActorItem, ...] = doc("Key actors, most salient first.", ())
    quotes: tuple[QuoteItem, ...] = doc("Key statements, most important first.", ())
    events: tuple[EventItem, ...] = doc("What's next: dated events first, in date order.", ())
    questions: tuple[QuestionItem, ...] = doc("Open questions, most important first.", ())
    sources: tuple[SourceItem, ...] = doc("Numbered sources; every item cites these.", ())
    omitted: int = doc("Items left out to fit one page (0 in Markdown and HTML).", 0)
    held_back: Mapping[str, int] = doc(
        "Section name -> how many items found for it are held back because their evidence "
        "is below the brief's bar (a speaker found a weak way, an event or question of a "
        "kind measured imprecise); brief.json lists them.",
        dict,
    )
    sources_omitted: int = doc(
        "Sources left out of the list to fit one page (0 in Markdown and HTML); the sources "
        "number len(sources) + sources_omitted.",
        0,
    )
    audience_label: str = doc("The audience in words for the masthead ('Minister').", "")
    sections: tuple[str, ...] = doc(
        "The sections to show, in order (names of the list fields here, or 'sources').",
        ("bottom_line", "actors", "quotes", "events", "questions", "sources"),
    )
    headings: Mapping[str, str] = doc("Section name -> heading wording for this audience.", dict)
    key_points: tuple[PointItem, ...] = doc("Key points after the bottom line (minister).", ())
    decisions: tuple[QuestionItem, ...] = doc(
        "What is being asked or decided: undecided matters, decisions due, questions put.", ()
    )
    lines: tuple[PointItem, ...] = doc(
        "Lines to take (press), each drawn from an extracted fact and citing it.", ()
    )
    expected_questions: tuple[QuestionItem, ...] = doc(
        "Questions to expect, each with the facts to answer it in ``sides``.", ()
    )
    house: HouseStyle = doc(
        "The house style: organisation, logo, marking, author, footer.", HouseStyle
    )
    passages: Mapping[str, PassageItem] = doc(
        "Passage id -> the cited passage, in the order first cited (HTML annex, Markdown "
        "footnotes).",
        dict,
    )


def documented_fields(cls: type) -> dict[str, str]:
    """Field name -> help text, for docs and for the test that every field is documented."""
    return {f.name: f.metadata.get("help", "") for f in fields(cls)}


def context_classes(cls: type = None) -> list[type]:  # type: ignore[assignment]
    """BriefContext and every dataclass reachable from its fields (items, house style)."""
    import typing

    found: list[type] = []
    pending = [cls or BriefContext]
    while pending:
        current = pending.pop(0)
        if current in found:
            continue
        found.append(current)
        for hint in typing.get_type_hints(current).values():
            for arg in (hint, *typing.get_args(hint)):
                if is_dataclass(arg) and isinstance(arg, type):
                    pending.append(arg)
    return found


def context_reference() -> str:
    """The template context as Markdown tables, one per record type (docs/templates.md)."""
    import typing

    parts = []
    for cls in context_classes():
        hints = typing.get_type_hints(cls)
        parts.append(f"### {cls.__name__}\n\n{(cls.__doc__ or '').strip()}\n")
        parts.append("| field | type | meaning |\n|---|---|---|")
        for name, text in documented_fields(cls).items():
            kind = _type_name(hints[name])
            parts.append(f"| `{name}` | `{kind}` | {text.replace('|', '/')} |")
        parts.append("")
    return "\n".join(parts)


def _type_name(hint: object) -> str:
    text = getattr(hint, "__name__", None) if not getattr(hint, "__args__", None) else None
    text = text or str(hint).replace("typing.", "").replace("collections.abc.", "")
    return text.replace("briefing.brief.", "")
