"""The ``briefing`` command line: each command parses options, calls one library function
and reports. spaCy and WeasyPrint are imported inside the library calls, so ``--help``
stays fast. Problems the user can fix (BriefingError) become one line on stderr and a
non-zero exit; anything else is a bug and keeps its traceback (without locals, which would
print article text).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer

from briefing import __version__
from briefing.cli.options import (
    AuthorOpt,
    ColourOpt,
    ConfigOpt,
    FooterOpt,
    LogoOpt,
    MarkingOpt,
    OrganisationOpt,
    house_settings,
)
from briefing.errors import BriefingError, SettingsError
from briefing.read.options import ReadOptions
from briefing.settings import DEFAULT_FORMATS, FORMATS, BuildSettings, parse_formats

DEFAULT_FORMAT_LIST = ",".join(DEFAULT_FORMATS)

app = typer.Typer(
    help="Turn a handful of news articles into a one-page policy brief "
    "(Markdown, HTML and a one-page PDF).",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
    rich_markup_mode="markdown",
)

ArticlesArg = Annotated[
    list[str],
    typer.Argument(
        help="Articles: text files (.txt/.md, optional '---' front matter with title, "
        "published, source, url), saved web pages (.html), RSS/Atom feeds (.xml/.rss/.atom), "
        "JSON exports (.json/.jsonl), http(s) URLs of any of these, folders of them, "
        "or - to read one article from stdin.",
        show_default=False,
    ),
]
DateOpt = Annotated[
    str | None,
    typer.Option(
        "--date",
        help="Reference date YYYY-MM-DD for relative dates ('Thursday', 'March 6') in articles "
        "that give no 'published' date. Without it such dates stay unresolved.",
    ),
]
ModelOpt = Annotated[
    str | None,
    typer.Option(
        "--model",
        help="A trained spaCy pipeline (package name or folder). Default: en_core_web_sm if "
        "installed, else briefing's own rule pipeline ('rules').",
    ),
]
FormatOpt = Annotated[
    str,
    typer.Option(
        "--format",
        "-f",
        help=f"Comma-separated output formats from: {', '.join(FORMATS)}.",
    ),
]
OutDirOpt = Annotated[
    Path,
    typer.Option("--output", "-o", help="Folder to write brief.md, brief.html, brief.pdf into."),
]
TitleOpt = Annotated[
    str | None, typer.Option("--title", help="Title of the brief (default: from the articles).")
]
AudienceOpt = Annotated[
    str,
    typer.Option(
        "--audience",
        help="Who the brief is for: analyst (everything, with sources), minister (bottom line, "
        "decisions, dates) or press (lines to take, quotes, expected questions), or the path "
        "of your own profile.toml.",
    ),
]
TemplateDirOpt = Annotated[
    Path | None,
    typer.Option(
        "--template-dir",
        help="Folder of your own templates; they win over the built-in ones, which stay "
        "reachable as 'default:brief.html.j2'.",
    ),
]
PaperOpt = Annotated[str, typer.Option("--paper", help="PDF paper size: a4 or letter.")]
OfflineOpt = Annotated[
    bool,
    typer.Option("--offline", help="Never use the network: a URL among the articles is an error."),
]
SinceOpt = Annotated[
    str | None,
    typer.Option(
        "--since",
        help="From feeds and JSON exports, read only entries published on or after this date "
        "(YYYY-MM-DD); undated entries are left out.",
    ),
]
LimitOpt = Annotated[
    int | None,
    typer.Option(
        "--limit",
        help="From each feed or JSON export, read at most this many entries (the newest).",
    ),
]
KeepGoingOpt = Annotated[
    bool,
    typer.Option(
        "--keep-going",
        help="Skip an article that cannot be read (missing, broken URL, not an article) and "
        "list it at the end, instead of stopping with nothing written.",
    ),
]
TimeoutOpt = Annotated[
    float,
    typer.Option(
        "--timeout",
        help="Seconds to wait for each URL among the articles (connecting and reading the "
        "whole page).",
    ),
]
VerboseOpt = Annotated[
    bool,
    typer.Option(
        "--verbose", "-v", help="Say what runs (pipeline, stages, settings and their origin)."
    ),
]


@contextmanager
def _user_errors() -> Iterator[None]:
    """Turn BriefingError into '[error] message' and its exit code; nothing else is caught."""
    try:
        yield
    except BriefingError as exc:
        typer.echo(f"[error] {exc}", err=True)
        raise typer.Exit(exc.exit_code) from None


def _progress(verbose: bool):
    def say(message: str) -> None:
        if verbose:
            typer.echo(f"briefing: {message}", err=True)

    return say


def _parse_date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise SettingsError(f"--date {value!r} is not a date; write it as YYYY-MM-DD") from None


def _read_options(
    offline: bool, since: str | None, limit: int | None, keep_going: bool, timeout: float
) -> ReadOptions:
    if not 0 < timeout <= 600:
        raise SettingsError(f"--timeout {timeout:g}: give seconds between 0 and 600")
    if limit is not None and limit < 1:
        raise SettingsError(f"--limit {limit}: give a number of entries, 1 or more")
    try:
        since_date = dt.date.fromisoformat(since) if since else None
    except ValueError:
        raise SettingsError(f"--since {since!r} is not a date; write it as YYYY-MM-DD") from None
    return ReadOptions(
        offline=offline, since=since_date, limit=limit, keep_going=keep_going, timeout=timeout
    )


def _note(message: str) -> None:
    """Something the user should know about the input (it does not stop the run)."""
    typer.echo(f"[note] {message}", err=True)


def _report_skipped(skipped: list[str]) -> None:
    """Inputs left out: listed last, so they are not lost above the 'wrote' lines."""
    for note in skipped:
        typer.echo(f"[skipped] {note}", err=True)


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


@app.command()
def build(
    articles: ArticlesArg,
    output: OutDirOpt = Path("output"),
    format: FormatOpt = DEFAULT_FORMAT_LIST,
    date: DateOpt = None,
    title: TitleOpt = None,
    audience: AudienceOpt = "analyst",
    template_dir: TemplateDirOpt = None,
    model: ModelOpt = None,
    paper: PaperOpt = "a4",
    offline: OfflineOpt = False,
    since: SinceOpt = None,
    limit: LimitOpt = None,
    keep_going: KeepGoingOpt = False,
    timeout: TimeoutOpt = ReadOptions.timeout,
    verbose: VerboseOpt = False,
    config: ConfigOpt = None,
    organisation: OrganisationOpt = None,
    logo: LogoOpt = None,
    marking: MarkingOpt = None,
    author: AuthorOpt = None,
    footer: FooterOpt = None,
    colour: ColourOpt = None,
) -> None:
    """Build the brief from articles: brief.md, brief.html and a one-page brief.pdf.

    Reads the articles, extracts actors, quotes, events and open questions, and writes
    the brief into the output folder (brief.json too with --format ...,json; brief.eml, an
    email draft with the PDF attached, with --format ...,eml). Files are replaced only when
    every format rendered.
    """
    from briefing.build import build_brief

    with _user_errors():
        house = house_settings(
            config, organisation, logo, marking, author, footer, colour, _progress(verbose)
        )
        settings = BuildSettings(
            out_dir=output,
            formats=parse_formats(format),
            reference_date=_parse_date(date),
            title=title,
            audience=audience,
            template_dir=template_dir,
            model=model,
            paper=paper.lower(),
            read=_read_options(offline, since, limit, keep_going, timeout),
            house=house.house,
            sender=house.smtp.sender,
        )
        _check_template_dir(template_dir)
        skipped: list[str] = []
        written = build_brief(articles, settings, _progress(verbose), skipped.append, _note)
    for path in written:
        typer.echo(f"wrote {path}")
    _report_skipped(skipped)


@app.command()
def extract(
    articles: ArticlesArg,
    date: DateOpt = None,
    model: ModelOpt = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the JSON here, not to stdout.")
    ] = None,
    offline: OfflineOpt = False,
    since: SinceOpt = None,
    limit: LimitOpt = None,
    keep_going: KeepGoingOpt = False,
    timeout: TimeoutOpt = ReadOptions.timeout,
    verbose: VerboseOpt = False,
) -> None:
    """Print the extraction as JSON (actors, quotes, times, events, questions).

    The schema (briefing.extract/1) is documented in docs/schema.md. Edit the JSON and
    pass it to 'briefing render' to rebuild the brief.
    """
    from briefing.build import extract as run_extract
    from briefing.build import extraction_json
    from briefing.render.write import write_outputs

    skipped: list[str] = []
    with _user_errors():
        extraction = run_extract(
            articles,
            reference_date=_parse_date(date),
            model=model,
            progress=_progress(verbose),
            read=_read_options(offline, since, limit, keep_going, timeout),
            skipped=skipped.append,
            notes=_note,
        )
        text = extraction_json(extraction)
        if output is None:
            sys.stdout.write(text)
        else:
            write_outputs(
                output.parent if str(output.parent) else Path("."), {output.name: text.encode()}
            )
    if output is not None:
        typer.echo(f"wrote {output}", err=True)
    _report_skipped(skipped)


@app.command()
def render(
    brief_json: Annotated[
        Path,
        typer.Argument(
            help="A JSON file written by 'briefing extract' or a brief.json ('build --format "
            "json'), possibly edited.",
            show_default=False,
        ),
    ],
    output: OutDirOpt = Path("output"),
    format: FormatOpt = DEFAULT_FORMAT_LIST,
    title: TitleOpt = None,
    audience: Annotated[
        str | None,
        typer.Option(
            "--audience",
            help="analyst, minister, press or your profile.toml. Default: the audience a "
            "brief.json was made for, else analyst.",
        ),
    ] = None,
    template_dir: TemplateDirOpt = None,
    paper: Annotated[
        str | None,
        typer.Option(
            "--paper",
            help="a4 or letter. Default: a brief.json's paper, else a4.",
            show_default=False,
        ),
    ] = None,
    verbose: VerboseOpt = False,
    config: ConfigOpt = None,
    organisation: OrganisationOpt = None,
    logo: LogoOpt = None,
    marking: MarkingOpt = None,
    author: AuthorOpt = None,
    footer: FooterOpt = None,
    colour: ColourOpt = None,
) -> None:
    """Render a brief from an extraction JSON (as printed by 'extract', possibly edited).

    Given a brief.json, the same brief comes out: its audience, paper, title and date are
    used unless you give others.
    """
    from briefing.build import load_brief_json, render_files
    from briefing.render.write import write_outputs

    with _user_errors():
        house = house_settings(
            config, organisation, logo, marking, author, footer, colour, _progress(verbose)
        )
        extraction, made = load_brief_json(brief_json)
        settings = BuildSettings(
            out_dir=output,
            formats=parse_formats(format),
            reference_date=_parse_date(made.get("date")) if made.get("date") else None,
            title=title or made.get("title"),
            audience=audience or made.get("audience") or "analyst",
            template_dir=template_dir,
            paper=(paper or made.get("paper") or "a4").lower(),
            house=house.house,
            sender=house.smtp.sender,
        )
        _check_template_dir(template_dir)
        written = write_outputs(output, render_files(extraction, settings, _progress(verbose)))
    for path in written:
        typer.echo(f"wrote {path}")


def _check_template_dir(template_dir: Path | None) -> None:
    if template_dir is not None and not template_dir.is_dir():
        raise SettingsError(f"--template-dir {template_dir}: no such folder")


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
    with _user_errors():
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
