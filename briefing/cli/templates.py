"""``briefing templates list`` and ``templates init``: see and copy what a brief is rendered with.

A team customising its brief needs the search path, which file each template name resolves to
and what an audience adds; ``init`` gives it a copy of the built-ins to start from. The work is
in render/catalogue.py; this module registers the ``templates`` group and prints.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from briefing.cli.app import app, user_errors
from briefing.cli.options import AudienceOpt, TemplateDirOpt, check_template_dir

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

    with user_errors():
        check_template_dir(template_dir)
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

    with user_errors():
        written = init_templates(folder)
    typer.echo(f"copied {len(written)} files into {folder}")
