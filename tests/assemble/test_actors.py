"""Actors across the documents (assemble/salience.py, assemble/quotes.py): salience and the
ranking it gives, and which actor a speaker is; on documents and records we wrote."""

from __future__ import annotations

import pytest

from briefing.assemble.salience import (
    KIND_WEIGHT,
    W_HEADLINE,
    W_LEAD,
    is_credit,
    salience_score,
)
from briefing.model import Actor, Document, Evidence, Quote
from briefing.read.anatomy import with_anatomy
from tests.helpers import run


def _document(text: str, title: str = "Headline here") -> Document:
    return with_anatomy(Document("d1", "t.txt", title, title + "\n\n" + text))


def _actor(actor_id: str, kind: str, spans: list[tuple[int, int]], text: str) -> Actor:
    mentions = tuple(Evidence("d1", s, e, text[s:e]) for s, e in spans)
    return Actor(actor_id, text[spans[0][0] : spans[0][1]], kind, mentions=mentions)


def test_salience_counts_headline_mentions_quotes_and_kind():
    document = _document("Body " * 100 + "Anna Berg spoke. Anna Berg left.", "Osterhavn votes")
    text = document.text
    docs = {"d1": document}
    place = _actor("a1", "place", [(0, 10)], text)
    body = text.index("Anna Berg")
    person = _actor("a2", "person", [(body, body + 9), (body + 17, body + 26)], text)
    quote = Quote("q1", "d1", 0, 1, "x", "direct", speaker="a2")
    place_score = salience_score(place, [], docs)
    assert place_score == pytest.approx((1.0 * 0.6931 + W_HEADLINE) * KIND_WEIGHT["place"], 1e-3)
    unquoted = salience_score(person, [], docs)
    assert salience_score(person, [quote], docs) > unquoted
    assert place_score > unquoted  # a place in the headline outranks a person named twice


def test_a_dateline_place_gets_no_lead_credit():
    document = _document("OSTERHAVN — Talks in Osterhavn ended.", "Talks end")
    text = document.text
    docs = {"d1": document}
    dateline = _actor("a1", "place", [(text.index("OSTERHAVN"), text.index("OSTERHAVN") + 9)], text)
    body = text.index("Osterhavn e")
    named = _actor("a2", "place", [(body, body + 9)], text)
    assert salience_score(named, [], docs) == pytest.approx(
        salience_score(dateline, [], docs) + W_LEAD * KIND_WEIGHT["place"]
    )


def test_the_lead_is_the_first_paragraph_after_date_lines_and_captions():
    body = (
        "Monday, March 3, 2025\n\n"
        "Crowds at the quay. Image: Lena Park.\n\n"
        "OSTERHAVN, March 3 (Reuters) - Norvex will cut jobs.\n\n"
        "The firm supplies Baltro."
    )
    document = _document(body, "Norvex cuts jobs")
    text = document.text
    docs = {"d1": document}

    def score(name: str) -> float:
        start = text.index(name)
        return salience_score(_actor("a1", "organization", [(start, start + 6)], text), [], docs)

    # Both are named once outside the headline; only Norvex is in the lead paragraph,
    # though Baltro is within its first 300 characters too.
    assert score("Norvex will") - score("Baltro") == pytest.approx(
        W_LEAD * KIND_WEIGHT["organization"]
    )


def test_photo_credits_do_not_count():
    text = "Crowds gathered. Image: Lena Park. Image: Twitter / Lena Park."
    assert is_credit(text, text.index("Lena"))
    assert is_credit(text, text.rindex("Lena"))
    assert not is_credit(text, text.index("Crowds"))
    document = _document(text)
    start = document.text.index("Lena")
    credit = _actor("a1", "person", [(start, start + 9)], document.text)
    assert salience_score(credit, [], {"d1": document}) == 0.0


def test_actors_are_ranked_with_the_headline_actor_first(nlp):
    title = "Norvex cuts jobs in Bergen"
    text = title + "\n\nThe union said Lars Vik had warned of this, but Norvex did not comment."
    ranked = run(nlp, text, title).actors
    assert ranked[0].name == "Norvex"
    assert ranked[0].salience == 1.0
    assert [a.salience for a in ranked] == sorted((a.salience for a in ranked), reverse=True)


def test_the_request_of_a_named_body_is_said_by_that_body():
    from briefing.assemble.quotes import link_speakers
    from briefing.extract import Findings
    from briefing.model import NameMention

    text = "The court upheld the request of the Harbour Council that schools pay."
    start = text.index("the request")
    council = text.index("Harbour Council")
    quote = Quote(
        "q", "d1", text.index("that"), len(text) - 1, "that schools pay", "indirect",
        speaker_text="the request of the Harbour Council", speaker_start=start,
        speaker_end=council + 15,
    )  # fmt: skip
    mention = NameMention("d1", council, council + 15, "Harbour Council", "organization")
    findings = Findings(_document(text), (mention,), (quote,), (), (), ())
    actors = [_actor("a1", "organization", [(council, council + 15)], text)]
    resolve = lambda doc, s, e: "a1" if s < council + 15 and council < e else None  # noqa: E731
    assert link_speakers([findings], actors, resolve)[0].speaker == "a1"


@pytest.mark.parametrize(
    ("speaker", "actor"),
    [("Recent", None), ("Internet", None), ("Solvia", "Solvia"), ("Officials", "Officials")],
)
def test_a_lone_ordinary_word_speaks_for_nobody(speaker, actor):
    from briefing.assemble.quotes import speakers_as_actors

    quote = Quote("q1", "d1", 20, 30, "it was bad", "indirect", speaker_text=speaker)
    quote = replace_quote(quote, speaker_start=0, speaker_end=len(speaker))
    actors, _ = speakers_as_actors([], [quote])
    assert [a.name for a in actors] == ([actor] if actor else [])


@pytest.mark.parametrize(
    ("speaker", "actor"),
    [
        ("Twenty-four percent", None),
        ("Nearly two-thirds of harbour voters", None),
        ("12 percent of the crews", None),
        ("Even critics", None),
        ("Harbour Institute pollsters", "Harbour Institute pollsters"),
    ],
)
def test_a_speaker_that_counts_people_is_no_actor(speaker, actor):
    """A poll's share ('Twenty-four percent said ...') or an aside ('Even critics said')
    says what some answered, not who acts."""
    from briefing.assemble.quotes import speakers_as_actors

    quote = Quote("q1", "d1", 40, 50, "it was bad", "indirect", speaker_text=speaker)
    quote = replace_quote(quote, speaker_start=0, speaker_end=len(speaker))
    actors, _ = speakers_as_actors([], [quote])
    assert [a.name for a in actors] == ([actor] if actor else [])


@pytest.mark.parametrize(
    ("speaker", "actor"),
    [
        ("Drop in harbour turnout", None),
        ("Unofficial results tallied through Friday", None),
        ("Police in Dorvik", "Police in Dorvik"),
        ("the mining ministry of Selva", "Mining ministry of Selva"),
        ("Marnian officials", "Marnian officials"),
    ],
)
def test_a_speaker_phrase_with_no_name_form_is_no_actor(speaker, actor):
    """With no body or group noun to say what it is, a phrase must look like a name: a
    lower-case content word makes it a description or a headline line."""
    from briefing.assemble.quotes import speakers_as_actors

    quote = Quote("q1", "d1", 60, 70, "it was bad", "indirect", speaker_text=speaker)
    quote = replace_quote(quote, speaker_start=0, speaker_end=len(speaker))
    actors, _ = speakers_as_actors([], [quote])
    assert [a.name for a in actors] == ([actor] if actor else [])


def replace_quote(quote: Quote, **changes) -> Quote:
    from dataclasses import replace

    return replace(quote, **changes)


SIGNED = (
    "Joint Declaration\n\n"
    "We, the Prime Minister of the Republic of Estonia and the Prime Minister of the Republic"
    " of Armenia, as witnessed by the Prime Minister of Norway, declare the following:\n\n"
    "1. We will withdraw heavy weapons from the border.\n\n"
    "Signed in Oslo on 4 May 2025.\n\n"
    "Teodor Vasko, Prime Minister of the Republic of Estonia\n"
    "Lumi Darrak, Prime Minister of the Republic of Armenia\n"
    "Witnessed by: Jonas Gahr Støre, Prime Minister of Norway\n"
)


def _holders(nlp) -> dict[int, str]:
    extraction = run(nlp, SIGNED, "Joint Declaration")
    return {m.start: a.name for a in extraction.actors for m in a.mentions}


def test_a_signature_line_names_its_signatory_and_the_title_it_gives(nlp):
    """'Teodor Vasko, Prime Minister of ...' on a title-case line is a person, and the title
    after his comma is his, not the last Prime Minister's named before it."""
    holders = _holders(nlp)
    for name in ("Teodor Vasko", "Lumi Darrak"):
        start = SIGNED.index(name)
        assert holders[start] == name
        assert holders[SIGNED.index("Prime Minister", start)] == name


def test_an_office_with_its_portfolio_is_its_signatory_named_later(nlp):
    """'the Prime Minister of the Republic of Armenia' in the opening stands for the person
    who signs as that office at the end; 'the Prime Minister of Norway' for the witness."""
    holders = _holders(nlp)
    opening = SIGNED.index("We, ")
    assert holders[SIGNED.index("Prime Minister", opening)] == "Teodor Vasko"
    assert holders[SIGNED.index("Prime Minister of the Republic of Armenia")] == "Lumi Darrak"
    assert holders[SIGNED.index("Prime Minister of Norway")] == "Jonas Gahr Støre"
    assert "Prime Minister" not in set(holders.values())


def test_a_transcript_label_in_capitals_is_the_person_it_names(nlp):
    """'KOSTA:' and 'JAKE TAPPER:' label who speaks in a transcript: read as a person, not
    an acronym's organisation."""
    text = (
        "Governor Ivo Kosta spoke to the host about the budget on Sunday.\n\n"
        "Partial transcript as follows:\n\n"
        "JAKE TAPPER: Will the budget pass this year?\n\n"
        "KOSTA: Well, I think the whole state wants it to pass.\n\n"
        "TAPPER: And the schools?\n\n"
        "KOSTA: The schools come first."
    )
    names = {a.name: a for a in run(nlp, text, "Budget talk").actors}
    assert "KOSTA" not in names and "JAKE" not in names
    assert len(names["Ivo Kosta"].mentions) == 3
    assert names["Jake Tapper"].kind == "person"


@pytest.mark.parametrize(
    ("text", "role", "affiliation"),
    [
        (
            '"The deal is bad," said Tom Berg, a spokesman for Mrs. Ruiz, on Monday.',
            "spokesman",
            None,
        ),
        (  # the owner's name is kept whole, so the role is no longer garbled
            '"It is over," said Tom Berg, a University of Ardwick professor who studies ports.',
            "professor",
            "University of Ardwick",
        ),
        (
            '"It is over," said Tom Berg, director of communications at Nordtek.',
            "director of communications at Nordtek",
            None,
        ),
        (
            '"These are strange days," said Tom Berg, a lawyer for the Harbour Club. '
            "Mr. Berg of the Harbour Club said the plan would fail.",
            "lawyer",
            "Harbour Club",
        ),
    ],
)
def test_a_garbled_role_or_affiliation_is_left_out(nlp, text, role, affiliation):
    berg = next(a for a in run(nlp, text).actors if a.name == "Tom Berg")
    assert (berg.role, berg.affiliation) == (role, affiliation)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a full name written twice, and once run on into the words after it
        (
            "Senator Lena Holt spoke in Dorvik on Monday. Lena Holt won the vote. The mood "
            "was quiet at the Lena Holt South Carolina victory party.",
            "Lena Holt",
        ),
        # written once, the short form is no evidence against the long one
        (
            "Lena Holt won. The mood was quiet at the Lena Holt South Carolina victory party.",
            "Lena Holt South Carolina",
        ),
        # a full name first and a shorter one after adds no words at the end: the full name
        (
            "Hillary Rodham Clinton spoke. Later Hillary Clinton left. Hillary Clinton returned.",
            "Hillary Rodham Clinton",
        ),
    ],
)
def test_a_name_run_on_into_the_next_capitalised_words_is_not_the_persons_name(nlp, text, name):
    assert [a.name for a in run(nlp, text).actors if a.kind == "person"] == [name]


def test_an_initialism_with_and_without_full_stops_is_one_body(nlp):
    text = (
        "The U.S. government will lend the carmaker $4 billion.\n\n"
        "The US government said the loans would be repaid. The U.S. government set terms."
    )
    names = [a.name for a in run(nlp, text).actors if "government" in a.name]
    assert names == ["U.S. government"]
