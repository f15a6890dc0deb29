"""The sentences of a first-person statement are its author's words.

A press statement ("Statement by President Joe Biden on ..."), a spokesperson's text ("The
below is attributable to Spokesperson Ned Price:") or a signed one ("Antony J. Blinken,
Secretary of State" above the text) carries no quotation marks: every sentence of it is what
the author says, and a reader quoting it would quote it as the author's. read.anatomy finds
such an author only when one person issues the text and it speaks in the first person, so a
news article, whose sentences are the reporter's, never has one.

Left out, because the sentence is not plainly the author's own statement: a sentence holding
quotation marks or one statements.py took a report from whose speaker it found (it reports
someone's words and says whose: 'I told President Sisi that ...' is the author's through its
cue), unless the author's own first-person clause opens the sentence and the report is
someone else's inside it ('I welcome the news that the European Union has called for ...').
A report with no speaker ('... and calls on China to cease ...', the cue's subject a state
the rules do not take as a speaker) says nobody's words but the author's: the sentence is
the author's, and the speakerless report gives way to it (statements.py). Also left out: a
reporter's turn in a transcript of remarks ('Q Mr. President, will ...?'), headings, date
and time lines and the author line itself (no sentence-ending stop), and sentences too
short to say anything ('Thank you.'). A speaker label ('THE PRESIDENT: Good afternoon.')
and a list bullet are stepped over: the words after them are the author's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from briefing.extract.quotes.marks import Fragment
from briefing.model import Anatomy, NameMention, Quote
from briefing.rules import alternation, json_rules, patterns, word_table

MIN_WORDS = 4  # 'We demand his immediate release.' speaks; 'Thank you.' does not
_PRESS_TURN = re.compile(patterns("question_patterns.tsv")["press_turn"])
_LABEL = re.compile(r"(?:[A-Z][A-Z.'’-]+\s+){0,3}[A-Z][A-Z.'’-]+:\s+")  # 'THE PRESIDENT: '
_BULLET = re.compile(r"[-–•*]\s+")
_ENDS = re.compile(r"[.!?][”’\"')\]]*$")


def authored(
    text: str,
    anatomy: Anatomy,
    sentences: Sequence[tuple[int, int]],
    fragments: Sequence[Fragment],
    found: Sequence[Quote],
    mentions: Sequence[NameMention],
) -> list[Quote]:
    """The author's sentences of a first-person statement, as direct quotes whose speaker is
    the author line (``Quote.speaker_via`` "statement"); none when the text has no author."""
    if anatomy.author is None:
        return []
    a0, a1 = anatomy.author
    if _narrates(text, anatomy, sentences, mentions):
        return []
    reports = [q for q in found if q.speaker_text]
    marks = [(f.start - 1, f.end + 1) for f in fragments]
    quotes = []
    for start, end in sentences:
        # The sentencizer may run the headline or the author line into the first sentence.
        if start < anatomy.body < end:
            start = anatomy.body
        if start < a1 < end:
            start = text.find("\n", a1) + 1 or end
        start, end = _trimmed(text, start, end)
        if start < max(anatomy.body, a1) or end - start < 2:
            continue
        if _PRESS_TURN.match(text, start) or not _ENDS.search(text, start, end):
            continue
        label = _LABEL.match(text, start) or _BULLET.match(text, start)
        start = label.end() if label else start
        if len(text[start:end].split()) < MIN_WORDS:
            continue
        if any(a < end and start < b for a, b in marks):
            continue
        governs = _FIRST_PERSON_OPENER.match(text, start)
        if any(q.start < end and start < q.end and not _nested(q, governs) for q in reports):
            continue
        quotes.append(
            Quote(
                id="",
                doc="",
                start=start,
                end=end,
                text=text[start:end],
                kind="direct",
                speaker_text=text[a0:a1],
                speaker_start=a0,
                speaker_end=a1,
                speaker_name_start=a0,
                speaker_name_end=a1,
                speaker_via="statement",
            )
        )
    return quotes


_FIRST_PERSON = patterns("article_patterns.tsv")["first_person"]
_FIRST_PERSON_OPENER = re.compile(rf"{_FIRST_PERSON}\s+[a-z]")


def _nested(report: Quote, governs: re.Match[str] | None) -> bool:
    """A report of someone else inside a sentence the author opens in the first person ('I
    welcome the news that the European Union has called for ...'): the sentence is the
    author's statement, and the report stays nested in it (select.confidence shows the
    author's words, not a second speaker)."""
    if governs is None or report.speaker_start is None:
        return False
    first_person = bool(re.fullmatch(_FIRST_PERSON, (report.speaker_text or "").strip()))
    return not first_person and report.speaker_start > governs.start()


_TITLE_GLUE = frozenset(word_table("actor_words.json", "title_glue"))
_PAST = re.compile(rf"\s*(?:\w+ed|{alternation(json_rules('time_words.json')['past_verbs'])})\b")


def _narrates(
    text: str,
    anatomy: Anatomy,
    sentences: Sequence[tuple[int, int]],
    mentions: Sequence[NameMention],
) -> bool:
    """A readout, not a statement: its first sentence tells what someone other than the
    author did ('Secretary of State Marco Rubio met in Manila with ...', 'Deputy Secretary
    Wendy Sherman spoke today with ...'), although a spokesperson is named as its source.
    Its sentences narrate others' acts; they are no one's first-person words."""
    assert anatomy.author is not None
    floor = max(anatomy.body, text.find("\n", anatomy.author[1]) + 1)
    first = next(((s, e) for s, e in sentences if e > floor + 1), None)
    if first is None:
        return False
    start = max(first[0], floor)
    for mention in mentions:
        if mention.kind != "person" or not start <= mention.start < first[1]:
            continue
        if text[start : mention.start].strip() and not text[start].isupper():
            return False
        title = text[start : mention.start].split()  # 'Secretary of State Marco Rubio'
        subject = all(w[:1].isupper() or w in _TITLE_GLUE for w in title)
        other = not anatomy.author[0] <= mention.start < anatomy.author[1]
        return subject and other and bool(_PAST.match(text, mention.end))
    return False


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
