"""Linguistic knowledge as data: word lists (``*.txt``, one entry a line, ``#`` comments) and
pattern tables (``*.json``, ``*.tsv``) that the stages read through this one loader."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

FOLDER = Path(__file__).resolve().parent


def rules_path(name: str) -> Path:
    """The path of a bundled rules file."""
    return FOLDER / name


@cache
def word_list(name: str) -> tuple[str, ...]:
    """The entries of a ``.txt`` word list, lower-cased, in file order, comments left out."""
    lines = rules_path(name).read_text(encoding="utf-8").splitlines()
    return tuple(
        line.strip().lower() for line in lines if line.strip() and not line.startswith("#")
    )


@cache
def json_rules(name: str) -> Any:
    """A JSON rules file, parsed once per process."""
    return json.loads(rules_path(name).read_text(encoding="utf-8"))
