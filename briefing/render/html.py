"""Render the brief as one standalone HTML file, its stylesheet inlined."""

from __future__ import annotations

from pathlib import Path

from ..resources import styles_dir
from .context import BriefContext
from .templates import render_template


def stylesheet(audience: str) -> str:
    """The bundled CSS, plus an audience's own stylesheet when one exists."""
    css = (styles_dir() / "brief.css").read_text(encoding="utf-8")
    extra = styles_dir() / f"{audience}.css"
    if extra.is_file():
        css += "\n" + extra.read_text(encoding="utf-8")
    return css


def render_html(
    context: BriefContext, template_dir: Path | None = None, *, for_print: bool = False
) -> str:
    """Standalone HTML (no external resources); ``for_print`` marks the one-page PDF layout."""
    names = [f"brief.{context.audience}.html.j2", "brief.html.j2"]
    return render_template(
        names, template_dir, brief=context, css=stylesheet(context.audience), for_print=for_print
    )
