"""Actor mentions of one document, with the role and affiliation their context gives.

Names come from ``doc.ents`` (rule pipeline or trained NER); roles come from the words around
them: a title before the name ("Russian Deputy Secretary of the Security Council Dmitry
Medvedev"), an apposition after it ("Dmitry Peskov, the Kremlin spokesperson"), or a
possessive role before it ("Norway's fisheries minister, Erik Haugland"). Groups ("Western
leaders", "the 27 member states") are found by pattern in extract/groups.py.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from briefing.extract.actors.groups import (
    definite_heads,
    groups,
    headline_groups,
    headline_phrase_groups,
    repeated_groups,
)
from briefing.extract.actors.role_phrases import (
    bare_description,
    continues_role,
    entity_from,
    in_hyphenated_title,
    in_the_past,
    join_hyphens,
    joins_title,
    leading_owner,
    named_body,
    office_sought,
    role_before,
    split_description,
)
from briefing.model import ActorKind, Anatomy, Document, NameMention, anatomy_of, evolve
from briefing.nlp import gazetteers as gz
from briefing.nlp.doc import BySpan, span_text, text_of
from briefing.nlp.names.runs import NOT_NAMES, POSSESSIVES, TITLE_RANKS, common, words_of
from briefing.rules import (
    abbreviations,
    alternation,
    filled,
    json_rules,
    literal_trie,
    patterns,
    word_list,
    word_table,
)
from briefing.rules.regex import compiled

KINDS: dict[str, ActorKind] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
_PLACE_PREPOSITIONS = frozenset(word_table("actor_words.json", "place_prepositions"))
_TITLE_GLUE = frozenset(word_table("actor_words.json", "title_glue"))
_PATTERNS = patterns("actor_patterns.tsv")
_ARTICLES = re.compile(_PATTERNS["article"], re.I)
_RUNS_ON = re.compile(_PATTERNS["role_runs_on"])
_PORTFOLIO_TITLES = frozenset(word_table("actor_words.json", "portfolio_titles"))


def name_mentions(doc: Doc, document: Document) -> list[NameMention]:
    """Every person, organisation, place and group mention, in text order."""
    anatomy = anatomy_of(document)
    entities = doc.ents  # spaCy makes every entity's Span again on each read: read once
    names = [
        ent
        for ent in _names(doc, anatomy, entities)
        if not _party_adjective(ent) and not _office_sought(doc, ent)
    ]
    mentions = [_mention(doc, ent, document.id, anatomy) for ent in names]
    titled = BySpan([m for m in mentions if m.kind == "person" and m.role])
    reach = max((len(m.role or "") for m in titled.items), default=0)
    mentions = [m for m in mentions if not _inside_role(m, titled, reach)]
    found = groups(doc, document.id)
    mentions += found + definite_heads(doc, document.id, found) + governments(doc, document.id)
    mentions += peoples_as_countries(doc, document.id, mentions, entities)
    mentions += headline_groups(doc, document, mentions)
    mentions += headline_phrase_groups(doc, document, mentions)
    mentions += repeated_groups(doc, document.id, mentions)
    mentions += _author(document, mentions)
    mentions = _surnames_as_persons(mentions)
    return sorted(_in_dateline(_not_staff(mentions, anatomy), anatomy), key=lambda m: m.start)


def _not_staff(mentions: list[NameMention], anatomy: Anatomy) -> list[NameMention]:
    """The mentions outside the byline and the closing credits ('By ANA RUIZ Associated
    Press', '(Reporting by Ana Ruiz in Oslo; Editing by Ian Roe)'): who made the story,
    and where they sat, are no actors of it."""
    if not anatomy.staff:
        return mentions
    return [m for m in mentions if not any(s0 <= m.start < s1 for s0, s1 in anatomy.staff)]


def _names(doc: Doc, anatomy: Anatomy, entities: tuple[Span, ...] | None = None) -> list[Span]:
    """The name spans of ``doc.ents`` that the stages use: the rule tagger's names (a trained
    pipeline's own NER is set aside, nlp/components.py), less a name found only in a
    title-case headline: the tagger sees no headline that ends in a full stop ('Anna Holm
    Just Signed A Bold Pledge.'), while the anatomy knows the headline's span."""
    text = text_of(doc)  # cached: spaCy joins every token again on each .text
    return [
        ent
        for ent in (doc.ents if entities is None else entities)
        if ent.label_ in KINDS and not _only_in_headline(text, ent, anatomy)
    ]


def _office_sought(doc: Doc, ent: Span) -> bool:
    return ent.end < len(doc) and office_sought(span_text(ent), doc[ent.end].lower_)


_PARTY_ADJECTIVES: dict[str, str] = json_rules("actor_words.json")["party_adjectives"]


def _party_adjective(ent: Span) -> bool:
    """'the Democratic nomination', 'Iowa Republican primary voters', 'a Democrat': a body
    name that ends in a party's adjective or member word is a modifier or a member, never
    the party (whose name is 'the Democratic Party'); 40 PolNeAR briefs showed
    'Republican' and 'Democratic' as key actors beside the parties themselves."""
    if ent.label_ != "ORG":
        return False
    text = span_text(ent)
    if text in gz.known_orgs():
        return False
    return any(text == a or text.endswith(f" {a}") for a in _PARTY_ADJECTIVES)


def _only_in_headline(text: str, span: Span, anatomy: Anatomy) -> bool:
    """A name inside a title-case headline (most of its words capitalised) that the text
    does not give again outside it."""
    if anatomy.headline is None:
        return False
    h0, h1 = anatomy.headline
    if not h0 <= span.start_char < h1:
        return False
    words = text[h0:h1].split()
    if sum(w[:1].isupper() for w in words) < 0.6 * len(words) and not _opens_a_line(text, h0, span):
        return False  # a headline in sentence case: its capitals are names
    body = text[h1:]
    name = span_text(span)
    return name not in text[:h0] and name not in body and not _shortened(span, body)


_LINE_OPENING = re.compile(r"(?:^|[:;.!?]\s|—\s|\n)\s*(?:The\s+)?$")


def _opens_a_line(text: str, start: int, span: Span) -> bool:
    """A name that opens a sentence-case headline, or a part of one after a colon or a
    semicolon, with a dictionary word first ('Outside GOP group goes in big', 'The Latest:
    ...', 'Underdog sees prospect'): the capital is the line's, not the name's, so the words
    may be no name at all; the body says which are. A name inside such a headline ('Norway
    rejects EU cod proposal') is one."""
    before = text[start : span.start_char]
    return bool(_LINE_OPENING.search(before)) and common(span[0].text)


def _shortened(span: Span, body: str) -> bool:
    """'Cecile Richards' in the headline, 'Richards' in the body: given names and the surname
    the body goes on using make a name, however the headline is capitalised ('Ben Carson
    Just Dropped' ends in no surname the body uses)."""
    words = span.text.split()
    return (
        span.label_ == "PERSON"
        and len(words) > 1
        and all(w.lower() in gz.given_names() for w in words[:-1])
        and re.search(rf"\b{re.escape(words[-1])}\b", body) is not None
    )


def _surnames_as_persons(mentions: list[NameMention]) -> list[NameMention]:
    """'"...," Valdor said' after 'Minister Ines Valdor': a lone word that is the surname of a
    person the article names in full is that person, whatever label a trained model gave it
    (en_core_web_sm calls the bare surname an organisation). Known bodies keep their kind."""
    surnames = {m.text.split()[-1] for m in mentions if m.kind == "person" and " " in m.text}
    return [
        evolve(m, kind="person")
        if m.kind == "organization" and m.text in surnames and m.text not in gz.known_orgs()
        else m
        for m in mentions
    ]


_BYLINE_ROLE = re.compile(r",\s+([^\n]+)")


def _author(document: Document, mentions: list[NameMention]) -> list[NameMention]:
    """The person who issues a first-person statement (read found the byline or the
    'Statement by ...' headline) is an actor even when the text names them nowhere else;
    the title before the name or the byline after it is their role ('Antony J. Blinken,
    Secretary of State'). Nothing is added when the tagger already found the person there."""
    span = anatomy_of(document).author
    if span is None:
        return []
    text = document.text
    words = text[span[0] : span[1]].split()
    skip = 0
    while skip < len(words) - 1 and words[skip].lower() in _TITLE_OPENERS():
        skip += 1
    start = span[0] + len(" ".join(words[:skip])) + (1 if skip else 0)
    if any(m.kind == "person" and m.start < span[1] and start < m.end for m in mentions):
        return []
    byline = _BYLINE_ROLE.match(text, span[1])
    role = byline.group(1).strip() if byline else " ".join(words[:skip]) or None
    name = text[start : span[1]]
    return [NameMention(document.id, start, span[1], name, "person", role, None)]


def _TITLE_OPENERS() -> frozenset[str]:  # noqa: N802 - a cached constant
    return gz.title_words() | frozenset(word_list("statement_title_words.txt"))


def _in_dateline(mentions: list[NameMention], anatomy: Anatomy) -> list[NameMention]:
    """'OSLO, Feb 12 (Reuters) -': the agency is the story's source, not an actor, and a place
    in capitals is the place ('OSLO' is Oslo, not an acronym)."""
    span, credit = anatomy.dateline, anatomy.credit
    if span is None:
        return mentions
    kept = []
    for m in mentions:
        if credit and credit[0] <= m.start < credit[1]:
            continue
        name = m.text.title()
        opens = m.start == span[0]  # a dateline opens with the place it was filed from
        if span[0] <= m.start < span[1] and m.text.isupper() and (opens or _is_place(name)):
            m = evolve(m, kind="place", affiliation=gz.capitals().get(name))
        kept.append(m)
    return kept


def _is_place(name: str) -> bool:
    return name in gz.cities() or name in gz.regions() or name in gz.countries()


def peoples_as_countries(
    doc: Doc, doc_id: str, mentions: list[NameMention], entities: tuple[Span, ...]
) -> list[NameMention]:
    """'putting the Belgians in the lead' in a story that names Belgium: 'the' and a people
    in the plural act as their country (its team, its government), so they join its actor.
    ``entities``: ``doc.ents``, as read once by the caller."""
    named = {gz.countries().get(m.text, m.text) for m in mentions if m.kind == "place"}
    found = []
    # a people's name only: cutting every entity's text was most of this pass
    for ent in [e for e in entities if e.label_ == "NORP" and e.start > 0]:
        name = span_text(ent)
        if gz.peoples().get(name) not in named:
            continue
        if doc[ent.start - 1].lower_ == "the":
            found.append(
                NameMention(doc_id, ent.start_char, ent.end_char, name, "place", None, None)
            )
    return found


def _mention(doc: Doc, ent: Span, doc_id: str, anatomy: Anatomy) -> NameMention:
    kind = KINDS[ent.label_]
    role = affiliation = None
    name = span_text(ent)
    if kind == "person" and _is_title(name):
        role = name  # "the Home Secretary": the title stands for its holder
    elif kind == "person":
        found = role_before(doc, ent, anatomy) or title_before(doc, ent)
        found = in_the_past(doc, ent, found) if found else None
        described = apposition(doc, ent)
        if found and not found[1] and described and described[1]:
            found = described  # "Professor James Whitfield, an epidemiologist at Imperial ..."
        role, affiliation = found or described or (None, None)
        if _RUNS_ON.search(role or "") or _RUNS_ON.search(affiliation or ""):
            role = affiliation = None  # cut in the wrong place: no role beats a wrong one
        if role and role.split()[-1].lower() in _HONORIFICS:
            role = None  # 'Under Mrs. Roe's plan', 'Like Mr. Roe': the courtesy title is no role
        if role in _PORTFOLIO_TITLES and not affiliation:
            role = None  # 'Secretary Clinton': of what, and still? A courtesy kept after office
    elif kind == "organization":
        known = gz.known_orgs().get(name)
        affiliation = known.affiliation if known else _demonym_before(doc, ent)
    elif kind == "place":
        affiliation = gz.capitals().get(name)  # "Moscow said": a stand-in for Russia
    if kind == "person" and not affiliation:
        affiliation = (
            owner_before(doc, ent)
            or place_after(doc, ent)
            or org_after(doc, ent)
            or led_by(doc, ent)
        )
    affiliation = _PARTY_ADJECTIVES.get(affiliation or "", affiliation)  # 'Democratic nominee'
    if kind == "person":
        role, affiliation = _unless_garbled(name, role, affiliation)
    return NameMention(doc_id, ent.start_char, ent.end_char, name, kind, role, affiliation)


# 'University of professor' from 'a University of Ardwick professor': an 'of' followed only
# by the role's own head (or by nothing) is a role whose owner was taken out of its middle;
# 'director of communications', 'chairman of the department' own something
_OF_NOTHING = re.compile(r"\bof(?:\s+([a-z]+))?\s*$")


def _unless_garbled(
    name: str, role: str | None, affiliation: str | None
) -> tuple[str | None, str | None]:
    """A role and affiliation read wrongly are worse than none: an affiliation that is a
    courtesy title ('a spokesman for Mrs. Roe' read as the spokesman of 'Mrs') or holds the
    person's own name ('Tom Berg, a lawyer for Nordtek' read as of 'Berg of Nordtek'), and a
    role whose 'of' owns nothing ('University of professor'). Seen in four PolNeAR briefs of
    80 (seeds 21, 33)."""
    if affiliation and (
        affiliation.lower() in _HONORIFICS or set(affiliation.split()) & set(name.split())
    ):
        affiliation = None
    cut = _OF_NOTHING.search(role or "")
    if cut and (cut.group(1) is None or cut.group(1) in gz.title_words()):
        role = affiliation = None
    return role, affiliation


def _is_title(text: str) -> bool:
    """'Home Secretary', 'director', a title led by ranks ('Vice Premier', 'Deputy Assistant
    Administrator') and one with its portfolio ('Secretary of the Treasury')."""
    words = re.split(r"\s+(?:of|for)\s", text, maxsplit=1)[0].split()  # its portfolio aside
    while len(words) > 1 and words[0] in TITLE_RANKS:
        words = words[1:]
    core = " ".join(words)
    titles = gz.title_set()
    return text in titles or core in titles or core.lower() in gz.title_words()


def _inside_role(mention: NameMention, titled: BySpan[NameMention], reach: int) -> bool:
    """'Security Council' in 'Deputy Secretary of the Security Council Dmitry Medvedev'.
    ``titled``: the persons with a role, ``reach``: the longest role. Only a person that
    starts around the mention or at most a role's length after it can hold it in its role,
    so only those are looked at: a scan of every person made this quadratic."""
    if mention.kind == "person":
        return False
    near = titled.within(mention.end - titled.longest, mention.end + reach + 3)
    return any(
        m.role
        and mention.text in m.role
        and (
            0 <= m.start - mention.end <= len(m.role) - len(mention.text) + 2
            or m.start <= mention.start < mention.end <= m.end  # inside a title's span
        )
        for m in near
    )  # "Treasury Cabinet" in "Treasury Cabinet Secretary John Mbadi" too


def _demonym_before(doc: Doc, ent: Span) -> str | None:
    if ent.start == 0:
        return None
    return gz.country_of(doc[ent.start - 1].text)


def title_before(doc: Doc, ent: Span) -> tuple[str, str | None] | None:
    """'U.S. President Donald Trump' -> ("President", "United States")."""
    start = ent.start
    words: list[str] = []
    i = start - 1
    while i >= 0 and start - i <= 9 and "\n" not in doc[i].text:
        token = doc[i]
        if _abbreviation_stop(doc, i):
            # "Texas Lt. Gov. Dan Patrick": the tokenizer splits "Lt." from its stop, which
            # ended the title at "Gov." and made a lieutenant governor a governor
            words.insert(0, doc[i - 1].text + ".")
            i -= 2
            continue
        if (
            token.is_title
            or token.is_upper
            or _title_glue(token.lower_)
            or joins_title(doc, i)
            or in_hyphenated_title(doc, i)
        ):
            words.insert(0, token.text)
            i -= 1
        else:
            break
    found = _split_role(_own_title(join_hyphens(words)))
    if found and found[1] in gz.org_keywords():
        return found[0], named_body(doc, found[1]) or found[1]
    return found


_ROLE_ABBREVIATIONS = frozenset(abbreviations("role"))


def _abbreviation_stop(doc: Doc, i: int) -> bool:
    """Token ``i`` is the full stop of a title abbreviation written against it ("Lt", ".")."""
    return (
        i > 0
        and doc[i].text == "."
        and not doc[i - 1].whitespace_
        and doc[i - 1].text in _ROLE_ABBREVIATIONS
    )


def _title_glue(lower: str) -> bool:
    """A word that may stand inside a title before a name: glue ('of', 'the') or a title
    word (two look-ups, not a union of the two sets per token)."""
    return lower in _TITLE_GLUE or lower in gz.title_words()


def owner_before(doc: Doc, ent: Span) -> str | None:
    """ "Labour's Thornberry", "Labour's Shadow Home Secretary Yvette Cooper": the
    organisation or state named in the possessive before the person (or their title)."""
    if POSSESSIVES.isdisjoint(words_of(doc)[max(0, ent.start - 7) : ent.start]):
        return None  # most names: no possessive close before them
    i = ent.start - 1
    while i > 0 and ent.start - i <= 6 and doc[i].text not in POSSESSIVES:
        token = doc[i]
        glue = _title_glue(token.lower_) or joins_title(doc, i)
        if not (token.is_title or glue):
            return None
        i -= 1
    if i < 1 or doc[i].text not in POSSESSIVES:
        return None
    owner = doc[i - 1]
    if owner.ent_type_ not in {"ORG", "GPE"}:
        return None
    first = owner.i
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    name = doc[first : owner.i + 1].text
    known = gz.known_orgs().get(name)
    return known.canonical if known else gz.country_of(name) or name


def org_after(doc: Doc, ent: Span) -> str | None:
    """'Dr Maria Santos of the University of Lisbon': the organisation named right after a
    person with 'of' (or 'at') is the one the person works for. 'At' does so only after a
    name given in full, as a person is introduced ('Maria Santos at the University of
    Lisbon'): after a surname alone, a later mention, it places an act, not a job ('worked
    for Santos at the ministry', 'a mentor to Mr. Berg at Harvard', 'a summit of Mr. Berg
    and Mr. Dahl at Sunnylands': on PolNeAR briefs, seeds 1401 and 2402, four such
    affiliations were shown as the person's, in three briefs)."""
    i = ent.end
    if i + 1 >= len(doc) or doc[i].lower_ not in {"of", "at"}:
        return None
    if doc[i].lower_ == "at" and len(ent) < 2:
        return None
    i += 1
    if doc[i].lower_ == "the" and i + 1 < len(doc):
        i += 1
    if doc[i].ent_type_ != "ORG" or doc[i].ent_iob_ != "B":
        return None
    return gz.org_name(entity_from(doc, i).text)


# "the Kurdistan Regional Government, represented by Prime Minister Nechirvan Barzani"
# Honorifics alone, with or without their full stop: a courtesy title, never a role.
_HONORIFICS = frozenset(
    f"{title.lower()}{stop}" for title in abbreviations("honorific") for stop in ("", ".")
) | {"sir"}
_LED = frozenset(word_table("actor_words.json", "led_by"))


def led_by(doc: Doc, ent: Span) -> str | None:
    """'the Federal Government of Iraq, led by Prime Minister Haider Al Abadi': the government
    or organisation named right before "led by" (or "headed", "represented", "chaired by")
    is whom the title holder acts for. A common noun there ("a delegation led by ...", "a
    protest led by ...") names nobody, and gives nothing."""
    i = ent.start - 1
    while i > 0 and ent.start - i <= 6 and doc[i].lower_ != "by":
        token = doc[i]
        if not (token.is_title or token.is_upper or token.lower_ in gz.title_words()):
            return None
        i -= 1
    if i < 2 or doc[i].lower_ != "by" or doc[i - 1].lower_ not in _LED:
        return None
    j = i - 2 if doc[i - 2].text != "," else i - 3
    if j < 0 or doc[j].ent_type_ not in {"ORG", "GPE"}:
        return None
    first = j
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    name = doc[first : j + 1].text
    return gz.country_of(name) or gz.org_name(name)


_PLACE_AFTER = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})")
_PARTY_TAG = re.compile(rf",\s+{patterns('actor_patterns.tsv')['party_tag']}(?=[,.;)]|\s)")
_PARTIES: dict[str, str] = json_rules("actor_words.json")["party_tags"]
_MEMBERS: dict[str, str] = json_rules("actor_words.json")["party_members"]
_PARTY_MEMBER = re.compile(r",\s+(?:a|the)\s+(" + alternation(_MEMBERS) + r")(?=[\s,.;])")


def place_after(doc: Doc, ent: Span) -> str | None:
    """'Gov. Greg Abbott of Texas', 'Sen. Ada Roe, D-Mass.': the state a holder serves, or the
    party of a US lawmaker in wire style (party letter and state)."""
    after = text_of(doc)[ent.end_char : ent.end_char + 40]
    tag = _PARTY_TAG.match(after)
    if tag:
        return _PARTIES[tag.group(1)]
    member = _PARTY_MEMBER.match(after)
    if member:  # "Gavin Newsom, a Democrat,", "Doug LaMalfa, a Republican who ..."
        return _MEMBERS[member.group(1)]
    place = _PLACE_AFTER.match(after)
    if place:
        name = place.group(1)
        if name in gz.regions() or name in gz.cities() or name in gz.countries():
            return gz.countries().get(name, name)
    return None


_SERVES = frozenset({"to", "for"})


def _own_title(words: list[str]) -> list[str]:
    """'an adviser for President Roe', 'aide to Governor Lund': the title right before the
    name is the name's; the one before 'to' or 'for' is someone else's, who serves him.
    'Minister for Foreign Affairs Penny Wong' is one title: no title follows the 'for'."""
    for i in range(len(words) - 1, 0, -1):
        if words[i] in _SERVES:
            rest = words[i + 1 :]
            if rest and _title_pattern().fullmatch(" ".join(rest)):
                return rest
            break
    return words


def _split_role(words: list[str]) -> tuple[str, str | None] | None:
    """Find the longest title the words end with, and an affiliation before it."""
    text = " ".join(words)
    match = _title_pattern().search(text)
    if match:
        role = match.group(1)
        before = text[: match.start(1)].split()
        while " " in role and role.split()[0] in NOT_NAMES and not _leading_place(role.split()):
            # "In Turkey Minister Ellwood", but "New York Governor Kathy Hochul"
            word, role = role.split(" ", 1)
            if word.lower() in _PLACE_PREPOSITIONS and " " in role:
                before, role = [], role.split(" ", 1)[1]  # a setting, not an affiliation
        place = None
        while True:
            found = _leading_place(role.split())
            if not found:
                break
            place, size = found
            role = " ".join(role.split()[size:])
            if not role:
                return None
        role, owner = leading_owner(role)
        affiliation = (
            place
            or owner
            or next((gz.country_of(w) for w in reversed(before) if gz.country_of(w)), None)
        )
        if affiliation == "Europe":  # "European Commissioner": the Union, not the continent
            affiliation = "European Union"
        if role.lower() in _HONORIFICS:
            return None
        return role, affiliation
    return None


def _leading_place(words: list[str]) -> tuple[str, int] | None:
    """'Los Angeles Mayor' -> ("Los Angeles", 2), 'Finnish President' -> ("Finland", 1): the
    place (or its adjective) that opens a title, longest first, and how many words it takes."""
    for size in range(min(3, len(words) - 1), 0, -1):
        name = " ".join(words[:size])
        country = gz.country_of(name)
        if country:
            return country, size
        if name in gz.cities() or name in gz.regions():
            return name, size
    return None


@cache
def _title_pattern() -> re.Pattern[str]:
    """Capitalised words ending in a known title, at the end of the text (longest title first)."""
    titles = "|".join(re.escape(t) for t in gz.titles())
    # "Secretary of Defense", "Minister of Trade and Industry", "Trade and Industry Minister"
    return re.compile(filled(_PATTERNS["title_at_end"], {"TITLES": titles}))


_APPOSITION = re.compile(_PATTERNS["apposition"])
_APPOSITION_END = re.compile(_PATTERNS["apposition_end"])
# "The WHO's regional director for Europe, Hans Kluge": owner, role, portfolio
_POSSESSIVE = re.compile(_PATTERNS["possessive_role"])
_ROLE_OF = re.compile(_PATTERNS["role_of"])


def apposition(doc: Doc, ent: Span) -> tuple[str, str | None] | None:
    """'X, the Kremlin spokesperson,' / 'X, chairman of Y,' / "Norway's minister, X"."""
    after = text_of(doc)[ent.end_char : ent.end_char + 120]
    match = _APPOSITION.match(after)
    description = match.group(1) if match else bare_description(after)
    if description and _LIST_RUNS_ON.match(after, after.find(description) + len(description)):
        description = None  # 'president of the climate, controls and security division'
    if description:
        found = _role_in_description(description.strip())
        if found and not (match and _cut_at_its_end(after, match.end(), found)):
            return found
    before = text_of(doc)[max(0, ent.start_char - 100) : ent.start_char]
    match = _POSSESSIVE.search(before)
    if match and _head_title(match.group(4)):
        owner = match.group(1) or match.group(2) or match.group(3)
        known = gz.known_orgs().get(owner)
        return match.group(4) + match.group(5), known.canonical if known else (
            gz.country_of(owner) or owner
        )
    match = _title_comma().search(before)
    if match:
        return _leading_affiliation(match.group(1).split())
    return None


# After a description cut at a comma: more lower-case words, then 'and' or 'or' and another
# one: the comma was a list's, inside the description ('president of the climate, controls
# and security division of United Technologies' was shown as 'president of the climate').
_LIST_RUNS_ON = re.compile(r",\s*[a-z][\w-]*(?:,\s*[a-z][\w-]*)*,?\s+(?:and|or)\s+[a-z]")


def _cut_at_its_end(after: str, end: int, found: tuple[str, str | None]) -> bool:
    """An apposition longer than the pattern reads ('Ana Ruiz, the 68-year-old former
    secretary of state bidding to make history as the first woman to lead the pr...') was
    cut mid-phrase; a role or an owner that runs to the cut ends in a broken word, so it is
    no role (PolNeAR seeds 63 and 71: 'Georgetown Univer', 'first female pr'). One that
    stops at its title within ('58-year-old former harbour minister') stands."""
    if _APPOSITION_END.match(after, end):
        return False
    cut = after[:end].rstrip()
    return any(part and cut.endswith(part.split()[-1]) for part in found)


def _leading_affiliation(words: list[str]) -> tuple[str, str | None] | None:
    """'Iraqi Foreign Minister' -> ("Foreign Minister", "Iraq")."""
    affiliation = None
    while len(words) > 1 and (words[0] in NOT_NAMES or gz.country_of(words[0])):
        affiliation = gz.country_of(words[0]) or affiliation
        words = words[1:]
    return " ".join(words), affiliation


@cache
def _title_comma() -> re.Pattern[str]:
    """'the Iraqi Foreign Minister, X' / 'as Minister for Central Asia, Mr X': a capitalised
    title set before the name as an apposition."""
    titles = "|".join(re.escape(t) for t in gz.titles() if t[:1].isupper())
    honorifics = alternation(abbreviations("honorific"))
    return re.compile(
        filled(_PATTERNS["title_comma"], {"TITLES": titles, "HONORIFICS": honorifics})
    )


def _head_title(words: str) -> bool:
    return bool(words) and words.split()[-1].lower() in gz.title_words()


def _role_in_description(text: str) -> tuple[str, str | None] | None:
    """'Kremlin spokesperson' / 'chairman of the Danish Fishermen's Association'."""
    words = text.split()
    possessor = None
    for k, word in enumerate(words[:-1]):
        if word.lower() in gz.title_words():
            break  # "chairman of the Danish Fishermen's Association": owned after the role
        if word.endswith(("'s", "’s")):  # "J&J's worldwide vice president of litigation"
            possessor, words = word[:-2], words[k + 1 :]
            break
    for i, word in enumerate(words):
        if (
            word.lower() in gz.title_words()
            and not continues_role(words, i)
            and not _inside_a_name(words, i)
        ):
            role, owner = split_description(words[: i + 1])
            rest = " ".join(words[i + 1 :])
            of = _ROLE_OF.match(rest)
            if of and of.group(1)[:1].islower():  # "vice president of litigation": portfolio
                role, of = f"{role} {rest}", None
            owner = owner or (possessor if possessor and possessor[:1].isupper() else None)
            affiliation = of.group(1) if of else owner
            if affiliation:  # "an economist at IC Group in Nairobi": the firm, not its city
                affiliation = re.sub(r"\s+in\s+[A-Z][\w .'-]*$", "", affiliation)
                affiliation = gz.country_of(affiliation) or _ARTICLES.sub("", affiliation)
            return role, affiliation
    return None


def _inside_a_name(words: list[str], i: int) -> bool:
    """'a 59-year-old from Hilton Head, South Carolina': a role noun that titles are never
    written with ('head', 'leader'), capitalised after a capitalised word, ends a name; read
    as the role, it made the man 'head' of 'Hilton'."""
    word = words[i]
    if not word[:1].isupper() or word in gz.titles() or i == 0:
        return False
    return words[i - 1][:1].isupper() and words[i - 1].lower() not in gz.title_words()


INSTITUTIONS = alternation(word_table("actor_words.json", "institutions"))


@cache
def _government_pattern() -> re.Pattern[str]:
    adjectives = literal_trie(gz.demonyms())  # case-sensitive: run over every article
    return compiled(rf"\b({adjectives})\s+(?:{INSTITUTIONS})\b")


def governments(doc: Doc, doc_id: str) -> list[NameMention]:
    """'the Russian government', 'Norwegian authorities': a state acting, as an organisation."""
    found = []
    for match in _government_pattern().finditer(text_of(doc)):
        country = gz.country_of(match.group(1))
        found.append(
            NameMention(
                doc_id, match.start(), match.end(), match.group(0), "organization", None, country
            )
        )
    return found
