"""The article's anatomy, found once: headline, dateline, agency credit, lead and body.

A news article opens with its headline, maybe a date line ("Wednesday, September 7, 2016"),
then a dateline ("BRUSSELS, March 3 (Reuters) - ") and the lead paragraph. Every later stage
needs to tell these parts apart: a place in the dateline is where the story was filed, the
agency in it is the source and no actor, a name in the headline or the lead weighs more, and
the bottom line of the brief quotes the body's first sentence. The read stage finds them here
and stores them as spans on the Document (``Document.anatomy``), so no later stage re-runs
these patterns.

Two starts are kept because two readers ask different questions: ``lead`` is the opening
paragraph, photo credits ("Image: Nick Moreau") and a headline printed twice left out, while
``body`` is where the body's first sentence starts, past a headline printed twice and the
stray punctuation after a headline-less title ("... under a different flag. ...").
"""

from __future__ import annotations

import re
from dataclasses import replace

from briefing.model import Anatomy, Document, Span
from briefing.read.dateline import credit_span, dateline_span, is_byline, without_dateline
from briefing.rules import filled, patterns

_PATTERNS = patterns("article_patterns.tsv")

LEAD_CHARS = 300  # a lead longer than this is a paragraph run on, not the opening
_BYLINE_LINES = 4  # a byline stands in the first lines after the headline (or a kicker)
_HEADLINE_REACH = 200  # a kicker or byline may stand before the headline in the text
# 'Image: Twitter / Barack Obama': a paragraph ending in a photo credit is a caption.
_PHOTO_CREDIT = re.compile(_PATTERNS["photo_credit"])
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")


def anatomy(text: str, title: str, source: str | None = None) -> Anatomy:
    """The parts of an article whose headline is ``title``, as spans of ``text``; ``source``
    is where the article comes from, as its front matter says ('The White House')."""
    headline = _headline(text, title)
    dateline = dateline_span(text)
    author = _author(text, headline)
    return Anatomy(
        headline=headline,
        dateline=dateline,
        credit=credit_span(text, dateline),
        lead=_lead(text, headline[1] if headline else 0, title),
        body=_body(text, title),
        author=author,
        issued=author is not None or _issued(title, source),
        staff=_staff(text, headline[1] if headline else 0),
    )


_STAFF_CREDIT = re.compile(_PATTERNS["staff_credit"], re.MULTILINE)
_LINE = re.compile(r"[^\n]+")


def _staff(text: str, headline_end: int) -> tuple[Span, ...]:
    """Where the article names who made it: a byline line among the first lines after the
    headline ("By ANA RUIZ Associated Press") and the closing credits ("(Reporting by Ana
    Ruiz; Editing by Ian Roe)", "Associated Press writer Ian Roe in Oslo contributed to this
    report.", "Copyright 2026 The Associated Press."). A wire story carries both; every
    name in them is staff, no actor, and a place in them ("in Oslo") is where a reporter
    sat, not a scene of the story."""
    spans: list[Span] = []
    for number, line in enumerate(_LINE.finditer(text, headline_end)):
        if number >= _BYLINE_LINES:
            break
        if is_byline(line.group().strip()):
            spans.append(line.span())
    # the credits' words are rare in news prose: a find spares most articles the pattern
    if "contributed" in text or " by " in text or "opyright" in text or "©" in text:
        spans.extend(m.span() for m in _STAFF_CREDIT.finditer(text))
    return tuple(sorted(spans))


_ISSUED_TITLE = re.compile(_PATTERNS["issued_title"])
_ISSUER = re.compile(_PATTERNS["issuer_source"])


def _issued(title: str, source: str | None) -> bool:
    """Whether the party the article speaks for issued it: its title names the kind of
    text only an office issues ('Readout of ...', 'Joint Statement on ...', 'Fact Sheet:
    ...') or its source is an office or names such a kind ('U.S. Department of State (press
    statement)', 'The White House'). Why it matters: in a report, 'X will ...' with no date
    is the writer's word about X, on campaign news most often a forecast ('Trump will
    dominate the news cycle'); in an issued text it is the party's undertaking. A text with
    neither sign counts as a report: the stricter reading, which only holds items back."""
    return bool(_ISSUED_TITLE.search(title.strip())) or bool(source and _ISSUER.search(source))


_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|[\"“][A-Z]\w*[\"”]))+"
# 'Antony J. Blinken, Secretary of State' alone on the first line of the body.
_BYLINE = re.compile(rf"\s*({_NAME}),\s+[A-Z][\w -]{{2,60}}\n")
# 'The below is attributable to Spokesperson Ned Price:'
_ATTRIBUTABLE = re.compile(rf"\battributable to\s+({_NAME})\s*:")
# 'Statement by President Joe Biden on ...', 'Remarks from Secretary Rubio at ...',
# 'President Biden Statement on ...'
_STATEMENT_TITLE = re.compile(filled(_PATTERNS["statement_title"], {"NAME": _NAME}))
_FIRST_PERSON = re.compile(_PATTERNS["first_person"])


def _author(text: str, headline: Span | None) -> Span | None:
    """Who issues the article as a first-person statement, when one person does: a byline
    line, an 'attributable to' line or a 'Statement by ...' headline, in a text that speaks
    in the first person. A joint statement ('... and President Macron') has no one author."""
    body = headline[1] if headline else 0
    found = (
        _BYLINE.match(text, body)
        or _ATTRIBUTABLE.search(text, body, body + 400)
        or (_STATEMENT_TITLE.match(text, *headline) if headline else None)
    )
    if not found or not _FIRST_PERSON.search(text, body):
        return None
    group = 1 if found.group(1) else 2
    start, end = found.span(group)
    # A headline is in title case: 'Remarks by President Biden Announcing Cessation of ...'
    # ends the name at its first verb.
    verb = re.search(r"\s+[A-Z][a-z]+ing\b", text[start:end])
    end = start + verb.start() if verb else end
    return None if " and " in text[start:end] else (start, end)


def with_anatomy(document: Document) -> Document:
    """The document with its anatomy found: what the read stage hands on."""
    return replace(document, anatomy=anatomy(document.text, document.title, document.source))


def _headline(text: str, title: str) -> Span | None:
    """Where the title stands near the top of the text (its own line, as a rule)."""
    title = title.strip()
    if not title:
        return None
    found = text.find(title, 0, len(title) + _HEADLINE_REACH)
    return (found, found + len(title)) if found >= 0 else None


def _lead(text: str, headline_end: int, title: str = "") -> Span:
    """The lead: the first paragraph after the headline, its date line and dateline
    ("BRUSSELS —", "OSLO, Oct 3 (Reuters) -": where it was filed, its setting, not its
    subject), photo credits and the headline printed again left out; at most LEAD_CHARS
    long. A pasted article often repeats its headline as the body's first line: taken as
    the lead, it put the headline's names there twice and left the opening paragraph's
    subject (the seeds: 'Dmitry Medvedev's recent remarks have sent shockwaves ...') without
    the lead's weight."""
    head = text[headline_end : headline_end + 2000]
    start = headline_end + len(head) - len(without_dateline(head))
    again = _plain(title.strip()).rstrip(" .")
    for paragraph in _PARAGRAPH.finditer(text[start : start + 2000]):
        words = paragraph.group().rstrip(" .")
        if again and _plain(words.strip()) == again:
            continue
        if not _PHOTO_CREDIT.search(words, max(0, len(words) - 70)):
            first = start + paragraph.start()
            return first, min(start + paragraph.end(), first + LEAD_CHARS)
    return start, start + LEAD_CHARS


def _body(text: str, title: str) -> int:
    """Where the body's first sentence starts: past the headline (however often the text
    repeats it, typographic quotes aside), the punctuation after it, date lines and the
    dateline ('BRUSSELS, March 3 (Reuters) -'): the reader of a brief has the date."""
    body = text.lstrip()
    while title and _plain(body[: len(title)]) == _plain(title):
        body = body[len(title) :].lstrip()
    body = without_dateline(body.lstrip(" .,;:—–-"))
    return len(text) - len(body)


def _plain(text: str) -> str:
    """Compare headlines regardless of typographic quotes ('Russia’s' = "Russia's")."""
    return text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
