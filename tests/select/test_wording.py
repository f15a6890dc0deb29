"""Dates as the reader reads them: no TimeML code reaches the brief."""

from __future__ import annotations

import pytest

from briefing.select.rank import human_date


@pytest.mark.parametrize(
    ("value", "words"),
    [
        ("2025-03-06", "6 March 2025"),
        ("2025-03", "March 2025"),
        ("2025-W10", "week of 3 March 2025"),
        ("2019-W38-WE", "weekend of 21 September 2019"),
        ("2024-11-27T04:00", "27 November 2024, 04:00"),
        ("", ""),
    ],
)
def test_human_dates(value, words):
    assert human_date(value) == words


def test_a_part_of_the_day_is_said_in_words():
    # 'tonight' is '2016-02-20TNI' in TimeML: the reader never sees the code
    assert human_date("2016-02-20TNI") == "20 February 2016, night"
    assert human_date("2016-02-20TMO") == "20 February 2016, morning"
