"""Where the bundled templates and styles live, installed or in a source checkout.

In the wheel they are shipped inside the package (``briefing/templates``,
``briefing/styles``); in a checkout or an editable install they are the top-level
``templates/`` and ``styles/`` folders of the design card.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[1]  # the briefing package


def _bundled(name: str) -> Path:
    inside = _PACKAGE / name
    if inside.is_dir():
        return inside
    return _PACKAGE.parent / name


def templates_dir() -> Path:
    """The built-in templates folder."""
    return _bundled("templates")


def styles_dir() -> Path:
    """The built-in stylesheets folder."""
    return _bundled("styles")
