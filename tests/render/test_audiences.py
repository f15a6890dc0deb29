"""Audiences: profiles load and are validated, each audience gets its own sections, every
built-in template renders for every audience, and each audience's PDF is one page with its
own headings (on the fixture, the examples and the seeds)."""

from __future__ import annotations

import datetime as dt
import html
import io
from dataclasses import replace
from pathlib import Path

import pytest

from briefing.build import fit_pdf
from briefing.errors import SettingsError
from briefing.render.email import render_email_parts
from briefing.render.html import render_html
from briefing.render.markdown import render_markdown
from briefing.select import BriefOptions, select_for_brief
from briefing.settings.audience import BUILTIN_AUDIENCES, load_audience
from tests.helpers import EXAMPLES, ROOT, SEEDS, many

HEADINGS = {
    "analyst": ["Bottom line", "Key actors", "Key quotes", "What's next", "Open questions"],
    "minister": ["Bottom line", "Key points", "What is being asked or decided", "Next dates"],
    "press": ["Lines to take", "Quotable", "Questions to expect", "Coming up"],
}
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
    data, fitted = fit_pdf(context_of(many(extraction, 12), audience), load_audience(audience))
    (page,) = pdf_text(data)
    for heading in HEADINGS[audience]:
        assert heading.upper() in page.upper(), heading
    for heading in ABSENT[audience]:
        assert heading.upper() not in page.upper(), heading
    assert fitted.audience == audience


def distinct(extraction, count: int):
    """``many`` with every speaker saying something different (a repeat is not a new point)."""
    crowd = many(extraction, count)
    said = [
        "Smaller harbours cannot carry this levy alone.",
        "Ferry operators expect ticket prices to rise sharply.",
        "Storm damage last winter cost fishermen three months.",
        "Pilots want the breakwater finished before autumn.",
    ]
    quotes = tuple(replace(q, text=said[i % 4]) for i, q in enumerate(crowd.quotes))
    return replace(crowd, quotes=quotes)


def test_minister_gets_one_line_three_points_and_at_most_two_quotes(extraction):
    context = context_of(distinct(extraction, 12), "minister")
    assert len(context.bottom_line) == 1
    assert len(context.key_points) == 3
    assert len(context.quotes) <= 2
    assert all(e.iso_date for e in context.events)
    assert context.actors == () and context.lines == ()
    assert context.sections == (
        "bottom_line",
        "key_points",
        "decisions",
        "events",
        "quotes",
        "sources",
    )


def test_minister_decisions_come_from_undecided_matters_and_decision_events(extraction):
    context = context_of(extraction, "minister")
    assert [(d.label, d.text) for d in context.decisions] == [
        ("Decision due", "Council vote on the levy, 12 June 2025"),
        ("Asked in the coverage", "Will the council vote before spring?"),
    ]


def test_press_lines_are_drawn_from_facts_and_cite_them(extraction):
    context = context_of(extraction, "press")
    assert [(line.text, line.cites) for line in context.lines] == [
        ("Transport Minister Ines Valdor said the levy would fund new breakwaters.", (1,)),
        ("Ines Valdor, Transport Minister: “We cannot wait for the next storm”", (1,)),
        ("Next step: Council vote on the levy, 12 June 2025.", (1,)),
    ]
    assert all(q.kind == "direct" for q in context.quotes)
    (question,) = context.expected_questions
    assert question.text == "Will the council vote before spring?"
    assert [(s.text, s.cite) for s in question.sides] == [
        ("Council vote on the levy, 12 June 2025", 1)
    ]


def test_a_statement_whose_record_names_no_speaker_is_no_line_to_take(extraction):
    quote = replace(extraction.quotes[0], speaker="gone", speaker_text=None)
    context = context_of(replace(extraction, quotes=(quote,)), "press")
    assert [q.speaker for q in context.quotes] == ["Unattributed"]  # shown, under no name
    assert not any("Unattributed" in line.text for line in context.lines)


def test_analyst_keeps_everything(extraction):
    context = context_of(extraction, "analyst")
    assert len(context.actors) == 2 and len(context.quotes) == 1
    assert context.key_points == () and context.lines == () and context.expected_questions == ()


PROFILE = """
label = "Board"
sections = ["bottom_line", "events", "sources"]
[limits]
events = 1
[headings]
events = "Diary"
"""


def test_a_teams_own_profile_by_path(extraction, tmp_path):
    profile = tmp_path / "board" / "profile.toml"
    profile.parent.mkdir()
    profile.write_text(PROFILE, encoding="utf-8")
    audience = load_audience(str(profile))
    assert (audience.name, audience.label, audience.folder) == ("board", "Board", profile.parent)
    context = select_for_brief(extraction, audience)
    markdown = render_markdown(context, audience=audience)
    assert "## Diary" in markdown and "## Key actors" not in markdown
    assert "Brief for: Board" in markdown
    (profile.parent / "brief.md.j2").write_text(
        '{% extends "default:brief.md.j2" %}{% block events %}DIARY BLOCK{% endblock %}',
        encoding="utf-8",
    )
    assert "DIARY BLOCK" in render_markdown(context, audience=audience)  # audience folder


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('sections = ["bottom_line"]\ncolour = "red"', "unknown key 'colour'"),
        ('sections = ["bottom_line", "gossip"]', "unknown section 'gossip' in sections"),
        ('sections = ["events"]\n[limits]\nevents = -1', "limits.events must be a whole number"),
        ('sections = ["events"]\n[headings]\nrumours = "R"', "unknown section 'rumours'"),
        ('sections = ["events"]\n[filters]\nfast = true', "unknown key 'filters.fast'"),
        ('sections = ["events"]\nstylesheet = "none.css"', "stylesheet 'none.css' not found"),
        ("sections = [", "not valid TOML"),
        ('name = "../x"\nsections = ["events"]', "name '../x' must be letters"),
    ],
)
def test_bad_profiles_give_one_line_naming_the_file(tmp_path, text, message):
    profile = tmp_path / "profile.toml"
    profile.write_text(text, encoding="utf-8")
    with pytest.raises(SettingsError) as info:
        load_audience(str(profile))
    assert str(info.value).startswith(f"{profile}: ")
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_unknown_audience_name():
    with pytest.raises(SettingsError, match="neither a built-in audience"):
        load_audience("ministre")


# ------------------------------------------------------------ whole articles, every audience


def _build_pdfs(paths: list[str], tmp_path: Path, date: dt.date | None) -> dict[str, str]:
    from briefing.build import build_brief
    from briefing.settings import BuildSettings

    texts = {}
    for audience in BUILTIN_AUDIENCES:
        out = tmp_path / audience
        settings = BuildSettings(
            out_dir=out, formats=("pdf",), audience=audience, reference_date=date
        )
        (pdf,) = build_brief(paths, settings)
        pages = pdf_text(pdf.read_bytes())
        assert len(pages) == 1, (audience, len(pages))
        texts[audience] = pages[0]
    return texts


def test_examples_fit_one_page_for_every_audience(tmp_path):
    paths = EXAMPLES
    texts = _build_pdfs(paths, tmp_path, None)
    assert "Haugland" in texts["minister"] and "28 October 2025" in texts["minister"]
    assert "Haugland, Fisheries Minister, Norway, claimed" in texts["press"]
    assert "Sørensen" in texts["analyst"]


def test_seeds_fit_one_page_for_every_audience(tmp_path):
    paths = sorted(str(p) for p in SEEDS.glob("*.txt"))
    if len(paths) < 2:
        pytest.skip("../shared/seeds is not present")
    texts = _build_pdfs(paths, tmp_path, dt.date(2025, 2, 25))
    for audience, text in texts.items():
        for heading in HEADINGS[audience][:3]:
            assert heading.upper() in text.upper(), (audience, heading)


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
