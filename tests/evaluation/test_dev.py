"""Regression guards on the team's gold-annotated dev files (../shared/eval/dev).

The figures themselves come from `briefing evaluate`; these thresholds sit a little below
what the rule pipeline reaches today, so a change that makes extraction worse fails here.
Skipped when ../shared is not beside the repository.
"""

from __future__ import annotations

import pytest

from briefing.evaluation.run import evaluate_file
from briefing.rules import json_rules
from tests.helpers import SHARED

DEV = SHARED / "eval" / "dev"


def scores(name: str, task: str) -> dict:
    path = DEV / name
    if not path.is_file():
        pytest.skip(f"{path} is not present")
    return evaluate_file(path, task, "rules")[1]


def test_time_expressions():
    result = scores("meantime-dev.jsonl", "times")
    assert result["relaxed"]["f1"] >= 0.90
    assert result["value"]["accuracy"] >= 0.87


def test_upcoming_events():
    result = scores("meantime-dev.jsonl", "events")["future sentences"]
    assert result["precision"] >= 0.92  # 0.952 with the sentence-level future markers
    assert result["recall"] >= 0.80  # 0.867


def test_quotes():
    result = scores("quotes-dev.jsonl", "quotes")
    # Pairs regardless of kind, pronoun speakers right only when resolved (README conventions).
    assert result["direct"]["f1"] >= 0.96  # 0.980
    assert result["direct"]["speaker_acc"] >= 0.94  # 0.958 (68 of 71 pairs)
    assert result["direct+mixed"]["f1"] >= 0.94  # 0.960
    assert result["overall"]["f1"] >= 0.90
    assert result["overall"]["quote+speaker_f1"] >= 0.89  # 0.911


def test_actor_names():
    result = scores("gum-news-dev.jsonl", "actors")
    assert result["PER"]["overlap_f1"] >= 0.86  # 0.874
    assert result["PER"]["exact_f1"] >= 0.84  # 0.855
    assert result["PER-in-nominals"]["overlap_f1"] >= 0.91  # 0.925
    assert result["ORG+LOC"]["overlap_f1"] >= 0.86  # 0.884
    # Clusters with two or more found mentions; key actors in the actor section, at its limit.
    assert result["clustering"]["accuracy"] >= 0.92  # 0.943 (83 of 88 clusters)
    # 0.612 (52 of 85): states seen acting rank with persons and bodies. The brief still
    # holds back places that only set the scene (Italy in a story on Italian taxes,
    # California, North America) and facilities (a metro station where a festival is held),
    # and names no study as an actor ("Australian National Iodine Nutrition Study"): GUM
    # counts all of these among the key entities, none of them acts. Since issue 16 it holds
    # back occasions ("World Cup", "Google Science Fair", inside which GUM's key "Google" was
    # found) and people only described ("religious schools") too: 0.635 -> 0.612.
    assert result["key_actors"]["coverage"] >= 0.60


def test_actor_roles():
    result = scores("re3d-dev.jsonl", "actors")
    assert result["roles"]["accuracy"] >= 0.85


def test_the_recorded_precision_of_each_speaker_way_is_todays():
    """rules/speaker_ways.json records, per way of finding a speaker, what quotes-dev measures;
    the brief names speakers by the ways whose pooled figure is at least .90. A change that
    moves a way's figure fails here until the file is brought up to date (and the named
    ways with it)."""
    result = scores("quotes-dev.jsonl", "quotes")
    measured = {
        way: f"{round(row['speaker_acc'] * row['predicted'])}/{int(row['predicted'])}"
        for key, row in result.items()
        if key.startswith("speaker via ")
        for way in [key.removeprefix("speaker via ")]
    }
    recorded = {
        way: sets["quotes-dev"]
        for way, sets in json_rules("speaker_ways.json")["measured"].items()
        if "quotes-dev" in sets
    }
    assert measured == recorded
