"""Role phrases as wire copy writes them: lower-case roles, owners before them, "and" titles.

extract/actors.py reads capitalised titles ("Foreign Minister Sergei Lavrov") and appositions
with an article ("Dmitry Peskov, the Kremlin spokesperson"). News agencies as often write the
role in lower case, with whoever the person acts for set before it and no comma:

- "Greenpeace campaigner Anna Holm", "Spain's agriculture minister Luis Planas",
  "Swedish captain Andreas Granqvist", "chief executive Kari Lunde" (the company may be the
  subject of the sentence: "Nordtek will cut jobs, chief executive Kari Lunde said");
- the same with a comma when an owner opens it: "The European Commission's fisheries
  commissioner, Costas Kadis," or "His Norwegian counterpart, Marianne Berg," (a counterpart
  is no role, but the adjective still says whom she acts for);
- an apposition without an article: "Mikkel Holt, chairman of the Danish Anglers' Union,";
- titles joined by "and": "Trade and Industry Minister", "Minister of Trade and Industry".

A lower-case word is a role only when it is a known role noun (rules/titles.txt), and it takes
in only known ranks and portfolios (rules/role_modifiers.txt) before it, so "said Anna Holm" or
"accused fisheries minister Anna Holm" never make "said" or "accused" part of a role.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from briefing.model import Anatomy
from briefing.nlp import gazetteers as gz
from briefing.nlp.names.runs import POSSESSIVES, common
from briefing.rules import alternation, filled, patterns, word_table


def possessive(doc: Doc, i: int) -> bool:
    """'s after a name, or a bare apostrophe right after a plural one ("The Greens' defence
    spokeswoman")."""
    text = doc[i].text
    if text in POSSESSIVES:
        return True
    return (
        text in {"'", "’"}
        and i > 0
        and doc[i - 1].text.endswith("s")
        and not doc[i - 1].whitespace_
    )


_OWNER_KINDS = frozenset({"ORG", "GPE", "LOC", "FAC"})
_NOT_JOINED = frozenset({"PERSON", "GPE", "LOC", "NORP"})
_MAX_MODIFIERS = 3


def role_before(doc: Doc, ent: Span, anatomy: Anatomy) -> tuple[str | None, str | None] | None:
    """(role, affiliation) from a lower-case role phrase right before the person, else None;
    (None, country) for "his Norwegian counterpart, X": no role, but an affiliation. The
    article's ``anatomy`` says where its dateline is, which names no role's owner."""
    i = ent.start - 1
    comma = i >= 0 and doc[i].text == ","
    if comma:
        i -= 1
    if i < 0:
        return None
    relation = doc[i].lower_ in gz.role_relations()
    if not relation and not _role_noun(doc[i]):
        return None
    start = _compound_start(doc, i)
    while not relation and start > 0 and i - start < _MAX_MODIFIERS and _modifier(doc[start - 1]):
        start -= 1
    if not relation and start > 0 and _two_word_title(doc, start - 1, i):
        start -= 1  # 'the first lady, Michelle Obama': a title of two words, not 'lady'
    if start > 1 and doc[start - 1].is_lower and possessive(doc, start - 2):
        start -= 1  # "Spain's farm minister": nothing but a role stands after a possessive
    owner, country = _owner(doc, start)
    if relation:
        return (None, owner) if country else None
    its = start > 0 and doc[start - 1].lower_ in {"its", "their"}
    if its and owner is None:
        owner = _organisation_before(doc, start - 1)  # "Deltalinqs ... Its chairman, Ingrid Vos"
    if owner is None and start > 2 and doc[start - 1].lower_ == "whose":
        owner = _whose(doc, start - 1)  # "Norway's federation, whose president Lise Klaveness"
    if (
        comma
        and not its
        and owner is None
        and (start == 0 or not possessive(doc, start - 1))
        and not _closed_apposition(doc, ent)
    ):
        return None  # "the minister, Anna Holm and ...": a list as likely as an apposition
    if owner is None and start > 0 and doc[start - 1].text == ",":
        owner = _subject_org(doc, start - 1, anatomy)
    if owner is None and not comma:
        owner = _acting_through(doc, start, anatomy)
    role = doc[start : i + 1].text
    if doc[start].is_sent_start:
        role = role[:1].lower() + role[1:]  # "Former minister Anna Holm" -> "former minister"
    return role, owner


def _two_word_title(doc: Doc, j: int, i: int) -> bool:
    """Whether the word at ``j`` and the role noun at ``i`` right after it make a title of
    rules/titles.txt written in lower case ('first lady', 'vice president')."""
    # at a sentence's start the first word is capitalised: "First lady Michelle Obama"
    written = doc[j].is_lower or (doc[j].is_sent_start and doc[j].is_title)
    return j == i - 1 and written and f"{doc[j].lower_} {doc[i].text}" in _lower_titles()


@cache
def _lower_titles() -> frozenset[str]:
    return frozenset(t.lower() for t in gz.titles() if " " in t)


def _whose(doc: Doc, i: int) -> str | None:
    """The organisation or place a 'whose' at ``i`` belongs to: the entity that ends right
    before its comma."""
    j = i - 1 if doc[i - 1].text == "," else i
    if j < 1:
        return None
    for ent in doc.ents:
        if ent.end == j and ent.label_ in _OWNER_KINDS:
            return gz.country_of(ent.text) or gz.org_name(ent.text)
    return None


_LIST_CONJUNCTIONS = frozenset(word_table("actor_words.json", "list_conjunctions"))


def _closed_apposition(doc: Doc, ent: Span) -> bool:
    """'The interior minister, Maria Amaral, rejected ...': a name set off by commas and
    followed by a verb is the role's holder; 'the minister, Anna Holm and Tom Berg' is a
    list."""
    i = ent.end
    return (
        i + 1 < len(doc)
        and doc[i].text == ","
        and doc[i + 1].is_lower
        and doc[i + 1].lower_ not in _LIST_CONJUNCTIONS
    )


def _compound_start(doc: Doc, i: int) -> int:
    """'co-founder' is three tokens ("co", "-", "founder"): the role starts at "co"."""
    while (
        i > 1
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].is_lower
    ):
        i -= 2
    return i


def _role_noun(token) -> bool:
    return token.is_lower and token.lower_ in gz.title_words()


def _modifier(token) -> bool:
    """A rank, portfolio or role noun inside a role ("deputy", "fisheries", "chief")."""
    lower = token.lower_
    if not (token.is_lower or (token.is_sent_start and token.is_title)):
        return False
    return lower in gz.role_modifiers() or (token.is_lower and lower in gz.title_words())


_OFFICE_SEATS = frozenset(word_table("actor_words.json", "office_seats"))
_OFFICE_RACE_NOUNS = frozenset(word_table("actor_words.json", "office_race_nouns"))


def office_sought(name: str, next_word: str) -> bool:
    """'the presumed White House nominee', 'his White House bid': the seat of an office
    before a word of the race for it (lower case) names the office, not the staff who sit
    there. A wire brief listed the White House as a key actor of a campaign story, and as
    the body a nominee belonged to."""
    return name in _OFFICE_SEATS and next_word in _OFFICE_RACE_NOUNS


def _owner(doc: Doc, start: int) -> tuple[str | None, bool]:
    """Whom the role at ``start`` is held for, and whether that is a country: a possessive
    ("The European Commission's"), a demonym or country ("Swedish", "Norway"), or a name;
    "the Afghan team's coach": a people's team, ministry or army acts for its country."""
    j = start - 1
    if j < 0:
        return None, False
    if possessive(doc, j) and j > 0:
        j -= 1
        country = doc[j].is_lower and j > 0 and gz.country_of(doc[j - 1].text)
    else:  # a whole entity ("South Korea") is read below, not its last word
        country = doc[j].ent_iob_ != "I" and gz.country_of(doc[j].text)
    if country:
        return country, True
    name = _name_ending(doc, j) or _short_org(doc, j)
    if not name or office_sought(name, doc[start].lower_):
        return None, False  # "the presumed White House nominee": no nominee of the staff
    known = gz.known_orgs().get(name)
    if known:
        return known.canonical, False
    country = gz.country_of(name)
    return country or name, bool(country)


def _name_ending(doc: Doc, j: int) -> str | None:
    """The organisation or place name whose last token is ``j`` (whole entity, so
    "The European Commission's" gives "European Commission"), else a run of capitalised
    words that are no ordinary words ("Greenpeace" at the start of a sentence); persons
    own no role here ("Anna Holm's lawyer")."""
    token = doc[j]
    if token.ent_type_:
        if token.ent_type_ not in _OWNER_KINDS:
            return None
        first = j
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        return doc[first : j + 1].text
    first = j
    while first >= 0 and j - first < 4 and _bare_name_word(doc[first]):
        first -= 1
    if first == j and _the_plural_name(doc, j):
        first -= 1  # "The Greens' defence spokeswoman": capitalised after "The", owning
    return doc[first + 1 : j + 1].text if first < j else None


def _the_plural_name(doc: Doc, j: int) -> bool:
    """'Greens' in "The Greens' spokeswoman": a capitalised plural after 'the', before a
    possessive apostrophe, is a name even when it is also a common word."""
    return (
        j > 0
        and j + 1 < len(doc)
        and doc[j].is_title
        and doc[j - 1].lower_ == "the"
        and doc[j + 1].text in {"'", "’"}
    )


def _organisation_before(doc: Doc, j: int) -> str | None:
    """What 'its' or 'their' at ``j`` refers to: the last organisation named in this sentence
    or the one before it, with no person named after it."""
    sentence = doc[j].sent
    first = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for ent in reversed([e for e in doc.ents if first <= e.start and e.end <= j]):
        if ent.label_ == "PERSON":
            return None
        if ent.label_ == "ORG":
            return gz.org_name(ent.text)
    return None


def _short_org(doc: Doc, j: int) -> str | None:
    """'Council leader James Lewis' after 'Leeds City Council'."""
    word = doc[j].text
    if not (doc[j].is_title and word in gz.org_keywords()):
        return None
    return named_body(doc, word)


def named_body(doc: Doc, word: str) -> str | None:
    """An organisation word alone ("Council", "Commission") stands for the one organisation
    the article names with it ("Leeds City Council", "the European Commission")."""
    names = {
        gz.org_name(e.text)
        for e in doc.ents
        if e.label_ == "ORG" and word in e.text.split() and e.text != word
    }
    return names.pop() if len(names) == 1 else None


def _bare_name_word(token) -> bool:
    text = token.text
    if not (token.is_title or token.is_upper) or not text[:1].isalpha() or token.ent_type_:
        return False
    return not common(text) and text.lower() not in gz.title_words()


def _subject_org(doc: Doc, comma: int, anatomy: Anatomy) -> str | None:
    """'Nordtek will cut jobs, chief executive Kari Lunde said': the organisation the clause
    before the comma is about (its first organisation, with no person before it) is the one
    its unnamed chief speaks for; "The company will cut jobs, ..." names none."""
    sentence = doc[comma].sent
    opening = anatomy.past_dateline(sentence.start_char, doc[comma].idx)
    for token in doc[sentence.start : comma]:
        if token.idx < opening:
            continue  # 'OSLO, Feb 12 (Reuters) - ...': where the story was filed
        if token.ent_type_ == "PERSON":
            return None
        if token.ent_type_ == "ORG" and token.ent_iob_ == "B":
            return gz.org_name(entity_from(doc, token.i).text)
    return None


def entity_from(doc: Doc, i: int) -> Span:
    """The whole entity whose first token is ``i`` (the token's IOB tags say where it ends)."""
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[i:end]


_THROUGH = frozenset({"through", "via"})
_POSSESSIVE_DETERMINERS = frozenset(word_table("actor_words.json", "possessive_determiners"))


def _acting_through(doc: Doc, start: int, anatomy: Anatomy) -> str | None:
    """'The Kremlin clarified its stance through spokesperson Dmitry Peskov': whoever acts
    through a role holder is whom the holder speaks for (the organisation the clause is
    about, as for "Nordtek will cut jobs, chief executive Kari Lunde said")."""
    j = start - 1
    if j >= 0 and doc[j].lower_ in _POSSESSIVE_DETERMINERS:
        j -= 1
    if j < 1 or doc[j].lower_ not in _THROUGH:
        return None
    return _subject_org(doc, j, anatomy)


def split_description(words: list[str]) -> tuple[str, str | None]:
    """'Nordtek chief executive' -> ("chief executive", "Nordtek"), 'Austrian chancellor' ->
    ("chancellor", "Austrian"): capitalised words before the role name its owner unless
    they are ranks or portfolios themselves ("Chief Executive Officer", "Foreign Minister")."""
    cut = len(words) - 1
    while cut > 0 and _stays_in_role(words, cut - 1):
        cut -= 1
    first = _owner_start(words, cut)
    owner = words[first:cut]
    if not any(not _role_word(w) for w in owner):
        return " ".join(words), None
    before = words[:first]
    if before and _NUMBERED.fullmatch(before[-1]):
        first -= 1  # 'the 7th District chairman': the 7th District is the owner's name
        before = before[:-1]
    owner = words[first:cut]
    # 'a veteran Democratic strategist': veteran strategist; but 'the first Republican mayor
    # elected' is a mayor: a word that counts holders names no office
    role = [w for w in before if w.lower() not in _COUNTING] + words[cut:]
    if not words[:first] and role[0] in _LIST_CONJUNCTIONS:
        # 'a Republican and former state legislator': two descriptions, the party's and the
        # role's; the role starts after the conjunction
        role = role[1:]
    return " ".join(role), " ".join(owner).removesuffix("'s").removesuffix("’s")


def _owner_start(words: list[str], cut: int) -> int:
    """Where the capitalised owner before ``words[cut]`` starts, kept whole across the small
    words inside a body's name: 'a University of Kansas political science professor' is
    owned by the 'University of Kansas', not by 'Kansas' with 'University of' left in the
    role (three PolNeAR briefs in 120 garbled a professor's role so)."""
    first = cut
    while first > 0 and words[first - 1][:1].isupper():
        first -= 1
        glue = first - 1
        if (
            first < cut
            and glue > 0
            and words[glue] in _TITLE_GLUE
            and words[glue - 1][:1].isupper()
        ):
            first = glue
    return first


_TITLE_GLUE = frozenset(word_table("actor_words.json", "title_glue"))
_COUNTING = frozenset(word_table("actor_words.json", "counting_words_in_roles"))
_NUMBERED = re.compile(rf"\d+(?:{alternation(word_table('time_words.json', 'ordinal_suffixes'))})")


def _stays_in_role(words: list[str], i: int) -> bool:
    """Whether ``words[i]``, before the role's head, is part of the role: a lower-case word
    or a capitalised rank or portfolio. The owner is the capitalised words before that, kept
    whole (lower-case words before the owner describe the role: 'the former House speaker'):
    picking its words out from among the role's ('Central Reserve Chair' read as 'Central
    Chair' of 'Reserve', 'Dorvik National Committee Chairman' as 'National Chairman' of
    'Dorvik Committee') garbled five roles in 80 PolNeAR briefs. A place's own word
    after a capitalised word ends the owner's name ('Kansas City Mayor'), and so does a
    body's word ('World Bank President' was shown as a 'Bank President' of 'World')."""
    word = words[i]
    if not word[:1].isupper():
        return True
    if word in gz.place_keywords() and i > 0 and words[i - 1][:1].isupper():
        return False
    if word in gz.org_keywords() and i > 0 and words[i - 1][:1].isupper():
        return False
    return _role_word(word)


def _role_word(word: str) -> bool:
    """'Chief', 'Executive', 'Foreign': a capitalised rank or portfolio is part of the role."""
    lower = word.lower()
    return lower in gz.title_words() or lower in gz.role_modifiers()


def continues_role(words: list[str], i: int) -> bool:
    """'chief executive': a role noun followed by another is a rank, not the role's head; so
    is one followed by portfolio words and a role noun ('chief global affairs officer')."""
    for word in words[i + 1 : i + 5]:
        if word.lower() in gz.title_words():
            return True
        if word not in gz.role_modifiers():
            return False
    return False


def joins_title(doc: Doc, i: int) -> bool:
    """'and' inside a title ("Trade and Industry Minister", "Minister of Trade and
    Industry"): both sides capitalised words that are no name, place or title of their own,
    so "Anna Holm and Foreign Minister Tom Berg" stays two people."""
    if doc[i].lower_ != "and" or i == 0 or i + 1 >= len(doc):
        return False
    before, after = doc[i - 1], doc[i + 1]
    if not (before.is_title and after.is_title) or before.ent_type_ in _NOT_JOINED:
        return False
    if after.ent_type_ == "PERSON" or gz.country_of(before.text):
        return False
    return before.lower_ not in gz.title_words() and after.lower_ not in gz.title_words()


def in_hyphenated_title(doc: Doc, i: int) -> bool:
    """'Secretary-General', 'President-elect': the tokenizer splits the hyphen off; a hyphen
    with no space either side after a capitalised word, and the word after it, are inside
    the title."""
    if doc[i].text == "-" and 0 < i < len(doc) - 1:
        hyphen = i
    elif i > 1 and doc[i - 1].text == "-":
        hyphen = i - 1
    else:
        return False
    left = doc[hyphen - 1]
    tight = not left.whitespace_ and not doc[hyphen].whitespace_
    return tight and left.is_title and doc[hyphen + 1].text[:1].isalpha()


def join_hyphens(words: list[str]) -> list[str]:
    """["Secretary", "-", "General"] -> ["Secretary-General"] (hyphens kept by
    ``in_hyphenated_title`` only, so every "-" here was written without spaces)."""
    joined: list[str] = []
    for word in words:
        if joined and (word == "-" or joined[-1].endswith("-")):
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def leading_owner(role: str) -> tuple[str, str | None]:
    """'NATO Secretary General' -> ("Secretary General", "NATO"), 'Labour MP' -> ("MP",
    "Labour Party"): a known organisation or an acronym opening a title is whom the holder
    serves, not part of the title; 'Brexit Secretary' stays whole (no known organisation)."""
    words = role.split()
    for size in range(min(4, len(words) - 1), 0, -1):
        name = " ".join(words[:size])
        known = gz.known_orgs().get(name)
        acronym = size == 1 and len(name) > 1 and name.isalpha() and name.isupper()
        if known or (acronym and name.lower() not in gz.title_words()):
            return " ".join(words[size:]), known.canonical if known else name
    if len(words) > 1 and (words[-1] in OWNED_TITLES or " ".join(words[-2:]) in OWNED_TITLES):
        rest, owner = split_description(words)
        if owner:  # "West Yorkshire Mayor", "Veltra CEO", "Commission President"
            return rest, owner
    return role, None


# Titles held for a territory or a body: the capitalised words before them name it, whether
# or not the gazetteers know it ("West Yorkshire Mayor", "Veltra CEO"); before other titles
# they may name a portfolio ("Brexit Secretary"), which stays part of the role.
OWNED_TITLES = frozenset(word_table("actor_words.json", "owned_titles"))


@cache
def _bare_apposition() -> re.Pattern[str]:
    heads = alternation(gz.title_words())
    ranks = alternation(gz.role_modifiers())
    return re.compile(
        filled(patterns("actor_patterns.tsv")["bare_apposition"], {"HEADS": heads, "RANKS": ranks})
    )


def bare_description(after: str) -> str | None:
    """', chairman of the Danish Anglers' Union,' / ', Kremlin spokesperson,': a role set
    after the name with no article, told from a list of names by its known role noun."""
    match = _bare_apposition().match(after)
    return match.group(1) if match else None


_FORMER = frozenset(word_table("actor_words.json", "former_markers"))
_THEN = frozenset(word_table("actor_words.json", "then_markers"))
_ADJECTIVE_ENDINGS = word_table("actor_words.json", "adjective_endings")
_GLUE = frozenset(word_table("actor_words.json", "title_glue"))
_TITLE_REACH = 10  # tokens: "former South Carolina Lt. Gov. Ann Roe" and its like


def in_the_past(
    doc: Doc, ent: Span, found: tuple[str | None, str | None]
) -> tuple[str | None, str | None]:
    """The role a title before the person gives, put in its time. The title readers stop at
    the first word that is no part of a title, so 'former Arkansas Gov. Ann Roe' and 'former
    Nordtek chief executive Ann Roe' lost their 'former' and showed a past office as hers
    now. A former marker makes the role 'former ...'; 'then-' (the office she held at the time
    told, and may not hold now) holds the role back and keeps only whom she acts for."""
    role, affiliation = found
    marker = _marker_before(doc, ent.start)
    if role is None or marker is None or role.lower().startswith(tuple(_FORMER)):
        return found
    if marker in _THEN:
        return None, affiliation
    return f"former {role}", affiliation


def _marker_before(doc: Doc, start: int) -> str | None:
    """The former or then marker that opens the title phrase ending right before ``start``:
    the phrase runs back over capitalised words, title glue, ranks, portfolios, adjectives
    ('presidential') and the hyphens and stops of abbreviated titles, never over a comma, a
    possessive or another lower-case word ('former aides say President ...' gives none)."""
    i = start - 1
    while i >= 0 and start - i <= _TITLE_REACH:
        word = _hyphenated(doc, i)
        if word.lower() in _FORMER or word.lower() in _THEN:
            return word.lower()
        token = doc[i]
        if not (token.text in {"-", "."} or _in_title(token)):
            return None
        i -= 1
    return None


def _hyphenated(doc: Doc, i: int) -> str:
    """The word at ``i``, with 'one-' before it when written as one ('one-time')."""
    if i > 1 and doc[i - 1].text == "-" and not (doc[i - 2].whitespace_ or doc[i - 1].whitespace_):
        return f"{doc[i - 2].text}-{doc[i].text}"
    return doc[i].text


def _in_title(token) -> bool:
    """A word a title phrase before a name may hold (see ``_marker_before``)."""
    if token.is_title or token.is_upper:
        return True
    lower = token.lower_
    return (
        lower in _GLUE
        or lower in gz.title_words()
        or lower in gz.role_modifiers()
        or lower.endswith(_ADJECTIVE_ENDINGS)
    )
