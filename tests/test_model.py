"""``model.evolve``: ``dataclasses.replace`` for the frozen records, by copying their fields."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import pytest

from briefing.model import Actor, Event, Evidence, Quote, evolve

ANNA = Actor("a1", "Anna Berg", "person", role="harbour minister", aliases=("Berg",))
QUOTE = Quote("q1", "d1", 10, 42, "We will open the ferry line", "direct", speaker="a1")


@pytest.mark.parametrize(
    ("record", "changes"),
    [
        (ANNA, {"salience": 0.75}),
        (ANNA, {"id": "a2", "mentions": (Evidence("d1", 0, 9, "Anna Berg"),)}),
        (QUOTE, {"id": "d1-q1", "doc": "d1", "speaker": None}),
        (Event("", "ferry vote", date="2025-03-06"), {"id": "e1", "found_by": "dated"}),
    ],
)
def test_evolve_is_replace(record, changes):
    evolved = evolve(record, **changes)
    assert evolved == dataclasses.replace(record, **changes)
    assert type(evolved) is type(record) and evolved is not record
    assert record == dataclasses.replace(record)  # the original is untouched
    with pytest.raises(dataclasses.FrozenInstanceError):
        evolved.id = "x"  # type: ignore[misc]


def test_evolve_rejects_what_replace_rejects():
    with pytest.raises(TypeError):
        evolve(ANNA, nickname="Annie")


def test_a_record_with_a_post_init_or_a_derived_field_goes_through_replace():
    @dataclass(frozen=True)
    class Period:
        start: int
        end: int
        length: int = field(init=False, default=0)

        def __post_init__(self) -> None:
            object.__setattr__(self, "length", self.end - self.start)

    assert evolve(Period(2, 5), end=9).length == 7
