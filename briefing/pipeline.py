"""spaCy components of the rule pipeline: paragraph-aware sentences and rule-based names.

The name tagger labels ``doc.ents`` with OntoNotes labels (PERSON, ORG, GPE, NORP) from
gazetteers (briefing/gazetteers.py) and the context of capitalised sequences: a title
before a name, an organisation word inside it, a given name at its start, and document-level
consistency (a surname seen in a full name earlier is the same person later). It scans each
token a bounded number of times, so its cost is linear in the text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import gazetteers as gz

if TYPE_CHECKING:
    from spacy.tokens import Token

CONNECTORS = {"of", "for", "the", "and", "on", "de", "del", "van", "von", "der", "al", "bin", "la"}
NAME_PARTICLES = {"de", "del", "van", "von", "der", "al", "bin", "la", "da", "di", "le", "ibn"}
SPEECH_VERBS = {"said", "says", "told", "added", "stated", "argued", "warned", "insisted"}
LOWER_STARTS = {"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their"}
# Capitalised words that start sentences or headlines but never name an actor.
NOT_NAMES = {
    "The", "A", "An", "In", "On", "At", "For", "But", "And", "Or", "If", "As", "It", "He",
    "She", "They", "We", "I", "You", "This", "That", "These", "Those", "However", "While",
    "When", "After", "Before", "Since", "Although", "Meanwhile", "Yet", "So", "Still",
    "According", "Speaking", "His", "Her", "Their", "Our", "My", "Its", "There", "Here",
    "What", "Who", "Why", "How", "Will", "Would", "Could", "Should", "May", "Might", "Can",
    "Is", "Are", "Was", "Were", "Has", "Have", "Had", "Do", "Does", "Did", "Not", "No",
    "Yes", "Mr", "Mrs", "Ms", "Dr", "Some", "Many", "Most", "All", "Both", "Each", "Every",
    "Any", "Other", "Others", "Such", "Even", "Also", "Now", "Then", "Today", "Tomorrow",
    "Yesterday", "Last", "Next", "New", "Former", "Officials", "Western", "Eastern",
    "Northern", "Southern", "Cold", "War", "Talks", "Ministers", "Diplomats", "Analysts",
}  # fmt: skip


@Language.factory("paragraph_breaks")
def make_paragraph_breaks(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks()


class ParagraphBreaks:
    """A line break ends a sentence: titles, datelines and paragraphs have no final stop."""

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[:-1]:
            if "\n" in token.text or "\n" in token.whitespace_:
                doc[token.i + 1].is_sent_start = True
        return doc


@Language.factory("name_tagger")
def make_name_tagger(nlp: Language, name: str) -> NameTagger:
    return NameTagger(nlp)


class NameTagger:
    """Label persons, organisations, places and nationalities with rules and gazetteers."""

    def __init__(self, nlp: Language) -> None:
        from spacy.matcher import PhraseMatcher

        self.matcher = PhraseMatcher(nlp.vocab)
        gazette = {
            "GPE": list(gz.countries()) + sorted(gz.cities()),
            "ORG": list(gz.known_orgs()),
            "NORP": [d for d in gz.demonyms() if d not in gz.COUNTRY_ALIASES],
        }
        for label, names in gazette.items():
            self.matcher.add(label, [nlp.make_doc(n) for n in names])

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = filter_spans(self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Span]:
        """Candidate entity spans, possibly overlapping; ``__call__`` keeps the longest."""
        known = [Span(doc, s, e, label=label) for label, s, e in self.matcher(doc, as_spans=False)]
        runs = [r for r in _capitalised_runs(doc) if not _inside_any(r, known)]
        found = [s for s in (self.classify(doc, r) for r in runs) if s is not None]
        speakers = _speaking_surnames(doc)
        found += [
            Span(doc, start, end, label="PERSON")
            for start, end in runs
            if 2 <= end - start <= 3
            and doc[end - 1].text in speakers
            and not any(s.start <= start < s.end for s in found)
        ]
        # A surname seen in a full name names the same person later ("Ferraz").
        persons = {s[-1].text for s in found if s.label_ == "PERSON" and len(s) > 1}
        extra = [
            Span(doc, t.i, t.i + 1, label="PERSON")
            for t in doc
            if t.text in persons and not _covered(t, found + known)
        ]
        return known + found + extra

    def classify(self, doc: Doc, run: tuple[int, int]) -> Span | None:
        start, end = run
        words = [t.text for t in doc[start:end]]
        if any(w in gz.org_keywords() for w in words[1:]) or (
            len(words) > 1 and words[0] in gz.org_keywords() and "of" in words
        ):
            return Span(doc, start, end, label="ORG")
        if _after_title(doc, start) or _speech_context(doc, start, end):
            return Span(doc, start, end, label="PERSON") if len(words) <= 4 else None
        if len(words) >= 2 and words[0].lower() in gz.given_names() and len(words) <= 4:
            return Span(doc, start, end, label="PERSON")
        if len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 6:
            return Span(doc, start, end, label="ORG")
        return None


def _speaking_surnames(doc: Doc) -> set[str]:
    """Capitalised words that speak ('Voss said', 'said Voss'): surnames, whoever they are."""
    found = set()
    for token in doc[1:-1]:
        if not token.is_title or token.text in NOT_NAMES:
            continue
        if doc[token.i + 1].lower_ in SPEECH_VERBS or doc[token.i - 1].lower_ in SPEECH_VERBS:
            found.add(token.text)
    return found


def _inside_any(run: tuple[int, int], spans: list[Span]) -> bool:
    return any(s.start <= run[0] and run[1] <= s.end for s in spans)


def _covered(token: Token, spans: list[Span]) -> bool:
    return any(s.start <= token.i < s.end for s in spans)


def _after_title(doc: Doc, start: int) -> bool:
    if start == 0:
        return False
    before = doc[start - 1]
    return before.text.lower() in gz.title_words() or before.text in {"Mr.", "Mrs.", "Ms.", "Dr."}


def _speech_context(doc: Doc, start: int, end: int) -> bool:
    """'said Anna Lindqvist' / 'Anna Lindqvist said' / 'Anna Lindqvist, the ...'."""
    if end - start < 2:
        return False
    before = doc[start - 1].lower_ if start > 0 else ""
    after = doc[end].lower_ if end < len(doc) else ""
    after2 = doc[end + 1].lower_ if end + 1 < len(doc) else ""
    apposition = after == "," and after2 in {"the", "a"}
    return before in SPEECH_VERBS or after in SPEECH_VERBS or apposition


def _namelike(token: Token) -> bool:
    text = token.text
    if not text[:1].isupper() or text in gz.MONTHS or text in gz.WEEKDAYS:
        return False
    return text[:1].isalpha() and not text.endswith(".") or text in {"U.S.", "U.K."}


def _capitalised_runs(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens, joined by connectors ("Council for the Exploration")."""
    runs: list[tuple[int, int]] = []
    headline = _headline_sentences(doc)
    i, n = 0, len(doc)
    while i < n:
        token = doc[i]
        if not _namelike(token) or token.text.lower() in gz.title_words():
            i += 1
            continue
        j = i + 1
        while j < n:
            if _namelike(doc[j]) and doc[j].text.lower() not in gz.title_words():
                if _org_ends_here(doc, j):
                    break
                j += 1
            elif doc[j].lower_ in CONNECTORS | {"'s"} and j + 1 < n and _namelike(doc[j + 1]):
                j += 2
            elif doc[j].lower_ in {"of", "for"} and j + 2 < n and doc[j + 1].lower_ == "the":
                if not _namelike(doc[j + 2]):
                    break
                j += 3
            else:
                break
        runs.extend(_split(doc, i, j, headline))
        i = j
    return runs


def _org_ends_here(doc: Doc, j: int) -> bool:
    """'... Security Council Dmitry Medvedev': an org word, then a given name and a surname."""
    return (
        doc[j - 1].text in gz.org_keywords()
        and doc[j].lower_ in gz.given_names()
        and j + 1 < len(doc)
        and _namelike(doc[j + 1])
    )


def _split(
    doc: Doc, start: int, end: int, headline: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Drop sentence-initial common words; split at connectors unless it names an org."""
    words = doc[start:end]
    if not any(t.text in gz.org_keywords() for t in words):
        pieces, begin = [], start
        for t in words:
            if t.lower_ in CONNECTORS | {"'s"} and t.lower_ not in NAME_PARTICLES:
                pieces.append((begin, t.i))
                begin = t.i + 1
        pieces.append((begin, end))
    else:
        pieces = [(start, end)]
    kept = []
    for s, e in pieces:
        while s < e and (doc[s].text in NOT_NAMES or doc[s].lower_ in CONNECTORS):
            s += 1
        while e > s and doc[e - 1].lower_ in CONNECTORS:
            e -= 1
        if s < e and not any(a <= s < b for a, b in headline):
            kept.append((s, e))
    return kept


def _headline_sentences(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of title-case sentences (headlines): their capitals say nothing of names."""
    ranges = []
    for sent in doc.sents:
        if sent.text.rstrip()[-1:] in '.!?"”’:':
            continue  # a headline has no final stop; a name-dense sentence does
        words = [t for t in sent if t.is_alpha and len(t) > 3]
        if len(words) >= 4 and sum(t.is_title for t in words) / len(words) > 0.7:
            ranges.append((sent.start, sent.end))
    return ranges


def add_rule_components(nlp: Language, *, trained: bool) -> Language:
    """Add what the extractors need: sentences always, rule NER when the model has none."""
    has_sents = any(nlp.has_pipe(p) for p in ("parser", "senter", "sentencizer"))
    if not has_sents:
        first = nlp.pipe_names[0] if nlp.pipe_names else None
        nlp.add_pipe("sentencizer", before=first) if first else nlp.add_pipe("sentencizer")
        nlp.add_pipe("paragraph_breaks", after="sentencizer")
    if not trained or not nlp.has_pipe("ner"):
        nlp.add_pipe("name_tagger")
    return nlp
