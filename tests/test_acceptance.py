"""End to end on whole articles: the brief names the right people, quotes, events, questions,
and its PDF is one page with the essentials for every audience.

Two sets: the project's own examples (always run) and the two seed articles the project was
specified from (../shared/seeds, skipped when absent). The checks are the same kind for
both, so passing them cannot depend on one article's wording.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from briefing.build import extract
from briefing.model import Extraction
from briefing.settings.audience import BUILTIN_AUDIENCES
from tests.helpers import EXAMPLES, HEADINGS, SEEDS


@pytest.fixture(scope="module")
def examples() -> Extraction:
    return extract(EXAMPLES)


@pytest.fixture(scope="module")
def seeds() -> Extraction:
    paths = sorted(str(p) for p in SEEDS.glob("*.txt"))
    if len(paths) < 2:
        pytest.skip("../shared/seeds is not present")
    return extract(paths, reference_date=dt.date(2025, 2, 25))


def persons(extraction: Extraction) -> dict[str, str | None]:
    return {a.name: a.role for a in extraction.actors if a.kind == "person"}


def actor_named(extraction: Extraction, surname: str):
    found = [a for a in extraction.actors if surname in a.name.split()]
    assert len(found) == 1, f"{surname}: {[a.name for a in found]}"
    return found[0]


def speakers_of(extraction: Extraction, kind: str | None = None) -> dict[str, list[str]]:
    names = {a.id: a.name for a in extraction.actors}
    said: dict[str, list[str]] = {}
    for quote in extraction.quotes:
        if kind is None or quote.kind == kind:
            said.setdefault(names.get(quote.speaker, "?"), []).append(quote.text)
    return said


def said_by(extraction: Extraction, surname: str, words: str, kind: str | None = None) -> bool:
    return any(
        words in text
        for name, texts in speakers_of(extraction, kind).items()
        if surname in name.split()
        for text in texts
    )


# ------------------------------------------------------------------ the project's examples

EXAMPLE_PERSONS = {
    "Anna Lindqvist": "Commissioner",
    "Erik Haugland": "Minister",
    "Mikkel Sørensen": "chairman",
    "Lucia Ferrante": "spokesperson",
    "Jonas Berg": "Prime Minister",
}


def test_examples_persons_each_once_with_role(examples):
    found = persons(examples)
    for name, role_word in EXAMPLE_PERSONS.items():
        assert name in found, sorted(found)
        assert role_word.lower() in (found[name] or "").lower(), (name, found[name])
    assert set(found) == set(EXAMPLE_PERSONS), sorted(found)


def test_examples_organisations_are_not_people(examples):
    kinds = {a.name: a.kind for a in examples.actors}
    assert kinds.get("European Commission") == "organization"
    assert kinds.get("Danish Fishermen's Association") == "organization"
    assert kinds.get("Norway") in {"place", "organization"}


def test_examples_quotes_have_their_speakers(examples):
    assert said_by(examples, "Lindqvist", "We are not asking fishermen", "direct")
    assert said_by(examples, "Ferrante", "The numbers are not in dispute", "direct")
    assert said_by(examples, "Ferrante", "They are in dispute among negotiators", "direct")
    assert said_by(examples, "Sørensen", "numbers everyone trusts")
    assert said_by(examples, "Haugland", "the Commission had overstated the decline")
    assert said_by(examples, "Haugland", "the spawning stock was stable")


def test_examples_events_are_dated(examples):
    dated = {e.date: e for e in examples.events}
    assert "2025-10-28" in dated, [(e.title, e.date) for e in examples.events]
    assert "Bergen" in (dated["2025-10-28"].location or dated["2025-10-28"].title)
    assert "2025-12" in dated, [(e.title, e.date) for e in examples.events]


def test_examples_open_questions(examples):
    kinds = {(q.kind, ev.text) for q in examples.questions for ev in q.evidence}
    assert any(k == "explicit" and "give ground" in t for k, t in kinds)
    assert any(k == "unresolved" and "yet to decide" in t for k, t in kinds)
    contested = [q for q in examples.questions if q.kind == "contested"]
    assert any(
        {actor_named(examples, "Haugland").id, actor_named(examples, "Ferrante").id}
        <= set(q.speakers)
        or {actor_named(examples, "Haugland").id, actor_named(examples, "Lindqvist").id}
        <= set(q.speakers)
        for q in contested
    ), [(q.text, q.speakers) for q in contested]


# ------------------------------------------------------------------ the seeds

SEED_PERSONS = [
    "Dmitry Medvedev",
    "Sergei Lavrov",
    "Dmitry Peskov",
    "Donald Trump",
    "Vladimir Putin",
    "Emmanuel Macron",
    "Volodymyr Zelenskyy",
]


def test_seed_persons_each_once_with_role(seeds):
    found = persons(seeds)
    for name in SEED_PERSONS:
        assert name in found, sorted(found)
        assert found[name], f"{name} has no role"
    assert set(found) == set(SEED_PERSONS), sorted(found)


def test_seed_organisations(seeds):
    kinds = {a.name: a.kind for a in seeds.actors}
    for name in ("NATO", "TASS"):
        assert kinds.get(name) == "organization", name
    assert any(kinds.get(n) == "organization" for n in ("Kremlin", "the Kremlin"))
    assert kinds.get("European Union", kinds.get("EU")) == "organization"
    assert not any(n in {"Western", "Brussels", "Russian"} for n in persons(seeds))


def test_seed_quotes(seeds):
    assert said_by(seeds, "Trump", "I specifically asked him that question", "direct")
    assert said_by(seeds, "Macron", "We want a quick deal", "direct")
    assert said_by(seeds, "Medvedev", "NATO")
    assert said_by(seeds, "Lavrov", "sovereignty")
    assert said_by(seeds, "Trump", "peacekeepers")
    assert said_by(seeds, "Trump", "within weeks")


def test_seed_events(seeds):
    by_date = {e.date: e for e in seeds.events}
    assert "2025-03-06" in by_date
    assert "Brussels" in (by_date["2025-03-06"].location or "") + by_date["2025-03-06"].title
    titles = " | ".join(e.title.lower() for e in seeds.events)
    assert "video conference" in titles
    visit = [e for e in seeds.events if "visit" in e.title.lower()]
    assert visit and visit[0].status == "possible"


def test_seed_open_questions(seeds):
    explicit = [q for q in seeds.questions if q.kind == "explicit"]
    assert any("stand firm" in ev.text for q in explicit for ev in q.evidence)
    trump = actor_named(seeds, "Trump").id
    contested = [q for q in seeds.questions if q.kind == "contested" and trump in q.speakers]
    assert contested, [(q.kind, q.text) for q in seeds.questions]
    sides = {ev.text for ev in contested[0].evidence}
    assert any("peacekeepers" in s for s in sides)
    assert any("Lavrov" in s or "Kremlin" in s or "threat" in s for s in sides)


def _text(pdf: Path) -> list[str]:
    """The text of each page of a PDF, its white space collapsed."""
    from pypdf import PdfReader

    return [" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages]


def _pdf(extraction: Extraction, out: Path, audience: str, date: dt.date | None) -> Path:
    """The PDF that ``build_brief`` writes for the articles of this extraction: its steps
    after the extraction, which the module has made once already."""
    from briefing.build import render_files
    from briefing.render.write import write_outputs
    from briefing.settings import BuildSettings

    settings = BuildSettings(out_dir=out, formats=("pdf",), audience=audience, reference_date=date)
    (pdf,) = write_outputs(out, render_files(extraction, settings))
    return pdf


def link_uris(pdf: Path) -> list[str]:
    """The URI of every link annotation of every page, in order."""
    from pypdf import PdfReader

    uris = []
    for page in PdfReader(pdf).pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A") or {}
            if "/URI" in action:
                uris.append(str(action["/URI"]))
    return uris


# Each set's PDF is made once per audience, from the set's extraction above, and read by the
# tests below: extracting again or fitting the same page again is seconds each time. The
# analyst's (the default brief) is the one the essentials are checked on.


@pytest.fixture(scope="module")
def example_pdfs(examples, examples_build, tmp_path_factory) -> dict[str, Path]:
    """The analyst's is the default brief that ``briefing build`` wrote for the run."""
    out, result = examples_build
    assert result.exit_code == 0, result.output
    folder = tmp_path_factory.mktemp("examples")
    others = {a: _pdf(examples, folder / a, a, None) for a in BUILTIN_AUDIENCES if a != "analyst"}
    return {"analyst": out / "brief.pdf", **others}


@pytest.fixture(scope="module")
def seed_pdfs(seeds, tmp_path_factory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("seeds")
    return {a: _pdf(seeds, out / a, a, dt.date(2025, 2, 25)) for a in BUILTIN_AUDIENCES}


@pytest.fixture(scope="module")
def example_pages(example_pdfs) -> dict[str, list[str]]:
    return {audience: _text(pdf) for audience, pdf in example_pdfs.items()}


@pytest.fixture(scope="module")
def seed_pages(seed_pdfs) -> dict[str, list[str]]:
    return {audience: _text(pdf) for audience, pdf in seed_pdfs.items()}


def test_examples_pdf_is_one_page_with_the_essentials(example_pages):
    pages = example_pages["analyst"]
    assert len(pages) == 1
    for words in ("Erik Haugland", "Anna Lindqvist", "28 October 2025", "Bergen", "Harbour Post"):
        assert words in pages[0], words


def test_seed_pdf_is_one_page_with_the_essentials(seed_pages):
    pages = seed_pages["analyst"]
    assert len(pages) == 1
    for words in ("Donald Trump", "Emmanuel Macron", "6 March 2025", "25 February 2025"):
        assert words in pages[0], words


def _one_page_each(pages: dict[str, list[str]]) -> dict[str, str]:
    for audience, audience_pages in pages.items():
        assert len(audience_pages) == 1, (audience, len(audience_pages))
    return {audience: audience_pages[0] for audience, audience_pages in pages.items()}


def test_examples_fit_one_page_for_every_audience(example_pages):
    texts = _one_page_each(example_pages)
    assert "Haugland" in texts["minister"] and "28 October 2025" in texts["minister"]
    assert "Haugland, Fisheries Minister, Norway, claimed" in texts["press"]
    assert "Sørensen" in texts["analyst"]


def test_seeds_fit_one_page_for_every_audience(seed_pages):
    texts = _one_page_each(seed_pages)
    for audience, text in texts.items():
        for heading in HEADINGS[audience][:3]:
            assert heading.upper() in text.upper(), (audience, heading)


def _web_addresses(extraction: Extraction) -> set[str]:
    return {d.url for d in extraction.documents if d.url and d.url.startswith("http")}


def test_example_pdf_citations_link_to_the_articles_that_have_an_address(examples, example_pdfs):
    """Every "[n]" of a source with a web address is a link annotation to that address (the
    second example has one, the first none), for every audience; nothing else is linked."""
    assert _web_addresses(examples) == {"https://example.org/harbour-post/cod-cut"}
    for audience, pdf in example_pdfs.items():
        uris = link_uris(pdf)
        assert uris, audience
        assert set(uris) == {"https://example.org/harbour-post/cod-cut"}, audience


def test_seed_pdf_citations_link_to_the_articles_for_every_audience(seeds, tmp_path):
    """The seeds carry no web address; given one each (as pages read from the web have), the
    brief still fits one page for every audience, and each cited seed's "[n]" links to it."""
    linked = replace(
        seeds,
        documents=tuple(
            replace(d, url=f"https://news.example/{d.id}?ref=brief&x=1") for d in seeds.documents
        ),
    )
    everything = _web_addresses(linked)
    for audience in BUILTIN_AUDIENCES:
        pdf = _pdf(linked, tmp_path / audience, audience, dt.date(2025, 2, 25))
        assert len(_text(pdf)) == 1, audience
        uris = link_uris(pdf)
        assert len(set(uris)) >= 2 and set(uris) <= everything, (audience, uris)
