"""Scoring quotes and speakers against gold rows (quotes-dev.jsonl format).

The rules are the planners' (``../shared/eval/README.md``, taken from ``conventions``):

- a predicted quote and a gold quote are paired one-to-one when their character overlap is at
  least half of their union, *whatever kinds they were given*: the kind is scored apart, as a
  confusion table, so calling a mixed quote direct costs nothing in finding it;
- a kind row (``direct``, ``mixed``, ``indirect``, ``direct+mixed``) judges each side by its
  own kind: precision over the predicted quotes of those kinds (paired to any gold quote),
  recall over the gold quotes of those kinds (paired to any predicted quote); speaker accuracy
  over the pairs whose *gold* kind is in the row, since the gold says what the quote is;
- a speaker is right as ``conventions.speaker_right`` says: both null, the mentions overlap,
  or the names share a word other than a title; a pronoun counts only through the actor it was
  resolved to, never by overlapping the gold pronoun; ``direct, named speaker`` and
  ``overall, named speaker`` give the speaker accuracy over gold quotes whose speaker mention
  is a name or noun phrase (PolNeAR leaves pronoun sources unresolved, so only these compare);
- ``speaker via WAY`` gives, per way of finding the speaker (``Quote.speaker_via``), the speaker
  accuracy over paired quotes whose gold speaker is resolved to a name or noun phrase, or is
  none (a gold pronoun left unresolved, as PolNeAR leaves it, cannot judge a name): the
  precision of that way, which decides whether the brief may name a speaker found so.

``score_document`` is the pure per-document step (gold rows, predicted quotes, actor names);
``evaluate`` only runs the pipeline and sums documents.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import get_args

from briefing.assemble import assemble
from briefing.evaluation import Scores
from briefing.evaluation.conventions import is_pronoun, pair_by_overlap, read_date, speaker_right
from briefing.extract import analyse
from briefing.model import Document, Quote, QuoteKind

KINDS: tuple[QuoteKind, ...] = get_args(QuoteKind)
GROUPS = {
    "direct": {"direct"},
    "mixed": {"mixed"},
    "indirect": {"indirect"},
    "direct+mixed": {"direct", "mixed"},
    "overall": set(KINDS),
}


@dataclass
class Side:
    """One side of a kind row: items of those kinds, how many were paired, and how many of
    those pairs had the right speaker."""

    total: int = 0
    paired: int = 0
    speaker_right: int = 0

    def add(self, other: Side) -> None:
        self.total += other.total
        self.paired += other.paired
        self.speaker_right += other.speaker_right


@dataclass
class Tally:
    """What one or more documents contribute to the quote scores: per kind row a predicted
    side and a gold side, and the confusion of kinds over pairs (gold kind, predicted kind)."""

    predicted: dict[str, Side] = field(default_factory=lambda: {g: Side() for g in GROUPS})
    gold: dict[str, Side] = field(default_factory=lambda: {g: Side() for g in GROUPS})
    # The gold side again, counting only quotes whose gold speaker is named, not a pronoun
    # (PolNeAR gives a pronoun source unresolved, so no prediction can match it by name).
    named: dict[str, Side] = field(default_factory=lambda: {g: Side() for g in GROUPS})
    kinds: dict[tuple[str, str], int] = field(default_factory=dict)
    # Per way of finding the speaker (Quote.speaker_via): the paired predicted quotes whose
    # gold speaker is a name or none, and how many name it rightly. This is the precision
    # select.confidence holds weak ways back by.
    ways: dict[str, Side] = field(default_factory=dict)

    def add(self, other: Tally) -> None:
        for group in GROUPS:
            self.predicted[group].add(other.predicted[group])
            self.gold[group].add(other.gold[group])
            self.named[group].add(other.named[group])
        for key, count in other.kinds.items():
            self.kinds[key] = self.kinds.get(key, 0) + count
        for way, side in other.ways.items():
            self.ways.setdefault(way, Side()).add(side)


def predicted_speaker_right(gold: dict, predicted: Quote, names: Mapping[str, str]) -> bool:
    """Whether a predicted quote names the gold quote's speaker.

    The predicted name is the resolved actor's name, else the words naming the speaker; the
    mention is the span naming it near the cue. ``conventions.speaker_right`` then refuses a
    pronoun that merely overlaps the gold pronoun: it must have been resolved to the person.
    """
    name = names.get(predicted.speaker or "") or predicted.speaker_text
    mention = None
    if predicted.speaker_start is not None and predicted.speaker_end is not None:
        mention = (predicted.speaker_start, predicted.speaker_end)
    return speaker_right(
        gold.get("speaker"), gold.get("speaker_mention"), name, mention, predicted.speaker_text
    )


def score_document(
    gold: Sequence[dict], predicted: Sequence[Quote], names: Mapping[str, str]
) -> Tally:
    """The tally of one document: gold quote rows, the quotes the tool found in the same
    text, and the names of its actors by id (to read a resolved speaker)."""
    pairs = pair_by_overlap(
        [(g["start"], g["end"]) for g in gold], [(p.start, p.end) for p in predicted]
    )
    partner_of_gold = dict(pairs)
    partner_of_predicted = {pi: gi for gi, pi in pairs}
    right = {(gi, pi): predicted_speaker_right(gold[gi], predicted[pi], names) for gi, pi in pairs}
    tally = Tally()
    for group, kinds in GROUPS.items():
        gold_side, predicted_side = tally.gold[group], tally.predicted[group]
        for gi, g in enumerate(gold):
            if g["kind"] not in kinds:
                continue
            named = not is_pronoun((g.get("speaker_mention") or {}).get("text"))
            for side in (gold_side, tally.named[group]) if named else (gold_side,):
                side.total += 1
                if gi in partner_of_gold:
                    side.paired += 1
                    side.speaker_right += right[gi, partner_of_gold[gi]]
        for pi, p in enumerate(predicted):
            if p.kind not in kinds:
                continue
            predicted_side.total += 1
            if pi in partner_of_predicted:
                predicted_side.paired += 1
                predicted_side.speaker_right += right[partner_of_predicted[pi], pi]
    for gi, pi in pairs:
        key = (gold[gi]["kind"], predicted[pi].kind)
        tally.kinds[key] = tally.kinds.get(key, 0) + 1
        way = predicted[pi].speaker_via
        if way and not is_pronoun(gold[gi].get("speaker")):  # PolNeAR leaves 'he' unresolved
            side = tally.ways.setdefault(way, Side())
            side.paired += 1
            side.speaker_right += right[gi, pi]
    return tally


def _ratio(part: float, whole: float) -> float:
    return part / whole if whole else 0.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def scores_of(tally: Tally) -> Scores:
    """The table ``briefing evaluate`` prints: one row per kind group, then the kinds'
    confusion over pairs (``kinds: gold direct`` x ``as direct``/``as mixed``/...)."""
    scores: Scores = {}
    for group in GROUPS:
        gold, predicted = tally.gold[group], tally.predicted[group]
        p, r = _ratio(predicted.paired, predicted.total), _ratio(gold.paired, gold.total)
        # Both sides of quote+speaker count a pair only when its speaker is right: precision
        # over the predicted quotes of the row, recall over its gold quotes.
        ps = _ratio(predicted.speaker_right, predicted.total)
        rs = _ratio(gold.speaker_right, gold.total)
        scores[group] = {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(_f1(p, r), 4),
            "speaker_acc": round(_ratio(gold.speaker_right, gold.paired), 4),
            "quote+speaker_f1": round(_f1(ps, rs), 4),
            "gold": gold.total,
            "predicted": predicted.total,
        }
    for group in ("direct", "overall"):
        named = tally.named[group]
        scores[f"{group}, named speaker"] = {
            "speaker_acc": round(_ratio(named.speaker_right, named.paired), 4),
            "gold": named.total,
        }
    for gold_kind in KINDS:
        scores[f"kinds: gold {gold_kind}"] = {
            f"as {kind}": tally.kinds.get((gold_kind, kind), 0) for kind in KINDS
        }
    for way in sorted(tally.ways, key=lambda w: -tally.ways[w].paired):
        side = tally.ways[way]
        scores[f"speaker via {way}"] = {
            "speaker_acc": round(_ratio(side.speaker_right, side.paired), 4),
            "predicted": side.paired,
        }
    return scores


def score_documents(
    documents: Iterable[tuple[Sequence[dict], Sequence[Quote], Mapping[str, str]]],
) -> Scores:
    """Scores over several documents, each given as (gold rows, predicted quotes, names)."""
    total = Tally()
    for gold, predicted, names in documents:
        total.add(score_document(gold, predicted, names))
    return scores_of(total)


def evaluate(rows: list[dict], nlp) -> Scores:
    """Run the rule pipeline on each gold row's text and score its quotes."""

    def documents():
        for row in rows:
            document = Document(
                id="d1",
                path=str(row["id"]),
                title="",
                text=row["text"],
                published=read_date(row.get("date")),
            )
            extraction = assemble([analyse(nlp, document)], "evaluate")
            names = {a.id: a.name for a in extraction.actors}
            yield row["quotes"], list(extraction.quotes), names

    return score_documents(documents())
