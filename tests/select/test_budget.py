"""The page budget (select/budget.py) without WeasyPrint: what goes first, and the search for
the smallest number of drops that fits, against a page that fits from a known count on."""

from __future__ import annotations

from dataclasses import replace

import pytest

from briefing.brief import ActorItem, BriefContext, PointItem, QuoteItem, SourceItem
from briefing.select.budget import (
    SOURCE_TITLE_LIMIT,
    SOURCES_KEEP,
    TITLE_LIMIT,
    DropSearch,
    cut,
    drop_order,
    first_guess,
    without,
)


def context(actors: int, quotes: int, points: int) -> BriefContext:
    return BriefContext(
        title="t",
        date="d",
        audience="analyst",
        actors=tuple(ActorItem(f"a{i}", "person") for i in range(actors)),
        quotes=tuple(QuoteItem(f"q{i}", "direct", "s") for i in range(quotes)),
        bottom_line=tuple(PointItem(f"p{i}") for i in range(points)),
    )


def test_surplus_goes_first_in_turn_and_the_bottom_line_last():
    order = drop_order(context(4, 3, 2), {"actors": 2, "quotes": 1, "bottom_line": 1})
    assert order == [
        ("quotes", 2),
        ("actors", 3),
        ("quotes", 1),
        ("actors", 2),
        ("bottom_line", 1),
        ("quotes", 0),
        ("actors", 1),
        ("actors", 0),
        ("bottom_line", 0),
    ]


def test_without_removes_the_items_and_counts_them():
    fitted = without(context(3, 2, 1), [("actors", 2), ("quotes", 0)])
    assert [a.name for a in fitted.actors] == ["a0", "a1"]
    assert [q.text for q in fitted.quotes] == ["q1"]
    assert fitted.omitted == 2


def with_sources(brief: BriefContext, count: int, title: str = "Story") -> BriefContext:
    sources = tuple(SourceItem(n, f"{title} {n}") for n in range(1, count + 1))
    return replace(brief, sources=sources)


def test_sources_beyond_the_first_few_go_first_and_the_rest_before_the_last_items():
    brief = with_sources(context(2, 1, 1), SOURCES_KEEP + 3)
    order = drop_order(brief, {"actors": 1, "quotes": 1, "bottom_line": 1})
    beyond = [("sources", i) for i in range(SOURCES_KEEP + 2, SOURCES_KEEP - 1, -1)]
    kept = [("sources", i) for i in range(SOURCES_KEEP - 1, -1, -1)]
    assert order == [
        *beyond,
        ("actors", 1),
        *kept,
        ("quotes", 0),
        ("actors", 0),
        ("bottom_line", 0),
    ]


def test_sources_the_audience_does_not_show_are_never_dropped():
    brief = replace(with_sources(context(1, 0, 0), 9), sections=("actors",))
    assert drop_order(brief, {}) == [("actors", 0)]


def test_without_counts_dropped_sources_apart_from_items():
    brief = with_sources(context(2, 0, 1), 8)
    fitted = without(brief, [("sources", 7), ("sources", 6), ("actors", 1)])
    assert [s.number for s in fitted.sources] == [1, 2, 3, 4, 5, 6]
    assert (fitted.omitted, fitted.sources_omitted) == (1, 2)


def test_an_overlong_title_is_cut_before_anything_goes():
    long_title = "Harbour levy talks " * 2000
    brief = with_sources(replace(context(1, 0, 0), title=long_title), 2, title=long_title)
    order = drop_order(brief, {})
    assert order[:2] == [("title", 0), ("source_titles", 0)]
    fitted = without(brief, order[:2])
    assert fitted.title.endswith("…") and len(fitted.title) <= TITLE_LIMIT
    assert all(len(s.title) <= SOURCE_TITLE_LIMIT for s in fitted.sources)
    assert (fitted.omitted, fitted.sources_omitted, len(fitted.actors)) == (0, 0, 1)


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("Talks stall", 20, "Talks stall"),
        ("Talks stall as Norway rejects the proposal", 20, "Talks stall as…"),
        ("x" * 30, 10, "xxxxxxxxx…"),
    ],
)
def test_cut_keeps_whole_words_within_the_limit(text, limit, expected):
    assert cut(text, limit) == expected
    assert len(cut(text, limit)) <= limit


def test_the_first_guess_comes_from_the_layout():
    brief = context(4, 4, 2)
    order = drop_order(brief, {})
    assert first_guess(brief, order, spilled=3, overflow=0.9) == 3
    assert first_guess(brief, order, spilled=0, overflow=0.9) == 1  # at least one must go
    assert first_guess(brief, order, spilled=None, overflow=0.5) == 5  # half of ten items
    assert first_guess(brief, order, spilled=99, overflow=0.0) == len(order)


def smallest(guess: int, limit: int, fits_from: int, ahead=None) -> tuple[int, list[int]]:
    search, asked = DropSearch(guess, limit, ahead), []
    while search.candidate is not None:
        asked.append(search.candidate)
        search.tell(search.candidate >= fits_from)
    return search.smallest, asked


@pytest.mark.parametrize("limit", [1, 2, 7, 30])
def test_the_search_finds_the_smallest_fitting_count_asking_each_once(limit):
    for fits_from in range(1, limit + 1):
        for guess in range(1, limit + 1):
            found, asked = smallest(guess, limit, fits_from)
            assert found == fits_from, (guess, fits_from)
            assert len(asked) == len(set(asked))


def test_the_search_gallops_up_from_a_low_guess():
    assert smallest(2, 30, 9)[1] == [2, 3, 4, 6, 10, 8, 9]


def test_the_search_gallops_down_from_a_high_guess():
    assert smallest(90, 100, 58)[1] == [90, 89, 87, 83, 75, 59, 27, 43, 51, 55, 57, 58]
    assert smallest(9, 30, 9)[1] == [9, 8]  # a close guess costs what it did


def test_from_a_guess_that_does_not_fit_the_search_goes_where_the_estimate_says():
    """After a count that did not fit, the fit loop estimates from that layout where the
    answer lies: the search tries that count, and from it the one below, not every count
    galloping up from the guess."""
    assert smallest(2, 30, 9, ahead=lambda count: 9)[1] == [2, 9, 8]
    assert smallest(2, 30, 9, ahead=lambda count: 8 if count < 8 else None)[1] == [2, 8, 9]
    assert smallest(2, 30, 9, ahead=lambda count: 11)[1] == [2, 11, 10, 8, 9]


@pytest.mark.parametrize("estimate", [-5, 0, 1, 4, 9, 12, 40])
def test_any_estimate_still_finds_the_smallest_fitting_count_asking_each_once(estimate):
    for fits_from in range(1, 16):
        for guess in range(1, 16):
            found, asked = smallest(guess, 15, fits_from, ahead=lambda count: estimate)
            assert found == fits_from, (guess, fits_from)
            assert len(asked) == len(set(asked))


def test_nothing_fits_gives_the_limit():
    assert smallest(3, 5, 99)[0] == 5
