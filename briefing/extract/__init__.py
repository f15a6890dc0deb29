"""Extract stage: one Document -> its findings, each with character spans into its text.

``analyse`` runs the pipeline over the article and every extractor over the Doc. Each
subpackage holds one kind of finding: ``actors/`` (name mentions, roles, groups), ``quotes/``
(direct and reported speech and who said it), ``events/`` (time expressions and what comes
next), ``questions/`` (open questions). Nothing here looks across documents: that is
assemble's job.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefing.model import Document, Event, NameMention, Question, Quote, TimeExpression

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass(frozen=True)
class Findings:
    """What the extractors found in one document (ids are local to the document)."""

    document: Document
    mentions: tuple[NameMention, ...]
    quotes: tuple[Quote, ...]
    times: tuple[TimeExpression, ...]
    events: tuple[Event, ...]
    questions: tuple[Question, ...]


def reference_date(document: Document, fallback: dt.date | None) -> dt.date | None:
    """The date relative expressions resolve against: the article's own, else ``--date``."""
    if document.published:
        return dt.date.fromisoformat(document.published)
    return fallback


# no-break, figure, thin, hair, narrow no-break and medium mathematical spaces
_SPACES = str.maketrans(dict.fromkeys("\u00a0\u2007\u2009\u200a\u202f\u205f", " "))
_ODD_SPACE = re.compile("[\u00a0\u2007\u2009\u200a\u202f\u205f]")


def analyse(nlp: Language, document: Document, fallback_date: dt.date | None = None) -> Findings:
    """Run every extractor over one document.

    The extractors look up the article's headline, dateline and lead in ``document.anatomy``.
    ``read_documents`` sets it; a Document built by hand (evaluation rows, tests) has none
    yet, so it is read here, the one place after the read stage that may do so. The
    Findings carry the read document on to assemble and select.
    """
    from briefing.extract import memo
    from briefing.extract.actors import mentions as actors
    from briefing.extract.events import times
    from briefing.extract.events import upcoming as events
    from briefing.extract.questions import open_questions as questions
    from briefing.extract.quotes import statements as quotes
    from briefing.read.anatomy import with_anatomy

    if document.anatomy is None:
        document = with_anatomy(document)
    memo.forget()  # what was remembered of the last document's sentences
    # The tokenizer keeps every character, so the Doc's text is the document's: caching it
    # before the pipeline runs spares rebuilding it from the tokens (see extract.text_of).
    # A no-break or thin space ('Sen. Marco\u00a0Rubio', common in web pages) is a space to
    # the analysis: spaCy splits only at ' ', so it made a token of its own and cut the name
    # in two. One character for one, so every offset still indexes the document's text.
    text = document.text
    if _ODD_SPACE.search(text):  # translate looks up every character: only when one is there
        text = text.translate(_SPACES)
    doc = nlp.make_doc(text)
    doc.user_data["briefing_text"] = text
    doc = nlp(doc)
    mentions = tuple(actors.name_mentions(doc, document))
    found_quotes = tuple(quotes.quotes(doc, document, mentions))
    reference = reference_date(document, fallback_date)
    found_times = tuple(times.time_expressions(doc, document, reference))
    found_events = tuple(events.events(doc, document, found_times, mentions, reference))
    found_questions = tuple(questions.questions(doc, document, found_quotes, mentions))
    return Findings(document, mentions, found_quotes, found_times, found_events, found_questions)
