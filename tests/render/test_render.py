"""Rendering: golden Markdown/HTML, escaping of article text, the template sandbox, the
documented context, and the PDF by content (page count, size, text)."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path

import pytest

from briefing.brief import BriefContext, context_classes, documented_fields
from briefing.build import fit_pdf
from briefing.errors import TemplateError
from briefing.render.html import render_html
from briefing.render.markdown import render_markdown
from briefing.select import BriefOptions, select_for_brief
from briefing.select.wording import human_date
from briefing.settings.audience import load_audience
from tests.helpers import FAILED, many

ANALYST = load_audience("analyst")


def context_of(extraction, audience: str = "analyst", **options) -> BriefContext:
    return select_for_brief(extraction, load_audience(audience), BriefOptions(**options))


def check_golden(name: str, actual: str, golden_dir: Path) -> None:
    """Compare with tests/golden/NAME; on mismatch write the actual output to tests/failed/."""
    expected_path = golden_dir / name
    if not expected_path.exists():  # first run of a new golden file: create it, then fail
        expected_path.write_text(actual, encoding="utf-8")
        pytest.fail(f"golden file {name} created; review it and run again")
    if actual != expected_path.read_text(encoding="utf-8"):
        FAILED.mkdir(exist_ok=True)
        (FAILED / name).write_text(actual, encoding="utf-8")
        pytest.fail(f"{name} differs from the golden file; actual output in tests/failed/{name}")


AUDIENCES = ("analyst", "minister", "press")


def normalised_html(html: str) -> str:
    """The stylesheet is inlined and tested on its own; golden files compare the markup."""
    return re.sub(r"<style>.*?</style>", "<style>…</style>", html, flags=re.S)


@pytest.mark.parametrize("audience", AUDIENCES)
def test_markdown_golden(extraction, golden_dir, audience):
    profile = load_audience(audience)
    markdown = render_markdown(context_of(extraction, audience), audience=profile)
    check_golden(f"{audience}.md", markdown, golden_dir)


@pytest.mark.parametrize("audience", AUDIENCES)
def test_html_golden(extraction, golden_dir, audience):
    profile = load_audience(audience)
    html = render_html(context_of(extraction, audience), audience=profile)
    check_golden(f"{audience}.html", normalised_html(html), golden_dir)


def test_every_context_field_is_documented():
    classes = context_classes()
    assert {"BriefContext", "HouseStyle", "QuoteItem", "SideItem"} <= {c.__name__ for c in classes}
    for cls in classes:
        undocumented = [name for name, text in documented_fields(cls).items() if not text.strip()]
        assert undocumented == [], f"{cls.__name__}: document {undocumented}"


HOSTILE = "<script>alert(1)</script> {{ 7*7 }} {% raw %} *bold* _x_ # [x](javascript:y)"


def test_article_text_stays_text_in_html_and_markdown(extraction):
    quote = replace(extraction.quotes[0], text=HOSTILE)
    hostile = replace(extraction, quotes=(quote,))
    context = context_of(hostile, title="Title <b>x</b>")
    html = render_html(context, audience=ANALYST)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "{{ 7*7 }}" in html and "49" not in html
    assert "Title &lt;b&gt;x&lt;/b&gt;" in html
    markdown = render_markdown(context, audience=ANALYST)
    assert r"\<script\>" in markdown
    assert r"\*bold\*" in markdown and r"\_x\_" in markdown
    assert r"\[x\](javascript:y)" in markdown  # "(" is no link without "]"
    assert r"7\*7" in markdown and "49" not in markdown


def test_user_template_extends_default_and_replaces_one_block(extraction, tmp_path):
    (tmp_path / "brief.html.j2").write_text(
        '{% extends "default:brief.html.j2" %}{% block footer %}<p>House footer</p>{% endblock %}',
        encoding="utf-8",
    )
    html = render_html(context_of(extraction), tmp_path, audience=ANALYST)
    assert "<p>House footer</p>" in html
    assert "Ines Valdor" in html  # the rest of the built-in template still renders
    assert "Sources</h2>" not in html


@pytest.mark.parametrize(
    ("template", "message"),
    [
        ("{{ ''.__class__.__mro__ }}", "brief.html.j2:1"),
        ("{{ brief.no_such_field }}", "brief.html.j2:1"),
        ("{% for x in %}", "brief.html.j2:1"),
    ],
)
def test_unsafe_or_broken_user_templates_fail_with_one_line(
    extraction, tmp_path, template, message
):
    (tmp_path / "brief.html.j2").write_text(template, encoding="utf-8")
    with pytest.raises(TemplateError) as info:
        render_html(context_of(extraction), tmp_path, audience=ANALYST)
    assert message in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-06", "6 March 2025"),
        ("2025-03", "March 2025"),
        ("2025-W10", "week of 3 March 2025"),
        ("2025", "2025"),
        (None, ""),
    ],
)
def test_human_dates(value, expected):
    assert human_date(value) == expected


def pdf_pages(data: bytes):
    from pypdf import PdfReader

    return PdfReader(io.BytesIO(data)).pages


def test_small_brief_is_one_a4_page_with_everything(extraction):
    data, fitted = fit_pdf(context_of(extraction), ANALYST)
    pages = pdf_pages(data)
    assert len(pages) == 1
    width, height = float(pages[0].mediabox.width), float(pages[0].mediabox.height)
    assert (round(width), round(height)) == (595, 842)
    text = pages[0].extract_text()
    assert "Harbour levy talks resume" in text
    assert "Ines Valdor" in text
    assert fitted.omitted == 0 and "more item" not in text


def test_overflowing_brief_drops_lowest_items_and_says_so(extraction):
    # Six of everything overflows a letter page; more would only cost more layouts of it.
    context = context_of(many(extraction, 6), paper="letter")
    data, fitted = fit_pdf(context, ANALYST)
    pages = pdf_pages(data)
    assert len(pages) == 1
    assert (round(float(pages[0].mediabox.width)), round(float(pages[0].mediabox.height))) == (
        612,
        792,
    )
    assert fitted.omitted > 0
    text = " ".join(pages[0].extract_text().split())
    assert f"{fitted.omitted} more items in the full brief" in text
    kept = len(fitted.actors) + len(fitted.quotes) + len(fitted.events) + len(fitted.questions)
    total = len(context.actors) + len(context.quotes) + len(context.events) + len(context.questions)
    assert kept + fitted.omitted == total + len(context.bottom_line) - len(fitted.bottom_line)


def test_pdf_fetches_nothing_outside_the_bundled_styles(extraction, tmp_path):
    from briefing.render.pdf import bundled_only_fetcher
    from briefing.settings.resources import styles_dir

    secret = tmp_path / "secret.css"
    secret.write_text("body { color: red }", encoding="utf-8")
    fetcher = bundled_only_fetcher()
    for url in (secret.as_uri(), "file:///etc/passwd", "http://127.0.0.1:9/x.png"):
        with pytest.raises(ValueError, match="briefing does not fetch"):
            fetcher.fetch(url)
    response = fetcher.fetch((styles_dir() / "brief.css").as_uri())
    assert b"@page" in response.read()
    (tmp_path / "brief.html.j2").write_text(
        '{% extends "default:brief.html.j2" %}{% block footer %}'
        f'<img src="{secret.as_uri()}"><img src="http://127.0.0.1:9/x.png">'
        '<link rel="stylesheet" href="file:///etc/passwd">{% endblock %}',
        encoding="utf-8",
    )
    data, _ = fit_pdf(context_of(extraction), ANALYST, tmp_path)
    assert len(pdf_pages(data)) == 1


def test_events_sort_by_when_their_period_ends():
    from briefing.select.rank import date_key

    values = ["2025", None, "2025-12", "2025-W43", "2025-10-28", "2025-10-20"]
    assert sorted(values, key=date_key) == [
        "2025-10-20",
        "2025-W43",
        "2025-10-28",
        "2025-12",
        "2025",
        None,
    ]


@pytest.mark.parametrize(
    ("cue", "verb"),
    [
        ("rejected", "rejected"),
        ("warned", "warned"),
        ("saying", "said"),
        ("according to", "said"),
        ("told reporters", "told reporters"),
        ("", "said"),
        # a participle or present form keeps its meaning in the past
        ("calling", "called"),
        ("calling on", "called on"),
        ("warns", "warned"),
        ("denying", "denied"),
        ("arguing", "argued"),
        ("says", "said"),
    ],
)
def test_reported_content_is_shown_after_its_verb(cue, verb):
    # 'rejected any notion of X' must not reach the page as 'any notion of X'
    from briefing.select.wording import reporting_verb

    assert reporting_verb(cue) == verb
