"""An extraction JSON given to ``briefing render`` (``briefing.extract/1``), checked whole.

The file is one a person may have edited, so nothing in it is taken on trust: every field's
type (against the records of briefing.model, by pydantic, in strict mode: "5" is no offset),
every reference (a quote's document and speaker, an event's participants) and every span
(0 <= start <= end <= the length of its document's text), the dates the brief computes with,
and the ``brief`` block of a brief.json. A mistake is one InputError naming the file and the
field (``quotes[3].start``); after this, select and render may trust what they are given.
This is the one place that validates the JSON: the records' types are the contract.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any, get_args

from briefing.errors import InputError
from briefing.model import MANIFEST_SCHEMA, SCHEMA, EventKind, Evidence, Extraction, Manifest
from briefing.read.anatomy import with_anatomy
from briefing.read.json_text import JSONProblem, parse_json
from briefing.read.text import PLAUSIBLE_YEARS, plausible_date

BRIEF_TEXT_KEYS = ("audience", "paper", "title", "date")
EVENT_KINDS = get_args(EventKind)
_YEAR = re.compile(r"(\d{4})(?!\d)")


def load_brief_json(path: Path) -> tuple[Extraction, dict]:
    """The extraction in ``path`` and, for a brief.json, its ``brief`` block (else {}): the
    audience, paper, title and date the brief was made with, so ``render`` can make it again.
    The JSON holds no anatomy (it follows from each document's text and title), so the
    documents are read again here: a brief rendered from the JSON is the one built from the
    articles."""
    extraction, brief, _ = load_brief_bundle(path)
    return extraction, brief


def load_brief_bundle(path: Path) -> tuple[Extraction, dict, Manifest | None]:
    """As ``load_brief_json``, and the ``manifest`` of a brief.json (None when it has none),
    checked like the rest: its types, that its sources and spans name the file's documents
    and lie inside their texts, that its hashes are SHA-256 hex digests."""
    where = str(path)
    data = _json_object(path)
    extraction = extraction_from(data, where)
    brief = _brief_block(data.get("brief"), where)
    manifest = None
    if data.get("manifest") is not None:
        manifest = manifest_from(data["manifest"], extraction, where)
    return extraction, brief, manifest


def manifest_from(data: Any, extraction: Extraction, where: str) -> Manifest:
    """The ``manifest`` block as a checked record, or one InputError naming the field."""
    from pydantic import ValidationError

    if not isinstance(data, dict) or data.get("schema") != MANIFEST_SCHEMA:
        found = data.get("schema") if isinstance(data, dict) else data
        raise InputError(f"{where}: manifest.schema is {found!r}, expected {MANIFEST_SCHEMA!r}")
    try:
        text = json.dumps(data, ensure_ascii=False, allow_nan=False)
    except ValueError:
        raise InputError(f"{where}: holds NaN or Infinity, which is no JSON number") from None
    try:
        manifest = _manifest_adapter().validate_json(text, strict=True)
    except ValidationError as exc:
        raise InputError(f"{where}: manifest.{_first_error(exc)}") from None
    problem = next(_manifest_problems(manifest, extraction), None)
    if problem:
        raise InputError(f"{where}: manifest.{problem}")
    return manifest


@cache
def _manifest_adapter():  # type: ignore[no-untyped-def]
    from pydantic import TypeAdapter

    return TypeAdapter(Manifest)


_SHA256 = re.compile(r"[0-9a-f]{64}")


def _manifest_problems(manifest: Manifest, extraction: Extraction) -> Iterator[str]:
    texts = {d.id: d.text for d in extraction.documents}
    if not manifest.version.strip():
        yield "version is empty"
    listed = [s.doc for s in manifest.sources]
    if sorted(listed) != sorted(texts):
        yield (
            f"sources list documents {', '.join(listed) or 'none'}; the file has "
            f"{', '.join(texts)} (each document once)"
        )
    for n, source in enumerate(manifest.sources):
        for name in ("text_sha256", "file_sha256"):
            value = getattr(source, name)
            if value is not None and not _SHA256.fullmatch(value):
                yield f"sources[{n}].{name} {value!r} is not a SHA-256 hex digest"
    if manifest.options.date is not None:
        yield from _day("options.date", manifest.options.date)
    if manifest.options.since is not None:
        yield from _day("options.since", manifest.options.since)
    if manifest.options.limit is not None and manifest.options.limit < 1:
        yield f"options.limit {manifest.options.limit} is not 1 or more"
    for n, item in enumerate(manifest.items):
        for k, span in enumerate(item.spans):
            yield from _span(f"items[{n}].spans[{k}]", span.doc, span.start, span.end, texts)


def extraction_from(data: dict[str, Any], where: str) -> Extraction:
    """``data`` (a parsed extraction JSON) as checked records with their anatomy read."""
    if data.get("schema") != SCHEMA:
        raise InputError(
            f"{where}: not a briefing extraction (schema {data.get('schema')!r}, "
            f"expected {SCHEMA!r})"
        )
    extraction = _typed(data, where)
    problem = next(_problems(extraction), None)
    if problem:
        raise InputError(f"{where}: {problem}")
    return replace(extraction, documents=tuple(map(with_anatomy, extraction.documents)))


def _json_object(path: Path) -> dict[str, Any]:
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, not a JSON file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text; an extraction JSON is UTF-8") from None
    try:
        data = parse_json(text)
    except JSONProblem as exc:
        raise InputError(f"{path}: not a readable JSON file ({exc})") from None
    if not isinstance(data, dict):
        raise InputError(f"{path}: not a briefing extraction (not a JSON object)")
    return data


# ---------------------------------------------------------------- types


@cache
def _adapter():  # type: ignore[no-untyped-def]
    """Built once: compiling the schema of the records takes a tenth of a second."""
    from pydantic import TypeAdapter

    return TypeAdapter(Extraction)


def _typed(data: dict[str, Any], where: str) -> Extraction:
    """The records, each field of the type briefing.model declares, or one InputError."""
    from pydantic import ValidationError

    if "documents" in data:
        data = {**data, "documents": _without_anatomy(data["documents"])}
    try:
        # Through JSON text, because strict mode takes a JSON array for a tuple only there.
        text = json.dumps(data, ensure_ascii=False, allow_nan=False)
    except ValueError:
        raise InputError(f"{where}: holds NaN or Infinity, which is no JSON number") from None
    try:
        return _adapter().validate_json(text, strict=True)
    except ValidationError as exc:
        raise InputError(f"{where}: {_first_error(exc)}") from None


def _without_anatomy(documents: Any) -> Any:
    """Anatomy is derived, never read from the file (as ``Extraction.from_dict`` ignores it)."""
    if not isinstance(documents, list):
        return documents
    return [
        {k: v for k, v in d.items() if k != "anatomy"} if isinstance(d, dict) else d
        for d in documents
    ]


def _first_error(exc: Any) -> str:
    error = exc.errors(include_url=False)[0]
    field = _field_name(error["loc"])
    if error["type"] == "missing":
        return f"{field} is missing"
    message = error["msg"][0].lower() + error["msg"][1:]
    found = error.get("input")
    shown = repr(found) if len(repr(found)) <= 40 else repr(found)[:37] + "..."
    return f"{field}: {message}, not {shown}"


def _field_name(loc: Iterable[Any]) -> str:
    """('quotes', 3, 'start') -> 'quotes[3].start'."""
    name = ""
    for part in loc:
        name += f"[{part}]" if isinstance(part, int) else f".{part}" if name else str(part)
    return name or "the top level"


# ---------------------------------------------------------------- meaning


def _problems(extraction: Extraction) -> Iterator[str]:
    """What the types allow but the brief cannot use, each as '<field> ...'."""
    texts = {d.id: d.text for d in extraction.documents}
    actors = {a.id for a in extraction.actors}
    if not extraction.documents:
        yield "documents is empty; an extraction has at least one document"
    for kind, records in (
        ("documents", extraction.documents),
        ("actors", extraction.actors),
        ("quotes", extraction.quotes),
        ("events", extraction.events),
        ("questions", extraction.questions),
    ):
        yield from _unique_ids(kind, [r.id for r in records])
    for n, document in enumerate(extraction.documents):
        yield from _documents(f"documents[{n}]", document)
    for n, actor in enumerate(extraction.actors):
        if not actor.name.strip():
            yield f"actors[{n}].name is empty"
        yield from _finite(f"actors[{n}].salience", actor.salience)
        yield from _spans(f"actors[{n}].mentions", actor.mentions, texts)
    for n, quote in enumerate(extraction.quotes):
        yield from _quote(f"quotes[{n}]", quote, texts, actors)
    for n, time in enumerate(extraction.times):
        yield from _span(f"times[{n}]", time.doc, time.start, time.end, texts)
    for n, event in enumerate(extraction.events):
        yield from _event(f"events[{n}]", event, texts, actors)
    for n, question in enumerate(extraction.questions):
        yield from _finite(f"questions[{n}].score", question.score)
        yield from _references(f"questions[{n}].speakers", question.speakers, actors)
        yield from _spans(f"questions[{n}].evidence", question.evidence, texts)


def _unique_ids(kind: str, ids: list[str]) -> Iterator[str]:
    seen: set[str] = set()
    for n, identifier in enumerate(ids):
        if not identifier.strip():
            yield f"{kind}[{n}].id is empty"
        if identifier in seen:
            yield f"{kind}[{n}].id {identifier!r} is used twice"
        seen.add(identifier)


def _documents(field: str, document: Any) -> Iterator[str]:
    if not document.text.strip():
        yield f"{field}.text is empty"
    if document.published is not None:
        yield from _day(f"{field}.published", document.published)


def _day(field: str, value: str) -> Iterator[str]:
    try:
        day = dt.date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        day = None
    if day is None:
        yield f"{field} {value!r} is not a date YYYY-MM-DD"
    elif not plausible_date(day):
        yield f"{field} {value!r} is no publication date (give one {PLAUSIBLE_YEARS})"


def _quote(field: str, quote: Any, texts: dict[str, str], actors: set[str]) -> Iterator[str]:
    yield from _span(field, quote.doc, quote.start, quote.end, texts)
    if quote.speaker is not None:
        yield from _references(f"{field}.speaker", (quote.speaker,), actors)
    for name in ("speaker", "speaker_name"):
        start, end = getattr(quote, f"{name}_start"), getattr(quote, f"{name}_end")
        if start is None and end is None:
            continue
        if start is None or end is None:
            yield f"{field}.{name}_start and {name}_end must both be given, or both null"
        else:
            yield from _span(f"{field}.{name}_start", quote.doc, start, end, texts)


def _event(field: str, event: Any, texts: dict[str, str], actors: set[str]) -> Iterator[str]:
    if event.kind not in EVENT_KINDS:
        yield f"{field}.kind {event.kind!r} is not one of {', '.join(EVENT_KINDS)}"
    if event.date is not None:
        yield from _timeml_date(f"{field}.date", event.date)
    yield from _references(f"{field}.participants", event.participants, actors)
    yield from _spans(f"{field}.evidence", event.evidence, texts)


def _timeml_date(field: str, value: str) -> Iterator[str]:
    """A date the brief sorts and prints: its year in range, its month, day or week real.
    Words ('after the summer') are left as the person wrote them."""
    year = _YEAR.match(value)
    if not year:
        return
    if not plausible_date(dt.date(max(int(year.group(1)), 1), 1, 1)):
        yield f"{field} {value!r}: give a year {PLAUSIBLE_YEARS}"
        return
    week = re.fullmatch(r"(\d{4})-W(\d\d)(?:-WE)?", value)
    try:
        if week:
            dt.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 7)
        elif re.fullmatch(r"\d{4}-\d\d", value):
            dt.date.fromisoformat(value + "-01")
        elif re.match(r"\d{4}-\d\d-\d\d", value):
            dt.date.fromisoformat(value[:10])
    except ValueError:
        yield f"{field} {value!r} is no date (YYYY-MM-DD, YYYY-MM, YYYY-Www or YYYY)"


def _references(field: str, ids: Iterable[str], actors: set[str]) -> Iterator[str]:
    for identifier in ids:
        if identifier not in actors:
            yield f"{field} names actor {identifier!r}, which is not among the actors"


def _finite(field: str, value: float) -> Iterator[str]:
    if not math.isfinite(value):
        yield f"{field} is not a finite number"


def _spans(field: str, spans: Iterable[Evidence], texts: dict[str, str]) -> Iterator[str]:
    for n, span in enumerate(spans):
        yield from _span(f"{field}[{n}]", span.doc, span.start, span.end, texts)


def _span(field: str, doc: str, start: int, end: int, texts: dict[str, str]) -> Iterator[str]:
    if doc not in texts:
        yield f"{field}.doc {doc!r} is not among the documents"
    elif not 0 <= start <= end <= len(texts[doc]):
        yield (
            f"{field}: offsets {start}..{end} lie outside document {doc!r} "
            f"(0..{len(texts[doc])}), or end before they start"
        )


# ---------------------------------------------------------------- brief.json's brief block


def _brief_block(brief: Any, where: str) -> dict:
    if not isinstance(brief, dict):
        return {}
    for key in BRIEF_TEXT_KEYS:
        if brief.get(key) is not None and not isinstance(brief[key], str):
            raise InputError(f"{where}: brief.{key} is not text ({brief[key]!r})")
    if brief.get("date") is not None:
        problem = next(_day("brief.date", brief["date"]), None)
        if problem:
            raise InputError(f"{where}: {problem}")
    return brief
