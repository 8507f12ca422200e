"""The full-motion clock draws a frame only when the circle has visibly moved (issue 18)."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QAbstractAnimation

from steadypause.ui.breathing_timing import FullMotionTimeline


def run_breath(qtbot, pixels_per_unit: float) -> list[float]:
    """One breath of 0.5 s in and 0.5 s out; the sizes of the frames it asked for."""
    timeline = FullMotionTimeline()
    timeline.set_durations(500, 500, 1)
    timeline.set_resolution(pixels_per_unit, 60.0)
    frames: list[float] = []
    timeline.scaleChanged.connect(frames.append)
    with qtbot.waitSignal(timeline.finished, timeout=5000):
        timeline.start(0, on_screen=True)
    assert timeline.state() == QAbstractAnimation.State.Stopped
    return frames


def test_a_small_circle_gets_a_few_frames_a_breath(qtbot) -> None:
    # The edge moves 1 px from smallest to largest: a frame per 0.4 px is about 4 per in- or
    # out-breath (a late frame only makes fewer), where a 60 Hz tick gives about 60.
    frames = run_breath(qtbot, 1.0)
    assert 4 <= len(frames) <= 12, frames
    assert frames[0] == pytest.approx(0.0, abs=0.01)
    assert frames[-1] == 0.0  # the end of the out-breath is drawn
    assert max(frames) > 0.75  # it reached (near) the turn and came back
    steps = [abs(b - a) for a, b in itertools.pairwise(frames)]
    assert max(steps) <= 0.7  # each frame moved about 0.4 px of the 1 (more if late)


def test_a_large_circle_gets_more_frames_than_a_small_one(qtbot) -> None:
    small = run_breath(qtbot, 1.0)
    large = run_breath(qtbot, 40.0)  # 0.4 px is 1 % of the way: capped at the refresh rate
    assert len(large) > 2 * len(small), (len(small), len(large))


def test_hidden_it_waits_and_shown_it_goes_on_from_there(qtbot) -> None:
    timeline = FullMotionTimeline()
    timeline.set_durations(500, 500, 1)
    timeline.set_resolution(100.0, 60.0)
    frames: list[float] = []
    timeline.scaleChanged.connect(frames.append)
    timeline.start(250, on_screen=False)
    assert timeline.state() == QAbstractAnimation.State.Paused
    assert frames == [pytest.approx(0.5)]  # where it stands, drawn once, and nothing more
    qtbot.wait(100)
    assert frames == [pytest.approx(0.5)]
    assert timeline.position_ms() == 250
    timeline.resume()
    assert timeline.state() == QAbstractAnimation.State.Running
    qtbot.waitUntil(lambda: len(frames) > 3, timeout=2000)
    assert frames[1] >= 0.5
    timeline.halt()
