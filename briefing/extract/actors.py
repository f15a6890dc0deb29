"""Actor mentions of one document, with the role and affiliation their context gives.

Names come from ``doc.ents`` (rule pipeline or trained NER); roles come from the words around
them: a title before the name ("Russian Deputy Secretary of the Security Council Dmitry
Medvedev"), an apposition after it ("Dmitry Peskov, the Kremlin spokesperson"), or a
possessive role before it ("Norway's fisheries minister, Erik Haugland"). Groups ("Western
leaders", "the 27 member states") are found by pattern, since NER does not name them.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span

from .. import gazetteers as gz
from ..model import ActorKind, Document, NameMention
from ..name_runs import NOT_NAMES
from ..name_runs import common as runs_common
from . import text_of

KINDS: dict[str, ActorKind] = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
_PLACE_PREPOSITIONS = frozenset({"in", "at", "on", "from", "to", "after", "before", "since"})
_TITLE_GLUE = frozenset({"of", "the", "for"})
_ARTICLES = re.compile(r"^(?:the|a|an)\s+", re.I)


def name_mentions(doc: Doc, document: Document) -> list[NameMention]:
    """Every person, organisation, place and group mention, in text order."""
    mentions = [_mention(doc, ent, document.id) for ent in doc.ents if ent.label_ in KINDS]
    mentions = [m for m in mentions if not _inside_role(m, mentions)]
    mentions += groups(doc, document.id) + governments(doc, document.id)
    mentions += peoples_as_countries(doc, document.id, mentions)
    mentions += headline_groups(doc, document, mentions)
    mentions += headline_phrase_groups(doc, document, mentions)
    return sorted(mentions, key=lambda m: m.start)


def peoples_as_countries(doc: Doc, doc_id: str, mentions: list[NameMention]) -> list[NameMention]:
    """'putting the Belgians in the lead' in a story that names Belgium: 'the' and a people
    in the plural act as their country (its team, its government), so they join its actor."""
    named = {gz.countries().get(m.text, m.text) for m in mentions if m.kind == "place"}
    found = []
    for ent in doc.ents:
        country = gz.peoples().get(ent.text)
        if ent.label_ != "NORP" or country not in named or ent.start == 0:
            continue
        if doc[ent.start - 1].lower_ == "the":
            found.append(
                NameMention(doc_id, ent.start_char, ent.end_char, ent.text, "place", None, None)
            )
    return found


def _mention(doc: Doc, ent: Span, doc_id: str) -> NameMention:
    kind = KINDS[ent.label_]
    role = affiliation = None
    if kind == "person" and _is_title(ent.text):
        role = ent.text  # "the Home Secretary": the title stands for its holder
    elif kind == "person":
        role, affiliation = title_before(doc, ent) or apposition(doc, ent) or (None, None)
    elif kind == "organization":
        known = gz.known_orgs().get(ent.text)
        affiliation = known.affiliation if known else _demonym_before(doc, ent)
    elif kind == "place":
        affiliation = gz.capitals().get(ent.text)  # "Moscow said": a stand-in for Russia
    return NameMention(doc_id, ent.start_char, ent.end_char, ent.text, kind, role, affiliation)


def _is_title(text: str) -> bool:
    return text in gz.titles() or text.lower() in gz.title_words()


def _inside_role(mention: NameMention, mentions: list[NameMention]) -> bool:
    """'Security Council' in 'Deputy Secretary of the Security Council Dmitry Medvedev'."""
    return mention.kind != "person" and any(
        m.kind == "person" and m.role and mention.text in m.role and 0 <= m.start - mention.end < 3
        for m in mentions
    )


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
        if token.is_title or token.is_upper or token.lower_ in _TITLE_GLUE | gz.title_words():
            words.insert(0, token.text)
            i -= 1
        else:
            break
    return _split_role(words)


def _split_role(words: list[str]) -> tuple[str, str | None] | None:
    """Find the longest title the words end with, and an affiliation before it."""
    text = " ".join(words)
    match = _title_pattern().search(text)
    if match:
        role = match.group(1)
        before = text[: match.start(1)].split()
        while " " in role and role.split()[0] in NOT_NAMES:  # "In Turkey Minister Ellwood"
            word, role = role.split(" ", 1)
            if word.lower() in _PLACE_PREPOSITIONS and " " in role:
                before, role = [], role.split(" ", 1)[1]  # a setting, not an affiliation
        while role.split()[0] in gz.demonyms() or role.split()[0] in gz.countries():
            before.append(role.split()[0])
            role = role.split(" ", 1)[1] if " " in role else ""
            if not role:
                return None
        affiliation = next((gz.country_of(w) for w in reversed(before) if gz.country_of(w)), None)
        if affiliation == "Europe":  # "European Commissioner": the Union, not the continent
            affiliation = "European Union"
        if role.lower() in {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "sir"}:
            return None
        return role, affiliation
    return None


@cache
def _title_pattern() -> re.Pattern[str]:
    """Capitalised words ending in a known title, at the end of the text (longest title first)."""
    titles = "|".join(re.escape(t) for t in gz.titles())
    portfolio = r"(?:\s+(?:of|for)(?:\s+the)?(?:\s+[A-Z][\w-]*)+)?"  # "Secretary of Defense"
    return re.compile(rf"(?:^|\s)((?:[A-Z][\w-]*\s+)*?(?:{titles}){portfolio})$")


_APPOSITION = re.compile(r"^\s*,\s*(?:the|a|an|who is the|who is a)\s+([^,.;:()\"“”]{2,90})")
_POSSESSIVE = re.compile(
    r"(?:\b([A-Z][\w.]*)(?:'s|’s)|\b[Tt]he\s+([A-Z][\w ]*?)|\b[Aa]n?\s+([A-Z]\w*))"
    r"\s+([a-z][a-z ]*?)\s*,\s*$"
)


def apposition(doc: Doc, ent: Span) -> tuple[str, str | None] | None:
    """'X, the Kremlin spokesperson,' / 'X, chairman of Y,' / "Norway's minister, X"."""
    after = text_of(doc)[ent.end_char : ent.end_char + 120]
    match = _APPOSITION.match(after)
    if match:
        found = _role_in_description(match.group(1).strip())
        if found:
            return found
    before = text_of(doc)[max(0, ent.start_char - 100) : ent.start_char]
    match = _POSSESSIVE.search(before)
    if match and _head_title(match.group(4)):
        owner = match.group(1) or match.group(2) or match.group(3)
        return match.group(4), gz.country_of(owner) or owner
    match = _title_comma().search(before)
    if match:
        return _leading_affiliation(match.group(1).split())
    return None


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
    return re.compile(
        rf"(?:\b[Tt]he|\bas|\b[Aa]n?)\s+((?:[A-Z][\w.-]*\s+)*?(?:{titles})"
        rf"(?:\s+(?:for|of)(?:\s+the)?(?:\s+[A-Z][\w-]*)+)?)\s*,\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$"
    )


def _head_title(words: str) -> bool:
    return bool(words) and words.split()[-1].lower() in gz.title_words()


def _role_in_description(text: str) -> tuple[str, str | None] | None:
    """'Kremlin spokesperson' / 'chairman of the Danish Fishermen's Association'."""
    words = text.split()
    for i, word in enumerate(words):
        if word.lower() in gz.title_words():
            owner = " ".join(words[:i])
            rest = " ".join(words[i + 1 :])
            role = " ".join(words[: i + 1]) if owner.islower() else word
            of = re.match(r"^(?:of|for|at)\s+(?:the\s+)?(.+)$", rest)
            affiliation = of.group(1) if of else owner if owner and not owner.islower() else None
            if affiliation:
                affiliation = gz.country_of(affiliation) or _ARTICLES.sub("", affiliation)
            return role, affiliation
    return None


@cache
def _group_pattern() -> re.Pattern[str]:
    adjectives = "|".join(sorted(map(re.escape, gz.demonyms()), key=len, reverse=True))
    nouns = "|".join(sorted(map(re.escape, gz.group_nouns()), key=len, reverse=True))
    return re.compile(
        rf"\b(?:(?:{adjectives})(?:\s+[a-z]+)?\s+(?:{nouns})|(?:the|its|their)\s+\d+\s+member\s+states)\b"
    )


def groups(doc: Doc, doc_id: str) -> list[NameMention]:
    """'Western leaders', 'European security analysts', 'the 27 member states'."""
    found = []
    for match in _group_pattern().finditer(text_of(doc)):
        text = match.group(0)
        first = text.split()[0]
        affiliation = gz.country_of(first) if first != "the" else None
        mention = NameMention(doc_id, match.start(), match.end(), text, "group", None, affiliation)
        found.append(mention)
    return found


_HEADLINE_GROUP = re.compile(r"^\s*((?:[A-Z][a-z]+\s+)?(?:[A-Z][a-z]+|[a-z]+)[^s\W]s)\s+[a-z]")


def headline_groups(doc: Doc, document: Document, mentions: list[NameMention]) -> list[NameMention]:
    """'Hackers attack ...', 'Local municipalities in Italy ask ...': a headline that opens
    with a plural common noun names the group the story is about; the same noun in the body
    ("the hackers") is that group again."""
    text = text_of(doc)
    title = document.title.strip()
    start = text.find(title, 0, len(title) + 200) if title else -1
    match = _HEADLINE_GROUP.match(text, start) if start >= 0 else None
    if not match or not _group_words(match.group(1).split()):
        return []
    if any(m.start < match.end(1) and match.start(1) < m.end for m in mentions):
        return []  # "Microsoft": a name, not a group
    head = match.group(1).split()[-1].lower()
    first = match.group(1).split()[0]
    affiliation = gz.country_of(first)
    found = [
        NameMention(
            document.id, match.start(1), match.end(1), match.group(1), "group", None, affiliation
        )
    ]
    for other in re.finditer(rf"\b{re.escape(head)}\b", text[match.end(1) :]):
        begin = match.end(1) + other.start()
        found.append(
            NameMention(document.id, begin, begin + len(head), head, "group", None, affiliation)
        )
    return found


_PLURAL_PHRASE = re.compile(r"\b(?=([a-z]+ [a-z]+[^s\W]s)\b)")  # overlapping pairs


def headline_phrase_groups(
    doc: Doc, document: Document, mentions: list[NameMention]
) -> list[NameMention]:
    """'... ask taxes from religious schools': an adjective and a plural noun of people or
    bodies anywhere in the headline, written again in the body, names a group the story is
    about; each occurrence of the phrase is a mention of it."""
    text = text_of(doc)
    title = document.title.strip()
    start = text.find(title, 0, len(title) + 200) if title else -1
    if start < 0:
        return []
    end = start + len(title)
    taken = [(m.start, m.end) for m in mentions]
    found: list[NameMention] = []
    for match in _PLURAL_PHRASE.finditer(text, start, end):
        if not _group_words(match.group(1).split()):
            continue
        phrase = re.compile(rf"\b{re.escape(match.group(1))}\b", re.I)
        spans = [(m.start(), m.end()) for m in phrase.finditer(text)]
        if len(spans) < 2 or any(s < e2 and s2 < e for s, e in spans for s2, e2 in taken):
            continue
        for s, e in spans:
            found.append(NameMention(document.id, s, e, text[s:e], "group", None, None))
    return found


def _plain_word(word: str) -> bool:
    return word not in NOT_NAMES and (runs_common(word) or gz.country_of(word) is not None)


_ADJECTIVE_ENDINGS = ("al", "an", "ish", "ese", "ic", "ive", "ous", "ern", "ent")
# Plural nouns of people and bodies ("hackers", "scientists", "municipalities"), not things
# ("prices", "shares"), or a group noun from rules/groups.txt.
_PEOPLE_ENDINGS = ("ers", "ors", "ists", "ians", "ants", "ents", "ies")


def _group_words(words: list[str]) -> bool:
    """'Hackers' or 'Local municipalities': an adjective may come first, no noun ('Commission
    defends' is a name and a verb)."""
    if not all(_plain_word(w) for w in words):
        return False
    noun = words[-1].lower()
    if not (noun.endswith(_PEOPLE_ENDINGS) or noun in gz.group_nouns()):
        return False
    return len(words) == 1 or words[0].lower().endswith(_ADJECTIVE_ENDINGS)


INSTITUTIONS = (
    r"government|authorities|military|armed forces|foreign ministry|defen[cs]e ministry|embassy"
)


@cache
def _government_pattern() -> re.Pattern[str]:
    adjectives = "|".join(sorted(map(re.escape, gz.demonyms()), key=len, reverse=True))
    return re.compile(rf"\b({adjectives})\s+(?:{INSTITUTIONS})\b")


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
