"""Passage-level citations: each "[n]" of the HTML brief links to the sentence it rests on
(the "Source passages" annex, the span in <mark>, a link back), the PDF's to the article's
web address, Markdown's to a footnote with the sentence and the source; the e-mail keeps none
of the annex. Built on the hand-written harbour extraction (tests/conftest.py), whose spans
are known: the lead 27..99, the quotation 101..135, the question 188..224."""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.render.email import render_email_parts
from briefing.render.html import render_html
from briefing.render.markdown import render_markdown
from briefing.select import BriefOptions, select_for_brief
from briefing.settings.audience import load_audience

ANALYST = load_audience("analyst")


def context_of(extraction, audience: str = "analyst"):
    return select_for_brief(extraction, load_audience(audience), BriefOptions())


def with_url(extraction, url: str):
    document = replace(extraction.documents[0], url=url)
    return replace(extraction, documents=(document,))


def test_html_citation_links_to_its_passage_which_marks_the_span_and_links_back(extraction):
    html = render_html(context_of(extraction), audience=ANALYST)
    quote = re.search(
        r'<blockquote class="quote direct" data-item="quotes" id="([^"]+)">.*?</blockquote>',
        html,
        re.S,
    )
    assert quote and quote.group(1) == "i-quotes-q1"
    assert (
        '<a href="#p-d1-101-135" aria-label="source 1: the passage cited">[1]</a>' in quote.group(0)
    )
    annex = html[html.index('<section class="passages"') :]
    passage = re.search(r'<li id="p-d1-101-135">(.*?)</li>', annex, re.S).group(1)
    assert (
        "<p>&#34;<mark>We cannot wait for the next storm,</mark>&#34; Valdor said.</p>" in passage
    )
    assert "[1] Harbour levy talks resume, <em>Coast Wire</em>, 2025-05-02, " in passage
    assert 'href="#i-quotes-q1"' in passage
    # Every link of the brief has its target, and every id is there once.
    ids = re.findall(r'\bid="([^"]+)"', html)
    assert len(ids) == len(set(ids))
    for target in re.findall(r'href="#([^"]+)"', html):
        assert target in ids, target
    assert html.index("Source passages") > html.index('<section class="source-list">')


def test_the_passage_of_a_lead_is_its_sentence_and_ids_are_the_same_for_every_audience(extraction):
    analyst = context_of(extraction)
    minister = context_of(extraction, "minister")
    lead = analyst.passages["p-d1-27-99"]
    assert lead.marked == "Transport Minister Ines Valdor said the levy would fund new breakwaters."
    assert (lead.before, lead.after, lead.label, lead.cited_by) == (
        "",
        "",
        "1.1",
        ("i-bottom_line-d1",),
    )
    assert minister.bottom_line[0].links == ("p-d1-27-99",)
    assert context_of(extraction).passages == analyst.passages  # the same on every run


def test_print_html_links_each_citation_to_the_web_address_and_has_no_annex(extraction):
    url = "https://coast.example/levy?id=1&page=2"
    html = render_html(context_of(with_url(extraction, url)), audience=ANALYST, for_print=True)
    assert 'class="passages"' not in html and 'href="#' not in html
    assert html.count('<a href="https://coast.example/levy?id=1&amp;page=2">[1]</a>') >= 4
    # An address that is not a web address is text, never a link.
    hostile = render_html(
        context_of(with_url(extraction, "javascript:alert(1)")), audience=ANALYST, for_print=True
    )
    assert "<a " not in hostile and "javascript:alert(1)" in hostile


def test_markdown_cites_footnotes_holding_the_sentence_and_the_source(extraction):
    md = render_markdown(context_of(extraction), audience=ANALYST)
    assert "- “We cannot wait for the next storm” — Ines Valdor, Transport Minister [^1.5]\n" in md
    assert (
        '[^1.5]: "**We cannot wait for the next storm,**" Valdor said. — [1] Harbour levy '
        "talks resume, *Coast Wire*, 2025-05-02, harbour.md\n"
    ) in md
    # Article text in a footnote is escaped like all article text.
    document = replace(extraction.documents[0], title="Levy *row* [draft]", source="<b>Wire</b>")
    md = render_markdown(context_of(replace(extraction, documents=(document,))), audience=ANALYST)
    assert r"— [1] Levy \*row\* \[draft\], *\<b\>Wire\</b\>*, 2025-05-02" in md


def test_email_html_keeps_no_annex_and_no_passage_links(extraction):
    context = context_of(extraction)
    assert len(context.passages) == 5  # the brief has them; the e-mail leaves them out
    text, html = render_email_parts(context, audience=ANALYST)
    assert 'class="passages"' not in html and "#p-" not in html
    assert "[^" not in text


def test_a_team_template_may_leave_the_annex_out_and_an_old_one_still_renders(extraction, tmp_path):
    (tmp_path / "brief.html.j2").write_text(
        '{% extends "default:brief.html.j2" %}{% block passages %}{% endblock %}', encoding="utf-8"
    )
    html = render_html(context_of(extraction), tmp_path, audience=ANALYST)
    assert 'class="passages"' not in html and 'href="#p-d1-101-135"' in html
    old = tmp_path / "old"
    old.mkdir()
    (old / "brief.html.j2").write_text(
        "{% for q in brief.quotes %}<p>{{ q.text }}{% for n in q.cites %}[{{ n }}]{% endfor %}</p>{% endfor %}",
        encoding="utf-8",
    )
    assert render_html(context_of(extraction), old, audience=ANALYST) == (
        "<p>We cannot wait for the next storm</p>".replace("</p>", "[1]</p>")
    )
