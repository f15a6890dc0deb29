"""The name tagger reads a Doc's words from lists made once per Doc (nlp/names/runs.py), and
they say what spaCy's Token objects say."""

from __future__ import annotations

from briefing.nlp.names import runs


def test_word_lists_say_what_the_tokens_say(nlp):
    doc = nlp.make_doc(
        "OSLO, Feb 12 - Harbour Master Ana-Lise O'Neill met Jan Novak; \u00c5se left."
    )
    assert runs.words_of(doc) == [t.text for t in doc]
    assert runs.lowers_of(doc) == [t.lower_ for t in doc]
    assert runs.spaces_of(doc) == [bool(t.whitespace_) for t in doc]
    assert [runs.name_word(doc, t.i) for t in doc] == [runs.namelike(t) for t in doc]


def test_name_word_leaves_out_dates_titles_and_months(nlp):
    doc = nlp.make_doc("On Feb 12 Jan Novak and Minister Holm met in May.")
    words = {t.text: runs.name_word(doc, t.i) for t in doc}
    assert words["Jan"] and words["Novak"] and words["Holm"]  # 'Jan' before a name: a name
    assert not words["Feb"]  # a short month before a number: a date
    assert not words["Minister"]  # a title word
    assert not words["May"]  # a month
    assert not words["met"] and not words["12"]
