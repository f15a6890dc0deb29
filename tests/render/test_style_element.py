"""The stylesheet pasted into the HTML brief can never end its <style> element (issue 18):
`</style><script>` in CSS must not run, whatever the CSS came from."""

from __future__ import annotations

from dataclasses import replace

import lxml.html

from briefing.render.html import inert_in_style, render_html
from briefing.select import select_for_brief
from briefing.settings.audience import load_audience

EVIL = "h1 { color: red }\n</style><script>alert(1)</script><style>\n"


def test_inert_in_style_keeps_the_css_and_drops_the_end_tag():
    assert (
        inert_in_style('a::after { content: "</Style>" }') == 'a::after { content: "<\\/Style>" }'
    )
    assert inert_in_style("p { color: red }") == "p { color: red }"


def test_css_never_ends_the_style_element_whatever_its_source(extraction):
    """Belt and braces: CSS that reaches the renderer without a profile's checks (a
    profile built in Python) still cannot close <style> and open a script."""
    analyst = replace(load_audience("analyst"), css=EVIL)
    html = render_html(select_for_brief(extraction, analyst), audience=analyst)
    page = lxml.html.document_fromstring(html)
    assert page.xpath("//script") == []  # the text stays inside the one <style> element
    (style,) = page.xpath("//style")
    assert "<\\/style><script>alert(1)" in style.text
