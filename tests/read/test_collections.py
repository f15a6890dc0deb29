"""JSON exports, folders and duplicate collapsing; the new Document fields in the JSON; and
the acceptance check: one article as .txt, saved page or feed entry gives the same brief."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from briefing.build import extract
from briefing.errors import InputError
from briefing.model import Document, Extraction
from briefing.read import ReadOptions, read_documents
from briefing.read.dedupe import collapse_duplicates
from tests.helpers import DATA

READING = DATA / "reading"
TXT, HTML, FEED, ATOM = (
    str(READING / n) for n in ("article.txt", "article.html", "feed.xml", "feed.atom")
)
JSONL, JSON = str(READING / "export.jsonl"), str(READING / "export.json")


def read(*paths: str, **options) -> list[Document]:
    return read_documents(list(paths), options=ReadOptions(**options))


# ------------------------------------------------------------------ JSON exports


def test_jsonl_export_fields_text_or_html():
    documents = read(JSONL)
    assert [(d.path, d.title, d.published, d.published_at, d.source, d.author, d.url) for d in documents] == [
        (f"{JSONL}#1", "Port of Ostend to double its wind terminal", "2025-06-02",
         "2025-06-02T10:00:00+02:00", "Coast Wire", "Pieter Claes", "https://coastwire.example/ostend-wind"),
        (f"{JSONL}#3", "Harbour pilots vote to strike", "2025-06-03", None, "Coast Wire", None,
         "https://coastwire.example/pilots-strike"),
        (f"{JSONL}#4", "Dredging contract awarded", "2025-05-30", "2025-05-30T15:20:00+02:00",
         "Coast Wire", None, None),
    ]  # fmt: skip
    assert documents[1].text == (
        "Harbour pilots vote to strike\n\nHarbour pilots in Antwerp voted on Tuesday to strike "
        "for 48 hours from June 12, their union said.\n\nThe port authority said it would seek "
        "talks before the strike begins."
    )


def test_json_export_single_object_and_limit(tmp_path):
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"title": "T", "text": "Body words here."}), encoding="utf-8")
    assert [(d.path, d.text) for d in read(str(one))] == [(str(one), "T\n\nBody words here.")]
    assert [d.title for d in read(JSONL, limit=1)] == ["Harbour pilots vote to strike"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"title": "x"}\n', "bad.jsonl#1: the article has no 'text' (or 'html')"),
        ('{"text": "a"}\n{oops\n', "bad.jsonl: line 2 is not valid JSON"),
        (
            '{"text": "a", "published": "last week"}\n',
            "bad.jsonl#1: 'published' 'last week' is not a date",
        ),
        ('{"text": 42}\n', "bad.jsonl#1: field 'text' must be a string, not int"),
        ('["a list"]\n', "bad.jsonl#1: expected an article object"),
    ],
)
def test_bad_export_names_the_line(tmp_path, content, message):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as info:
        read(str(bad))
    assert str(info.value).startswith(f"{tmp_path}/{message}")


# ------------------------------------------------------------------ folders


def test_folder_reads_every_article_in_name_order_and_notes_the_rest(tmp_path):
    for source, name in [(HTML, "b-article.html"), (ATOM, "a-feed.atom"), (TXT, "c-article.txt")]:
        shutil.copy(source, tmp_path / name)
    (tmp_path / "d-photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "e-empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("Hidden\n\nNot read.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    notes: list[str] = []
    documents = read_documents([str(tmp_path)], warn=notes.append)
    # The feed's first entry, the saved page and the .txt are one article: it is kept once.
    assert [(d.id, Path(d.path).name) for d in documents] == [
        ("d1", "a-feed.atom#1"),
        ("d2", "a-feed.atom#2"),
    ]
    assert documents[0].also_carried_by == ("Alpine Courier",)
    assert notes == [
        f"{tmp_path}/d-photo.jpg: unsupported file type '.jpg' (give .txt, .md, .html, .htm, .xml, .rss, .atom, .json, .jsonl, .pdf, .docx, .eml)",
        f"{tmp_path}/e-empty.txt: the article is empty",
        f"{tmp_path}/sub: a folder inside a folder; not read (folders are read one level deep)",
    ]


# ------------------------------------------------------------------ duplicates


def test_the_same_article_given_twice_counts_once():
    documents = read(TXT, TXT)
    assert [(d.id, d.also_carried_by) for d in documents] == [("d1", ())]


def test_wire_copies_collapse_and_the_kept_one_names_the_other_outlets():
    documents = read(HTML, ATOM, FEED)
    assert [(d.id, d.title) for d in documents] == [
        ("d1", "Lakeland water talks to resume in Geneva after dam dispute"),
        ("d2", "Ferry timetable changes for the spring season"),
        ("d3", "Glacier monitoring network gets new funding"),
        ("d4", "Avalanche warning raised for the eastern valleys"),
    ]
    assert documents[0].also_carried_by == ("Valley Times", "Alpine Courier – Climate")


def test_a_changed_paragraph_is_no_longer_a_copy():
    (original,) = read(TXT)
    rewritten = replace(
        original,
        path="other.txt",
        text=original.text.replace(
            "Officials have yet to decide whether the two sides will sign an interim agreement "
            "before the summer.",
            "Neither side would say whether an interim deal could be signed before the summer, "
            "and diplomats in Geneva expect the talks to take several rounds.",
        ),
    )
    assert len(collapse_duplicates([original, rewritten])) == 2
    small_edit = replace(rewritten, text=original.text.replace("a third", "one third"))
    assert len(collapse_duplicates([original, small_edit])) == 1


# ------------------------------------------------------------------ the JSON contract


def test_new_document_fields_round_trip_through_json():
    documents = tuple(read(HTML, ATOM))
    extraction = Extraction(pipeline="rules", documents=documents)
    data = json.loads(json.dumps(extraction.to_dict()))
    assert data["documents"][0]["author"] == "Lena Hartmann"
    assert data["documents"][0]["published_at"] == "2025-04-08T09:15:00+02:00"
    assert data["documents"][0]["also_carried_by"] == ["Valley Times"]
    assert Extraction.from_dict(data).documents == documents


def test_sources_section_says_also_carried_by(extraction):
    from briefing.render.html import render_html
    from briefing.render.markdown import render_markdown
    from briefing.select import select_for_brief
    from briefing.settings.audience import load_audience

    document = replace(extraction.documents[0], also_carried_by=("Valley Times", "Lake Wire"))
    analyst = load_audience("analyst")
    context = select_for_brief(replace(extraction, documents=(document,)), analyst)
    assert "also carried by Valley Times, Lake Wire" in render_markdown(context, audience=analyst)
    assert "also carried by Valley Times, Lake Wire" in render_html(context, audience=analyst)


# ------------------------------------------------------------------ acceptance


def findings(extraction: Extraction, doc: str) -> tuple[set, set, set]:
    """Actors, quotes and events of one document, by content (ids and offsets may differ)."""
    names = {a.id: a.name for a in extraction.actors}
    actors = {
        (a.name, a.kind, a.role) for a in extraction.actors if any(m.doc == doc for m in a.mentions)
    }
    quotes = {(q.kind, names.get(q.speaker), q.text) for q in extraction.quotes if q.doc == doc}
    events = {
        (e.date, e.title, e.status)
        for e in extraction.events
        if any(v.doc == doc for v in e.evidence)
    }
    return actors, quotes, events


def test_same_brief_from_txt_saved_page_and_feed_entry():
    as_text = findings(extract([TXT]), "d1")
    as_page = findings(extract([HTML]), "d1")
    from_feed = extract([FEED])
    lakeland = next(d.id for d in from_feed.documents if d.path.endswith("#2"))
    as_entry = findings(from_feed, lakeland)
    assert as_page == as_text
    assert as_entry == as_text
    actors, quotes, events = as_text
    assert ("Clara Voss", "person", "Water Minister") in actors
    assert (
        "direct",
        "Tomas Reiter",
        "Every week without a deal costs our farmers money,",
    ) in quotes
    assert any(date == "2025-04-24" for date, _, _ in events)
