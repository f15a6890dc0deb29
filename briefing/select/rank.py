"""Select stage: the assembled extraction -> the brief's content, ranked, with citations.

Each section keeps its items in rank order so that fitting one page (render/pdf.py) can
drop the lowest-ranked items first. Every item cites the numbered sources it rests on.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing.assemble.role_names import ABBREVIATIONS
from briefing.brief import (
    ActorItem,
    BriefContext,
    EventItem,
    HouseStyle,
    PointItem,
    QuestionItem,
    QuoteItem,
    SideItem,
    SourceItem,
)
from briefing.model import Actor, Document, Event, Extraction, Question, Quote, anatomy_of
from briefing.select.confidence import doubtful_actors, quote_doubt

if TYPE_CHECKING:
    from briefing.settings.audience import Audience

MAX_ACTORS = 8
MAX_QUOTES = 8
MAX_EVENTS = 8
MAX_QUESTIONS = 5
MIN_QUOTE_WORDS = 3  # fewer words are a fragment, not a statement to show
QUESTION_LABELS = {
    "explicit": "Asked in the coverage",
    "contested": "Contested",
    "unresolved": "Undecided",
    "uncertain": "Unconfirmed",
}


@dataclass(frozen=True)
class BriefOptions:
    """What the user chose about the brief itself (not about the articles)."""

    title: str | None = None
    audience: str = "analyst"
    paper: str = "a4"
    date: str | None = None  # YYYY-MM-DD; default: the newest article's date, else today
    profile: Audience | None = None  # default: the built-in profile named by ``audience``
    house: HouseStyle | None = None


def select_for_brief(extraction: Extraction, options: BriefOptions) -> BriefContext:
    """Rank the extraction into the brief's sections, shaped for the audience's profile."""
    from briefing.select.sections import shape_for_audience
    from briefing.settings.audience import load_audience

    numbers = {d.id: i for i, d in enumerate(extraction.documents, start=1)}
    profile = options.profile or load_audience(options.audience)
    context = _ranked(extraction, options, numbers)
    return shape_for_audience(context, extraction, profile, numbers)


def _ranked(extraction: Extraction, options: BriefOptions, numbers: dict[str, int]) -> BriefContext:
    """Every section ranked and cited, before an audience picks and cuts."""
    reported = {(q.doc, q.start, q.end): q for q in extraction.quotes if q.kind != "direct"}
    actors = {a.id: a for a in extraction.actors}
    return BriefContext(
        title=options.title or _title(extraction),
        date=human_date(options.date or _brief_date(extraction)),
        audience=options.audience,
        paper=options.paper,
        pipeline=extraction.pipeline,
        bottom_line=tuple(bottom_line(extraction, numbers)),
        actors=tuple(_actor_item(a, extraction.quotes, numbers) for a in key_actors(extraction)),
        quotes=tuple(_quote_item(q, actors, numbers) for q in key_quotes(extraction)),
        events=tuple(_event_item(e, numbers) for e in upcoming(extraction)),
        questions=tuple(
            _question_item(q, actors, numbers, reported)
            for q in extraction.questions[:MAX_QUESTIONS]
        ),
        sources=tuple(
            SourceItem(
                number=numbers[d.id],
                title=d.title,
                source=d.source or "",
                published=d.published or "",
                location=d.url or d.path,
                also_carried_by=d.also_carried_by,
            )
            for d in extraction.documents
        ),
        house=options.house or HouseStyle(),
    )


def _title(extraction: Extraction) -> str:
    return extraction.documents[0].title if extraction.documents else "Brief"


def _brief_date(extraction: Extraction) -> str:
    dates = [d.published for d in extraction.documents if d.published]
    return max(dates) if dates else dt.date.today().isoformat()


def human_date(value: str | None) -> str:
    """2025-03-06 -> '6 March 2025'; 2025-03 -> 'March 2025'; 2025-W10 -> 'week of 3 March
    2025'; 2025-W10-WE -> 'weekend of 8 March 2025'; 2025-03-06T04:00 -> '6 March 2025, 04:00'.
    The reader never sees a TimeML code."""
    if not value:
        return ""
    try:
        if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            d = dt.date.fromisoformat(value)
            return f"{d.day} {d:%B %Y}"
        if re.fullmatch(r"\d{4}-\d\d", value):
            return dt.date.fromisoformat(value + "-01").strftime("%B %Y")
        week = re.fullmatch(r"(\d{4})-W(\d\d)(-WE)?", value)
        if week and week.group(3):
            saturday = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 6)
            return f"weekend of {saturday.day} {saturday:%B %Y}"
        if week:
            monday = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 1)
            return f"week of {monday.day} {monday:%B %Y}"
        stamp = re.fullmatch(r"(\d{4}-\d\d-\d\d)T(\d\d:\d\d)", value)
        if stamp:
            return f"{human_date(stamp.group(1))}, {stamp.group(2)}"
    except ValueError:
        return value
    return value


def _cites(docs, numbers: dict[str, int]) -> tuple[int, ...]:
    return tuple(sorted({numbers[d] for d in docs if d in numbers}))


def _lead(document: Document) -> str | None:
    """The first sentence of the body, which the read stage found past the headline, the date
    line and the dateline ('BRUSSELS, March 3 (Reuters) -'): the reader has the date."""
    body = document.text[anatomy_of(document).body :]
    for match in re.finditer(r"[.!?][”\"’]?(?=\s|$)", body[:600]):
        after = body[match.end() : match.end() + 2].strip()[:1]
        if _ABBREVIATION.search(body, 0, match.end()) or after.islower():
            continue  # "after Sen. Elizabeth Warren", "the U.S. on Monday": it goes on
        sentence = body[: match.end()]
        if len(sentence) > 400:
            break
        if len(sentence) >= 40 and _quotes_closed(sentence):
            return " ".join(sentence.split())
    return None


# Titles and initials that end in a full stop inside a sentence ("Sen. Warren", "L. Ron
# Hubbard"); not "U.S.", which as often ends one. The titles are the ones roles write out.
_ABBREVIATION = re.compile(
    r"(?:\b(?:"
    + "|".join([*ABBREVIATIONS, "Dr", "Mr", "Mrs", "Ms", "Rev", "St", "Jr", "Sr", "Hon", "No"])
    + r"|Inc|Corp|Co|Ltd|vs|Mt|Ft)|(?<!\.)\b[A-Z])\.$"
)


def _quotes_closed(text: str) -> bool:
    """A sentence does not end inside a quotation ('stating, “I asked him. He ...”')."""
    return text.count("“") <= text.count("”") and text.count('"') % 2 == 0


def bottom_line(extraction: Extraction, numbers: dict[str, int]) -> list[PointItem]:
    """Up to three points: each article's lead (newest first), then the next dated event."""
    points: list[PointItem] = []
    documents = sorted(extraction.documents, key=lambda d: d.published or "", reverse=True)
    for document in documents[:2]:
        lead = _lead(document)
        if lead:
            points.append(PointItem(lead, (numbers[document.id],), ref=document.id))
    dated = [e for e in upcoming(extraction) if e.date and e.kind == "event"]
    if dated:
        event = dated[0]
        cites = _cites((ev.doc for ev in event.evidence), numbers)
        text = f"Next: {event.title}, {human_date(event.date)}."
        points.append(PointItem(text, cites, ref=event.id))
    return points[:3]


def key_actors(extraction: Extraction, *, with_doubtful: bool = False) -> list[Actor]:
    """The most salient actors that act (persons, organisations, groups), places last;
    those whose evidence is weak (select.confidence) are held back unless asked for."""
    doubtful = {} if with_doubtful else doubtful_actors(extraction)
    shown = [a for a in extraction.actors if a.id not in doubtful]
    acting = [a for a in shown if a.kind != "place"]
    places = [a for a in shown if a.kind == "place"]
    return (acting + places)[:MAX_ACTORS]


def _role_line(actor: Actor) -> str:
    parts = [p for p in (actor.role, actor.affiliation) if p]
    if actor.role and actor.affiliation and actor.affiliation in actor.role:
        parts = [actor.role]
    line = ", ".join(parts)
    return line[:1].upper() + line[1:]


def _shorten(text: str, words: int = 28) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")


def _actor_item(actor: Actor, quotes: tuple[Quote, ...], numbers: dict[str, int]) -> ActorItem:
    said = [q for q in quotes if q.speaker == actor.id]
    said.sort(key=lambda q: (q.kind == "direct", -len(q.text)))
    return ActorItem(
        name=actor.name,
        kind=actor.kind,
        role=_role_line(actor),
        position=_position(said[0]) if said else "",
        cites=_cites((m.doc for m in actor.mentions), numbers),
        ref=actor.id,
    )


def _position(quote: Quote) -> str:
    """The actor's top statement: its words in quotation marks, or what it reported, with
    the verb ('rejected any notion of ...')."""
    if quote.kind == "direct":
        return f"“{_shorten(quote.text.strip().rstrip(','))}”"
    verb = " ".join(filter(None, (reporting_verb(quote.cue or ""), quote.addressee)))
    return f"{verb} {_shorten(reported(quote.text))}"


def key_quotes(extraction: Extraction) -> list[Quote]:
    """Attributed statements, most salient speakers first; direct words before paraphrase."""
    salience = {a.id: a.salience for a in extraction.actors}
    doubtful = doubtful_actors(extraction)
    attributed = [
        q
        for q in extraction.quotes
        if not quote_doubt(q, doubtful) and len(q.text.split()) >= MIN_QUOTE_WORDS
    ]
    seen: set[str] = set()
    unique = []
    for q in attributed:
        key = (q.group or q.id) if q.kind == "direct" else q.id
        if key not in seen:
            seen.add(key)
            unique.append(q)
    kind_rank = {"direct": 0, "mixed": 1, "indirect": 2}
    unique.sort(key=lambda q: (kind_rank[q.kind], -salience.get(q.speaker or "", 0), q.start))
    per_speaker: dict[str, int] = {}
    chosen = []
    for q in unique:  # at most two statements per speaker, so more voices are heard
        per_speaker[q.speaker or ""] = per_speaker.get(q.speaker or "", 0) + 1
        if per_speaker[q.speaker or ""] <= 2:
            chosen.append(q)
    return chosen[:MAX_QUOTES]


def _quote_item(quote: Quote, actors: dict[str, Actor], numbers: dict[str, int]) -> QuoteItem:
    speaker = actors.get(quote.speaker or "")
    text = quote.text if quote.kind == "direct" else reported(quote.text)
    return QuoteItem(
        text=text.strip().rstrip(","),
        kind=quote.kind,
        speaker=speaker.name if speaker else (quote.speaker_text or "Unattributed"),
        speaker_role=_role_line(speaker) if speaker else "",
        cites=_cites([quote.doc], numbers),
        cue=quote.cue or "",
        verb=" ".join(filter(None, (reporting_verb(quote.cue or ""), quote.addressee))),
        ref=quote.id,
    )


def reported(text: str) -> str:
    """A report as it reads after its verb: a pronoun or article that opened the sentence
    loses its capital ('said the government would ...', not 'said The government ...').
    Other words keep theirs: 'Berg' or 'Measles' may be a name, and a wrongly lowered
    surname reads worse than a stray capital."""
    first = text.partition(" ")[0]
    if first.istitle() and first.lower() in _OPENERS:
        return text[:1].lower() + text[1:]
    return text


_OPENERS = frozenset(
    {"it", "he", "she", "they", "we", "there", "this", "that", "these", "those", "its", "his"}
    | {"her", "their", "our", "some", "many", "most", "no", "all", "both", "each", "the", "a"}
)


def reporting_verb(cue: str) -> str:
    """The reporting verb as a finite past form: 'warned' stays, 'saying' becomes 'said'.

    Reported content is shown after its verb, because the verb can carry the meaning:
    'rejected any notion of NATO troops' says the opposite of 'any notion of NATO troops'."""
    word = cue.strip().lower()
    if word.split(" ")[0].endswith("ed") or word in _FINITE:
        return word
    head, _, rest = word.partition(" ")
    if head == "according":
        return "said"
    past = _IRREGULAR.get(head) or _regular_past(head)
    return " ".join(filter(None, (past, rest))) if past else "said"


def _regular_past(verb: str) -> str | None:
    """'calling' -> 'called', 'warns' -> 'warned', 'denying' -> 'denied', 'argues' ->
    'argued': the past of a participle or present form ('calling it a vote of confidence'
    must read 'called it ...', not 'said it ...')."""
    if verb.endswith("ying") or verb.endswith("ies"):
        return verb[: -4 if verb.endswith("ying") else -3] + "ied"
    if verb.endswith("ing") and len(verb) > 5:
        stem = verb[:-3]
        return stem + ("d" if stem.endswith("e") else "ed")
    if verb.endswith("es") and verb[:-2].endswith(("ss", "sh", "ch", "x")):
        return verb[:-2] + "ed"
    if verb.endswith("s") and not verb.endswith("ss") and len(verb) > 3:
        stem = verb[:-1]
        return stem + ("d" if stem.endswith("e") else "ed")
    return None


_FINITE = frozenset({"said", "told", "wrote", "thought", "told reporters", "made clear"})
_IRREGULAR = {
    "saying": "said", "says": "said", "say": "said", "telling": "told", "tells": "told",
    "writing": "wrote", "writes": "wrote", "thinking": "thought", "thinks": "thought",
    "making": "made", "makes": "made", "insisting": "insisted",
    "admitting": "admitted", "committing": "committed", "referring": "referred",
    "adding": "added", "putting": "put", "puts": "put",
}  # fmt: skip


def date_key(value: str | None) -> tuple[str, int]:
    """Sort key for TimeML dates: by the day the period ends, so a precise date comes before
    the month or year around it (2025-10-20 < 2025-W43 < 2025-10-28 < 2025-12 < 2025)."""
    if not value:
        return ("9999", 9)
    week = re.fullmatch(r"(\d{4})-W(\d\d)(?:-WE)?", value)
    if week:
        end = dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 7).isoformat()
        return (end, 1)
    if re.fullmatch(r"\d{4}-\d\d", value):
        year, month = int(value[:4]), int(value[5:])
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return ((following - dt.timedelta(days=1)).isoformat(), 2)
    if re.fullmatch(r"\d{4}", value):
        return (value + "-12-31", 3)
    return (value[:10], 0)


def upcoming(extraction: Extraction) -> list[Event]:
    """Dated items first, diary events and developments together in date order (one list
    for the reader; a diary event first on the same day), then undated diary events: those
    the text gives a time in words ("March 6" in an undated article) before the rest.
    Undated developments are left out."""
    dated = [e for e in extraction.events if e.date]
    undated = [e for e in extraction.events if not e.date and e.kind == "event"]
    dated.sort(key=lambda e: (date_key(e.date), e.kind != "event"))
    undated.sort(key=lambda e: not e.when)
    return (dated + undated)[:MAX_EVENTS]


def _event_item(event: Event, numbers: dict[str, int]) -> EventItem:
    return EventItem(
        title=event.title,
        date=human_date(event.date) or (event.when or ""),
        iso_date=event.date or "",
        status=event.status,
        location=event.location or "",
        cites=_cites((ev.doc for ev in event.evidence), numbers),
        ref=event.id,
    )


def _question_item(
    question: Question,
    actors: dict[str, Actor],
    numbers: dict[str, int],
    reported: dict[tuple[str, int, int], Quote] | None = None,
) -> QuestionItem:
    sides = []
    speakers = [actors[s].name for s in question.speakers if s in actors]
    evidence_items = question.evidence
    if question.kind == "contested" and len(evidence_items) > 2:
        evidence_items = (evidence_items[0], evidence_items[-1])  # the two sides themselves
    for index, evidence in enumerate(evidence_items):
        speaker = ""
        last = len(evidence_items) - 1
        if question.kind == "contested" and speakers and index in (0, last):
            speaker = speakers[0] if index == 0 else speakers[-1]
        said = (reported or {}).get((evidence.doc, evidence.start, evidence.end))
        verb = reporting_verb(said.cue or "") if speaker and said else ""
        sides.append(
            SideItem(speaker, _shorten(evidence.text, 30), numbers.get(evidence.doc, 0), verb)
        )
    return QuestionItem(
        text=question.text,
        kind=question.kind,
        label=QUESTION_LABELS.get(question.kind, question.kind),
        sides=tuple(sides) if question.kind == "contested" else (),
        cites=_cites((ev.doc for ev in question.evidence), numbers),
        ref=question.id,
    )
