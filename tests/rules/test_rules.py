"""The rules files: every one loads, is clean and is read by the package; and the word lists
stay in them (a count of the words written inline in the package's Python keeps the habit)."""

from __future__ import annotations

import ast
import json
import re
from collections import Counter
from pathlib import Path
from typing import get_args

import pytest

from briefing import rules
from briefing.model import SpeakerVia

PACKAGE = Path(rules.__file__).resolve().parents[1]
DATA = sorted(p for p in rules.FOLDER.iterdir() if p.suffix in {".txt", ".tsv", ".json"})
# Words written inline in briefing/**/*.py outside rules/ (see inline_words): 3,216 before
# the word lists moved to rules/, 761 after, 184 once the regex alternations of words moved
# too and the schema's names (sections, kinds, colours, settings keys) were written once;
# 191 with the connectors of a title's portfolio ("of", "for"); 177 once the values of
# Literal types (the schema's names) were no longer counted; 181 with "docx" among the
# output formats and "pdf", "docx", "eml" among the kinds a URL may answer (names of file
# formats, not linguistic knowledge). A new list belongs in a rules file.
INLINE_WORDS_LIMIT = 181


def _strings(value: object) -> list[str]:
    """Every string inside a JSON value, keys of objects included ("_comment" ones left out)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    if isinstance(value, dict):
        return [s for k, v in value.items() if not k.startswith("_") for s in [k, *_strings(v)]]
    return []


def _lists(value: object) -> list[list]:
    """Every JSON list, nested ones included."""
    if isinstance(value, list):
        return [value, *(inner for item in value for inner in _lists(item))]
    if isinstance(value, dict):
        return [inner for k, v in value.items() if not k.startswith("_") for inner in _lists(v)]
    return []


def _no_duplicate_keys(pairs: list[tuple[str, object]]) -> dict:
    keys = Counter(k for k, _ in pairs)
    assert not [k for k, n in keys.items() if n > 1], "a key given twice: the first is lost"
    return dict(pairs)


@pytest.mark.parametrize("path", DATA, ids=lambda p: p.name)
def test_rules_file_loads_clean(path: Path) -> None:
    """It parses, says what it is for (a '#' header or a "_comment"), has no entry twice and
    no entry with spaces around it."""
    if path.suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_no_duplicate_keys)
        assert data == rules.json_rules(path.name)
        assert "_comment" in data
        for items in _lists(data):
            assert len(items) == len({json.dumps(i) for i in items}), items
        assert all(s == s.strip() for s in _strings(data))
        return
    assert path.read_text(encoding="utf-8").startswith("#")
    entries = rules.lines(path.name)
    assert entries
    twice = [entry for entry, n in Counter(entries).items() if n > 1]
    assert not twice
    cells = [cell for row in rules.rows(path.name) for cell in row]
    assert all(cell == cell.strip() for cell in cells)


@pytest.mark.parametrize("path", DATA, ids=lambda p: p.name)
def test_rules_file_is_read(path: Path) -> None:
    """Some module of the package names the file (an unread list is dead data)."""
    sources = (p.read_text(encoding="utf-8") for p in PACKAGE.rglob("*.py"))
    assert any(f'"{path.name}"' in source for source in sources)


def test_one_list_each() -> None:
    """The shared lists are whole: twelve months, seven weekdays, one pronoun table with a case
    for each, and every saying list of reporting_verbs.json bar 'asking' is a part of it."""
    assert len(rules.month_names()) == 12 and rules.month_numbers()["sept"] == 9
    assert rules.weekday_names()[0] == "Monday" and len(rules.weekday_names()) == 7
    assert set(rules.pronoun_list()) == set(rules.pronoun_list("subject")) | set(
        rules.pronoun_list("object")
    )
    said = {*rules.reporting_verbs(), *rules.reporting_verbs("phrases")}
    for key in ("clause_end_participles", "event_saying", "claiming", "name_context"):
        assert set(rules.reporting_verbs(key)) <= said, key
    assert rules.abbreviations("role")["Sen"] == "Senator"


def test_alternation_tries_longer_words_first() -> None:
    words = rules.alternation(["at", "at present"], space=r"\s+")
    pattern = re.compile(rf"\b(?:{words})\b")
    assert pattern.match("at  present").group() == "at  present"
    assert rules.filled(r"(?:{WH}){1,3}", {"WH": "a|b"}) == r"(?:a|b){1,3}"


# ---------------------------------------------------------------- words written inline

_WORD = re.compile(r"^[A-Za-z][A-Za-z.'\- ]*$")
_SYNTAX = re.compile(
    r"\(\?[:!=<]*P?(<\w+>)?|\(\?-?[aiLmsux]+[:)]|\\[AZbBsSdDwWrnt][+*?]?|\[[^\]]*\][+*?]?"
    r"|[()^$]|[+*?]|\{\d*,?\d*\}|\\"
)
_LITERAL = ast.Constant | ast.Set | ast.List | ast.Tuple | ast.Dict


def _words(text: str) -> int:
    """How many words a string of letters holds ("Prime Minister": 2); 0 for anything else."""
    text = text.strip()
    if not (text and _WORD.match(text)):
        return 0
    return sum(1 for token in text.split() if any(c.isalpha() for c in token))


def _alternation_words(text: str) -> int:
    """The words of a regex alternation 'a|b|c' (regex syntax removed), if it has two or more
    word alternatives."""
    if "|" not in text:
        return 0
    pieces = [_words(_SYNTAX.sub(" ", piece)) for piece in text.split("|")]
    return sum(pieces) if sum(1 for p in pieces if p) >= 2 else 0


def _skipped(tree: ast.AST) -> set[int]:
    """Docstrings, __all__ and the values of a ``Literal[...]`` type (the schema's own names:
    kinds, ways a speaker was found): words, but no knowledge."""
    skipped = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Subscript) and getattr(node.value, "id", "") == "Literal":
            skipped.update(id(n) for n in ast.walk(node.slice))
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            skipped.add(id(body[0].value))
        if isinstance(node, ast.Assign) and any(
            getattr(t, "id", "") == "__all__" for t in node.targets
        ):
            skipped.update(id(n) for n in ast.walk(node.value))
    return skipped


def _collected(tree: ast.AST) -> set[int]:
    """Strings that are items of a set/list/tuple literal, or keys and values of a dict of
    literals, when the collection holds three or more word strings."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Set | ast.List | ast.Tuple):
            items = node.elts
        elif isinstance(node, ast.Dict) and all(isinstance(v, _LITERAL) for v in node.values):
            items = [n for n in [*node.keys, *node.values] if n is not None]
        else:
            continue
        strings = [n for n in items if isinstance(n, ast.Constant) and isinstance(n.value, str)]
        if sum(1 for n in strings if _words(n.value)) >= 3:
            found.update(id(n) for n in strings)
    return found


def inline_words(source: str) -> int:
    """Words of linguistic knowledge written in one module's Python: each string of letters in
    a collection literal counts its words, and each regex alternation counts the words of its
    alternatives. Docstrings and __all__ are left out; each string counts once."""
    tree = ast.parse(source)
    skipped, collected = _skipped(tree), _collected(tree)
    total = 0
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
            continue
        if id(node) in skipped:
            continue
        alternation = _alternation_words(node.value)
        total += alternation or (_words(node.value) if id(node) in collected else 0)
    return total


def test_word_lists_stay_in_rules() -> None:
    modules = [p for p in PACKAGE.rglob("*.py") if rules.FOLDER not in p.parents]
    counts = {p.relative_to(PACKAGE): inline_words(p.read_text(encoding="utf-8")) for p in modules}
    total = sum(counts.values())
    top = sorted(counts.items(), key=lambda item: -item[1])[:5]
    assert total <= INLINE_WORDS_LIMIT, f"{total} words inline; most in {top}"


def test_inline_words_counts_lists_and_alternations() -> None:
    source = 'A = {"the", "a", "an"}\nB = r"\\b(?:Prime Minister|said|says)\\b"\nC = ("x",)\n'
    assert inline_words(source) == 3 + 4


def test_the_brief_names_speakers_only_by_ways_measured_precise_enough():
    """rules/speaker_ways.json: a way is named when its speaker precision, pooled over the
    sets it was measured on, is at least .90; every other way is held back, and so is a way
    never measured."""
    table = rules.json_rules("speaker_ways.json")
    named = set(table["named"])
    ways = set(get_args(SpeakerVia))
    assert named <= ways and set(table["measured"]) <= ways
    for way, sets in table["measured"].items():
        right = sum(int(v.split("/")[0]) for v in sets.values())
        judged = sum(int(v.split("/")[1]) for v in sets.values())
        assert (right / judged >= 0.90) == (way in named), (way, right, judged)
    assert named <= set(table["measured"])
