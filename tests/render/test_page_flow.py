"""What one overflowing layout proves about the briefs made from it by dropping items: a lower
bound of each candidate's page (never above what a real layout gives), an estimate to try
first, and a fit loop that lays out fewer candidates and prints the same brief."""

from __future__ import annotations

from dataclasses import replace

from briefing.build import fit_pdf
from briefing.render import pdf
from briefing.render.page_flow import page_flow
from tests.helpers import many
from tests.render.test_render import ANALYST, context_of

PAGE = """<!DOCTYPE html><html><head><style>
@page {{ size: 120mm 95mm; margin: 8mm; }}
body {{ margin: 0; font: 9pt "DejaVu Sans", sans-serif; line-height: 1.3; }}
h1 {{ font-size: 12pt; margin: 0 0 4pt; }}
.columns {{ column-count: 2; column-gap: 10pt; }}
h2 {{ font-size: 9pt; margin: 5pt 0 2pt; break-after: avoid; }}
.item {{ margin: 0 0 4pt; break-inside: avoid; }}
footer {{ margin-top: 6pt; }}
</style></head><body>
<h1>Ferry levy talks</h1>
<div class="columns"><section><h2>Who</h2>{actors}</section>
<section><h2>Next</h2>{events}</section></div>
<footer><p>Sources: the harbour office notices of March.</p></footer>
</body></html>"""

ACTOR = "Harbour Master Number{0} said the ferry levy would rise by {0} per cent in spring."
EVENT = "The council votes on levy plan {0} at the pier hall." + " It may be put off." * 2


def _page(drops: set[tuple[str, int]]) -> str:
    """Eight actors and five events, less the dropped ones."""
    actors = "".join(
        f'<div class="item" data-item="actors">{ACTOR.format(i)}</div>'
        for i in range(8)
        if ("actors", i) not in drops
    )
    events = "".join(
        f'<p class="item" data-item="events">{EVENT.format(i)}</p>'
        for i in range(5)
        if ("events", i) not in drops
    )
    return PAGE.format(actors=actors, events=events)


# Lowest first, as the page budget orders them: the last of each section in turn.
ORDER = [("actors", 7), ("events", 4), ("actors", 6), ("events", 3), ("actors", 5)]
ORDER += [("events", 2), ("actors", 4), ("actors", 3), ("events", 1), ("actors", 2)]


def test_a_candidate_the_bound_rules_out_overflows_when_laid_out():
    full = pdf.lay_out(_page(set()))
    assert full.pages > 1
    flow = page_flow(full.document.pages, {"actors": 8, "events": 5})
    assert flow is not None and flow.column_count == 2
    pages = [pdf.lay_out(_page(set(ORDER[:count]))).pages for count in range(len(ORDER) + 1)]
    ruled_out = [flow.cannot_fit(ORDER[:count]) for count in range(len(ORDER) + 1)]
    fitting = pages.index(1)
    assert ruled_out[0] and ruled_out[1]  # the bound proves something here ...
    assert not any(ruled_out[fitting:])  # ... and never rules out a page that fits
    assert all(pages[count] > 1 for count, out in enumerate(ruled_out) if out)
    proven, likely = full.drop_counts(ORDER, {"actors": 8, "events": 5})
    assert 1 <= proven < fitting and likely is not None and proven < likely


def _brief(drops: set[tuple[str, int]]) -> str:
    """The page above with actors of one to three lines, and the footer a brief has once
    items are dropped: a line counting them, marked as one whose text changes."""
    actors = "".join(
        f'<div class="item" data-item="actors">{ACTOR.format(i)}{" Ferries run late." * (i % 3)}'
        "</div>"
        for i in range(8)
        if ("actors", i) not in drops
    )
    events = "".join(
        f'<p class="item" data-item="events">{EVENT.format(i)}</p>'
        for i in range(5)
        if ("events", i) not in drops
    )
    note = f'<p data-varies="omitted">{len(drops)} more items in the full brief.</p>'
    html = PAGE.format(actors=actors, events=events)
    return html.replace("<footer>", "<footer>" + (note if drops else ""))


def _shown(drops: list[tuple[str, int]]) -> dict[str, int]:
    return {s: n - sum(1 for d, _ in drops if d == s) for s, n in (("actors", 8), ("events", 5))}


def test_a_fitting_layout_proves_its_neighbour_below_overflows_and_never_wrongly():
    """The layout of a candidate that fits, with the items of a smaller candidate put back
    (their boxes from the full brief), bounds that candidate's page from below: each one
    it rules out overflows when laid out, and here it rules out the answer's neighbour."""
    full = pdf.lay_out(_brief(set())).flow(_shown([]))
    layouts = {c: pdf.lay_out(_brief(set(ORDER[:c]))) for c in range(len(ORDER) + 1)}
    answer = min(c for c, layout in layouts.items() if layout.pages == 1)
    ruled_out = []
    for count, layout in layouts.items():
        if layout.pages > 1:
            continue
        flow = layout.flow(_shown(ORDER[:count]))
        for fewer in range(1, count):
            put_back, counts = ORDER[fewer:count], {"omitted": fewer}
            if flow.cannot_fit_restored(full, ORDER[:count], put_back, counts):
                ruled_out.append(fewer)
                assert layouts[fewer].pages > 1
    assert answer - 1 in ruled_out


def test_a_marked_line_counts_only_while_its_count_stays_above_nought():
    """The line that says how many items went is in the answer's footer; in a candidate
    with none dropped it is gone, and the bound must not count it (nor the gap above it)."""
    drops = ORDER[:7]
    fitting = pdf.lay_out(_brief(set(drops))).flow(_shown(drops))
    full = pdf.lay_out(_brief(set())).flow(_shown([]))
    shown = fitting.restored_reach(full, drops, drops[6:], {"omitted": 6})
    gone = fitting.restored_reach(full, drops, drops[6:], {"omitted": 0})
    unknown = fitting.restored_reach(full, drops, drops[6:], {})
    line = 9 * 1.3 * 4 / 3  # one line of the 9pt text at line-height 1.3, in px
    assert shown is not None and gone is not None and shown - gone > line - 0.5
    assert unknown == gone


def test_a_marked_line_above_the_columns_gives_no_bound_from_a_fitting_layout():
    drops = ORDER[:7]
    html = _brief(set(drops)).replace("<h1>", '<h1 data-varies="omitted">')
    fitting = pdf.lay_out(html).flow(_shown(drops))
    full = pdf.lay_out(_brief(set())).flow(_shown([]))
    assert fitting.restored_reach(full, drops, drops[6:], {"omitted": 6}) is None


def test_a_heading_stays_with_what_follows_and_orphans_and_widows_hold_their_lines():
    """WeasyPrint balances columns below other content keeping `break-after: avoid` (the
    headings, in its own styles and ours) and orphans and widows (2 each): no break after
    a heading, nor after a paragraph's first line or before its last. The bound keeps those
    rules (a paragraph the layout split between columns is left free), and stays below
    what the layout reaches."""
    sentence = "The levy vote was put off again until the spring tides. "
    html = PAGE.format(actors=f"<p>{sentence * 6}</p>", events=f"<p>{sentence * 3}</p>")
    layout = pdf.lay_out(html)
    flow = layout.flow({})
    assert layout.pages == 1 and flow.strict
    split = [p.glued for p in flow.columns[1:] if p.fragment == flow.columns[0].fragment]
    assert flow.columns[0].glued and not any(split)  # "Who", then a paragraph split in two
    second = [p for p in flow.columns if p.fragment != flow.columns[0].fragment]
    gaps = [n for n, p in enumerate(second) if n and p.top - second[n - 1].bottom > 5]
    heading, *lines = second[gaps[-2] :]  # "Next", then its paragraph, whole in this column
    assert heading.glued and len(lines) >= 5
    assert [p.glued for p in lines] == [True, *[False] * (len(lines) - 3), True, False]
    free = replace(flow, columns=tuple(replace(p, glued=False) for p in flow.columns))
    assert free.reach([], least=True) <= flow.reach([], least=True) <= _needs(layout)


def _needs(layout: pdf.PrintLayout) -> float:
    """How far down page one the layout's content reaches (its footer on page one)."""
    return pdf._bottom(layout.document.pages[0]._page_box)


def test_items_the_template_lists_otherwise_give_no_bound():
    full = pdf.lay_out(_page(set()))
    assert page_flow(full.document.pages, {"actors": 9, "events": 5}) is None
    assert full.drop_counts(ORDER, {"actors": 9, "events": 5}) == (0, None)


def _counting_layouts(monkeypatch) -> list[str]:
    """Every print layout the fit makes from now on, by its HTML, in order."""
    lay_out, layouts = pdf.lay_out, []

    def counted(html: str, fonts: object = None) -> pdf.PrintLayout:
        layouts.append(html)
        return lay_out(html, fonts)

    monkeypatch.setattr(pdf, "lay_out", counted)
    return layouts


def test_the_fit_lays_out_fewer_candidates_and_prints_the_same_brief(extraction, monkeypatch):
    context = context_of(many(extraction, 8))
    layouts = _counting_layouts(monkeypatch)
    data, fitted = fit_pdf(context, ANALYST)
    with_bounds = len(layouts)
    monkeypatch.setattr(pdf.PrintLayout, "drop_counts", lambda self, order, shown: (0, None))
    layouts.clear()
    data_without, fitted_without = fit_pdf(context, ANALYST)
    assert fitted == fitted_without and fitted.omitted > 0
    assert with_bounds < len(layouts)
    import io

    from pypdf import PdfReader

    texts = [
        [p.extract_text() for p in PdfReader(io.BytesIO(d)).pages] for d in (data, data_without)
    ]
    assert texts[0] == texts[1] and len(texts[0]) == 1


SENTENCE = "We will not accept a levy that leaves the smaller harbours to pay for the larger ones."


def _varied(extraction, count: int, step: int = 2, lengths: int = 5):
    """``many``'s brief with statements of one to ``lengths`` sentences and events with
    titles of three lengths, ``step`` mixing them: a brief whose items differ in height."""
    base = many(extraction, count)
    return replace(
        base,
        quotes=tuple(
            replace(quote, text=" ".join([SENTENCE] * (1 + step * i % lengths)))
            for i, quote in enumerate(base.quotes)
        ),
        events=tuple(
            replace(event, title=event.title + " at the pier" * (step * i % 3))
            for i, event in enumerate(base.events)
        ),
    )


def test_the_answers_neighbour_is_not_laid_out_when_the_answer_shows_it_spills(
    extraction, monkeypatch
):
    """The answer fits; the candidate with one item more, the search's last question, is
    shown to overflow by the answer's own layout, so it is never laid out. The brief
    printed is the one a search laying that candidate out finds."""
    from briefing.render.page_flow import PageFlow

    context = context_of(_varied(extraction, 8), paper="letter")
    layouts = _counting_layouts(monkeypatch)
    data, fitted = fit_pdf(context, ANALYST)
    assert len(layouts) == 2 and fitted.omitted > 0  # the full brief and the answer
    monkeypatch.setattr(PageFlow, "cannot_fit_restored", lambda *args: False)
    layouts.clear()
    data_laid_out, fitted_laid_out = fit_pdf(context, ANALYST)
    assert len(layouts) == 3 and fitted_laid_out == fitted
    assert _texts(data) == _texts(data_laid_out)


def test_after_a_candidate_that_spills_the_search_goes_where_its_layout_says(
    extraction, monkeypatch
):
    """A first guess that spills (one drop, far too few here): its own layout, which has
    the footer the candidates have (the line counting what was left out) and the full brief
    has not, estimates where the answer is, and the search goes there rather than galloping
    up from the guess."""
    from briefing.build import _Candidates

    context = context_of(_varied(extraction, 8, step=7, lengths=6), paper="letter")
    monkeypatch.setattr(pdf.PrintLayout, "drop_counts", lambda self, order, shown: (0, 1))
    layouts = _counting_layouts(monkeypatch)
    data, fitted = fit_pdf(context, ANALYST)
    estimated = len(layouts)
    monkeypatch.setattr(_Candidates, "ahead", lambda self, count: None)
    layouts.clear()
    data_galloping, fitted_galloping = fit_pdf(context, ANALYST)
    assert estimated < len(layouts) and fitted_galloping == fitted
    assert _texts(data) == _texts(data_galloping)


def _texts(data: bytes) -> list[str]:
    import io

    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_columns_the_layout_left_empty_still_count():
    """One short item fills one column only, and a long list of sources overflows the page:
    a candidate may still use both columns, so the bound must count two."""
    sources = "".join(
        f'<li data-item="sources">Harbour notice {i}, posted at the pier office.</li>'
        for i in range(40)
    )
    html = PAGE.replace("{{", "{").replace("}}", "}")
    head, _, _ = html.partition("<h1>")
    html = head + (
        '<div class="columns"><p class="item" data-item="actors">Ines Valdor.</p></div>'
        f"<footer><ol>{sources}</ol></footer></body></html>"
    )
    full = pdf.lay_out(html)
    assert full.pages > 1
    columns = [b for b in _boxes(full.document.pages[0]._page_box) if b.is_column]
    flow = page_flow(full.document.pages, {"actors": 1, "sources": 40})
    assert len(columns) == 1 and flow is not None and flow.column_count == 2


def _boxes(box):
    for child in getattr(box, "children", None) or ():
        yield child
        yield from _boxes(child)


def test_the_estimate_counts_what_the_full_brief_lacks_and_is_never_the_bound():
    """The full brief's estimate of a candidate's page adds what the columns' pieces leave
    out (the block's bottom margin below its last piece, the gap down to the footer) and,
    for the first guess, one footer line for the line counting what went, which the full
    brief lacks; the lower bound adds none of it, so it still proves only what overflows."""
    full = pdf.lay_out(_brief(set()))
    flow = full.flow(_shown([]))
    drops = ORDER[:3]
    assert flow.settle > 0 and flow.footer_line() > 0
    bare = replace(flow, settle=0.0)
    assert flow.reach(drops) == bare.reach(drops) + flow.settle
    assert flow.reach(drops, least=True) == bare.reach(drops, least=True)


def test_the_first_guess_from_the_full_brief_is_the_answer(extraction, monkeypatch):
    """A brief whose footer gains a line once items go: the first count the full brief's
    estimate puts on the page (that line counted) is the answer, and its layout proves the
    neighbour below overflows. Two layouts, the full brief and the brief printed; the one
    above the old estimate's guess made three. The same brief as the search without
    estimates finds."""
    context = context_of(_varied(extraction, 8, step=7, lengths=6), paper="letter")
    layouts = _counting_layouts(monkeypatch)
    data, fitted = fit_pdf(context, ANALYST)
    assert len(layouts) == 2 and fitted.omitted > 0
    monkeypatch.setattr(pdf.PrintLayout, "drop_counts", lambda self, order, shown: (0, None))
    data_searched, fitted_searched = fit_pdf(context, ANALYST)
    assert fitted_searched == fitted and _texts(data_searched) == _texts(data)


def test_the_layouts_of_one_fit_share_one_font_configuration(extraction, monkeypatch):
    """Every layout of one fit (the full brief and each candidate) is made with the same
    WeasyPrint font configuration, not a new one each, and the brief printed is the one
    laid out with fresh configurations."""
    context = context_of(_varied(extraction, 8), paper="letter")
    lay_out, used = pdf.lay_out, []

    def recording(html: str, fonts: object = None) -> pdf.PrintLayout:
        used.append(fonts)
        return lay_out(html, fonts)

    monkeypatch.setattr(pdf, "lay_out", recording)
    data, fitted = fit_pdf(context, ANALYST)
    assert len(used) > 1 and used[0] is not None and all(f is used[0] for f in used)
    monkeypatch.setattr(pdf, "lay_out", lambda html, fonts=None: lay_out(html))
    fresh, fitted_fresh = fit_pdf(context, ANALYST)
    assert fitted_fresh == fitted and _texts(fresh) == _texts(data)


NOTICE = "Harbour office notice on the ferry levy, the pier fees and the berth quotas " * 2


def test_the_sources_only_candidate_is_proven_by_the_answer_not_by_stand_ins(
    extraction, monkeypatch
):
    """Six sources with titles long enough to be cut short make the first drops ones below
    the columns, which the fit used to try with two stand-in layouts (its check and the
    candidates) before anything else. When the estimate puts the answer beyond that drop,
    the answer is searched first and its own layout, the items between put back, proves the
    sources-only candidate overflows: no stand-in is laid out. The full brief's bound is
    made to prove nothing here, as on briefs whose columns it cannot bound closely. The
    brief printed is the one the search through the stand-ins finds."""
    context = context_of(_varied(extraction, 6, step=7, lengths=6))
    source = context.sources[0]
    listed = (replace(source, title=f"{NOTICE}{n}", number=n) for n in range(1, 7))
    context = replace(context, sources=tuple(listed))
    drop_counts = pdf.PrintLayout.drop_counts

    def unproven(self: pdf.PrintLayout, order, shown) -> tuple[int, int | None]:  # noqa: ANN001
        assert order[0] == ("source_titles", 0)
        return 0, drop_counts(self, order, shown)[1]

    monkeypatch.setattr(pdf.PrintLayout, "drop_counts", unproven)
    layouts = _counting_layouts(monkeypatch)
    data, fitted = fit_pdf(context, ANALYST)
    assert fitted.omitted > 0 and layouts
    assert not any("column-count: auto !important" in html for html in layouts)
    monkeypatch.setattr(pdf.PrintLayout, "drop_counts", lambda self, order, shown: (0, 1))
    layouts.clear()
    data_stand_ins, fitted_stand_ins = fit_pdf(context, ANALYST)
    assert any("column-count: auto !important" in html for html in layouts)
    assert fitted_stand_ins == fitted and _texts(data_stand_ins) == _texts(data)
