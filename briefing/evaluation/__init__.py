"""Scoring extraction against gold-annotated news (``briefing evaluate``).

Each task module exposes ``evaluate(rows, nlp) -> Scores`` where rows are the gold JSONL
objects and Scores maps a group ("overall", "direct", "PER", ...) to metric name -> value.
"""

from __future__ import annotations

from dataclasses import dataclass

Scores = dict[str, dict[str, float]]


@dataclass
class Counts:
    """True positives, predictions and gold items; precision/recall/F1 derive from them."""

    tp: float = 0
    predicted: int = 0
    gold: int = 0

    def add(self, tp: float, predicted: int, gold: int) -> None:
        self.tp += tp
        self.predicted += predicted
        self.gold += gold

    def scores(self) -> dict[str, float]:
        p = self.tp / self.predicted if self.predicted else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "precision": round(p, 4),
            "recall": round(r, 4),
            "f1": round(f, 4),
            "gold": self.gold,
            "predicted": self.predicted,
        }
