"""core/breath_pace: where a moment of the breathing exercise falls, without Qt."""

from __future__ import annotations

import math

import pytest

from steadypause.core.breath_pace import (
    DONE,
    IDLE,
    IN,
    OUT,
    count_for,
    locate,
    phase_of,
    validated_pace,
)


def test_locate_walks_in_and_out_breaths_then_done() -> None:
    # Two breaths of 400 ms in and 600 ms out.
    assert locate(0, 400, 600, 2) == (0, 400)
    assert locate(399, 400, 600, 2) == (0, 1)
    assert locate(400, 400, 600, 2) == (1, 600)
    assert locate(999, 400, 600, 2) == (1, 1)
    assert locate(1000, 400, 600, 2) == (2, 400)
    assert locate(1500, 400, 600, 2) == (3, 500)
    assert locate(2000, 400, 600, 2) == (4, 0)
    assert locate(50_000, 400, 600, 2) == (4, 0)


def test_locate_treats_a_position_before_the_start_as_the_start() -> None:
    assert locate(-30, 400, 600, 1) == (0, 400)


def test_phase_of_each_step() -> None:
    assert [phase_of(step, 2) for step in range(-1, 5)] == [IDLE, IN, OUT, IN, OUT, DONE]


def test_count_for_rounds_up_and_never_shows_zero() -> None:
    assert count_for(3000, 1000) == 3
    assert count_for(2001, 1000) == 3
    assert count_for(2000, 1000) == 2
    assert count_for(1, 1000) == 1
    assert count_for(0, 1000) == 1
    assert count_for(150, 50) == 3


def test_validated_pace_gives_floats_and_refuses_what_is_out_of_range() -> None:
    assert validated_pace(4, 6, 3) == (4.0, 6.0, 3)
    assert isinstance(validated_pace(4, 6, 3)[0], float)
    for bad, name in (
        ((0.5, 6, 3), "inhale_s"),
        ((4, 21, 3), "exhale_s"),
        ((math.nan, 6, 3), "inhale_s"),
        ((True, 6, 3), "inhale_s"),
        (("4", 6, 3), "inhale_s"),
    ):
        with pytest.raises(ValueError, match=name):
            validated_pace(*bad)  # type: ignore[arg-type]
    for cycles in (0, 21, 2.0, True):
        with pytest.raises(ValueError, match="cycles"):
            validated_pace(4, 6, cycles)  # type: ignore[arg-type]
    assert validated_pace(2, 2, 5, seconds_range=(2.0, 2.0), cycles_range=(5, 5)) == (2.0, 2.0, 5)
