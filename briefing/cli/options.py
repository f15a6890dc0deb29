"""The command-line options the commands share, and turning their raw values into settings.

Every ``Annotated`` option type used by more than one command is declared here once, so the
help text of ``--audience`` or ``--date`` cannot differ between ``build`` and ``render``. The
helpers check what a user typed (a date, the read limits, a template folder) and merge the
house style from briefing.toml with the options given; each mistake is a SettingsError that
app.py prints as one line.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from briefing.errors import SettingsError
from briefing.read.options import ReadOptions
from briefing.settings import DEFAULT_FORMATS, FORMATS

if TYPE_CHECKING:
    from briefing.settings.house import Config

DEFAULT_FORMAT_LIST = ",".join(DEFAULT_FORMATS)

ArticlesArg = Annotated[
    list[str],
    typer.Argument(
        help="Articles: text files (.txt/.md, optional '---' front matter with title, "
        "published, source, url), saved web pages (.html), RSS/Atom feeds (.xml/.rss/.atom), "
        "JSON exports (.json/.jsonl), PDF (.pdf), Word (.docx) and e-mail (.eml) files, "
        "http(s) URLs of any of these, folders of them, or - to read one article from stdin.",
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
PaperOpt = Annotated[
    str, typer.Option("--paper", help="Paper size of the PDF and Word briefs: a4 or letter.")
]
DocxTemplateOpt = Annotated[
    Path | None,
    typer.Option(
        "--docx-template",
        help="A reference .docx whose styles, headers and footers brief.docx uses (as "
        "pandoc's --reference-doc). Default: docx_template in briefing.toml, else the "
        "audience profile's, else a plain Word style.",
    ),
]
OfflineOpt = Annotated[
    bool,
    typer.Option("--offline", help="Never use the network: a URL among the articles is an error."),
]
AllowPrivateOpt = Annotated[
    bool,
    typer.Option(
        "--allow-private",
        help="Follow a URL's redirects to private and local addresses too (the URL you give "
        "is always fetched).",
    ),
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
JobsOpt = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        help="Worker processes analysing the articles (default: the cores available). A "
        "small batch is analysed in one process; the result is the same for any number.",
        show_default=False,
    ),
]
VerboseOpt = Annotated[
    bool,
    typer.Option(
        "--verbose", "-v", help="Say what runs (pipeline, stages, settings and their origin)."
    ),
]
ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config",
        help="House style and mail settings (TOML). Default: ./briefing.toml when present.",
    ),
]
OrganisationOpt = Annotated[
    str | None, typer.Option("--organisation", help="Organisation name for the masthead.")
]
LogoOpt = Annotated[
    Path | None, typer.Option("--logo", help="Logo image (PNG, JPEG or GIF), embedded.")
]
MarkingOpt = Annotated[
    str | None,
    typer.Option("--marking", help="Handling marking ('OFFICIAL') for header and footer."),
]
AuthorOpt = Annotated[str | None, typer.Option("--author", help="Author credited on the brief.")]
FooterOpt = Annotated[str | None, typer.Option("--footer", help="Footer text.")]
ColourOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--colour",
        help="A house colour NAME=COLOUR (accent, ink, muted, rule, soft); repeatable.",
        show_default=False,
    ),
]


def parse_date(value: str | None) -> dt.date | None:
    """``--date YYYY-MM-DD`` as a date (None when not given)."""
    from briefing.read.text import PLAUSIBLE_YEARS, plausible_date

    if value is None:
        return None
    try:
        date = dt.date.fromisoformat(value)
    except ValueError:
        raise SettingsError(f"--date {value!r} is not a date; write it as YYYY-MM-DD") from None
    if not plausible_date(date):
        raise SettingsError(f"--date {value!r}: give a date {PLAUSIBLE_YEARS}")
    return date


def read_options(
    offline: bool,
    since: str | None,
    limit: int | None,
    keep_going: bool,
    timeout: float,
    *,
    allow_private: bool = False,
) -> ReadOptions:
    """The reading options, each checked: a timeout in range, a limit of 1 or more, a date."""
    if not 0 < timeout <= 600:
        raise SettingsError(f"--timeout {timeout:g}: give seconds between 0 and 600")
    if limit is not None and limit < 1:
        raise SettingsError(f"--limit {limit}: give a number of entries, 1 or more")
    try:
        since_date = dt.date.fromisoformat(since) if since else None
    except ValueError:
        raise SettingsError(f"--since {since!r} is not a date; write it as YYYY-MM-DD") from None
    return ReadOptions(
        offline=offline,
        since=since_date,
        limit=limit,
        keep_going=keep_going,
        timeout=timeout,
        allow_private=allow_private,
    )


def docx_template(option: Path | None, config: Config) -> Path | None:
    """The reference .docx: ``--docx-template``, else briefing.toml's ``docx_template``
    (the audience profile's comes after both, in build). Checked now, so a wrong file is
    one line before any article is read."""
    from briefing.render.docx import load_template

    chosen = option or config.docx_template
    if chosen is not None:
        load_template(chosen)
    return chosen


def jobs_option(jobs: int | None) -> int:
    """``--jobs N`` checked; without it, the cores this process may use."""
    from briefing.extract.jobs import available_cores

    if jobs is None:
        return available_cores()
    if jobs < 1:
        raise SettingsError(f"--jobs {jobs}: give a number of processes, 1 or more")
    return jobs


def check_template_dir(template_dir: Path | None) -> None:
    """``--template-dir`` must name a folder that exists."""
    if template_dir is not None and not template_dir.is_dir():
        raise SettingsError(f"--template-dir {template_dir}: no such folder")


def house_settings(
    config: Path | None,
    organisation: str | None,
    logo: Path | None,
    marking: str | None,
    author: str | None,
    footer: str | None,
    colour: list[str] | None,
    progress: Callable[[str], None],
) -> Config:
    """The house style: briefing.toml (or --config), each option given overriding it."""
    from briefing.settings.house import describe_origins, load_config, parse_colour_options

    overrides = {
        "organisation": organisation,
        "logo": logo,
        "marking": marking,
        "author": author,
        "footer": footer,
        "colours": parse_colour_options(colour),
    }
    loaded = load_config(config, overrides)
    for line in describe_origins(loaded):
        progress(line)
    return loaded
