"""The commands around a brief: ``templates list``/``init`` to customise it, ``send`` to mail
it. Registered on the main Typer app when briefing.cli.app imports this module."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from briefing.cli.app import AudienceOpt, TemplateDirOpt, _check_template_dir, _user_errors, app
from briefing.cli.options import ConfigOpt

templates_app = typer.Typer(
    help="See and copy the templates a brief is rendered with.", no_args_is_help=True
)
app.add_typer(templates_app, name="templates")


@templates_app.command("list")
def templates_list(
    audience: AudienceOpt = "analyst",
    template_dir: TemplateDirOpt = None,
) -> None:
    """Show the search path, which file each template comes from, and its blocks."""
    from briefing.render.catalogue import format_listing, list_templates
    from briefing.render.templates import search_path
    from briefing.settings.audience import load_audience

    with _user_errors():
        _check_template_dir(template_dir)
        profile = load_audience(audience)
        entries = list_templates(template_dir, profile.folder, profile.name)
        typer.echo(format_listing(entries, search_path(template_dir, profile.folder)))
        style = profile.stylesheet or "none"
        typer.echo(f"\nAudience {profile.name}: {profile.source} (stylesheet: {style})")


@templates_app.command("init")
def templates_init(
    folder: Annotated[
        Path, typer.Argument(help="Folder to copy the built-in templates into.", show_default=False)
    ],
) -> None:
    """Copy the built-in templates and audience profiles into FOLDER for editing.

    Existing files are never overwritten. Use the copy with --template-dir FOLDER, or an
    audience with --audience FOLDER/audiences/NAME/profile.toml.
    """
    from briefing.render.catalogue import init_templates

    with _user_errors():
        written = init_templates(folder)
    typer.echo(f"copied {len(written)} files into {folder}")


@app.command()
def send(
    brief_dir: Annotated[
        Path,
        typer.Argument(
            help="Folder holding brief.eml (from 'briefing build --format eml').",
            show_default=False,
        ),
    ],
    to: Annotated[
        list[str],
        typer.Option("--to", help="Recipient address; repeat for more.", show_default=False),
    ],
    sender: Annotated[
        str | None,
        typer.Option("--from", help="Sender address (default: config, else the draft's)."),
    ] = None,
    smtp_host: Annotated[
        str | None,
        typer.Option("--smtp-host", help="SMTP server (default: config, else localhost)."),
    ] = None,
    smtp_port: Annotated[
        int | None, typer.Option("--smtp-port", help="SMTP port (default: config, else 25).")
    ] = None,
    starttls: Annotated[
        bool | None,
        typer.Option("--starttls/--no-starttls", help="Upgrade the connection with STARTTLS."),
    ] = None,
    config: ConfigOpt = None,
) -> None:
    """Send a built brief by email over SMTP.

    Credentials come only from the environment (BRIEFING_SMTP_USER, BRIEFING_SMTP_PASSWORD)
    or the [smtp] table of the config file; they are never printed.
    """
    from dataclasses import replace

    from briefing.render.send import send_brief
    from briefing.settings.house import load_config

    with _user_errors():
        smtp = load_config(config).smtp
        changes = {"host": smtp_host, "port": smtp_port, "starttls": starttls}
        smtp = replace(smtp, **{k: v for k, v in changes.items() if v is not None})
        delivery = send_brief(brief_dir, to, smtp, sender)
    typer.echo(f"sent {brief_dir} to {', '.join(delivery.recipients)} via {delivery.server}")
