"""A first-person statement speaks for the person who issues it: 'The United States condemns
...' or 'We urge ...' are the words of whom the byline names (found by the read stage, see
tests/read/test_statement_author.py)."""

from __future__ import annotations

from briefing.assemble import assemble
from briefing.extract import analyse
from briefing.model import Document

BYLINE = (
    "Harbour attack condemned\n\n"
    "Marta Ilves, Foreign Minister\n\n"
    "Estonia condemns the attack on the harbour of Tartu. "
    "Estonia urges all parties to return to talks. "
    "We urge them to release the crew without delay."
)


def speakers(nlp, text: str) -> dict[str, tuple[str, str | None]]:
    document = Document("d1", "s.txt", text.split("\n")[0], text, "2025-06-02")
    extraction = assemble([analyse(nlp, document)], "rules")
    actors = {a.id: a for a in extraction.actors}
    return {
        q.text: (actors[q.speaker].name, actors[q.speaker].role) if q.speaker else None
        for q in extraction.quotes
    }


def test_the_states_and_our_words_in_a_statement_are_its_authors(nlp):
    said = speakers(nlp, BYLINE)
    assert said["to return to talks"] == ("Marta Ilves", "Foreign Minister")
    assert said["to release the crew without delay"] == ("Marta Ilves", "Foreign Minister")
