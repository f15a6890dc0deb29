"""Batches of many articles: --jobs worker processes, the progress bar, compact JSON, and
the cross-article steps that must stay linear (counted in comparisons, never in seconds)."""

from __future__ import annotations

import io
import json
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

import briefing.extract.jobs as jobs
from briefing.build import compact_by_default, extraction_json, extraction_json_chunks
from briefing.cli.app import app, progress_bar
from briefing.model import Document, Extraction, NameMention

runner = CliRunner()

GIVEN = ["Anna", "Marek", "Sofia", "Jonas", "Leila", "Pedro", "Ingrid", "Tomasz"]
SURNAMES = ["Lindqvist", "Novak", "Haugland", "Ferrante", "Okafor", "Duarte", "Berg", "Sato"]


def write_articles(folder: Path, count: int) -> list[str]:
    """Short invented articles with quotes, roles and dates, different in each."""
    rng = random.Random(3)
    paths = []
    for number in range(count):
        a, b = (f"{rng.choice(GIVEN)} {s}" for s in rng.sample(SURNAMES, 2))
        text = (
            f"---\npublished: 2025-03-{number + 1:02d}\nsource: Wire {number}\n---\n"
            f"Harbour talks stall in round {number}\n\n"
            f"Foreign Minister {a} said on Monday that the harbour deal was not ready. "
            f'"We need more time," {a.split()[-1]} told reporters in Oslo. '
            f"{b}, the trade commissioner, rejected that claim and said the deal would be "
            f"signed on March {number + 10}. Will the parliament vote before the summit?\n"
        )
        path = folder / f"article-{number:02d}.md"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


@pytest.fixture
def workers_always(monkeypatch):
    """Workers even for a few short articles (a real batch needs ~400,000 characters per
    worker), counting the runs that used them."""
    used: list[int] = []
    real = jobs._in_workers

    def counted(documents, model, reference_date, workers, pipeline_loaded):
        used.append(workers)
        return real(documents, model, reference_date, workers, pipeline_loaded)

    monkeypatch.setattr(jobs, "CHARS_PER_WORKER", 1)
    monkeypatch.setattr(jobs, "CHUNK", 2)
    monkeypatch.setattr(jobs, "_in_workers", counted)
    return used


def test_two_jobs_give_the_same_json_as_one(tmp_path, workers_always):
    paths = write_articles(tmp_path, 7)
    one = runner.invoke(app, ["extract", *paths, "--jobs", "1"])
    two = runner.invoke(app, ["extract", *paths, "--jobs", "2"])
    assert one.exit_code == 0 and two.exit_code == 0, two.output
    assert workers_always == [2]  # the second run really went to two worker processes
    assert two.stdout == one.stdout
    data = json.loads(two.stdout)
    assert [d["source"] for d in data["documents"]] == [f"Wire {n}" for n in range(7)]
    assert any(q["text"] == "We need more time," for q in data["quotes"])


def test_a_pipeline_a_worker_cannot_load_is_one_line(tmp_path, workers_always):
    paths = write_articles(tmp_path, 4)
    result = runner.invoke(app, ["extract", *paths, "--jobs", "2", "--model", "no_such_model"])
    assert result.exit_code != 0
    assert workers_always == [2]
    assert result.output.startswith("[error] cannot load spaCy pipeline 'no_such_model'")
    assert result.output.count("\n") == 1


def test_keep_going_skips_a_bad_article_with_workers(tmp_path, workers_always):
    paths = write_articles(tmp_path, 4)
    out = tmp_path / "out.json"
    args = ["extract", paths[0], str(tmp_path / "missing.md"), *paths[1:], "-o", str(out)]
    stopped = runner.invoke(app, [*args, "--jobs", "2"])
    assert stopped.exit_code == 1
    assert stopped.output.startswith("[error]") and "missing.md: no such file" in stopped.output
    assert not out.exists()
    skipped = runner.invoke(app, [*args, "--jobs", "2", "--keep-going"])
    assert skipped.exit_code == 0
    assert "[skipped]" in skipped.output and "missing.md" in skipped.output
    assert len(json.loads(out.read_text())["documents"]) == 4


@pytest.mark.parametrize("value", ["0", "-3"])
def test_jobs_must_be_one_or_more(value):
    result = runner.invoke(app, ["extract", "x.md", "--jobs", value])
    assert result.exit_code == 2
    assert result.output == f"[error] --jobs {value}: give a number of processes, 1 or more\n"


def test_workers_start_only_for_a_batch_worth_them():
    small = [Document(id="d1", path="a.md", title="T", text="x" * 1000)] * 2
    big = [Document(id="d1", path="a.md", title="T", text="x" * jobs.CHARS_PER_WORKER)] * 5
    assert jobs.workers_for(small, 8) == 0
    assert jobs.workers_for(big, 2) == 2
    assert jobs.workers_for(big, 8) == 5
    assert jobs.workers_for(big, 1) == 0


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_shows_on_a_terminal():
    terminal = _Terminal()
    with progress_bar(stream=terminal, delay=0) as advance:
        for done in range(1, 4):
            advance(done, 3)
    shown = terminal.getvalue()
    assert "analysing:" in shown and "/3 [" in shown  # refreshed at most every 0.1 s


@pytest.mark.parametrize(("stream", "verbose"), [(io.StringIO(), False), (_Terminal(), True)])
def test_no_progress_bar_off_a_terminal_or_with_verbose(stream, verbose):
    with progress_bar(verbose, stream=stream, delay=0) as advance:
        advance(1, 2)
        advance(2, 2)
    assert stream.getvalue() == ""


def _extraction(count: int) -> Extraction:
    docs = tuple(
        Document(id=f"d{n}", path=f"{n}.md", title="Tëst", text="Body “quoted”.")
        for n in range(count)
    )
    return Extraction(pipeline="rules", documents=docs)


def test_compact_json_is_the_same_data_written_in_pieces():
    extraction = _extraction(3)
    chunks = list(extraction_json_chunks(extraction, compact=True))
    assert len(chunks) > 5  # one record at a time, never the whole as one string
    compact = json.dumps(extraction.to_dict(), ensure_ascii=False, separators=(",", ":"))
    assert "".join(chunks) == compact + "\n"
    assert "".join(extraction_json_chunks(extraction)) == extraction_json(extraction)


def test_a_big_batch_is_compact_by_default_a_small_one_indented():
    assert not compact_by_default(_extraction(100))
    assert compact_by_default(_extraction(101))


def test_extract_compact_and_pretty_render_the_same_brief(tmp_path):
    paths = write_articles(tmp_path, 2)
    pretty, compact = tmp_path / "pretty.json", tmp_path / "compact.json"
    assert runner.invoke(app, ["extract", *paths, "-o", str(pretty)]).exit_code == 0
    assert runner.invoke(app, ["extract", *paths, "--compact", "-o", str(compact)]).exit_code == 0
    assert pretty.read_text().startswith('{\n  "schema"')  # a handful stays as it was
    assert compact.read_text().startswith('{"schema":"briefing.extract/1","pipeline"')
    assert compact.read_text().count("\n") == 1
    assert json.loads(compact.read_text()) == json.loads(pretty.read_text())
    briefs = []
    for source in (pretty, compact):
        out = tmp_path / f"brief-{source.stem}"
        result = runner.invoke(app, ["render", str(source), "-o", str(out), "-f", "md"])
        assert result.exit_code == 0, result.output
        briefs.append((out / "brief.md").read_text())
    assert briefs[0] == briefs[1]
    assert "Foreign Minister Marek" in briefs[0]


def test_person_names_are_compared_only_with_names_that_could_match(monkeypatch):
    """4,000 people in 1,000 articles: each full name was compared with every other for
    spelling variants (16 million comparisons); the index asks only names that share the
    surname and the number of words."""
    import briefing.assemble.actors as actors

    calls = [0]
    real = actors._same_spelling

    def counted(a, b):
        calls[0] += 1
        return real(a, b)

    monkeypatch.setattr(actors, "_same_spelling", counted)
    rng = random.Random(1)
    persons = []
    for doc in range(1000):
        for slot in range(4):
            given = f"{rng.choice(GIVEN)}{rng.randrange(10_000)}"
            surname = f"{rng.choice(SURNAMES)}{rng.randrange(10_000)}"
            text = f"{given} {surname}"
            start = slot * 40
            persons.append(NameMention(f"d{doc}", start, start + len(text), text, "person"))
    # two spellings of one man in two articles still join: 'Jeff' shortens 'Jeffrey'
    persons.append(NameMention("d1", 300, 315, "Jeffrey Feltman", "person"))
    persons.append(NameMention("d2", 300, 312, "Jeff Feltman", "person"))
    clusters = actors._person_clusters(persons)
    assert len(clusters) == 4001
    assert [m.text for m in clusters["Jeffrey Feltman"]] == ["Jeffrey Feltman", "Jeff Feltman"]
    assert calls[0] < 1000  # was 16 million: each full name with every other


def test_near_duplicates_compare_few_pairs_among_unrelated_articles(monkeypatch):
    """300 different articles that share a boilerplate paragraph: the index found the one
    real copy and compared almost no other pairs in full (the old sketch compared every
    pair that shared a boilerplate shingle)."""
    from briefing.read import dedupe

    calls = [0]
    real = dedupe._copies

    def counted(a, b):
        calls[0] += 1
        return real(a, b)

    monkeypatch.setattr(dedupe, "_copies", counted)
    rng = random.Random(2)
    words = [f"w{n}" for n in range(5000)]
    boiler = "Reporting by the wire desk; editing by the night team. All rights reserved."
    docs = []
    for n in range(300):
        body = " ".join(rng.choice(words) for _ in range(120))
        docs.append(Document(f"d{n}", f"{n}.md", "", f"{boiler} {body}", source=f"S{n}"))
    copy = docs[17].text.replace(docs[17].text.split()[-1], "changed")
    docs.append(Document("d300", "300.md", "", copy, source="Copy"))
    kept = dedupe.collapse_duplicates(docs)
    assert len(kept) == 300
    assert kept[17].also_carried_by == ("Copy",)
    assert calls[0] < 10
