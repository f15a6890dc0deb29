"""Context rules of the name tagger: what the words of a capitalised run and its neighbours
say about its type (a title before it, a speech verb around it, an organisation or place word
inside it, a given name or surname, "the" before it), and titles standing for their holder.

Each function looks at a bounded window of tokens, so the tagger stays linear in the text.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span

from briefing.nlp import gazetteers as gz
from briefing.nlp.doc import text_of
from briefing.nlp.names import runs
from briefing.rules import abbreviations, alternation, reporting_verbs, rows, word_table

_WORDS = "name_words.json"
SPEECH_VERBS = frozenset(reporting_verbs("name_context"))
QUOTES = runs.QUOTE_MARKS | {"(", "["}


def standalone_titles(doc: Doc) -> list[Span]:
    """'The Home Secretary and I ...', 'Cres Eastman, Director of the ...': a capitalised
    title standing for its holder (no name follows it) is a person mention."""
    found = []
    n = len(doc)
    starts = runs.title_starts()
    for i, text in enumerate(runs.words_of(doc)):
        if text not in starts:
            continue
        length = runs.title_length(doc, i)
        if not length and _apposed_title(doc, i):
            length = 1
        end = i + length
        if not length or _possessed_by_title(doc, end):
            continue  # "Prime Minister's Questions": an event named after the office
        if _portfolio_then_name(doc, end):
            continue  # "Secretary of the Treasury Scott Bessent": the title is his
        if end >= n or not _name_follows(doc, end) or _after_possessive(doc, i):
            after = portfolio_end(doc, end) if i > 0 and runs.words_of(doc)[i - 1] == "," else None
            if after and not any(_a_name(w) for w in runs.words_of(doc)[end:after]):
                # ", Secretary of the Treasury,": an apposed title's portfolio is part of it;
                # ", Prime Minister of the Kingdom of Cambodia", ", Director of the World
                # Health Organization": a state or a body stays a name (and an actor)
                end = after
            found.append(Span(doc, i, end, label="PERSON"))
    return found


def _a_name(word: str) -> bool:
    """A word that makes a portfolio a name of its own: a place or an organisation word."""
    return runs.known_place_word(word) or word in gz.org_keywords() or word in gz.known_orgs()


def portfolio_end(doc: Doc, end: int) -> int | None:
    """Where the portfolio after a title ends: 'of the Treasury', 'for Asia', 'of the Kingdom
    of Thailand' (capitalised words after 'of' or 'for', joined by 'of', 'and', 'the'; six
    words at most), or None."""
    words = runs.words_of(doc)
    k = end
    if k >= len(words) or words[k] not in ("of", "for"):
        return None
    k += 1 + (k + 1 < len(words) and words[k + 1] == "the")
    first = k
    while k < len(words) and k - first < 6:
        if words[k][:1].isupper():
            k += 1
        elif words[k] in ("of", "and", "the") and k + 1 < len(words) and words[k + 1][:1].isupper():
            k += 1  # "Prime Minister of the Kingdom of Thailand"
        else:
            break
    return k if k > first else None


def _portfolio_then_name(doc: Doc, end: int) -> bool:
    """A title, its portfolio, then a given name: the title introduces that person."""
    after = portfolio_end(doc, end)
    words = runs.words_of(doc)
    if after is None:
        return False
    starts = [k for k in range(end + 2, after) if words[k].lower() in gz.given_names()]
    return bool(starts) or (after < len(words) and words[after].lower() in gz.given_names())


POSSESSIVES = runs.POSSESSIVES


def _possessed_by_title(doc: Doc, end: int) -> bool:
    """'Prime Minister's Questions': the title owns a capitalised noun, so it names no one."""
    return (
        end + 1 < len(doc)
        and runs.words_of(doc)[end] in POSSESSIVES
        and runs.name_word(doc, end + 1)
    )


def _after_possessive(doc: Doc, i: int) -> bool:
    """ "Labour's Shadow Home Secretary Yvette Cooper": a title owned by a party or a state
    is a phrase of its own set beside the name, a mention of the same person."""
    return (
        i > 1
        and runs.words_of(doc)[i - 1] in POSSESSIVES
        and runs.words_of(doc)[i - 2][:1].isupper()
    )


def _apposed_title(doc: Doc, i: int) -> bool:
    """A one-word title counts only as an apposition: ', Director of the ...'."""
    token = doc[i]
    return (
        token.lower_ in gz.title_words()
        and token.text[1:].islower()
        and 0 < i < len(doc) - 1
        and runs.words_of(doc)[i - 1] in {",", "and"}
        and runs.lowers_of(doc)[i + 1] == "of"
    )


def _state_after_comma() -> re.Pattern[str]:
    """', New York,' or ', N.Y.' (AP's abbreviation), ending a clause or a sentence."""
    states = rows("us_states.tsv")
    full = alternation(row[0] for row in states)
    short = alternation(row[1] for row in states if row[1].endswith("."))
    return re.compile(rf", (?:(?:{full})(?=[,.;:)]|$)|(?:{short})(?=[\s,;:)]|$))")


_STATE_AFTER_COMMA = _state_after_comma()


def _town_of_a_state(doc: Doc, end: int) -> bool:
    """A run set off by a comma and a US state, the state closing a clause, is a town there:
    wire copy places a town so ("Warren, Mich.", "the Chappaqua, New York, residence"), and
    a town the gazetteers lack was read as a person or a body."""
    if end >= len(doc) or runs.words_of(doc)[end] != ",":
        return False
    at = doc[end].idx
    return _STATE_AFTER_COMMA.match(text_of(doc), at) is not None


def _person_like(doc: Doc, start: int, words: list[str]) -> bool:
    """A given name and more ("Ann Berg, Texas, and Jon Lund, Ohio"), or a title before the
    run ("Sen. Lund, Ohio"): a person placed by his state, not a town."""
    given = len(words) > 1 and words[0].lower() in gz.given_names()
    return given or after_title(doc, start)


def _name_follows(doc: Doc, end: int) -> bool:
    return runs.name_word(doc, end) or runs.words_of(doc)[end] in _NAME_OPENERS


_NAME_OPENERS = frozenset({"Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms."})


# Last words of a law or treaty's name: whatever the words before ("Markets", "Paris"), the
# name is a text the actors argue about.
_LAWS = frozenset(word_table(_WORDS, "law_heads"))
_KEYWORD_GLUE = frozenset(word_table(_WORDS, "keyword_glue"))
_PLACE_SLOT = frozenset(word_table(_WORDS, "place_slot_prepositions"))


def classify(doc: Doc, piece: tuple[int, int], speakers: set[str]) -> Span | None:
    """The type a capitalised run's own words and its neighbours give it, if any."""
    start, end = piece
    keywords = gz.org_keywords()
    words = runs.words_of(doc)[start:end]
    if _compass_place(words):
        return Span(doc, start, end, label="GPE")  # "East Los Angeles", "North Kivu"
    if _town_of_a_state(doc, end) and not _person_like(doc, start, words):
        return Span(doc, start, end, label="GPE")  # "in Chappaqua, N.Y., where", "Warren, Mich."
    if len(words) == 1 and _leader_of_government(doc, start):
        return Span(doc, start, end, label="PERSON")  # "the Monti government"
    if len(words) > 1 and words[-1] in _LAWS:
        return None  # "the Digital Markets Act", "the Paris Agreement": a text, not an actor
    before = runs.lowers_of(doc)[start - 1] if start > 0 else ""
    if before in WORK_NOUNS:
        return None  # "the graphic novel Angel Catbird": a title, not a person
    if before in ORG_NOUNS_BEFORE or words[0] in ORG_HEADS_FIRST and len(words) > 1:
        return Span(doc, start, end, label="ORG")  # "the company Hitwise", "Instituto Gonzaga"
    if before == "for" and start > 1 and runs.lowers_of(doc)[start - 2] in SPEAKS_FOR:
        return Span(doc, start, end, label="ORG")  # "a spokesman for FNV Havens"
    if (
        any(runs.org_word(w) for w in words[1:])
        or (len(words) > 1 and words[0] in keywords and not _KEYWORD_GLUE.isdisjoint(words))
        or (len(words) == 2 and words[0] in keywords and len(words[1]) == 1)  # "Group G"
        or (len(words) > 1 and end < len(doc) and runs.words_of(doc)[end] in runs.ORG_NOUNS_AFTER)
    ):
        return Span(doc, start, end, label="ORG")
    if len(words) > 1 and words[-1] in gz.place_keywords():
        return Span(doc, start, end, label="LOC")
    if _body_of_place(words):
        return Span(doc, start, end, label="ORG")  # "Tourism Australia", "Sport England"
    if "&" in words or (len(words) == 1 and _ampersand_acronym(words[0])):
        return Span(doc, start, end, label="ORG")  # "Johnson & Johnson", "J&J", "S&P"
    if before in {"of", "for"} and _after_person_and_connector(doc, start):
        return Span(doc, start, end, label="ORG")  # "Andy Birchfield of Beasley Allen"
    if len(words) == 1 and _place_slot(doc, start, end):
        return Span(doc, start, end, label="GPE")  # "a judge in Trenton, Michael Kaplan"
    if apposed_body(doc, end):
        return Span(doc, start, end, label="ORG")  # "America Rising, a political committee"
    # "Booker Prize", "Star Wars": an event, prize or work is never a person
    if not (len(words) > 1 and words[-1] in gz.not_actor_heads()) and _person(
        doc, start, end, speakers
    ):
        return Span(doc, start, end, label="PERSON")
    if len(words) == 1 and _acronym(words[0]):
        return Span(doc, start, end, label="ORG")
    if (
        start > 0
        and runs.lowers_of(doc)[start - 1] == "the"
        and mid_sentence(doc, start - 1)
        and not any(w in runs.NOT_NAMES or w in gz.not_names() for w in words)
        and not (len(words) == 1 and runs.superlative(words[0]))
    ):
        return Span(doc, start, end, label="ORG")
    return None


_APPOSITION_ENDS = frozenset(word_table(_WORDS, "apposition_ends"))
_APPOSITION_OPENERS = frozenset(word_table(_WORDS, "apposition_openers"))


def apposed_body(doc: Doc, end: int) -> bool:
    """'America Rising, a conservative political action committee, said': the noun that
    heads an apposition ('a' or 'the', its modifiers, then the noun before a comma or 'of',
    'that', ...) says what the run names; a body's noun makes it an organisation, however
    much the run looks like a person's name ('Rising' is a dictionary word, 'America' a
    given name). 'X, the group's president' is headed by 'president', after the possessive."""
    words = runs.lowers_of(doc)
    if end + 2 >= len(doc) or words[end] != "," or words[end + 1] not in _APPOSITION_OPENERS:
        return False
    head = None
    for k in range(end + 2, min(end + 9, len(doc))):
        word = words[k]
        if word in _APPOSITION_ENDS or not (
            word.isalpha() or word in runs.POSSESSIVES or "-" in word
        ):
            break
        if not doc[k].text.islower() and word not in runs.POSSESSIVES:
            return False  # "X, the Labour Party leader": a name inside, read elsewhere
        head = word
    return head in ORG_NOUNS_BEFORE or head in runs.ORG_NOUNS_AFTER


def _body_of_place(words: list[str]) -> bool:
    """'Tourism Australia', 'Food Standards Australia New Zealand', 'Sport England': words
    that are no part of a person's name, then one or more countries, name a public body of
    that place ("Paul Australia" opens with a given name; "Western Australia" and "Southeast
    Asia" are places, and a region never ends such a name)."""
    end = len(words)
    while end > 0:
        size = next((k for k in (3, 2, 1) if k <= end and _country(words[end - k : end])), 0)
        if not size:
            break
        end -= size
    head = words[:end]
    return (
        0 < end < len(words)
        and not any(gz.country_of(w) for w in head)
        and all(
            w.lower() not in gz.given_names()
            and w.lower() not in gz.surnames()
            and w not in COMPASS
            and w not in PLACE_MODIFIERS
            for w in head
        )
    )


def _ampersand_acronym(word: str) -> bool:
    """'J&J', 'S&P', 'AT&T': capitals joined by an ampersand."""
    parts = word.split("&")
    return len(parts) == 2 and all(p.isalpha() and p.isupper() for p in parts)


def _after_person_and_connector(doc: Doc, start: int) -> bool:
    """'Andy Birchfield of Beasley Allen': what follows a person's name and 'of' or 'for' is
    whom the person works for (law firms are named after people, but a person is never 'of'
    another person)."""
    first = start - 2
    while first > 0 and runs.name_word(doc, first - 1) and start - first < 5:
        first -= 1
    return runs.person_before_connector(doc, first, start + 1) == start - 1


def _place_slot(doc: Doc, start: int, end: int) -> bool:
    """'a judge in Trenton, Michael Kaplan': one capitalised word right after 'in', 'near' or
    'outside' mid-sentence, not a possessive, is a place the gazetteers do not list."""
    if _counts(doc)[runs.words_of(doc)[start]] > 1:
        return False  # "in Scientology jargon": a word the article names again is typed there
    return place_slot(doc, start, end)


def place_slot(doc: Doc, start: int, end: int) -> bool:
    """``_place_slot`` without asking how often the article names the word: the document
    pass asks it of a word the name lists alone would make a person ('protests in
    Ferguson', 'a bomb in Chelsea ... police in Chelsea')."""
    if start < 2 or runs.lowers_of(doc)[start - 1] not in _PLACE_SLOT:
        return False
    if end < len(doc) and _possessive(runs.words_of(doc)[end - 1], runs.words_of(doc)[end]):
        return False
    return not doc[start - 1].is_sent_start and runs.words_of(doc)[start] not in gz.not_names()


def _possessive(word: str, after: str) -> bool:
    """'Scott's district', "Davis' commentary", "in Forbes’ words": the word owns what follows."""
    return after in {"'s", "’s"} or (after in {"'", "’"} and word.endswith("s"))


def _counts(doc: Doc) -> Counter:
    counts = doc.user_data.get("briefing_word_counts")
    if counts is None:
        counts = doc.user_data["briefing_word_counts"] = Counter(runs.words_of(doc))
    return counts


def _country(words: list[str]) -> bool:
    """A country's name ('Australia'), not its adjective: 'Five Swedish players' is no body."""
    return " ".join(words) in gz.countries()


# Capitalised words that make a larger place of the one after them ("Central Asia").
PLACE_MODIFIERS = frozenset(word_table(_WORDS, "place_modifiers"))


COMPASS = frozenset(word_table(_WORDS, "compass"))
# Lower-case nouns before a capitalised run that make it the title of a work.
WORK_NOUNS = frozenset(word_table(_WORDS, "work_nouns"))
_CASE_SEPARATORS = frozenset(word_table(_WORDS, "case_separators"))


def in_case_name(doc: Doc, piece: tuple[int, int]) -> bool:
    """A party of a court case's name ("overturn Roe v. Wade", "Citizens United v. FEC"):
    the case is a ruling the story cites, and its parties are no actors in it."""
    start, end = piece
    words = runs.words_of(doc)
    after = end + 1 < len(doc) and words[end] in _CASE_SEPARATORS and words[end + 1][:1].isupper()
    before = start > 1 and words[start - 1] in _CASE_SEPARATORS and words[start - 2][:1].isupper()
    return after or before


def _with_plurals(nouns: tuple[str, ...]) -> frozenset[str]:
    """The nouns and their plurals ("company", "companies"): "the religious schools Santo
    Spirito and ...", "the firms Norvex and ..." name organisations as the singular does."""
    plurals = {
        n[:-1] + "ies" if n.endswith("y") and n[-2:-1] not in "aeiou" else n + "s" for n in nouns
    }
    return frozenset(nouns) | frozenset(plurals)


# Lower-case nouns right before a capitalised run that make it an organisation's name.
ORG_NOUNS_BEFORE = _with_plurals(word_table(_WORDS, "org_nouns_before"))
# Roles held for a body, never for a person: "a spokesman for X" names an organisation ("a
# lawyer for X" may name a person).
SPEAKS_FOR = frozenset(word_table(_WORDS, "speaks_for"))
# Words that open an organisation's name in Romance languages ("Instituto Gonzaga").
ORG_HEADS_FIRST = frozenset(word_table(_WORDS, "org_heads_first"))


GOVERNMENT_NOUNS = frozenset(word_table(_WORDS, "government_nouns"))


def _leader_of_government(doc: Doc, start: int) -> bool:
    """'the Monti government', 'the Sunak administration': a surname before a government
    noun names the person who leads it (places, parties and peoples are gazetteer matches
    and never reach here; a dictionary word, 'the Labor government', is left alone)."""
    words = runs.words_of(doc)
    return (
        0 < start < len(words) - 1
        and words[start + 1] in GOVERNMENT_NOUNS
        and words[start - 1].lower() == "the"
        and words[start].istitle()
        and not runs.common(words[start])
    )


def _compass_place(words: list[str]) -> bool:
    """A compass word before a known city, country or region is a place."""
    if len(words) < 2 or words[0] not in COMPASS:
        return False
    rest = " ".join(words[1:])
    return rest in gz.cities() or rest in gz.countries() or rest in gz.regions()


# Marks a person's name may hold between letters: the dots of initials ("J.D.") and an
# apostrophe ("O'Malley", "O’Neill", "D'Souza": a surname the US press writes daily).
_NAME_MARKS = re.compile(r"\.|(?<=\w)['’](?=\w)")


def _person(doc: Doc, start: int, end: int, speakers: set[str]) -> bool:
    """A title or speech verb around the run, a given name first, a surname last, or two or
    three words that are no dictionary words, mid-sentence."""
    words = runs.words_of(doc)[start:end]
    # particles are no words of their own: "Luiz Inácio Lula da Silva" has four
    alpha = [  # and the quote marks around a nickname: 'Thomas "Tommy" Pigott'
        w
        for w in words
        if w not in runs.HYPHENS and w not in runs.NAME_PARTICLES and w not in QUOTES
    ]
    if any(not _NAME_MARKS.sub("", w).isalpha() for w in alpha):
        return False  # "Airbus A380", "MP3 Player": a model or product, not a person
    if (
        len(alpha) == 1
        and runs.common(alpha[0])
        and not _after_honorific(doc, start)
        and not (after_title(doc, start) and of_a_state(doc, end))
    ):
        return False  # "General Motors": a title word before an ordinary word
    if len(alpha) <= 4 and (
        after_title(doc, start)
        # "United Auto Workers said": a plural noun that speaks is a body, not a surname
        or (
            not runs.plural_noun(words[-1])
            and (_speech_context(doc, start, end) or (len(alpha) >= 2 and words[-1] in speakers))
        )
    ):
        return True
    if 2 <= len(alpha) <= 4 and words[0].lower() in gz.given_names():
        return True
    if _hyphenated_given_name(words):
        return True
    count = len(alpha)
    if runs.surname_not_pronoun(doc, start, end):
        alpha = alpha[1:]  # "will be He Lifeng": the surname 'He' is no ordinary word here
    return (
        2 <= count <= 3
        and mid_sentence(doc, start)
        and (words[-1].lower() in gz.surnames() or not any(runs.common(w) for w in alpha))
    )


def of_a_state(doc: Doc, end: int) -> bool:
    """'President Macron of France': a title, one word, then 'of' and a country; the word is
    the surname of the state's office holder, even when a dictionary lists it ('macron')."""
    words = runs.words_of(doc)
    if end >= len(words) or words[end] != "of":
        return False
    first = end + 2 if end + 1 < len(words) and words[end + 1] == "the" else end + 1
    return any(" ".join(words[first : first + k]) in gz.countries() for k in (1, 2, 3, 4))


def _hyphenated_given_name(words: list[str]) -> bool:
    """'Park Joo-Ho', 'Hwang Hee-Chan': a last part of two short syllables joined by a
    hyphen, neither an English word, is an East Asian given name."""
    if len(words) != 4 or words[2] not in runs.HYPHENS:
        return False
    parts = (words[1], words[3])
    return all(len(p) <= 4 and p.lower() not in gz.common_words() for p in parts)


def _acronym(word: str) -> bool:
    """'NATO', 'UNHCR': 2-6 capitals; not 'IE6', 'GMT' or a shouted ordinary word."""
    return (
        2 <= len(word) <= 6
        and word.isupper()
        and word.isalpha()
        and word not in gz.not_names()
        and word.lower() not in gz.common_words()
    )


def mid_sentence(doc: Doc, i: int) -> bool:
    """Not the first word of a sentence, a quotation or a bracket: its capital means a name."""
    token = doc[i]
    return i > 0 and not token.is_sent_start and runs.words_of(doc)[i - 1] not in QUOTES


def speaking_surnames(doc: Doc) -> set[str]:
    """Capitalised words that speak ('Voss said', 'said Voss'): surnames, whoever they are."""
    found = set()
    words = runs.words_of(doc)
    for i in range(1, len(words) - 1):
        word = words[i]
        if not word.istitle() or word in runs.NOT_NAMES:
            continue
        if words[i + 1].lower() in SPEECH_VERBS or words[i - 1].lower() in SPEECH_VERBS:
            found.add(word)
    return found


def _after_honorific(doc: Doc, start: int) -> bool:
    """'Mr. Black', 'Dr Green': an honorific makes even an ordinary word a surname."""
    if start == 0:
        return False
    before = runs.words_of(doc)[start - 1].rstrip(".")
    # "Mr Justice Swift", "Judge Swift": a judge's title is an honorific too
    return before in _HONORIFICS or (
        before == "Justice" and start > 1 and runs.words_of(doc)[start - 2].rstrip(".") in _JUSTICES
    )


_HONORIFICS = frozenset(abbreviations("honorific")) | frozenset(
    word_table(_WORDS, "courtesy_titles")
)
_JUSTICES = frozenset(word_table(_WORDS, "justice_titles"))


_HONORIFICS_DOTTED = frozenset(f"{title}." for title in abbreviations("honorific"))


def after_title(doc: Doc, start: int) -> bool:
    if start == 0:
        return False
    texts = runs.words_of(doc)  # no Token object: spaCy's is_title is str.istitle
    before = texts[start - 1]
    if before.lower() in gz.title_words() or before in _HONORIFICS_DOTTED:
        return True
    # "Secretary of State Ash Carter": a title of several words ends right before (only a
    # word that can open a title is measured)
    openers = runs.title_openers()
    if any(
        texts[start - k] in openers and runs.title_length(doc, start - k) == k
        for k in range(2, min(start, 6) + 1)
    ):
        return True
    # "Secretary of Defense Ash Carter": a title, "of" or "for", and its portfolio
    return (
        start >= 3
        and before.istitle()
        and runs.lowers_of(doc)[start - 2] in {"of", "for"}
        and runs.words_of(doc)[start - 3].lower() in gz.title_words()
    )


# Titles that are adjectives too ("Major London hospitals"): no title at a sentence start.
_ADJECTIVE_TITLES = frozenset(word_table(_WORDS, "adjective_titles"))


def surname_of_a_place(doc: Doc, span: Span) -> bool:
    """'Justice Kennedy', 'Judge Garland', 'Mr. Guerrero', 'President Lincoln', 'Captain
    America': one word a gazetteer lists as a place (a county, a city, a Mexican state, a
    country), right after a capitalised title or an honorific, is the surname (or persona)
    of the one who holds it. Not an abbreviation ('Chief U.S. negotiator'), not before a
    title ('Texas Senator'), not after a rank alone or an adjective opening a sentence
    ('Major London hospitals'), and not in a headline, whose capitals prove nothing. A
    longer name the word opens ('Mayor London Breed') is the run's and wins over it."""
    start = span.start
    if len(span) != 1 or start == 0 or not span.text.isalpha() or span.text.isupper():
        return False
    words = runs.words_of(doc)
    if start + 1 < len(words) and words[start + 1].lower() in gz.title_words():
        return False
    before = words[start - 1]
    if before in runs.TITLE_RANKS or (
        before in _ADJECTIVE_TITLES and not mid_sentence(doc, start - 1)
    ):
        return False  # "Major London hospitals are full": an adjective opens the sentence
    titled = before[:1].isupper() and (
        before.lower() in gz.title_words() or before.rstrip(".") in _HONORIFICS
    )
    if not titled and not any(runs.title_length(doc, start - k) == k for k in range(2, 5)):
        return False
    return not runs.in_ranges(start, runs.headline_sentences(doc))


def _speech_context(doc: Doc, start: int, end: int) -> bool:
    """'said Anna Lindqvist' / 'Anna Lindqvist said' / 'Anna Lindqvist, the ...' / 'Hun
    Manet, Prime Minister of ...': a title apposed to a run names its holder (signature
    blocks and lists of signatories give names at line starts, where a capital proves
    nothing)."""
    if end - start < 2:
        return False
    before = runs.lowers_of(doc)[start - 1] if start > 0 else ""
    after = runs.lowers_of(doc)[end] if end < len(doc) else ""
    after2 = runs.lowers_of(doc)[end + 1] if end + 1 < len(doc) else ""
    apposition = after == "," and after2 in {"the", "a"}
    return before in SPEECH_VERBS or after in SPEECH_VERBS or apposition or title_apposed(doc, end)


def title_apposed(doc: Doc, end: int) -> bool:
    """'Hun Manet, Prime Minister of ...': a comma, then a title, right after a run. In a
    signature block or a list of signatories this is the one cue a name has (its lines are
    title case, so their capitals prove nothing)."""
    return (
        end + 1 < len(doc)
        and runs.words_of(doc)[end] == ","
        and runs.title_length(doc, end + 1) > 0
    )
