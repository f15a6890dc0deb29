"""What tests share besides fixtures: where the repository, its test data and the shared
folder are, and the small helpers the extraction tests read their answers with. Tests import
these (``from tests.helpers import ROOT, run``); fixtures stay in conftest.py."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from briefing.assemble import assemble
from briefing.extract import analyse
from briefing.model import Actor, Document, Extraction

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent  # the repository
DATA = TESTS / "data"  # inputs written for the tests
GOLDEN = TESTS / "golden"  # expected outputs
FAILED = TESTS / "failed"  # actual outputs of a failed golden comparison, to diff by hand
SHARED = ROOT.parent / "shared"  # the team's seeds and gold, beside the repository
SEEDS = SHARED / "seeds"
EXAMPLES = sorted(str(p) for p in (ROOT / "examples").glob("*.md"))

HEADINGS = {  # what each built-in audience's brief is headed with
    "analyst": ["Bottom line", "Key actors", "Key quotes", "What's next", "Open questions"],
    "minister": ["Bottom line", "Key points", "What is being asked or decided", "Next dates"],
    "press": ["Lines to take", "Quotable", "Questions to expect", "Coming up"],
}


def run(nlp, text: str, title: str = "Test") -> Extraction:
    """One article through analyse and assemble, as `briefing extract` would."""
    return assemble([analyse(nlp, Document("d1", "t.txt", title, text))], "rules")


def report(nlp, text: str, published: str) -> Extraction:
    """One wire report (no source, no statement title) through analyse and assemble."""
    return assemble([analyse(nlp, Document("d1", "d1.txt", "", text, published=published))], "r")


def next_items(extraction: Extraction) -> list[tuple[str | None, str]]:
    """(date, title) of every item the brief's What's next shows."""
    from briefing.select.rank import shown_title, upcoming

    return [(e.date, shown_title(e)) for e in upcoming(extraction)]


def actor(extraction: Extraction, name: str) -> Actor:
    return next(a for a in extraction.actors if a.name == name)


def ents(nlp, text: str) -> list[tuple[str, str]]:
    """The names the tagger labels (nationalities and programmes left out), in order."""
    return [(e.text, e.label_) for e in nlp(text).ents if e.label_ not in {"NORP", "WORK_OF_ART"}]


LONG_QUOTE = " ".join(
    ["We will not accept a levy that leaves the smaller harbours to pay for the larger ones."] * 4
)


def many(extraction: Extraction, count: int) -> Extraction:
    """``count`` speakers with long statements, events and questions: more than a page holds."""
    actor, quote = extraction.actors[0], extraction.quotes[0]
    event, question = extraction.events[0], extraction.questions[0]
    return replace(
        extraction,
        actors=tuple(replace(actor, id=f"x{i}", name=f"Speaker Number{i}") for i in range(count)),
        quotes=tuple(
            replace(quote, id=f"q{i}", group=f"g{i}", speaker=f"x{i}", text=LONG_QUOTE)
            for i in range(count)
        ),
        events=tuple(replace(event, id=f"e{i}", title=f"{event.title} {i}") for i in range(count)),
        questions=tuple(
            replace(question, id=f"k{i}", text=f"{question.text} ({i})") for i in range(count)
        ),
    )
