"""Groups of actors that named-entity recognition does not name: "Western leaders", "the 27
member states", the plural a headline opens with ("Hackers attack ..."), a plural of people
the headline names anywhere ("... from religious schools") or the article repeats ("IE6
users"). Each is found by pattern over the text, in one pass.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from briefing.model import Document, NameMention
from briefing.nlp import gazetteers as gz
from briefing.nlp.doc import BySpan, text_of
from briefing.nlp.names.runs import NOT_NAMES
from briefing.nlp.names.runs import common as runs_common
from briefing.rules import filled, literal_trie, patterns, word_table
from briefing.rules.regex import compiled


@cache
def _group_pattern() -> re.Pattern[str]:
    adjectives = literal_trie(gz.demonyms())  # case-sensitive: run over every article
    nouns = literal_trie(gz.group_nouns())
    slots = {"ADJECTIVES": adjectives, "NOUNS": nouns}
    return compiled(filled(patterns("actor_patterns.tsv")["group"], slots))


def groups(doc: Doc, doc_id: str) -> list[NameMention]:
    """'Western leaders', 'European security analysts', 'the 27 member states'."""
    found = []
    for match in _group_pattern().finditer(text_of(doc)):
        text = match.group(0)
        first = text.split()[0]
        affiliation = gz.country_of(first) if first != "the" else None
        mention = NameMention(doc_id, match.start(), match.end(), text, "group", None, affiliation)
        found.append(mention)
    return found


def definite_heads(doc: Doc, doc_id: str, found: list[NameMention]) -> list[NameMention]:
    """'a high-level U.S. delegation ... The delegation met ...': once the article has named
    a group by its nationality and noun, 'the' and the same noun refer back to it (one
    mention each; assemble joins the short form to the group's one full name there). Two
    groups with one noun ('the Afghan team', 'the European team', also one no list knows:
    'the Brazillian team') leave 'the' and the noun to neither."""
    text = text_of(doc)
    named = [m for m in found if m.affiliation and len(m.text.split()) > 1]
    mentions = []
    for head in sorted({m.text.split()[-1] for m in named}):
        own = {m.text.lower() for m in named if m.text.endswith(head)}
        # any capitalised word before the noun names a group too ('the Brazillian team',
        # spelt as no list has it): with two of them 'the team' could be either
        named_as = re.compile(rf"(?<!\S)(?!The )\S*[A-Z]\S* {re.escape(head)}\b")
        written = {w.group(0).lower() for w in named_as.finditer(text)}
        if len(own) > 1 or written - own:
            continue
        first = min(m.start for m in named if m.text.endswith(head))
        for match in re.finditer(rf"\b[Tt]he ({re.escape(head)})\b", text):
            if match.start() > first:
                s, e = match.span(1)
                mentions.append(NameMention(doc_id, s, e, head, "group", None, None))
    return mentions


_HEADLINE_GROUP = re.compile(r"^\s*((?:[A-Z][a-z]+\s+)?(?:[A-Z][a-z]+|[a-z]+)[^s\W]s)\s+[a-z]")


def headline_groups(doc: Doc, document: Document, mentions: list[NameMention]) -> list[NameMention]:
    """'Hackers attack ...', 'Local municipalities in Italy ask ...': a headline that opens
    with a plural common noun names the group the story is about; the same noun in the body
    ("the hackers") is that group again."""
    text = text_of(doc)
    title = document.title.strip()
    start = text.find(title, 0, len(title) + 200) if title else -1
    match = _HEADLINE_GROUP.match(text, start) if start >= 0 else None
    if not match or not _group_words(match.group(1).split()):
        return []
    if any(m.start < match.end(1) and match.start(1) < m.end for m in mentions):
        return []  # "Microsoft": a name, not a group
    head = match.group(1).split()[-1].lower()
    first = match.group(1).split()[0]
    affiliation = gz.country_of(first)
    found = [
        NameMention(
            document.id, match.start(1), match.end(1), match.group(1), "group", None, affiliation
        )
    ]
    for other in re.finditer(rf"\b{re.escape(head)}\b", text[match.end(1) :]):
        begin = match.end(1) + other.start()
        found.append(
            NameMention(document.id, begin, begin + len(head), head, "group", None, affiliation)
        )
    return found


_PLURAL_PHRASE = re.compile(r"\b(?=([a-z]+ [a-z]+[^s\W]s)\b)")  # overlapping pairs


def headline_phrase_groups(
    doc: Doc, document: Document, mentions: list[NameMention]
) -> list[NameMention]:
    """'... ask taxes from religious schools': an adjective and a plural noun of people or
    bodies anywhere in the headline, written again in the body, names a group the story is
    about; each occurrence of the phrase is a mention of it."""
    text = text_of(doc)
    title = document.title.strip()
    start = text.find(title, 0, len(title) + 200) if title else -1
    if start < 0:
        return []
    end = start + len(title)
    taken = BySpan(mentions)
    found: list[NameMention] = []
    for match in _PLURAL_PHRASE.finditer(text, start, end):
        if not _group_words(match.group(1).split()):
            continue
        phrase = re.compile(rf"\b{re.escape(match.group(1))}\b", re.I)
        spans = [(m.start(), m.end()) for m in phrase.finditer(text)]
        if len(spans) < 2 or any(taken.overlapping(s, e) for s, e in spans):
            continue
        for s, e in spans:
            found.append(NameMention(document.id, s, e, text[s:e], "group", None, None))
    return found


# The modifier is a whole word: the "s" of "the port's unions" is a possessive's ending, and
# "s unions" no group.
_MODIFIED_PLURAL = re.compile(r"(?<![\w'’])([A-Za-z][\w-]*) ([a-z]+[^s\W]s)\b")
REPEATED = 3


def repeated_groups(doc: Doc, doc_id: str, mentions: list[NameMention]) -> list[NameMention]:
    """'IE6 users', 'asylum seekers': a modifier and a plural noun of people that the article
    repeats at least three times names a group it is about, headline or not."""
    text = text_of(doc)
    taken = BySpan(mentions)
    spans: dict[str, list[tuple[int, int]]] = {}
    for match in _MODIFIED_PLURAL.finditer(text):
        noun = match.group(2)
        if not (noun.endswith(_PEOPLE_ENDINGS) or noun in gz.group_nouns()):
            continue
        modifier = match.group(1)
        if modifier.lower() in _NOT_MODIFIERS or modifier in NOT_NAMES:
            continue
        spans.setdefault(match.group(0).lower(), []).append(match.span())
    found = []
    for places in spans.values():
        if len(places) < REPEATED:
            continue
        if any(taken.overlapping(s, e) for s, e in places):
            continue
        found += [NameMention(doc_id, s, e, text[s:e], "group", None, None) for s, e in places]
    return found


# Words before a plural that make no group name ("the players", "two officials", "of critics").
_NOT_MODIFIERS = frozenset(word_table("actor_words.json", "not_group_modifiers"))


def _plain_word(word: str) -> bool:
    return word not in NOT_NAMES and (runs_common(word) or gz.country_of(word) is not None)


_ADJECTIVE_ENDINGS = word_table("actor_words.json", "adjective_endings")
# Plural nouns of people and bodies ("hackers", "scientists", "municipalities"), not things
# ("prices", "shares"), or a group noun from rules/groups.txt.
_PEOPLE_ENDINGS = word_table("actor_words.json", "people_endings")


def _group_words(words: list[str]) -> bool:
    """'Hackers' or 'Local municipalities': an adjective may come first, no noun ('Commission
    defends' is a name and a verb)."""
    if not all(_plain_word(w) for w in words):
        return False
    noun = words[-1].lower()
    if not (noun.endswith(_PEOPLE_ENDINGS) or noun in gz.group_nouns()):
        return False
    return len(words) == 1 or words[0].lower().endswith(_ADJECTIVE_ENDINGS)
