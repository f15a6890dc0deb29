"""The command line: a thin Typer layer over the library (``briefing.build``).

``app.py`` holds the Typer app and turns every BriefingError into one ``[error]`` line; each
command group lives in its own module and registers itself on the app when imported here.
"""

from briefing.cli import templates_mail  # noqa: F401  (registers 'templates' and 'send')
from briefing.cli.app import app

__all__ = ["app"]
