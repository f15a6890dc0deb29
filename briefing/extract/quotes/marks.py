"""Quotation marks -> fragments of quoted text, and which of them someone actually said.

News sets quotations in straight, curly or angled marks, nests single marks inside double
ones, and runs a long quotation over several paragraphs in one of two styles: each new
paragraph opens with the mark again and only the last one closes, or the first paragraph
opens and a later one closes with nothing in between. Both become one group of fragments
(one per paragraph), so the speaker found for the first fragment carries to the rest.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.rules import alternation, reporting_verbs, word_table

OPENING = {"“": "”", "«": "»", '"': '"', "„": "“"}
MAX_CONTINUED = 4  # paragraphs without marks inside an open quotation
_PARAGRAPH = re.compile(r"[^\n]+")
_MARK = re.compile('["“«„‘]')
_SENTENCE_END = tuple(".!?…")
# Two apostrophes standing for a double quotation mark: opening after a space, a bracket or
# a dash and before a word or a nested mark, closing after a word or punctuation and
# before a space or punctuation; of three, the two outside the nested single mark.
_APOSTROPHES_OPEN = re.compile(r"(?:^|(?<=[\s(\[—–-]))''(?=['\w])", re.M)
_APOSTROPHES_CLOSE = re.compile(r"(?<=[^\s'])'?('')(?=[\s.,;:!?)\]—–-]|$)", re.M)


@dataclass(frozen=True)
class Fragment:
    """The content of one pair of quotation marks (a multi-paragraph quote shares ``group``)."""

    start: int
    end: int
    group: int
    closed: bool = True
    marked: bool = True  # False: a middle paragraph of a quotation, with no mark of its own


def paired_apostrophes(text: str) -> str:
    """The text with each double quotation mark set as two apostrophes (an archive style,
    the New York Times' among others) turned into a curly mark and a space: the same
    length, so every position still points into the article. Without this such a
    quotation is not seen at all, and a cue inside it ('I did early on say') is taken for
    the article's own."""
    if "''" not in text:
        return text
    chars = list(text)
    for match in _APOSTROPHES_OPEN.finditer(text):
        chars[match.start()], chars[match.start() + 1] = " ", "“"
    for match in _APOSTROPHES_CLOSE.finditer(text):
        at = match.start(1)
        if chars[at] == "'":  # not already taken as an opening mark
            chars[at], chars[at + 1] = "”", " "
    return "".join(chars)


def quotation_marks(text: str) -> list[Fragment]:
    """Pair the quotation marks of a text, paragraph by paragraph."""
    fragments: list[Fragment] = []
    group, carrying, continued = 0, False, 0
    for match in _PARAGRAPH.finditer(text):
        line, offset = match.group(0), match.start()
        body = line.lstrip()
        if not body.strip():
            continue
        lead, skip = len(line) - len(body), 0
        if carrying and body[:1] not in OPENING:
            first = _first_mark(line)
            if first is not None and not first[1]:  # it closes the open quotation
                fragments.append(Fragment(offset + lead, offset + first[0], group))
                skip, carrying = first[0] + 1, False
            elif first is None and continued < MAX_CONTINUED:
                end = offset + len(line.rstrip())
                fragments.append(Fragment(offset + lead, end, group, False, False))
                continued += 1
                continue
            else:
                carrying = False
        pairs = _pairs(line, skip)
        for index, (start, end, closed) in enumerate(pairs):
            if not (index == 0 and carrying and skip == 0):
                group += 1
            fragments.append(Fragment(offset + start, offset + end, group, closed))
        if pairs:
            carrying, continued = not pairs[-1][2], 0
    return _drop_orphans(fragments)


def _first_mark(line: str) -> tuple[int, bool] | None:
    """Index of the first double quotation mark of a line and whether it opens a quote."""
    for i, ch in enumerate(line):
        if ch in "”»":
            return i, False
        if ch in "“«„":
            return i, True
        if ch == '"':
            return i, _opens(line, i)
    return None


def _pairs(line: str, i: int) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of each quotation in a line from position ``i``; single marks
    pair only outside double ones (British style), so nested ones stay inside."""
    spans: list[tuple[int, int, bool]] = []
    singles = not _has_double(line)
    mark = _MARK.search(line, i)
    while mark is not None:
        i, ch = mark.start(), mark.group(0)
        if ch in OPENING and (ch != '"' or _opens(line, i)):
            close = line.find(OPENING[ch], i + 1)
            if close == -1:
                spans.append((i + 1, len(line.rstrip()), False))
                break
            spans.append((i + 1, close, True))
            i = close
        elif ch == "‘" and singles:
            close = _closing_single(line, i + 1)
            if close != -1:
                spans.append((i + 1, close, True))
                i = close
        mark = _MARK.search(line, i + 1)
    return spans


def _has_double(line: str) -> bool:
    return any(ch in line for ch in '"“”«»„')


def _closing_single(line: str, start: int) -> int:
    """A closing ’ is not followed by a letter (that would be an apostrophe: don’t)."""
    for match in re.finditer("’", line[start:]):
        j = start + match.start()
        if j + 1 >= len(line) or not line[j + 1].isalpha():
            return j
    return -1


def _opens(line: str, i: int) -> bool:
    """A straight double quote opens after a space, bracket, dash or the line start."""
    return i == 0 or line[i - 1] in " \t([—–―-:\n"


def _drop_orphans(fragments: list[Fragment]) -> list[Fragment]:
    """A quotation that never closes keeps only its paragraphs that open with a mark (an
    unbalanced quote ends with its paragraph); unmarked paragraphs after it are narrative."""
    closed_groups = {f.group for f in fragments if f.closed}
    return [f for f in fragments if f.end > f.start and (f.marked or f.group in closed_groups)]


# ------------------------------------------------------------------ said, or only marked

_TITLE_BEFORE = re.compile(
    rf"\b(?:{alternation(word_table('clause_words.json', 'before_titles'))})\s*$", re.I
)


def said(text: str, fragment: Fragment) -> bool:
    """A quotation someone said, not a scare quote or a title: a clause or a sentence."""
    content = text[fragment.start : fragment.end].strip()
    words = content.split()
    if not words or title_like(words):
        return False
    if len(words) <= 3 and _TITLE_BEFORE.search(
        text[max(0, fragment.start - 20) : fragment.start - 1]
    ):
        return False
    if _title_in_narration(text, fragment, words):
        return False
    if len(words) >= 4:
        return True
    return content[:1].isupper() and content.endswith((*_SENTENCE_END, ","))


_SAYING = frozenset(reporting_verbs())
_TITLE_WORDS = 4  # words at most of a programme or slogan set in quotation marks


def _title_in_narration(text: str, fragment: Fragment, words: list[str]) -> bool:
    """'in an interview with "Fox News Sunday."', 'a goal of "Peace Through Strength."':
    a few capitalised words right after a narrating word, the full stop inside the marks
    only by American custom: a title or a slogan, not something said."""
    if len(words) > _TITLE_WORDS or not words[-1].endswith("."):
        return False
    before = text[max(0, fragment.start - 30) : fragment.start].rstrip().rstrip("“\"‘'")
    last = before.split()[-1] if before.split() else ""
    capitalised = [w for w in words if len(w.strip(".")) >= 4]
    return (
        last.isalpha()
        and last.islower()
        and last not in _SAYING  # 'Lund said "Vote For Change."': said
        and len(capitalised) >= 2
        and title_like([*words[:-1], words[-1].rstrip(".")])
    )


def title_like(words: list[str]) -> bool:
    """'The Internet Explorer 6 Countdown', 'Hope': every longer word capitalised, no
    sentence punctuation at the end: a name or a title, not a statement."""
    if words[-1].endswith(_SENTENCE_END) and len(words) > 1:
        return False
    long = [w.strip("\"'‘’“”,.:;()[]") for w in words]
    long = [w for w in long if len(w) >= 4 and w[:1].isalpha()]
    return bool(long) and all(w[0].isupper() for w in long) and len(words) <= 8
