"""The position indexes of nlp/doc.py give exactly what the scans they replace give (the same
items in the same order), on random spans that nest and overlap as mentions do."""

from __future__ import annotations

import random

import pytest

from briefing.assemble.salience import is_credit
from briefing.nlp.doc import BySpan, DisjointSpans, Range, last_of, span_text
from briefing.nlp.names import runs


def _random_spans(rng: random.Random, count: int) -> list[Range]:
    spans = []
    for _ in range(count):
        start = rng.randint(0, 300)
        spans.append(Range(start, start + rng.choice([0, 1, 2, 3, 5, 8, 13, 40])))
    return spans if rng.random() < 0.5 else sorted(spans)


@pytest.mark.parametrize("seed", range(20))
def test_span_queries_equal_their_scans(seed):
    rng = random.Random(seed)
    spans = _random_spans(rng, rng.randint(0, 60))
    index = BySpan(spans)
    for _ in range(50):
        low = rng.randint(-10, 320)
        high = low + rng.randint(-3, 60)
        p = rng.randint(-10, 320)
        assert index.within(low, high) == [x for x in spans if low <= x.start < high]
        assert index.inside(low, high) == [x for x in spans if low <= x.start and x.end <= high]
        assert index.overlapping(low, high) == [x for x in spans if x.start < high and low < x.end]
        assert index.containing(p) == [x for x in spans if x.start <= p < x.end]
        assert index.touching(p) == [x for x in spans if x.start <= p <= x.end]
        assert index.covering(p) == [x for x in spans if x.start < p < x.end]
        odd = index.last_before(p, lambda x: x.end % 2 == 1)
        assert odd == next((x for x in reversed(spans) if x.start < p and x.end % 2), None)


@pytest.mark.parametrize("seed", range(20))
def test_disjoint_spans_answer_as_the_scan_of_every_span_taken(seed):
    rng = random.Random(seed)
    taken: list[tuple[int, int]] = []
    index = DisjointSpans()
    for _ in range(200):
        start = rng.randint(0, 500)
        end = start + rng.choice([0, 1, 2, 4, 9, 30])
        overlaps = any(a < end and start < b for a, b in taken)
        assert index.overlaps(start, end) == overlaps
        if not overlaps:
            taken.append((start, end))
            index.add(start, end)


@pytest.mark.parametrize("seed", range(10))
def test_last_of_finds_the_nearest_stop_as_rfind_does(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice("abc .!?\n" if seed % 2 else "abcdefgh") for _ in range(3000))
    for position in [0, 1, 255, 256, 257, 1000, 2999, 3000, *rng.sample(range(3000), 30)]:
        expected = max(text.rfind(c, 0, position) for c in ".!?\n")
        assert last_of(text, ".!?\n", position) == expected


ARTICLE = (
    "Harbour Board Rejects Plan For New Ferry Terminal\n\n"
    "The board voted on Tuesday. Its chair, Mira Solberg, said the vote was final!\n"
    "Ministers Meet Again Over Quotas And Dredging\n"
    '"We will appeal," a spokesman said.  Talks resume in June'
)


def test_sentences_read_from_the_arrays_are_docs_sentences(nlp):
    from briefing.nlp.doc import sentence_spans, sentence_tokens

    doc = nlp(ARTICLE)
    assert sentence_tokens(doc) == [(s.start, s.end) for s in doc.sents]
    assert sentence_spans(doc) == [(s.start_char, s.end_char) for s in doc.sents]
    assert sentence_tokens(nlp.make_doc("")) == []


def test_headlines_are_the_title_case_lines_without_a_final_stop(nlp):
    from briefing.nlp.names.runs import headline_sentences

    doc = nlp(ARTICLE)
    texts = [doc[start:end].text.strip() for start, end in headline_sentences(doc)]
    assert texts == [
        "Harbour Board Rejects Plan For New Ferry Terminal",
        "Ministers Meet Again Over Quotas And Dredging",
    ]
    assert headline_sentences(doc) is headline_sentences(doc)  # worked out once per Doc


SPACED = (
    "Minister  Anna Berg said:\n\n“We will meet the U.S. envoy on Monday.”  Secretary of "
    "State Ash Carter , who spoke in Oslo,\tagreed.\n"
)


def test_span_text_is_the_span_text_spacy_joins(nlp):
    doc = nlp.make_doc(SPACED)
    for start in range(len(doc) + 1):
        for end in range(start, min(len(doc), start + 6) + 1):
            assert span_text(doc[start:end]) == doc[start:end].text


def test_a_title_is_measured_only_where_one_can_open(nlp):
    doc = nlp.make_doc(SPACED)
    for i in range(len(doc)):
        if runs.title_length(doc, i):
            assert runs.words_of(doc)[i] in runs.title_openers(), doc[i]
    assert runs.title_length(doc, runs.words_of(doc).index("Secretary")) == 3


def test_a_credit_line_needs_its_colon():
    text = "Photo: Reuters / Lena Berg. Image Lena Berg said. Video : Ana Ruiz"
    assert is_credit(text, text.index("Lena"))
    assert not is_credit(text, text.rindex("Lena"))
    assert is_credit(text, text.index("Ana"))
