"""``briefing verify``: check a built brief against its sources, trusting nothing in it.

A brief is signed by an analyst, so every line must be checkable. brief.json's manifest
(select/manifest.py) says what the brief was made from and how; this module

1. re-reads every source (the files or URLs in the manifest, or the articles given) and
   checks its SHA-256: the raw file's bytes where there was a local file, and always the text
   that was analysed, which every span depends on;
2. checks that every span the brief cites lies in its source and still holds the words the
   brief was made from, that every direct quotation shown is verbatim in its source at its
   span and appears in brief.md and brief.html exactly so, and that every attributed
   statement's span exists;
3. makes the brief again with the manifest's options and compares brief.md, brief.html and
   brief.json byte for byte.

Each problem is one line; a different tool version is a warning (a failure with ``strict``),
since a newer briefing may word a brief differently from the same sources. Nothing is
written: the rebuild happens in memory.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from briefing import __version__
from briefing.brief import HouseStyle
from briefing.errors import BriefingError, InputError
from briefing.model import Extraction, Manifest, SourceHash
from briefing.read.fingerprint import is_url, sha256_file, sha256_text
from briefing.read.options import ReadOptions
from briefing.settings import BuildSettings

# The files a rebuild must reproduce byte for byte: the documents as text and the record (the
# PDF and the e-mail carry the time they were made). Named one by one, not taken from FORMATS,
# so a format added later is compared only once it is known to come out the same.
CHECKED_FILES = ("brief.md", "brief.html") + ("brief.json",)
Progress = Callable[[str], None]


def _quiet(message: str) -> None:
    """Default progress sink: say nothing."""


@dataclass(frozen=True)
class Finding:
    """One line of the report."""

    level: Literal["problem", "warning"]
    text: str


@dataclass
class Verification:
    """What verify found, and how much it checked (for the summary line)."""

    findings: list[Finding] = field(default_factory=list)
    sources: int = 0
    spans: int = 0
    quotes: int = 0
    rebuilt: list[str] = field(default_factory=list)

    def problem(self, text: str) -> None:
        self.findings.append(Finding("problem", text))

    def warning(self, text: str) -> None:
        self.findings.append(Finding("warning", text))

    def holds(self, strict: bool = False) -> bool:
        """True when nothing is wrong (and, with ``strict``, nothing is even doubtful)."""
        return not any(f.level == "problem" or strict for f in self.findings)

    def summary(self, strict: bool = False) -> str:
        problems = sum(f.level == "problem" for f in self.findings)
        warnings = len(self.findings) - problems
        checked = (
            f"{self.sources} source{'s' if self.sources != 1 else ''} re-read, "
            f"{self.spans} cited span{'s' if self.spans != 1 else ''}, "
            f"{self.quotes} direct quote{'s' if self.quotes != 1 else ''}, "
            f"rebuilt {', '.join(self.rebuilt) or 'nothing'}"
        )
        verdict = "OK" if self.holds(strict) else "FAILED"
        counts = f"{problems} problem{'s' if problems != 1 else ''}, "
        counts += f"{warnings} warning{'s' if warnings != 1 else ''}"
        return f"verify: {verdict} ({counts}; {checked})"


def verify_brief(
    brief_dir: Path,
    articles: Sequence[str] = (),
    *,
    offline: bool = False,
    progress: Progress = _quiet,
) -> Verification:
    """Check the brief in ``brief_dir``. Raises InputError when there is nothing to check (no
    folder, no brief.json, no manifest, a broken brief.json); every other finding is in the
    returned report."""
    from briefing.read.extraction import load_brief_bundle

    if not brief_dir.exists():
        raise InputError(f"{brief_dir}: no such folder")
    if not brief_dir.is_dir():
        raise InputError(f"{brief_dir}: not a folder (give the folder the brief was built into)")
    path = brief_dir / "brief.json"
    if not path.is_file():
        raise InputError(
            f"{path}: no such file; build with --format md,html,pdf,json to make a brief "
            "that can be verified"
        )
    stored, _, manifest = load_brief_bundle(path)
    if manifest is None:
        raise InputError(
            f"{path}: has no manifest (made before briefing wrote one, or the manifest was "
            "removed); build it again to verify it"
        )
    report = Verification()
    if manifest.version != __version__:
        report.warning(
            f"made by briefing {manifest.version}, this is briefing {__version__}: a "
            "different version may word the brief differently (--strict makes this a failure)"
        )
    brief_dir = brief_dir.resolve()
    inputs = list(articles) or list(manifest.inputs)
    # The recorded inputs are as given, relative to the folder the build ran in: read them
    # there, so each document's path (which the brief shows) comes out the same.
    folder = Path.cwd() if articles else Path(manifest.cwd or ".")
    if not folder.is_dir():
        report.problem(
            f"the folder the brief was built in ({folder}) no longer exists; give the "
            "articles on the command line"
        )
        return report
    with contextlib.chdir(folder):
        progress("re-reading the sources")
        texts = _check_sources(manifest, stored, articles, offline, report)
        progress("checking the cited spans and quotes")
        _check_spans(manifest, stored, texts, report)
        _check_quotes_shown(brief_dir, manifest, stored, report)
        if texts is not None:
            progress("making the brief again")
            _check_rebuild(brief_dir, manifest, inputs, offline, report)
    return report


# ---------------------------------------------------------------- sources


def _check_sources(
    manifest: Manifest,
    stored: Extraction,
    articles: Sequence[str],
    offline: bool,
    report: Verification,
) -> dict[str, str] | None:
    """Re-read the sources and check their hashes. The texts by document id, or None when
    they could not all be read (then spans are checked against brief.json's own texts)."""
    from briefing.read import read_documents

    edited: set[str] = set()
    if not articles:
        blocked = False
        for source in manifest.sources:
            where = f"{source.doc} {source.location or '(stdin)'}"
            if not source.location or source.location == "-":
                report.problem(
                    f"{source.doc}: read from stdin; give the article on the command line "
                    "(briefing verify DIR ARTICLE...) to check it"
                )
                blocked = True
            elif is_url(source.location):
                if offline:
                    report.problem(f"{where}: a URL, not fetched (--offline); not checked")
                    blocked = True
            else:
                blocked |= _check_file(source, where, report, edited)
        if blocked:
            return None
    options = ReadOptions(
        offline=offline,
        since=_date(manifest.options.since),
        limit=manifest.options.limit,
        keep_going=manifest.options.keep_going,
    )
    inputs = list(articles) or list(manifest.inputs)
    try:
        documents = read_documents(inputs, options=options)
    except BriefingError as exc:
        report.problem(f"sources: cannot read them again: {exc}")
        return None
    report.sources = len(documents)
    recorded = {s.doc: s for s in manifest.sources}
    if len(documents) != len(manifest.sources):
        report.problem(
            f"sources: {len(documents)} article(s) read now, {len(manifest.sources)} when "
            "the brief was built"
        )
    for document in documents:
        source = recorded.get(document.id)
        if source is None or document.id in edited:
            continue
        if sha256_text(document.text) != source.text_sha256:
            report.problem(
                f"{document.id} {document.path}: the analysed text differs from the one the "
                "brief was built from (text SHA-256)"
            )
    return {d.id: d.text for d in documents}


def _check_file(source: SourceHash, where: str, report: Verification, edited: set[str]) -> bool:
    """The local file's hash; True when the file cannot be read at all."""
    path = Path(source.location)
    try:
        digest = sha256_file(path)
    except FileNotFoundError:
        report.problem(f"{where}: source missing (no such file)")
        return True
    except IsADirectoryError:
        report.problem(f"{where}: now a folder, not the article file")
        return True
    except OSError as exc:
        report.problem(f"{where}: source unreadable ({exc.strerror or exc})")
        return True
    if source.file_sha256 is not None and digest != source.file_sha256:
        report.problem(f"{where}: edited after the brief was built (file SHA-256 differs)")
        edited.add(source.doc)
    return False


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


# ---------------------------------------------------------------- spans and quotes


def _check_spans(
    manifest: Manifest, stored: Extraction, texts: dict[str, str] | None, report: Verification
) -> None:
    """Every cited span lies in its source and holds the words the brief was built from;
    every shown quote's own span is verbatim in its source."""
    built = {d.id: d.text for d in stored.documents}
    current = texts if texts is not None else built
    quotes = {q.id: q for q in stored.quotes}
    for item in manifest.items:
        name = f"{item.section} {item.ref}"
        for span in item.spans:
            report.spans += 1
            _span_holds(name, span.doc, span.start, span.end, built, current, report)
        quote = quotes.get(item.ref)
        if quote is None:
            continue
        kind = "quote" if quote.kind == "direct" else "attributed statement"
        if quote.doc not in current or not 0 <= quote.start <= quote.end <= len(current[quote.doc]):
            report.problem(
                f"{name}: the {kind}'s span {quote.doc} {quote.start}..{quote.end} does not "
                "exist in its source"
            )
        elif current[quote.doc][quote.start : quote.end] != quote.text:
            report.problem(
                f"{name}: the {kind} {_clip(quote.text)} is not verbatim in {quote.doc} at "
                f"{quote.start}..{quote.end}"
            )


def _span_holds(
    name: str,
    doc: str,
    start: int,
    end: int,
    built: dict[str, str],
    current: dict[str, str],
    report: Verification,
) -> None:
    if doc not in current or not 0 <= start <= end <= len(current[doc]):
        length = len(current.get(doc, ""))
        report.problem(
            f"{name}: cited span {doc} {start}..{end} lies outside its source (0..{length})"
        )
    elif current[doc][start:end] != built.get(doc, "")[start:end]:
        report.problem(
            f"{name}: cited span {doc} {start}..{end} now reads "
            f"{_clip(current[doc][start:end])}, not {_clip(built[doc][start:end])}"
        )


def _check_quotes_shown(
    brief_dir: Path, manifest: Manifest, stored: Extraction, report: Verification
) -> None:
    """Each direct quotation the brief shows is in brief.md and brief.html exactly as the
    extraction has it (escaped as the templates escape article text)."""
    from markupsafe import escape

    from briefing.render.templates import escape_markdown

    quotes = {q.id: q for q in stored.quotes if q.kind == "direct"}
    shown = list(dict.fromkeys(item.ref for item in manifest.items if item.ref in quotes))
    forms = {"brief.md": escape_markdown, "brief.html": lambda t: str(escape(t))}
    pages = {}
    for name in forms:
        try:
            pages[name] = _items_only(name, (brief_dir / name).read_text(encoding="utf-8"))
        except FileNotFoundError:
            continue
        except (OSError, UnicodeDecodeError) as exc:
            report.problem(f"{name}: cannot read it ({exc})")
    for ref in shown:
        words = quotes[ref].text.strip().rstrip(",")
        report.quotes += 1
        for name, page in pages.items():
            if forms[name](words) not in page:
                report.problem(
                    f"{name}: the quote {ref} {_clip(words)} is not shown as its source has it"
                )


def _items_only(name: str, page: str) -> str:
    """The brief without its cited passages (Markdown footnotes, the HTML annex), which hold
    the source's own sentences: a quote must be found where the brief shows it."""
    if name == "brief.md":
        return "\n".join(line for line in page.splitlines() if not line.startswith("[^"))
    return re.sub(r'<section class="passages".*?</section>', "", page, flags=re.S)


def _clip(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


# ---------------------------------------------------------------- rebuild


def _check_rebuild(
    brief_dir: Path,
    manifest: Manifest,
    inputs: Sequence[str],
    offline: bool,
    report: Verification,
) -> None:
    """Make the brief again with the manifest's options; compare each file byte for byte."""
    from briefing.build import extract, render_files

    present = [name for name in CHECKED_FILES if (brief_dir / name).is_file()]
    options = manifest.options
    template_dir = Path(options.template_dir) if options.template_dir else None
    if template_dir is not None and not template_dir.is_dir():
        report.problem(f"templates: {template_dir} no longer exists; cannot make the brief again")
        return
    house = options.house
    settings = BuildSettings(
        formats=tuple(name.split(".")[1] for name in present),
        reference_date=_date(options.date),
        title=options.title,
        audience=options.audience,
        template_dir=template_dir,
        model=options.model,
        paper=options.paper,
        read=ReadOptions(
            offline=offline,
            since=_date(options.since),
            limit=options.limit,
            keep_going=options.keep_going,
        ),
        house=HouseStyle(
            organisation=house.organisation,
            logo=house.logo,
            marking=house.marking,
            author=house.author,
            footer=house.footer,
            colours=house.colours,
        ),
    )
    try:
        extraction = extract(
            inputs,
            reference_date=settings.reference_date,
            model=settings.model,
            read=settings.read,
        )
        if extraction.pipeline != manifest.pipeline:
            report.problem(
                f"pipeline: built with {manifest.pipeline}, {extraction.pipeline} now "
                "(install it or give --model when building)"
            )
        files = render_files(extraction, settings, inputs=inputs)
    except BriefingError as exc:
        report.problem(f"rebuild: cannot make the brief again: {exc}")
        return
    for name in present:
        made = files[name]
        kept = (brief_dir / name).read_bytes()
        if name == "brief.json":
            made = _as_recorded(made, kept)
        if made == kept:
            report.rebuilt.append(name)
        else:
            report.problem(f"{name}: differs from a fresh build ({_first_difference(kept, made)})")


def _as_recorded(made: bytes, kept: bytes) -> bytes:
    """The rebuilt brief.json with the fields that say where and with what it was made (tool
    version, inputs, folder, source locations) as recorded: the version is a warning of its
    own, and articles given on the command line may sit elsewhere (a document's own path,
    shown in the brief, is still compared)."""
    try:
        recorded = json.loads(kept)["manifest"]
    except (ValueError, KeyError, TypeError):
        return made
    data = json.loads(made)
    fresh = data["manifest"]
    fresh["version"] = recorded.get("version", fresh["version"])
    fresh["inputs"] = recorded.get("inputs", fresh["inputs"])
    fresh["cwd"] = recorded.get("cwd", fresh["cwd"])
    locations = [s.get("location") for s in recorded.get("sources", [])]
    if len(locations) == len(fresh["sources"]):
        for source, location in zip(fresh["sources"], locations, strict=True):
            source["location"] = location
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()


def _first_difference(kept: bytes, made: bytes) -> str:
    old = kept.decode("utf-8", "replace").splitlines()
    new = made.decode("utf-8", "replace").splitlines()
    for number, (a, b) in enumerate(zip(old, new, strict=False), start=1):
        if a != b:
            return f"line {number}: {_clip(a, 50)} here, {_clip(b, 50)} fresh"
    return f"{len(old)} lines here, {len(new)} fresh"
