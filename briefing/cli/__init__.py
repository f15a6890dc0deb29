"""The command line: a thin Typer layer over the library (``briefing.build``).

``app.py`` holds the Typer app and turns every BriefingError into one ``[error]`` line;
``options.py`` declares the options the commands share. Each command group lives in its own
module and registers itself on the app when imported here, in the order ``--help`` lists them.
"""

from briefing.cli import brief, evaluate, send, templates, verify  # noqa: F401  (register)
from briefing.cli.app import app

__all__ = ["app"]
