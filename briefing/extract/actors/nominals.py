"""Which named person or body a definite role phrase refers to: 'the U.S. president',
'the Russian foreign minister', 'the Kremlin spokesperson', 'the ministry'.

A role phrase names a role and often an affiliation (a country, a demonym or a body
before the role). The referent is a mention earlier in the document whose role and
affiliation both fit: 'the U.S. president' after 'U.S. President Donald Trump will meet
Russian President Vladimir Putin' is Trump, though Putin was named last. A surname
mention ('Trump') takes the role and affiliation given with the full name. A bare role
('the president') takes the latest mention with that role; an affiliation that fits
nobody leaves the phrase unresolved rather than guessed.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.extract.actors.antecedents import Seen
from briefing.model import NameMention
from briefing.nlp import gazetteers as gz
from briefing.rules import word_table

_SKIP = frozenset(word_table("actor_words.json", "not_affiliations"))
_BARE_RANKS = frozenset(word_table("actor_words.json", "bare_ranks"))


def _profiles(earlier: Sequence[Seen]) -> dict[str, tuple[str, str]]:
    """Last word of a person's name -> (role, affiliation) given with that name: each the
    first given in the document's order."""
    roles: dict[str, tuple[int, str]] = {}
    affiliations: dict[str, tuple[int, str]] = {}
    for seen in earlier:
        m = seen.mention
        if m.kind != "person":
            continue
        surname = m.text.split()[-1]
        for value, firsts in ((m.role, roles), (m.affiliation, affiliations)):
            if value and (surname not in firsts or seen.first_index < firsts[surname][0]):
                firsts[surname] = (seen.first_index, value)
    surnames = roles.keys() | affiliations.keys()
    return {s: (roles.get(s, (0, ""))[1], affiliations.get(s, (0, ""))[1]) for s in surnames}


def _wanted(modifiers: list[str]) -> set[str]:
    """The affiliations the words before a role name: 'U.S.' -> United States, 'Russian'
    -> Russia, 'Kremlin' -> Kremlin. Lower-case words ('company's', 'senior') name none."""
    wanted = set()
    for word in modifiers:
        word = word.strip(",;:").removesuffix("'s").removesuffix("’s")
        if not word[:1].isupper() or word.lower() in _SKIP or word.lower() in gz.title_words():
            continue  # 'The Deputy Prime Minister': a rank, not an affiliation
        wanted.add(gz.country_of(word) or gz.country_of(word.rstrip(".")) or word.rstrip("."))
    return wanted


def _rank(modifiers: list[str]) -> list[str]:
    """The rank words right before a role: 'The Deputy Prime Minister' -> ['deputy']."""
    rank: list[str] = []
    for word in reversed(modifiers):
        bare = word.strip(",;:").lower()
        if bare not in gz.title_words() and bare not in _BARE_RANKS:
            break
        rank.insert(0, bare)
    return rank


def _fits(affiliation: str, wanted: set[str]) -> bool:
    if affiliation in wanted:
        return True
    country = gz.country_of(affiliation)
    return bool(country and country in wanted) or any(w in affiliation for w in wanted)


def _same_role(noun: str, words: list[str]) -> bool:
    """'spokesman', 'spokeswoman' and 'spokesperson' name one role."""
    if noun.startswith("spokes"):
        return any(w.startswith("spokes") for w in words)
    return noun in words


def role_referent(
    phrase: str, role: str, role_at: int, earlier: Sequence[Seen]
) -> NameMention | None:
    """The mention a role phrase refers to (``role``: the role words found at ``role_at``
    in ``phrase``), from the mentions before it (``earlier``: MentionIndex.earlier); None
    when none fits. Mentions alike in kind, text, role and affiliation fit alike, so each
    group is judged once, by its latest mention."""
    noun = role.lower().split()[-1]
    whole = " ".join([*_rank(phrase[:role_at].split()), role.lower()])
    profiles = _profiles(earlier)
    candidates: list[tuple[NameMention, str, str]] = []
    for seen in earlier:
        m = seen.mention
        own_role, own_affiliation = m.role or "", m.affiliation or ""
        if m.kind == "person" and not (own_role and own_affiliation):
            role_of, affiliation_of = profiles.get(m.text.split()[-1], ("", ""))
            own_role, own_affiliation = own_role or role_of, own_affiliation or affiliation_of
        if _same_role(noun, own_role.lower().split() + m.text.lower().split()):
            candidates.append((m, own_role.lower(), own_affiliation))
    if not candidates:
        return _business(noun, earlier)
    equal = [c for c in candidates if c[1] == whole]
    candidates = equal or [c for c in candidates if whole in c[1]] or candidates
    wanted = _wanted(phrase[:role_at].split())
    if wanted:
        fitting = [c for c in candidates if c[2] and _fits(c[2], wanted)]
        unknown = [c for c in candidates if not c[2]]
        candidates = fitting or unknown
    if not candidates:
        return None
    people = {c[0].text.replace(",", " ").split()[-1] for c in candidates if c[0].kind == "person"}
    if len(people) > 1 and not wanted and phrase.lower().startswith("the "):
        # "President Biden spoke with President Al-Sisi ... The President reiterated": two
        # people hold the role and nothing in the phrase says which: no speaker, no guess
        return None
    return max(candidates, key=lambda c: c[0].end)[0]


# Nouns by which news refers back to a business it has named ("The company said ...").
_BUSINESS = frozenset(word_table("actor_words.json", "business_nouns"))
# Organisation words that a business's name may hold; every other organisation word
# (Ministry, Union, Times, University, ...) names a body that is not 'the company'.
_BUSINESS_WORDS = frozenset(word_table("actor_words.json", "business_words"))


def _business(noun: str, earlier: Sequence[Seen]) -> NameMention | None:
    """'The company, which supplies ..., said': the business the article has named most
    often so far (the latest of them on a tie); None for other nouns or with none named."""
    if noun not in _BUSINESS:
        return None
    named = [
        seen
        for seen in earlier
        if seen.mention.kind == "organization"
        and not (set(seen.mention.text.split()) & gz.org_keywords()) - _BUSINESS_WORDS
        and seen.mention.text not in gz.known_orgs()
    ]
    if not named:
        return None
    counts: dict[str, int] = {}
    for seen in named:
        first = seen.mention.text.split()[0]
        counts[first] = counts.get(first, 0) + seen.count
    best = max(named, key=lambda s: (counts[s.mention.text.split()[0]], s.mention.end))
    return best.mention
