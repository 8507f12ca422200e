"""core/breath_pace: where a moment of the breathing exercise falls, without Qt."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from steadypause.core.breath_pace import (
    DONE,
    IDLE,
    IN,
    OUT,
    count_for,
    eased,
    locate,
    next_frame_ms,
    phase_of,
    scale_at,
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


# ------------------------------------------------------------------ frames paced by the motion

PACES = st.tuples(
    st.integers(min_value=1000, max_value=20_000),
    st.integers(min_value=1000, max_value=20_000),
    st.integers(min_value=1, max_value=4),
)
FRAME_MS = 1000.0 / 60.0


def test_scale_follows_the_eased_breath() -> None:
    # 4 s in, 6 s out: smallest at the start, largest at the turn, halfway at mid-breath.
    assert scale_at(0, 4000, 6000, 2) == pytest.approx(0.0)
    assert scale_at(2000, 4000, 6000, 2) == pytest.approx(0.5)
    assert scale_at(4000, 4000, 6000, 2) == pytest.approx(1.0)
    assert scale_at(7000, 4000, 6000, 2) == pytest.approx(0.5)
    assert scale_at(10_000, 4000, 6000, 2) == pytest.approx(0.0)
    assert scale_at(20_000, 4000, 6000, 2) == 0.0  # done
    assert eased(0.25) == pytest.approx(0.5 - 0.5 * math.cos(math.pi / 4))


@settings(max_examples=300, deadline=None)
@given(
    pace=PACES,
    pixels=st.floats(min_value=10.0, max_value=400.0),  # device px from smallest to largest
    start=st.floats(min_value=0.0, max_value=1.0),
)
def test_each_frame_moves_the_edge_by_at_most_the_step(
    pace: tuple[int, int, int], pixels: float, start: float
) -> None:
    inhale, exhale, cycles = pace
    total = (inhale + exhale) * cycles
    step_px = 0.4
    position = start * total
    frames = 0
    while position < total and frames < 200:
        wait = next_frame_ms(position, inhale, exhale, cycles, step_px / pixels, FRAME_MS)
        assert wait >= FRAME_MS  # never faster than the display
        after = min(position + wait, total)
        moved = abs(scale_at(after, inhale, exhale, cycles) - scale_at(position, *pace)) * pixels
        if wait > FRAME_MS + 1e-9:
            # Not held back by the refresh rate: the edge moved no more than the step.
            assert moved <= step_px + 1e-6, (position, wait, moved)
        position = after
        frames += 1


@settings(max_examples=300, deadline=None)
@given(pace=PACES, pixels=st.floats(min_value=10.0, max_value=400.0), at=st.floats(0.0, 1.0))
def test_no_frame_is_later_than_a_turn_or_sooner_than_needed(
    pace: tuple[int, int, int], pixels: float, at: float
) -> None:
    inhale, exhale, cycles = pace
    position = at * (inhale + exhale) * cycles
    step = 0.4 / pixels
    wait = next_frame_ms(position, inhale, exhale, cycles, step, FRAME_MS)
    step_now, whole_left = locate(int(position), inhale, exhale, cycles)
    left = whole_left - (position - int(position))  # to the end of this in- or out-breath
    if step_now < 2 * cycles:
        assert wait <= max(FRAME_MS, left + 1e-6)  # the turn is drawn where it happens
        after = position + wait
        if wait > FRAME_MS + 1e-9 and after < position + left - 1e-6:
            # Waiting as long as allowed: the edge has moved the whole step by then.
            moved = abs(scale_at(after, *pace) - scale_at(position, *pace)) * pixels
            assert moved == pytest.approx(0.4, abs=1e-3)


def test_the_slow_turns_are_drawn_less_often_than_mid_breath() -> None:
    # 1x on this machine: the glow's rim travels about 60 px over a 4 s in-breath.
    step = 0.4 / 60.0
    near_turn = next_frame_ms(10, 4000, 6000, 3, step, FRAME_MS)
    mid = next_frame_ms(2000, 4000, 6000, 3, step, FRAME_MS)
    assert near_turn > 5 * mid
    assert mid == pytest.approx(FRAME_MS, rel=0.2)  # close to the refresh rate mid-breath
    # No step known (not laid out yet): one frame per refresh period.
    assert next_frame_ms(2000, 4000, 6000, 3, 0.0, FRAME_MS) == FRAME_MS
