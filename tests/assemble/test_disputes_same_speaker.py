"""A speaker the articles name twice, once with a title before the name, is one side: her own
words said again are no reply to her claim (news pages, issue 17: 'President of the European
Commission X' and 'European Commission X' read as two speakers made her restatement a
'rebuttal')."""

from __future__ import annotations

from briefing.assemble.questions import contested
from briefing.model import Actor, Evidence, Quote


def _quote(key: str, text: str, part: str, speaker: str, cue: str) -> Quote:
    start = text.rindex(part)
    return Quote(key, "d0", start, start + len(part), part, "indirect", speaker=speaker, cue=cue)


def test_a_speaker_named_twice_does_not_dispute_her_own_claim():
    text = (
        "President of the Harlan Council Ruth Adeyemi said the ferry pier would close in May. "
        "Harlan Council Ruth Adeyemi denied that the ferry pier would stay open in May."
    )
    long, short = "President of the Harlan Council Ruth Adeyemi", "Harlan Council Ruth Adeyemi"
    actors = {
        "a1": Actor("a1", long, "organization", mentions=(Evidence("d0", 0, len(long), long),)),
        "a2": Actor("a2", short, "organization"),
    }
    claim = _quote("q1", text, "the ferry pier would close in May", "a1", "said")
    reply = _quote("q2", text, "the ferry pier would stay open in May", "a2", "denied")
    assert contested([claim, reply], {"d0": text}, actors) == []


def test_two_speakers_still_dispute_a_claim():
    text = (
        "Mayor Ruth Adeyemi said the ferry pier would close in May. "
        "Councillor Tomas Reyes denied that the ferry pier would stay open in May."
    )
    actors = {
        "a1": Actor("a1", "Ruth Adeyemi", "person"),
        "a2": Actor("a2", "Tomas Reyes", "person"),
    }
    claim = _quote("q1", text, "the ferry pier would close in May", "a1", "said")
    reply = _quote("q2", text, "the ferry pier would stay open in May", "a2", "denied")
    found = contested([claim, reply], {"d0": text}, actors)
    assert [(q.text, q.found_by) for q in found] == [
        ("Is Adeyemi right that the ferry pier would close in May?", "dispute")
    ]
