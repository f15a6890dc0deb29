"""Rewrite the context reference at the end of docs/templates.md from the dataclasses in
briefing/render/context.py (a test fails when the two differ)."""

from pathlib import Path

from briefing.brief import context_reference

MARKER = "a test keeps this page in step with it.\n\n"
page = Path(__file__).resolve().parents[1] / "docs" / "templates.md"
text = page.read_text(encoding="utf-8")
page.write_text(text[: text.index(MARKER) + len(MARKER)] + context_reference(), encoding="utf-8")
