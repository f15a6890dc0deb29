"""brief.md keeps untrusted text literal (issue 18): the fields that skipped the ``md`` escaper
(an event's status, a source's publication date, the profile's headings) are escaped like
every other field, so an edited extraction JSON or a team's profile cannot put a link, an
image or raw HTML into the Markdown brief."""

from __future__ import annotations

from dataclasses import replace

from markdown_it import MarkdownIt

from briefing.render.markdown import render_markdown
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
    assert markdown.count('\\<img src=x onerror="alert\\(1\\)"\\>') == 4  # 2 headings, status, date
    assert "[click](" not in markdown and "**bold**" not in markdown


def test_the_markdown_brief_renders_no_html_link_or_image_from_them(extraction, tmp_path):
    html = MarkdownIt("commonmark").render(hostile_brief(extraction, tmp_path))
    assert "<img" not in html and 'href="javascript' not in html
    assert "<a " not in html and "<strong>bold</strong>" not in html
    assert "&lt;img src=x" in html
