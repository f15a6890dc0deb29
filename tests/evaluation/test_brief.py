"""Brief-level judging (``briefing evaluate --task brief``) on a story we wrote, with every
figure worked out by hand. (brief.json itself is tested in tests/select/test_record.py.)"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from typer.testing import CliRunner

from briefing.cli.app import app
from briefing.evaluation.brief import Story, judge, scores_of
from briefing.model import Actor, Document, Event, Evidence, Extraction, Question, Quote
from tests.helpers import SHARED

TITLE = "Levy talks to resume"
BODY = (
    "Foreign Minister Ana Ruiz said talks with the Delta Council would resume. "
    '"We will not sign a bad deal," Ruiz said. '
    "The council voted on Monday. The summit is set for 12 March. "
    "Critics say the levy is illegal. The ministry denies the levy is illegal."
)
SHIFT = len(TITLE) + 2  # the document text is the title line, a blank line, then the body
TEXT = f"{TITLE}\n\n{BODY}"


def gold_span(part: str) -> dict:
    start = BODY.index(part)
    return {"doc": "a1", "start": start, "end": start + len(part), "text": part}


def ours(part: str) -> Evidence:
    start = TEXT.index(part)
    return Evidence("d1", start, start + len(part), part)


QUOTE = "We will not sign a bad deal,"
SUMMIT = "The summit is set for 12 March."
PAST = "The council voted on Monday."
CLAIM = "Critics say the levy is illegal."
DENIAL = "The ministry denies the levy is illegal."

GOLD = {
    "id": "levy",
    "reference_date": "2025-03-03",
    "articles": [{"id": "a1", "title": TITLE, "published": "2025-03-03", "text": BODY}],
    "actors": [
        {
            "name": "Ana Ruiz",
            "aliases": ["Ruiz"],
            "kind": "person",
            "role": "Foreign Minister",
            "key": True,
        },
        {
            "name": "Delta Council",
            "aliases": ["the council"],
            "kind": "organization",
            "role": None,
            "key": True,
        },
        {
            "name": "Port Board",
            "aliases": [],
            "kind": "organization",
            "role": "port regulator",
            "key": False,
        },
    ],
    "not_actors": ["Summit"],
    "quotes": [{**gold_span(QUOTE), "kind": "direct", "speaker": "Ana Ruiz", "key": True}],
    "events": [
        {
            **gold_span(SUMMIT),
            "what": "summit",
            "date": "2025-03-12",
            "status": "scheduled",
            "key": True,
        }
    ],
    "past_events_as_next": [gold_span(PAST)],
    "questions": [
        {
            "kind": "contested",
            "what": "Is the levy legal?",
            "evidence": [gold_span(CLAIM), gold_span(DENIAL)],
            "key": True,
        }
    ],
}


def quote(id_: str, part: str, kind: str, speaker: str | None) -> Quote:
    span = ours(part)
    return Quote(id_, "d1", span.start, span.end, part, kind, speaker=speaker)  # type: ignore[arg-type]


def story(shown: dict[str, list[str]]) -> Story:
    extraction = Extraction(
        pipeline="rules",
        documents=(Document("d1", "levy.txt", TITLE, TEXT, "2025-03-03"),),
        actors=(
            Actor("a1", "Ana Ruiz", "person", role="Foreign Minister"),
            Actor("a2", "Ruiz", "person"),
            Actor("a3", "Summit", "organization"),
            Actor("a4", "Delta Council", "organization", role="port regulator"),
            Actor("a5", "Port Board", "person"),
        ),
        quotes=(
            quote("q1", QUOTE, "direct", "a1"),
            quote("q2", QUOTE, "direct", "a4"),
            quote("q3", "talks with the Delta Council would resume", "indirect", "a1"),
            quote("q4", "The ministry denies", "direct", "a1"),
        ),
        events=(
            Event("e1", "Summit", date="2025-03-12", evidence=(ours(SUMMIT),)),
            Event("e2", "Summit", date="2025-03-13", evidence=(ours(SUMMIT),)),
            Event("e3", "Council vote", date="2025-03-03", evidence=(ours(PAST),)),
            Event("e4", "Summit", date="2025-W11", evidence=(ours(SUMMIT),)),
            Event("e5", "Talks", evidence=(ours("talks with the Delta Council would resume"),)),
        ),
        questions=(
            Question(
                "k1", "Is the levy illegal?", "contested", evidence=(ours(CLAIM), ours(DENIAL))
            ),
            Question("k2", "Is the levy illegal?", "contested", evidence=(ours(CLAIM), ours(PAST))),
        ),
    )
    sections = {s: [] for s in ("actors", "quotes", "events", "questions", "bottom_line")}
    limits = {"actors": 8, "quotes": 8, "events": 8, "questions": 5, "bottom_line": 3}
    return Story(GOLD, extraction, {**sections, **shown}, limits, {"d1": "a1"}, {"d1": SHIFT})


def verdicts(section: str, refs: list[str]) -> list[tuple[str, str, str]]:
    judged = judge(story({section: refs}))
    return [(v.ref, v.verdict, v.reason) for v in judged if v.section == section]


def test_the_offsets_map_onto_the_gold_body():
    assert TEXT[SHIFT:] == BODY


def test_an_actor_is_right_once_with_its_own_role():
    assert verdicts("actors", ["a1", "a2", "a3", "a4", "a5"]) == [
        ("a1", "right", ""),
        ("a2", "wrong", "duplicate actor"),  # "Ruiz" is an alias of the actor already shown
        ("a3", "wrong", "not an actor"),
        ("a4", "wrong", "role on the wrong person"),  # the Port Board's role
        ("a5", "wrong", "a person shown for a organization"),
    ]


def test_a_role_is_the_actors_only_when_every_word_of_it_is_and_kinds_are_one_way():
    one = story({"actors": ["a1", "a6", "a7"]})
    extra = (
        Actor("a6", "Ana Ruiz", "person", role="Prime Minister"),  # shares "Minister" only
        Actor("a7", "Delta Council", "person"),
    )
    one.extraction = replace(one.extraction, actors=one.extraction.actors + extra)
    one.shown["actors"] = ["a6", "a1"]
    judged = [(v.ref, v.verdict, v.reason) for v in judge(one) if v.section == "actors"]
    assert judged == [("a6", "wrong", "wrong role"), ("a1", "wrong", "duplicate actor")]
    one.shown["actors"] = ["a7"]  # a person shown for an organisation is wrong ...
    assert [v.reason for v in judge(one) if v.section == "actors"] == [
        "a person shown for a organization"
    ]
    ruiz = replace(one.extraction.actors[0], kind="organization")  # ... not the other way
    one.extraction = replace(one.extraction, actors=(ruiz,))
    one.shown["actors"] = ["a1"]
    assert [v.verdict for v in judge(one) if v.section == "actors"] == ["right"]


def test_a_quote_needs_its_speaker_and_an_unmatched_indirect_one_is_not_judged():
    assert verdicts("quotes", ["q1", "q2", "q3", "q4"]) == [
        ("q1", "right", ""),
        ("q2", "wrong", "wrong speaker"),
        ("q3", "not judged", "indirect, no gold quote"),
        ("q4", "wrong", "no gold quote"),  # direct words the gold has no quotation for
    ]


def test_whats_next_needs_the_gold_date_and_never_shows_the_past():
    assert verdicts("events", ["e1", "e2", "e3", "e4", "e5"]) == [
        ("e1", "right", ""),
        ("e2", "wrong", "wrong date"),
        ("e3", "wrong", "past event as next"),
        ("e4", "right", ""),  # the week of 10-16 March holds 12 March
        ("e5", "wrong", "no gold event"),
    ]


def test_a_contested_question_needs_both_sides_in_one_gold_question():
    assert verdicts("questions", ["k1", "k2"]) == [
        ("k1", "right", ""),
        ("k2", "wrong", "contested with one side only"),
    ]


def test_the_figures_of_a_whole_brief():
    shown = {
        "actors": ["a1", "a2", "a3", "a4"],
        "quotes": ["q1", "q2", "q3"],
        "events": ["e1", "e2", "e3", "e4"],
        "questions": ["k1", "k2"],
        "bottom_line": ["d1", "e1"],
    }
    one = story(shown)
    scores = scores_of([one], judge(one))
    # actors: a1 right; a2 duplicate, a3 not an actor, a4 wrong role. Key: Ruiz of 2.
    assert scores["actors"]["precision"] == pytest.approx(1 / 4, abs=1e-4)
    assert scores["actors"]["key_recall"] == pytest.approx(1 / 2)
    # quotes: q1 right, q2 wrong speaker, q3 not judged. Key: the one quotation.
    assert (scores["quotes"]["right"], scores["quotes"]["wrong"]) == (1, 1)
    assert scores["quotes"]["not_judged"] == 1
    assert scores["quotes"]["key_recall"] == pytest.approx(1.0)
    # events: e1 and e4 right (e4 repeats the summit), e2 wrong date, e3 past.
    assert scores["events"]["precision"] == pytest.approx(2 / 4)
    assert scores["events"]["repeats"] == 1
    assert scores["events"]["key_recall"] == pytest.approx(1.0)
    assert scores["questions"]["precision"] == pytest.approx(1 / 2)
    # bottom line: the lead is not judged, the "Next:" summit is right.
    assert (scores["bottom_line"]["right"], scores["bottom_line"]["not_judged"]) == (1, 1)
    # overall: 1 + 1 + 2 + 1 + 1 right; 3 + 1 + 2 + 1 wrong.
    assert scores["overall"]["precision"] == pytest.approx(6 / 13, abs=1e-4)
    assert scores["errors"] == {
        "wrong speaker": 1,
        "role on the wrong person": 1,
        "past event as next": 1,
        "duplicate actor": 1,
        "not an actor": 1,
    }


def test_key_recall_is_judged_at_the_section_limit():
    one = story({"actors": ["a1", "a4"]})
    one.limits["actors"] = 1  # a section of one actor is judged on one key actor, not two
    assert scores_of([one], judge(one))["actors"]["key_recall"] == pytest.approx(1.0)


# ---------------------------------------------------------------- the CLI, end to end

runner = CliRunner()


def test_evaluate_brief_runs_the_build_path_on_a_gold_file(tmp_path):
    gold = tmp_path / "briefs.jsonl"
    gold.write_text(json.dumps(GOLD) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["evaluate", str(gold), "--task", "brief", "--verbose"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "task: brief"
    assert [line.split()[0] for line in lines[2:7]] == [
        "actors",
        "quotes",
        "events",
        "questions",
        "bottom_line",
    ]
    assert any(line.startswith("overall: precision ") for line in lines)
    assert any(line.startswith("worst errors: wrong speaker ") for line in lines)
    as_json = runner.invoke(app, ["evaluate", str(gold), "--json"])  # the task is guessed
    report = json.loads(as_json.output)
    assert report["task"] == "brief"
    assert {item["section"] for item in report["items"]} <= {
        "actors",
        "quotes",
        "events",
        "questions",
        "bottom_line",
    }


DEV = SHARED / "eval" / "dev" / "briefs-dev.jsonl"


@pytest.mark.skipif(not DEV.is_file(), reason="../shared/eval/dev is not beside the repository")
def test_the_brief_on_the_dev_stories_does_not_get_worse():
    from briefing.evaluation.run import evaluate_file

    scores = evaluate_file(DEV, "brief", "rules")[1]
    assert scores["overall"]["precision"] >= 0.87  # 0.884 (168 of 190)
    assert scores["actors"]["precision"] >= 0.93  # 0.950
    assert scores["quotes"]["precision"] >= 0.84  # 0.862
    assert scores["events"]["precision"] >= 0.74  # 0.763
    assert scores["actors"]["key_recall"] >= 0.72  # 0.743 (55 of 74)
    assert scores["quotes"]["key_recall"] >= 0.35  # 0.378 (28 of 74)
    # 8 of the 9 are one transcript's sentences, whose gold speaker is "Joe Biden" where the
    # text only ever says "President Biden".
    assert scores["errors"]["wrong speaker"] <= 9
    assert scores["errors"]["not an actor"] <= 2
    assert scores["errors"]["duplicate actor"] == 0
    assert scores["errors"]["past event as next"] <= 1
    # Every sentence of a first-person statement is its author's: the way is measured here.
    assert scores["speaker ways judged"]["statement"] >= 150


def test_a_question_is_credited_to_the_gold_question_it_asks_among_those_its_evidence_holds():
    # the denial's sentence is evidence of the contested question and of an undecided one
    keep = {
        "kind": "unresolved",
        "what": "Will the ministry keep the levy?",
        "evidence": [gold_span(DENIAL)],
        "key": True,
    }
    one = story({"questions": ["k3"]})
    one.gold = {**GOLD, "questions": [*GOLD["questions"], keep]}
    asked = Question(
        "k3", "Will the ministry keep the levy?", "unresolved", evidence=(ours(DENIAL),)
    )
    one.extraction = replace(one.extraction, questions=(*one.extraction.questions, asked))
    [verdict] = [v for v in judge(one) if v.section == "questions"]
    assert (verdict.verdict, verdict.gold) == ("right", "Will the ministry keep the levy?")
    assert verdict.keys == ("question Will the ministry keep the levy?",)
