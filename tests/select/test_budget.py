"""The page budget (select/budget.py) without WeasyPrint: what goes first, and the search for
the smallest number of drops that fits, against a page that fits from a known count on."""

from __future__ import annotations

import pytest

from briefing.brief import ActorItem, BriefContext, PointItem, QuoteItem
from briefing.select.budget import DropSearch, drop_order, first_guess, without


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


def test_the_first_guess_comes_from_the_layout():
    brief = context(4, 4, 2)
    order = drop_order(brief, {})
    assert first_guess(brief, order, spilled=3, overflow=0.9) == 3
    assert first_guess(brief, order, spilled=0, overflow=0.9) == 1  # at least one must go
    assert first_guess(brief, order, spilled=None, overflow=0.5) == 5  # half of ten items
    assert first_guess(brief, order, spilled=99, overflow=0.0) == len(order)


def smallest(guess: int, limit: int, fits_from: int) -> tuple[int, list[int]]:
    search, asked = DropSearch(guess, limit), []
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


def test_nothing_fits_gives_the_limit():
    assert smallest(3, 5, 99)[0] == 5
