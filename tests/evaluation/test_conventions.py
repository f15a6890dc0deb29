"""The planners' scoring conventions (briefing/evaluation/conventions.py) and the task scorers
that use them, on small gold/prediction pairs written here (invented names and texts), with
the expected figures worked out by hand next to each assertion."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefing.evaluation import actors, events, quotes, times
from briefing.evaluation.conventions import (
    any_overlap,
    content_words,
    dates_agree,
    is_pronoun,
    name_key,
    overlap_of_union,
    overlaps_half_shorter,
    pair_by_overlap,
    pronouns,
    read_date,
    role_is,
    same_name,
    shared,
    speaker_right,
    speaker_words,
)
from briefing.model import Actor, Document, Evidence, Extraction, Quote
from briefing.select.rank import MAX_ACTORS

# ---------------------------------------------------------------- spans


def test_shared_counts_common_characters() -> None:
    assert shared((0, 10), (5, 20)) == 5
    assert shared((0, 10), (10, 20)) == 0  # touching spans share nothing
    assert shared((0, 10), (30, 40)) == 0
    assert shared((2, 4), (0, 10)) == 2


def test_brief_overlap_is_half_of_the_shorter_span() -> None:
    # Shorter span 10 characters: 5 shared is exactly half, 4 is not.
    assert overlaps_half_shorter((0, 10), (5, 40))
    assert not overlaps_half_shorter((0, 10), (6, 40))
    # A short span inside a long one is always enough.
    assert overlaps_half_shorter((0, 100), (40, 44))
    assert not overlaps_half_shorter((0, 0), (0, 10))  # an empty span overlaps nothing


def test_overlap_of_union() -> None:
    assert overlap_of_union((0, 10), (5, 15)) == pytest.approx(5 / 15)
    assert overlap_of_union((0, 10), (0, 10)) == pytest.approx(1.0)
    assert overlap_of_union((0, 10), (20, 30)) == 0.0
    assert overlap_of_union((3, 3), (3, 3)) == 0.0


def test_quote_pairing_threshold_is_half_of_the_union() -> None:
    # 5 shared of a union of 10 = 0.5: paired; 4 of 10 = 0.4: not.
    assert pair_by_overlap([(0, 10)], [(0, 5)]) == [(0, 0)]
    assert pair_by_overlap([(0, 10)], [(0, 4)]) == []
    assert pair_by_overlap([(0, 10)], [(20, 30)]) == []


def test_quote_pairing_is_one_to_one_and_best_first() -> None:
    # Two predictions for one gold quote: the closer one (10/10 against 8/10) takes it.
    assert pair_by_overlap([(0, 10)], [(0, 8), (0, 10)]) == [(0, 1)]
    # Crossed candidates: A-X and B-Y are exact (1.0), A-Y and B-X only 8/12.
    assert pair_by_overlap([(0, 10), (2, 12)], [(2, 12), (0, 10)]) == [(0, 1), (1, 0)]
    # One prediction covering two gold quotes by half each: the first in text order wins.
    assert pair_by_overlap([(0, 10), (10, 20)], [(0, 20)]) == [(0, 0)]


def test_any_overlap_needs_the_same_article() -> None:
    assert any_overlap([("a", 0, 10)], [("b", 90, 99), ("a", 5, 30)])
    assert not any_overlap([("a", 0, 10)], [("b", 0, 10)])
    assert not any_overlap([("a", 0, 10)], [("a", 6, 30)])  # 4 of the shorter 10
    assert not any_overlap([], [("a", 0, 10)])


# ---------------------------------------------------------------- names


def test_name_key_ignores_case_accents_stop_words_initials_and_titles() -> None:
    assert name_key("ILSE MARR") == name_key("Ilse Marr") == ("ilse", "marr")
    assert name_key("Renée Dąbek") == ("renee", "dabek")
    assert name_key("Bank of the Northern Isles") == ("bank", "northern", "isles")
    assert name_key("Tomas K. Oduya") == ("tomas", "oduya")
    assert name_key("Minister Tomas Oduya") == ("tomas", "oduya")
    assert name_key("Dr. Ilse Marr") == ("ilse", "marr")
    assert name_key("U.S.") == ("us",)
    assert name_key("the President") == ()
    assert name_key(None) == ()


def test_same_name_needs_equal_non_empty_keys() -> None:
    assert same_name("Minister Tomas K. Oduya", "tomas oduya")
    assert same_name("Renée Dąbek", "RENEE DABEK")
    assert not same_name("Tomas Oduya", "Tomas Oduya-Velt")
    assert not same_name("Tomas Oduya", "Oduya")  # one word more is another key
    assert not same_name("Harbour Board", "Board of the Harbour")  # the order counts
    assert not same_name("the President", "the Minister")  # titles alone name nobody
    assert not same_name(None, None)


def test_content_words_keep_titles_but_drop_stop_words_and_plural_s() -> None:
    assert content_words("the Minister for Harbours") == {"minister", "harbour"}
    assert content_words("Chief Ferry Inspectors") == {"chief", "ferry", "inspector"}
    # Only a plural -s: "ss" endings and short words stay whole.
    assert content_words("Glass Bus Pass") == {"glass", "bus", "pass"}
    assert content_words(None) == frozenset()


def test_a_shown_role_is_the_gold_one_when_all_its_words_are_in_it() -> None:
    assert role_is("Minister", "Prime Minister")
    assert not role_is("Foreign Minister", "Prime Minister")  # one word shared is not enough
    # A role line may repeat the affiliation the gold keeps apart.
    assert role_is("Harbours Minister, Northern Isles", "Minister for Harbours", "Northern Isles")
    assert not role_is(None, "Prime Minister")
    assert not role_is("the", "Prime Minister")  # no content word: no role shown


# ---------------------------------------------------------------- speakers


def test_pronouns_are_personal_pronouns() -> None:
    assert {"he", "she", "they", "we"} <= pronouns()
    assert "marr" not in pronouns()
    assert is_pronoun(" She ")
    assert is_pronoun("THEY")
    assert not is_pronoun("Shepherd")
    assert not is_pronoun(None)
    assert not is_pronoun("")


def test_speaker_words_leave_out_titles_and_pronouns() -> None:
    assert speaker_words("Harbour Minister Tomas Oduya") == {"harbour", "tomas", "oduya"}
    assert speaker_words("he") == frozenset()
    assert speaker_words("the spokeswoman") == frozenset()


GOLD_NAMED = {"text": "Marr", "start": 40, "end": 44}
GOLD_PRONOUN = {"text": "she", "start": 40, "end": 43}


def test_speaker_right_when_the_mentions_overlap() -> None:
    # The predicted words ("the spokeswoman") share nothing with the name, but the mention
    # covers the gold one.
    assert speaker_right("Ilse Marr", GOLD_NAMED, "the spokeswoman", (40, 44), "Marr")
    assert not speaker_right("Ilse Marr", GOLD_NAMED, "the spokeswoman", (50, 65), "spokeswoman")


def test_speaker_right_when_the_names_share_a_word_other_than_a_title() -> None:
    assert speaker_right("Minister Ilse Marr", GOLD_NAMED, "Marr", None, None)
    assert not speaker_right("Minister Ilse Marr", GOLD_NAMED, "Minister Oduya", None, None)


def test_a_pronoun_overlapping_the_gold_pronoun_is_not_enough() -> None:
    # "she" sits exactly on the gold "she", but was resolved to another person.
    assert not speaker_right("Ilse Marr", GOLD_PRONOUN, "Renee Dabek", (40, 43), "she")
    # Unresolved: its own words name nobody.
    assert not speaker_right("Ilse Marr", GOLD_PRONOUN, "she", (40, 43), "she")


def test_a_pronoun_resolved_to_the_gold_speaker_is_right() -> None:
    assert speaker_right("Ilse Marr", GOLD_PRONOUN, "Ilse Marr", (40, 43), "she")
    # Also when only the prediction is a pronoun and the gold mention is a name elsewhere.
    assert speaker_right("Ilse Marr", GOLD_NAMED, "Marr", (90, 93), "she")
    assert not speaker_right("Ilse Marr", GOLD_NAMED, "Tomas Oduya", (40, 43), "she")


def test_speaker_null_on_both_sides_is_right_and_on_one_side_wrong() -> None:
    assert speaker_right(None, None, None, None, None)
    assert not speaker_right(None, None, "Ilse Marr", (40, 44), "Marr")
    assert not speaker_right("Ilse Marr", GOLD_NAMED, None, None, None)


# ---------------------------------------------------------------- dates


def test_read_date_reads_both_gold_forms() -> None:
    assert read_date("2021-05-23") == "2021-05-23"
    assert read_date("23-05-2021") == "2021-05-23"
    assert read_date(" 2021-05-23T09:30:00 ") == "2021-05-23"


def test_read_date_refuses_garbage() -> None:
    assert read_date("31-02-2021") is None  # no such day
    assert read_date("May 23, 2021") is None
    assert read_date("2021/05/23") is None
    assert read_date("") is None
    assert read_date(None) is None


def test_dates_agree_by_day() -> None:
    assert dates_agree("2025-03-06", "2025-03-06")
    assert not dates_agree("2025-03-06", "2025-03-07")
    assert not dates_agree("2025-03-06", "2025-03")  # a month is no day


def test_dates_agree_by_month_when_the_gold_gives_a_month() -> None:
    assert dates_agree("2025-03", "2025-03")
    assert dates_agree("2025-03", "2025-03-28")
    assert not dates_agree("2025-03", "2025-04-01")
    assert not dates_agree("2025-03", "2025")
    # A predicted week counts for the month holding its Thursday: 2025-W09 runs from Monday
    # 24 February to Sunday 2 March, its Thursday is 27 February.
    assert dates_agree("2025-02", "2025-W09")
    assert not dates_agree("2025-03", "2025-W09")
    assert dates_agree("2025-03", "2025-W10")  # Thursday 6 March


def test_dates_agree_by_a_week_containing_the_gold_day() -> None:
    # 2025-03-06 is a Thursday of ISO week 10 (Monday 3 to Sunday 9 March).
    assert dates_agree("2025-03-06", "2025-W10")
    assert dates_agree("2025-03-09", "2025-W10-WE")
    assert not dates_agree("2025-03-10", "2025-W10")  # Monday of week 11
    assert not dates_agree("2025-03-06", "2025-W11")


def test_dates_agree_by_year_when_the_gold_gives_a_year() -> None:
    assert dates_agree("2025", "2025")
    assert dates_agree("2025", "2025-11-02")
    assert not dates_agree("2025", "2026-01")


def test_dates_agree_when_both_are_null_only() -> None:
    assert dates_agree(None, None)
    assert dates_agree("", None)
    assert not dates_agree(None, "2025-03-06")
    assert not dates_agree("2025-03-06", None)


# ---------------------------------------------------------------- quotes

QUOTE_TEXT = (
    'Ilse Marr said the port "will reopen on Monday, whatever happens." '
    'She said the ferries were "ready for sea." '
    "Tomas Oduya said talks would resume in May."
)
NAMES = {"a1": "Ilse Marr", "a2": "Tomas Oduya"}


def _span(part: str, after: int = 0) -> tuple[int, int]:
    start = QUOTE_TEXT.index(part, after)
    return start, start + len(part)


def _gold(kind: str, part: str, speaker: str | None, mention: str | None) -> dict:
    start, end = _span(part)
    row = {"kind": kind, "text": part, "start": start, "end": end, "speaker": speaker}
    if mention:
        m_start, m_end = _span(mention)
        row["speaker_mention"] = {"text": mention, "start": m_start, "end": m_end}
    else:
        row["speaker_mention"] = None
    return row


def _quote(
    qid: str, kind: str, part: str, speaker: str | None = None, mention: str | None = None
) -> Quote:
    start, end = _span(part)
    m_start, m_end = _span(mention) if mention else (None, None)
    return Quote(
        id=qid,
        doc="d1",
        start=start,
        end=end,
        text=part,
        kind=kind,
        speaker=speaker,
        speaker_text=mention,
        speaker_start=m_start,
        speaker_end=m_end,
    )


GOLD_QUOTES = [
    _gold("direct", "will reopen on Monday, whatever happens.", "Ilse Marr", "Ilse Marr"),
    _gold("mixed", 'the ferries were "ready for sea."', "Ilse Marr", "She"),
    _gold("indirect", "talks would resume in May", "Tomas Oduya", "Tomas Oduya"),
]


def _predicted(she_is: str) -> list[Quote]:
    return [
        _quote("q1", "direct", "will reopen on Monday, whatever happens.", "a1", "Ilse Marr"),
        # Given as direct: 'were "ready for sea."' is 21 of the mixed quote's 33 characters.
        _quote("q2", "direct", 'were "ready for sea."', she_is, "She"),
        _quote("q3", "indirect", "talks would resume in May", "a2", "Tomas Oduya"),
        _quote("q4", "indirect", "the port"),  # matches no gold quote
    ]


def test_a_quote_of_another_kind_is_still_paired() -> None:
    scores = quotes.score_documents([(GOLD_QUOTES, _predicted("a1"), NAMES)])
    overall = scores["overall"]
    assert overall["precision"] == pytest.approx(3 / 4, abs=1e-4)  # q4 unpaired
    assert overall["recall"] == pytest.approx(3 / 3)
    assert overall["f1"] == pytest.approx(2 * (3 / 4) * 1 / (3 / 4 + 1), abs=1e-4)
    # The gold mixed quote was found (as direct): mixed recall 1 of 1, but no predicted mixed.
    assert scores["mixed"]["recall"] == pytest.approx(1.0)
    assert scores["mixed"]["precision"] == 0.0
    assert scores["mixed"]["predicted"] == 0
    assert scores["direct"]["precision"] == pytest.approx(2 / 2)
    assert scores["direct"]["recall"] == pytest.approx(1 / 1)
    assert scores["indirect"]["precision"] == pytest.approx(1 / 2)
    assert scores["direct+mixed"]["gold"] == 2


def test_kinds_are_scored_as_a_confusion_table_over_pairs() -> None:
    scores = quotes.score_documents([(GOLD_QUOTES, _predicted("a1"), NAMES)])
    assert scores["kinds: gold direct"] == {"as direct": 1, "as mixed": 0, "as indirect": 0}
    assert scores["kinds: gold mixed"] == {"as direct": 1, "as mixed": 0, "as indirect": 0}
    assert scores["kinds: gold indirect"] == {"as direct": 0, "as mixed": 0, "as indirect": 1}


def test_a_pronoun_speaker_resolved_to_someone_else_loses_the_speaker() -> None:
    # "She" (q2) sits on the gold "She" but was resolved to Tomas Oduya.
    scores = quotes.score_documents([(GOLD_QUOTES, _predicted("a2"), NAMES)])
    overall = scores["overall"]
    assert overall["speaker_acc"] == pytest.approx(2 / 3, abs=1e-4)  # q1, q3 of 3 pairs
    # quote+speaker: precision 2 of 4 predicted, recall 2 of 3 gold.
    p, r = 2 / 4, 2 / 3
    assert overall["quote+speaker_f1"] == pytest.approx(2 * p * r / (p + r), abs=1e-4)
    # Speaker accuracy by the gold kind: the mixed pair is wrong, the direct one right.
    assert scores["mixed"]["speaker_acc"] == 0.0
    assert scores["direct"]["speaker_acc"] == pytest.approx(1 / 1)
    assert scores["direct+mixed"]["speaker_acc"] == pytest.approx(1 / 2)
    # direct quote+speaker: precision 1 of 2 predicted direct (q2's speaker is wrong),
    # recall 1 of 1 gold direct.
    p, r = 1 / 2, 1 / 1
    assert scores["direct"]["quote+speaker_f1"] == pytest.approx(2 * p * r / (p + r), abs=1e-4)


def test_a_pronoun_speaker_resolved_to_the_gold_speaker_keeps_it() -> None:
    scores = quotes.score_documents([(GOLD_QUOTES, _predicted("a1"), NAMES)])
    assert scores["overall"]["speaker_acc"] == pytest.approx(3 / 3)
    p, r = 3 / 4, 3 / 3
    assert scores["overall"]["quote+speaker_f1"] == pytest.approx(2 * p * r / (p + r), abs=1e-4)
    assert scores["mixed"]["speaker_acc"] == pytest.approx(1 / 1)


def test_the_named_speaker_rows_leave_out_gold_pronoun_speakers() -> None:
    # Gold speakers: "Ilse Marr" (named), "She" (a pronoun), "Tomas Oduya" (named). With
    # "She" resolved to the wrong person, only named gold speakers are counted: 2 of 2 right.
    scores = quotes.score_documents([(GOLD_QUOTES, _predicted("a2"), NAMES)])
    assert scores["overall, named speaker"] == {"speaker_acc": 1.0, "gold": 2}
    assert scores["direct, named speaker"] == {"speaker_acc": 1.0, "gold": 1}


def test_an_unresolved_speaker_is_read_from_its_own_words() -> None:
    gold = _gold("indirect", "talks would resume in May", "Tomas Oduya", None)
    named = _quote("q1", "indirect", "talks would resume in May", None, "Tomas Oduya")
    assert quotes.predicted_speaker_right(gold, named, {})
    nobody = _quote("q1", "indirect", "talks would resume in May")
    assert not quotes.predicted_speaker_right(gold, nobody, {})
    agentless = {**gold, "speaker": None}
    assert quotes.predicted_speaker_right(agentless, nobody, {})


def test_documents_add_up() -> None:
    one = (GOLD_QUOTES, _predicted("a2"), NAMES)
    empty: tuple[list[dict], list[Quote], dict[str, str]] = (GOLD_QUOTES[:1], [], {})
    scores = quotes.score_documents([one, empty])
    # Gold 3 + 1, predicted 4 + 0, pairs 3 + 0.
    assert scores["overall"]["gold"] == 4
    assert scores["overall"]["recall"] == pytest.approx(3 / 4, abs=1e-4)
    assert scores["overall"]["precision"] == pytest.approx(3 / 4, abs=1e-4)
    assert scores["direct"]["recall"] == pytest.approx(1 / 2)


# ---------------------------------------------------------------- actors


def _actor(aid: str, name: str, spans: list[tuple[int, int]], kind: str = "person") -> Actor:
    return Actor(
        id=aid,
        name=name,
        kind=kind,
        mentions=tuple(Evidence("d1", s, e, name) for s, e in spans),
    )


def _extraction(*actor_list: Actor) -> Extraction:
    document = Document("d1", "t.txt", "", "x" * 2000)
    return Extraction(pipeline="test", documents=(document,), actors=actor_list)


def _name(start: int, end: int, cluster: str) -> dict:
    return {
        "text": "x" * (end - start),
        "start": start,
        "end": end,
        "type": "PER",
        "cluster": cluster,
    }


def test_clustering_judges_clusters_by_the_mentions_found() -> None:
    extraction = _extraction(
        _actor("a1", "Ilse Marr", [(0, 9), (100, 104), (300, 304)]),
        _actor("a2", "Marr Shipping", [(200, 213), (400, 404)]),
    )
    row = {
        "names": [
            # c1: two of three found, both a1's: judged and right (the miss is not counted).
            _name(0, 9, "c1"),
            _name(100, 104, "c1"),
            _name(700, 704, "c1"),
            # c2: found twice, split over a1 and a2: judged and wrong.
            _name(300, 304, "c2"),
            _name(400, 404, "c2"),
            # c3: found once: not judged.
            _name(200, 213, "c3"),
            _name(800, 813, "c3"),
            # c4: one mention: not judged.
            _name(900, 905, "c4"),
        ]
    }
    assert actors.cluster_counts(row, _extraction()) == (0, 0)
    assert actors.cluster_counts(row, extraction) == (1, 2)


def _entity(start: int, end: int, cluster: str) -> dict:
    return {"text": "x" * (end - start), "start": start, "end": end, "cluster": cluster}


def test_key_clusters_are_those_named_in_three_summaries() -> None:
    row = {"salient_entities": {"c1": "2*", "c2": "5*", "c3": "3", "c4": "1", "c5": "4"}}
    assert actors.key_clusters(row) == ["c2", "c5", "c3"]
    assert actors.key_clusters({}) == []


def test_key_coverage_judges_at_most_the_section_limit() -> None:
    # Ten key entities, nine actors each named where one key entity lies; the actor section
    # shows MAX_ACTORS (8) of them, so the article is judged on 8 and 8 are found.
    assert MAX_ACTORS == 8
    clusters = [f"c{i}" for i in range(10)]
    row = {
        "salient_entities": {c: "4" for c in clusters},
        "entities": [_entity(100 * i, 100 * i + 10, c) for i, c in enumerate(clusters)],
    }
    extraction = _extraction(
        *(_actor(f"a{i}", f"Actor {i}", [(100 * i, 100 * i + 10)]) for i in range(9))
    )
    assert actors.key_coverage(row, extraction) == (8, 8)
    # With only three actors shown, 3 of the 8 judged are found.
    assert actors.key_coverage(row, _extraction(*extraction.actors[:3])) == (3, 8)


def test_key_coverage_counts_only_shown_actors_and_real_overlaps() -> None:
    row = {
        "salient_entities": {"c1": "5*", "c2": "3", "c3": "3*", "c4": "2"},
        "entities": [
            _entity(0, 10, "c1"),
            _entity(100, 110, "c2"),
            _entity(200, 210, "c3"),
            _entity(300, 310, "c4"),  # not key: named in 2 summaries
        ],
    }
    places = [_actor(f"p{i}", f"Place {i}", [(900 + i, 901 + i)], "place") for i in range(8)]
    extraction = _extraction(
        # Places come after the actors that act, so p* fill no slot before a1 and a2.
        *places,
        _actor("a1", "Ilse Marr", [(2, 8)]),  # inside c1
        _actor("a2", "Tomas Oduya", [(106, 116)]),  # 4 of the shorter 10 shared with c2
        _actor("a4", "Renee Dabek", [(300, 310)]),  # the non-key c4
    )
    # Judged: 3 key entities; found: c1 only.
    assert actors.key_coverage(row, extraction) == (1, 3)


def test_clustering_and_key_rows_in_the_actor_scores(nlp) -> None:
    text = "Ilse Marr spoke.\n\nIlse Marr said the port was open. Marr left."
    first, second = text.index("Ilse Marr", 5), text.rindex("Marr")
    row = {
        "id": "t1",
        "date": "02-03-2025",  # DD-MM-YYYY, as gold may be written
        "text": text,
        "names": [
            _name(0, 9, "c1") | {"text": "Ilse Marr"},
            _name(first, first + 9, "c1") | {"text": "Ilse Marr"},
            _name(second, second + 4, "c1") | {"text": "Marr"},
        ],
        "entities": [_entity(0, 9, "c1") | {"type": "person", "kind": "name"}],
        "salient_entities": {"c1": "5*"},
    }
    scores = actors.evaluate([row], nlp)
    assert scores["clustering"] == {"accuracy": 1.0, "gold": 1}
    assert scores["key_actors"] == {"coverage": 1.0, "gold": 1}


# ---------------------------------------------------------------- times and events


def test_times_and_events_read_a_day_first_gold_date(nlp) -> None:
    text = "Talks set\nLONDON, May 23\nThe council will vote on Tuesday."
    start = text.index("on Tuesday")
    row = {
        "id": "t1",
        "dct": "23-05-2021",  # a Sunday: "on Tuesday" is 25 May
        "dct_span": [text.index("May 23"), text.index("May 23") + 6],
        "text": text,
        "timexes": [
            {"text": "on Tuesday", "start": start, "end": start + 10, "value": "2021-05-25"}
        ],
        "events": [{"text": "vote", "start": text.index("vote"), "time": "FUTURE"}],
        "sentences": [[0, 9], [10, 24], [25, len(text)]],
    }
    assert times._document(row).published == "2021-05-23"
    assert times._document({**row, "dct": "garbage", "date": "2021-05-24"}).published == (
        "2021-05-24"
    )
    scores = times.evaluate([row], nlp)
    assert scores["relaxed"]["recall"] == pytest.approx(1 / 1)
    assert scores["value"]["accuracy"] == pytest.approx(1 / 1)
    # The vote (sentence 2) is the one future sentence, and the tool finds it.
    assert events.evaluate([row], nlp)["future sentences"]["f1"] == pytest.approx(1.0)


def test_each_way_of_finding_a_speaker_is_scored_apart() -> None:
    # q1 found by its cue (right), q2 by a pronoun resolved to the wrong person, q3 by its cue
    # (right); q4 pairs with no gold quote and counts for no way. The gold speaker of q2 is
    # resolved ("Ilse Marr"), so a wrong pronoun is judged.
    ways = ["subject", "pronoun", "inverted", "subject"]
    predicted = [replace(q, speaker_via=way) for q, way in zip(_predicted("a2"), ways, strict=True)]
    scores = quotes.score_documents([(GOLD_QUOTES, predicted, NAMES)])
    assert scores["speaker via subject"] == {"speaker_acc": 1.0, "predicted": 1}
    assert scores["speaker via pronoun"] == {"speaker_acc": 0.0, "predicted": 1}
    assert scores["speaker via inverted"] == {"speaker_acc": 1.0, "predicted": 1}
