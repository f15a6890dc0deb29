"""Command-line options for the house style (briefing.toml and its overrides), shared by
``build`` and ``render``, and the one function that merges them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:
    from briefing.settings.house import Config

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
