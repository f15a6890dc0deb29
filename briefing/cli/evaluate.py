"""``briefing evaluate``: score the extraction, or the analyst brief as shown, against gold.

The scoring lives in briefing.evaluation (imported when the command runs, as it runs the whole
pipeline); this module only parses the options and prints the table, the JSON report or the
list of wrong items.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from briefing.cli.app import app, user_errors
from briefing.cli.options import ModelOpt


@app.command()
def evaluate(
    gold: Annotated[
        Path,
        typer.Argument(
            help="Gold JSONL file (format: ../shared/eval/README.md).", show_default=False
        ),
    ],
    task: Annotated[
        str | None,
        typer.Option(
            "--task",
            help="brief (the analyst brief as shown, on brief-level gold), actors, quotes, "
            "times, events or questions. Default: guessed from the file.",
        ),
    ] = None,
    model: ModelOpt = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the scores (and judged items) as JSON.")
    ] = False,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose",
            "-v",
            help="brief: list each wrong item with what it showed and the gold it was judged "
            "against.",
        ),
    ] = False,
) -> None:
    """Score against gold-annotated news: precision, recall and F1 per kind.

    With --task brief, every item the analyst brief shows is judged right or wrong per
    section (precision), with the recall of key items and counts of the worst errors.
    """
    from briefing.evaluation.run import evaluate_file, format_brief, format_table, format_wrong

    items: list = []
    with user_errors():
        task_name, scores = evaluate_file(gold, task, model, items)
    if as_json:
        report = {"task": task_name, "file": str(gold), "scores": scores}
        if task_name == "brief":
            report["items"] = [item.to_dict() for item in items]
        typer.echo(json.dumps(report, indent=2, ensure_ascii=False))
    elif task_name == "brief":
        typer.echo(format_brief(scores))
        if verbose:
            typer.echo(format_wrong(items))
    else:
        typer.echo(format_table(task_name, scores))
