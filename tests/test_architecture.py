"""The shape of the package: arrows one way, no import circles, and extraction that a
refactor cannot change unnoticed."""

from __future__ import annotations

import grimp
from typer.testing import CliRunner

from briefing.cli import app
from tests.helpers import GOLDEN, ROOT

GOLDEN_JSON = GOLDEN / "extraction-examples.json"


def test_no_module_imports_itself_through_others():
    graph = grimp.build_graph("briefing")
    circles = [
        (module, imported)
        for module in sorted(graph.modules)
        for imported in graph.find_modules_directly_imported_by(module)
        if graph.chain_exists(imported, module)
    ]
    assert circles == []


def test_the_shared_records_import_no_stage():
    graph = grimp.build_graph("briefing")
    for shared in ("briefing.model", "briefing.brief", "briefing.errors", "briefing.rules"):
        assert graph.find_modules_directly_imported_by(shared) == set(), shared


def test_extraction_of_the_examples_is_the_golden_json(monkeypatch):
    """Every span, speaker, role and date of the examples, as `briefing extract` writes them.

    A change that moves any of them fails here; if the change is meant, regenerate with
    `briefing extract examples/*.md > tests/golden/extraction-examples.json` and review the diff."""
    monkeypatch.chdir(ROOT)
    examples = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "examples").glob("*.md"))
    result = CliRunner().invoke(app, ["extract", *examples])
    assert result.exit_code == 0, result.output
    assert result.stdout == GOLDEN_JSON.read_text(encoding="utf-8")
