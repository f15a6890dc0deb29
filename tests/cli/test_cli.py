"""The command line as a user meets it: exit codes, one-line errors, files written or kept."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from briefing.cli.app import app
from tests.helpers import EXAMPLES

runner = CliRunner()


def run(*args: str, stdin: str | None = None):
    return runner.invoke(app, list(args), input=stdin)


@pytest.mark.parametrize(
    ("command", "expected"),
    [
        ((), "one-page policy brief"),
        (("build",), "--template-dir"),
        (("build",), "--paper"),
        (("extract",), "briefing.extract/1"),
        (("render",), "JSON file written by 'briefing extract'"),
        (("evaluate",), "--task"),
    ],
)
def test_help_explains_every_command(command, expected):
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert expected in " ".join(result.output.split()).replace("│", "").replace("  ", " ")


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert result.output.startswith("briefing ")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("build", "missing.txt"), 1, "[error] missing.txt: no such file\n"),
        (("build", "x.txt", "--date", "25/02/2025"), 2, "[error] --date '25/02/2025' is not"),
        (("build", "x.txt", "--format", "md,odt"), 2, "[error] unknown format 'odt'; choose"),
        (("build", "x.txt", "--template-dir", "nope"), 2, "[error] --template-dir nope: no such"),
        (("extract", "missing.txt"), 1, "[error] missing.txt: no such file\n"),
        (("render", "missing.json"), 1, "[error] missing.json: no such file\n"),
        (("evaluate", "missing.jsonl"), 1, "[error] missing.jsonl: no such file\n"),
    ],
)
def test_bad_input_is_one_line_and_non_zero(args, code, message):
    result = run(*args)
    assert result.exit_code == code
    assert result.output.startswith(message)
    assert result.output.count("\n") == 1
    assert "Traceback" not in result.output


def test_stdin_empty_article_is_an_error():
    result = run("extract", "-", stdin="   \n")
    assert result.exit_code == 1
    assert result.output == "[error] -: the article is empty\n"


def test_render_rejects_json_that_is_not_an_extraction(tmp_path):
    bad = tmp_path / "brief.json"
    bad.write_text('{"schema": "other/2"}', encoding="utf-8")
    result = run("render", str(bad), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert result.output.startswith(f"[error] {bad}: not a briefing extraction")


def test_failed_run_keeps_the_existing_brief(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "brief.md").write_text("the analyst's brief", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = run("build", EXAMPLES[0], str(empty), "-o", str(out))
    assert result.exit_code == 1
    assert (out / "brief.md").read_text(encoding="utf-8") == "the analyst's brief"
    assert sorted(p.name for p in out.iterdir()) == ["brief.md"]


def test_extract_spans_reproduce_the_text():
    result = run("extract", *EXAMPLES)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["schema"] == "briefing.extract/1"
    assert data["pipeline"] == "rules"
    texts = {d["id"]: d["text"] for d in data["documents"]}
    spans = [m for a in data["actors"] for m in a["mentions"]]
    spans += data["quotes"] + data["times"]
    spans += [e for item in data["events"] + data["questions"] for e in item["evidence"]]
    assert spans, "the examples must yield spans"
    for span in spans:
        assert texts[span["doc"]][span["start"] : span["end"]] == span["text"]


def test_build_writes_each_format_and_says_where(examples_build):
    out, result = examples_build  # build examples/*.md -o OUT --format md,html,pdf,json
    assert result.exit_code == 0, result.output
    names = ["brief.md", "brief.html", "brief.pdf", "brief.json"]
    assert result.output.splitlines() == [f"wrote {out / n}" for n in names]
    assert (out / "brief.pdf").read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in out.iterdir()) == [".briefing", *sorted(names)]
    generations = [p for p in (out / ".briefing").iterdir() if p.name not in ("current", "lock")]
    assert [sorted(p.name for p in g.iterdir()) for g in generations] == [sorted(names)]


def test_extract_then_render_uses_the_edited_json(tmp_path):
    extracted = tmp_path / "x.json"
    assert run("extract", *EXAMPLES, "-o", str(extracted)).exit_code == 0
    data = json.loads(extracted.read_text(encoding="utf-8"))
    data["documents"][0]["title"] = "Edited title of the first source"
    extracted.write_text(json.dumps(data), encoding="utf-8")
    result = run("render", str(extracted), "-o", str(tmp_path / "out"), "--format", "md")
    assert result.exit_code == 0, result.output
    assert "Edited title of the first source" in (tmp_path / "out" / "brief.md").read_text()


def test_write_to_a_device_keeps_the_device(tmp_path):
    import os
    import stat

    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    import threading

    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    from briefing.render.write import write_atomic

    write_atomic(fifo, b"brief")
    reader.join(timeout=10)
    assert received == [b"brief"]
    assert stat.S_ISFIFO(fifo.stat().st_mode), "the pipe was replaced by a regular file"
