"""Classes of shown actors that name nobody who acts (select/confidence.py), seen on
PolNeAR analyst briefs (issue 16): conditions and creeds typed as bodies, compass points,
titles written short, names only a headline holds; on sentences we wrote."""

from __future__ import annotations

import pytest

from briefing.model import Actor, Document, Evidence, Extraction, Quote
from briefing.read.anatomy import with_anatomy
from briefing.select.confidence import actor_doubt, doubtful_actors
from tests.helpers import actor, run

TEXT = (
    "Harbour vote nears\n\n"
    "Ana Ruiz said the Islamophobic remarks hurt and that Islamophobia was rising. "
    "Veterans said PTSD was common; people with AIDS asked for help. "
    "Attacks on the West would grow, she said. "
    "Populism is spreading, Sec. Ruiz told the Harbour Council."
)


def named(name: str, kind: str = "organization") -> Actor:
    """An actor named once, at the first ``name`` in TEXT."""
    start = TEXT.index(name)
    return Actor("a1", name, kind, mentions=(Evidence("d1", start, start + len(name), name),))


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("Islamophobia", "a condition, creed or attitude, not an actor"),
        ("Islamophobic", "a condition, creed or attitude, not an actor"),
        ("Populism", "a condition, creed or attitude, not an actor"),
        ("PTSD", "a condition, creed or attitude, not an actor"),
        ("AIDS", "a condition, creed or attitude, not an actor"),
        ("West", "a direction, not an actor"),
        ("Sec", "a title alone"),
        # bodies the rules keep: a council, a known body
        ("Harbour Council", None),
    ],
)
def test_conditions_creeds_directions_and_short_titles_are_no_actors(name, why):
    assert actor_doubt(named(name), {"d1": TEXT}) == why


def test_a_person_is_never_held_back_as_a_creed():
    # the ending rules are about bodies the tagger made of words; a person keeps a name
    assert actor_doubt(named("Ana Ruiz", "person"), {"d1": TEXT}) is None


def test_a_known_body_whose_name_ends_like_a_creed_keeps_its_name():
    assert actor_doubt(Actor("a1", "Hamas", "organization"), {}) is None


STORY = "Leaders meet in Carmel\n\nAna Ruiz said the talks in Carmel would go on."


def story(*actors: Actor, quotes: tuple[Quote, ...] = ()) -> Extraction:
    document = with_anatomy(Document("d1", "t.txt", "Leaders meet in Carmel", STORY))
    return Extraction(pipeline="rules", documents=(document,), actors=actors, quotes=quotes)


def in_story(actor_id: str, name: str, kind: str, *at: int) -> Actor:
    starts = [i for i in range(len(STORY)) if STORY.startswith(name, i)]
    spans = tuple(Evidence("d1", starts[n], starts[n] + len(name), name) for n in at)
    return Actor(actor_id, name, kind, mentions=spans)


def test_a_name_only_the_headline_holds_is_held_back():
    leaders = in_story("a1", "Leaders", "group", 0)
    ruiz = in_story("a2", "Ana Ruiz", "person", 0)
    doubts = doubtful_actors(story(leaders, ruiz))
    assert doubts == {"a1": "named only in a headline, never in a story"}


def test_a_name_the_body_takes_up_again_stays():
    carmel = in_story("a1", "Carmel", "organization", 0, 1)
    assert doubtful_actors(story(carmel)) == {}


def test_a_speaker_named_only_in_the_headline_stays():
    # 'Statement by Ana Ruiz on ...': who issued it speaks in the body as 'I'
    leaders = in_story("a1", "Leaders", "group", 0)
    said = "the talks in Carmel would go on"
    start = STORY.index(said)
    quote = Quote("q1", "d1", start, start + len(said), said, "indirect", speaker="a1")
    assert doubtful_actors(story(leaders, quotes=(quote,))) == {}


def test_conditions_are_held_back_from_a_built_brief(nlp):
    found = run(
        nlp,
        "Ada Brenner said veterans with PTSD waited too long. Brenner said PTSD was treatable.",
    )
    ptsd = [a for a in found.actors if a.name == "PTSD"]
    held = doubtful_actors(found)
    assert ptsd and held[ptsd[0].id] == "a condition, creed or attitude, not an actor"
    assert actor(found, "Ada Brenner").id not in held


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("Harbour Watch", "not a person's name"),  # a watchdog typed as a person
        ("Harbour Report", "not a person's name"),  # a publication
        ("Wilayat Twitter", "not a person's name"),  # a handle on a platform
        ("LinkedIn", "not a person's name"),  # a platform alone
        ("Ana Guardian", None),  # a given name opens it: "Guardian" is her surname
        ("Jeb Bush", None),  # no given name the lists know, but no publication's word
        ("Ruiz", None),
    ],
)
def test_a_person_with_no_given_name_ending_in_a_publications_word_is_a_body(name, why):
    assert actor_doubt(Actor("a1", name, "person"), {}) == why
