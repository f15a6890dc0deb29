"""Tie each quote to an actor: the speaker's named mention (resolved from a pronoun or a role
phrase by the extractor) is looked up among the assembled actors' mentions. A speaker the
name finder missed at that spot ('said Ambassador Mohib') is linked by its last word to a
person of the same document, when exactly one person has that name."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefing.assemble.actors import Resolver
from briefing.extract.quotes.clause_shape import has_finite_verb
from briefing.model import Actor, Evidence, Quote, evolve
from briefing.nlp import gazetteers as gz
from briefing.rules import alternation, patterns, pronoun_list, word_table

if TYPE_CHECKING:
    from briefing.extract import Findings


def link_speakers(
    findings: Sequence[Findings], actors: Sequence[Actor], resolve: Resolver
) -> list[Quote]:
    """All quotes with global ids q1, q2, ... in document order and ``speaker`` = actor id."""
    by_surname = _people_by_last_word(actors)
    kinds = {a.id: a.kind for a in actors}
    authors = {f.document.id: _author(f, resolve, kinds) for f in findings}
    linked = []
    for quote in (q for f in findings for q in f.quotes):
        speaker, via = None, quote.speaker_via
        if quote.speaker_name_start is not None and quote.speaker_name_end is not None:
            speaker = resolve(quote.doc, quote.speaker_name_start, quote.speaker_name_end)
        elif _request_of(quote.speaker_text) and quote.speaker_start is not None:
            # 'the request of the Municipality of Livorno': the named body asks
            speaker = resolve(quote.doc, quote.speaker_start, quote.speaker_end or 0)
        elif _looks_like_name(quote.speaker_text):
            last = (quote.speaker_text or "").split()[-1].strip(".,’'")
            candidates = by_surname.get((quote.doc, last), set())
            speaker = next(iter(candidates)) if len(candidates) == 1 else None
            via = "surname" if speaker else via
        author = authors.get(quote.doc)
        if author and (kinds.get(speaker or "") == "place" or _first_person(quote.speaker_text)):
            speaker = author  # 'The United States condemns ...', 'We urge ...' in his statement
            via = "author"
        linked.append(evolve(quote, id=f"q{len(linked) + 1}", speaker=speaker, speaker_via=via))
    return linked


def _author(findings: Findings, resolve: Resolver, kinds: dict[str, str]) -> str | None:
    """The person who issues a first-person statement (read.anatomy found the byline or the
    'Statement by ...' headline): in a Secretary of State's statement, 'The United States
    condemns ...' and 'We urge ...' are his words, not a state's or a group's."""
    span = findings.document.anatomy.author if findings.document.anatomy else None
    if span is None:
        return None
    actor = resolve(findings.document.id, *span)
    return actor if kinds.get(actor or "") == "person" else None


def _first_person(text: str | None) -> bool:
    return (text or "").strip().lower() in {"i", "we"}


_NOT_NAME_OPENERS = frozenset(word_table("actor_words.json", "not_name_openers"))
_ACT_OF = re.compile(patterns("actor_patterns.tsv")["act_of"], re.I)


def _request_of(text: str | None) -> bool:
    """'the request of X', 'the decision of X': what X asked or decided, said by X."""
    return bool(_ACT_OF.match(text or ""))


def _people_by_last_word(actors: Sequence[Actor]) -> dict[tuple[str, str], set[str]]:
    index: dict[tuple[str, str], set[str]] = {}
    for actor in actors:
        if actor.kind != "person":
            continue
        for mention in actor.mentions:
            index.setdefault((mention.doc, actor.name.split()[-1]), set()).add(actor.id)
    return index


def _looks_like_name(text: str | None) -> bool:
    """Capitalised words only ('Ambassador Mohib', 'Jafari'), not 'The poster'."""
    words = (text or "").split()
    return (
        bool(words)
        and len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and (words[0].lower() not in _NOT_NAME_OPENERS)
    )


# Speakers that name nobody in particular: pronouns, anonymous sources and bare roles are
# left unlinked (a role phrase the extractor could resolve is linked already).
_ANONYMOUS_WORDS = alternation(word_table("actor_words.json", "anonymous_speakers"))
_ANONYMOUS = re.compile(rf"^(?:{_ANONYMOUS_WORDS})\b", re.I)


def speakers_as_actors(
    actors: Sequence[Actor], quotes: Sequence[Quote]
) -> tuple[list[Actor], list[Quote]]:
    """A speaker the name finder did not know ('the mining ministry of Selva', 'Police in
    Dorvik', 'Marnian officials', 'Solvia') becomes an actor of its own, so that what it
    said is grouped under one name and can be weighed against what others said (a
    contested claim needs a speaker on each side). The same phrase in several articles is
    one actor."""
    taken = {a.id for a in actors}
    known = {n.lower(): a.id for a in actors for n in (a.name, *a.aliases)}
    added: dict[str, tuple[str, str, str, list[Evidence]]] = {}
    linked = []
    for quote in quotes:
        name = None if quote.speaker is not None else _speaker_name(quote.speaker_text)
        if name is None or quote.speaker_start is None or quote.speaker_end is None:
            linked.append(quote)
            continue
        key = name.lower()
        if key in known:  # named elsewhere in the coverage, missed at this spot
            linked.append(evolve(quote, speaker=known[key]))
            continue
        if key not in added:
            number = len(taken) + len(added) + 1
            while f"a{number}" in taken:
                number += 1
            added[key] = (f"a{number}", name, _speaker_kind(name), [])
        actor_id, _, _, mentions = added[key]
        mentions.append(
            Evidence(quote.doc, quote.speaker_start, quote.speaker_end, quote.speaker_text or "")
        )
        linked.append(evolve(quote, speaker=actor_id))
    new = [
        Actor(id=i, name=n, kind=k, mentions=tuple(dict.fromkeys(ms)))  # type: ignore[arg-type]
        for i, n, k, ms in added.values()
    ]
    return [*actors, *new], linked


def _speaker_name(text: str | None) -> str | None:
    """The actor name a speaker phrase gives, or None when it names nobody in particular."""
    words = (text or "").split()
    if not words or len(words) > 7 or _ANONYMOUS.match(words[0]) or _counted(words):
        return None
    if has_finite_verb(text or ""):
        return None  # 'Moscow welcomed the talks': what was said, read as who said it
    if words[0].lower() == "the":
        words = words[1:]
    if not words or (words[-1].islower() and _person_role(words[-1])):
        return None  # 'the spokesperson', 'the U.S. president' the extractor left unresolved
    if not any(w[:1].isupper() for w in words) and not _plural_group(words):
        return None  # 'the company', 'the regulator': which one is for the reader to guess
    if len(words) == 1 and not _plural_group(words) and _ordinary_word(words[0]):
        return None  # 'Recent (reports)', 'Internet (posting)': a word, not a speaker
    if not _plural_group(words) and not _body_noun(words) and not _name_form(words):
        return None  # 'Drop in primary turnout', 'Unofficial election results tallied ...'
    name = " ".join(words).strip(",.;:")
    return name[:1].upper() + name[1:]


def _body_noun(words: list[str]) -> bool:
    return any(w.strip(",.") in gz.org_keywords() or w.lower() in _ORG_NOUNS for w in words)


def _name_form(words: list[str]) -> bool:
    """Capitalised words, joined by the small words of a name ('Police in Dorvik'): what a
    speaker phrase must look like to be an actor when no body or group noun says what it is.
    A lower-case content word makes it a description or a headline line, no name."""
    return all(w[:1].isupper() or w.lower() in _NAME_GLUE for w in words)


_NAME_GLUE = frozenset(word_table("actor_words.json", "name_glue"))


_COUNTED = frozenset(word_table("actor_words.json", "counted_speakers"))


def _counted(words: list[str]) -> bool:
    """'Twenty-four percent', 'Nearly two-thirds of voters', '12 percent': a speaker phrase
    that counts or shares out people gives a poll's answer, not an actor; 'Even critics'
    opens with an aside. Six such phrases were key actors in 40 PolNeAR analyst briefs."""
    parts = [p for w in words for p in w.strip(",.;:").lower().split("-")]
    return any(p in _COUNTED or any(c.isdigit() for c in p) for p in parts)


def _person_role(word: str) -> bool:
    word = word.strip(",.;:").lower()
    return word in gz.title_words() or word.startswith("spokes")


def _ordinary_word(word: str) -> bool:
    from briefing.nlp.names.runs import common

    word = word.strip(",.;:")
    return word in gz.not_names() or (common(word) and word.lower() not in gz.surnames())


_PLURAL_GROUPS = frozenset(word_table("actor_words.json", "plural_groups"))


def _plural_group(words: list[str]) -> bool:
    head = words[-1].lower()
    return head in gz.group_nouns() or head in _PLURAL_GROUPS


def _speaker_kind(name: str) -> str:
    words = name.split()
    if any(w.strip(",.") in gz.org_keywords() or w.lower() in _ORG_NOUNS for w in words):
        return "organization"
    if _plural_group(words) or words[-1].lower().endswith("s") and words[-1].islower():
        return "group"
    if words[0] in gz.given_names() and len(words) >= 2:
        return "person"
    return "organization"


_ORG_NOUNS = frozenset(word_table("actor_words.json", "speaker_org_nouns"))


_PRONOUNS = frozenset(pronoun_list("subject"))


def role_phrases_as_mentions(actors: Sequence[Actor], quotes: Sequence[Quote]) -> list[Actor]:
    """'The U.S. president added ...' resolved to Donald Trump is a mention of him: it is
    added to his mentions (so it counts for salience and shows where he is named), and no
    actor is made of the phrase. Pronouns are left out: they name no one by themselves."""
    extra: dict[str, list[Evidence]] = {}
    for quote in quotes:
        start, end = quote.speaker_start, quote.speaker_end
        text = quote.speaker_text or ""
        if quote.speaker is None or start is None or end is None or not _role_phrase(text):
            continue
        name_start, name_end = quote.speaker_name_start, quote.speaker_name_end
        if name_start is None or name_end is None or (name_start < end and start < name_end):
            continue  # the speaker was named here, or linked without a resolved mention
        extra.setdefault(quote.speaker, []).append(Evidence(quote.doc, start, end, text))
    return [_with_mentions(a, extra[a.id]) if a.id in extra else a for a in actors]


def _role_phrase(text: str) -> bool:
    words = text.split()
    return len(words) > 1 and words[0].lower() not in _PRONOUNS


def _with_mentions(actor: Actor, added: list[Evidence]) -> Actor:
    order = {m.doc: i for i, m in reversed(list(enumerate(actor.mentions)))}
    taken = {(m.doc, m.start, m.end) for m in actor.mentions}
    new = [m for m in dict.fromkeys(added) if (m.doc, m.start, m.end) not in taken]
    mentions = sorted(
        (*actor.mentions, *new), key=lambda m: (order.get(m.doc, len(order)), m.doc, m.start)
    )
    return evolve(actor, mentions=tuple(mentions))
