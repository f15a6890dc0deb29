"""``briefing build``, ``extract`` and ``render``: the commands that make a brief.

Each parses its options into settings (cli/options.py), calls one library function of
briefing.build and reports what it wrote; the heavy work (spaCy, WeasyPrint) is imported inside
those functions, so ``--help`` stays fast.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from briefing.cli.app import (
    app,
    note,
    progress,
    progress_bar,
    report_skipped,
    settle_heap,
    user_errors,
)
from briefing.cli.options import (
    DEFAULT_FORMAT_LIST,
    AllowPrivateOpt,
    ArticlesArg,
    AudienceOpt,
    AuthorOpt,
    ColourOpt,
    ConfigOpt,
    DateOpt,
    DocxTemplateOpt,
    FooterOpt,
    FormatOpt,
    JobsOpt,
    KeepGoingOpt,
    LimitOpt,
    LogoOpt,
    MarkingOpt,
    ModelOpt,
    OfflineOpt,
    OrganisationOpt,
    OutDirOpt,
    PaperOpt,
    SinceOpt,
    TemplateDirOpt,
    TimeoutOpt,
    TitleOpt,
    VerboseOpt,
    check_template_dir,
    docx_template,
    house_settings,
    jobs_option,
    parse_date,
    read_options,
)
from briefing.errors import RenderError
from briefing.read.options import ReadOptions
from briefing.settings import LAID_OUT_FORMATS, BuildSettings, parse_formats


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
    allow_private: AllowPrivateOpt = False,
    jobs: JobsOpt = None,
    verbose: VerboseOpt = False,
    config: ConfigOpt = None,
    organisation: OrganisationOpt = None,
    logo: LogoOpt = None,
    marking: MarkingOpt = None,
    author: AuthorOpt = None,
    footer: FooterOpt = None,
    colour: ColourOpt = None,
    docx_template_file: DocxTemplateOpt = None,
) -> None:
    """Build the brief from articles: brief.md, brief.html and a one-page brief.pdf.

    Reads the articles, extracts actors, quotes, events and open questions, and writes
    the brief into the output folder (brief.json too with --format ...,json; brief.eml, an
    email draft with the PDF attached, with --format ...,eml; brief.docx, for Word, with
    --format ...,docx). Files are replaced only when every format rendered.
    """
    from briefing.build import build_brief

    with user_errors():
        house = house_settings(
            config, organisation, logo, marking, author, footer, colour, progress(verbose)
        )
        settings = BuildSettings(
            out_dir=output,
            formats=parse_formats(format),
            reference_date=parse_date(date),
            title=title,
            audience=audience,
            template_dir=template_dir,
            model=model,
            paper=paper.lower(),
            read=read_options(
                offline, since, limit, keep_going, timeout, allow_private=allow_private
            ),
            house=house.house,
            sender=house.smtp.sender,
            docx_template=docx_template(docx_template_file, house),
            jobs=jobs_option(jobs),
        )
        check_template_dir(template_dir)
        settle_heap("spacy", *_layout_libraries(settings.formats))
        skipped: list[str] = []
        with progress_bar(verbose) as advance:
            written = build_brief(
                articles, settings, progress(verbose), skipped.append, note, advance
            )
    for path in written:
        typer.echo(f"wrote {path}")
    report_skipped(skipped)


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
    allow_private: AllowPrivateOpt = False,
    jobs: JobsOpt = None,
    pretty: Annotated[
        bool | None,
        typer.Option(
            "--pretty/--compact",
            help="Indented JSON, or compact on one line. Default: indented for up to "
            "100 articles, compact (and written as it is encoded) for more.",
            show_default=False,
        ),
    ] = None,
    verbose: VerboseOpt = False,
) -> None:
    """Print the extraction as JSON (actors, quotes, times, events, questions).

    The schema (briefing.extract/1) is documented in docs/schema.md. Edit the JSON and
    pass it to 'briefing render' to rebuild the brief.
    """
    from briefing.build import compact_by_default, extraction_json_chunks
    from briefing.build import extract as run_extract
    from briefing.render.write import write_atomic

    skipped: list[str] = []
    with user_errors():
        reference_date = parse_date(date)
        read = read_options(offline, since, limit, keep_going, timeout, allow_private=allow_private)
        settle_heap("spacy")
    with user_errors(), progress_bar(verbose) as advance:
        extraction = run_extract(
            articles,
            reference_date=reference_date,
            model=model,
            progress=progress(verbose),
            read=read,
            skipped=skipped.append,
            notes=note,
            jobs=jobs_option(jobs),
            advance=advance,
        )
        compact = compact_by_default(extraction) if pretty is None else not pretty
        chunks = extraction_json_chunks(extraction, compact)
        if output is None:
            sys.stdout.writelines(chunks)
        else:
            try:
                write_atomic(output, (chunk.encode() for chunk in chunks))
            except OSError as exc:
                raise RenderError(f"{output}: cannot write ({exc.strerror or exc})") from None
    if output is not None:
        typer.echo(f"wrote {output}", err=True)
    report_skipped(skipped)


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
    docx_template_file: DocxTemplateOpt = None,
) -> None:
    """Render a brief from an extraction JSON (as printed by 'extract', possibly edited).

    Given a brief.json, the same brief comes out: its audience, paper, title and date are
    used unless you give others.
    """
    from briefing.build import load_brief_json, render_files
    from briefing.render.write import write_outputs

    with user_errors():
        house = house_settings(
            config, organisation, logo, marking, author, footer, colour, progress(verbose)
        )
        extraction, made = load_brief_json(brief_json)
        settings = BuildSettings(
            out_dir=output,
            formats=parse_formats(format),
            reference_date=parse_date(made.get("date")) if made.get("date") else None,
            title=title or made.get("title"),
            audience=audience or made.get("audience") or "analyst",
            template_dir=template_dir,
            paper=(paper or made.get("paper") or "a4").lower(),
            house=house.house,
            sender=house.smtp.sender,
            docx_template=docx_template(docx_template_file, house),
        )
        check_template_dir(template_dir)
        settle_heap(*_layout_libraries(settings.formats))
        written = write_outputs(output, render_files(extraction, settings, progress(verbose)))
    for path in written:
        typer.echo(f"wrote {path}")


def _layout_libraries(formats: tuple[str, ...]) -> tuple[str, ...]:
    """WeasyPrint when a format needs the laid-out PDF (the PDF, the e-mail, the record of
    the page budget in brief.json), else nothing: a Markdown-only build never imports it."""
    return ("weasyprint",) if LAID_OUT_FORMATS & set(formats) else ()
