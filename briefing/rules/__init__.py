"""Linguistic knowledge as data: word lists (``*.txt``, one entry a line, ``#`` comments),
tables (``*.tsv``, one row a line, tab-separated) and keyed lists (``*.json``) that the stages
read through this one loader, so a word is added in one file and every stage sees it.

Each file says in its header what it is for and how it is matched (case kept or lower-cased,
whole word or phrase). Everything is read on first use and kept for the process.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
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
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a ``.tsv`` table, each split at its tabs (case kept, file order)."""
    return tuple(tuple(line.split("\t")) for line in lines(name))


@cache
def json_rules(name: str) -> Any:
    """A JSON rules file, parsed once per process."""
    return json.loads(rules_path(name).read_text(encoding="utf-8"))


@cache
def word_table(name: str, key: str) -> tuple[str, ...]:
    """One named list of a keyed ``.json`` word table, as written (case kept), in file order:
    the form most stages want, a tuple to build a set or an alternation from."""
    return tuple(json_rules(name)[key])


@cache
def patterns(name: str) -> dict[str, str]:
    """The named regular expressions of a ``.tsv`` pattern table (a name, a tab, the pattern),
    as written: the reader compiles each with its own flags."""
    return {row[0]: row[1] for row in rows(name)}


def filled(pattern: str, slots: Mapping[str, str]) -> str:
    """A pattern from a table with each ``{NAME}`` replaced by ``slots[NAME]`` (an alternation
    of a word list, or a shared fragment); regex counts such as ``{1,3}`` are left alone."""
    return re.sub(r"\{([A-Z_]+)\}", lambda m: slots[m.group(1)], pattern)


@cache
def reporting_verbs(key: str = "verbs", language: str = "en") -> tuple[str, ...]:
    """One list of rules/reporting_verbs.json, the one table of saying verbs and phrases:
    "verbs" are all of them; the other lists name the ones a reader treats alike."""
    return tuple(json_rules("reporting_verbs.json")[language][key])


def alternation(words: Iterable[str], space: str | None = None) -> str:
    """A regex alternation of literal words, longest first, so that "Prime Minister" is tried
    before "Minister" (Python's regex takes the first alternative that matches). With
    ``space`` (say ``r"\\s+"``) the space inside a phrase matches that pattern instead."""
    escaped = sorted(map(re.escape, words), key=len, reverse=True)
    if space is not None:
        escaped = [word.replace("\\ ", space) for word in escaped]
    return "|".join(escaped)


def literal_trie(words: Iterable[str]) -> str:
    """``alternation(words)`` for a case-sensitive pattern, written as a tree of shared
    prefixes ('South\\ (?:Africa|Sudan)...'): the engine tries each alternative of a flat
    alternation in turn at every place, so one of a hundred demonyms costs a hundred tests
    there; the tree tests a letter once for all words sharing it. The same matches: the
    words that match at one place are prefixes of one another, and the tree tries the longer
    first, then the shorter on backtracking, as the longest-first alternation does. Under
    ``re.I`` two branches may match one text ('Us', 'uS'), so the tree is not for it."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # a word ends here

    def branch(node: dict[str, dict]) -> str:
        parts = [re.escape(char) + branch(child) for char, child in sorted(node.items()) if char]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if "" in node else body

    return branch(root)


@cache
def sentence_openers() -> frozenset[str]:
    """Capitalised function words that open a sentence ("The", "In"), as written
    (rules/sentence_openers.txt): a capital before one is no sign of a name."""
    return frozenset(lines("sentence_openers.txt"))


@cache
def pronoun_list(case: str | None = None) -> tuple[str, ...]:
    """The one list of personal pronouns (rules/pronouns.tsv), lower-case, in file order;
    with ``case`` ("subject" or "object") only the pronouns of that case."""
    return tuple(row[0] for row in rows("pronouns.tsv") if case in (None, row[1]))


@cache
def abbreviations(use: str) -> dict[str, str]:
    """Abbreviated titles and words that take a full stop (rules/abbreviations.tsv) that one
    reader uses (the tag in the third column), each with what it stands for, in file order."""
    return {row[0]: row[1] for row in rows("abbreviations.tsv") if use in row[2].split()}


@cache
def month_names() -> tuple[str, ...]:
    """The twelve month names, capitalised, January first."""
    return tuple(row[0] for row in rows("months.tsv"))


@cache
def month_forms() -> tuple[str, ...]:
    """Every way news writes a month, as written: names, short forms, short forms with a
    full stop ("January", "Jan", "Jan.")."""
    return tuple(form for row in rows("months.tsv") for form in row if form)


@cache
def month_numbers() -> dict[str, int]:
    """Lower-cased month name or short form, without a full stop -> month number (1-12)."""
    return {
        form.lower().rstrip("."): number
        for number, row in enumerate(rows("months.tsv"), start=1)
        for form in row
        if form
    }


@cache
def weekday_names() -> tuple[str, ...]:
    """The seven weekday names, capitalised, Monday first (as ``date.weekday()`` counts)."""
    return tuple(row[0] for row in rows("weekdays.tsv"))


@cache
def weekday_stems() -> tuple[str, ...]:
    """Lower-cased stems of the weekdays for a pattern ``(?:stem)(?:day)?``: each name without
    its "day" ("wednes") and its short forms ("wed"), so "Wed.", "Tues" and "Thursday" match."""
    stems = (form.lower() for row in rows("weekdays.tsv") for form in (row[0][:-3], *row[1:]))
    return tuple(dict.fromkeys(stem for stem in stems if stem))
