"""What a user chose for one brief, checked, before any stage runs.

``BuildSettings`` is the one record the CLI (or a Python caller) fills in and ``build`` reads:
output folder, formats, paper, audience name, house style. The pieces that need files live in
their own modules: ``audience.py`` turns the audience name into a validated profile (``build``
resolves it once and hands the profile to select and to every renderer), ``house.py`` reads
briefing.toml, ``resources.py`` finds the bundled templates and styles.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from briefing.errors import SettingsError
from briefing.read.options import ReadOptions

if TYPE_CHECKING:
    from briefing.brief import HouseStyle

# The documents, then the record and the e-mail, then the editable Word document.
FORMATS = ("md", "html", "pdf", "json", "eml", "docx")
DEFAULT_FORMATS = FORMATS[:3]  # the documents
# The formats made from the laid-out one-page PDF: the PDF, the record of its page budget and
# the e-mail that attaches it (only these need WeasyPrint).
LAID_OUT_FORMATS = frozenset(FORMATS[2:5])
PAPERS = ("a4", "letter")


@dataclass(frozen=True)
class BuildSettings:
    """What a user chose on the command line (or in Python) for one brief."""

    out_dir: Path = Path("output")
    formats: tuple[str, ...] = DEFAULT_FORMATS
    reference_date: dt.date | None = None
    title: str | None = None
    audience: str = "analyst"  # a built-in name or a profile.toml, see settings/audience.py
    template_dir: Path | None = None
    model: str | None = None
    paper: str = "a4"
    read: ReadOptions = ReadOptions()  # URLs, feeds, --keep-going: see briefing/read
    house: HouseStyle | None = None  # organisation, logo, marking... (briefing.toml)
    sender: str | None = None  # From: of brief.eml
    # The reference .docx whose styles brief.docx uses (--docx-template, briefing.toml);
    # None: the audience profile's, else python-docx's own.
    docx_template: Path | None = None
    jobs: int = 1  # worker processes over the articles (--jobs); the brief is the same


def parse_formats(value: str) -> tuple[str, ...]:
    """``"md,html"`` -> ("md", "html"); unknown names are a SettingsError."""
    names = tuple(dict.fromkeys(p.strip().lower() for p in value.split(",") if p.strip()))
    unknown = [n for n in names if n not in FORMATS]
    if unknown or not names:
        raise SettingsError(
            f"unknown format {', '.join(unknown) or value!r}; choose from {', '.join(FORMATS)}"
        )
    return names
