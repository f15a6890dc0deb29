"""What one overflowing layout proves about the briefs made from it by dropping items: a lower
bound of each candidate's page (never above what a real layout gives), an estimate to try
first, and a fit loop that lays out fewer candidates and prints the same brief."""

from __future__ import annotations

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


def test_items_the_template_lists_otherwise_give_no_bound():
    full = pdf.lay_out(_page(set()))
    assert page_flow(full.document.pages, {"actors": 9, "events": 5}) is None
    assert full.drop_counts(ORDER, {"actors": 9, "events": 5}) == (0, None)


def test_the_fit_lays_out_fewer_candidates_and_prints_the_same_brief(extraction, monkeypatch):
    context = context_of(many(extraction, 8))
    lay_out, layouts = pdf.lay_out, []

    def counted(html: str) -> pdf.PrintLayout:
        layouts.append(html)
        return lay_out(html)

    monkeypatch.setattr(pdf, "lay_out", counted)
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
