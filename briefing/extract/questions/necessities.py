"""Necessities and expectations an office states: whether they come about is an open matter.

An office that issues a text puts much of what it still needs done as a necessity or an
expectation about an arrangement rather than as a demand on someone: "It is important that
all aspects of this deal be fully implemented", "we expect the implementation of today's deal
to commence swiftly", "continued implementation of the deal is essential". The brief asks
whether it will come about: "Will all aspects of the deal be fully implemented?".

The matter must name an arrangement (a deal, a truce) or a named party: "it is important
that we work ..." names neither. Words that point into the article's own context ("this
deal", "today's deal") are said "the", since the question is read on its own. Only issued
texts state an office's necessity; in a report the same words are mostly a writer's or a
source's opinion, which ``open_questions`` records as a way of its own.
"""

from __future__ import annotations

import re
from functools import cache

from briefing.extract.events.commitments import whole_act
from briefing.extract.events.modality import holds_any, longest_words, words_in
from briefing.model import NameMention
from briefing.nlp.doc import ByStart
from briefing.rules import alternation, filled, json_rules, patterns
from briefing.rules.regex import compiled

_SUBJECT = r"(?P<subject>[^,;:.!?\"“”()]{3,80}?)"


@cache
def _words() -> dict:
    return json_rules("question_cues.json")


@cache
def _forms() -> tuple[re.Pattern[str], ...]:
    """'it is important that X (should) be done', 'we expect X to do', 'continued N of X is
    essential' (rules/question_patterns.tsv): each gives the subject and where the act's verb
    begins (group 'verb') or the noun whose continuation is asked (group 'noun')."""
    w = _words()
    slots = {
        "ADJECTIVE": alternation(w["necessity_adjectives"]),
        "DEGREE": rf"(?:(?:{alternation(w['necessity_degrees'])})\s+)?",
        "EXPECTER": alternation(w["expecters"]),
        "SUBJECT": _SUBJECT,
    }
    table = patterns("question_patterns.tsv")
    names = ("necessity_that", "expectation", "continued_necessity")
    return tuple(compiled(filled(table[name], slots), re.I) for name in names)


@cache
def _needs() -> tuple[frozenset[str] | None, ...]:
    """For each of ``_forms``, words one of which every match holds as a whole word
    (``modality.keys`` words): the adjective of 'it is important that', 'expect',
    'continued' (rules/question_cues.json necessity_needs)."""
    w = _words()
    needs = w["necessity_needs"]
    return (
        longest_words(w["necessity_adjectives"]),
        longest_words(needs["expectation"]),
        longest_words(needs["continued_necessity"]),
    )


def necessity(text: str, clause: tuple[int, int], mentions: ByStart[NameMention]) -> str | None:
    """The question a necessity or an expectation in ``clause`` leaves open ('Will the deal
    be fully implemented?'), or None when the clause states none about an arrangement or a
    named party."""
    c0, c1 = clause
    present = words_in(text[c0:c1])
    for form, needs in zip(_forms(), _needs(), strict=True):
        if not holds_any(needs, present):
            continue  # most clauses hold none of the words a form needs: not searched
        found = form.search(text, c0, c1)
        if found is None:
            continue
        s0, s1 = found.span("subject")
        if not _names_the_matter(text[s0:s1], mentions.within(s0, s1)):
            continue
        subject = _said_alone(text[s0:s1])
        if "noun" in found.groupdict():
            return f"Will the {found.group('noun')} of {subject} continue?"
        act = whole_act(text, found.start("verb"), c1)
        if act:
            return f"Will {subject} {act}?"
    return None


def _names_the_matter(subject: str, names: list[NameMention]) -> bool:
    """A subject names an arrangement ('all aspects of this deal') or a named party, and
    is no pronoun of someone the question would not name ('we', 'them')."""
    words = [w.lower() for w in re.findall(r"[\w’'-]+", subject)]
    if set(words) & set(json_rules("event_words.json")["whole_act"]["outside_pronouns"]):
        return False
    return bool(names) or not set(words).isdisjoint(_words()["arrangement_nouns"])


def _said_alone(subject: str) -> str:
    """The subject as a question read on its own says it: 'this deal' and 'today's deal'
    point into the article, 'the deal' does not."""
    pointers = _words()["context_determiners"]
    said = re.sub(rf"\b(?:{alternation(pointers)})(?=\s)", "the", subject, flags=re.I)
    said = re.sub(r"\bthe the\b", "the", said)
    return said.strip()
