"""A per-user cache for what the installed code derives the same way on every run and that is
slow to derive: the token texts of the gazetteer names (nlp/components.py) and the compiled
templates (render/templates.py).

Why a cache at all: a brief is built cold, in a fresh process, often several times before a
meeting; tokenizing 5,500 gazetteer names cost more than all of spaCy's own set-up. Why here:
the folder is ``$XDG_CACHE_HOME/briefing`` (``~/.cache/briefing`` by default), never the install
(which may be read-only or shared) nor the user's working folder. Every entry is keyed by
what it was derived from, so a changed word list, template or spaCy version misses instead of
serving stale data. The cache is only ever a shortcut: when the folder cannot be made, read or
written, or ``BRIEFING_NO_CACHE`` is set, callers derive the value as before, silently.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

NO_CACHE = "BRIEFING_NO_CACHE"


def cache_dir() -> Path | None:
    """The briefing cache folder (made, private to the user, when missing), or None when
    caching is off or the folder cannot be made."""
    if os.environ.get(NO_CACHE):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or ""
    try:
        root = Path(base) if os.path.isabs(base) else Path.home() / ".cache"
        if not root.is_absolute():
            return None  # never a folder relative to where the user happens to be
        folder = root / "briefing"
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        status = folder.stat()
    except (OSError, RuntimeError):  # RuntimeError: no home folder to expand
        return None
    # Compiled templates are code: a folder someone else owns or can write to (a cache home
    # in a shared /tmp) is not used.
    if status.st_uid != os.getuid() or status.st_mode & 0o022:
        return None
    return folder if os.access(folder, os.W_OK | os.X_OK) else None


def fingerprint(*parts: str | bytes) -> str:
    """A key for what a cached value was derived from (hex SHA-256 of the parts, in order)."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def read_json(name: str, key: str) -> Any | None:
    """The value stored under ``name`` when it was stored with ``key``; None otherwise (no
    cache, no entry, another key, an unreadable or damaged file)."""
    folder = cache_dir()
    if folder is None:
        return None
    try:
        entry = json.loads((folder / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(entry, dict) or entry.get("key") != key:
        return None
    return entry.get("value")


def write_json(name: str, key: str, value: Any) -> None:
    """Store ``value`` under ``name`` with ``key``, atomically (a reader sees the old entry or
    the new one, never half of one); any failure leaves the cache as it was."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{name}.")
    except OSError:
        return
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump({"key": key, "value": value}, out, ensure_ascii=False)
        os.replace(temporary, folder / name)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
