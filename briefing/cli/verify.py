"""``briefing verify``: check a built brief against its sources (briefing/verify.py).

Prints one line per problem or warning and a summary; exits 0 only when everything holds.
A folder without a brief, or a brief.json without a manifest, is an ``[error]``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from briefing.cli.app import app, progress, user_errors
from briefing.cli.options import VerboseOpt


@app.command()
def verify(
    brief_dir: Annotated[
        Path,
        typer.Argument(
            help="The folder the brief was built into (with brief.json from --format ...,json).",
            show_default=False,
        ),
    ],
    articles: Annotated[
        list[str] | None,
        typer.Argument(
            help="The articles to check against, in the order they were built from. Default: "
            "the files or URLs recorded in brief.json's manifest.",
            show_default=False,
        ),
    ] = None,
    offline: Annotated[
        bool,
        typer.Option("--offline", help="Never use the network: a URL source is not checked."),
    ] = False,
    strict: Annotated[
        bool,
        typer.Option(
            "--strict", help="Fail on warnings too (a brief made by another briefing version)."
        ),
    ] = False,
    verbose: VerboseOpt = False,
) -> None:
    """Check a brief against its sources: hashes, cited spans, quotes, and a fresh build.

    Re-reads every source, checks its SHA-256, checks that every direct quote shown is
    verbatim in its source at its span and every cited span exists, and makes the brief again
    with the recorded options to confirm brief.md, brief.html and brief.json are
    byte-identical.
    """
    from briefing.verify import verify_brief

    with user_errors():
        report = verify_brief(
            brief_dir, articles or (), offline=offline, progress=progress(verbose)
        )
    for finding in report.findings:
        typer.echo(f"[{finding.level}] {finding.text}")
    typer.echo(report.summary(strict))
    if not report.holds(strict):
        raise typer.Exit(1)
