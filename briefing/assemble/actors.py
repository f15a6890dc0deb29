"""One actor per real-world entity across all documents, ranked by salience.

Persons merge when one name's words are contained in another's ("Trump" into "Donald
Trump"); organisations and places merge by canonical name ("EU" = "European Union",
"U.S." = "United States"). Stand-ins such as "the Kremlin" stay their own actor, linked to
their country through ``affiliation``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from functools import cache, lru_cache
from typing import TYPE_CHECKING, NamedTuple

from briefing.assemble.name_readings import (
    business_possessive,
    clustering_names,
    generation,
    initials_differ,
    men_named,
    one_generation,
    womans_name,
)
from briefing.assemble.role_names import written_out
from briefing.assemble.salience import rank_actors, salience_score
from briefing.model import Actor, Evidence, NameMention, anatomy_of, evolve
from briefing.nlp import gazetteers as gz
from briefing.nlp.doc import BySpan
from briefing.rules import alternation, rows, word_table

__all__ = ["canonical", "merge_actors", "rank_actors", "salience_score", "span_resolver"]

if TYPE_CHECKING:
    from briefing.extract import Findings

Resolver = Callable[[str, int, int], str | None]


def canonical(mention: NameMention) -> str:
    """The name mentions of one non-person entity share."""
    text = mention.text
    if not (mention.kind == "place" and text in gz.cities()):  # "The Hague" keeps its article
        text = text.removeprefix("the ").removeprefix("The ")
    text = text.replace("Organisation", "Organization")  # one spelling per name
    dateline_place = mention.kind == "place" and len(text) > 3 and text not in gz.countries()
    if text.isupper() and (len(text) > 6 or dateline_place):
        text = text.title()  # "BRUSSELS —", "OSLO, Feb 12 -" in a dateline are the places
    if mention.kind == "group":
        return text.lower()
    known = gz.known_orgs().get(text)
    if known:
        return known.canonical
    return gz.countries().get(text) or gz.peoples().get(text) or text


def merge_actors(findings: Sequence[Findings]) -> tuple[list[Actor], Resolver]:
    """Cluster the mentions of every document into actors; return them and a span resolver."""
    texts = {f.document.id: f.document.text for f in findings}
    mentions = _transcript_labels([m for f in findings for m in f.mentions], texts)
    clusters = _person_clusters([m for m in mentions if m.kind == "person"], texts)
    others: dict[tuple[str, str], list[NameMention]] = defaultdict(list)
    spelled = _one_spelling([m for m in mentions if m.kind != "person"])
    for m in mentions:
        if m.kind != "person":
            others[(m.kind, spelled[canonical(m)])].append(m)
    named = [(None, ms) for ms in clusters.values()]
    headlines = {f.document.id: anatomy_of(f.document).headline_end for f in findings}
    named += [(key[1], ms) for key, ms in _merge_short_forms(others, headlines).items()]
    named.sort(key=lambda item: (item[1][0].doc, item[1][0].start))
    actors = [_actor(f"a{i}", ms, name) for i, (name, ms) in enumerate(named, start=1)]
    actors = [_with_generation(a, texts) for a in actors]
    actors = _named_affiliations(_nested_places(actors))
    return actors, span_resolver(actors)


# 'FALLIN: Well, I think', 'JAKE TAPPER: Donald Trump released': capitals up to a colon,
# opening a line, a sentence or what follows a colon
_LABEL_REST = re.compile(r"(?:\s+[A-Z][A-Z'’-]+)*:\s")
_LABEL_OPENS = re.compile(r"(?:^|[\n.?!:\"”]\s*)$")


def _transcript_labels(mentions: list[NameMention], texts: dict[str, str]) -> list[NameMention]:
    """A speaker's label in a transcript ('FALLIN: Well, I think ...') is written in
    capitals, which the tagger reads as an acronym's organisation; it names a person the
    transcript names in full ('Gov. Mary Fallin'), so it is read as that person's name and
    joins the person (two PolNeAR analyst briefs in 80 listed a label as a body)."""
    words: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.kind == "person":
            words[m.doc].update(m.text.split())
    read = []
    for m in mentions:
        text = texts.get(m.doc, "")
        rest = _LABEL_REST.match(text, m.end)
        if (
            m.kind == "person"
            or not m.text.isupper()
            or len(m.text) < 3
            or not rest
            or not _LABEL_OPENS.search(text, max(0, m.start - 3), m.start)
        ):
            read.append(m)
            continue
        end = rest.end() - 2  # before ': '
        label = text[m.start : end].title()
        if m.text.title() in words[m.doc]:  # 'FALLIN' of 'Mary Fallin'
            m = evolve(m, text=m.text.title(), kind="person")
        elif " " in label and label.split()[0].lower() in gz.given_names():
            m = evolve(m, end=end, text=label, kind="person")  # 'JAKE TAPPER:' cut at 'JAKE'
        read.append(m)
    return read


def _one_spelling(mentions: list[NameMention]) -> dict[str, str]:
    """Canonical name -> the one way the coverage writes it: names that differ only in case
    ('HARBOUR News' and 'Harbour News', 'The Ledger' and 'the Ledger') are one body, shown as most
    mentions write it. The same words in other capitals never name another organisation or
    place in news copy, and two PolNeAR briefs in 80 listed a network twice so. Nor do an
    initialism's full stops: 'U.S. government' and 'US government' are one body (a Wikinews
    story on the car industry's aid listed both)."""
    counts = Counter(canonical(m) for m in mentions)
    best: dict[str, str] = {}
    for name, _ in counts.most_common():
        best.setdefault(_spelling_key(name), name)
    return {name: best[_spelling_key(name)] for name in counts}


_INITIAL_STOP = re.compile(r"(?<=\b[A-Z])\.")


def _spelling_key(name: str) -> str:
    """'U.S. Government' -> 'us government': case and an initialism's stops left out."""
    return _INITIAL_STOP.sub("", name).casefold()


def _named_affiliations(actors: list[Actor]) -> list[Actor]:
    """'J&J's vice president' works for Johnson & Johnson: an affiliation written as another
    actor's short form ("J&J", "EU", "Commission") reads as that actor's name, so the brief
    names one organisation one way."""
    names: dict[str, set[str]] = defaultdict(set)
    for a in actors:
        if a.kind in {"organization", "place"}:
            for alias in a.aliases:
                names[alias].add(a.name)
    full = {alias: next(iter(n)) for alias, n in names.items() if len(n) == 1}
    if not full:
        return actors
    return [evolve(a, affiliation=full[a.affiliation]) if _renamed(a, full) else a for a in actors]


def _renamed(actor: Actor, full: dict[str, str]) -> bool:
    """Whether the actor's affiliation is another actor's short form to write out in full;
    not when that full name holds the actor's own name ('Tom Berg, a lawyer for the Harbour
    Club' beside a run 'Berg of the Harbour Club' the tagger took for a body: a lawyer for
    himself, seen in a PolNeAR brief of seed 33)."""
    long = full.get(actor.affiliation or "")
    return bool(long) and not set(long.split()) & set(actor.name.split())


def _place_forms(place: Actor, in_doc: Sequence[Evidence]) -> set[str]:
    """How a place the article names on its own may be written inside another name: its
    name and the forms the article used (``in_doc``: its mentions in that article), its
    initials ("LA", "L.A." for Los Angeles) and, for a country, its ISO codes ("GB" for the
    United Kingdom)."""
    forms = {place.name, *(m.text for m in in_doc)}
    forms = {f.removeprefix("the ").removeprefix("The ") for f in forms}
    words = place.name.split()
    if len(words) > 1 and all(w[:1].isupper() for w in words):
        letters = "".join(w[0] for w in words)
        forms |= {letters, ".".join(letters) + "."}
    forms |= _codes_of().get(place.name, set())
    return {f for f in forms if len(f) >= 2}


@cache
def _codes_of() -> dict[str, set[str]]:
    codes: dict[str, set[str]] = defaultdict(set)
    for code, name in gz.country_codes().items():
        codes[name].add(code)
    return codes


def _nested_places(actors: list[Actor]) -> list[Actor]:
    """'LA' in 'LA Weekly', 'Toronto' in 'Metro Toronto Convention Centre', 'GB' in 'GB News':
    a place the article names on its own is also named inside the names of organisations and
    places, and those spans are mentions of it too (GUM and OntoNotes-style corpora annotate
    them as nested names). So is an organisation's acronym ("FIFA" in "FIFA Congress"), which
    _short_form keeps apart from the body it opens. Only places already actors of the
    article get such mentions, so a place named nowhere else ("University of Sheffield")
    adds no actor to the brief; the resolver still gives a span to the actor whose own
    mention covers it best. Each article's places are matched against that article's names
    only, and each actor's mentions are grouped by article once (an actor named in all of
    5,000 articles was rescanned whole for each): linear in the mentions."""
    hosts: dict[str, list[tuple[str, Evidence]]] = defaultdict(list)
    places: dict[str, list[Actor]] = defaultdict(list)
    mentions_in: dict[tuple[str, str], list[Evidence]] = {}  # (actor id, doc) -> mentions
    for a in actors:
        if a.kind in {"organization", "place"}:
            by_doc: dict[str, list[Evidence]] = defaultdict(list)
            for m in a.mentions:
                by_doc[m.doc].append(m)
            for doc, in_doc in by_doc.items():
                hosts[doc].extend((a.id, m) for m in in_doc if " " in m.text)
                if a.kind == "place" or (a.kind == "organization" and _acronym(a.name)):
                    places[doc].append(a)
                    mentions_in[(a.id, doc)] = in_doc
    added: dict[str, list[Evidence]] = defaultdict(list)
    for doc, in_doc in places.items():
        if not hosts[doc]:
            continue
        for place in in_doc:
            own = mentions_in[(place.id, doc)]
            forms = _place_forms(place, own)
            # Each form is a literal: a host name holding none of them cannot match, and the
            # pattern (thousands of distinct ones in a big batch) need not be compiled.
            if not any(f in m.text for _, m in hosts[doc] for f in forms):
                continue
            pattern = _form_pattern(alternation(forms))
            taken = {(m.start, m.end) for m in own}
            for host_id, m in hosts[doc]:
                if host_id == place.id:
                    continue
                for found in pattern.finditer(m.text):
                    span = (m.start + found.start(), m.start + found.end())
                    if span not in taken and span != (m.start, m.end):
                        taken.add(span)
                        added[place.id].append(Evidence(doc, *span, found.group()))
    if not added:
        return actors
    return [
        evolve(a, mentions=tuple(sorted((*a.mentions, *added[a.id]), key=_order)))
        if a.id in added
        else a
        for a in actors
    ]


@lru_cache(maxsize=4096)
def _form_pattern(forms: str) -> re.Pattern[str]:
    """A place's forms as a whole-word pattern; the same place in many articles asks again."""
    return re.compile(rf"(?<![\w.])(?:{forms})(?![\w'’])")


def _acronym(name: str) -> bool:
    letters = name.replace(".", "").replace("&", "")
    return len(letters) >= 2 and letters.isupper()


def _order(m: Evidence) -> tuple[str, int]:
    return (m.doc, m.start)


_PARTICLES = frozenset(word_table("actor_words.json", "particles"))


@lru_cache(maxsize=65536)
def _words(name: str) -> frozenset[str]:
    """The words of a name; particles in lower case ("Von der Leyen" opening a sentence),
    also one joined to the surname by a hyphen ('Bashar al-Assad' holds 'Assad', as the
    article's later 'Assad' says). Kept for names asked again: merging compares every name
    of an article with the others."""
    words = name.replace("’s", "").replace("'s", "").replace("- ", "-").split()
    words = [w.strip('"“”') for w in words]  # 'Thomas "Tommy" Pigott' holds 'Tommy Pigott'
    words = [part for w in words for part in _particle_apart(w)]
    return frozenset(w.lower() if w.lower() in _PARTICLES else w for w in words if w)


def _particle_apart(word: str) -> list[str]:
    """'al-Assad' -> ['al', 'Assad']; other words as they are."""
    head, hyphen, rest = word.partition("-")
    return [head, rest] if hyphen and rest[:1].isupper() and head.lower() in _PARTICLES else [word]


def _person_clusters(
    persons: list[NameMention], texts: dict[str, str] | None = None
) -> dict[str, list[NameMention]]:
    """Key each person mention by a fullest name whose words contain its words.

    A short form contained in several full names ("Mohamed" in "Ahmed Mohamed" and his
    father's name) goes to the one the article names most often in full (the story's
    subject), then to the one named last before it.
    """
    texts = texts or {}
    titles = [m for m in persons if m.role and m.role == m.text]
    persons = [m for m in persons if not (m.role and m.role == m.text)]
    clusters: dict[str, list[NameMention]] = defaultdict(list)
    businesses = {id(m) for m in persons if business_possessive(m, texts.get(m.doc, ""))}
    for m in persons:
        if id(m) in businesses:
            clusters[f"{m.text}’s"].append(m)  # "McDonald's" is no McDonald
    persons = [m for m in persons if id(m) not in businesses]
    names = clustering_names(persons, texts)
    by_text: dict[str, list[NameMention]] = defaultdict(list)
    in_doc: dict[str, list[NameMention]] = defaultdict(list)
    for m in persons:
        by_text[names[id(m)]].append(m)
        in_doc[m.doc].append(m)
    full = _FullNames(by_text)
    containing: dict[str, list[str]] = {}
    for name in sorted(by_text, key=lambda n: -len(n.split())):
        # 'Donald Trump' is not contained in 'Donald Trump Jr.'; a lone 'Trump' may be either
        targets = [
            t for t in full.containing(name) if " " not in name or _one_person(name, t, full)
        ]
        if targets:
            containing[name] = targets
        else:
            full.add(name)
    for name in full.names:
        target = _misspelt_surname(name, full) or _spelling_variant(name, full)
        if target:
            containing[name] = [target]
    # A full name found to be another's variant or misspelling hands its short forms on too.
    joined = {name: containing[name][0] for name in full.names if name in containing}
    men = men_named(persons, names, texts)
    for m in persons:
        targets = containing.get(names[id(m)])
        if targets and id(m) in men:  # 'Mr. Obama' is not Michelle Obama
            targets = [t for t in targets if not womans_name(t, names[id(m)])]
        key = _closest(m, targets, full) if targets else names[id(m)]
        clusters[joined.get(key, key)].append(m)
    keys = {id(m): key for key, ms in clusters.items() for m in ms}
    holders = {id(m): _holder(m, in_doc.get(m.doc, []), texts.get(m.doc, "")) for m in titles}
    offices = _offices(titles, holders, keys, texts)
    for m in titles:
        holder = holders[id(m)]
        if holder:
            clusters[keys[id(holder)]].append(m)
            continue
        office = offices.get((m.doc, _office(m, texts.get(m.doc, ""))), set())
        clusters[next(iter(office)) if len(office) == 1 else m.text].append(m)
    return clusters


def _offices(
    titles: list[NameMention],
    holders: dict[int, NameMention | None],
    keys: dict[int, str],
    texts: dict[str, str],
) -> dict[tuple[str, str], set[str]]:
    """(article, office) -> the persons an apposed title gives it ("Hun Manet, Prime Minister
    of the Kingdom of Cambodia"). An office with its portfolio names one post: "the Prime
    Minister of the Kingdom of Cambodia" in the same article, before the signature that names
    him, is that holder (a bare "the Prime Minister" is not: several may hold the title)."""
    offices: dict[tuple[str, str], set[str]] = defaultdict(set)
    for m in titles:
        holder = holders[id(m)]
        text = texts.get(m.doc, "")
        if holder and holder.end < m.start and text[holder.end : m.start].strip() == ",":
            office = _office(m, text)
            if office:
                offices[(m.doc, office)].add(keys[id(holder)])
    return offices


def _office(title: NameMention, text: str) -> str:
    """A title with the portfolio written after it ("Prime Minister of the Kingdom of
    Thailand"), or "" when no portfolio follows."""
    if _PORTFOLIO.search(title.text):
        return title.text
    found = _OFFICE.match(text, title.end)
    if not found:
        return ""
    words = found.group(1).split()
    while words[-1] in _TITLE_GLUE:
        words.pop()  # "... of the Kingdom of Cambodia and the": the portfolio ends at its name
    return f"{title.text} of {' '.join(words)}"


_TITLE_GLUE = frozenset(word_table("actor_words.json", "title_glue"))
_OFFICE = re.compile(  # after the title: "of (the) Kingdom of Cambodia", six words at most
    rf"\s+(?:{alternation(_TITLE_GLUE)})\s+(?:the\s+)?"
    rf"([A-Z][\w’'.-]*(?:[ ](?:[A-Z][\w’'.-]*|{alternation(_TITLE_GLUE)})){{0,6}})"
)


class _FullNames:
    """The full names of a batch in the order found, indexed by word, by article and by
    spelling key, so that each name is compared only with the names that could match it:
    compared with every full name, 5,000 articles cost hundreds of millions of comparisons.
    Each lookup returns its names in the order found, as the scan of the whole list did."""

    def __init__(self, by_text: dict[str, list[NameMention]]) -> None:
        self.by_text = by_text
        self.names: list[str] = []
        self._words: list[frozenset[str]] = []  # each name's ``_words``, by its position
        self._by_word: dict[str, list[int]] = defaultdict(list)
        self._by_doc: dict[str, list[int]] = defaultdict(list)
        self._by_spelling: dict[tuple[int, str], list[int]] = defaultdict(list)
        self._spelling: dict[str, list[str]] = {}
        self._ends: dict[str, dict[str, list[int]]] = {}

    def add(self, name: str) -> None:
        at = len(self.names)
        self.names.append(name)
        self._words.append(_words(name))
        for word in self._words[at]:
            self._by_word[word].append(at)
        for doc in dict.fromkeys(m.doc for m in self.by_text[name]):
            self._by_doc[doc].append(at)
        words = self._spelling[name] = _spelling_words(name)
        if words:
            self._by_spelling[(len(words), words[-1])].append(at)

    def containing(self, name: str) -> list[str]:
        """The full names whose words hold all of ``name``'s words."""
        words = _words(name)
        if not words:
            return list(self.names)
        rarest = min((self._by_word.get(w, []) for w in words), key=len)
        held = self._words  # read, not asked of the cache again for every candidate
        return [self.names[i] for i in rarest if words <= held[i]]

    def sharing_an_article(self, name: str) -> list[str]:
        """The full names named in an article that names ``name``."""
        docs = dict.fromkeys(m.doc for m in self.by_text[name])
        found = sorted({i for doc in docs for i in self._by_doc.get(doc, ())})
        return [self.names[i] for i in found]

    def spelt_alike(self, words: list[str]) -> list[str]:
        """The full names whose spelling words could agree with ``words`` (as many words,
        the same surname)."""
        at = self._by_spelling.get((len(words), words[-1]), ()) if words else ()
        return [self.names[i] for i in at]

    def spelling(self, name: str) -> list[str]:
        return self._spelling[name]

    def ends_in(self, name: str, doc: str) -> list[int]:
        """Where each mention of the full name ``name`` in ``doc`` ends."""
        if name not in self._ends:
            ends: dict[str, list[int]] = defaultdict(list)
            for m in self.by_text[name]:
                ends[m.doc].append(m.end)
            self._ends[name] = ends
        return self._ends[name].get(doc, [])


_GENERATIONS = frozenset(g.rstrip(".") for g in word_table("actor_words.json", "generations"))
_GENERATION = re.compile(
    rf"^,?\s(?:{alternation(word_table('actor_words.json', 'generations'))})(?![\w])"
)


def _with_generation(actor: Actor, texts: dict[str, str]) -> Actor:
    """'Ferdinand Marcos, Jr.', 'Joseph R. Biden, Jr.': the tagger stops before a
    generational suffix (a word with a full stop), but without it the name is the
    father's. The suffix is kept on the name, not on the mentions, so that 'President
    Marcos' still finds him by his surname."""
    if actor.kind != "person":
        return actor
    for m in actor.mentions:
        if m.text != actor.name:
            continue
        found = _GENERATION.match(texts.get(m.doc, "")[m.end : m.end + 6])
        if found:
            return evolve(actor, name=actor.name + found.group().rstrip(",;"))
    return actor


def _misspelt_surname(name: str, full: _FullNames) -> str | None:
    """'Ms Bauchtman' after 'Lydia Buchtmann': a lone surname no full name contains, spelt
    nearly like the surname of exactly one person named in full in the same article, is
    that person misspelt (news copy has typos; two people with near-identical surnames in
    one article are rarer)."""
    if " " in name or len(name) < 6:
        return None
    similar = [
        f
        for f in full.sharing_an_article(name)
        if " " in f
        and f.split()[-1][0] == name[0]
        and SequenceMatcher(None, f.split()[-1], name).ratio() >= 0.85
    ]
    return similar[0] if len(similar) == 1 else None


def _spelling_variant(name: str, full: _FullNames) -> str | None:
    """'Jeff Feltman' in one article and 'Jeffrey Feltman' in another, 'Abdel-Fattah El-Sisi'
    and 'Abdel Fattah Al-Sisi': outlets shorten given names and transliterate Arabic names
    differently. Two full names with the same surname whose other words agree up to a
    shortened form (one a prefix of the other) or an article particle ('al-', 'el-') are
    one person, named by the form the articles use most (then the longer; a tie is broken by
    the spelling itself, so that it still joins them)."""
    words = full.spelling(name)
    if len(words) < 2:
        return None
    variants = [
        f
        for f in full.spelt_alike(words)
        if f != name
        and _same_spelling(words, full.spelling(f))
        and not initials_differ(name, f)
        and _one_person(name, f, full)
    ]
    if len(variants) != 1:
        return None
    target = variants[0]
    by_text = full.by_text
    rank = lambda n: (len(by_text[n]), len(n), n)  # noqa: E731 - most used, longer, then fixed
    return target if rank(target) > rank(name) else None


def _one_person(name: str, other: str, full: _FullNames) -> bool:
    """Whether two full names that agree may be one person as far as generational suffixes
    go: 'Duncan Hunter Sr.' is never 'Duncan Hunter Jr.', and a bare 'Donald Trump' is
    'Donald Trump Jr.' only when the article introduced the latter first."""
    mine, theirs = generation(name), generation(other)
    if mine == theirs:
        return True
    if mine and theirs:
        return False
    bare, suffixed = (name, other) if theirs else (other, name)
    return one_generation(full.by_text[bare], full.by_text[suffixed])


def _spelling_words(name: str) -> list[str]:
    """The words that must agree, lower-cased: no article particles, and no middle initials
    ('Joseph R. Biden' and 'Joe Biden' differ by the initial an outlet leaves out)."""
    words = name.lower().replace("-", " ").replace(".", " ").split()
    if generation(name):
        words = words[:-1]  # 'Joseph R. Biden Jr.' is spelt as 'Joe Biden'
    kept = [w for w in words if w not in _ARTICLE_PARTICLES]
    return [w for i, w in enumerate(kept) if len(w) > 1 or i in (0, len(kept) - 1)]


@cache
def _nicknames() -> frozenset[tuple[str, str]]:
    """(familiar form, given name) pairs, lower-cased: 'joe' shortens 'joseph'."""
    return frozenset((row[0].lower(), row[1].lower()) for row in rows("names_nicknames.tsv"))


def _same_spelling(a: list[str], b: list[str]) -> bool:
    if len(a) != len(b) or a[-1] != b[-1] or len(a[-1]) < 3:
        return False
    return all(
        x == y
        or (min(len(x), len(y)) >= 3 and (x.startswith(y) or y.startswith(x)))
        or (x, y) in _nicknames()
        or (y, x) in _nicknames()
        for x, y in zip(a[:-1], b[:-1], strict=True)
    )


_ARTICLE_PARTICLES = {"al", "el"}


# A sentence ends between a name and a later title: "met the minister, Ali Omar. A spokesman
# said: 'The Foreign Secretary ...'" is someone else, not the last name before it.
_SENTENCE_END = re.compile(r"[.!?:;]\s|\n")
_PORTFOLIO = re.compile(r"\s+(?:of|for)\s[^,.!?:;\n]*\Z")  # \Z: "$" would pass a line break


def _holder(title: NameMention, persons: list[NameMention], text: str) -> NameMention | None:
    """The person a standalone title stands for: the one named last before it in the same
    article with that title as role ("Home Secretary Suella Braverman ... the Home
    Secretary"), else the person it follows as an apposition in the same sentence ("Cres
    Eastman, Director of ..., and Chairman of ...").
    A title set right before a name ("Labour's Shadow Home Secretary Yvette Cooper") is
    that person's."""
    named = [
        p
        for p in persons
        if p.doc == title.doc
        and "\n" not in text[title.end : p.start]  # a title ending a line is not the next one's
        and (
            0 <= p.start - title.end <= 1
            # "the Iraqi Foreign Minister, Ibrahim al-Jaafari": the name the title introduces
            or (0 <= p.start - title.end <= 2 and p.role == title.text)
            # "Assistant Secretary of State for East Asian Affairs Daniel Kritenbrink",
            # "Executive director of the Dallas chapter of ... Alia Salem": the name the
            # title's portfolio leads to
            or (0 <= p.start - title.end <= 80 and _PORTFOLIO.match(text, title.end, p.start))
        )
    ]
    if named:
        return named[0]
    words = _words(title.text.lower())
    before = [p for p in persons if p.doc == title.doc and p.end <= title.start]
    closest = max(before, key=lambda p: p.end, default=None)
    if closest is not None and text[closest.end : title.start].strip() == ",":
        # "Hun Manet, Prime Minister of ...": the title right after a name and a comma is his,
        # though another holder of the same title was named before
        return closest
    with_role = [p for p in before if p.role and words <= _words(p.role.lower())]
    holders = {_surname(p.text) for p in with_role}
    if len(holders) > 1 and title.text.lower().startswith("the "):
        # "President Biden spoke with President Al-Sisi ... The President reiterated": two
        # people hold the title, and the text does not say which one it means
        return None
    if with_role:
        return max(with_role, key=lambda p: p.end)
    closest = max(before, key=lambda p: p.end, default=None)
    if closest is None or title.start - closest.end > 80:
        return None
    if not text[closest.end : title.start].lstrip().startswith(","):
        return None  # "Kurt Campbell and Assistant Secretary ...": a second person, no apposition
    return None if _SENTENCE_END.search(text, closest.end, title.start) else closest


def _surname(name: str) -> str:
    words = name.replace(",", " ").split()
    words = [w for w in words if w.rstrip(".") not in _GENERATIONS]
    return words[-1] if words else name


def _closest(mention: NameMention, targets: list[str], full: _FullNames) -> str:
    targets = _likeliest_holders(mention.text, targets)
    if len(targets) == 1:
        return targets[0]

    def weight(name: str) -> tuple[int, int]:
        same = full.ends_in(name, mention.doc)
        before = [end for end in same if end <= mention.start]
        return (len(same), max(before, default=-1))

    return max(targets, key=weight)


def _likeliest_holders(short: str, targets: list[str]) -> list[str]:
    """Of the full names holding a one-word short form, those it can be the surname of.

    'Trump' beside 'Donald Trump' and 'Trump Tower Manila', or beside 'Donald J. Trump' and
    a shirt's 'Fascist Trump': a surname names the person whose name ends in it, and one
    opened by a given name before a run the tagger took whole (three PolNeAR briefs in 80
    gave Trump's mentions to a tower, a golf resort and a slogan). 'Xi' in 'Xi Jinping' still
    finds its only holder: the narrowing applies only while some holder is left. A given
    name the lists lack ('Jeh') is no ordinary word, so 'Johnson' after 'Jeh Johnson' is not
    given to a 'Gary Johnson' named earlier (the two were one actor).
    """
    if " " in short or len(targets) < 2:
        return targets
    key = short.lower()
    ending = [t for t in targets if _surname(t).lower() == key] or targets
    # a rare given name ('Jeh Johnson' beside 'Gary Johnson') is still a given name: only a
    # first word that is an ordinary word ('Fascist Trump') marks a run that names no one
    given = [t for t in ending if _may_be_given(t.split()[0])]
    return given or ending


def _may_be_given(word: str) -> bool:
    """A given name by the lists, or a word that is neither an ordinary word nor a title
    ('Senators Rubio and Cruz': 'Senators' opens no name)."""
    lower = word.lower()
    if lower in gz.given_names():
        return True
    return lower not in gz.common_words() and lower.removesuffix("s") not in gz.title_words()


def _merge_short_forms(
    others: dict[tuple[str, str], list[NameMention]],
    headlines: dict[str, int] | None = None,
) -> dict[tuple[str, str], list[NameMention]]:
    """Within one article, a short form joins the one longer name of its kind it abbreviates:
    "WHO" -> "World Health Organisation", "Korea" -> "South Korea", "the Court" -> "Supreme
    Court of Cassation". Ambiguous short forms ("Australia" beside "Western Australia" and
    "South Australia") stay apart."""
    by_doc: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for key, ms in others.items():
        for m in ms:
            by_doc[m.doc].add(key)
    parent = _bracketed(others)
    for keys in by_doc.values():
        parent.update(_spelt_out(keys, parent))
        for key in keys:
            if key in parent or _a_country_of_its_own(key):
                continue
            targets = [
                k
                for k in keys
                if k[0] == key[0]
                # both tests need the longer name; asked first, it spares most of their work
                and len(k[1]) > len(key[1])
                and (_short_form(key[1], k[1]) or _reworded(key[1], k[1]))
                and not _place_prefix(key, k[1])
                and not _own_place(key, k[1])
                and not _state_of_a_city(key, k[1])
                and not _part_of(key, k[1])
                and (key[1], k[1]) not in _OTHER_BODIES
            ]
            # "Court" in "Supreme Court" and "Supreme Court of Cassation": the longest one
            targets = [t for t in targets if not any(_short_form(t[1], o[1]) for o in targets)]
            if len(targets) > 1 and headlines is not None:
                targets = _headline_short_form(others[key], targets, others, headlines)
            if len(targets) == 1:
                parent[key] = targets[0]
    merged: dict[tuple[str, str], list[NameMention]] = defaultdict(list)
    for key, ms in others.items():
        root, seen = key, {key}
        while root in parent and parent[root] not in seen:
            root = parent[root]
            seen.add(root)
        merged[root].extend(ms)
    return merged


def _headline_short_form(
    mentions: list[NameMention],
    targets: list[tuple[str, str]],
    others: dict[tuple[str, str], list[NameMention]],
    headlines: dict[str, int],
) -> list[tuple[str, str]]:
    """'Court blocks flights' over 'The High Court on Tuesday blocked ... The Court of Appeal
    is expected to hear the case': a short form named only in the headline is the longer
    name the article's body names first (the lead says who the headline is about)."""
    docs = {m.doc for m in mentions}
    if len(docs) != 1 or any(m.start >= headlines.get(m.doc, 0) for m in mentions):
        return targets
    doc = docs.pop()
    first = {t: min((m.start for m in others[t] if m.doc == doc), default=10**9) for t in targets}
    return [min(targets, key=lambda t: first[t])]


_COMPASS = tuple(f"{point} " for point in word_table("name_words.json", "compass"))


def _own_place(key: tuple[str, str], long: str) -> bool:
    """'Los Angeles' beside 'East Los Angeles': a known city or region is itself, never the
    short form of the district named after it (but 'Korea' may stand for 'South Korea')."""
    kind, short = key
    if kind != "place" or short in _SHORT_COUNTRIES or not long.endswith(" " + short):
        return False
    if not long.startswith(_COMPASS) or len(long.split()) - len(short.split()) != 1:
        return False
    return short in gz.cities() or short in gz.regions() or short in gz.countries().values()


def _state_of_a_city(key: tuple[str, str], long: str) -> bool:
    """'New York' beside 'New York City', 'Kansas' beside 'Kansas City': a state or province
    (and no city of that name) is never the short form of the city named after it. Merged,
    "Former New York Gov. George Pataki" was made a governor of New York City."""
    kind, short = key
    if kind != "place" or not long.startswith(short + " ") or long not in gz.cities():
        return False
    return short in gz.regions() and short not in gz.cities()


def _place_prefix(key: tuple[str, str], long: str) -> bool:
    """'LA' and 'LA Times', 'GB' and 'GB News', 'Ontario' and 'Ontario Liberal Party': an
    organisation named after a place does not make the bare place (or its two-letter
    initials) a short form of itself."""
    kind, short = key
    if kind != "organization" or not long.startswith(short + " "):
        return False
    letters = short.replace(".", "")
    if len(letters) == 2 and letters.isupper():
        return True
    return bool(gz.country_of(short)) or short in gz.cities() or short in gz.regions()


def _part_of(key: tuple[str, str], long: str) -> bool:
    """'Democratic Party' beside 'Ohio Democratic Party': the longer name is a branch of
    the body (the body with a place put before it), not its full name, so the body named on
    its own stays itself. Two PolNeAR briefs in 80 showed the party's national mentions
    under a state chapter's name. The place is named, not described: 'the Commission' is
    the 'European Commission'."""
    kind, short = key
    if kind != "organization" or not long.endswith(" " + short):
        return False
    head = long[: -len(short)].rstrip()
    return head in gz.countries() or head in gz.cities() or head in gz.regions()


# Short forms that news uses for another body than the longer name holding them: "the House"
# is the House of Representatives, never the White House.
_OTHER_BODIES = {("House", "White House")}

# Short country names that news uses for a longer one ("Korea" for South Korea).
_SHORT_COUNTRIES = {"Korea", "Congo"}


def _a_country_of_its_own(key: tuple[str, str]) -> bool:
    """'Sudan' beside 'South Sudan', 'Guinea' beside 'Equatorial Guinea': a country's own
    name is that country, never a short form of another."""
    kind, name = key
    return kind == "place" and name in gz.countries().values() and name not in _SHORT_COUNTRIES


def _bracketed(
    others: dict[tuple[str, str], list[NameMention]],
) -> dict[tuple[str, str], tuple[str, str]]:
    """'Italian Episcopal Conference (CEI)', 'CEI (Italian Episcopal Conference)': a name and
    the acronym in brackets right after it are one actor (the acronym joins the long name)."""
    at: dict[tuple[str, int], tuple[str, str]] = {}
    for key, ms in others.items():
        for m in ms:
            at[(m.doc, m.start)] = key
    parent: dict[tuple[str, str], tuple[str, str]] = {}
    for key, ms in others.items():
        for m in ms:
            other = at.get((m.doc, m.end + 2))  # ' (' between the two names
            if other is None or other == key or other[0] != key[0] or key[0] == "group":
                continue
            short, long = (other, key) if other[1].isupper() else (key, other)
            if short[1].isupper() and not long[1].isupper():
                parent.setdefault(short, long)
    return parent


_GLUE = frozenset(word_table("actor_words.json", "acronym_glue"))


def _spelt_out(
    keys: set[tuple[str, str]], parent: dict[tuple[str, str], tuple[str, str]]
) -> dict[tuple[str, str], tuple[str, str]]:
    """'For Inspiration and Recognition of Science and Technology' beside 'FIRST': a name
    whose capitalised words spell an acronym of the article only when a capitalised glue
    word counts ("For") joins the acronym, which the article uses as the name. (When the
    initials match without it, ``_short_form`` makes the acronym join the long name.)"""
    found = {}
    for key in keys:
        kind, name = key
        if key in parent or name.isupper() or " " not in name:
            continue
        letters = "".join(w[0] for w in name.split() if w[:1].isupper())
        acronym = (kind, letters)
        if acronym in keys and acronym not in parent and not _short_form(letters, name):
            found[key] = acronym
    return found


def _reworded(short: str, long: str) -> bool:
    """'State Department' and 'Department of State', 'Food Standards Australia New Zealand'
    and 'Food Standards of Australia and New Zealand': the same words of two or more, only
    glue words added or the order changed, are one name; the shorter joins the longer."""
    words = _words(short) - _GLUE
    return len(words) >= 2 and len(short) < len(long) and words == _words(long) - _GLUE


def _short_form(short: str, long: str) -> bool:
    """'WHO' abbreviates 'World Health Organisation'; 'Korea' is part of 'South Korea'."""
    if short == long or len(short) >= len(long):
        return False
    letters = short.replace(".", "").replace("&", "")  # "J&J" for "Johnson & Johnson"
    if _acronym(short):
        initials = "".join(w[0] for w in long.split() if w.lower() not in _GLUE and w[0].isalpha())
        # "FIFA" beside "FIFA Congress", "UN" beside "UN Security Council": an acronym that
        # opens a longer name is the parent of the body it names, not its short form.
        return letters == initials.upper()
    words = _words(short) - _GLUE
    return bool(words) and words < _words(long) - _GLUE


def _actor(actor_id: str, mentions: list[NameMention], name: str | None = None) -> Actor:
    kind = mentions[0].kind
    if name is None or kind == "person":
        names = [m.text for m in mentions if not (m.role and m.role == m.text)]  # no titles
        name = _not_run_on(max(names or [m.text for m in mentions], key=len), names)
    if kind == "group":
        name = max((m.text for m in mentions), key=len)
    aliases = sorted({m.text for m in mentions} - {name})
    return Actor(
        id=actor_id,
        name=name,
        kind=kind,
        role=written_out(_most_common(m.role for m in mentions)),
        affiliation=_most_common(m.affiliation for m in mentions),
        aliases=tuple(aliases),
        mentions=tuple(Evidence(m.doc, m.start, m.end, m.text) for m in mentions),
    )


def _not_run_on(name: str, names: list[str]) -> str:
    """The person's name, not a run the tagger let go on into the next capitalised words:
    'Ted Cruz South Carolina' from a live blog's line, 'Marco Rubio Miss' from the headline
    'Donald Trump And Marco Rubio Miss The Mark' (two PolNeAR briefs of 40, seed 1402). A
    longer form written once that only adds words to a full name written more often is
    such a run; a full name written first and a shorter one after ('Hillary Rodham
    Clinton', then 'Hillary Clinton') add no words at the end, and stay."""
    if names.count(name) > 1:
        return name
    counts = Counter(names)
    shorter = [
        n for n, c in counts.items() if c > 1 and len(n.split()) > 1 and name.startswith(n + " ")
    ]
    return max(shorter, key=len) if shorter else name


def _most_common(values) -> str | None:
    given = [v for v in values if v]
    if len(set(given)) < 2:  # most actors have no role or one: no Counter for them
        return given[0] if given else None
    counts = Counter(given)
    best = max(counts.values())
    return max((v for v, c in counts.items() if c == best), key=len)


def span_resolver(actors: Sequence[Actor]) -> Resolver:
    """A function from a span of a document to the actor whose mention covers it best. Each
    document's mentions are indexed by position: a scan of them all per quote and event
    was quadratic in the article's length."""
    by_doc: dict[str, list[_Located]] = defaultdict(list)
    for actor in actors:
        for m in actor.mentions:
            by_doc[m.doc].append(_Located(m.start, m.end, actor.id))
    indexed = {doc: BySpan(located) for doc, located in by_doc.items()}

    def resolve(doc: str, start: int, end: int) -> str | None:
        """The actor whose mention best covers [start, end) in ``doc``: the most characters in
        common, then the shortest mention ("LA Weekly" for "LA Weekly", the "LA" named inside
        it for "LA")."""
        index = indexed.get(doc)
        best, best_key = None, (0, 0)
        for s, e, actor_id in index.overlapping(start, end) if index else ():
            common = min(e, end) - max(s, start)
            if common > 0 and (common, s - e) > best_key:
                best, best_key = actor_id, (common, s - e)
        return best

    return resolve


class _Located(NamedTuple):
    start: int
    end: int
    actor: str
