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
  starts where the longest suffix of fixed length could start, and tries only the
  alternatives that can end in the string's last character.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from re import _constants as _c
from re import _parser as _p

from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

# ASCII letters alone, or digits alone: no prefix, suffix or infix of English splits them.
PLAIN_WORD = re.compile(r"(?:[A-Za-z]+|[0-9]+)\Z")

# A suffix pattern longer than this many characters is searched for over the whole string.
_LONGEST_TAIL = 100


class _Tail:
    """``suffix.search(string)`` for a pattern of alternatives that each end in '$' (spaCy's
    ``compile_suffix_regex`` of ``entries``), match for match, starting at the last
    ``reach`` characters: a match there ends the string, so one of at most ``reach``
    characters starts no earlier (lookbehinds still see the characters before, as the
    engine gives them the whole string). An alternative of no fixed length ('\\.\\.+', a run
    of stops) is searched for over the whole string by itself: where it starts before the
    last ``reach`` characters, no other alternative can match, and it is the leftmost match.
    A string ending in a line break, where '$' also matches before it, is searched whole."""

    def __init__(self, suffix: re.Pattern[str], widths: list[tuple[str, int]]) -> None:
        """``widths``: each alternative with the most characters it can match."""
        self._suffix = suffix
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


class TailSearch:
    """``suffix.search(string)`` (see ``_Tail``), trying only the alternatives that can end
    in the string's last character. A suffix ends the string, so an alternative that cannot
    end in that character matches nowhere in it: a word ending in ',' needs only ',$', not
    the 82 alternatives of English, two of them lookbehinds over classes of a thousand
    letters tried at each of the last few characters. The alternatives left keep their
    order, so the match is the one the whole pattern finds. Each set of alternatives is
    compiled when a string first needs it (a few dozen sets in a whole corpus; none of them
    at load, which a cold build pays for). A string ending in a line break is searched by
    the whole pattern ('$' also matches before it)."""

    def __init__(self, suffix: re.Pattern[str], entries: list[str]) -> None:
        self.pattern = suffix.pattern  # what spaCy writes when it saves the tokenizer
        self._flags = suffix.flags
        parsed = [_p.parse(entry, suffix.flags) for entry in entries]
        self._widths = [(e, p.getwidth()[1]) for e, p in zip(entries, parsed, strict=True)]
        self._whole = _Tail(suffix, self._widths)
        self.reach = self._whole.reach
        self._endings = [_last_characters(p) for p in parsed]
        self._by_last: dict[str, _Tail | None] = {}  # a string's last character: its search
        self._by_entries: dict[tuple[int, ...], _Tail | None] = {}

    def search(self, string: str) -> re.Match[str] | None:
        last = string[-1:]
        if last == "\n" or not last:
            return self._whole.search(string)
        tail = self._by_last.get(last, self)
        if tail is self:
            tail = self._by_last[last] = self._tail_for(last)
        return None if tail is None else tail.search(string)

    def _tail_for(self, last: str) -> _Tail | None:
        """The search of the alternatives that may end in ``last`` (None: there are none)."""
        kept = tuple(i for i, ends in enumerate(self._endings) if ends is None or last in ends)
        if kept not in self._by_entries:
            widths = [self._widths[i] for i in kept]
            pattern = "|".join(f"{e}$" for e, _w in widths)  # as compile_suffix_regex writes it
            if len(pattern) > len(self.pattern) // 2:
                # most of the pattern's text (the alternatives for a full stop hold its two
                # long lookbehinds): compiling that again would cost more than it saves
                self._by_entries[kept] = self._whole
            else:
                compiled = re.compile(pattern, self._flags) if widths else None
                self._by_entries[kept] = _Tail(compiled, widths) if compiled else None
        return self._by_entries[kept]


def _last_characters(parsed: _p.SubPattern) -> frozenset[str] | None:
    """The characters a match of a parsed regular expression can end in, or None when that
    cannot be told from the pattern (then it is tried on every string). Zero-width items at
    the end (a lookbehind, '\\b') are passed over: they only narrow the matches."""
    if parsed.state.flags & re.IGNORECASE:
        return None
    return _ending(list(parsed.data))


_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}


def _ending(items: list) -> frozenset[str] | None:
    """``_last_characters`` of a parsed sequence; None also when it may match nothing."""
    for op, av in reversed(items):
        if op in _ZERO_WIDTH:
            continue
        if op is _c.LITERAL:
            return frozenset(chr(av))
        if op is _c.IN:
            return _members(av)
        if op is _c.SUBPATTERN:
            _group, add_flags, _del_flags, body = av
            return None if add_flags & re.IGNORECASE else _ending(list(body.data))
        if op is _c.BRANCH:
            ends = [_ending(list(branch.data)) for branch in av[1]]
            return None if None in ends else frozenset().union(*ends)
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            low, _high, body = av
            return _ending(list(body.data)) if low > 0 else None
        return None
    return None


def _members(members: list) -> frozenset[str] | None:
    """The characters of a parsed character class, or None for a negated class or a
    category ('\\w', '\\d'), whose members are not listed."""
    chars: set[str] = set()
    for op, av in members:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.RANGE:
            chars.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
    return frozenset(chars)


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
