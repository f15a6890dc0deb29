"""Audiences on the page: every built-in template renders for every audience, each audience's
PDF is one page with its own headings, and the templates read only documented fields.
(Profiles are tested in tests/settings/, sections in tests/select/test_sections.py, whole
articles for every audience in tests/test_acceptance.py.)"""

from __future__ import annotations

import html
import io

import pytest

from briefing.build import fit_pdf
from briefing.render.email import render_email_parts
from briefing.render.html import render_html
from briefing.render.markdown import render_markdown
from briefing.select import BriefOptions, select_for_brief
from briefing.settings.audience import BUILTIN_AUDIENCES, load_audience
from tests.helpers import HEADINGS, ROOT, many

ABSENT = {
    "analyst": ["Lines to take", "Key points"],
    "minister": ["Key actors", "Lines to take", "Open questions"],
    "press": ["Key actors", "Bottom line", "Key points"],
}


def context_of(extraction, audience: str, **options):
    return select_for_brief(extraction, load_audience(audience), BriefOptions(**options))


def pdf_text(data: bytes) -> list[str]:
    from pypdf import PdfReader

    return [" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages]


@pytest.mark.parametrize("audience", BUILTIN_AUDIENCES)
def test_every_builtin_template_renders_for_every_audience(extraction, audience):
    context = context_of(extraction, audience)
    profile = load_audience(audience)
    rendered = (
        render_markdown(context, audience=profile),
        render_html(context, audience=profile),
        *render_email_parts(context, audience=profile),
    )
    for text in map(html.unescape, rendered):
        for heading in HEADINGS[audience]:
            assert heading.upper() in text.upper(), (audience, heading)
        assert "Harbour levy talks resume" in text


@pytest.mark.parametrize("audience", BUILTIN_AUDIENCES)
def test_each_audience_pdf_is_one_page_with_its_own_headings(extraction, audience):
    # Six of everything is more than the analyst's page holds; each more item only costs the
    # page budget another layout of the page, seconds of WeasyPrint, and changes nothing here.
    data, fitted = fit_pdf(context_of(many(extraction, 6), audience), load_audience(audience))
    (page,) = pdf_text(data)
    for heading in HEADINGS[audience]:
        assert heading.upper() in page.upper(), heading
    for heading in ABSENT[audience]:
        assert heading.upper() not in page.upper(), heading
    assert fitted.audience == audience


def _brief_fields_used(source: str) -> set[str]:
    """Every ``brief.NAME`` a template reads, from its syntax tree."""
    from jinja2 import nodes

    from briefing.render.templates import environment

    tree = environment().parse(source)
    return {
        node.attr
        for node in tree.find_all(nodes.Getattr)
        if isinstance(node.node, nodes.Name) and node.node.name == "brief"
    }


def test_builtin_templates_read_only_documented_context_fields():
    from briefing.brief import BriefContext, documented_fields
    from briefing.settings.resources import templates_dir

    documented = {k for k, v in documented_fields(BriefContext).items() if v.strip()}
    for path in sorted(templates_dir().glob("*.j2")):
        used = _brief_fields_used(path.read_text(encoding="utf-8"))
        assert used, path.name
        assert used <= documented, f"{path.name} reads undocumented {used - documented}"


def test_docs_templates_md_lists_the_context_as_documented_in_code():
    from briefing.brief import context_reference

    page = (ROOT / "docs" / "templates.md").read_text(encoding="utf-8")
    assert page.endswith(context_reference()), "run scripts/docs_context.py"
