"""How an article itself tells two people with overlapping names apart.

Person mentions merge when one name's words are contained in another's. Three readings of
the article's own text keep apart names that containment would join, because a wrong merge
shows one person's quotes and roles under another (issue 16):

- a generational suffix ('Donald Trump Jr.' beside 'Donald Trump', 'Duncan Hunter Sr.'): the
  tagger stops before the suffix, so the suffix written after a mention is part of its name;
- a business named by an elliptical possessive ('the top spokesman for McDonald's.') is not
  the person of that surname;
- a given name joined to another before one surname ('David and Jeanne Heidler') is that
  family's, not another person's with the same given name;
- a surname the article writes after 'Mr.' names a man, so neither it nor the same bare
  surname in that article is a woman's ('Mr. Obama' beside 'the first lady, Michelle
  Obama').
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from briefing.model import NameMention
from briefing.nlp.gazetteers import female_names, given_names
from briefing.rules import alternation, word_table

__all__ = [
    "business_possessive",
    "clustering_names",
    "generation",
    "generation_of",
    "initials_differ",
    "men_named",
    "one_generation",
    "womans_name",
]

_GENERATION_WORDS = word_table("actor_words.json", "generations")
_GENERATIONS = frozenset(g.rstrip(".") for g in _GENERATION_WORDS)
_GENERATION_AFTER = re.compile(rf"^,?\s({alternation(_GENERATION_WORDS)})(?![\w])")
# "for McDonald's." / "at Macy's, ...": a possessive with no noun after it names a business.
_ELLIPTICAL_POSSESSIVE = re.compile(r"^['’]s(?=\s*(?:[.,;:!?)]|$))", re.MULTILINE)
_JOINED_GIVEN = re.compile(
    rf"\s+(?:{alternation(word_table('actor_words.json', 'name_joiners'))})\s+"
    r"([A-Z][\w’'-]+)\s+([A-Z][\w’'-]+)"
)


def generation_of(mention: NameMention, text: str) -> tuple[str, str]:
    """(name without its suffix, the suffix without its full stop or ""): 'Duncan Hunter Sr'
    as the tagger cut it, or 'Donald Trump' followed by ', Jr.' in the text."""
    words = mention.text.replace(",", " ").split()
    if len(words) > 1 and words[-1].rstrip(".") in _GENERATIONS:
        return " ".join(words[:-1]), words[-1].rstrip(".")
    found = _GENERATION_AFTER.match(text[mention.end : mention.end + 6])
    return mention.text, found.group(1).rstrip(".") if found else ""


def business_possessive(mention: NameMention, text: str) -> bool:
    """A lone name followed by a possessive that owns nothing ("a flack for McDonald's.")."""
    return " " not in mention.text and bool(
        _ELLIPTICAL_POSSESSIVE.match(text[mention.end : mention.end + 4])
    )


def clustering_names(persons: Sequence[NameMention], texts: dict[str, str]) -> dict[int, str]:
    """id(mention) -> the name it is clustered by: its text, with a generational suffix
    when it carries one ('Donald Trump Jr.'), or with the surname a joined given name shares
    ('David Heidler')."""
    names: dict[int, str] = {}
    for m in persons:
        text = texts.get(m.doc, "")
        base, suffix = generation_of(m, text)
        # only a given name joins ('David and Jeanne Heidler'); a surname before 'and' is
        # someone else's list ('President Trump and Prime Minister Anwar')
        joined = _JOINED_GIVEN.match(text, m.end) if " " not in m.text else None
        if joined and not {m.text.lower(), joined.group(1).lower()} <= given_names():
            joined = None
        if suffix:
            names[id(m)] = f"{base} {suffix}."
        else:
            names[id(m)] = f"{m.text} {joined.group(2)}" if joined else m.text
    return names


def one_generation(bare: Sequence[NameMention], suffixed: Sequence[NameMention]) -> bool:
    """Whether a full name written without a suffix may be the person written with one: only
    when an article names the suffixed form first (news copy introduces 'Brent Bozell III',
    then writes 'Brent Bozell'); a bare form named before it is the other generation
    ('Donald Trump' ... 'his son Donald Trump Jr.'). With no article naming both, a
    shortened form ('Joe Biden' for 'Joseph R. Biden Jr.') is him, but the very name
    without its suffix is as much the father's."""
    bare = [m for m in bare if " " in m.text]
    if not bare:
        return True  # a surname alone ('President Marcos') is whichever the article is about
    first: dict[str, int] = {}
    for m in suffixed:
        first[m.doc] = min(first.get(m.doc, m.start), m.start)
    shared = [m for m in bare if m.doc in first]
    if not shared:
        return bool(bare and suffixed) and bare[0].text != generation_of(suffixed[0], "")[0]
    return all(first[m.doc] < m.start for m in shared)


def generation(name: str) -> str:
    """The generational suffix a clustering name ends in, or ""."""
    last = name.split()[-1].rstrip(".") if name.split() else ""
    return last if last in _GENERATIONS and " " in name else ""


def initials_differ(a: str, b: str) -> bool:
    """'George H.W. Bush' and 'George W. Bush': two full names that both write middle
    initials, and different ones, are two people (an outlet may leave an initial out,
    never write another)."""
    first, second = _initials(a), _initials(b)
    return bool(first and second and first != second)


def _initials(name: str) -> str:
    words = name.replace(".", ". ").split()
    middle = words[1:-1]
    return "".join(w[0].lower() for w in middle if len(w.rstrip(".")) == 1 and w[0].isupper())


_HONORIFIC = re.compile(
    rf"(?<![\w.])(?:(?P<man>{alternation(word_table('actor_words.json', 'male_honorifics'))})"
    rf"|{alternation(word_table('actor_words.json', 'female_honorifics'))})\s+$"
)
_EITHER_SEX = frozenset(word_table("actor_words.json", "names_of_either_sex"))


def men_named(
    persons: Sequence[NameMention], names: dict[int, str], texts: dict[str, str]
) -> set[int]:
    """id(mention) of every one-word name that names a man: written after 'Mr.' ('Mr.
    Obama'), or bare ('President Obama', 'Obama said') where the article's nearest courtesy
    title before that name is 'Mr.' (an article on the Clintons writes 'Mr. Clinton' and
    'Mrs. Clinton': the nearest one says whom a bare 'Clinton' means). ``names``: what each
    mention is clustered by (clustering_names)."""
    titled: dict[tuple[str, str], list[tuple[int, bool]]] = defaultdict(list)
    for m in persons:
        found = _HONORIFIC.search(texts.get(m.doc, "")[max(0, m.start - 8) : m.start])
        if " " not in names[id(m)] and found:
            titled[(m.doc, names[id(m)])].append((m.start, bool(found.group("man"))))
    men = set()
    for m in persons:
        near = titled.get((m.doc, names[id(m)]))
        if near and min(near, key=lambda t: abs(t[0] - m.start))[1]:
            men.add(id(m))
    return men


def womans_name(full: str, short: str) -> bool:
    """Whether ``full`` opens with a woman's given name before the surname ``short``
    ('Michelle Obama' for 'Obama'); a name men bear as often ('Pat', 'Kim') says nothing,
    and 'Kim' is the surname in 'Kim Jong Un'."""
    given = full.split()[0]
    if given == short or given.lower() in _EITHER_SEX:
        return False
    return given.lower() in female_names()
