"""Each audience gets its own sections (select/sections.py): the minister's points and
decisions, the press office's lines to take, the analyst's everything; on the fixture."""

from __future__ import annotations

from dataclasses import replace

from briefing.select import BriefOptions, select_for_brief
from briefing.settings.audience import load_audience
from tests.helpers import many


def context_of(extraction, audience: str, **options):
    return select_for_brief(extraction, load_audience(audience), BriefOptions(**options))


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
