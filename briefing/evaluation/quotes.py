"""Scoring quotes and speakers against gold rows (quotes-dev.jsonl format).

A predicted quote matches a gold one when their character overlap is at least half of their
union (one-to-one, greedy by overlap). The speaker is right when both are null, when the
predicted speaker mention overlaps the gold ``speaker_mention``, or when the names share a
word other than a title or a function word ('of', 'the').
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..analyse import analyse
from ..assemble import assemble
from ..model import Document, Quote
from . import Counts, Scores

KINDS = ("direct", "mixed", "indirect")
GROUPS = {
    "direct": {"direct"},
    "mixed": {"mixed"},
    "indirect": {"indirect"},
    "direct+mixed": {"direct", "mixed"},
    "overall": set(KINDS),
}
FUNCTION_WORDS = {"the", "a", "an", "of", "and", "for", "in", "on", "at", "to", "'s", "’s", "-"}
RULES = Path(__file__).resolve().parents[1] / "rules"


@cache
def title_words() -> frozenset[str]:
    """Words that say what someone is, not who: every word of rules/titles.txt, honorifics,
    and function words; two names sharing only these are not the same speaker."""
    words = {"president", "minister", "mr", "mrs", "ms", "dr", "secretary", "foreign", "prime"}
    for line in (RULES / "titles.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            words.update(w.lower() for w in line.split())
    return frozenset(words | FUNCTION_WORDS)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union else 0.0


def _words(name: str | None) -> set[str]:
    return {w.strip(".,'’").lower() for w in (name or "").split()} - title_words()


def speaker_right(gold: dict, predicted: Quote, names: dict[str, str]) -> bool:
    gold_name = gold.get("speaker")
    name = names.get(predicted.speaker or "") or predicted.speaker_text
    if gold_name is None and name is None:
        return True
    mention = gold.get("speaker_mention") or {}
    start, end = predicted.speaker_start, predicted.speaker_end
    if mention and start is not None and end is not None:
        return (
            mention["start"] < end
            and start < mention["end"]
            or bool(_words(gold_name) & _words(name))
        )
    return bool(_words(gold_name) & _words(name))


def match(gold: list[dict], predicted: list[Quote]) -> list[tuple[dict, Quote]]:
    """One-to-one pairs whose overlap is at least half the union, best overlaps first."""
    pairs = sorted(
        (
            (_overlap((g["start"], g["end"]), (p.start, p.end)), gi, pi)
            for gi, g in enumerate(gold)
            for pi, p in enumerate(predicted)
        ),
        reverse=True,
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    matched = []
    for score, gi, pi in pairs:
        if score < 0.5:
            break
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            matched.append((gold[gi], predicted[pi]))
    return matched


def evaluate(rows: list[dict], nlp) -> Scores:
    quotes = {g: Counts() for g in GROUPS}
    speakers = {g: Counts() for g in GROUPS}
    both = {g: Counts() for g in GROUPS}
    for row in rows:
        document = Document(
            id="d1", path=str(row["id"]), title="", text=row["text"], published=row.get("date")
        )
        extraction = assemble([analyse(nlp, document)], "evaluate")
        names = {a.id: a.name for a in extraction.actors}
        for group, kinds in GROUPS.items():
            gold = [q for q in row["quotes"] if q["kind"] in kinds]
            predicted = [q for q in extraction.quotes if q.kind in kinds]
            pairs = match(gold, predicted)
            right = sum(speaker_right(g, p, names) for g, p in pairs)
            quotes[group].add(len(pairs), len(predicted), len(gold))
            speakers[group].add(right, len(pairs), len(pairs))
            both[group].add(right, len(predicted), len(gold))
    scores: Scores = {}
    for group in GROUPS:
        q, s, b = quotes[group].scores(), speakers[group].scores(), both[group].scores()
        scores[group] = {
            "precision": q["precision"],
            "recall": q["recall"],
            "f1": q["f1"],
            "speaker_acc": s["precision"],
            "quote+speaker_f1": b["f1"],
            "gold": q["gold"],
            "predicted": q["predicted"],
        }
    return scores
