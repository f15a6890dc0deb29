"""Open questions: rules on sentences written for these tests, and the fixture-set figures.

The fixture set (tests/data/questions, built by build.py there) is our own gold: tune.jsonl
was looked at while writing the rules, holdout.jsonl only measured. Thresholds sit a little
below today's figures, at or above the targets of the issue where it sets one.
"""

from __future__ import annotations

import pytest

from briefing.assemble import assemble
from briefing.evaluation.run import evaluate_file
from briefing.extract import analyse
from briefing.extract.questions.phrasing import as_question, unhedged
from briefing.model import Document
from briefing.select import select_for_brief
from briefing.select.rank import MAX_QUESTIONS
from briefing.settings.audience import load_audience
from tests.helpers import DATA, many

QUESTIONS = DATA / "questions"


def found(nlp, *texts: str) -> list[tuple[str, str, str | None]]:
    documents = [
        Document(f"d{i}", f"d{i}.txt", "", t, published="2025-03-04") for i, t in enumerate(texts)
    ]
    extraction = assemble([analyse(nlp, d) for d in documents], "rules")
    return [(q.kind, q.text, q.asked_by) for q in extraction.questions]


@pytest.mark.parametrize(
    ("text", "question", "asker"),
    [
        (
            "Will the ferry run in winter? Nobody at the port knows.",
            "Will the ferry run in winter?",
            None,
        ),
        ("Will the ferry run in winter? Nobody knows.", "Will the ferry run in winter?", None),
        (
            '"Who signed the permit?" asked councillor Hugo Lamb.',
            "Who signed the permit?",
            "Hugo Lamb",
        ),
        (
            'Mayor Lena Ortiz stood up. "Who signed the permit?" she asked.',
            "Who signed the permit?",
            "Lena Ortiz",
        ),
        (
            'The clerk read the minutes. A resident asked: "When does the pool reopen?"',
            "When does the pool reopen?",
            "A resident",
        ),
    ],
)
def test_explicit_questions_and_who_asks(nlp, text, question, asker):
    assert ("explicit", question, asker) in found(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        '"Isn\'t clean water a right?" said councillor Hugo Lamb.',
        '"Who would not want a park?" said councillor Hugo Lamb.',
        '"Is it expensive? Yes. Is it needed? Absolutely," said councillor Hugo Lamb.',
        "Why do buses run late? The answer is the roadworks on Main Street.",
    ],
)
def test_rhetorical_questions_are_not_open(nlp, text):
    assert not [q for q in found(nlp, text) if q[0] == "explicit"]


@pytest.mark.parametrize(
    "text",
    [
        "The port authority has not decided when the quay will reopen.",
        "Officials could not say how many boats were damaged.",
        "The board is still debating whether to sell the ferry.",
        "The date of the ballot has not yet been set.",
        "Questions remain over who will pay for the dredging.",
        "Whether the list will include new frigates is still open, an official said.",
        "The club declined to comment on reports that its coach will leave.",
    ],
)
def test_unresolved(nlp, text):
    assert [q[0] for q in found(nlp, text)] == ["unresolved"]


@pytest.mark.parametrize(
    "text",
    [
        "The port authority decided on Monday to reopen the quay in May.",
        "Considering the weather, the regatta was moved to Sunday.",
        "Whether it rains or not, the fair will open at ten.",
        "Visitors may bring their own food to the fair.",
        "Rain could delay the regatta on Sunday.",
        "For the fishermen, the stakes could not be higher.",
        "The harbour master declined to comment on the state of the talks.",
        "The border with Veltra remains open.",
    ],
)
def test_not_open_questions(nlp, text):
    assert found(nlp, text) == []


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        ("Harbour master Ivo Kern reportedly resigned.", "Harbour master Ivo Kern resigned."),
        ("The mayor is believed to have left the city.", "The mayor has left the city."),
        ("Sources said the port would close in June.", "the port would close in June."),
        (
            "The boats are thought to be heading north, officials said.",
            "The boats are heading north",
        ),
    ],
)
def test_uncertain_claims_without_their_hedge(sentence, claim):
    assert unhedged(sentence) == claim


def test_contested_across_articles_by_conflicting_figures(nlp):
    found_items = found(
        nlp,
        "Harbour minister Ivo Kern said that 300 boats used the port last year.",
        "Fishermen's leader Ada Moss said that only 120 boats used the port last year.",
    )
    assert [q[0] for q in found_items] == ["contested"]


def test_agreement_is_not_a_dispute(nlp):
    text = (
        "Harbour minister Ivo Kern said the quay would reopen in May. "
        "Fishermen's leader Ada Moss agreed that the quay would reopen in May."
    )
    assert found(nlp, text) == []


def test_the_brief_shows_at_most_five_questions(extraction):
    context = select_for_brief(many(extraction, 9), load_audience("analyst"))
    assert MAX_QUESTIONS == 5
    assert len(context.questions) == 5


def scores(name: str) -> dict:
    return evaluate_file(QUESTIONS / name, "questions", "rules")[1]


@pytest.mark.parametrize("name", ["tune.jsonl", "holdout.jsonl"])
def test_fixture_figures(name):
    result = scores(name)
    assert result["explicit"]["precision"] >= 0.95
    assert result["explicit"]["recall"] >= (0.95 if name == "tune.jsonl" else 0.9)
    assert result["unresolved"]["precision"] >= 0.8
    assert result["unresolved"]["recall"] >= 0.8
    assert result["contested"]["precision"] >= 0.7  # both sides in the evidence
    assert result["uncertain"]["precision"] >= 0.8
    assert result["uncertain"]["recall"] >= 0.7


def test_a_contested_side_in_the_brief_keeps_its_reporting_verb(nlp, monkeypatch):
    # 'Clara Wirth: last year was a record' would say the opposite of what she said. The
    # brief holds disputes back (rules/question_ways.json); a team that shows them gets this.
    from briefing.select import confidence

    shown = confidence.shown_question_ways() | {"dispute"}
    monkeypatch.setattr(confidence, "shown_question_ways", lambda: shown)
    texts = [
        "Housing minister Lars Okafor said 40,000 homes were built last year, a record.",
        "Builders' federation head Clara Wirth denied that last year was a record, "
        "saying that only 28,000 homes were finished.",
    ]
    documents = [Document(f"d{i}", f"d{i}.txt", "", t, "2025-03-04") for i, t in enumerate(texts)]
    extraction = assemble([analyse(nlp, d) for d in documents], "rules")
    context = select_for_brief(extraction, load_audience("analyst"))
    (contested,) = [q for q in context.questions if q.kind == "contested"]
    assert [(s.speaker, s.verb) for s in contested.sides] == [
        ("Lars Okafor", "said"),
        ("Clara Wirth", "denied"),
    ]


@pytest.mark.parametrize(
    ("sentence", "question"),
    [
        ("Officials have yet to decide whether Norway will set a quota.",
         "Will Norway set a quota?"),
        ("It remains unclear whether the effect holds in southern Europe, the authors said.",
         "Still open: whether the effect holds in southern Europe."),
        ("No decision has been taken on the bridge, officials said.",
         "Still open: no decision has been taken on the bridge."),
        ("Whether Veltra will also build a second plant in Magdeburg remains undecided.",
         "Will Veltra also build a second plant in Magdeburg?"),
        ("Whether the talks resume is still unclear.", "Still open: whether the talks resume."),
        # an embedded question is asked directly when its order allows
        ("It is not yet clear how many people were due to be on the flight.",
         "How many people were due to be on the flight?"),
        ("It is unclear when the talks will resume, officials said.",
         "When will the talks resume?"),
        ("It is not clear what the government intends to do.",
         "Still open: what the government intends to do."),
        ("A FEMA spokesperson declined to say which programs would be cut first.",
         "Which programs would be cut first?"),
        ("The Commission will decide by December whether Germany may pay the aid, Teresa "
         "Ribera said on Sunday.", "May Germany pay the aid?"),
        ("It remains unclear how many of the 15 new stadiums will be ready in time.",
         "How many of the 15 new stadiums will be ready in time?"),
        ("Whether the list will include new frigates is still open, an official said.",
         "Will the list include new frigates?"),
    ],
)  # fmt: skip
def test_undecided_matters_are_put_without_mangling(sentence, question):
    assert as_question(sentence) == question


def test_amounts_alone_do_not_put_two_statements_on_one_matter(nlp):
    """'2 billion euros in aid' and 'two billion euros for 2,000 jobs' share only units."""
    first = (
        "Chipmaker plans plant\n\nThe economist Monika Schnitzer said she doubted the plan. "
        'Critics questioned the cost. "Two billion euros for 2,000 jobs is a million euros '
        'per job," said Monika Schnitzer.'
    )
    second = (
        "EU to rule\n\nCompetition Commissioner Teresa Ribera said the Commission would decide "
        "by December whether Germany may pay Veltra up to 2 billion euros in aid."
    )
    extraction = assemble(
        [
            analyse(nlp, Document("d1", "a.txt", "", first, published="2026-09-02")),
            analyse(nlp, Document("d2", "b.txt", "", second, published="2026-09-20")),
        ],
        "rules",
    )
    assert [q for q in extraction.questions if q.kind == "contested"] == []


def test_a_possibility_is_asked_without_who_said_it(nlp):
    text = "Harbour minister Ivo Kern said the talks could resume next Tuesday if the union moved."
    question = "How likely is it that the talks could resume next Tuesday if the union moved?"
    assert [q[:2] for q in found(nlp, text)] == [("uncertain", question)]


def test_do_so_is_asked_as_what_it_stands_for(nlp):
    text = (
        "The union urged the port authority to reopen the north quay. Whether the authority "
        "will do so remains undecided, officials said."
    )
    assert [q[1] for q in found(nlp, text)] == ["Will the authority reopen the north quay?"]


def test_the_author_of_remarks_asks_to_make_a_point_a_reporter_asks_to_learn(nlp):
    title = "Remarks by President Ana Ruiz on the Harbour Deal"
    text = (
        f"{title}\n\nTHE PRESIDENT: Good afternoon. I want to speak about the storms. How "
        "many ships were lost to the storms in the north this year? Too many.\n\n"
        "Q Madam President, will the deal hold through the winter?\n\nTHE PRESIDENT: It will."
    )
    questions = analyse(nlp, Document("d1", "t.txt", title, text)).questions
    assert [(q.kind, q.text) for q in questions] == [
        ("explicit", "Madam President, will the deal hold through the winter?")
    ]


def test_a_modal_in_a_relative_clause_hedges_no_claim(nlp):
    text = "This is a landmark deal that only President Ana Ruiz could accomplish."
    assert analyse(nlp, Document("d1", "t.txt", "Test", text)).questions == ()
