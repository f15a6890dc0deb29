"""spaCy components of the rule pipeline: paragraph-aware sentences and rule-based names.

The name tagger labels ``doc.ents`` with OntoNotes labels (PERSON, ORG, GPE, LOC, NORP) in
three passes, each linear in the text:

1. gazetteers (briefing/gazetteers.py: countries, cities, regions, known organisations,
   demonyms and communities);
2. capitalised runs (briefing/name_runs.py) typed by their own words and their context
   (briefing/name_context.py): titles, speech verbs, organisation and place words, given
   names and surnames, "the" before them;
3. document-level consistency (here): what is left is typed by what the article says
   elsewhere: a surname or given name of a person named in full is that person, a word
   capitalised mid-sentence and never written in lower case names something, the
   organisation word of an organisation named in full ("the Court") is that organisation.
"""

from __future__ import annotations

import json
import re
from collections import Counter

import numpy
from spacy.attrs import IS_PUNCT, SENT_START, SPACY
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from briefing.cache import fingerprint, read_json, write_json
from briefing.nlp import gazetteers as gz
from briefing.nlp.doc import span_text, text_of
from briefing.nlp.names import context, runs, surnames
from briefing.nlp.names.cues import (
    acronym_expansions,
    alias_names,
    apply_cues,
    character_cue,
    place_initials,
    speaking_surnames_not_places,
)
from briefing.rules import abbreviations, lines, pronoun_list, word_table

PLACE_PREPOSITIONS = frozenset(word_table("name_words.json", "place_prepositions"))


@Language.factory("briefing_sentencizer")
def make_sentencizer(nlp: Language, name: str) -> ArraySentencizer:
    return ArraySentencizer(name)


class ArraySentencizer(Sentencizer):
    """spaCy's sentencizer (a sentence ends after a run of '.', '!', '?' and the like, at
    the first token that is no punctuation), its rule read from the Doc's arrays: spaCy's
    own ``predict`` makes a Token object for every token of every article, to read its text
    and its punctuation flag. The same boundaries, written by spaCy's ``set_annotations``."""

    def predict(self, docs: list[Doc]) -> list[list[bool]]:
        return [
            _sentence_guesses(runs.words_of(doc), doc.to_array(IS_PUNCT).tolist(), self.punct_chars)
            for doc in docs
        ]


def _sentence_guesses(words: list[str], punct: list[int], stops: set[str]) -> list[bool]:
    """``Sentencizer.predict`` of one Doc, over its token texts and IS_PUNCT flags."""
    guesses = [False] * len(words)
    if not words:
        return guesses
    start, seen_stop = 0, False
    guesses[0] = True
    for i, word in enumerate(words):
        if word in stops:
            seen_stop = True
        elif seen_stop and not punct[i]:
            guesses[start] = True
            start, seen_stop = i, False
    guesses[start] = True
    return guesses


@Language.factory("paragraph_breaks")
def make_paragraph_breaks(nlp: Language, name: str) -> ParagraphBreaks:
    return ParagraphBreaks()


_OPENING_QUOTES = frozenset({'"', "\u201c", "\u2018", "\u00ab", "'"})
# 'Announcement No. 6 of 2025': the stop after such an abbreviation ends no sentence before a
# number (rules/number_abbreviations.txt).
_NUMBER_ABBREVIATIONS = frozenset(lines("number_abbreviations.txt"))
# 'Col. Tony Shaffer': the stop of a title abbreviation ends no sentence before a name
_ROLE_ABBREVIATIONS = frozenset(abbreviations("role"))
_OPENERS = frozenset(lines("sentence_openers.txt")) | frozenset(
    p[:1].upper() + p[1:] for p in pronoun_list()
)
_MARKS = _OPENING_QUOTES | {"."}


class ParagraphBreaks:
    """A line break ends a sentence: titles, datelines and paragraphs have no final stop.
    And an opening quotation mark starts the sentence it opens: the sentencizer hangs every
    mark after a full stop on the sentence before (right for '... over."', wrong for
    '... over. "Gatekeepers cannot ...'), which put a stray mark at the end of evidence and
    open questions. The stop of 'No. 6' or 'Art. 5' ends no sentence: the sentencizer cut
    a joint statement's 'China will (i) modify the duty set in Announcement No. 6 of 2025;
    and (ii) remove ...' in two, leaving the second act without its subject or date."""

    def __call__(self, doc: Doc) -> Doc:
        # The boundaries are worked out in a list and written back in one pass: spaCy's
        # ``Token.is_sent_start`` setter scans the whole Doc for a parse each time, which
        # made this component quadratic in the article's length.
        # Read from the Doc's arrays, not a Token object per token (most of this component's
        # time): spaCy keeps a token's trailing whitespace as a flag (SPACY, one space at
        # most), so a line break is always a token's own text.
        # The token texts are the name tagger's word list (runs.words_of), made here once.
        values = doc.to_array([SENT_START, SPACY])
        words, spaces = runs.words_of(doc), values[:, 1].tolist()
        starts: list[bool | None] = [
            None if s == 0 else s > 0 for s in values[:, 0].astype(numpy.int64).tolist()
        ]
        # only a line break, a full stop or an opening mark can change a boundary
        marks = _MARKS
        for i in [i for i, w in enumerate(words[:-1]) if w in marks or "\n" in w]:
            text = words[i]
            if "\n" in text:
                starts[i + 1] = True
            elif text == "." and (
                _before_number(i, words, spaces) or _before_name(i, words, spaces)
            ):
                starts[i + 1] = False
            elif (
                text in _OPENING_QUOTES
                and not spaces[i]
                and i > 0
                and spaces[i - 1]
                and starts[i + 1]
            ):
                starts[i] = True
                starts[i + 1] = False
        _set_sentence_starts(doc, starts)
        return doc


def _before_name(i: int, words: list[str], spaces: list[int]) -> bool:
    """Token ``i``, a full stop, closes a title abbreviation written against it that stands
    before a capitalised word ('Col. Tony Shaffer', 'Lt. Gen. Flynn'): the tokenizer keeps
    'Gen.' and 'Sen.' whole but splits 'Col.' or 'Capt.', and the sentencizer then cut
    'Bannon will interview Col.' from the name it introduces."""
    return (
        i > 0
        and not spaces[i - 1]
        and words[i - 1] in _ROLE_ABBREVIATIONS
        and words[i + 1][:1].isupper()
        and words[i + 1] not in _OPENERS  # 'He retired as a Col. He then ran.'
    )


def _before_number(i: int, words: list[str], spaces: list[int]) -> bool:
    """Token ``i``, a full stop, closes an abbreviation written against it that stands
    before a number ('No. 6'), and a number follows."""
    return (
        i > 0
        and not spaces[i - 1]
        and words[i - 1] in _NUMBER_ABBREVIATIONS
        and words[i + 1][:1].isdigit()
    )


def _set_sentence_starts(doc: Doc, starts: list[bool | None]) -> None:
    """Write sentence starts (True, False or None for unknown) to the Doc at once, as
    ``Token.is_sent_start`` would one by one (spaCy stores them as 1, -1 and 0)."""
    values = numpy.array([0 if s is None else 1 if s else -1 for s in starts], dtype=numpy.int64)
    doc.from_array([SENT_START], values.astype(numpy.uint64))


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
            "WORK_OF_ART": sorted(gz.works()),
        }
        # The matcher takes a pattern as the ORTH ids of its tokens as well as a Doc (it is
        # how spaCy unpickles one); the ids come from the names' cached token texts, so a cold
        # start does not tokenize 5,500 names again (see gazetteer_tokens).
        orth = nlp.vocab.strings.add
        for label, names in gazetteer_tokens(nlp, gazette).items():
            self.matcher.add(label, [[orth(word) for word in words] for words in names])

    def __call__(self, doc: Doc) -> Doc:
        spans = alias_names(doc, filter_spans(self.match(doc)))
        spans = place_initials(apply_cues(doc, spans))
        spans = speaking_surnames_not_places(doc, spans)
        doc.ents = acronym_expansions(doc, spans)
        return doc

    def match(self, doc: Doc) -> list[Span]:
        """Candidate entity spans, possibly overlapping; ``__call__`` keeps the longest."""
        known = filter_spans(
            [Span(doc, s, e, label=label) for label, s, e in self.matcher(doc, as_spans=False)]
        )
        known = [  # "Justice Kennedy", "Captain America": a surname, not the place
            Span(doc, s.start, s.end, label="PERSON")
            if s.label_ in {"GPE", "LOC"} and context.surname_of_a_place(doc, s)
            else s
            for s in known
        ]
        known = _peoples_joined(doc, known)
        works = [s for s in known if s.label_ == "WORK_OF_ART"]
        places = {s.start: s for s in known if s.label_ == "GPE"}
        covered = {i: s.end for s in known for i in range(s.start, s.end)}
        headline = runs.headline_sentences(doc)
        speakers = context.speaking_surnames(doc)
        found: list[Span] = []
        untyped: list[tuple[int, int]] = []
        all_pieces = [
            p
            for run in runs.capitalised_runs(doc)
            for piece in runs.split_known_place(doc, run, places)
            for p in runs.split_person_tail(doc, piece, speakers)
        ]
        endings = runs.name_endings(doc, all_pieces)
        for piece in all_pieces:
            start, end = piece
            if end - start > 1 and doc[start].is_sent_start and _adverb(doc[start].text):
                piece = (start + 1, end)  # "Later Mork said": no part of the name
            elif runs.glued_opener(doc, piece, endings):
                piece = (start + 1, end)  # "First Trump goes": 'Trump' elsewhere alone
            piece = runs.after_portfolio(doc, piece)
            if works:
                piece = _before_work(doc, piece, works)
                if piece[1] <= piece[0]:
                    continue
            if covered.get(piece[0], -1) >= piece[1]:  # inside a gazetteer match
                continue
            if context.in_case_name(doc, piece):
                continue  # "Roe v. Wade": typed neither here nor by its other mentions
            span = None
            if runs.abbreviated_place(doc, piece, places):
                span = Span(doc, piece[0], piece[1], label="GPE")
            elif (
                not runs.in_ranges(piece[0], headline)
                # a signature line, "Hun Manet, Prime Minister of ...", is no headline
                or (piece[1] - piece[0] > 1 and context.title_apposed(doc, piece[1]))
                # nor is the name in "... from President Macron of France Announcing"
                or (context.after_title(doc, piece[0]) and context.of_a_state(doc, piece[1]))
            ):
                span = context.classify(doc, piece, speakers)
            if (
                (span is None or span.label_ == "PERSON")
                and runs.leads_local_name(doc, piece, places)
                and not context.after_title(doc, piece[0])
            ):  # "The Ontario Ghostbusters", not "Mayor London Breed"
                span = Span(doc, piece[0], piece[1], label="ORG")
            if span is None and character_cue(doc, piece[0], piece[1] - piece[0]):
                span = Span(doc, piece[0], piece[1], label="PERSON")  # "as Black Widow"
            if span is not None:
                found.append(span)
            else:
                untyped.append(piece)
        # "Mitt Romney" ... "Romney": a full name no word list knows, told by its surname
        introduced = surnames.introduced_names(doc, untyped, found, headline)
        taken = {s.start for s in introduced}
        untyped = [p for p in untyped if p[0] not in taken]
        starts = {s for s, _ in untyped if runs.in_ranges(s, headline)}
        found = _persons_first(found + introduced) + context.standalone_titles(doc)
        found += consistent(doc, known + found, untyped, starts)
        persons = [s for s in known + found if s.label_ == "PERSON"]
        return known + surnames.as_persons(found, surnames.person_surnames(doc, persons, headline))


_JOINING = runs.CONNECTORS | runs.POSSESSIVES


def _before_work(doc: Doc, piece: tuple[int, int], works: list[Span]) -> tuple[int, int]:
    """'told CBS News on Super Tuesday', "NBC's Meet the Press": a run that reaches into a
    programme or a named day ends before it, less the connector or possessive that joined
    them; one that opens inside it starts after it."""
    start, end = piece
    for work in works:
        if work.start <= start < work.end:
            start = work.end  # "The Tonight Show | Starring ..."
        if start < work.start < end:
            end = work.start
            while end > start and runs.lowers_of(doc)[end - 1] in _JOINING:
                end -= 1
    return start, end


def _peoples_joined(doc: Doc, known: list[Span]) -> list[Span]:
    """Adjacent peoples, "Iraqi Kurds", "Sunni Arabs", "American Muslims": one group (NORP).
    Matched word by word, the run they make was typed anew, as a person."""
    joined: list[Span] = []
    for span in known:
        last = joined[-1] if joined else None
        if (
            last is not None
            and span.label_ == "NORP"
            and last.label_ == "NORP"
            and last.end == span.start
        ):
            joined[-1] = Span(doc, last.start, span.end, label="NORP")
        else:
            joined.append(span)
    return joined


GAZETTEER_CACHE = "gazetteer-tokens.json"


def gazetteer_tokens(nlp: Language, gazette: dict[str, list[str]]) -> dict[str, list[list[str]]]:
    """The token texts of every gazetteer name, as ``nlp``'s tokenizer splits them, by label.

    Tokenizing each name is most of the cost of building the name tagger (every name is a
    string the tokenizer has not seen, so none hits its cache), and the answer is the same on
    every run: it is kept in the user's cache (briefing/cache.py), keyed by the names and by
    the tokenizer's rules and exceptions, so another spaCy version or word list misses."""
    tokenizer_rules = nlp.tokenizer.to_bytes(exclude=["vocab"])
    key = fingerprint(tokenizer_rules, json.dumps(gazette, ensure_ascii=False, sort_keys=True))
    cached = read_json(GAZETTEER_CACHE, key)
    if cached is not None:
        return cached
    tokens = {
        label: [[t.text for t in doc] for doc in nlp.tokenizer.pipe(names)]
        for label, names in gazette.items()
    }
    write_json(GAZETTEER_CACHE, key, tokens)
    return tokens


def consistent(
    doc: Doc, typed: list[Span], untyped: list[tuple[int, int]], headline: set[int]
) -> list[Span]:
    """Type the runs left over by what the document says about the same words elsewhere."""
    labels = {span_text(s): s.label_ for s in typed if s.label_ != "NORP"}
    heads: set[str] = set()
    for span in typed:
        if span.label_ == "ORG" and len(span) > 1:  # "the Court" after "Supreme Court"
            for t in span:
                if t.text in gz.org_keywords():
                    heads.add(t.text)
        if span.label_ == "PERSON" and len(span) > 1:
            labels.setdefault(span[-1].text, "PERSON")  # "Ferraz" after "Ana Ferraz"
            labels.setdefault(span[0].text, "PERSON")  # "Daniel" after "Daniel Montalvo"
        if span.label_ == "ORG" and len(span) > 1 and _shouted_acronym(span[0]):
            labels.setdefault(span[0].text, "ORG")  # "the first FIRST Global competition"
    singles = {doc[s].text for s, e in untyped if e - s == 1 and doc[s].text not in labels}
    mid, lower = _occurrences(_without_headlines(doc), singles)
    person_starts = {s.start for s in typed if s.label_ == "PERSON"}
    places = {s.end for s in typed if s.label_ in {"GPE", "LOC"}}
    found = []
    by_first = None
    for start, end in untyped:
        if end - start == 1 and end in person_starts:
            continue  # "Scientologist Tom Cruise": a descriptor of the person after it
        text = span_text(doc[start:end])
        label = labels.get(text)
        if label is None and text in heads and start > 0 and doc[start - 1].lower_ == "the":
            label = "ORG"
        if label is None and end - start == 1:
            label = _single_word(text, mid[text], text.lower() in lower, start in headline)
            if label == "ORG" and _place_context(doc, start, places):
                label = "GPE"  # "fighting in Raqqa", "Mosul and Raqqa", "the town of Tabqa"
                places.add(end)
            elif label == "PERSON" and context.place_slot(doc, start, end):
                # "protests in Ferguson": a surname or given name by the lists alone, which
                # the article never gives a person in full, is the place it stands for here
                label = "GPE"
                places.add(end)
        if label is not None:
            found.append(Span(doc, start, end, label=label))
        else:  # "FIFA World Cup 2018": "FIFA" and "World Cup" are typed elsewhere
            if by_first is None:
                by_first = _by_first_word(labels)
            found += _known_parts(doc, start, end, labels, by_first)
    return found


def _shouted_acronym(token) -> bool:
    """An all-caps word opening an organisation's name in a mixed-case sentence ('FIRST
    Global Challenge'): its acronym, wherever else the article writes it in capitals."""
    if not (token.is_upper and token.is_alpha and len(token) >= 2):
        return False
    return any(t.is_alpha and t.is_lower for t in token.sent)


def _by_first_word(labels: dict[str, str]) -> dict[str, list[list[str]]]:
    by_first: dict[str, list[list[str]]] = {}
    for text in labels:
        words = text.split()
        by_first.setdefault(words[0], []).append(words)
    return by_first


def _known_parts(
    doc: Doc, start: int, end: int, labels: dict[str, str], by_first: dict[str, list[list[str]]]
) -> list[Span]:
    """The longest pieces of an untyped run that the document types elsewhere, left to right
    ("FIFA World Cup 2018 day five" -> [FIFA] [World Cup] when both are named in the body)."""
    parts, i = [], start
    while i < end:
        candidates = sorted(by_first.get(doc[i].text, ()), key=len, reverse=True)
        match = next(
            (
                w
                for w in candidates
                if i + len(w) <= end and [t.text for t in doc[i : i + len(w)]] == w
            ),
            None,
        )
        if match is None:
            i += 1
            continue
        span = doc[i : i + len(match)]
        if span.text in labels:
            parts.append(Span(doc, i, i + len(match), label=labels[span.text]))
        i += len(match)
    return parts


def _without_headlines(doc: Doc) -> str:
    """The text with its title-case lines blanked (same length): a headline capitalises
    every word, so 'Russia's Rejection of NATO Troops' says nothing of 'Rejection' being a
    name, however often the headline is repeated."""
    text = text_of(doc)
    ranges = runs.headline_sentences(doc)
    if not ranges:
        return text
    chars = list(text)
    for start, end in ranges:
        first, last = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
        chars[first:last] = " " * (last - first)
    return "".join(chars)


_MID_SENTENCE = re.compile(r"[a-z0-9,;)]\s+$")


_WORD_RUN = re.compile(r"\w+")


def _matches(text: str, words: set[str]) -> list[tuple[int, str]]:
    """Where ``\b(?:word|...)\b`` ignoring case matches ``text``, and what it matches, in
    text order. When every word is ASCII letters, digits or '_', a match is a whole word of
    the text (a run of word characters), so no new alternation is compiled for every
    article: each word is found in the lower-cased text (``_whole_words``) or, where that
    cannot stand for case-insensitive matching, the text's words are looked up in a set; a
    word outside ASCII, which case-insensitive matching may equate with an ASCII one ('ſ'
    with 's'), is tested as the pattern would test it."""
    if not all(w.isascii() and _WORD_RUN.fullmatch(w) for w in words):
        pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b", re.I)
        return [(m.start(), m.group(0)) for m in pattern.finditer(text)]
    folded = {w.lower() for w in words}
    if not any(char in text for char in _FOLDED_ONTO_ASCII):
        return _whole_words(text, folded)
    found = []
    for match in _WORD_RUN.finditer(text):
        run = match.group(0)
        if run.lower() in folded or (
            not run.isascii()
            and any(re.fullmatch(re.escape(w), run, re.I) for w in words if len(w) == len(run))
        ):
            found.append((match.start(), run))
    return found


# The characters that case-insensitive matching equates with an ASCII letter other than their
# lower case: the Turkish dotted and dotless i and the long s (tests/nlp/test_word_runs.py checks
# every character). 'İ' is also the one character whose lower case is two characters long.
_FOLDED_ONTO_ASCII = ("İ", "ı", "ſ")


def _whole_words(text: str, folded: set[str]) -> list[tuple[int, str]]:
    """The runs of word characters of ``text`` whose lower case is in ``folded`` (ASCII
    words), with where they start, in text order: each word is searched for in the
    lower-cased text in C, and kept where no word character touches it on either side,
    instead of every word of the text being lower-cased and looked up in Python (the
    consistency pass asked this of every article for a handful of words). Without the
    characters of ``_FOLDED_ONTO_ASCII``, lower-casing maps the text character for
    character, and a run's lower case is the lower-cased text at its place."""
    lowered = text.lower()
    found = []
    for word in folded:
        at = lowered.find(word)
        while at >= 0:
            end = at + len(word)
            if (at == 0 or not _is_word_char(text[at - 1])) and (
                end == len(text) or not _is_word_char(text[end])
            ):
                found.append((at, text[at:end]))
            at = lowered.find(word, at + 1)
    found.sort()
    return found


def _is_word_char(char: str) -> bool:
    """Whether ``char`` is a word character ('\\w' of a str pattern)."""
    return char.isalnum() or char == "_"


def _occurrences(text: str, words: set[str]) -> tuple[Counter, set[str]]:
    """How often each word is capitalised mid-sentence, and which appear in lower case,
    found without a walk over every token (``_matches``)."""
    mid: Counter = Counter()
    lower: set[str] = set()
    if not words:
        return mid, lower
    for start, word in _matches(text, words):
        if word.islower():
            lower.add(word)
        elif _MID_SENTENCE.search(text, max(0, start - 30), start):
            mid[word] += 1
    return mid, lower


PLACE_NOUNS = frozenset(word_table("name_words.json", "place_nouns"))


def _place_context(doc: Doc, start: int, place_ends: set[int]) -> bool:
    """An unknown word after 'in', after 'town of', or joined by 'and' to a place."""
    before = doc[start - 1].lower_ if start > 0 else ""
    if before in PLACE_PREPOSITIONS:
        return True
    if before == "of" and start > 1 and doc[start - 2].lower_ in PLACE_NOUNS:
        return True
    return before in {"and", "or", ","} and start - 1 in place_ends


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
    if not runs.common(text) and mid_count:
        lower = text.lower()
        return "PERSON" if lower in gz.given_names() or lower in gz.surnames() else "ORG"
    if mid_count >= 2 and not seen_lower and text[1:].islower() and not runs.superlative(text):
        return "ORG"
    return None


def _adverb(word: str) -> bool:
    return word in runs.FUNCTION_WORDS or word.endswith("ly") and runs.common(word)


# The components that split sentences, the one a new component goes before first.
_SPLITTERS = ("senter", "parser", "sentencizer")


def add_rule_components(nlp: Language, *, trained: bool) -> Language:
    """Add what the extractors need: sentences, and our rule names in place of a model's NER.

    A trained pipeline's own entities are set aside (its ``ner`` disabled): measured with
    en_core_web_sm 3.8.0, they lost to the rule names on every set with name gold (GUM
    persons F1 .71 against .88, briefs-dev actors shown .924 against .975, re3d roles .71
    against 1.0), and the stages were tuned on the rule names' shape. What a trained
    pipeline adds is its parse, used for a speaker the rules cannot find (cues.py)."""
    has_sents = any(nlp.has_pipe(p) for p in _SPLITTERS)
    if not has_sents:
        first = nlp.pipe_names[0] if nlp.pipe_names else None
        where = {"before": first} if first else {}
        nlp.add_pipe("briefing_sentencizer", name="sentencizer", **where)
        nlp.add_pipe("paragraph_breaks", after="sentencizer")
    else:
        # A trained parser or senter respects sentence starts set before it: without them it
        # ran a headline and two paragraphs into one sentence, and cues leaked across them.
        splitter = next(p for p in _SPLITTERS if nlp.has_pipe(p))
        nlp.add_pipe("paragraph_breaks", before=splitter)
    if trained and "ner" in nlp.pipe_names:
        nlp.disable_pipe("ner")
    nlp.add_pipe("name_tagger")
    return nlp
