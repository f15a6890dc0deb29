"""The Typer app every command registers on, and what all commands share at run time: user
errors turned into one line, progress and notes on stderr.

Problems the user can fix (BriefingError) become one ``[error]`` line on stderr and a non-zero
exit, here and nowhere else; anything else is a bug and keeps its traceback (without locals,
which would print article text). The commands live in one module per group (brief.py,
evaluate.py, templates.py, send.py) and register on ``app`` when briefing.cli imports them.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import IO, Annotated

import typer

from briefing import __version__
from briefing.errors import BriefingError

app = typer.Typer(
    help="Turn a handful of news articles into a one-page policy brief "
    "(Markdown, HTML and a one-page PDF).",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
    rich_markup_mode="markdown",
)


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn BriefingError into '[error] message' and its exit code; nothing else is caught."""
    try:
        yield
    except BriefingError as exc:
        typer.echo(f"[error] {exc}", err=True)
        raise typer.Exit(exc.exit_code) from None


def progress(verbose: bool) -> Callable[[str], None]:
    """What runs, as 'briefing: ...' lines on stderr with --verbose; silence without."""

    def say(message: str) -> None:
        if verbose:
            typer.echo(f"briefing: {message}", err=True)

    return say


BAR_DELAY = 2.0  # seconds before a bar shows: a brief of two articles shows none


@contextmanager
def progress_bar(
    verbose: bool = False, stream: IO[str] | None = None, delay: float = BAR_DELAY
) -> Iterator[Callable[[int, int], None]]:
    """A bar of articles analysed on stderr for long runs (tqdm, which spaCy already
    brings). It shows only when stderr is a terminal, so logs and pipes get no control
    characters, after ``delay`` seconds, and goes when the run ends, leaving the 'wrote'
    lines alone. With --verbose the per-article lines say the same, so there is no bar."""
    bar = None

    def advance(done: int, total: int) -> None:
        nonlocal bar
        if verbose:
            return
        if bar is None:
            from tqdm import tqdm

            out = stream or sys.stderr
            bar = tqdm(
                total=total,
                desc="analysing",
                unit=" articles",
                file=out,
                delay=delay,
                leave=False,
                disable=not out.isatty(),
            )
        bar.update(done - bar.n)

    try:
        yield advance
    finally:
        if bar is not None:
            bar.close()


def note(message: str) -> None:
    """Something the user should know about the input (it does not stop the run)."""
    typer.echo(f"[note] {message}", err=True)


def report_skipped(skipped: list[str]) -> None:
    """Inputs left out: listed last, so they are not lost above the 'wrote' lines."""
    for line in skipped:
        typer.echo(f"[skipped] {line}", err=True)


# Young objects collected after this many allocations (Python's default is 700). A build
# makes a few million short-lived objects on top of some millions that live for the whole
# run (spaCy's vocabulary and rules, WeasyPrint's styles): at the default, full collections
# kept walking the long-lived ones, about a tenth of a cold build.
GC_YOUNG_THRESHOLD = 50_000


def settle_heap(*libraries: str) -> None:
    """Collect less often, import ``libraries`` (the ones this command is about to use
    anyway) and move every object alive so far out of the garbage collector's way
    (``gc.freeze``): importing spaCy and WeasyPrint alone ran some 300 collections. A
    command-line run is one short process whose modules live until it exits, so nothing is
    kept that would otherwise be freed; a long batch still collects its garbage, in fewer,
    larger passes."""
    import gc
    import importlib

    gc.set_threshold(GC_YOUNG_THRESHOLD, 20, 10)
    for name in libraries:
        importlib.import_module(name)
    gc.freeze()


def _version(value: bool) -> None:
    if value:
        typer.echo(f"briefing {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
) -> None:
    """Turn a handful of news articles into a one-page policy brief."""
