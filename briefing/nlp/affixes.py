"""The rule tokenizer's shortcuts past spaCy's affix searches, each splitting every text
exactly as spaCy's own English tokenizer does (tests/nlp/test_plain_words.py).

spaCy tries a prefix, a suffix and an infix search, and a URL match, on every string it has
not seen, and a cold start (every ``briefing`` run) sees most strings of an article for the
first time. Two of those searches cost more than they need to:

- a plain word (ASCII letters alone, or digits alone) has no affix at all in English's
  rules: each needs a mark, a quote, a currency sign or letters against digits ('$5',
  "Trump's", '5km', 'U.S.'), so the tokenizer may take it whole at once (``PLAIN_WORD``);
- a suffix ends the string (each of spaCy's suffix patterns ends in '$'), yet Python's
  engine tries the whole alternation at every character of the string: ``TailSearch``
  starts where the longest suffix of fixed length could start.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from re import _parser as _p

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

# ASCII letters alone, or digits alone: no prefix, suffix or infix of English splits them.
PLAIN_WORD = re.compile(r"(?:[A-Za-z]+|[0-9]+)\Z")

# A suffix pattern longer than this many characters is searched for over the whole string.
_LONGEST_TAIL = 100


class TailSearch:
    """``suffix.search(string)`` for a pattern of alternatives that each end in '$' (spaCy's
    ``compile_suffix_regex`` of ``entries``), match for match, starting at the last
    ``reach`` characters: a match there ends the string, so one of at most ``reach``
    characters starts no earlier (lookbehinds still see the characters before, as the
    engine gives them the whole string). An alternative of no fixed length ('\\.\\.+', a run
    of stops) is searched for over the whole string by itself: where it starts before the
    last ``reach`` characters, no other alternative can match, and it is the leftmost match.
    A string ending in a line break, where '$' also matches before it, is searched whole."""

    def __init__(self, suffix: re.Pattern[str], entries: list[str]) -> None:
        self.pattern = suffix.pattern  # what spaCy writes when it saves the tokenizer
        self._suffix = suffix
        widths = [(entry, _p.parse(entry, suffix.flags).getwidth()[1]) for entry in entries]
        self.reach = max((w for _e, w in widths if w <= _LONGEST_TAIL), default=0)
        unbounded = [e for e, w in widths if w > _LONGEST_TAIL]
        self._unbounded = (
            re.compile("|".join(f"{e}$" for e in unbounded), suffix.flags) if unbounded else None
        )

    def search(self, string: str) -> re.Match[str] | None:
        start = len(string) - self.reach
        if start <= 0 or string.endswith("\n"):
            return self._suffix.search(string)
        if self._unbounded is not None:
            found = self._unbounded.search(string)
            if found is not None and found.start() < start:
                return found
        return self._suffix.search(string, start)


TOKENIZER = "briefing.plain_words_tokenizer.v1"


@registry.tokenizers(TOKENIZER)
def plain_words_tokenizer() -> Callable[[Language], Tokenizer]:
    """spaCy's own tokenizer of a language (``spacy.language.create_tokenizer``), with two
    shortcuts that split every text as it does: a plain word (``PLAIN_WORD``) is taken whole
    at once (spaCy asks ``token_match`` first; its special cases, "cannot" or "gonna", are
    still looked up before), and a suffix is searched for at the end of a string only
    (``TailSearch``). Built by spaCy's ``blank`` (``config``): set on a loaded tokenizer,
    each search made it load its 2,700 special cases again. English only: another
    language's affixes may split a plain word."""

    def make(nlp: Language) -> Tokenizer:
        defaults = nlp.Defaults
        prefixes, infixes = defaults.prefixes, defaults.infixes
        suffixes = [e for e in defaults.suffixes or () if e.strip()]
        suffix = compile_suffix_regex(suffixes) if suffixes else None
        return Tokenizer(
            nlp.vocab,
            rules=defaults.tokenizer_exceptions,
            prefix_search=compile_prefix_regex(prefixes).search if prefixes else None,
            suffix_search=TailSearch(suffix, suffixes).search if suffix else None,
            infix_finditer=compile_infix_regex(infixes).finditer if infixes else None,
            token_match=PLAIN_WORD.match,
            url_match=defaults.url_match,
        )

    return make
