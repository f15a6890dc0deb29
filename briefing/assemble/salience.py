"""Salience: how much a reader of the brief needs each actor, in one documented place.

An actor's raw score adds up what makes it central to the story, then weighs it by kind:

    score = W_MENTIONS * log(1 + mentions)         how often it is named (credits excluded)
          + W_DOCUMENTS * (articles - 1)           each further article that names it
          + W_HEADLINE * named in a headline       headlines name what the story is about
          + W_LEAD * named in the lead             the first paragraph of the body (at most
                                                   300 characters): date line, dateline
                                                   ("BRUSSELS —") and photo captions left out
                                                   (both as the read stage found them:
                                                   ``Document.anatomy``)
          + W_QUOTED * log(1 + statements)         what it said is part of the story
    salience = score * KIND_WEIGHT[kind], scaled so that the top actor has 1.0

Photo credits ("Image: Nick Moreau") name a photographer, not an actor, so they are not
counted. The logarithms keep a name repeated twenty times from outweighing one in the
headline. The lead weighs almost as much as the headline: news is written as an inverted
pyramid, and the first paragraph names who the story is about. Places weigh less than people
and organisations: they are often the setting, though a country in the headline is still
among the first actors. Groups weigh a little less than named actors: the groups found are
the ones a headline names ("Hackers attack ...", "... from religious schools") or a
nationality's leaders and officials, so they are seldom mere background.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing.model import Actor, Document, Evidence, Quote, anatomy_of, evolve
from briefing.rules import patterns

if TYPE_CHECKING:
    from briefing.extract import Findings

W_MENTIONS = 1.0
W_DOCUMENTS = 0.75
W_HEADLINE = 2.0
W_LEAD = 1.5
W_QUOTED = 1.0
KIND_WEIGHT = {"person": 1.0, "organization": 0.9, "group": 0.8, "place": 0.7}

_CREDIT = re.compile(patterns("article_patterns.tsv")["photo_credit"])


_STAFF_BEFORE = re.compile(patterns("article_patterns.tsv")["staff_before"])
_STAFF_AFTER = re.compile(patterns("article_patterns.tsv")["staff_after"])
_BRACKET_BEFORE = re.compile(patterns("article_patterns.tsv")["bracket_credit_before"])
_BRACKET_AFTER = re.compile(patterns("article_patterns.tsv")["bracket_credit_after"])
_SIGNATURE_BEFORE = re.compile(patterns("article_patterns.tsv")["signature_before"])
_SIGNATURE_AFTER = re.compile(patterns("article_patterns.tsv")["signature_after"])


def is_credit(text: str, start: int, end: int | None = None) -> bool:
    """'Image: Twitter / Barack Obama': a name in a photo credit or source line; given the
    name's ``end``, also one in a staff line ('Follow Ian Roe on Twitter', 'Ana Ruiz
    contributed reporting', 'Co-authored by Ana Ruiz', '(h/t The Harbour Post.)') or a
    digest's bracketed credit ('... the ban. [Reuters]'): who wrote the article, no actor."""
    before = max(0, start - 70)
    # a credit line has its colon ('Image:'): most names have none in the 70 characters
    # before them, and a find is far cheaper than the pattern's search
    if text.find(":", before, start) >= 0 and _CREDIT.search(text, before, start):
        return True
    if end is None:
        return False
    if _STAFF_BEFORE.search(text, max(0, start - 40), start) or _STAFF_AFTER.match(text, end):
        return True
    # a digest's bracketed credit closing a paragraph: '... the ban. [Reuters]' (the match
    # at the name's end first: it fails for nearly every name, and costs less than the search)
    return bool(_BRACKET_AFTER.match(text, end)) and bool(
        _BRACKET_BEFORE.search(text, max(0, start - 45), start)
    )


def is_signature(text: str, start: int, end: int) -> bool:
    """A paragraph that is the name alone ('...a tyranny.\\n\\nAna Ruiz.\\n\\nBergen, Minn.'):
    the signature of a reader's letter, or a section's heading ('Ana Ruiz.\\n\\nRuiz has
    ...'). A person named only so signed a letter: on 80 PolNeAR briefs (seeds 63 and 71)
    three letters pages listed eleven writers so, each an actor of nothing. Not a credit for
    salience: a heading's name is the section's subject. The headline (no paragraph before
    it) is never one."""
    return bool(_SIGNATURE_BEFORE.search(text, max(0, start - 4), start)) and bool(
        _SIGNATURE_AFTER.match(text, end)
    )


def salience_score(
    actor: Actor,
    quotes: Sequence[Quote],
    documents: dict[str, Document],
    statements: int | None = None,
) -> float:
    """Raw salience of one actor (see the module docstring); ``rank_actors`` scales it.
    ``statements``, when given, is how many of ``quotes`` the actor said (counted once for
    all actors by the caller: a scan of every quote per actor is quadratic in a batch)."""
    mentions = [m for m in actor.mentions if not is_credit(documents[m.doc].text, m.start, m.end)]
    if not mentions:
        return 0.0
    headline = any(_in_headline(m, documents[m.doc]) for m in mentions)
    lead = any(_in_lead(m, documents[m.doc]) for m in mentions)
    quoted = statements if statements is not None else sum(q.speaker == actor.id for q in quotes)
    score = W_MENTIONS * math.log1p(len(mentions))
    score += W_DOCUMENTS * (len({m.doc for m in mentions}) - 1)
    score += W_HEADLINE * headline + W_LEAD * lead + W_QUOTED * math.log1p(quoted)
    return score * KIND_WEIGHT.get(actor.kind, 0.5)


def _in_headline(mention: Evidence, document: Document) -> bool:
    return mention.start < anatomy_of(document).headline_end


def _in_lead(mention: Evidence, document: Document) -> bool:
    start, end = anatomy_of(document).lead
    return start <= mention.start < end


def rank_actors(
    actors: Sequence[Actor], quotes: Sequence[Quote], findings: Sequence[Findings]
) -> list[Actor]:
    """Actors with ``salience`` in 0..1 (the top actor is 1), most salient first."""
    documents = {f.document.id: f.document for f in findings}
    said = Counter(q.speaker for q in quotes)
    scores = {a.id: salience_score(a, quotes, documents, said[a.id]) for a in actors}
    top = max(scores.values(), default=0) or 1.0
    ranked = [evolve(a, salience=round(scores[a.id] / top, 3)) for a in actors]
    return sorted(ranked, key=lambda a: (-a.salience, a.id))
