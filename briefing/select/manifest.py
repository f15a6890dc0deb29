"""The manifest of brief.json: how the brief was made and from exactly what.

``briefing verify`` reads it back to check a brief without trusting it: the tool version and
pipeline, the options that shape the brief (so the same brief can be made again), the inputs
as given and the folder they were given in (a document's path, which the brief shows, is
the path as given), a SHA-256 of each source
(briefing/read/fingerprint.py says which and why), and, for every item shown in Markdown and
HTML, the spans its citations link to (select/passages.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from importlib import metadata
from pathlib import Path

from briefing import __version__
from briefing.brief import BriefContext
from briefing.model import (
    BriefOptionsRecord,
    Extraction,
    HouseOptions,
    Manifest,
    ShownItem,
    ShownSpan,
)
from briefing.read.fingerprint import file_of, source_hashes
from briefing.select.passages import shown_spans
from briefing.settings import BuildSettings

RULES = "rules"


def make_manifest(
    context: BriefContext,
    extraction: Extraction,
    settings: BuildSettings,
    inputs: Sequence[str] | None = None,
) -> Manifest:
    """The manifest of the brief ``context`` shows (the full brief, not the fitted PDF).
    Without ``inputs`` (``briefing render`` of a JSON), the documents' own files stand in."""
    if inputs is None:
        inputs = list(dict.fromkeys(f for f in map(file_of, extraction.documents) if f))
    house = settings.house
    read = settings.read
    options = BriefOptionsRecord(
        audience=settings.audience,
        paper=settings.paper,
        title=settings.title,
        date=settings.reference_date.isoformat() if settings.reference_date else None,
        model=settings.model,
        template_dir=str(settings.template_dir.resolve()) if settings.template_dir else None,
        since=read.since.isoformat() if read.since else None,
        limit=read.limit,
        keep_going=read.keep_going,
        house=HouseOptions(
            organisation=house.organisation,
            logo=house.logo,
            marking=house.marking,
            author=house.author,
            footer=house.footer,
            colours=dict(house.colours),
        )
        if house
        else HouseOptions(),
    )
    items = tuple(
        ShownItem(
            section=item["section"],
            ref=item["ref"],
            spans=tuple(ShownSpan(**span) for span in item["spans"]),
        )
        for item in shown_spans(context)
    )
    return Manifest(
        version=__version__,
        pipeline=extraction.pipeline,
        pipeline_version=pipeline_version(extraction.pipeline),
        inputs=tuple(inputs),
        cwd=str(Path.cwd()),
        options=options,
        sources=source_hashes(extraction.documents),
        items=items,
    )


def pipeline_version(name: str) -> str | None:
    """The installed version of a trained pipeline's package ('3.8.0'); None for the rule
    pipeline, which is part of the tool (its version is the manifest's ``version``), and
    when it cannot be told (a pipeline folder)."""
    if name == RULES:
        return None
    for candidate in (name, name.replace("_", "-")):
        try:
            return metadata.version(candidate)
        except (metadata.PackageNotFoundError, ValueError):
            continue
    return None
