"""Run one evaluation task over a gold JSONL file and format the scores for a terminal."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

from briefing.errors import InputError, SettingsError
from briefing.evaluation import Scores
from briefing.evaluation.brief import SECTIONS

TASKS = ("brief", "actors", "quotes", "times", "events", "questions")


def load_rows(path: Path) -> list[dict]:
    """Read a JSONL file; a bad line is an InputError naming the line."""
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    rows = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}:{number}: not JSON ({exc.msg})") from None
    if not rows:
        raise InputError(f"{path}: no gold documents in the file")
    return rows


def guess_task(rows: list[dict]) -> str:
    """The task a gold file is for, from the annotations its rows carry."""
    first = rows[0]
    if "articles" in first:
        return "brief"
    if "quotes" in first:
        return "quotes"
    if "future_sentences" in first:
        return "events"
    if "timexes" in first:
        return "times"
    if "names" in first or "relations" in first:
        return "actors"
    if "questions" in first:
        return "questions"
    raise SettingsError("cannot tell the task of this gold file; pass --task")


def evaluate_file(
    path: Path, task: str | None, model: str | None, items: list | None = None
) -> tuple[str, Scores]:
    """Score the extraction of ``model`` (default: rule pipeline) against one gold file.

    For the brief task, ``items`` (when given) receives every judged item of the brief."""
    rows = load_rows(path)
    task = task or guess_task(rows)
    if task not in TASKS:
        raise SettingsError(f"unknown task {task!r}; choose from {', '.join(TASKS)}")
    try:
        if task == "brief":  # the real build path, which loads its own pipeline
            from briefing.evaluation.brief import judge_rows

            scores, judged = judge_rows(rows, model=model)
            if items is not None:
                items.extend(judged)
            return task, scores
        from briefing.nlp import load_pipeline

        module = importlib.import_module(f"{__package__}.{task}")
        nlp, _ = load_pipeline(model)
        return task, module.evaluate(rows, nlp)
    except KeyError as exc:
        raise InputError(f"{path}: gold rows lack the field {exc} needed for task {task}") from None


def format_table(task: str, scores: Scores) -> str:
    """Scores as an aligned table: one row per group, one column per metric."""
    metrics = list(dict.fromkeys(m for group in scores.values() for m in group))
    width = max([len(g) for g in scores] + [5])
    lines = [f"task: {task}", "  ".join([" " * width] + [f"{m:>12}" for m in metrics])]
    for group, values in scores.items():
        cells = [_cell(values.get(m)) for m in metrics]
        lines.append("  ".join([f"{group:<{width}}"] + cells))
    return "\n".join(lines)


def _cell(value: float | None) -> str:
    if value is None:
        return f"{'-':>12}"
    if isinstance(value, int) or float(value).is_integer() and value > 1:
        return f"{int(value):>12}"
    return f"{value:>12.3f}"


def format_brief(scores: Scores) -> str:
    """The brief's figures: one row per section, the overall line, the worst errors."""
    sections = {k: scores[k] for k in SECTIONS if k in scores}
    lines = [format_table("brief", sections)]
    overall = scores["overall"]
    lines.append(
        f"overall: precision {overall['precision']:.3f} "
        f"({int(overall['right'])} right, {int(overall['wrong'])} wrong)"
    )
    lines.append("worst errors: " + ", ".join(f"{k} {int(v)}" for k, v in scores["errors"].items()))
    other = scores.get("other wrong") or {}
    if other:
        lines.append("other wrong: " + ", ".join(f"{k} {int(v)}" for k, v in other.items()))
    for name, what in (
        ("speaker", "every quote on a gold quote"),
        ("question", "every question extracted"),
        ("event", "every item the brief could show"),
    ):
        ways, judged = scores.get(f"{name} ways") or {}, scores.get(f"{name} ways judged") or {}
        if ways:
            lines.append(
                f"{name} by way, {what}: "
                + ", ".join(f"{w} {p:.3f} ({int(judged[w])})" for w, p in ways.items())
            )
    return "\n".join(lines)


def format_wrong(items: list) -> str:
    """Each wrong item with what it showed and the gold it was judged against."""
    lines = []
    for item in items:
        if item.verdict != "wrong":
            continue
        gold = f" | gold: {item.gold}" if item.gold else ""
        lines.append(f"[{item.story}] {item.section} {item.ref}: {item.reason}: {item.shown}{gold}")
    return "\n".join(lines)
