"""brief.md keeps untrusted text literal (issue 18): the fields that skipped the ``md`` escaper
(an event's status, a source's publication date, the profile's headings) are escaped like
every other field, so an edited extraction JSON or a team's profile cannot put a link, an
image or raw HTML into the Markdown brief."""

from __future__ import annotations

from dataclasses import replace
from html import escape

import pytest
from markdown_it import MarkdownIt

from briefing.render.markdown import render_markdown
from briefing.render.templates import escape_markdown
from briefing.select import select_for_brief
from briefing.settings.audience import load_audience

INJECTED = '<img src=x onerror="alert(1)"> [click](javascript:alert(1)) **bold**'


def hostile_brief(extraction, tmp_path) -> str:
    profile = tmp_path / "team" / "profile.toml"
    profile.parent.mkdir()
    profile.write_text(
        'sections = ["events", "sources"]\n[headings]\n'
        f"events = '{INJECTED}'\nsources = '{INJECTED}'\n",
        encoding="utf-8",
    )
    audience = load_audience(str(profile))
    context = select_for_brief(extraction, audience)
    context = replace(
        context,
        events=tuple(replace(e, status=INJECTED) for e in context.events),
        sources=tuple(replace(s, published=INJECTED) for s in context.sources),
    )
    return render_markdown(context, audience=audience)


def test_status_published_and_headings_stay_literal_in_markdown(extraction, tmp_path):
    markdown = hostile_brief(extraction, tmp_path)
    assert markdown.count('\\<img src=x onerror="alert(1)"\\>') == 4  # 2 headings, status, date
    assert "[click](" not in markdown and "**bold**" not in markdown


def test_the_markdown_brief_renders_no_html_link_or_image_from_them(extraction, tmp_path):
    html = MarkdownIt("commonmark").render(hostile_brief(extraction, tmp_path))
    assert "<img" not in html and 'href="javascript' not in html
    assert "<a " not in html and "<strong>bold</strong>" not in html
    assert "&lt;img src=x" in html


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("The levy (2%) rises {next year}", "The levy (2%) rises {next year}"),
        ("{{ brief.title }}", "{{ brief.title }}"),
        ("[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))"),
        ("1) first", "1\\) first"),
        ("12. March", "12\\. March"),
        ("- dash", "\\- dash"),
    ],
)
def test_the_escaper_leaves_what_needs_no_escape_readable(text, escaped):
    """Parentheses and braces are no markup on their own ("\\(1\\)" made brief.md hard to
    read as plain text); a list mark at the start is escaped at its dot or parenthesis,
    since a backslash before a digit is no escape and would show."""
    assert escape_markdown(text) == escaped
    html = MarkdownIt("commonmark").render(f"- {escaped}")
    assert html == f"<ul>\n<li>{escape(text, quote=False)}</li>\n</ul>\n"
