"""Linguistic knowledge as data: word lists (``*.txt``, one entry a line, ``#`` comments) and
pattern tables (``*.json``, ``*.tsv``) that the stages read through this one loader."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

FOLDER = Path(__file__).resolve().parent


def rules_path(name: str) -> Path:
    """The path of a bundled rules file."""
    return FOLDER / name


@cache
def lines(name: str) -> tuple[str, ...]:
    """The entries of a ``.txt`` or ``.tsv`` list as written (case kept), in file order,
    blank lines and ``#`` comments left out."""
    text = rules_path(name).read_text(encoding="utf-8")
    return tuple(line for line in text.splitlines() if line.strip() and line[0] != "#")


@cache
def word_list(name: str) -> tuple[str, ...]:
    """The entries of a ``.txt`` word list, lower-cased and stripped, in file order."""
    return tuple(line.strip().lower() for line in lines(name))


@cache
def json_rules(name: str) -> Any:
    """A JSON rules file, parsed once per process."""
    return json.loads(rules_path(name).read_text(encoding="utf-8"))


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first, so that "Prime Minister" is tried
    before "Minister" (Python's regex takes the first alternative that matches)."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))
