"""Passage-level citations: for every "[n]" of the brief, the sentence of source n the item
rests on, with the item's span in it.

Every item already carries the record it shows (``ref``) and the sources it cites; the record
holds the exact spans (a quote's words, an actor's mentions, an event's or a question's
evidence, a lead sentence). This module picks, for each cited source, the first such span
in that source, and lists the passages once each, in the order the brief first cites them.
Ids come from the span itself (``p-d2-120-164``) and anchors from the section and the record
(``i-quotes-q4``), so they are the same on every run and for every audience that shows the
same thing. The manifest of brief.json records the same spans (``shown_spans``), which is
what ``briefing verify`` checks against the sources.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from types import MappingProxyType
from urllib.parse import urlparse

from briefing.brief import BriefContext, PassageItem, SideItem
from briefing.model import Document, Extraction
from briefing.select.budget import SECTIONS
from briefing.select.wording import lead_span, sentence_around

Span = tuple[str, int, int]


def passage_id(span: Span) -> str:
    """The anchor of the passage at ``span``: the same span always gets the same id."""
    doc, start, end = span
    return f"p-{doc}-{start}-{end}"


def web_address(url: str | None) -> str:
    """``url`` when it is an http(s) address, else '': an article's own ``url`` field is
    untrusted text, and only a web address may become a link (no ``javascript:``)."""
    if not url:
        return ""
    parsed = urlparse(url.strip())
    return url.strip() if parsed.scheme in ("http", "https") and parsed.netloc else ""


class _Spans:
    """Each record's spans by id, per document: where a cited item's words come from."""

    def __init__(self, extraction: Extraction) -> None:
        self.by_ref: dict[str, list[Span]] = {}
        for document in extraction.documents:
            span = lead_span(document) if document.anatomy is not None else None
            if span:
                self.by_ref[document.id] = [(document.id, *span)]
        for actor in extraction.actors:
            self.by_ref[actor.id] = [(m.doc, m.start, m.end) for m in actor.mentions]
        for quote in extraction.quotes:
            self.by_ref[quote.id] = [(quote.doc, quote.start, quote.end)]
        for record in (*extraction.events, *extraction.questions):
            self.by_ref[record.id] = [(e.doc, e.start, e.end) for e in record.evidence]

    def first_in(self, ref: str, doc: str | None) -> Span | None:
        """The record's first span in document ``doc``."""
        return next((s for s in self.by_ref.get(ref, ()) if s[0] == doc), None)


def with_passages(context: BriefContext, extraction: Extraction) -> BriefContext:
    """The context with every shown item's ``anchor`` and ``links`` set, each side's ``link``,
    and ``passages`` listing the cited passages in the order first cited."""
    spans = _Spans(extraction)
    documents = {d.id: d for d in extraction.documents}
    by_number = {n: d.id for n, d in enumerate(extraction.documents, start=1)}
    cited: dict[Span, list[str]] = {}
    changes: dict[str, tuple] = {}
    for section in context.sections:
        if section not in SECTIONS:
            continue
        items = []
        used: set[str] = set()
        for item in getattr(context, section):
            anchor = _unused(f"i-{section}-{item.ref}", used)
            links = []
            for number in item.cites:
                span = spans.first_in(item.ref, by_number.get(number))
                links.append(_cite(span, anchor, cited))
            if isinstance(getattr(item, "sides", None), tuple) and item.sides:
                sides = tuple(_side(side, anchor, cited) for side in item.sides)
                item = replace(item, sides=sides)
            items.append(replace(item, anchor=anchor, links=tuple(links)))
        changes[section] = tuple(items)
    passages = _passage_items(cited, documents, {d: n for n, d in by_number.items()})
    return replace(context, passages=MappingProxyType(passages), **changes)


def _unused(anchor: str, used: set[str]) -> str:
    """``anchor``, numbered on when a section shows the same record twice (an edited JSON
    can make it so): an id names one element of the page."""
    candidate, number = anchor, 1
    while candidate in used:
        number += 1
        candidate = f"{anchor}-{number}"
    used.add(candidate)
    return candidate


def _cite(span: Span | None, anchor: str, cited: dict[Span, list[str]]) -> str:
    if span is None:
        return ""
    citing = cited.setdefault(span, [])
    if anchor not in citing:
        citing.append(anchor)
    return passage_id(span)


def _side(side: SideItem, anchor: str, cited: dict[Span, list[str]]) -> SideItem:
    return replace(side, link=_cite(side.span, anchor, cited))


def _passage_items(
    cited: dict[Span, list[str]], documents: dict[str, Document], numbers: dict[str, int]
) -> dict[str, PassageItem]:
    passages: dict[str, PassageItem] = {}
    count: dict[int, int] = {}
    for span, anchors in cited.items():
        doc, start, end = span
        document = documents[doc]
        number = numbers[doc]
        count[number] = count.get(number, 0) + 1
        begin, finish = sentence_around(document.text, start, end)
        passages[passage_id(span)] = PassageItem(
            id=passage_id(span),
            label=f"{number}.{count[number]}",
            number=number,
            before=_words(document.text[begin:start]),
            marked=" ".join(document.text[start:end].split()),
            after=_words(document.text[end:finish]),
            title=document.title,
            source=document.source or "",
            published=document.published or "",
            url=web_address(document.url),
            location=document.url or document.path,
            document=doc,
            start=start,
            end=end,
            cited_by=tuple(anchors),
        )
    return passages


def _words(text: str) -> str:
    """Whitespace collapsed, an edge blank kept as one space so words do not run together."""
    if not text:
        return ""
    inner = " ".join(text.split())
    lead = " " if text[:1].isspace() and inner else ""
    trail = " " if text[-1:].isspace() and inner else ""
    return f"{lead}{inner}{trail}" if inner else " "


def shown_spans(context: BriefContext) -> Iterator[dict]:
    """For the manifest of brief.json: each shown item's section, record id and the spans
    its citations point to (sides included), in the brief's order."""
    for section in context.sections:
        if section not in SECTIONS:
            continue
        for item in getattr(context, section):
            links = [*item.links, *(s.link for s in getattr(item, "sides", ()) or ())]
            yield {
                "section": section,
                "ref": item.ref,
                "spans": [_span_of(context, link) for link in _unique(links) if link],
            }


def _span_of(context: BriefContext, link: str) -> dict:
    passage = context.passages[link]
    return {"doc": passage.document, "start": passage.start, "end": passage.end}


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))
