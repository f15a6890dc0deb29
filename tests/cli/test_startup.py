"""`briefing --help` stays fast because the CLI module imports no stage: spaCy, WeasyPrint,
the readers (their regexes and the model's dataclasses) are imported by the commands that use
them. Time itself is measured in bench/cli.py, never here; this checks what is imported."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = (
    "spacy",
    "weasyprint",
    "jinja2",
    "briefing.model",
    "briefing.brief",
    "briefing.read.text",
    "briefing.read.anatomy",
    "briefing.read.dateline",
    "briefing.nlp",
    "briefing.build",
)


def test_importing_the_cli_loads_no_stage_and_no_heavy_library() -> None:
    code = (
        "import sys, briefing.cli\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY!r} or m in {HEAVY!r}))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == "[]"
