"""Outlook items: developments to watch that have no diary noun ("agreed to purchase 60
aircraft", "fears of a recession"), titled by what is to happen.

Diary items (summits, votes, visits) come from ``events.py`` and need an event noun; a
sentence without one that still speaks of the future (see ``future.py``) becomes an outlook
item here. The brief lists dated outlook items after the diary.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.extract.events import modality
from briefing.extract.events.future import future_cue, is_future_date
from briefing.extract.events.modality import best_date, status_of
from briefing.model import Event, EventStatus, TimeExpression

# Punctuation that ends an action phrase; not the separators inside "2,000" or "1.5".
_PHRASE_END = re.compile(r"[;:!?\"“”()]|(?<!\d)[,.]|[,.](?!\d)")


def outlook_item(
    words: str, when: list[TimeExpression], strength: EventStatus | None
) -> Event | None:
    """'agreed to purchase 60 aircraft': a development to watch, titled by its action."""
    match = modality.patterns()["outlook"].search(words)
    if match is None or match.group("action").startswith("not "):
        return None
    action = _trimmed(_PHRASE_END.split(match.group("action"))[0].split())
    date = best_date(when)
    dated = date is not None and date.value is not None and date.value[:1] in "12"
    # 'I have no plans to endorse a candidate before March': still a sentence about the
    # future (the events score counts it), but no date to watch for
    dated = dated and not modality.denied(words[: match.start("action")])
    return Event(
        id="",
        title=action[:1].upper() + action[1:],
        date=date.value if dated else None,
        when=date.text if date else None,
        status=modality.status(strength, date) if strength != "scheduled" else "planned",
        kind="outlook",
        found_by="development",
    )


def signal_item(
    text: str, span: tuple[int, int], times: Sequence[TimeExpression], reference: str | None
) -> Event | None:
    """A sentence with no diary item that still speaks of the future ("agreed to purchase 60
    aircraft", "fears of a recession"): an outlook item titled by what is to happen. Only a
    sentence whose sole future marker is a date stays undated, so the brief's "what's next"
    does not list bare sentence fragments."""
    sentence = text[span[0] : span[1]]
    inside = [t for t in times if span[0] <= t.start < span[1]]
    # The title line: the text's first line, a sentence without a final stop.
    first = span[0] == len(text) - len(text.lstrip())
    headline = (
        first and "\n" in text[span[1] - 1 : span[1] + 1] and sentence.rstrip()[-1:] not in ".!?"
    )
    cue = future_cue(sentence, inside, reference, headline=headline)
    if cue is None:
        return None
    name, match = cue
    action = _action(sentence, match, after=name in _CLAUSE_CUES)
    date = best_date([t for t in inside if reference and is_future_date(t, reference)])
    dated = name != "date" and date is not None and (date.value or "")[:1] in "12"
    # 'The governor has no plans to visit the towns on Friday': no date to watch for
    dated = dated and not (match is not None and modality.denied(sentence[: match.end()]))
    return Event(
        id="",
        title=action[:1].upper() + action[1:],
        date=date.value if dated and date else None,
        when=date.text if date else None,
        status=status_of(sentence) or "planned",
        kind="outlook",
        found_by="signal",
    )


_CLAUSE_CUES = {"mandative", "anticipation", "transaction"}  # the matter follows the cue


def _action(sentence: str, match: re.Match[str] | None, after: bool = False) -> str:
    """Up to six words from the verb a future marker introduces (or what follows a cue such as
    'fears of'), else from the sentence start."""
    start = 0
    if match is not None:
        start = match.end() if after else match.end() - len(match.group(0).split()[-1])
    words = _PHRASE_END.split(sentence[start:])[0].split()[:6]
    return _trimmed(words) or sentence.strip()[:60]


def _trimmed(words: list[str]) -> str:
    """A title does not end on a function word: 'Sell its plant to a' -> 'Sell its plant'."""
    while len(words) > 1 and words[-1].lower() in _DANGLING:
        words = words[:-1]
    return " ".join(words)


_DANGLING = frozenset(modality.words()["dangling_words"])
