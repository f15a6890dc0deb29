"""Answers about a sentence are kept for one document only (extract/memo.py): the stages
that ask again get the same answer, and ``analyse`` forgets them before the next article."""

from __future__ import annotations

from briefing.extract import analyse, memo
from briefing.extract.events import modality
from briefing.model import Document


def test_an_answer_is_remembered_until_forgotten():
    sentence = "The harbour board will vote on the dredging plan next week."
    memo.forget()
    first = modality.status_of(sentence)
    assert modality.status_of.cache_info().currsize == 1
    assert modality.status_of(sentence) is first
    memo.forget()
    assert modality.status_of.cache_info().currsize == 0
    assert modality.status_of(sentence) == first


def test_analyse_forgets_the_last_documents_sentences(nlp):
    stray = "A sentence of no article at all, which might be asked about."
    modality.words_in(stray)
    text = "Ferry fares will rise in March, the harbour board said on Monday.\n"
    document = Document("d1", "d1.txt", "Ferry fares", text, published="2025-02-03")
    analyse(nlp, document)
    assert modality.words_in.cache_info().currsize >= 1  # the article's own sentences
    misses = modality.words_in.cache_info().misses
    modality.words_in(stray)  # forgotten with the article before: read again
    assert modality.words_in.cache_info().misses == misses + 1
