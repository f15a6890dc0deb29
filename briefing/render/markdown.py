"""Render the brief as Markdown (article text escaped so it stays literal)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.brief import BriefContext
from briefing.render.templates import render_template

if TYPE_CHECKING:
    from briefing.settings.audience import Audience


def render_markdown(
    context: BriefContext, template_dir: Path | None = None, *, audience: Audience
) -> str:
    """The full brief as Markdown: every selected item, nothing dropped for the page."""
    names = [f"brief.{context.audience}.md.j2", "brief.md.j2"]
    return render_template(names, template_dir, audience.folder, brief=replace(context, omitted=0))
