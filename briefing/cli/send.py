"""``briefing send``: mail a built brief.eml over SMTP.

Separate from the commands that make a brief because it is the only one that talks to a
server and reads credentials (from the environment or the config file, never printed); the
delivery itself is render/send.py's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from briefing.cli.app import app, user_errors
from briefing.cli.options import ConfigOpt


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
    use_ssl: Annotated[
        bool | None,
        typer.Option(
            "--ssl/--no-ssl",
            help="TLS from the first byte (SMTPS; default: config, else on port 465 only).",
        ),
    ] = None,
    insecure_auth: Annotated[
        bool,
        typer.Option(
            "--insecure-auth",
            help="Send the login even without TLS (only for a server on a trusted path).",
        ),
    ] = False,
    config: ConfigOpt = None,
) -> None:
    """Send a built brief by email over SMTP.

    Credentials come only from the environment (BRIEFING_SMTP_USER, BRIEFING_SMTP_PASSWORD)
    or the [smtp] table of the config file; they are never printed, and never sent without
    TLS unless --insecure-auth says so.
    """
    from dataclasses import replace

    from briefing.render.send import send_brief
    from briefing.settings.house import load_config

    with user_errors():
        smtp = load_config(config).smtp
        changes = {"host": smtp_host, "port": smtp_port, "starttls": starttls, "ssl": use_ssl}
        smtp = replace(smtp, **{k: v for k, v in changes.items() if v is not None})
        delivery = send_brief(brief_dir, to, smtp, sender, insecure_auth=insecure_auth)
    typer.echo(f"sent {brief_dir} to {', '.join(delivery.recipients)} via {delivery.server}")
