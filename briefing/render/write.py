"""Write output files atomically, so a failed run never leaves a half-written brief.

Every file is rendered in memory first; only then is each written to a temporary file in
the same folder and renamed over the old one, which the OS does in one step.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from briefing.errors import RenderError


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one step; the old file survives any failure.

    A target that exists but is not a regular file (/dev/null, /dev/stdout, a named pipe)
    is written in place: renaming over it would replace the device with a plain file.
    """
    if path.exists() and not path.is_file():
        with path.open("wb") as handle:
            handle.write(data)
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_outputs(out_dir: Path, files: Mapping[str, bytes]) -> list[Path]:
    """Write name -> bytes into ``out_dir``; returns the paths in the order given."""
    if out_dir.exists() and not out_dir.is_dir():
        raise RenderError(f"{out_dir}: exists and is not a folder; choose another -o")
    written = []
    try:
        for name, data in files.items():
            target = out_dir / name
            write_atomic(target, data)
            written.append(target)
    except OSError as exc:
        raise RenderError(f"{out_dir}: cannot write ({exc.strerror or exc})") from None
    return written
