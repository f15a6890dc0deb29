"""Run a command in a fresh process and measure that one process: seconds and peak RSS."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path


def with_bytecode_cache(cache: Path) -> dict[str, str]:
    """This environment, but with Python's bytecode cached in ``cache``, as on a user's
    machine: an installed wheel comes with its .pyc files, and a checkout writes them on its
    first run. Where PYTHONDONTWRITEBYTECODE is set (as in some sandboxes), every fresh
    process would compile briefing's ~90 modules from source again (~0.25 s here), a cost
    no user's second run pays. A prefix folder keeps the checkout free of __pycache__."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(cache)
    return env


def run_measured(
    cmd: list[str], cwd: Path, env: dict[str, str] | None = None
) -> tuple[float, float]:
    """(wall seconds, peak resident memory in MB) of exactly this child, via wait4."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"benchmark command failed ({proc.returncode}): {' '.join(cmd)}")
    return elapsed, usage.ru_maxrss / 1024
