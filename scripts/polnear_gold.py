"""Convert PolNeAR attribution annotations into quotes gold rows for ``briefing evaluate``.

PolNeAR (Newell, Margolin and Ruths, LREC 2018; github.com/networkdynamics/PolNeAR) holds
1,008 US political news articles from the 2016 campaign in which every attribution (a
Source, a Cue and a Content span) is annotated in BRAT standoff files. This script turns the
``train`` or ``dev`` split of a PolNeAR checkout into JSON Lines in the format of our own
quotes gold (``../shared/eval/dev/quotes-dev.jsonl``, described in ``../shared/eval/README.md``)
so that the speaker and quote extraction can be measured on a larger, independently annotated
corpus:

    .venv/bin/python scripts/polnear_gold.py /tmp/polnear/src dev -o /tmp/polnear/dev.jsonl
    .venv/bin/briefing evaluate /tmp/polnear/dev.jsonl --task quotes

LICENCE CAVEAT: PolNeAR is published without a data licence. Its texts and annotations, and
anything derived from them (this script's output, excerpts, counts per article), must never
be committed to this repository, quoted in its tests or shipped with the package: write the
output outside the project (e.g. under /tmp/polnear/). This file holds code only. The
``test`` split is kept blind: the script refuses it.

Conversion, one JSON object per article:

- ``id``: the article's file name; ``text``: the article text exactly as the offsets index it
  (the ``.txt`` file read as UTF-8, offsets are Python string indices); ``date``: the
  publication date in the file name (``breitbart_2016-03-11_...`` -> ``2016-03-11``).
- ``quotes``: one row per Content fragment of every ``Attribution`` / ``Attribution-no-source``
  event that has content. ``speaker`` is the Source text (null when there is no Source: no
  coreference is resolved, so a pronoun Source stays a pronoun); ``speaker_mention`` is the
  Source span; ``cue`` the Cue span ({text, start, end}, as in our gold; the event's trigger
  when the Cue argument is missing). ``Discuss``/``Discard`` marks and annotator notes are
  ignored. Our scorer never accepts a pronoun as a gold speaker's name, so a quote whose
  Source is "he" or "she" counts as a speaker error whatever the tool resolves it to: read
  speaker accuracy with the pronoun-Source quotes set apart.
- Discontinuous content (several BRAT fragments, or ``Content`` plus ``Content2``) is split
  into a ``group`` of fragments, as our gold does for a quotation split by its attribution;
  fragments separated only by spaces or punctuation are joined first. Content running over a
  paragraph break is also split at the break (our gold: a multi-paragraph quotation is one
  group of several fragments). Every quotation gets a group id; its fragments share it.
- ``kind``, per fragment, from the quotation marks of the paragraph (curly or straight double
  marks, the New York Times' ``''``, curly single marks outside double ones):
  ``direct`` when every letter and digit of the fragment lies inside one quotation (the span
  then becomes the text inside the marks, as our gold spans a direct quote), ``mixed`` when
  some do, ``indirect`` when none do.
- A discontinuous Source or Cue is given by its covering span.

Several annotators: most articles have one annotation file (``<name>_<annotator>.ann``); the
few articles used to measure agreement have five or six. We keep the annotator whose labelling
agrees best with the others' (the highest mean Jaccard similarity of the sets of
(character, role) labels, roles being source, cue and content), ties broken by the smallest
annotator id: it is deterministic and takes the most consensual reading rather than an
arbitrary one (PolNeAR's own software picks one at random).

Checks: each BRAT span's recorded text must equal the article text at its offsets (fragments
joined by one space, as BRAT writes them); an attribution whose Content, Source or Cue fails
the check is skipped and counted. Counts are printed to stderr as JSON (``--stats FILE``
writes them to a file as well).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

SPLITS = ("train", "dev")
ROLES = ("Source", "Cue", "Content")
DATE_IN_NAME = re.compile(r"_(\d{4}-\d\d-\d\d)_")
ANNOTATOR_IN_NAME = re.compile(r"^(?P<article>.+)_(?P<annotator>[0-9a-f]{4})\.ann$")
ANNOTATION_LINE = re.compile(r"^(?:[TERAMN]\d+|#\d*)\t")
# What may separate two BRAT fragments that still read as one span: spaces, punctuation.
JOINABLE_GAP = re.compile(r"[\s,.;:!?\"“”'‘’()\[\]—–-]*")

Span = tuple[int, int]


@dataclass
class TextBound:
    """A BRAT text-bound annotation: its type, fragments and recorded text."""

    id: str
    type: str
    fragments: list[Span]
    text: str


@dataclass
class Event:
    """A BRAT event: its trigger and arguments (role name without digits -> text-bound ids)."""

    id: str
    type: str
    trigger: str
    arguments: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Annotation:
    """One annotator's file for one article."""

    annotator: str
    spans: dict[str, TextBound]
    events: list[Event]


# ---------------------------------------------------------------- reading BRAT


def parse_ann(content: str, annotator: str) -> Annotation:
    """Read a BRAT .ann file. A span's text may hold line breaks: a line that does not start
    an annotation continues the text of the span before it."""
    spans: dict[str, TextBound] = {}
    events: list[Event] = []
    last: TextBound | None = None
    lines = content.split("\n")
    if lines and lines[-1] == "":  # the file's final newline ends the last line
        lines.pop()
    for line in lines:
        if not ANNOTATION_LINE.match(line):
            if last is not None:
                last.text += "\n" + line
            continue
        last = None
        ident, _, rest = line.partition("\t")
        if ident.startswith("T"):
            header, _, text = rest.partition("\t")
            kind, _, offsets = header.partition(" ")
            fragments = [(int(a), int(b)) for a, b in (part.split() for part in offsets.split(";"))]
            last = TextBound(ident, kind, fragments, text)
            spans[ident] = last
        elif ident.startswith("E"):
            parts = rest.split()
            kind, _, trigger = parts[0].partition(":")
            event = Event(ident, kind, trigger)
            for argument in parts[1:]:
                role, _, target = argument.partition(":")
                event.arguments.setdefault(role.rstrip("0123456789"), []).append(target)
            events.append(event)
    return Annotation(annotator, spans, events)


def span_matches(text: str, span: TextBound) -> bool:
    """Whether the recorded text is the article text at the span's fragments."""
    return " ".join(text[a:b] for a, b in span.fragments) == span.text


def labels(annotation: Annotation) -> set[tuple[int, str]]:
    """(character, role) labels of an annotation, for comparing annotators."""
    out: set[tuple[int, str]] = set()
    for span in annotation.spans.values():
        role = span.type.rstrip("0123456789")
        if role in ROLES:
            for a, b in span.fragments:
                out.update((i, role) for i in range(a, b))
    return out


def choose_annotation(annotations: list[Annotation]) -> Annotation:
    """The annotation that agrees best with the others (mean Jaccard of labels); ties and a
    single file: the smallest annotator id."""
    annotations = sorted(annotations, key=lambda a: a.annotator)
    if len(annotations) == 1:
        return annotations[0]
    sets = [labels(a) for a in annotations]

    def agreement(i: int) -> float:
        scores = [
            len(sets[i] & sets[j]) / len(sets[i] | sets[j]) if sets[i] | sets[j] else 1.0
            for j in range(len(sets))
            if j != i
        ]
        return sum(scores) / len(scores)

    best = max(range(len(annotations)), key=lambda i: (agreement(i), -i))
    return annotations[best]


# ---------------------------------------------------------------- quotation marks


def quotation_regions(text: str) -> list[Span]:
    """Inner spans of the quotations in a text, never across a paragraph (line) break.

    Double marks: a curly opening or closing mark opens or closes; a straight mark (also
    ``''``, which the New York Times articles use for both) closes when a quotation is open
    and opens otherwise. A quotation left open at the end of a paragraph ends there (a
    quotation running over paragraphs reopens in the next one). Curly single marks count the
    same way outside double quotations, so that a headline's single-quoted words are seen;
    a ``’`` followed by a letter is an apostrophe, and an unclosed ``‘`` quotes nothing. A
    ``“`` typed for a closing mark (after a word, before a space) closes. Marks are not
    nested: inside an excerpt whose paragraphs open with a straight mark, everything up to
    the next closing mark counts as quoted.
    """
    regions: list[Span] = []
    offset = 0
    for paragraph in text.split("\n"):
        start: int | None = None
        single: int | None = None
        i = 0
        while i < len(paragraph):
            ch = paragraph[i]
            width = 2 if paragraph.startswith("''", i) else 1
            at = offset + i
            if width == 2 or ch in '“”"':
                if single is None:  # a double mark inside single marks is ignored
                    if start is None and (width == 2 or ch in '“"'):
                        start = at + width
                    elif start is not None and (
                        width == 2 or ch in '”"' or _wrong_way_closing(paragraph, i)
                    ):
                        regions.append((start, at))
                        start = None
            elif start is None and ch == "‘" and single is None:
                following = paragraph[i + 1 : i + 2]
                if following.isalpha() or following in ("“", '"'):
                    single = at + 1
            elif (
                start is None
                and ch == "’"
                and single is not None
                and not paragraph[i + 1 : i + 2].isalpha()
            ):
                regions.append((single, at))
                single = None
            i += width
        end = offset + len(paragraph)
        if start is not None:
            regions.append((start, end))
        offset = end + 1
    return regions


def _wrong_way_closing(paragraph: str, i: int) -> bool:
    """A “ typed where ” was meant: after a word or punctuation, before a space or the end."""
    after = paragraph[i + 1 : i + 2]
    return paragraph[i] == "“" and i > 0 and not paragraph[i - 1].isspace() and after.strip() == ""


def trim(text: str, span: Span) -> Span:
    """A span without the white space at its edges."""
    a, b = span
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def fragments_of(text: str, fragments: list[Span]) -> list[Span]:
    """Content fragments in text order: neighbours joined across spaces and punctuation,
    then split at line breaks, trimmed, empty pieces dropped."""
    joined: list[Span] = []
    for a, b in sorted(fragments):
        if joined and JOINABLE_GAP.fullmatch(text[joined[-1][1] : a]) and a >= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(b, joined[-1][1]))
        else:
            joined.append((a, b))
    pieces: list[Span] = []
    for a, b in joined:
        start = a
        for match in re.finditer(r"\n+", text[a:b]):
            pieces.append((start, a + match.start()))
            start = a + match.end()
        pieces.append((start, b))
    out = [trim(text, piece) for piece in pieces]
    return [piece for piece in out if any(ch.isalnum() for ch in text[piece[0] : piece[1]])]


def classify(text: str, span: Span, regions: list[Span]) -> tuple[str, Span]:
    """The kind of a content fragment and its span (inside the marks when direct)."""
    a, b = span
    letters = [i for i in range(a, b) if text[i].isalnum()]
    holders = [next((r for r in regions if r[0] <= i < r[1]), None) for i in letters]
    inside = [r for r in holders if r is not None]
    if not inside:
        return "indirect", span
    if len(inside) < len(holders):
        return "mixed", span
    first, last = inside[0], inside[-1]
    # Direct: the span runs between the marks, unless the annotator's content starts or
    # ends well inside the quotation (then its own edge is kept).
    start = first[0] if JOINABLE_GAP.fullmatch(text[first[0] : max(a, first[0])]) else a
    end = last[1] if JOINABLE_GAP.fullmatch(text[min(b, last[1]) : last[1]]) else b
    return "direct", trim(text, (start, end))


# ---------------------------------------------------------------- articles


def mention(text: str, span: TextBound) -> dict:
    """The covering span of a Source or Cue as {text, start, end}."""
    start, end = span.fragments[0][0], span.fragments[-1][1]
    return {"text": text[start:end], "start": start, "end": end}


def article_row(name: str, text: str, annotation: Annotation, stats: Counter) -> dict:
    """The gold row of one article from the chosen annotation; ``stats`` counts what was
    converted and what was skipped."""
    regions = quotation_regions(text)
    quotes: list[dict] = []
    group = 0
    for event in sorted(annotation.events, key=lambda e: e.id):
        if not event.type.startswith("Attribution"):
            continue
        stats["attributions"] += 1
        spans = {
            role: [annotation.spans[t] for t in event.arguments.get(role, [])] for role in ROLES
        }
        contents = spans["Content"]
        if not contents:
            stats["skipped: no content"] += 1
            continue
        cue_spans = spans["Cue"] or [annotation.spans[event.trigger]]
        bad = [
            role
            for role, items in (
                ("content", contents),
                ("source", spans["Source"]),
                ("cue", cue_spans),
            )
            if any(not span_matches(text, s) for s in items)
        ]
        if bad:
            stats["skipped: span text differs from article text"] += 1
            for role in bad:
                stats[f"span text differs: {role}"] += 1
            continue
        source = spans["Source"][0] if spans["Source"] else None
        if len(spans["Source"]) > 1:
            stats["several Source arguments (first kept)"] += 1
        if source is None:
            stats["no source"] += 1
        fragments = fragments_of(text, [f for c in contents for f in c.fragments])
        if not fragments:
            stats["skipped: content without letters"] += 1
            continue
        if len(fragments) > 1:
            stats["split into fragments"] += 1
        kinds = []
        for fragment in fragments:
            kind, (start, end) = classify(text, fragment, regions)
            kinds.append(kind)
            quotes.append(
                {
                    "kind": kind,
                    "text": text[start:end],
                    "start": start,
                    "end": end,
                    "speaker": source.text if source else None,
                    "speaker_mention": mention(text, source) if source else None,
                    "cue": mention(text, cue_spans[0]),
                    "group": group,
                }
            )
            stats[f"fragments: {kind}"] += 1
        overall = kinds[0] if len(set(kinds)) == 1 else "mixed"
        stats[f"attributions: {overall}"] += 1
        stats["attributions converted"] += 1
        group += 1
    for q in quotes:  # the gold format's promise, checked once more
        assert text[q["start"] : q["end"]] == q["text"]
    row: dict = {"id": name, "text": text}
    date = DATE_IN_NAME.search(name)
    if date:
        row["date"] = date.group(1)
    row["quotes"] = sorted(quotes, key=lambda q: (q["start"], q["end"]))
    return row


def convert(root: Path, split: str, stats: Counter) -> list[dict]:
    """Gold rows of every article of one split of a PolNeAR checkout (the folder holding
    ``data/``, or ``data/`` itself)."""
    data = root / "data" if (root / "data").is_dir() else root
    folder = data / split
    if not (folder / "text").is_dir():
        raise SystemExit(f"{folder}/text: no such folder (is {root} a PolNeAR checkout?)")
    files: dict[str, list[Path]] = {}
    for path in sorted((folder / "attributions").glob("*.ann")):
        match = ANNOTATOR_IN_NAME.match(path.name)
        if match:
            files.setdefault(match.group("article"), []).append(path)
    rows = []
    for text_path in sorted((folder / "text").glob("*.txt")):
        name = text_path.stem
        text = text_path.read_text(encoding="utf-8")
        paths = files.get(name, [])
        if not paths:
            stats["articles without annotation"] += 1
            continue
        annotations = [
            parse_ann(p.read_text(encoding="utf-8"), ANNOTATOR_IN_NAME.match(p.name)["annotator"])
            for p in paths
        ]
        chosen = choose_annotation(annotations)
        if len(annotations) > 1:
            stats["articles with several annotators"] += 1
            stats[f"annotator kept where several: {chosen.annotator}"] += 1
        stats["articles"] += 1
        rows.append(article_row(name, text, chosen, stats))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("polnear", type=Path, help="PolNeAR checkout (the folder with data/)")
    parser.add_argument("split", choices=SPLITS, help="train or dev (test stays blind)")
    parser.add_argument("-o", "--output", type=Path, required=True, help="JSONL file to write")
    parser.add_argument("--stats", type=Path, help="also write the counts as JSON here")
    args = parser.parse_args(argv)
    project = Path(__file__).resolve().parents[1]
    if args.output.resolve().is_relative_to(project):
        parser.error("PolNeAR has no data licence: write the output outside the project")
    stats: Counter = Counter()
    rows = convert(args.polnear, args.split, stats)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = dict(sorted(stats.items()))
    if args.stats:
        args.stats.write_text(json.dumps(counts, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(counts, indent=1), file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
