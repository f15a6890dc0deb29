"""Render the brief as Markdown (article text escaped so it stays literal)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.brief import BriefContext
from briefing.render.html import audience_of
from briefing.render.templates import render_template

if TYPE_CHECKING:
    from briefing.settings.audience import Audience


def render_markdown(
    context: BriefContext, template_dir: Path | None = None, *, audience: Audience | None = None
) -> str:
    """The full brief as Markdown: every selected item, nothing dropped for the page."""
    audience = audience_of(context, audience)
    names = [f"brief.{context.audience}.md.j2", "brief.md.j2"]
    folder = audience.folder if audience else None
    return render_template(names, template_dir, folder, brief=replace(context, omitted=0))
