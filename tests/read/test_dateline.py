"""Articles that give their date only in the text: the dateline dates them, the lead skips it."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from briefing.cli.app import app
from briefing.extract.events.modality import status_of
from briefing.read.dateline import credit_span, dateline_date, dateline_span, without_dateline

HEAD = "Harbour talks stall\n\n"


@pytest.mark.parametrize(
    ("head", "date"),
    [
        ("Brussels, 3 March 2025 - Ministers failed to agree.", "2025-03-03"),
        ("BRUSSELS, March 3, 2025 (Reuters) - Ministers failed.", "2025-03-03"),
        ("Washington, D.C., Jan 5, 2024 — The senate voted.", "2024-01-05"),
        ("Sept. 14, 2024 - The port reopened.", "2024-09-14"),
        ("Wednesday, September 7, 2016\n\nThe fair opened.", "2016-09-07"),
        ("By Jane Roe\nPublished: 3 March 2025, 10:42 GMT\n\nThe port.", "2025-03-03"),
        ("2025-03-04 - The port reopened.", "2025-03-04"),
        # No year, no day, or a date in the body: not the article's date.
        ("BRUSSELS, March 3 (Reuters) - Ministers failed.", None),
        ("GENEVA (AP) — Talks resumed.", None),
        ("The talks began on 3 March 2025 in Geneva.", None),
        ("One.\n\nTwo.\n\nThree.\n\nMarch 3, 2025 - too far down.", None),
        ("Brussels, 31 February 2025 - an impossible day.", None),
    ],
)
def test_dateline_date(head: str, date: str | None) -> None:
    assert dateline_date(HEAD + head) == date


@pytest.mark.parametrize(
    ("body", "lead"),
    [
        ("Brussels, 3 March 2025 - Ministers failed.", "Ministers failed."),
        ("BRUSSELS, March 3 (Reuters) - Ministers failed.", "Ministers failed."),
        ("GENEVA (AP) — Talks resumed.", "Talks resumed."),
        ("BRUSSELS — The EU agreed.", "The EU agreed."),
        ("Wednesday, September 7, 2016\n\nThe fair opened.", "The fair opened."),
        ("NATO said on Monday it would meet.", "NATO said on Monday it would meet."),
    ],
)
def test_without_dateline(body: str, lead: str) -> None:
    assert without_dateline(body) == lead


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said it remained unclear whether the council would vote in April.",
        "The board is yet to decide on a meeting in May.",
    ],
)
def test_an_undecided_item_is_possible(sentence: str) -> None:
    assert status_of(sentence) == "possible"


ARTICLE = (
    "Harbour talks stall\n\n"
    "Selva City, 3 March 2025 - Fisheries ministers failed to agree on Monday.\n\n"
    "Minister Anna Lindqvist will meet the harbour board again on March 14 in Bergen.\n"
)


def test_a_dated_dateline_resolves_the_articles_dates(tmp_path) -> None:
    path = tmp_path / "talks.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["documents"][0]["published"] == "2025-03-03"
    values = {t["text"]: t["value"] for t in data["times"]}
    assert values["March 14"] == "2025-03-14"
    assert "[note]" not in result.stderr


def test_an_undated_article_gets_a_note(tmp_path) -> None:
    path = tmp_path / "talks.txt"
    path.write_text(ARTICLE.replace("Selva City, 3 March 2025 - ", ""), encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path)])
    assert result.exit_code == 0
    assert f"[note] {path}: no publication date" in result.stderr
    quiet = CliRunner().invoke(app, ["extract", str(path), "--date", "2025-03-03"])
    assert "[note]" not in quiet.stderr


def test_the_agency_credit_of_a_dateline_is_no_actor(tmp_path) -> None:
    text = (
        "Harbour talks stall\n\n"
        "SELVA CITY, March 3, 2025 (Reuters) - Minister Anna Lindqvist said talks failed.\n\n"
        "Reuters could not reach the harbour board.\n"
    )
    credit = credit_span(text, dateline_span(text))
    assert credit == (text.index("(Reuters)"), text.index("(Reuters)") + 9)
    path = tmp_path / "talks.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path)])
    reuters = [a for a in json.loads(result.stdout)["actors"] if a["name"] == "Reuters"]
    # The credit is not a mention; the agency named in the body still is.
    assert [m["start"] for a in reuters for m in a["mentions"]] == [text.rindex("Reuters")]


def test_a_wire_dateline_gives_a_place_and_no_actors_of_its_own(tmp_path) -> None:
    text = (
        "Brewer cuts jobs\n\n"
        "GHENT, Feb 24, 2025 (Reuters) - Belgian brewer Haldor NV will cut 1,200 jobs, chief "
        "executive Anna Berg said on Tuesday.\n\n"
        "Jan Peeters, a union leader in Ghent, said workers would strike.\n"
    )
    path = tmp_path / "brewer.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(path)])
    actors = {a["name"]: a for a in json.loads(result.stdout)["actors"]}
    assert actors["Ghent"]["kind"] == "place"
    assert [m["text"] for m in actors["Ghent"]["mentions"]] == ["GHENT", "Ghent"]
    assert actors["Haldor NV"]["kind"] == "organization"
    assert (actors["Anna Berg"]["role"], actors["Anna Berg"]["affiliation"]) == (
        "chief executive",
        "Haldor NV",
    )
    assert actors["Jan Peeters"]["kind"] == "person"  # 'Jan' is a month only before a day
    assert not {"Feb", "Reuters", "GHENT"} & set(actors)
