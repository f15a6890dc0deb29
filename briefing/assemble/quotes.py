"""STUB: replaced by the quotes work."""

from __future__ import annotations


def link_speakers(findings, actors, resolve):
    return [q for f in findings for q in f.quotes]
