"""Render the brief as Markdown (article text escaped so it stays literal)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .context import BriefContext
from .templates import render_template


def render_markdown(context: BriefContext, template_dir: Path | None = None) -> str:
    """The full brief as Markdown: every selected item, nothing dropped for the page."""
    names = [f"brief.{context.audience}.md.j2", "brief.md.j2"]
    return render_template(names, template_dir, brief=replace(context, omitted=0))
