"""Word lists kept as data in briefing/rules/, loaded once on first use.

Countries come from pycountry (a runtime dependency that ships ISO 3166 data); given names,
surnames, cities, regions and common English words were pre-extracted by
scripts/build_gazetteers.py into text files (sources and licences in its docstring); titles,
organisation words, demonyms, group nouns and non-names are written by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from briefing import rules

# Country names as news writes them, beyond pycountry's official ones.
COUNTRY_ALIASES = dict(rules.rows("places_country_aliases.tsv"))
# Demonyms that are their own plural ("the Japanese", "the Swiss"): never given an "-s".
_SAME_PLURAL = rules.word_table("name_words.json", "plural_as_singular_endings")


@dataclass(frozen=True)
class KnownOrg:
    """An organisation the gazetteer knows by name, with its canonical name and affiliation."""

    name: str
    canonical: str
    affiliation: str | None


def _lines(name: str) -> list[str]:
    return list(rules.lines(name))


@cache
def countries() -> dict[str, str]:
    """Surface name -> canonical country name."""
    import pycountry

    found: dict[str, str] = {}
    for country in pycountry.countries:
        common = getattr(country, "common_name", None) or country.name
        if "," in common:  # "Palestine, State of": the official name reads as news writes it
            official = getattr(country, "official_name", "").removeprefix("the ")
            if official and "," not in official:
                found[official] = official
            continue
        found[country.name] = common
        found[common] = common
        # 'People's Republic of China', 'Kingdom of Thailand': statements use the long form
        official = getattr(country, "official_name", "")
        if official and "," not in official:
            found[official] = common
            found[official.replace("'", "’")] = common
    found.update(COUNTRY_ALIASES)
    return found


@cache
def country_codes() -> dict[str, str]:
    """ISO 3166 two- and three-letter code -> canonical country name ('GB' -> United Kingdom).

    Codes are read only inside another name ("GB News"), never as names of their own: many
    are English words or other acronyms ("IT", "CAN", "USA" is in the aliases already)."""
    import pycountry

    found: dict[str, str] = {}
    names = countries()
    for country in pycountry.countries:
        common = names.get(country.name)
        if common:
            found[country.alpha_2] = common
            found[country.alpha_3] = common
    return found


@cache
def cities() -> frozenset[str]:
    return frozenset(_lines("places_cities.txt"))


@cache
def regions() -> frozenset[str]:
    """States, provinces and regions (US states, ISO 3166-2 subdivisions with ASCII names),
    the US states' nicknames ('the Granite State'), which name a state as a setting, and
    areas that are neither ('the Rust Belt', 'the Asia-Pacific', places_areas.txt)."""
    generic = org_keywords() | place_keywords()  # "Centre" is a French region, and a word
    listed = [
        *_lines("places_regions.txt"),
        *_lines("places_nicknames.txt"),
        *_lines("places_areas.txt"),
    ]
    return frozenset(r for r in listed if r not in generic)


@cache
def given_names() -> frozenset[str]:
    """Lower-cased given names: US Census lists, frequent names of 105 countries, hand-kept.

    Without demonyms: the census and social-network lists hold "German", "Irish", "Afghan"
    and "Russian" as given names, but in news a capitalised demonym before a name word
    ("Afghan Girls", "Russian Railways") is an adjective, never a person's first name."""
    found = frozenset(_lines("names_given.txt")) | frozenset(_lines("names_given_extra.txt"))
    return (found | frozenset(_lines("names_given_world.txt"))) - _demonym_words()


@cache
def female_names() -> frozenset[str]:
    return frozenset(_lines("names_female.txt"))


def given_name_gender(name: str) -> str | None:
    """ "female", "male" or None for a given name ("Jana" -> "female"), for pronoun matching."""
    lower = name.lower()
    if lower in female_names():
        return "female"
    return "male" if lower in given_names() else None


@cache
def surnames() -> frozenset[str]:
    """Lower-cased surnames frequent in some country (never an ordinary English word, nor a
    demonym: the lists hold "British", "Israeli" and "Czech" as surnames)."""
    return frozenset(_lines("names_surnames.txt")) - _demonym_words()


@cache
def _demonym_words() -> frozenset[str]:
    """Lower-cased demonyms, to keep them out of the name lists."""
    return frozenset(d.lower() for d in demonyms())


@cache
def common_words() -> frozenset[str]:
    """Lower-cased ordinary English words: a capitalised one is likely no name on its own."""
    return frozenset(_lines("words_common.txt"))


@cache
def not_names() -> frozenset[str]:
    """Capitalised words and acronyms that never name an actor ("GMT", "VIP", "Image")."""
    return frozenset(_lines("names_not.txt"))


@cache
def titles() -> tuple[str, ...]:
    """Titles and role nouns, longest first so the longest match wins."""
    return tuple(sorted(set(_lines("titles.txt")), key=len, reverse=True))


@cache
def title_set() -> frozenset[str]:
    """``titles()`` to test a text against: a tuple is searched item by item."""
    return frozenset(titles())


@cache
def title_words() -> frozenset[str]:
    """Single words that head a title ("Minister", "spokesperson"), any case."""
    return frozenset(t.lower() for t in titles() if " " not in t)


@cache
def org_keywords() -> frozenset[str]:
    return frozenset(_lines("orgs_keywords.txt"))


@cache
def works() -> frozenset[str]:
    """Programmes, pageants and named days that are never actors ("Meet the Press")."""
    return frozenset(_lines("names_works.txt"))


@cache
def not_actor_heads() -> frozenset[str]:
    """Last words that make a capitalised name an event, prize or law ("Booker Prize")."""
    return frozenset(_lines("names_not_heads.txt"))


@cache
def place_keywords() -> frozenset[str]:
    return frozenset(_lines("places_keywords.txt"))


@cache
def known_orgs() -> dict[str, KnownOrg]:
    found = {}
    for line in _lines("orgs_known.tsv"):
        parts = line.split("\t") + ["", "", ""]
        name, _, affiliation, alias = parts[:4]
        canonical = alias[1:] if alias.startswith("=") else name
        found[name] = KnownOrg(name, canonical, affiliation or None)
    return found


def org_name(name: str) -> str:
    """An organisation as the brief names it: no leading article, and its canonical name when
    the gazetteer knows it ("the WHO" -> "World Health Organization")."""
    name = name.removeprefix("the ").removeprefix("The ")
    known = known_orgs().get(name)
    return known.canonical if known else name


@cache
def demonyms() -> dict[str, str]:
    """Demonym or adjective -> the country or region it refers to ("Russian" -> Russia)."""
    return dict(line.split("\t")[:2] for line in _lines("demonyms.tsv"))


@cache
def nationalities() -> frozenset[str]:
    """Words naming a people or community, singular and plural ("Afghan", "Afghans",
    "Muslims"): NORP, so never typed as an organisation or a person."""
    found = set(_lines("groups_norp.txt"))
    for demonym in demonyms():
        if demonym in COUNTRY_ALIASES:
            continue
        found.add(demonym)
        found.add(demonym if demonym.endswith(_SAME_PLURAL) else demonym + "s")
    return frozenset(found)


@cache
def peoples() -> dict[str, str]:
    """A people in the plural -> its country ("Belgians" -> Belgium): "the Belgians" in a
    match report is Belgium's team, in a diplomatic story often its government."""
    found = {}
    for demonym, country in demonyms().items():
        if demonym in COUNTRY_ALIASES or demonym.endswith(_SAME_PLURAL):
            continue
        found[demonym + "s"] = countries().get(country, country)
    return found


@cache
def group_nouns() -> frozenset[str]:
    return frozenset(_lines("groups.txt"))


@cache
def capitals() -> dict[str, str]:
    """Capital city -> its country, as ``countries()`` names it ("Moscow" -> "Russia")."""
    found = {}
    for line in _lines("places_capitals.tsv"):
        city, country = line.split("\t")[:2]
        found[city] = countries().get(country, country)
    return found


def country_of(word: str) -> str | None:
    """The country a demonym, country name or possessive names ("Russia's" -> Russia)."""
    word = word.removesuffix("'s").removesuffix("’s")
    return demonyms().get(word) or countries().get(word)


@cache
def role_modifiers() -> frozenset[str]:
    """Lower-case ranks and portfolios that may open a role ("deputy", "agriculture")."""
    return frozenset(_lines("role_modifiers.txt"))


@cache
def role_relations() -> frozenset[str]:
    """Nouns relating a person to another ("counterpart"): no role, but an affiliation."""
    return frozenset(_lines("role_relations.txt"))
