"""Who speaks: the subject of a reporting cue, the name after an inverted cue, or the
speaker a pronoun or role noun refers to.

Rules over words and name mentions, no parse: the subject is the noun phrase that ends
right before the cue ('Facebook co-founder Mark Zuckerberg said'), stepping over an
apposition ('Mu Li, of the University of NSW, said'); after an inverted cue ('..., said
Anna Lindqvist.') or 'according to' it is the phrase after the cue. Inside the phrase a
named person wins over an organisation, and a name after a preposition ('letter seen by
Sky News') never speaks. With no name, the phrase itself is the speaker ('The poster',
'Some officials'), and a pronoun or role noun is resolved to the nearest compatible
named mention before it, for assemble to link to an actor.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import islice

from briefing.extract.actors.antecedents import MentionIndex, Seen
from briefing.extract.actors.nominals import role_referent
from briefing.extract.quotes.clause_shape import RELATIVES, has_finite_verb
from briefing.model import NameMention, evolve
from briefing.nlp import gazetteers as gz
from briefing.rules import (
    abbreviations,
    alternation,
    month_names,
    patterns,
    pronoun_list,
    weekday_names,
    word_table,
)
from briefing.rules.regex import compiled

_WORDS = "speaker_words.json"
_ROLE = compiled(rf"(?i:\b(?:{alternation(word_table(_WORDS, 'role_nouns'))})\b)")
# A speaker phrase that is a pronoun is resolved to the named mention it stands for.
PRONOUNS = frozenset(pronoun_list())
DETERMINERS = frozenset(word_table(_WORDS, "determiners"))
STOPS = frozenset(word_table(_WORDS, "stops"))
AUXILIARIES = frozenset(word_table(_WORDS, "auxiliaries"))
PREPOSITIONS = frozenset(word_table(_WORDS, "prepositions"))
TIME_WORDS = frozenset(word_table(_WORDS, "time_words")) | {day.lower() for day in weekday_names()}
_PARTY_TAG = re.compile(patterns("actor_patterns.tsv")["party_tag"])
# A time after an inverted cue ('said Tuesday', 'in March') names when, not who.
_CALENDAR = TIME_WORDS | {month.lower() for month in month_names()}
INDEFINITE = frozenset(word_table(_WORDS, "indefinite"))
_PART_OF_BODY = frozenset(word_table(_WORDS, "part_of_body"))
_VOICE_OF_BODY = frozenset(word_table(_WORDS, "voice_of_body"))
_MEMBER_NOUNS = frozenset(word_table(_WORDS, "member_nouns"))
_OWN_WORD = frozenset(word_table(_WORDS, "own_word"))
_LED_BY_PERSON = frozenset(word_table(_WORDS, "led_by_person"))
_LY_NOUNS = frozenset(word_table(_WORDS, "ly_nouns"))
_NOT_A_HEAD = STOPS | AUXILIARIES | PREPOSITIONS
_POSSESSIVE = re.compile(r"^[’']s?(?=\s)")  # "Cruz's advisers", "the Democrats' leaders"
ARTICLES = frozenset(word_table(_WORDS, "articles"))
_AFTER_STOPS = frozenset(word_table(_WORDS, "after_stops"))
_WORD = re.compile(r"\S+")
_CAPITALISED = re.compile(r"\b(?:[A-Z][\w’'.-]*\s+)*[A-Z][\w’'.-]*$")
_ABBREVIATION = re.compile(
    rf"^(?:[A-Z]\.|[A-Z]\.[A-Z]\.|(?:{alternation(abbreviations('phrase'))})\.)$"
)


@dataclass(frozen=True)
class Speaker:
    """Who speaks: the words near the cue, and the named mention they resolve to."""

    text: str
    start: int
    end: int
    name_start: int | None = None
    name_end: int | None = None
    # How it was found (model.SpeakerVia); "" until the finder that called speaker_in says.
    how: str = ""


def found(speaker: Speaker | None, how: str) -> Speaker | None:
    """The speaker with its way of finding, unless resolving it already set one (a pronoun
    or role phrase says more about how sure the name is than the cue that led to it)."""
    if speaker is None or speaker.how:
        return speaker
    return evolve(speaker, how=how)


def from_mention(mention: NameMention) -> Speaker:
    return Speaker(mention.text, mention.start, mention.end, mention.start, mention.end)


def words_in(
    masked: str, start: int, end: int, limit: int | None = None
) -> list[tuple[int, int, str]]:
    """(start, end, word) of the words of ``masked[start:end]`` in text positions; the first
    ``limit`` of them only, when given (without reading the rest of a long sentence)."""
    found = islice(_WORD.finditer(masked, start, end), limit)
    return [(m.start(), m.end(), m.group(0)) for m in found]


def _bare(word: str) -> str:
    return word.strip(",;:.!?()[]\"'“”‘’").lower()


def _closes_phrase(word: str) -> bool:
    """A word that ends with punctuation ends the phrase, unless it is an abbreviation."""
    return word[-1:] in ",;:!?)" or (word.endswith(".") and not _ABBREVIATION.match(word))


def _adverb(word: str) -> bool:
    return word.endswith("ly") and word.islower() and len(word) > 4 and word not in _LY_NOUNS


def _masked(word: str) -> bool:
    return "_" in word or word[:1] in '"“”«»„‘’'


_SKIPPED = AUXILIARIES | {"", "-", "—", "–", "―"}  # between a subject and its cue


def phrase_before(masked: str, region_start: int, cue_start: int) -> tuple[int, int] | None:
    """The noun phrase that ends right before a cue (auxiliaries and appositions skipped)."""
    words = words_in(masked, region_start, cue_start)
    while words and (_bare(words[-1][2]) in _SKIPPED or _adverb(words[-1][2])):
        words.pop()
    inserted = bool(words) and words[-1][2].endswith(",")  # a part set off by commas ends here
    relative = len(words) > 1 and _bare(words[-1][2]) in RELATIVES and words[-2][2].endswith(",")
    if relative:
        words = words[:-1]  # 'Devocht, who had told him': the antecedent speaks
    if not words or _masked(words[-1][2]) or _bare(words[-1][2]) in STOPS:
        return None
    while words[-1][2].endswith(","):
        cut = _apposition_start(words)
        if cut is None:
            break
        words, inserted = words[:cut], False
    span = _phrase_back(words)
    if span and relative:
        span = _object_of_preposition(words, span)
    if span and inserted and not _opens_clause(words, span[0]):
        return _before_insert(masked, words)  # 'X, a minister under Mr. Y, said': X speaks
    if span and _bare(words[-1][2]) in TIME_WORDS and len(masked[span[0] : span[1]].split()) <= 3:
        return None  # 'published this week, revealed': a time, not a speaker
    return span


def _object_of_preposition(
    words: list[tuple[int, int, str]], span: tuple[int, int]
) -> tuple[int, int]:
    """'a reaction from President Ana Ruiz, who called ...': the antecedent of the relative
    is the name after the last preposition of the phrase, whatever governs it."""
    inside = [w for w in words if span[0] <= w[0] < span[1]]
    for index in range(len(inside) - 2, -1, -1):
        if _bare(inside[index][2]) not in PREPOSITIONS:
            continue
        if index and inside[index - 1][2][:1].isupper():
            continue  # 'Sen. Ana Ruiz of Florida, who ...': part of the name
        return inside[index + 1][0], span[1]
    return span


def _before_insert(masked: str, words: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """'Piotr Malek, a deputy prime minister under Mr. Y, said': the named phrase that opens
    the clause before the part set off by commas, the nearest to the cue first; None when
    no comma in the last words closes such a phrase."""
    for index in range(len(words) - 2, max(-1, len(words) - 30), -1):
        if not words[index][2].endswith(","):
            continue
        span = _phrase_back(words[: index + 1])
        if span and _opens_clause(words, span[0]) and speaker_like(masked[span[0] : span[1]]):
            return span
    return None


def _opens_clause(words: list[tuple[int, int, str]], start: int) -> bool:
    """The phrase at ``start`` opens the words or follows a break (a sentence's end, a comma,
    a colon, a dash, a quotation), so it may be a subject; after another word ('under Mr.
    Y', 'formed the name Y') it is the end of a part set off by commas, not the subject."""
    index = next(i for i, w in enumerate(words) if w[0] == start)
    if index == 0:
        return True
    before = words[index - 1][2]
    return before[-1:] in ",;:(.!?" or _masked(before) or _bare(before) in _SKIPPED


def _apposition_start(words: list[tuple[int, int, str]]) -> int | None:
    """'Name, Director of X, and Chairman of Y, said' / 'Name, who led X, said': how many
    words to keep so the phrase ends with the name; None when no apposition ends here."""
    stopped = False  # a stop word: no plain apposition, but a relative clause may hold one
    for index in range(len(words) - 2, max(-1, len(words) - 16), -1):
        word = words[index][2]
        after_comma = index > 0 and words[index - 1][2].endswith(",")
        if _bare(word) in RELATIVES and after_comma:
            return index  # 'Name, who represents more than 10,000 women, said'
        if _bare(word) == "and" and after_comma:
            continue
        if _masked(word):
            return None
        if _bare(word) in STOPS:
            stopped = True
            continue
        if word.endswith(","):
            if stopped:
                return None
            rest = words[index + 1 :]
            if len(rest) == 1 and _PARTY_TAG.fullmatch(rest[0][2].rstrip(",")):
                return index + 1  # 'Sen. Ada Roe, D-Mass., said': party and state
            return None if _name_run(rest) else index + 1
    return None


def _phrase_back(words: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    end = words[-1][1] - (1 if words[-1][2].endswith(",") else 0)
    start = None
    for index in range(len(words) - 1, max(-1, len(words) - 11), -1):
        w_start, _, word = words[index]
        if index < len(words) - 1 and (_closes_phrase(word) or _masked(word)):
            break
        bare = _bare(word)
        if bare in STOPS and start is not None and not _coordinated_place(words, index):
            break
        start = w_start
        governed = index > 0 and _bare(words[index - 1][2]) in PREPOSITIONS
        if bare in DETERMINERS and not governed:  # 'sources close to the talks' goes on
            break
    if start is not None and _bare(_word_at(words, start)) in PREPOSITIONS:
        start = next((w[0] for w in words if w[0] > start), None)  # 'with some experts saying'
    return (start, end) if start is not None and start < end else None


def _coordinated_place(words: list[tuple[int, int, str]], index: int) -> bool:
    """'officials in Paris and Berlin said': 'and' joins two names after a preposition, inside
    the phrase, not two speakers ('Britain and France said' is left as it was)."""
    if _bare(words[index][2]) not in {"and", "or"} or index < 2:
        return False
    before = index - 1
    while (
        before > 0
        and words[before][2][:1].isupper()
        and _bare(words[before][2]) not in PREPOSITIONS
    ):
        before -= 1
    return before < index - 1 and _bare(words[before][2]) in PREPOSITIONS


def _word_at(words: list[tuple[int, int, str]], start: int) -> str:
    return next(w[2] for w in words if w[0] == start)


def _name_run(words: list[tuple[int, int, str]]) -> bool:
    """A short run of capitalised words: a name set off by commas."""
    return 0 < len(words) <= 4 and all(w[2][:1].isupper() for w in words)


def phrase_after(
    masked: str, cue_end: int, region_end: int, any_phrase: bool = False
) -> tuple[int, int] | None:
    """'..., said Harald Voss, the chair.': the phrase after an inverted cue, up to the
    end of its clause: a name or a role ('said the spokesperson'), not a clause that goes
    on ('said the plan was late')."""
    words = words_in(masked, cue_end, region_end, limit=8)
    span: tuple[int, int] | None = None
    for index, (_, w_end, word) in enumerate(words):
        if _masked(word):
            return None  # the clause goes on into a quotation: not a speaker
        if index and _bare(word) in _AFTER_STOPS:
            span = (words[0][0], words[index - 1][1])
            break
        if _closes_phrase(word):
            span = (words[0][0], w_end - 1)
            break
    if span is None and len(words) < 8 and words:
        span = (words[0][0], words[-1][1])
    if span is None or not (any_phrase or speaker_like(masked[span[0] : span[1]])):
        return None
    return span


def speaker_like(phrase: str) -> bool:
    """A name (capitalised words) or a role noun, led by at most a determiner; never a
    clause ('said Moscow welcomed the talks' reports, it names no speaker), nor a time
    ('said Tuesday', 'Thursday morning': the words after the cue tell when, not who)."""
    words = phrase.split()
    if not words or not (words[0][:1].isupper() or _bare(words[0]) in DETERMINERS):
        return False
    if has_finite_verb(phrase):
        return False
    if all(_bare(w) in _CALENDAR for w in words):
        return False  # '..., R-Ky., said Tuesday.', 'told Fox Thursday morning': a time
    named = any(w[:1].isupper() for w in words[1:]) or (
        words[0][:1].isupper() and _bare(words[0]) not in DETERMINERS
    )
    return named or bool(_ROLE.search(phrase))


def speaker_in(text: str, span: tuple[int, int], mentions: MentionIndex) -> Speaker | None:
    """The speaker inside a phrase: a named person, else an organisation or group, else a
    pronoun or role (resolved), else a run of capitalised words, else the phrase itself."""
    start, end = span
    inside = [m for m in mentions.inside(start, end) if not_after_preposition(text, start, m)]
    persons = [m for m in inside if m.kind == "person"]
    speaking = [m for m in persons if _the_body_speaks(text, start, end, m, person=True)]
    if speaking:  # 'Lund campaign chairman Tom Berg': Berg; 'Lund aides': not Lund
        return from_mention(speaking[0])
    if not inside:  # 'the Food and Drug Administration said': the phrase began at 'and'
        around = [m for m in mentions.covering(start) if abs(m.end - end) <= 1]
        if around:
            return from_mention(around[0])
    if inside and _definite_person_role(text[start:end]):
        nominal = resolve(Speaker(text[start:end], start, end), mentions)
        if nominal.name_start is not None:
            return nominal  # 'the Kremlin spokesperson': the person, else the Kremlin
    bodies = [m for m in inside if m.kind in {"organization", "group"}]
    if bodies:
        if not _the_body_speaks(text, start, end, bodies[-1]):
            return Speaker(text[start:end], start, end)  # 'some Democrats', 'a GOP adviser'
        return from_mention(bodies[-1])
    places = [m for m in inside if m.kind == "place" and m.end >= end - 1]
    if places:
        return from_mention(places[-1])
    phrase = text[start:end]
    if phrase.lower() in PRONOUNS or _ROLE.search(phrase):
        return resolve(Speaker(phrase, start, end), mentions)
    capitalised = _CAPITALISED.search(phrase)
    before = phrase[: capitalised.start()].split() if capitalised else []
    if capitalised and before and not _governed(before):
        return Speaker(capitalised.group(0), start + capitalised.start(), end)
    return Speaker(phrase, start, end)


def _the_body_speaks(
    text: str, start: int, end: int, body: NameMention, person: bool = False
) -> bool:
    """'Democrats said', 'the Kremlin said', 'a Kremlin spokesman said', 'the Heritage
    Foundation website says': the body speaks (in its own name, by its voice or in its
    publication). 'Some Democrats', 'several prominent Republicans' are some of its members,
    and in 'one GOP source' or 'the GOP presidential nominee' the body only describes who
    speaks: giving their words to the body would put them in its mouth. So for a
    ``person``: 'Lund aides', 'Lund campaign chairman Tom Berg', 'Lund spokeswoman Ada Roe'
    (a person's spokesman is someone else, unlike a body's), and any phrase after a person's
    possessive, which names someone or something else ('Lund's lawyer', 'Lund's rival Sen.
    Ada Roe') unless it is the person's own word ('Lund's account', 'Lund's remarks'); but
    'both Lund and Berg' speak; 'the Lund administration', 'the Lund family' and 'the Lund
    campaign' do not: the body a person leads or belongs to speaks for itself."""
    before = [_bare(w) for w in text[start : body.start].split()]
    if not person and any(w in _PART_OF_BODY for w in before):
        return False
    possessive = person and bool(_POSSESSIVE.match(text[body.end : end]))
    heads = []  # the lower-case words right after the name, up to a verb's or a clause's
    for word in _POSSESSIVE.sub("", text[body.end : end], count=1).split():
        bare = _bare(word)
        if not word[:1].islower() or bare in _NOT_A_HEAD or _adverb(bare):
            break
        heads.append(bare)
    if possessive:  # 'Lund's lawyer', 'Lund's rival Sen. Ada Roe': another; 'Lund's account'
        return bool(heads) and heads[-1] in _OWN_WORD
    if not heads:
        return True
    if heads[-1] in _LED_BY_PERSON:
        # 'the Berg administration argues': the government, not Berg himself (and not when
        # the tagger, from this very phrase, took 'Berg' for an organisation)
        return False
    if heads[-1] in _VOICE_OF_BODY:
        return not person  # a body speaks by its spokesman; a person's spokesman is not him
    return not (
        heads[-1] in _MEMBER_NOUNS or heads[-1] in gz.title_words() or heads[-1] in gz.group_nouns()
    )


def _definite_person_role(phrase: str) -> bool:
    """'the Kremlin spokesperson', 'the U.S. president': one person named by a role."""
    words = phrase.split()
    head = words[-1].lower() if words else ""
    return (
        len(words) > 1
        and words[0].lower() == "the"
        and words[-1].islower()
        and (head in gz.title_words() or head.startswith("spokes"))
    )


def not_after_preposition(text: str, phrase_start: int, mention: NameMention) -> bool:
    """'letter seen by Sky News', 'published in the Journal': governed by a preposition."""
    before = [w for w in text[phrase_start : mention.start].split() if _bare(w) not in DETERMINERS]
    return not _governed(before)


def _governed(before: list[str]) -> bool:
    """The words before a name end with a preposition that governs it, directly or through
    a coordination ('groups in France and Ireland': Ireland is governed by 'in' too), or
    through the person's title ('a spokesman for Mr. Berg', 'a representative for House
    Speaker Ana Ruiz': the title belongs to the name the preposition governs)."""
    before = _title_dropped(list(before))
    while len(before) > 1 and _bare(before[-1]) in {"and", "or"}:
        before.pop()
        while before and before[-1][:1].isupper() and _bare(before[-1]) not in PREPOSITIONS:
            before.pop()
    return bool(before) and _bare(before[-1]) in PREPOSITIONS


def _title_dropped(before: list[str]) -> list[str]:
    """The words before a name without the title that stands right before it ('for Mr.',
    'for House Speaker', 'for Democratic presidential candidate', 'of former President'), so
    the preposition that governs the titled name shows; unchanged when no title stands there.
    A capitalised run stops at a preposition ('CNN President On Ana Ruiz' keeps its 'On')."""
    index = len(before)
    while (
        index and before[index - 1][:1].isupper() and _bare(before[index - 1]) not in PREPOSITIONS
    ):
        index -= 1
    titled = any(_bare(w) in gz.title_words() for w in before[index:])
    if not titled:
        if not before or _bare(before[-1]) not in gz.title_words():
            return before
        index = len(before)  # a title in lower case: 'presidential candidate'
    for k in range(index - 1, max(-1, index - 5), -1):  # its modifiers, back to a preposition
        if _bare(before[k]) in PREPOSITIONS:
            return before[: k + 1]
        if not _modifier(before[k]) and k < index - (0 if titled else 1):
            break  # 'was President Ana Ruiz', 'Fight for $15 organizing director Ana Ruiz'
    return before[:index]


_ADJECTIVE_ENDINGS = tuple(word_table(_WORDS, "adjective_endings"))


def _modifier(word: str) -> bool:
    """A word that may stand in a title before a name: capitalised, or an adjective by its
    ending ('presidential', 'former'); a verb, a number or punctuation ends the title."""
    if not word.isalpha() or _bare(word) in STOPS:
        return False
    return word[:1].isupper() or word.endswith(_ADJECTIVE_ENDINGS)


def resolve(speaker: Speaker, mentions: MentionIndex) -> Speaker:
    """A pronoun or role phrase -> the nearest compatible named mention before it; a role
    phrase that fits no mention stays unresolved (nominals.py), never the nearest person.
    What came before is taken from the index's summary (antecedents.py), one entry per
    distinct mention, so that resolving is not a scan of every mention before it."""
    words = speaker.text.lower().split()
    head = words[-1] if words else ""
    if words and words[0] in INDEFINITE:
        return speaker  # 'a Western diplomat' introduces someone new, never a named actor
    earlier = mentions.earlier(speaker.start)
    if head in {"he", "she"}:
        persons = [s for s in earlier if s.mention.kind == "person"]
        full = _full_names(persons)
        fitting = [s.mention for s in persons if may_be(head, s.mention, full)]
        pool = fitting or [s.mention for s in persons]
    elif head in {"they", "we"}:
        # A plural names a body or a group, never one person; after two people named
        # together ("X met Y. They underscored ...") it names the pair: no one actor.
        pool = [s.mention for s in earlier if s.mention.kind in {"organization", "group"}]
        nearest = max(pool, key=lambda m: m.end, default=None)
        since = {
            s.mention.text
            for s in earlier
            if s.mention.kind == "person" and (not nearest or s.last_start > nearest.end)
        }
        if len(since) >= 2:
            return speaker
    elif head == "it":
        pool = [s.mention for s in earlier if s.mention.kind == "organization"]
    else:  # a role phrase; the head is its last role word: 'the company's chief executive'
        roles = list(_ROLE.finditer(speaker.text))
        last = roles[-1] if roles else None
        found = last and role_referent(speaker.text, last.group(0), last.start(), earlier)
        pool = [found] if found and not _possessor(speaker.text, found) else []
    if not pool:
        return speaker
    target = max(pool, key=lambda m: m.end)
    how = "pronoun" if head in PRONOUNS else "role"
    return evolve(speaker, name_start=target.start, name_end=target.end, how=how)


def _possessor(phrase: str, mention: NameMention) -> bool:
    """'Carter's press secretary' is never Carter: a role phrase does not refer to the
    person whose possessive it holds."""
    last = mention.text.split()[-1] if mention.text.split() else ""
    return bool(last) and re.search(rf"\b{re.escape(last)}[’']s?\s", phrase) is not None


def _full_names(persons: Sequence[Seen]) -> dict[str, str]:
    """Surname -> the full name (of two words or more) given last with it."""
    latest: dict[str, tuple[int, str]] = {}
    for seen in persons:
        words = seen.mention.text.split()
        if len(words) > 1 and seen.latest_index >= latest.get(words[-1], (-1, ""))[0]:
            latest[words[-1]] = (seen.latest_index, seen.mention.text)
    return {surname: text for surname, (_, text) in latest.items()}


def full_names(persons: Iterable[NameMention]) -> dict[str, str]:
    """Surname -> the last full name (two words or more) given with it in the document, to
    read a bare surname's gender by; text order, the later full name wins."""
    return {m.text.split()[-1]: m.text for m in persons if len(m.text.split()) > 1}


def may_be(pronoun: str, mention: NameMention, full: dict[str, str]) -> bool:
    """'she' may refer to Jana Kovacs, not to Harald Voss: the given name's usual gender,
    from the mention or from the full name given last before it for a surname (``full``:
    _full_names of the persons before); unknown fits both."""
    words = mention.text.split()
    if len(words) == 1 and words[0] in full:
        words = full[words[0]].split()
    gender = gz.given_name_gender(words[0]) if len(words) > 1 else None
    return gender is None or gender == ("female" if pronoun == "she" else "male")
