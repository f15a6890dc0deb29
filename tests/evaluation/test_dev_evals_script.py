"""scripts/dev_evals.py: the side-by-side of two evaluation runs marks what moved."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "dev_evals.py"


def _script():
    spec = importlib.util.spec_from_file_location("dev_evals", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _run_folder(folder: Path, re3d: float, polnear_direct: float) -> Path:
    folder.mkdir()
    (folder / "re3d.json").write_text(json.dumps({"scores": {"roles": {"accuracy": re3d}}}))
    polnear = {
        "direct, named speaker": {"speaker_acc": polnear_direct},
        "overall, named speaker": {"speaker_acc": 0.9},
    }
    (folder / "polnear-dev.json").write_text(json.dumps({"scores": polnear}))
    (folder / "brief.json").write_text("")  # a run that failed wrote nothing: left out
    return folder


def test_compare_marks_only_the_figures_that_moved(tmp_path, capsys):
    script = _script()
    before = _run_folder(tmp_path / "a", re3d=1.0, polnear_direct=0.9509)
    after = _run_folder(tmp_path / "b", re3d=1.0, polnear_direct=0.9533)
    assert script.main(["compare", str(before), str(after)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "re3d               roles 1.0000  (same)",
        "polnear dev        direct named 0.9509 all named 0.9000",
        "                   direct named 0.9533 all named 0.9000  <<<",
    ]


def test_compare_refuses_a_folder_without_figures(tmp_path, capsys):
    script = _script()
    before = _run_folder(tmp_path / "a", re3d=1.0, polnear_direct=0.95)
    assert script.main(["compare", str(before), str(tmp_path / "missing")]) == 2
    assert "no evaluation figures in" in capsys.readouterr().err
