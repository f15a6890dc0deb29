"""Persons named by their surname: the document-level evidence that a lone word is a person.

News copy names a person in full once ("Mitt Romney", "Mr. Romney", "Gov. Romney") and then
by the surname alone ("Romney was never able ..."). A lone capitalised word that no word list
knows is typed an organisation by default, so without this pass every later mention of a
person whose surname is not in our lists became an organisation, and the brief showed
"Romney" as one. Two kinds of evidence make the surname a person's, both from the same
document: a full name that the surname ends (given name first, or a run that is nothing but
the surname's first name and the surname), and a title or honorific right before the word.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from briefing.nlp import gazetteers as gz
from briefing.nlp.names import context, runs
from briefing.rules import word_table

# "Romney, who ...": a relative pronoun for persons after a mention
_PERSON_RELATIVES = frozenset(word_table("name_words.json", "person_relatives"))


def introduced_names(
    doc: Doc, untyped: list[tuple[int, int]], typed: list[Span], headline: list[tuple[int, int]]
) -> list[Span]:
    """Untyped runs of two words that name a person introduced in full: the second word is
    used alone elsewhere in the body and the first never is ('Mitt Romney' ... 'Romney'),
    and one of the mentions has a person's cue (a title, a speech verb, ', who').

    An organisation is shortened by its head or its first word ('Goldman' for Goldman
    Sachs, 'the Mavericks'); a person by the last word. So the first word must never stand
    alone, no word may be an organisation or place word or a sentence opener, and the two
    may not both be dictionary words. A product is shortened like a person ('Google Chrome'
    ... 'Chrome'), but it never speaks, holds a title or is 'who': hence the cue."""
    alone = _lone_words(doc, untyped, typed, headline)
    found = []
    for start, end in untyped:
        if end - start != 2 or runs.in_ranges(start, headline) or not _fresh_position(doc, start):
            continue
        first, last = runs.words_of(doc)[start:end]
        if last not in alone or first in alone or not _name_words(first, last):
            continue
        if _person_cue(doc, start, end) or any(_person_cue(doc, i, i + 1) for i in alone[last]):
            found.append(Span(doc, start, end, label="PERSON"))
    return found


def person_surnames(doc: Doc, persons: list[Span], headline: list[tuple[int, int]]) -> set[str]:
    """Lone words the body gives as a person's: the last word of a full name, or a word
    right after a title or honorific ('Mr. Romney', 'President Obama')."""
    found = set()
    for span in persons:
        if runs.in_ranges(span.start, headline) or not span[-1].text.istitle():
            continue
        if len(span) > 1 and span[0].text.istitle():
            found.add(span[-1].text)
        elif len(span) == 1 and context.after_title(doc, span.start):
            found.add(span.text)
    return found


def as_persons(spans: list[Span], surnames: set[str]) -> list[Span]:
    """Lone words typed as organisations that the document gives as a person's surname are
    that person ('the Trump campaign' after 'Donald Trump': the campaign's owner)."""
    return [
        Span(s.doc, s.start, s.end, label="PERSON")
        if len(s) == 1 and s.label_ == "ORG" and s.text in surnames
        else s
        for s in spans
    ]


def _lone_words(
    doc: Doc, untyped: list[tuple[int, int]], typed: list[Span], headline: list[tuple[int, int]]
) -> dict[str, list[int]]:
    """Words that stand alone as a name in the body, mid-sentence (untyped, or typed an
    organisation by weak evidence: a title-case word is no acronym), and where."""
    pieces = [(s, e) for s, e in untyped if e - s == 1]
    pieces += [(s.start, s.end) for s in typed if len(s) == 1 and s.label_ == "ORG"]
    alone: dict[str, list[int]] = {}
    for start, _ in pieces:
        if not runs.in_ranges(start, headline) and context.mid_sentence(doc, start):
            alone.setdefault(runs.words_of(doc)[start], []).append(start)
    return alone


def _person_cue(doc: Doc, start: int, end: int) -> bool:
    """A title or honorific before the mention, a speech verb next to it ('Romney said',
    'said Romney'), or ', who' after it."""
    words = runs.lowers_of(doc)
    before = words[start - 1] if start > 0 else ""
    after = words[end] if end < len(doc) else ""
    relative = words[end + 1] if end + 1 < len(doc) and after == "," else ""
    return (
        context.after_title(doc, start)
        or before in context.SPEECH_VERBS
        or after in context.SPEECH_VERBS
        or relative in _PERSON_RELATIVES
    )


def _fresh_position(doc: Doc, start: int) -> bool:
    """Not after 'the' ('the Dallas Mavericks' names a body). At a sentence start the first
    word's capital proves nothing: a given name may open the run ('Jeb Bush fired', 'Jeb'
    in no list), a dictionary word or two glued together may not ('Longtime Clinton foe')."""
    if not context.mid_sentence(doc, start):
        first = runs.words_of(doc)[start]
        return first.lower() in gz.given_names() or not _glued_words(first)
    return runs.lowers_of(doc)[start - 1] != "the"


def _glued_words(word: str) -> bool:
    """'Longtime', 'Hardline': two dictionary words of three letters or more, written as one."""
    return any(runs.common(word[:i]) and runs.common(word[i:]) for i in range(3, len(word) - 2))


def _name_words(first: str, last: str) -> bool:
    """Two title-case words, neither an organisation or place word, not both common."""
    for word in (first, last):
        if not (word.isalpha() and word.istitle()) or word in runs.NOT_NAMES:
            return False
        if word in gz.org_keywords() or word in gz.place_keywords() or word in gz.not_names():
            return False
        if runs.known_place_word(word):
            return False
    # 'Mitt Romney', 'Jeb Bush': one of the two may be a dictionary word, not both
    return not (runs.common(first) and runs.common(last))
