"""The whole flow in one place: read -> analyse -> assemble -> select -> fit -> render -> write.

``build_brief`` is the library entry point the CLI calls; it prints nothing and returns what
it wrote, so it can be used from Python as well. This is where the audience is resolved: its
profile is loaded once, in ``render_files``, and handed to select and to every renderer. It is
also where the one-page PDF is fitted: ``fit_pdf`` asks the page budget (select/budget.py)
which candidate to try and the PDF renderer (render/pdf.py) whether it fits.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.errors import RenderError, SettingsError
from briefing.model import Extraction, to_plain
from briefing.read import ReadOptions, read_documents
from briefing.settings import LAID_OUT_FORMATS, PAPERS, BuildSettings

if TYPE_CHECKING:
    from briefing.brief import BriefContext
    from briefing.render.page_flow import PageFlow
    from briefing.render.pdf import PrintLayout
    from briefing.settings.audience import Audience

Progress = Callable[[str], None]
Advance = Callable[[int, int], None]


def _quiet(message: str) -> None:
    """Default progress sink: say nothing."""


def _no_bar(done: int, total: int) -> None:
    """Default progress bar: none."""


def extract(
    paths: Sequence[str],
    *,
    reference_date: dt.date | None = None,
    model: str | None = None,
    progress: Progress = _quiet,
    read: ReadOptions | None = None,
    skipped: Progress = _quiet,
    notes: Progress = _quiet,
    jobs: int = 1,
    advance: Advance = _no_bar,
) -> Extraction:
    """Read and analyse the articles and assemble them into one model.

    ``jobs`` worker processes at most analyse the articles (see extract/jobs.py: a small
    batch stays in this process); the result is the same whatever the number. ``advance``
    hears (articles analysed, articles) after each article, for a progress bar.

    ``skipped`` hears of every input left out (with ``read.keep_going``, or an unsupported
    file in a folder), one line each, so the caller can list them at the end. ``notes`` hears
    of articles with no date to resolve 'on Monday' against: their brief says "date not
    given" where the reader expects a date, and the user can fix that with ``--date``.
    """
    from briefing.assemble import assemble
    from briefing.extract.jobs import analyse_all

    documents = read_documents(paths, options=read, warn=skipped)
    if reference_date is None:
        for document in documents:
            if not document.published:
                notes(
                    f"{document.path}: no publication date (front matter, page metadata or "
                    "dateline); relative dates stay unresolved: give --date YYYY-MM-DD"
                )
    loaded: list[str] = []

    def pipeline_loaded(name: str) -> None:
        loaded.append(name)
        progress(f"pipeline: {name}")

    findings = []
    found = analyse_all(documents, model, reference_date, jobs, pipeline_loaded)
    for number, finding in enumerate(found, start=1):
        progress(f"analysed {number}/{len(documents)}: {finding.document.path}")
        findings.append(finding)
        advance(number, len(documents))
    return assemble(findings, loaded[0])


def render_files(
    extraction: Extraction,
    settings: BuildSettings,
    progress: Progress = _quiet,
    inputs: Sequence[str] | None = None,
) -> dict[str, bytes]:
    """Render every requested format in memory: file name -> bytes. ``inputs`` are the
    articles as given, for brief.json's manifest (without them, the documents' files)."""
    from briefing.render.html import render_html
    from briefing.render.markdown import render_markdown
    from briefing.render.templates import search_path
    from briefing.select import BriefOptions, select_for_brief
    from briefing.settings.audience import load_audience

    if settings.paper not in PAPERS:
        raise SettingsError(f"unknown paper {settings.paper!r}; choose a4 or letter")
    audience = load_audience(settings.audience)
    progress(f"audience: {audience.name} ({audience.source})")
    folder = settings.template_dir
    progress(f"template search path: {', '.join(map(str, search_path(folder, audience.folder)))}")
    date = settings.reference_date.isoformat() if settings.reference_date else None
    options = BriefOptions(
        title=settings.title, paper=settings.paper, date=date, house=settings.house
    )
    context = select_for_brief(extraction, audience, options)
    pdf, fitted = b"", None
    # One fitted PDF serves the PDF, the e-mail, and brief.json's record of the page budget.
    if LAID_OUT_FORMATS & set(settings.formats):
        progress("rendering pdf")
        pdf, fitted = fit_pdf(context, audience, folder)
    files: dict[str, bytes] = {}
    for fmt in settings.formats:
        if fmt != "pdf":
            progress(f"rendering {fmt}")
        if fmt == "md":
            files["brief.md"] = render_markdown(context, folder, audience=audience).encode()
        elif fmt == "html":
            files["brief.html"] = render_html(context, folder, audience=audience).encode()
        elif fmt == "pdf":
            files["brief.pdf"] = pdf
        elif fmt == "eml":
            from briefing.render.email import build_message, message_bytes

            message = build_message(context, pdf, folder, audience=audience, sender=settings.sender)
            files["brief.eml"] = message_bytes(message)
        elif fmt == "docx":
            from briefing.render.docx import render_docx

            template = settings.docx_template or audience.docx_template
            files["brief.docx"] = render_docx(context, template)
        elif fmt == "json":
            from briefing.select.manifest import make_manifest
            from briefing.select.record import brief_record, held_back_for_confidence

            record = brief_record(
                context,
                audience=settings.audience,
                date=date,
                held=held_back_for_confidence(extraction),
                fitted=fitted,
            )
            manifest = make_manifest(context, extraction, settings, inputs).to_dict()
            files["brief.json"] = extraction_json(extraction, brief=record, manifest=manifest)
            files["brief.json"] = files["brief.json"].encode()
    return files


def fit_pdf(
    context: BriefContext, audience: Audience, template_dir: Path | None = None
) -> tuple[bytes, BriefContext]:
    """PDF bytes of a one-page brief, and the context that fitted (with ``omitted`` set).

    The page budget orders what may go and picks each number of drops to try; every
    candidate is rendered once and its pages counted, until the smallest number that fits.
    A candidate that differs from the full brief only in its list of sources (the first
    drops, see budget.below_columns) is tried with the full brief's columns as one block of
    their measured height: the same page, without balancing the two columns again, which
    cost WeasyPrint two to three times a plain layout. That stand-in is checked once against
    the full brief's real layout, and the brief that is printed is always laid out for real.
    Before any of that, the full brief's boxes give a lower bound of each candidate's page
    (render/page_flow.py): the candidates it shows to overflow are skipped, not laid out.
    So is a candidate that a fitting one laid out shows to overflow with the items between
    them put back (their boxes from the full brief's layout): usually the neighbour just
    below the answer, which the search would otherwise lay out only to see it spill; and,
    when the estimate puts the answer beyond the sources-only candidates, the largest of
    them, so that their stand-ins are not laid out either.
    """
    from briefing.render.html import render_html
    from briefing.render.pdf import lay_out_with_columns_as, shared_fonts
    from briefing.select.budget import (
        SHOWN,
        DropSearch,
        below_columns,
        drop_order,
        first_guess,
    )

    order = drop_order(context, audience.keep)
    fonts = shared_fonts()
    tried = _Candidates(
        context, order, lambda chosen: _print_layout(chosen, audience, template_dir, fonts)
    )
    candidate, attempt = tried.candidate, tried.attempt

    layout, _ = attempt(0)
    if layout.pages <= 1:
        return layout.pdf(), context
    height, cheap = layout.columns_height(), below_columns(order)
    # Candidates the full layout's own boxes show to overflow are never laid out; when they
    # include every one that drops only sources, neither are the stand-ins below.
    shown = {s: len(getattr(context, s)) for s in SHOWN}
    proven, likely = layout.drop_counts(order, shown)
    proven = min(proven, len(order) - 1)
    if proven >= cheap:
        cheap = 0

    def stand_in(count: int) -> PrintLayout | None:
        html = render_html(candidate(count), template_dir, audience=audience, for_print=True)
        return lay_out_with_columns_as(html, height, fonts) if height is not None else None

    def fits(count: int) -> bool:
        if count <= cheap and count not in tried:
            return stand_in(count).pages <= 1
        if count not in tried and tried.spills(count):
            return False
        return attempt(count)[0].pages <= 1

    spilled, overflow = layout.items_beyond_first_page(), layout.overflow_share()
    guess = likely or first_guess(context, order, spilled, overflow)

    def smallest(low: int, high: int) -> int:
        """The smallest count in low+1..high that fits, searched from the guess."""
        ahead = partial(_from, tried.ahead, low)
        search = DropSearch(min(max(1, guess - low), high - low), high - low, ahead)
        while search.candidate is not None:
            search.tell(fits(low + search.candidate))
        return low + search.smallest

    if cheap and likely is not None and likely > cheap:
        # The estimate puts the answer beyond the sources: search there first, as the search
        # below would once the sources-only candidate spilled. The answer's layout, with the
        # items between them put back, usually proves that candidate spills without the two
        # stand-in layouts; when it does not, the search below checks it as before, reusing
        # every layout made here.
        answer = smallest(cheap, len(order))
        if attempt(answer)[0].pages <= 1 and cheap not in tried and tried.spills(cheap):
            return attempt(answer)[0].pdf(), attempt(answer)[1]
    if cheap:
        check = stand_in(0)
        if check is None or check.geometry() != layout.geometry():
            cheap = 0  # a template whose columns the stand-in does not reproduce
    while True:
        # The sources first: when dropping them all does not make the page fit, the answer
        # lies beyond them and is searched there; when it does, it is searched among them.
        low, high = proven, len(order)
        if cheap:
            if fits(cheap):
                high = cheap
            else:
                low = cheap
        layout, fitted = attempt(smallest(low, high))
        if layout.pages <= 1 or not cheap:
            break
        cheap = 0  # the stand-in misjudged this brief: search again with real layouts only
    if layout.pages > 1:
        raise RenderError("the brief does not fit one page even with one item per section")
    return layout.pdf(), fitted


def _from(ahead: Callable[[int], int | None], low: int, count: int) -> int | None:
    """``ahead`` for a search whose counts start at ``low``."""
    estimate = ahead(low + count)
    return None if estimate is None else estimate - low


class _Candidates:
    """The candidates of one fit, the brief less the first ``count`` drops of ``order``:
    each laid out once at most, and what those layouts' boxes show about the others (see
    render/page_flow.py), read against the layout of the full brief (count 0)."""

    def __init__(
        self,
        context: BriefContext,
        order: list[tuple[str, int]],
        lay_out: Callable[[BriefContext], PrintLayout],
    ) -> None:
        self.context, self.order, self._lay_out = context, order, lay_out
        self._tried: dict[int, tuple[PrintLayout, BriefContext]] = {}
        self._flows: dict[int, PageFlow | None] = {}

    def __contains__(self, count: int) -> bool:
        return count in self._tried

    def candidate(self, count: int) -> BriefContext:
        from briefing.select.budget import without

        return without(self.context, self.order[:count]) if count else self.context

    def attempt(self, count: int) -> tuple[PrintLayout, BriefContext]:
        """The candidate's layout (made now, or the one made before) and the candidate."""
        if count not in self._tried:
            chosen = self.candidate(count)
            self._tried[count] = (self._lay_out(chosen), chosen)
        return self._tried[count]

    def flow(self, count: int) -> PageFlow | None:
        """The page flow of a candidate laid out (None where it cannot be read)."""
        from briefing.select.budget import SHOWN

        if count not in self._flows:
            laid_out, chosen = self._tried[count]
            self._flows[count] = laid_out.flow({s: len(getattr(chosen, s)) for s in SHOWN})
        return self._flows[count]

    def spills(self, count: int) -> bool:
        """Whether the nearest candidate above ``count`` laid out that fits shows that
        ``count`` overflows, the items between them put back (their boxes from the full
        brief's layout)."""
        fitting = [c for c, (laid, _) in self._tried.items() if c > count and laid.pages <= 1]
        if not fitting or self.flow(0) is None or self.flow(above := min(fitting)) is None:
            return False
        put_back, counts = self.order[count:above], _counts(self.candidate(count))
        return self.flow(above).cannot_fit_restored(
            self.flow(0), self.order[:above], put_back, counts
        )

    def ahead(self, count: int) -> int | None:
        """The count to try after ``count`` did not fit: the first above it that the boxes
        of its own layout (which has the candidates' footer, as the full brief's has not)
        estimate to fit. None when it was not laid out (a stand-in or a bound said so) or
        cannot be read."""
        if count not in self._tried or self.flow(0) is None or self.flow(count) is None:
            return None
        named = self.flow(count).named(self.flow(0), self.order[:count])
        if named is None:
            return None
        more = count + 1
        while more < len(self.order) and not named.may_fit(self.order[:more]):
            more += 1
        return more


def _counts(context: BriefContext) -> dict[str, int]:
    """The counts of a brief that a template's data-varies marks may name (``omitted``,
    ``sources_omitted``): what render/page_flow.py needs to know of a candidate not laid
    out."""
    values = {f.name: getattr(context, f.name) for f in dataclasses.fields(context)}
    return {name: value for name, value in values.items() if type(value) is int}


def _print_layout(
    context: BriefContext, audience: Audience, template_dir: Path | None, fonts: object = None
) -> PrintLayout:
    """The print HTML of ``context`` laid out on pages (``fonts``: see pdf.shared_fonts)."""
    from briefing.render.html import render_html
    from briefing.render.pdf import lay_out

    html = render_html(context, template_dir, audience=audience, for_print=True)
    return lay_out(html, fonts)


def extraction_json(
    extraction: Extraction, brief: dict | None = None, manifest: dict | None = None
) -> str:
    """The JSON contract of ``briefing extract``, UTF-8, human-readable; brief.json adds the
    ``brief`` block (what each section shows and holds back, see select/record.py) and the
    ``manifest`` (how it was made and from what, see select/manifest.py)."""
    data = extraction.to_dict()
    if brief is not None:
        data["brief"] = brief
    if manifest is not None:
        data["manifest"] = manifest
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


COMPACT_OVER = 100  # articles: above this, `extract` writes compact JSON unless told otherwise


def compact_by_default(extraction: Extraction) -> bool:
    """Whether ``briefing extract`` writes this extraction compact when not told: a batch of
    more than COMPACT_OVER articles is for programs, and indenting it triples its size and
    the time to write it; a handful stays indented for the person who edits it."""
    return len(extraction.documents) > COMPACT_OVER


def extraction_json_chunks(extraction: Extraction, compact: bool = False) -> Iterator[str]:
    """The JSON of ``briefing extract`` in pieces, to be written as they come: compact, one
    record at a time, so a batch of thousands of articles is never held whole as a string
    (the same JSON as ``json.dumps(extraction.to_dict(), separators=(",", ":"))``). Not
    compact, it is ``extraction_json`` in one piece."""
    if not compact:
        yield extraction_json(extraction)
        return
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    yield '{"schema":' + dumps(extraction.schema)
    for field in dataclasses.fields(extraction):
        if field.name == "schema" or not field.metadata.get("json", True):
            continue
        value = getattr(extraction, field.name)
        yield f",{dumps(field.name)}:"
        if isinstance(value, tuple):
            yield "["
            for number, record in enumerate(value):
                yield ("," if number else "") + dumps(to_plain(record))
            yield "]"
        else:
            yield dumps(to_plain(value))
    yield "}\n"


def build_brief(
    paths: Sequence[str],
    settings: BuildSettings,
    progress: Progress = _quiet,
    skipped: Progress = _quiet,
    notes: Progress = _quiet,
    advance: Advance = _no_bar,
) -> list[Path]:
    """Articles in, brief files out. Nothing is written unless every format rendered."""
    from briefing.render.write import write_outputs

    extraction = extract(
        paths,
        reference_date=settings.reference_date,
        model=settings.model,
        progress=progress,
        read=settings.read,
        skipped=skipped,
        notes=notes,
        jobs=settings.jobs,
        advance=advance,
    )
    files = render_files(extraction, settings, progress, inputs=paths)
    return write_outputs(settings.out_dir, files)


def load_extraction(path: Path) -> Extraction:
    """Read a JSON file written by ``briefing extract`` (possibly edited by a person)."""
    return load_brief_json(path)[0]


def load_brief_json(path: Path) -> tuple[Extraction, dict]:
    """An extraction JSON and, for a brief.json, its ``brief`` block (else {}), every field
    checked in one place (briefing/read/extraction.py): a hand-edited file with a wrong type,
    an offset outside its text or an unknown actor is one line naming the field."""
    from briefing.read.extraction import load_brief_json as load

    return load(path)
