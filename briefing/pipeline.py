"""spaCy components of the rule pipeline: paragraph-aware sentences and rule-based names.

The name tagger labels ``doc.ents`` with OntoNotes labels (PERSON, ORG, GPE, NORP) from
gazetteers (briefing/gazetteers.py) and the context of capitalised sequences: a title
before a name, an organisation word inside it, a given name at its start, and document-level
consistency (a surname seen in a full name earlier is the same person later). It scans each
token a bounded number of times, so its cost is linear in the text.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from . import gazetteers as gz
from . import name_runs as runs
from .extract import text_of

SPEECH_VERBS = {"said", "says", "told", "added", "stated", "argued", "warned", "insisted"}
PLACE_PREPOSITIONS = {"in", "near", "outside", "around"}
QUOTES = {'"', "“", "”", "'", "‘", "’", "(", "["}


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
    """Label persons, organisations, places and nationalities with rules and gazetteers.

    Three passes, each linear in the text: gazetteer matches (countries, cities, regions,
    known organisations, demonyms); capitalised runs typed by their context (a title before,
    a speech verb around, an organisation or place word inside, a given name or surname, the
    article "the" before); then document-level consistency, which types what is left by what
    the document says elsewhere (a surname of a person named in full is that person; a word
    capitalised mid-sentence, never written in lower case, names something).
    """

    def __init__(self, nlp: Language) -> None:
        from spacy.matcher import PhraseMatcher

        self.matcher = PhraseMatcher(nlp.vocab)
        gazette = {
            "GPE": list(gz.countries()) + sorted(gz.cities()) + sorted(gz.regions()),
            "ORG": list(gz.known_orgs()),
            "NORP": sorted(gz.nationalities()),
        }
        for label, names in gazette.items():
            self.matcher.add(label, [nlp.make_doc(n) for n in names])

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = filter_spans(self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Span]:
        """Candidate entity spans, possibly overlapping; ``__call__`` keeps the longest."""
        known = filter_spans(
            [Span(doc, s, e, label=label) for label, s, e in self.matcher(doc, as_spans=False)]
        )
        places = {s.start: s for s in known if s.label_ == "GPE"}
        covered = {i: s.end for s in known for i in range(s.start, s.end)}
        headline = runs.headline_sentences(doc)
        speakers = _speaking_surnames(doc)
        found: list[Span] = []
        untyped: list[tuple[int, int]] = []
        for run in runs.capitalised_runs(doc):
            for piece in runs.split_known_place(doc, run, places):
                start, end = piece
                if end - start > 1 and doc[start].is_sent_start and _adverb(doc[start].text):
                    piece = (start + 1, end)  # "Later Mork said": no part of the name
                if covered.get(piece[0], -1) >= piece[1]:  # inside a gazetteer match
                    continue
                span = None
                if runs.abbreviated_place(doc, piece, places):
                    span = Span(doc, piece[0], piece[1], label="GPE")
                elif not runs.in_ranges(piece[0], headline):
                    span = classify(doc, piece, speakers)
                if span is not None:
                    found.append(span)
                else:
                    untyped.append(piece)
        starts = {s for s, _ in untyped if runs.in_ranges(s, headline)}
        found = _persons_first(found) + standalone_titles(doc)
        return known + found + consistent(doc, known + found, untyped, starts)


def standalone_titles(doc: Doc) -> list[Span]:
    """'The Home Secretary and I ...', 'Cres Eastman, Director of the ...': a capitalised
    title standing for its holder (no name follows it) is a person mention."""
    found = []
    n = len(doc)
    for token in doc:
        i = token.i
        if not token.text[:1].isupper():
            continue
        length = runs.title_length(doc, i)
        if not length and _apposed_title(doc, i):
            length = 1
        end = i + length
        if length and (end >= n or not _name_follows(doc, end)):
            found.append(Span(doc, i, end, label="PERSON"))
    return found


def _apposed_title(doc: Doc, i: int) -> bool:
    """A one-word title counts only as an apposition: ', Director of the ...'."""
    token = doc[i]
    return (
        token.lower_ in gz.title_words()
        and token.text[1:].islower()
        and 0 < i < len(doc) - 1
        and doc[i - 1].text in {",", "and"}
        and doc[i + 1].lower_ == "of"
    )


def _name_follows(doc: Doc, end: int) -> bool:
    token = doc[end]
    return runs.namelike(token) or token.text in {"Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms."}


def classify(doc: Doc, piece: tuple[int, int], speakers: set[str]) -> Span | None:
    """The type a capitalised run's own words and its neighbours give it, if any."""
    start, end = piece
    keywords = gz.org_keywords()
    words = [t.text for t in doc[start:end]]
    if any(w in keywords for w in words[1:]) or (
        len(words) > 1 and words[0] in keywords and {"of", "on", "for"} & set(words)
    ):
        return Span(doc, start, end, label="ORG")
    if len(words) > 1 and words[-1] in gz.place_keywords():
        return Span(doc, start, end, label="LOC")
    # "Booker Prize", "Star Wars": an event, prize or work is never a person
    if not (len(words) > 1 and words[-1] in gz.not_actor_heads()) and _person(
        doc, start, end, speakers
    ):
        return Span(doc, start, end, label="PERSON")
    if len(words) == 1 and _acronym(words[0]):
        return Span(doc, start, end, label="ORG")
    if (
        start > 0
        and doc[start - 1].lower_ == "the"
        and _mid_sentence(doc, start - 1)
        and not any(w in runs.NOT_NAMES or w in gz.not_names() for w in words)
    ):
        return Span(doc, start, end, label="ORG")
    return None


def _person(doc: Doc, start: int, end: int, speakers: set[str]) -> bool:
    """A title or speech verb around the run, a given name first, a surname last, or two or
    three words that are no dictionary words, mid-sentence."""
    words = [t.text for t in doc[start:end]]
    alpha = [w for w in words if w not in runs.HYPHENS]
    if any(not w.replace(".", "").isalpha() for w in alpha):
        return False  # "Airbus A380", "MP3 Player": a model or product, not a person
    if len(alpha) == 1 and runs.common(alpha[0]) and not _after_honorific(doc, start):
        return False  # "General Motors": a title word before an ordinary word
    if len(alpha) <= 4 and (
        _after_title(doc, start)
        or _speech_context(doc, start, end)
        or (len(alpha) >= 2 and words[-1] in speakers)
    ):
        return True
    if 2 <= len(alpha) <= 4 and words[0].lower() in gz.given_names():
        return True
    if _hyphenated_given_name(words):
        return True
    return (
        2 <= len(alpha) <= 3
        and _mid_sentence(doc, start)
        and (words[-1].lower() in gz.surnames() or not any(runs.common(w) for w in alpha))
    )


def consistent(
    doc: Doc, typed: list[Span], untyped: list[tuple[int, int]], headline: set[int]
) -> list[Span]:
    """Type the runs left over by what the document says about the same words elsewhere."""
    labels = {s.text: s.label_ for s in typed if s.label_ != "NORP"}
    for span in typed:
        if span.label_ == "ORG" and len(span) > 1:  # "the Court" after "Supreme Court"
            for t in span:
                if t.text in gz.org_keywords():
                    labels.setdefault(t.text, "ORG")
        if span.label_ == "PERSON" and len(span) > 1:
            labels.setdefault(span[-1].text, "PERSON")  # "Ferraz" after "Ana Ferraz"
            labels.setdefault(span[0].text, "PERSON")  # "Daniel" after "Daniel Montalvo"
    singles = {doc[s].text for s, e in untyped if e - s == 1 and doc[s].text not in labels}
    mid, lower = _occurrences(text_of(doc), singles)
    person_starts = {s.start for s in typed if s.label_ == "PERSON"}
    found = []
    for start, end in untyped:
        if end - start == 1 and end in person_starts:
            continue  # "Scientologist Tom Cruise": a descriptor of the person after it
        text = doc[start:end].text
        label = labels.get(text)
        if label is None and end - start == 1:
            label = _single_word(text, mid[text], text.lower() in lower, start in headline)
            if label == "ORG" and start > 0 and doc[start - 1].lower_ in PLACE_PREPOSITIONS:
                label = "GPE"  # "fighting in Raqqa": an unknown word after "in" is a place
        if label is not None:
            found.append(Span(doc, start, end, label=label))
        else:  # "FIFA World Cup 2018": the document calls "FIFA" an org elsewhere
            found += [
                Span(doc, t.i, t.i + 1, label=labels[t.text])
                for t in doc[start:end]
                if t.text in labels
            ]
    return found


_MID_SENTENCE = re.compile(r"[a-z0-9,;)]\s+$")


def _occurrences(text: str, words: set[str]) -> tuple[Counter, set[str]]:
    """How often each word is capitalised mid-sentence, and which appear in lower case: one
    regular-expression pass over the text, not a walk over every token."""
    mid: Counter = Counter()
    lower: set[str] = set()
    if not words:
        return mid, lower
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)
    for match in pattern.finditer(text):
        word = match.group(0)
        if word.islower():
            lower.add(word)
        elif _MID_SENTENCE.search(text, max(0, match.start() - 30), match.start()):
            mid[word] += 1
    return mid, lower


def _persons_first(found: list[Span]) -> list[Span]:
    """A lone word typed ORG by weak context ("the Cruise video") that is the surname or
    given name of a person the document names in full is that person."""
    parts = {t.text for s in found if s.label_ == "PERSON" and len(s) > 1 for t in (s[0], s[-1])}
    return [
        Span(s.doc, s.start, s.end, label="PERSON")
        if len(s) == 1 and s.label_ == "ORG" and s.text in parts
        else s
        for s in found
    ]


def _single_word(text: str, mid_count: int, seen_lower: bool, headline: bool) -> str | None:
    """A lone capitalised word: a name if the document capitalises it mid-sentence."""
    if text in gz.not_names() or text in runs.NOT_NAMES or not text.isalpha() or len(text) < 2:
        return None
    if text.isupper() and len(text) > 6:  # "BRUSSELS —": a dateline, or shouting
        return "GPE" if text.title() in gz.cities() or text.title() in gz.countries() else None
    if not runs.common(text) and (mid_count or not headline):
        lower = text.lower()
        return "PERSON" if lower in gz.given_names() or lower in gz.surnames() else "ORG"
    if mid_count >= 2 and not seen_lower and text[1:].islower():
        return "ORG"
    return None


def _adverb(word: str) -> bool:
    return word in runs.FUNCTION_WORDS or word.endswith("ly") and runs.common(word)


def _hyphenated_given_name(words: list[str]) -> bool:
    """'Park Joo-Ho', 'Hwang Hee-Chan': a last part of two short syllables joined by a
    hyphen, neither an English word, is an East Asian given name."""
    if len(words) != 4 or words[2] not in runs.HYPHENS:
        return False
    parts = (words[1], words[3])
    return all(len(p) <= 4 and p.lower() not in gz.common_words() for p in parts)


def _acronym(word: str) -> bool:
    """'NATO', 'UNHCR': 2-6 capitals; not 'IE6', 'GMT' or a shouted ordinary word."""
    return (
        2 <= len(word) <= 6
        and word.isupper()
        and word.isalpha()
        and word not in gz.not_names()
        and word.lower() not in gz.common_words()
    )


def _mid_sentence(doc: Doc, i: int) -> bool:
    """Not the first word of a sentence, a quotation or a bracket: its capital means a name."""
    token = doc[i]
    return i > 0 and not token.is_sent_start and doc[i - 1].text not in QUOTES


def _speaking_surnames(doc: Doc) -> set[str]:
    """Capitalised words that speak ('Voss said', 'said Voss'): surnames, whoever they are."""
    found = set()
    for token in doc[1:-1]:
        if not token.is_title or token.text in runs.NOT_NAMES:
            continue
        if doc[token.i + 1].lower_ in SPEECH_VERBS or doc[token.i - 1].lower_ in SPEECH_VERBS:
            found.add(token.text)
    return found


def _after_honorific(doc: Doc, start: int) -> bool:
    """'Mr. Black', 'Dr Green': an honorific makes even an ordinary word a surname."""
    return start > 0 and doc[start - 1].text.rstrip(".") in {"Mr", "Mrs", "Ms", "Dr", "Sir", "Dame"}


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
