"""Compile a rule pattern so that Python's regular-expression engine skips, in C, the places
where it cannot start.

Most rule patterns open with a word boundary and a long alternation of words
(``\\b(?:meeting|summit|vote|...)``). CPython's engine then tries every alternative at every
character of an article: it skips ahead quickly only when a pattern opens with a literal or a
character class, never after ``\\b``. ``compiled`` works out from the parsed pattern every
character a match can begin with and puts them in a lookahead right after the opening
``\\b`` (``\\b(?=[mMsSvV])(?:meeting|...)``): one class test rejects a place before the
alternation is tried. A lookahead consumes nothing, and the class holds every character a
match may begin with, so the pattern matches exactly what it matched before, at the same
places, with the same groups; the event and time patterns spent about a third less time
on the dev articles. Left as written: a pattern that may begin with any character or match
the empty string, one whose first step is one character test anyway ('\\bannual'), and a
top-level alternation whose branches all open with their own boundary ('\\bsoon\\b|\\blater\\b');
one whose branches open unequally ('<tag>|https?://|\\bpic\\.twitter|(?<!\\w)@handle') gets the
lookahead before the whole alternation, put in a group.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from itertools import repeat

# CPython's own parser of patterns: private, but its node names have not changed since
# Python 2, and a pattern it cannot read is compiled as written.
from re import _constants as _c
from re import _parser as _p

_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
# Narrow categories, said in the lookahead as the pattern says them (not listed: '\d' is
# every script's digits); they have no case.
_CATEGORIES = {_c.CATEGORY_DIGIT: r"\d", _c.CATEGORY_SPACE: r"\s"}
_WIDEST_RANGE = 512  # a class of more characters than this ('[^,]', '\w') leaves no filter
_ZERO_WIDTH = {_c.AT, _c.ASSERT, _c.ASSERT_NOT}
_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}


class _Open(Exception):
    """The pattern may begin with (almost) any character: no filter."""


@cache
def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` with a lookahead of the characters a match can begin
    with, when they are few enough to say (see the module's docstring)."""
    # The pattern as written is compiled only when it is kept: compiling a long alternation
    # costs more than parsing it, and most patterns get the lookahead.
    try:
        parsed = _p.parse(pattern, flags)
        exact, folded, nullable = _first(parsed.data, bool(parsed.state.flags & re.IGNORECASE))
    except (_Open, re.error, RecursionError):
        return re.compile(pattern, flags)
    if nullable or not (exact or folded) or not _costly_start(parsed.data):
        return re.compile(pattern, flags)
    classes = []
    if exact:
        classes.append(_class(exact))
    if folded:
        classes.append(f"(?i:{_class(folded)})")
    lookahead = f"(?={'|'.join(classes)})"
    cut = _where(pattern)
    if cut is None:
        if not _opens_unequally(parsed.data) or parsed.state.flags & re.VERBOSE:
            return re.compile(pattern, flags)
        # '</?[a-z]+>|https?://|\bpic\.twitter\.com|(?<![\w.@])@\w+': a branch that
        # opens with a boundary or a lookbehind is tried in full at every place; one class
        # test before the whole alternation rejects most places first
        head = _GLOBAL_FLAGS.match(pattern)
        cut = head.end() if head else 0
        return re.compile(f"{pattern[:cut]}{lookahead}(?:{pattern[cut:]})", flags)
    return re.compile(pattern[:cut] + lookahead + pattern[cut:], flags)


def _costly_start(items) -> bool:
    """Whether the pattern's first step costs more than the lookahead: an alternation, an
    optional or repeated group, or a lookaround, tried at every place. A pattern that opens
    with one character or class ('\\bannual', '\\d{4}') is tested as cheaply without one."""
    for op, av in items:
        if op is _c.AT:
            continue
        if op is _c.SUBPATTERN:
            return _costly_start(av[3])
        if op in _REPEATS and av[0] >= 1:  # '\\d{4}': its first step is its body's
            return _costly_start(av[2])
        return op is not _c.LITERAL and op is not _c.IN
    return False


def _where(pattern: str) -> int | None:
    """Where the lookahead goes: after an opening word boundary (``\\b``, also inside an
    opening ``(?i:``), which rejects most places more cheaply than a lookahead, else first
    (after any global flags, which must stay first). None for a pattern that is one
    alternation of branches: each branch's own boundary is already the cheaper test."""
    head = _GLOBAL_FLAGS.match(pattern)
    cut = head.end() if head else 0
    if _alternatives(pattern):
        return None
    for opening in ("\\b", "(?i:\\b"):
        if pattern.startswith(opening, cut):
            return cut + len(opening)
    return cut


def _opens_unequally(items) -> bool:
    """Whether a top-level alternation has a branch that opens with a zero-width test (a
    word boundary, a lookaround) while another does not: the parser folds an opening shared
    by every branch out of them ('\\bsoon\\b|\\blater\\b'), and such a boundary is the
    cheaper test at each place."""
    if not items or items[0][0] is not _c.BRANCH:
        return False
    return any(branch and branch[0][0] in _ZERO_WIDTH for branch in items[0][1][1])


def _class(chars: set[str]) -> str:
    return "[" + "".join(c if len(c) > 1 else re.escape(c) for c in sorted(chars)) + "]"


def _first(items, icase: bool) -> tuple[set[str], set[str], bool]:
    """(characters matched as written, characters matched ignoring case, whether the
    sequence can match the empty string) for the first character of a parsed sequence."""
    exact: set[str] = set()
    folded: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # '\b', '^', a lookaround: the next item still decides the character
        if op is _c.LITERAL:
            (folded if icase else exact).add(chr(av))
            return exact, folded, False
        if op is _c.IN:
            chars = _in(av)
            exact.update(c for c in chars if len(c) > 1)  # a category: no case
            (folded if icase else exact).update(c for c in chars if len(c) == 1)
            return exact, folded, False
        if op is _c.BRANCH:
            nullable = False
            for alternative in av[1]:
                e, f, n = _first(alternative, icase)
                exact |= e
                folded |= f
                nullable = nullable or n
        elif op is _c.SUBPATTERN:
            _group, add, remove, body = av
            inner = (icase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            e, f, nullable = _first(body, inner)
            exact |= e
            folded |= f
        elif op in _REPEATS:
            low, _high, body = av
            e, f, n = _first(body, icase)
            exact |= e
            folded |= f
            nullable = low == 0 or n
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            e, f, nullable = _first(av, icase)
            exact |= e
            folded |= f
        else:  # any character, a back-reference, a conditional group: no telling
            raise _Open
        if not nullable:
            return exact, folded, False
    return exact, folded, True


def _in(members) -> set[str]:
    """The characters of a parsed character class, when it lists them ('[A-Z]', '[.;:]')."""
    chars: set[str] = set()
    for op, av in members:
        if op is _c.LITERAL:
            chars.add(chr(av))
        elif op is _c.RANGE and av[1] - av[0] < _WIDEST_RANGE:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is _c.CATEGORY and av in _CATEGORIES:
            chars.add(_CATEGORIES[av])  # every script's digits or spaces, said as '\d', '\s'
        else:  # a negated class, another category ('\w', '\s'), a wide range
            raise _Open
    return chars


def _alternatives(pattern: str) -> bool:
    """Whether the pattern is an alternation at its top level ('\\bsoon\\b|\\blater\\b'):
    a '|' outside every group and class (the parser folds a shared opening '\\b' out of
    the branches, so the parsed pattern cannot tell it from '\\b(?:soon|later)')."""
    depth, escaped, in_class = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


# Word starts: the places a pattern that opens with '\b' and a word character can match.
# '\w+' opens with a character class, so the engine finds each word in C.
_WORDS = re.compile(r"\w+")
_START = re.Match.start


class WordStarts:
    """Where each word of a text begins, by its first character: found in one pass, then
    shared by every pattern run over the text (see ``word_initials``). ``places``, when
    given, are held instead of the word starts (the sentence openers a caller tries again)."""

    def __init__(self, text: str, places: Iterable[int] | None = None) -> None:
        self.text = text
        self._by_initial: dict[str, list[int]] = {}
        if places is None:
            places = map(_START, _WORDS.finditer(text))
        for place in places:
            self._by_initial.setdefault(text[place], []).append(place)
        # the words no ASCII initial can rule out, gathered once for every pattern
        self._not_ascii = [
            place
            for char, places in self._by_initial.items()
            if not char.isascii()
            for place in places
        ]

    def candidates(self, initials: frozenset[str]) -> list[int]:
        """The word starts, in order, whose first character is in ``initials`` or is no
        ASCII character (which the initials, worked out for ASCII, cannot rule out).
        ``initials`` are ASCII (``word_initials``): a few of them are looked up, not every
        initial of the text tested for each pattern."""
        found = list(self._not_ascii)
        by_initial = self._by_initial
        for char in initials:
            places = by_initial.get(char)
            if places and char.isascii():  # a non-ASCII initial's words are in already
                found.extend(places)
        found.sort()
        return found

    def finditer(self, pattern: re.Pattern[str], initials: frozenset[str] | None):
        """``pattern.finditer(text)``, match for match: when ``initials`` is given, the
        pattern is tried only at the word starts that may begin a match, not at every
        character. A match found at a place is the one a search reaching that place finds
        (the engine looks behind a start position for '\\b' and lookbehinds), and a search
        resumes after the end of a match, as finditer does."""
        if initials is None:
            yield from pattern.finditer(self.text)
            return
        # Every candidate is tried (the loop runs in C), then a match that starts inside
        # the one before is dropped: a match at a place does not depend on the others, so
        # this keeps exactly the matches the walk that skips those places found.
        resume = 0
        for match in filter(None, map(pattern.match, repeat(self.text), self.candidates(initials))):
            if match.start() >= resume:
                yield match
                resume = match.end()


_DIGITS = frozenset("0123456789")


@cache
def word_initials(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The ASCII characters a match of ``pattern`` can begin with, when every match begins a
    word: the pattern opens with '\\b' and can begin only with word characters, and matches
    no empty string. None when that cannot be told from the pattern (then every place must
    be tried). A word that begins with a character outside ASCII is always tried."""
    if pattern.flags & (re.ASCII | re.LOCALE):
        return None
    try:
        parsed = _p.parse(pattern.pattern, pattern.flags)
        items = list(parsed.data)
        if not items or items[0] != (_c.AT, _c.AT_BOUNDARY):
            return None
        exact, folded, nullable = _first(items, bool(parsed.state.flags & re.IGNORECASE))
    except (_Open, re.error, RecursionError):
        return None
    if nullable:
        return None
    initials: set[str] = set()
    for char in exact:
        if char == r"\d":
            initials |= _DIGITS
        elif len(char) > 1:  # '\s': a match may begin after a word, at a space
            return None
        else:
            initials.add(char)
    for char in folded:  # every case a case-insensitive match admits ('ſ' -> 'S' -> 's')
        forms = {char, char.lower(), char.upper(), char.upper().lower(), char.casefold()}
        initials |= {form for form in forms if len(form) == 1}
    if not all(len(c) == 1 and (c.isalnum() or c == "_") for c in initials):
        return None  # a match may begin with a mark or space: not at a word start
    return frozenset(c for c in initials if c.isascii())
