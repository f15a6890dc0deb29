"""What a user chose about reading: network access, which feed entries, what to do on errors.

One frozen record passed from the CLI through ``build`` to the readers, so adding a reading
option never changes a function signature along the way.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

# The largest input read, in bytes: a news page is well under this. Kept here, not in text.py,
# so that the CLI can show its options without importing the readers.
MAX_BYTES = 5_000_000

# Called with a one-line note about an input that was skipped (with --keep-going, or an
# unsupported file inside a folder); the CLI prints these at the end.
Warn = Callable[[str], None]


def ignore(note: str) -> None:
    """Default sink for notes: say nothing."""


@dataclass(frozen=True)
class ReadOptions:
    """How to read the articles. Defaults suit a person at a terminal."""

    offline: bool = False  # refuse every URL (no network access at all)
    since: dt.date | None = None  # feed/export entries published on or after this date
    limit: int | None = None  # at most this many entries per feed/export (the newest)
    keep_going: bool = False  # skip an input that fails and say so, instead of stopping
    timeout: float = 20.0  # seconds for a URL: connecting, and reading the whole body
    max_bytes: int = MAX_BYTES  # a news page is well under this; more is not an article
    max_redirects: int = 5
    allow_private: bool = False  # follow redirects to private and local addresses too
