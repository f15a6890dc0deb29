"""Capitalised runs: the candidate names of the rule tagger, before they are typed.

A run is a maximal sequence of capitalised tokens, joined by connectors ("Council for the
Exploration of the Sea") and by hyphens without spaces ("Kim Shin-Wook"). Runs are then cut
where a name plainly ends: at a connector unless an organisation word holds the pieces
together, before a common word that opens a caption ("Image:"), and after a known place
that leads an organisation or a person ("U.S. | Department of Agriculture", "United States |
Hamdullah Mohib"). Every step looks at each token a bounded number of times.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from spacy.lang.en.lex_attrs import like_num
from spacy.tokens import Doc, Span

from briefing.nlp import gazetteers as gz
from briefing.nlp.doc import sentence_tokens, text_of, token_offsets
from briefing.rules import (
    json_rules,
    month_forms,
    month_names,
    pronoun_list,
    weekday_names,
    word_table,
)

_WORDS = "name_words.json"
CONNECTORS = frozenset(word_table(_WORDS, "connectors"))
_HEADING_SMALL_WORDS = frozenset(word_table(_WORDS, "heading_small_words"))
_LETTERS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")  # "Hollywood’s" is one word
NAME_PARTICLES = frozenset(word_table(_WORDS, "name_particles"))
HYPHENS = {"-", "–"}
POSSESSIVES = frozenset({"'s", "’s"})  # news copy uses both apostrophes: "People's" and "People’s"
_DOTTED = re.compile(r"^(?:[A-Z]\.){2,}$")  # "U.S.", "D.C.", "U.N."
# Capitalised words that start sentences or headlines but never name an actor.
NOT_NAMES = frozenset(word_table(_WORDS, "sentence_openers"))


# Sentence adverbs and prepositions that open a sentence before a name ("Later Mork said").
FUNCTION_WORDS = frozenset(word_table(_WORDS, "function_words"))


_CALENDAR_NAMES = frozenset(month_names()) | frozenset(weekday_names())
_MONTH_SHORT = {form.rstrip(".") for form in month_forms()} - _CALENDAR_NAMES
_MONTH_SHORT |= {f"{m}." for m in _MONTH_SHORT}


def namelike(token) -> bool:
    """A capitalised word that may be part of a name (not a month, weekday or title word)."""
    return name_word(token.doc, token.i)


def name_word(doc: Doc, i: int) -> bool:
    """``namelike(doc[i])``, read from the Doc's word list: the runs test every capitalised
    word several times, and a Token object per test was much of the name tagger's time."""
    text = words_of(doc)[i]
    if not text[:1].isupper() or text in _CALENDAR_NAMES or len(text) < 2:
        return False
    # spaCy English's ``like_num`` of the text, as a token's attribute would give it: the rule
    # pipeline does not compute it for every word (briefing.nlp.LEXICAL_ATTRIBUTES)
    if text in _MONTH_SHORT and i + 1 < len(doc) and like_num(words_of(doc)[i + 1]):
        return False  # "OSLO, Feb 12": a date; "Jan Novak" is a name
    if text.lower() in gz.title_words():
        return _surname_after_given_name(doc, i)
    return text[:1].isalpha() and not text.endswith(".") or bool(_DOTTED.match(text))


# Title words that are surnames too ("Rep. Steve King", "Billie Jean King", "John Major")
TITLE_SURNAMES = frozenset(word_table(_WORDS, "title_surnames"))
_GENERATIONS = frozenset(word_table("actor_words.json", "generations"))


def _surname_after_given_name(doc: Doc, i: int) -> bool:
    """The title word at ``i`` ends a person's name: it is a surname too, a given name comes
    right before it and no name word after it ("Steve King said", but "King Abdullah").
    Read as a title, it cut "Steve King" to a person "Steve"."""
    words = words_of(doc)
    if words[i] not in TITLE_SURNAMES or i == 0 or not words[i - 1][:1].isupper():
        return False
    if words[i - 1].lower() not in gz.given_names():
        return False
    after = words[i + 1] if i + 1 < len(words) else ""
    return not after[:1].isupper() or after in _GENERATIONS  # "Martin Luther King Jr."


def common(text: str) -> bool:
    """An ordinary English word (or its plural), or a word that never names an actor."""
    lower = text.lower()
    if text in gz.not_names() or text in NOT_NAMES or text in FUNCTION_WORDS:
        return True
    if len(text) <= 2 and not text.isupper():
        return True  # "To", "By": the dictionary list starts at three letters
    words = gz.common_words()
    if lower in words:
        return True
    for suffix, stems in _INFLECTIONS:
        if lower.endswith(suffix) and any(lower[: -len(suffix)] + s in words for s in stems):
            return True
    return False


def superlative(word: str) -> bool:
    """'The Latest on the campaign', 'the Largest': an adjective's superlative names no
    organisation alone, however often the article capitalises it (a series title or a
    headline does). Short words are left alone: 'West' and 'Best' are no superlatives."""
    return len(word) > 5 and word.lower().endswith("est") and common(word)


# Endings the dictionary does not list, and what they replace ("Refusing" -> "refuse").
_INFLECTIONS = tuple(json_rules(_WORDS)["inflections"].items())


def words_of(doc: Doc) -> list[str]:
    """The token texts, read once per Doc from its array (no Token object per token)."""
    words = doc.user_data.get("briefing_words")
    if words is None:
        from spacy.attrs import ORTH

        strings = doc.vocab.strings
        words = doc.user_data["briefing_words"] = [strings[o] for o in doc.to_array(ORTH).tolist()]
    return words


def lowers_of(doc: Doc) -> list[str]:
    """The tokens' lower-case forms (``Token.lower_``), read once per Doc from its array."""
    lowers = doc.user_data.get("briefing_lowers")
    if lowers is None:
        from spacy.attrs import LOWER

        strings = doc.vocab.strings
        lowers = doc.user_data["briefing_lowers"] = [
            strings[o] for o in doc.to_array(LOWER).tolist()
        ]
    return lowers


def spaces_of(doc: Doc) -> list[bool]:
    """Whether each token is followed by a space (``Token.whitespace_``), once per Doc."""
    spaces = doc.user_data.get("briefing_spaces")
    if spaces is None:
        from spacy.attrs import SPACY

        spaces = doc.user_data["briefing_spaces"] = [bool(s) for s in doc.to_array(SPACY).tolist()]
    return spaces


def capitalised_runs(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens, cut into the pieces that can each be one name."""
    runs: list[tuple[int, int]] = []
    words = words_of(doc)
    i = 0
    # only a capitalised word can open a run: the others are passed over without a test each
    for k in [k for k, word in enumerate(words) if word[:1].isupper()]:
        if k < i:
            continue  # inside the run or title just read
        i = k
        if _hashtag(doc, i):
            continue
        if not name_word(doc, i) and not _initial_starts(doc, i) and not _saint_starts(doc, i):
            j = _titled_organisation_end(doc, i)
            if j:
                runs.append((i, j))
                i = j
            continue
        title = title_length(doc, i)
        if title:
            i += title
            continue
        j = _run_end(doc, i)
        runs.extend(_split(doc, i, j))
        i = j
    return runs


def _titled_organisation_end(doc: Doc, i: int) -> int:
    """Where an organisation's name that opens with a title word ends ('General Motors',
    'Major League Baseball': a title word, then ordinary words and an organisation's word),
    else 0. Read as a title, 'General' left 'Motors' as the company and 'Major' made 'League
    Baseball' a person; a title before a person's name ('General Petraeus') ends in no
    organisation's word."""
    words = words_of(doc)
    if words[i].lower() not in gz.title_words() or i + 1 >= len(doc) or title_length(doc, i):
        return 0
    if not name_word(doc, i + 1):
        return 0
    j = _run_end(doc, i + 1)
    rest = words[i + 1 : j]
    # every word an organisation's or an ordinary one: 'President Obama Administration' is
    # the administration of a person named after his title
    if not any(w in gz.org_keywords() for w in rest):
        return 0
    if not all(w in gz.org_keywords() or common(w) for w in rest):
        return 0
    return j


def _run_end(doc: Doc, i: int) -> int:
    n = len(doc)
    words, lowers = words_of(doc), lowers_of(doc)
    j = i + 1
    while j < n:
        if name_word(doc, j):
            if _not_name_within(doc, j) or _name_ends_before(doc, j) or title_length(doc, j):
                break
            j += 1
        elif not _may_join(words[j], lowers[j]):
            break  # most runs end at an ordinary word: none of the tests below can hold
        elif _hyphen_joins(doc, j) or _connector_joins(doc, j) or _syllable_joins(doc, i, j):
            j += 2
        elif _initial_joins(doc, j) or _letter_after_keyword(doc, j):
            j += 1
        elif _nickname_joins(doc, j):
            j += 4  # 'Thomas "Tommy" Pigott'

        elif _particle_joins(doc, j) or _two_particles_join(doc, j):
            j += 3
        elif lowers[j].rstrip("-–") in NAME_PARTICLES and words[j][-1] in "-–":
            if j + 1 >= n or not name_word(doc, j + 1):
                break
            j += 2  # "al- Jaafari"
        elif lowers[j] in {"of", "for"} and j + 2 < n and lowers[j + 1] == "the":
            if not name_word(doc, j + 2) or _country_after_placed_name(doc, i, j):
                break
            if i > 0 and lowers[i - 1] in gz.title_words():
                break  # "Justice Ginsburg | of the Supreme Court": a titled person, his body
            j += 3
        else:
            break
    return j


def _may_join(word: str, lower: str) -> bool:
    """Whether ``word`` (``lower`` its lower case) may carry a run on past it, by one of the
    joins ``_run_end`` tries when it is no name word: each needs a connector, a possessive,
    '&', a hyphen, a quotation mark or a name particle (perhaps with its hyphen: 'al-'), or
    a word of one or two characters (an initial 'W.', a section's letter 'G')."""
    return lower in _MAY_JOIN or len(word) <= 2 or lower.endswith(("-", "–"))


def _not_name_within(doc: Doc, j: int) -> bool:
    """A word that ends a run ("Monday New rules"), except 'New' opening a place inside a
    longer name ("Food Standards Australia New Zealand", "Bank New York Mellon")."""
    if words_of(doc)[j] not in NOT_NAMES:
        return False
    return not (words_of(doc)[j] == "New" and j + 1 < len(doc) and name_word(doc, j + 1))


def _country_after_placed_name(doc: Doc, i: int, j: int) -> bool:
    """'Colorado State University | of the US', 'University of Sheffield | of the UK': a name
    that already holds a place is complete; 'of the' and a country after it say where it is
    ('Supreme Court of the United States' holds no place and stays one name)."""
    words = words_of(doc)
    after = " ".join(words[j + 2 : j + 4])
    if not (gz.country_of(words[j + 2]) or gz.country_of(after)):
        return False
    return any(known_place_word(w) for w in words[i:j])


def _hashtag(doc: Doc, i: int) -> bool:
    """'#IStandWithAhmed', '@POTUS': a hashtag or handle is no actor's name."""
    return i > 0 and words_of(doc)[i - 1] in {"#", "@"} and not spaces_of(doc)[i - 1]


# Capitalised ranks that open a longer title ("Acting Senior Deputy Assistant Administrator").
TITLE_RANKS = frozenset(word_table(_WORDS, "title_ranks"))


def title_length(doc: Doc, i: int) -> int:
    """Tokens of the multi-word title starting at ``i`` ("Prime Minister", "Assistant
    Secretary of State", "Acting Senior Deputy Assistant Administrator"), else 0. Ranks
    before a title belong to it, so they never open a name of their own."""
    texts = words_of(doc)  # cached strings: no Token object per look-up
    ranks = i
    while ranks < len(texts) and texts[ranks] in TITLE_RANKS:
        ranks += 1
    if ranks > i and ranks < len(texts):
        title = _title_at(texts, ranks) or (texts[ranks].lower() in gz.title_words())
        if title:
            return ranks - i + title
    return _title_at(texts, i)


@cache
def title_openers() -> frozenset[str]:
    """The words at which ``title_length`` can be more than 0: a rank or the first word of a
    multi-word title."""
    return TITLE_RANKS | frozenset(_multiword_titles())


def _title_at(texts: list[str], i: int) -> int:
    titles = _multiword_titles().get(texts[i])
    if not titles:
        return 0
    for words in titles:
        if tuple(texts[i : i + len(words)]) == words:
            return len(words)
    return 0


@cache
def title_starts() -> frozenset[str]:
    """Words that may open a title: first words of multi-word titles, capitalised titles."""
    capitalised = {w[:1].upper() + w[1:] for w in gz.title_words()}
    return frozenset(_multiword_titles()) | capitalised


@cache
def _multiword_titles() -> dict[str, list[tuple[str, ...]]]:
    """First word -> the titles it starts, longest first (from rules/titles.txt)."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for title in gz.titles():  # longest first already
        words = tuple(title.split())
        if len(words) > 1 and words[0][:1].isupper():
            found.setdefault(words[0], []).append(words)
    return found


# Built once: a union of sets made for each test was much of the cost of the test.
_CONNECTORS_OR_POSSESSIVES = CONNECTORS | POSSESSIVES
_JOINERS = _CONNECTORS_OR_POSSESSIVES | {"&"}


def _connector_joins(doc: Doc, j: int) -> bool:
    """'Bank of England', 'Lloyd's Register': a connector between two capitalised words
    ("Labour's | Shadow Home Secretary": never before a title)."""
    return (
        lowers_of(doc)[j] in _JOINERS  # "Johnson & Johnson", "Marks & Spencer"
        and j + 1 < len(doc)
        and name_word(doc, j + 1)
        and not title_length(doc, j + 1)
        and not (lowers_of(doc)[j] in POSSESSIVES and _person_starts(doc, j + 1))
        # "China's | Foreign Ministry": a place's possessive names whose body follows
        and not (lowers_of(doc)[j] in POSSESSIVES and known_place_word(words_of(doc)[j - 1]))
        # "Tim Kaine's | Senate seat": a person's possessive, like a place's, ends the name
        and not (lowers_of(doc)[j] in POSSESSIVES and _person_owns(doc, j))
    )


def _person_owns(doc: Doc, j: int) -> bool:
    """A given name and a surname right before the possessive at ``j`` ('Tim Kaine's'): the
    owner is a person, and what follows is no part of that person's name (an organisation
    whose own name holds a possessive, 'Lloyd's Register', has no given name before it)."""
    if j < 2 or not name_word(doc, j - 1) or not words_of(doc)[j - 2].istitle():
        return False
    surname = words_of(doc)[j - 1]
    return (
        lowers_of(doc)[j - 2] in gz.given_names()
        and surname not in gz.org_keywords()
        and not common(surname)
    )


def _person_starts(doc: Doc, j: int) -> bool:
    """'the European Union's | Anna Berg': a given name and a name word open a person."""
    return lowers_of(doc)[j] in gz.given_names() and j + 1 < len(doc) and name_word(doc, j + 1)


_INITIAL = re.compile(r"^[A-Z]\.$")


def _initial_joins(doc: Doc, j: int) -> bool:
    """'George W. Bush', 'Stephen J. Townsend': a middle initial inside a name."""
    return bool(_INITIAL.match(words_of(doc)[j])) and j + 1 < len(doc) and name_word(doc, j + 1)


QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’"})
# The words (lower-cased) at which a join of ``_run_end`` may hold, beside short words.
_MAY_JOIN = _JOINERS | HYPHENS | QUOTE_MARKS | NAME_PARTICLES | {"of", "for"}


def _nickname_joins(doc: Doc, j: int) -> bool:
    """'Thomas "Tommy" Pigott': a quoted name word between a given name and a surname is
    the name the person goes by, inside the name."""
    return (
        j + 3 < len(doc)
        and words_of(doc)[j] in QUOTE_MARKS
        and words_of(doc)[j + 2] in QUOTE_MARKS
        and lowers_of(doc)[j - 1] in gz.given_names()
        and name_word(doc, j + 1)
        and not spaces_of(doc)[j + 1]
        and name_word(doc, j + 3)
    )


def _letter_after_keyword(doc: Doc, j: int) -> bool:
    """'Group G', 'Unit B': one capital letter naming an organisation's section."""
    text = words_of(doc)[j]
    return len(text) == 1 and text.isupper() and words_of(doc)[j - 1] in gz.org_keywords()


# "St. Paul", "Mt. Hood": abbreviations that open a place's name, and a body's named after it
_NAME_OPENING_ABBREVIATIONS = frozenset(word_table(_WORDS, "name_opening_abbreviations"))


def _saint_starts(doc: Doc, i: int) -> bool:
    """'The St. Paul City Council': "St." opens the name when a name word follows; read as
    no name word, it left the body as "Paul City Council"."""
    words = words_of(doc)
    return words[i] in _NAME_OPENING_ABBREVIATIONS and i + 1 < len(doc) and name_word(doc, i + 1)


def _initial_starts(doc: Doc, i: int) -> bool:
    """'L. Ron Hubbard': an initial opens a name when a name word follows in the sentence."""
    return (
        _initial_joins(doc, i)
        and not doc[i + 1].is_sent_start
        and words_of(doc)[i + 1] not in NOT_NAMES
    )


def _particle_joins(doc: Doc, j: int) -> bool:
    """'Ibrahim al-Jaafari', 'Ibrahim al- Jaafari': a name particle, a hyphen, a name."""
    return (
        lowers_of(doc)[j] in NAME_PARTICLES
        and not spaces_of(doc)[j]
        and j + 2 < len(doc)
        and words_of(doc)[j + 1] in HYPHENS
        and name_word(doc, j + 2)
    )


_SECOND_PARTICLES = NAME_PARTICLES | frozenset(word_table(_WORDS, "second_particles"))


def _two_particles_join(doc: Doc, j: int) -> bool:
    """'Ursula von der Leyen', 'Rafael van der Vaart', 'Ana de los Santos': two name
    particles, then a name word."""
    return (
        lowers_of(doc)[j] in NAME_PARTICLES
        and doc[j].is_lower
        and j + 2 < len(doc)
        and lowers_of(doc)[j + 1] in _SECOND_PARTICLES
        and doc[j + 1].is_lower
        and name_word(doc, j + 2)
    )


def _hyphen_joins(doc: Doc, j: int) -> bool:
    """'Shin-Wook': a hyphen with no space on either side, then a capitalised word."""
    return (
        words_of(doc)[j] in HYPHENS
        and not spaces_of(doc)[j - 1]
        and not spaces_of(doc)[j]
        and j + 1 < len(doc)
        and name_word(doc, j + 1)
    )


# Short words English hangs on a name with a hyphen ("Kremlin-run", "US-led", "Paris-born").
_COMPOUND_ENDS = frozenset(word_table(_WORDS, "compound_ends"))


def _syllable_joins(doc: Doc, start: int, j: int) -> bool:
    """'Hau Lung-bin', 'Ban Ki-moon', 'Moon Jae-in': in a name of two or more words, a hyphen
    and a short lower-case syllable with no space around it are part of the given name."""
    if j - start < 2 or words_of(doc)[j] not in HYPHENS or j + 1 >= len(doc):
        return False
    syllable = words_of(doc)[j + 1]
    return (
        not spaces_of(doc)[j - 1]
        and not spaces_of(doc)[j]
        and syllable.isalpha()
        and syllable.islower()
        and len(syllable) <= 4
        and syllable not in _COMPOUND_ENDS
    )


def _after_hyphen(doc: Doc, j: int) -> bool:
    return j > 0 and words_of(doc)[j - 1] in HYPHENS and not spaces_of(doc)[j - 1]


def _name_ends_before(doc: Doc, j: int) -> bool:
    """'... Security Council Dmitry Medvedev': an org word, then a given name and a surname;
    'Belle Image:': a common word opening a caption."""
    text = words_of(doc)[j]
    if j + 1 < len(doc) and words_of(doc)[j + 1] == ":" and common(text):
        return text not in gz.org_keywords()  # "Belle Image:", not "told GB News:"
    if _descriptor_before(doc, j):
        return True
    return (
        words_of(doc)[j - 1] in gz.org_keywords()
        and lowers_of(doc)[j] in gz.given_names()
        and j + 1 < len(doc)
        and name_word(doc, j + 1)
    )


def _descriptor_before(doc: Doc, j: int) -> bool:
    """'Scientologist | Tom Cruise', 'Education | Stefania Giannini': a word that is no name
    part, then a given name and a surname."""
    if lowers_of(doc)[j] not in gz.given_names():
        return False  # (first: asked at every word a run goes on to, most no given name)
    before = lowers_of(doc)[j - 1]
    pair = f"{words_of(doc)[j - 1]} {words_of(doc)[j]}"
    if pair in gz.cities() or pair in gz.regions() or gz.country_of(pair):
        return False  # "Los Angeles City Council": "Angeles" is no given name here
    return (
        j + 1 < len(doc)
        and name_word(doc, j + 1)
        and not _place_head(doc, j + 1)  # "South | China Sea", "Second | Thomas Shoal": no
        and before not in gz.given_names()
        and before not in gz.surnames()
        and doc[j - 1].is_alpha
        # 'Chiang Kai Shek' stays one name; 'Islamic Relations | Alia Salem' does not
        and (common(words_of(doc)[j - 1]) or j < 2 or not doc[j - 2].is_title)
    )


def _place_head(doc: Doc, j: int) -> bool:
    """A word that makes the name it ends a place ("Sea", "Shoal"), with at most one name
    word before it: 'China Sea' and 'Thomas Shoal' are no given name and surname."""
    keywords = gz.place_keywords()
    return words_of(doc)[j] in keywords or (j + 1 < len(doc) and words_of(doc)[j + 1] in keywords)


def org_word(word: str) -> bool:
    """An organisation word, or its plural: "Security Departments", "Interior Ministries",
    "Waldrep Ministries" ("Ministries" is no "Ministrie")."""
    keywords = gz.org_keywords()
    if word in keywords or word.endswith("s") and word[:-1] in keywords:
        return True
    return word.endswith("ies") and word[:-3] + "y" in keywords


# Lower-case nouns that, right after a capitalised name, say it names an organisation.
ORG_NOUNS_AFTER = frozenset(word_table(_WORDS, "org_nouns_after"))


_CLAUSE_CONNECTORS = frozenset({"for", "on"})


def _known_place(name: str) -> bool:
    """A country, city or region by name, and no ordinary word ('Center' is a Texas town)."""
    if name in gz.org_keywords() or (" " not in name and common(name)):
        return False
    return known_place_word(name)


def _split(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Drop sentence-initial common words; split at connectors unless it names an org, and
    between two organisations joined by 'and' (each side with its own organisation word;
    'Department of Trade and Industry' has one and stays whole)."""
    texts, lowers = words_of(doc), lowers_of(doc)  # no Token object per word
    keywords = gz.org_keywords()
    person = person_before_connector(doc, start, end)
    if person:  # "Lydia Buchtmann | for | Food Standards Australia", "Anna Holm | of | Greenpeace"
        return [(start, person)] + _split(doc, person + 1, end)
    for i in range(start + 1, end - 1):
        if lowers[i] in _CLAUSE_CONNECTORS and _known_place(" ".join(texts[start:i])):
            # "traveled to New York | for | Democratic Party fundraisers": a known place is
            # whole, and 'for' or 'on' after it opens another phrase ('of' stays a name's)
            return [(start, i)] + _split(doc, i + 1, end)
    for i in range(start, end):  # "Massachusetts Institute of Technology and Colorado ..."
        if (
            lowers[i] == "and"
            and _complete_org(doc, start, i)
            and any(w in keywords for w in texts[i + 1 : end])
        ):
            return _split(doc, start, i) + _split(doc, i + 1, end)
    org_after = end < len(doc) and texts[end] in ORG_NOUNS_AFTER  # "Brothers of Italy party"
    if not org_after and not any(w in keywords for w in texts[start:end]):
        pieces, begin = [], start
        for i in range(start, end):
            if texts[i] in _CONNECTORS_OR_POSSESSIVES and texts[i] not in NAME_PARTICLES:
                pieces.append((begin, i))
                begin = i + 1
        pieces.append((begin, end))
    else:
        pieces = [(start, end)]
    kept = []
    for s, e in pieces:
        s = _after_people_of(doc, s, e)
        while s < e and (texts[s] in NOT_NAMES or texts[s] in CONNECTORS):
            if surname_not_pronoun(doc, s, e):
                break
            s += 1
        while e > s and texts[e - 1] in CONNECTORS and not _after_hyphen(doc, e - 1):
            e -= 1  # "Lung-bin": a syllable after a hyphen is no connector
        if s < e:
            kept.append((s, e))
    return kept


_PRONOUNS = frozenset(pronoun_list())


def surname_not_pronoun(doc: Doc, start: int, end: int) -> bool:
    """'will be He Lifeng': a capitalised pronoun inside a sentence, after a lower-case word
    and before a name word, is a surname (Chinese 'He'); at a sentence start it is 'He'."""
    return (
        lowers_of(doc)[start] in _PRONOUNS
        and start > 0
        and doc[start - 1].is_lower
        and end - start >= 2
        and not common(words_of(doc)[start + 1])
    )


# Plural nouns of people that open "Members of the X Front": the people belong to the name.
PEOPLE_OF = frozenset(word_table(_WORDS, "people_of"))


def _after_people_of(doc: Doc, start: int, end: int) -> int:
    """'Members | of the Tigray People's Liberation Front', 'Officials | of the Ministry': a
    plural noun of people before 'of' is who belongs to the name, not part of it."""
    text = words_of(doc)[start]
    if text not in PEOPLE_OF and text.lower() not in gz.group_nouns():
        return start
    k = start + 1
    if k < end and lowers_of(doc)[k] == "of":
        k += 1 + (k + 1 < end and lowers_of(doc)[k + 1] == "the")
        return k if k < end else start
    return start


def _complete_org(doc: Doc, start: int, end: int) -> bool:
    """An organisation's whole name: it ends with its organisation word ("Colorado State
    University") or names its field after it ("Institute of Technology"); "Senate Energy"
    in "Senate Energy and Natural Resources Committee" is only the start of one."""
    keywords = gz.org_keywords()
    words = [t.text for t in doc[start:end]]
    if not words:
        return False
    if words[-1] in keywords:
        return True
    return any(
        w in keywords and nxt in {"of", "for"} for w, nxt in zip(words, words[1:], strict=False)
    )


def person_before_connector(doc: Doc, start: int, end: int) -> int | None:
    """Where a person's name ends before 'of' or 'for' and an organisation: a given name and
    one or two name words that are neither organisation words nor common words."""
    if lowers_of(doc)[start] not in gz.given_names():
        return None
    for k in (start + 2, start + 3):
        if k + 1 >= end or lowers_of(doc)[k] not in {"of", "for"}:
            continue
        names = doc[start + 1 : k]
        if all(t.text not in gz.org_keywords() and not common(t.text) for t in names):
            return k
        return None
    return None


_COMPANY_HEADS = frozenset(word_table(_WORDS, "company_heads"))


def split_known_place(doc: Doc, run: tuple[int, int], places: dict[int, Span]) -> list:
    """'U.S. Department of Agriculture' -> [U.S.] [Department of Agriculture]: a known place
    that leads a longer name is its own mention (the organisation's affiliation)."""
    start, end = run
    place = places.get(start)
    if place is None or place.end >= end:
        return [run]
    rest = doc[place.end : end]
    if rest[0].lower_ in CONNECTORS or rest[0].text in HYPHENS:
        return [run]
    if abbreviated_place(doc, run, places):
        return [run]
    if len(rest) == 1 and rest[0].text in _COMPANY_HEADS:
        return [run]  # "Singapore Airlines", "Japan Post": a company, not the place's body
    if any(t.text in gz.org_keywords() for t in rest):
        if leads_local_name(doc, run, places):
            return [run]  # "Ontario Liberal Party", "Los Angeles Times": one name
        return [(start, place.end), (place.end, end)]
    if lowers_of(doc)[start] in gz.given_names() and len(place) == 1:
        return [run]  # "George W. Bush", "Florence Nightingale": a given name first
    if rest[0].lower_ in gz.given_names() or len(rest) >= 2:
        return [(start, place.end), (place.end, end)]
    return [run]


def leads_local_name(doc: Doc, run: tuple[int, int], places: dict[int, Span]) -> bool:
    """A city or region (not a country, whose bodies news names as 'U.S. Department of
    Agriculture') and no given name opening a longer run: 'the Ontario Ghostbusters', 'Los
    Angeles Times' name an organisation of that place, not the place and something else."""
    place = places.get(run[0])
    if place is None or place.end >= run[1] or place.text in gz.countries():
        return False
    after = words_of(doc)[place.end]
    if not after[:1].isupper():
        return False
    # "Dallas Mavericks": a city that is a given name too, then a plural noun, is a team
    return doc[run[0]].lower_ not in gz.given_names() or (
        run[1] - place.end == 1 and plural_noun(after)
    )


def plural_noun(word: str) -> bool:
    """'Workers', 'Mavericks': the plural of a dictionary word that the surname list does
    not hold, so no person's surname ('Sanders', 'Brooks' are in the list)."""
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss"):
        return False
    lower = word.lower()
    return lower not in gz.surnames() and common(word[:-1]) and common(word)


def split_person_tail(doc: Doc, run: tuple[int, int], speakers: set[str]) -> list:
    """'University of Texas Arlington | Amneh Jafari': an organisation's name followed by two
    words whose last speaks alone elsewhere ('Jafari said') ends where the person begins."""
    start, end = run
    if end - start < 4 or words_of(doc)[end - 1] not in speakers:
        return [run]
    first, keywords = doc[end - 2], gz.org_keywords()
    if first.text in keywords or first.lower_ in CONNECTORS or common(first.text):
        return [run]
    if first.text in gz.nationalities():
        return [run]  # "Center for American Progress said": a demonym opens no person's name
    if gz.country_of(f"{first.text} {words_of(doc)[end - 1]}"):
        return [run]  # "Ministry of Foreign Affairs of the Russian Federation said"
    if not any(t.text in keywords for t in doc[start : end - 2]):
        return [run]
    return [(start, end - 2), (end - 2, end)]


def after_portfolio(doc: Doc, piece: tuple[int, int]) -> tuple[int, int]:
    """'Secretary of Defense Ash Carter' -> 'Ash Carter': after 'TITLE of', the ordinary
    words that open the run name the portfolio, not the person."""
    start, end = piece
    words, lowers = words_of(doc), lowers_of(doc)
    article = int(start > 2 and lowers[start - 1] == "the")  # "Secretary of the Treasury"
    if start < 2 + article or lowers[start - 1 - article] not in {"of", "for"}:
        return piece
    if lowers[start - 2 - article] not in gz.title_words():
        return piece
    while (
        end - start > 2
        and common(words[start])
        and lowers[start] not in gz.given_names()
        and not known_place_word(words[start])  # "a spokeswoman for Leeds City Council"
    ):
        start += 1
    if (  # "Administrator for Asia | Craig Hart": the place is the portfolio's, a person follows
        end - start >= 3
        and known_place_word(words[start])
        and lowers[start + 1] in gz.given_names()
        and not gz.country_of(f"{words[start]} {words[start + 1]}")
    ):
        start += 1
    return (start, end)


def known_place_word(word: str) -> bool:
    return word in gz.cities() or word in gz.regions() or bool(gz.country_of(word))


def abbreviated_place(doc: Doc, run: tuple[int, int], places: dict[int, Span]) -> bool:
    """'Washington D.C.': a known place followed only by abbreviations is one place."""
    place = places.get(run[0])
    if place is None or place.end >= run[1]:
        return False
    return all(_DOTTED.match(t.text) or t.is_upper and len(t) <= 3 for t in doc[place.end : run[1]])


def headline_sentences(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of title-case sentences (headlines): their capitals say nothing of names.

    Computed once per Doc (the tagger and its consistency pass both ask), from the Doc's
    arrays and its cached text, not from a Token object per word: this ran over every token
    of every article, twice, and was the largest single source of Token objects."""
    ranges = doc.user_data.get("briefing_headlines")
    if ranges is None:
        ranges = doc.user_data["briefing_headlines"] = _headline_sentences(doc)
    return ranges


def _headline_sentences(doc: Doc) -> list[tuple[int, int]]:
    text = text_of(doc)
    words = words_of(doc)
    idx, length = token_offsets(doc)
    ranges = []
    for start, end in sentence_tokens(doc):
        first, last = idx[start], idx[end - 1] + length[end - 1]
        stopped = text[first:last].rstrip()[-1:] in '.!?"”’:'
        if stopped and not _full_stop_heading(text, first, last):
            continue  # a headline has no final stop; a name-dense sentence does
        # spaCy's IS_ALPHA, LENGTH and IS_TITLE are these str tests of the token's text: read
        # for the few sentences without a final stop, not from an array of every token
        titles = [w.istitle() for w in words[start:end] if w.isalpha() and len(w) > 3]
        share, least = (0.9, 5) if stopped else (0.7, 4)
        if len(titles) >= least and sum(titles) / len(titles) > share:
            ranges.append((start, end))
    return ranges


def _full_stop_heading(text: str, first: int, last: int) -> bool:
    """A line that is one sentence ending in a plain full stop may be a heading some feeds
    close with one ('Ana Ruiz Took On The Studios.' above its section): it is, when nearly
    every long word is capitalised (asked by the caller) and every other word is a small one,
    which a sentence of names and verbs is not ('Minister Ana Ruiz met Tom Berg in Oslo.':
    'met' is in lower case), nor is a caption's credit ('Ice Hall Image: Ana Ruiz.'), whose
    name is the photographer's."""
    # Asked of every sentence with a final stop: the tests that fail most sentences at once
    # (not the whole line) come before the word-by-word one.
    if not (first == 0 or text[first - 1] == "\n"):
        return False
    line_end = text.find("\n", last)
    if text[last : len(text) if line_end < 0 else line_end].strip():
        return False
    sentence = text[first:last].rstrip()
    if not sentence.endswith(".") or ":" in sentence:
        return False
    lower = (w for w in _LETTERS.findall(sentence) if not w[0].isupper())
    return all(w in _HEADING_SMALL_WORDS for w in lower)


def in_ranges(i: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= i < b for a, b in ranges)


def name_endings(doc: Doc, pieces: list[tuple[int, int]]) -> Counter[str]:
    """What a sentence-initial capital may have been glued to ("Said | Ellis" beside "Ryan
    Ellis", "One | Club for Growth" beside "the Club for Growth"), counted over the Doc: each
    name inside a sentence and its ending words; under a leading space, each word of such a
    name (a name word here: "the White House"); under a leading '>', the ending words of a
    longer name whose first word is no ordinary word ("Ellis" of "Ryan Ellis", not of
    "Sylvan Mork" nor of "Later Mork")."""
    words = words_of(doc)
    found: Counter[str] = Counter()
    for start, end in pieces:
        inside = not doc[start].is_sent_start
        if inside:
            found.update(" ".join(words[k:end]) for k in range(start, end))
            found.update(" " + word for word in words[start:end])
        if inside or not common(words[start]):
            found.update(">" + " ".join(words[k:end]) for k in range(start + 1, end))
    return found


def glued_opener(doc: Doc, piece: tuple[int, int], endings: Counter[str]) -> bool:
    """'First Trump goes to Louisiana', 'Said Ellis: ...', 'One Club for Growth official':
    an ordinary word that opens a sentence is no part of the name after it when the article
    gives that name elsewhere (a surname as the end of another full name), and neither the
    whole piece nor the word stands in a name inside a sentence ('Senate Republicans'
    beside 'the Senate' stays whole; so does 'Bill Clinton': a given name is a name word)."""
    start, end = piece
    words = words_of(doc)
    if end - start < 2 or not doc[start].is_sent_start or not common(words[start]):
        return False
    if words[start].lower() in gz.given_names() or endings[" " + words[start]]:
        return False
    if endings[" ".join(words[start:end])]:
        return False
    rest = " ".join(words[start + 1 : end])
    return bool(endings[rest] if end - start > 2 else endings[">" + rest])
