"""A first-person statement's sentences are its author's words (extract/quotes/authored.py),
on statements, remarks and readouts written for these tests."""

from __future__ import annotations

from briefing.assemble import assemble
from briefing.extract import analyse
from briefing.model import Document


def authored(nlp, title: str, body: str) -> list[tuple[str, str | None, str | None]]:
    """(text, speaker actor, way) of every quote of a document whose text is its title line
    and ``body``, as the readers give it."""
    text = f"{title}\n\n{body}"
    extraction = assemble([analyse(nlp, Document("d1", "t.txt", title, text))], "rules")
    names = {a.id: a.name for a in extraction.actors}
    return [(q.text, names.get(q.speaker or ""), q.speaker_via) for q in extraction.quotes]


STATEMENT = "Statement by President Lena Marsh on the Harbour Accord"


def test_a_statement_is_quoted_sentence_by_sentence(nlp) -> None:
    body = (
        "The Republic of Selva welcomes the harbour accord signed today in Dorvik. "
        "We urge both sides to keep the fishing grounds open.\n\n"
        "Thank you.\n\n"
        "- We will send observers to the three ports in June."
    )
    welcome = "The Republic of Selva welcomes the harbour accord signed today in Dorvik."
    assert authored(nlp, STATEMENT, body) == [
        (welcome, "Lena Marsh", "statement"),
        # a reporting cue of its own: the reported part, the author's through 'We'
        ("to keep the fishing grounds open", "Lena Marsh", "author"),
        ("We will send observers to the three ports in June.", "Lena Marsh", "statement"),
    ]


def test_remarks_leave_out_the_press_and_step_over_the_speaker_label(nlp) -> None:
    body = (
        "THE PRESIDENT: Good afternoon. I have good news from Dorvik tonight.\n\n"
        "Q Madam President, will the accord hold through the winter?\n\n"
        "THE PRESIDENT: I believe it will hold."
    )
    title = "Remarks by President Lena Marsh on the Harbour Accord"
    assert authored(nlp, title, body) == [
        ("I have good news from Dorvik tonight.", "Lena Marsh", "statement"),
        ("I believe it will hold.", "Lena Marsh", "statement"),
    ]


def test_a_quotation_inside_a_statement_keeps_its_own_speaker(nlp) -> None:
    body = 'We welcome the accord. Harbour Master Tom Berg said, "The ports will open on Monday."'
    assert authored(nlp, STATEMENT, body) == [
        ("We welcome the accord.", "Lena Marsh", "statement"),
        ("The ports will open on Monday.", "Tom Berg", "subject"),
    ]


def test_a_readout_narrates_and_quotes_no_one(nlp) -> None:
    """'attributable to Spokesperson X:' above an account of what someone else did: the
    spokesperson is its source, but the sentences are no one's first-person words."""
    body = (
        "The below is attributable to Spokesperson Tom Berg:\n\n"
        "Deputy Secretary of State Ana Ruiz spoke today with Selva's Foreign Minister Jon "
        "Dahl about our shared fishing grounds. They discussed the harbour accord."
    )
    assert authored(nlp, "Deputy Secretary Ruiz's Call with Foreign Minister Dahl", body) == []


def test_a_news_article_is_not_a_statement(nlp) -> None:
    body = (
        "Harbour workers in Dorvik went on strike on Monday. "
        "Our correspondent saw the ports closed, and we could not reach the ministry."
    )
    assert authored(nlp, "Harbour strike closes Dorvik ports", body) == []


def test_a_report_with_no_speaker_inside_a_signed_statement_is_the_authors(nlp) -> None:
    # 'Selva condemns ... and calls on Dorvia to ...': the rules take no state as a cue's
    # speaker, so the report names no one; the sentence is the spokesperson's statement.
    body = (
        "Mara Quill, Spokesperson\n\n"
        "The Republic of Selva condemns the seizure of a fishing boat and calls on Dorvia "
        "to release its crew at once. We stand with the families of the crew."
    )
    condemns = (
        "The Republic of Selva condemns the seizure of a fishing boat and calls on Dorvia "
        "to release its crew at once."
    )
    assert authored(nlp, "Seizure of a Fishing Boat", body) == [
        (condemns, "Mara Quill", "statement"),
        ("We stand with the families of the crew.", "Mara Quill", "statement"),
    ]


def test_a_report_inside_the_authors_first_person_sentence_is_nested_in_it(nlp) -> None:
    from briefing.select.rank import key_quotes

    body = (
        "I welcome the news that the Fishing Council has called on both fleets to stay out of "
        "the northern grounds until spring. We will work with the Council."
    )
    welcome = (
        "I welcome the news that the Fishing Council has called on both fleets to stay out of "
        "the northern grounds until spring."
    )
    text = f"{STATEMENT}\n\n{body}"
    extraction = assemble([analyse(nlp, Document("d1", "t.txt", STATEMENT, text))], "rules")
    names = {a.id: a.name for a in extraction.actors}
    quotes = [(q.text, names.get(q.speaker or ""), q.speaker_via) for q in extraction.quotes]
    assert (welcome, "Lena Marsh", "statement") in quotes
    assert ("We will work with the Council.", "Lena Marsh", "statement") in quotes
    report = ("to stay out of the northern grounds until spring", "Fishing Council", "subject")
    assert report in quotes
    # the Council's report stays in the extraction, but the brief shows the author's words
    shown = [(q.text, names.get(q.speaker or "")) for q in key_quotes(extraction)]
    assert shown == [
        (welcome, "Lena Marsh"),
        ("We will work with the Council.", "Lena Marsh"),
    ]
