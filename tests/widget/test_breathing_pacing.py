"""The full-motion clock draws a frame only when the circle has visibly moved (issue 18)."""

from __future__ import annotations

import itertools
import time

import pytest
from PySide6.QtCore import QAbstractAnimation, Qt, QTimer

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
    # The edge moves 1 px from smallest to largest: a frame per 0.48 px is about 3 per in- or
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
    assert frames[1] >= 0.5 - 1e-9  # on from where it stood, not back (rounding aside)
    timeline.halt()


def test_a_frame_a_little_late_still_moves_the_edge_one_step(qtbot) -> None:
    # Another timer keeps the thread busy 8 ms out of every 9, so most frame timers fire a
    # few ms behind their schedule. A frame less than a refresh period late draws the moment
    # it was due, so the edge never moves more than STEP_PX between two frames (the 0.5 px
    # bound holds under load); the edge travels 8 px, slow enough that no frame is capped by
    # the refresh.
    timeline = FullMotionTimeline()
    timeline.set_durations(500, 500, 1)
    timeline.set_resolution(8.0, 60.0)
    frames: list[tuple[float, float]] = []
    timeline.scaleChanged.connect(lambda scale: frames.append((scale, timeline.lateness_ms)))
    load = QTimer()
    load.setTimerType(Qt.TimerType.PreciseTimer)
    load.timeout.connect(lambda: time.sleep(0.008))
    load.start(9)
    try:
        with qtbot.waitSignal(timeline.finished, timeout=5000):
            timeline.start(0, on_screen=True)
    finally:
        load.stop()
    late = [lateness for _, lateness in frames[1:]]
    assert sum(1 for ms in late if ms >= 2.0) >= len(late) // 3, late  # they were late
    step = FullMotionTimeline.STEP_PX / 8.0
    for (before, _), (after, lateness) in itertools.pairwise(frames):
        if lateness < 1000.0 / 60.0:
            assert abs(after - before) <= step + 1e-9, (before, after, lateness)


def test_the_next_frame_is_asked_for_before_this_one_is_painted(qtbot) -> None:
    # A paint that takes 6 ms does not push every later frame 6 ms behind its schedule.
    timeline = FullMotionTimeline()
    timeline.set_durations(500, 500, 1)
    timeline.set_resolution(8.0, 60.0)
    lateness: list[float] = []

    def slow_paint(_scale: float) -> None:
        lateness.append(timeline.lateness_ms)
        time.sleep(0.006)

    timeline.on_frame = slow_paint
    with qtbot.waitSignal(timeline.finished, timeout=5000):
        timeline.start(0, on_screen=True)
    assert len(lateness) > 10
    assert sorted(lateness)[len(lateness) // 2] < 3.0, lateness


def test_frames_go_to_the_widget_without_a_signal_and_to_the_signal_while_connected(qtbot):
    timeline = FullMotionTimeline()
    timeline.set_durations(500, 500, 1)
    timeline.set_resolution(8.0, 60.0)
    direct: list[float] = []
    timeline.on_frame = direct.append
    timeline.start(100, on_screen=False)  # one frame, drawn where it stands
    assert len(direct) == 1
    signalled: list[float] = []
    timeline.scaleChanged.connect(signalled.append)
    timeline.halt()
    timeline.start(200, on_screen=False)  # straight after connecting: through both
    assert len(direct) == 2
    assert signalled == [direct[-1]]
    timeline.scaleChanged.disconnect(signalled.append)  # no deadlock on Qt's lock
    qtbot.wait(20)  # whether anything still listens is asked on the next turn of the loop
    timeline.halt()
    timeline.start(300, on_screen=False)
    assert len(direct) == 3
    assert signalled == [direct[1]]  # no longer through the signal
