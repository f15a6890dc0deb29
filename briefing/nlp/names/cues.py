"""Last passes of the name tagger: the words just before a name that say what it names,
whatever the gazetteers or the run rules made of it.

- Characters are persons (GUM annotates fictional characters as persons): "the voice of
  Batman", "played the Joker", "dressed as Black Widow", "cosplay as The Fawn". Batman is
  also a town in Turkey; the cue wins, and the same word elsewhere in the article is the
  same character.
- Software and devices are no persons: "the Safari browser", "the browser Safari" make
  every lone "Safari" of the article no person ("behind Safari in market share"); a word
  typed as an organisation ("the Facebook app") keeps its type.
- Initials of a place the article names in full ("LA" after "Los Angeles") are that place.
- A city that is the surname of a person the article names in full, and that speaks ("Maria
  Santos ... Santos said"), is that person: cities say nothing.
- A bracketed expansion of an acronym the article uses ("FIRST ... (For Inspiration and
  Recognition of Science and Technology)") is one name, whatever its words look like alone.
- A name introduced as what a person or a group goes by ('a user labelled "Anonymous"', 'a
  cosplayer going by the name "The Katherinator"', 'the group known as Fancy Bear') is a
  person's or an organisation's, as the noun before the cue says, wherever the article
  repeats it: such names are nicknames, handles and brands, words no rule would type so.

One pass over the token texts and one or two over the entities: linear in the text.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from briefing.nlp import gazetteers as gz
from briefing.nlp.doc import span_text
from briefing.nlp.names import runs
from briefing.nlp.names.context import speaking_surnames
from briefing.rules import json_rules, word_table

# Verbs and nouns before "as (the) X" that make X a character someone plays or dresses as.
DRESSED = frozenset(word_table("name_words.json", "dressed"))
# Verbs right before "(the) X" that make X a role in a film, show or game.
VOICED = frozenset(word_table("name_words.json", "voiced"))
PLAYED = frozenset(word_table("name_words.json", "played"))
# Crimes against a person: "the murder of X" makes X a person (or a character).
CRIMES = frozenset(word_table("name_words.json", "crimes"))
PRODUCT_NOUNS = frozenset(word_table("name_words.json", "product_nouns"))


def apply_cues(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans with characters typed PERSON and products no longer typed PERSON."""
    characters = {
        span_text(s)
        for s in spans
        if character_cue(doc, s.start, len(s), s.label_)
        and s.label_ != "NORP"
        and not gz.country_of(span_text(s))
    }
    products = _product_words(doc) - characters
    if products:  # a product word that is part of a person's full name stays a name
        words = runs.words_of(doc)
        products -= {
            words[i]
            for s in spans
            if s.label_ == "PERSON" and len(s) > 1
            for i in range(s.start, s.end)
        }
    if not characters and not products:
        return spans
    kept = []
    for span in spans:
        if span_text(span) in characters and span.label_ != "PERSON":
            span = Span(doc, span.start, span.end, label="PERSON")
        elif span.label_ == "PERSON" and len(span) == 1 and span_text(span) in products:
            continue
        kept.append(span)
    return kept


def character_cue(doc: Doc, start: int, length: int, label: str = "") -> bool:
    """'the voice of X', 'voiced X', 'played the X', 'dressed as (the) X', 'the murder of
    X' (unless X is a known place). Reads the cached token texts, not Token objects."""
    words = runs.words_of(doc)
    i = start - 1
    article = i >= 0 and words[i].lower() == "the"
    if article:
        i -= 1
    if i < 0:
        return False
    before = words[i].lower()
    if before == "as":
        return i > 0 and words[i - 1].lower() in DRESSED
    if before == "of" and i > 0:  # not "Voice of America"; "the murder of Nightwing"
        crime = words[i - 1] in CRIMES and label not in {"GPE", "LOC"}
        return words[i - 1] == "voice" or crime
    if before in VOICED:
        return True
    # "played the Joker", not "played Arsenal" or "played the Lakers": a team plays teams
    return before in PLAYED and article and length == 1 and not words[start].endswith("s")


def _product_words(doc: Doc) -> set[str]:
    """Capitalised words next to a product noun: 'the Safari browser', 'the app Signal'."""
    words = runs.words_of(doc)
    found: set[str] = set()
    if PRODUCT_NOUNS.isdisjoint(words):
        return found  # most articles: one pass in C, no loop in Python
    for i, word in enumerate(words):
        if word not in PRODUCT_NOUNS:
            continue
        if i > 0 and words[i - 1].istitle():
            found.add(words[i - 1])
        if i + 1 < len(words) and words[i + 1].istitle() and not doc[i + 1].is_sent_start:
            found.add(words[i + 1])
    return found


def place_initials(ents: list[Span]) -> list[Span]:
    """'Los Angeles ... LA', 'Buenos Aires ... B.A.': the initials of a place of two or more
    words that the document names are that place, whatever the acronym rule made of them."""
    initials: dict[str, str] = {}
    named: dict[str, str] = {}
    for span in ents:
        if span.label_ in {"GPE", "LOC"} and len(span) > 1:
            letters = [t.text[0] for t in span if t.text[:1].isupper()]
            if len(letters) == len(span):
                key = "".join(letters)
                initials[key] = span.label_
                if named.setdefault(key, span.text) != span.text:
                    named[key] = ""  # "South Africa" and "Saudi Arabia": "SA" is either
    initials = {k: v for k, v in initials.items() if named[k]}
    if not initials:
        return ents
    return [
        Span(s.doc, s.start, s.end, label=initials[s.text.replace(".", "")])
        if len(s) == 1 and s.label_ == "ORG" and s.text.replace(".", "") in initials
        else s
        for s in ents
    ]


_EXPANSION_GLUE = frozenset(word_table("name_words.json", "expansion_glue"))


def acronym_expansions(doc: Doc, ents: list[Span]) -> list[Span]:
    """'(For Inspiration and Recognition of Science and Technology)' after 'FIRST': a
    bracketed run of capitalised words (and glue words) whose initials spell an all-caps word
    of the article names what that word names: an organisation unless the acronym was typed
    otherwise. Its words alone are common nouns the run rules would drop or split."""
    words = runs.words_of(doc)
    if "(" not in words:
        return ents
    acronyms = {w for w in words if len(w) >= 2 and w.isalpha() and w.isupper()}
    labels = {span_text(s): s.label_ for s in ents if span_text(s) in acronyms}
    found: list[Span] = []
    for i, word in enumerate(words):
        if word != "(":
            continue
        end = next((k for k in range(i + 1, min(i + 14, len(words))) if words[k] == ")"), None)
        inner = words[i + 1 : end] if end else []
        if len(inner) < 2 or not (inner[0][:1].isupper() and inner[-1][:1].isupper()):
            continue
        if not all(w[:1].isupper() or w.lower() in _EXPANSION_GLUE for w in inner):
            continue
        letters = _initials(" ".join(inner))
        if letters in acronyms:
            found.append(Span(doc, i + 1, end, label=labels.get(letters, "ORG")))
    if not found:
        return ents
    inside = {t for s in found for t in range(s.start, s.end)}
    kept = [s for s in ents if not inside.intersection(range(s.start, s.end))]
    # The acronym so defined is a name wherever it stands ("FIRST said", not "first").
    defined = {_initials(s.text): s.label_ for s in found}
    covered = {t for s in kept for t in range(s.start, s.end)} | inside
    found += [
        Span(doc, i, i + 1, label=defined[w])
        for i, w in enumerate(words)
        if w in defined and i not in covered
    ]
    return sorted(kept + found, key=lambda s: s.start)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


_ALIASES = json_rules("name_words.json")
_ALIAS_CUES: dict[str, list[tuple[str, ...]]] = {}
for _cue in sorted(_ALIASES["alias_cues"], key=len, reverse=True):
    _ALIAS_CUES.setdefault(_cue.split()[0], []).append(tuple(_cue.split()))
_ALIAS_PERSONS = frozenset(_ALIASES["alias_person_nouns"])
_ALIAS_ORGS = frozenset(_ALIASES["alias_org_nouns"])
_ALIAS_REFLEXIVES: dict[str, str] = _ALIASES["alias_reflexives"]
_ALIAS_LENGTH = 4  # words of a nickname or handle at most


def alias_names(doc: Doc, spans: list[Span]) -> list[Span]:
    """The spans with each name introduced by an alias cue typed as its noun says ('a user
    labelled "Anonymous"': a person), and the same name elsewhere in the article with it."""
    lowers = runs.lowers_of(doc)
    if _ALIAS_CUES.keys().isdisjoint(lowers):
        return spans  # most articles: one pass in C, no loop in Python
    aliases: dict[str, str] = {}
    found: list[Span] = []
    ends = {s.start: s.end for s in spans}
    for i, lower in enumerate(lowers):
        for cue in _ALIAS_CUES.get(lower, ()):
            if tuple(lowers[i : i + len(cue)]) == cue:
                alias = _alias_after(doc, i, cue, ends)
                if alias is not None:
                    found.append(alias)
                    aliases[alias.text] = alias.label_
                break
    if not found:
        return spans
    taken = {t for s in found for t in range(s.start, s.end)}
    kept = [
        Span(doc, s.start, s.end, label=aliases[s.text])
        if s.text in aliases and s.label_ != "NORP"
        else s
        for s in spans
        if taken.isdisjoint(range(s.start, s.end))
    ]
    return sorted(kept + found, key=lambda s: s.start)


def _alias_after(doc: Doc, i: int, cue: tuple[str, ...], ends: dict[int, int]) -> Span | None:
    """The name after the cue at ``i``, typed by the cue's reflexive or the noun before it:
    capitalised words (no leading "The"), inside quotation marks if they open it, or the
    name already found there when it is longer ('known as Ansar al-Sharia'; ``ends``: the
    found names' ends by their starts)."""
    label = _ALIAS_REFLEXIVES.get(cue[-1]) or _alias_head(doc, i)
    if label is None:
        return None
    words, n = runs.words_of(doc), len(doc)
    k = i + len(cue)
    quoted = k < n and words[k] in runs.QUOTE_MARKS
    k += quoted
    if k + 1 < n and words[k] == "The" and words[k + 1][:1].isupper():
        k += 1  # "The Katherinator": the article is no part of the name
    end = k
    while end < n and end - k < _ALIAS_LENGTH and runs.name_word(doc, end):
        if end > k and doc[end].is_sent_start:
            break
        end += 1
    if end > k and ends.get(k, 0) > end:
        end = ends[k]  # a particle or a hyphen inside the name: the run rules joined it
    if end == k or (quoted and (end >= n or words[end] not in runs.QUOTE_MARKS)):
        return None  # 'known as "the Internet of things"': a phrase, not a name
    name = " ".join(words[k:end])
    if gz.country_of(name) or name in gz.nationalities():
        return None
    return Span(doc, k, end, label=label)


def _alias_head(doc: Doc, i: int) -> str | None:
    """PERSON or ORG as the noun before an alias cue says ('a user labelled', 'the group,
    also known as'), else None ('contests known as Super Tuesday')."""
    lowers = runs.lowers_of(doc)
    h = i - 1
    while h > 0 and lowers[h] in {",", "also"}:
        h -= 1
    if h < 0:
        return None
    head = lowers[h]
    if head in _ALIAS_PERSONS or head in gz.title_words():
        return "PERSON"
    return "ORG" if head in _ALIAS_ORGS else None


def speaking_surnames_not_places(doc: Doc, ents: list[Span]) -> list[Span]:
    """'Dr Maria Santos ... "Heat kills," Santos said': a one-word place (Santos is a city in
    Brazil) that is the last word of a person named in full and that speaks is that person."""
    surnames = {s[-1].text for s in ents if s.label_ == "PERSON" and len(s) > 1}
    candidates = {span_text(s) for s in ents if s.label_ == "GPE" and len(s) == 1} & surnames
    candidates = {c for c in candidates if c not in gz.countries()}  # a dict: no set per Doc
    if not candidates:
        return ents
    speaking = candidates & speaking_surnames(doc)
    if not speaking:
        return ents
    return [
        Span(doc, s.start, s.end, label="PERSON") if len(s) == 1 and span_text(s) in speaking else s
        for s in ents
    ]
