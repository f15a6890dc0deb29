"""Answers about one sentence, worked out once per document.

The events, outlook and questions stages read the same sentences: each asks for its words
(``modality.words_in``), its modality (``status_of``), whether it marks the future
(``future._grammatical_cue``) and whether it leaves a matter open. Those are functions of the
sentence's text alone, and were computed again by every stage that asked. ``per_document``
keeps each answer until ``analyse`` starts the next document (``forget``): nothing is carried
from one article to the next, so a batch holds one article's answers at a time and a
benchmark that runs the same texts twice measures the work each time.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])

# Bound anyway, should a caller outside ``analyse`` ask about many sentences.
_KEPT = 4096
_CACHES: list[Any] = []


def per_document(function: F) -> F:
    """``function`` (of hashable arguments, with no side effects) remembered until
    ``forget``."""
    remembered = lru_cache(maxsize=_KEPT)(function)
    _CACHES.append(remembered)
    return remembered  # type: ignore[return-value]


def forget() -> None:
    """Drop every remembered answer: ``analyse`` calls it before each document."""
    for remembered in _CACHES:
        remembered.cache_clear()
