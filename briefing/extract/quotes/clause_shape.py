"""Is a phrase near a reporting cue a noun phrase (someone who speaks) or a clause (something
said)? Rules over words, no parse.

'Dmitry Peskov, the Kremlin spokesperson, said Moscow welcomed the talks': the words after
'said' hold a finite verb ('welcomed'), so they are what was said, not an inverted speaker
('..., said Anna Lindqvist'); the words before it are a name and its apposition, so they
are the subject, not a quotation ('The plan is late, said Voss'). A speaker phrase with a
verb in it must never become an actor.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from briefing.nlp import gazetteers as gz
from briefing.rules import alternation, word_table

_WORDS = "clause_words.json"
# Lower-case auxiliaries and modals: a phrase holding one is a clause ('the plan was late').
_AUXILIARIES = frozenset(word_table(_WORDS, "auxiliaries"))
RELATIVES = frozenset(word_table(_WORDS, "relatives"))
# What follows a verb and never a noun that ends a speaker phrase: 'Moscow welcomed the
# talks', 'Moscow wants to', 'Moscow says it' (but 'Kremlin aides familiar with ...').
_OBJECT_START = frozenset(word_table(_WORDS, "object_starts"))
# Irregular past forms and plain present forms common in reports, which no suffix shows:
# 'said Moscow saw no reason', 'said EU leaders want a deal'.
_VERBS = frozenset(word_table(_WORDS, "verbs"))
_ROLEISH = re.compile(
    rf"^(?:(?:{alternation(word_table(_WORDS, 'role_nouns_plural_s'))})s?"
    rf"|{alternation(word_table(_WORDS, 'role_words'))})$"
)
_SETTING = re.compile(rf"^(?:{alternation(word_table(_WORDS, 'setting_openers'))})\b", re.I)
_DETERMINER = re.compile(rf"^(?:{alternation(word_table(_WORDS, 'determiners'))})$", re.I)


def _bare(word: str) -> str:
    return word.strip(",;:.!?()[]\"'“”‘’").lower()


@cache
def _nouns() -> frozenset[str]:
    """Words that end a speaker phrase: titles, group nouns ('officials'), peoples."""
    return gz.title_words() | gz.group_nouns() | frozenset(w.lower() for w in gz.peoples())


def _nounish(word: str) -> bool:
    """A word a verb may follow in a clause: a capitalised name word or a role noun."""
    bare = _bare(word)
    if word.endswith((",", ";", ":")) or _DETERMINER.match(bare):
        return False
    return word[:1].isupper() or bool(_ROLEISH.match(bare)) or bare in _nouns()


def has_finite_verb(phrase: str) -> bool:
    """'Moscow welcomed the talks', 'the ministry was reviewing it', 'Moscow wants to talk':
    a clause. Not 'the retired general', 'Kremlin aides familiar with', 'officials involved
    in the talks', 'the company's chief executive'."""
    words = phrase.split()
    for index, word in enumerate(words):
        bare = _bare(word)
        if word.islower() and bare in _AUXILIARIES:
            return True
        if not index or not word.islower() or not _nounish(words[index - 1]):
            continue
        after = words[index + 1] if index + 1 < len(words) else ""
        following = _bare(after)
        takes_object = following in _OBJECT_START or after[:1].isupper()
        if (bare.endswith("ed") or bare in _VERBS) and (takes_object or not following):
            return True
        plural_noun = _ROLEISH.match(bare) or bare in _nouns() or bare.endswith(("ss", "'s", "’s"))
        if bare.endswith("s") and not plural_noun and takes_object:
            return True
    return False


def subject_with_apposition(
    masked: str, start: int, end: int, speaker_like: Callable[[str], bool]
) -> bool:
    """'Dmitry Peskov, the Kremlin spokesperson, said', 'The ministry, in a statement, said',
    'Ana Ruiz, 54, said': the words before the cue are a subject with a part set off by
    commas, so the cue is not inverted and nothing before it was said."""
    parts = [p.strip() for p in masked[start:end].rstrip().rstrip(",").split(",")]
    if len(parts) < 2 or not all(parts):
        return False
    head, *rest = parts
    first = _bare(head.split()[0])
    if len(head.split()) > 6 or _SETTING.match(first) or not speaker_like(head):
        return False
    if has_finite_verb(head):
        return False
    return all(_apposition(part, speaker_like) for part in rest)


def _apposition(part: str, speaker_like: Callable[[str], bool]) -> bool:
    """A part set off by commas that describes a subject: an age, a relative clause, a
    setting ('in a statement'), or a short name or role phrase without a verb."""
    words = part.split()
    if part.isdigit() or _bare(words[0]) in RELATIVES:
        return True
    if len(words) > 10 or has_finite_verb(part):
        return False
    if _SETTING.match(words[0]):
        return True
    heads = {_bare(w) for w in words}
    return speaker_like(part) and (
        words[0][:1].isupper() or bool(heads & _nouns()) or any(_ROLEISH.match(h) for h in heads)
    )
