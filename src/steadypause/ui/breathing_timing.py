"""The breathing guide's two clocks, both a monotonic elapsed timer: with full motion woken for
each frame that visibly moves the circle, with reduced motion once per counted second.

Both only keep time: they tell the exercise (``ui/breathing_exercise.py``) where it is, and the
exercise decides what that means (``core/breath_pace.py``). Both stop while the widget is hidden
and carry on from where they were when it is shown again.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractAnimation,
    QElapsedTimer,
    QMetaMethod,
    QObject,
    Qt,
    QTimer,
    Signal,
)

from steadypause.core import breath_pace

log = logging.getLogger(__name__)

_RUNNING = QAbstractAnimation.State.Running
_PAUSED = QAbstractAnimation.State.Paused
_STOPPED = QAbstractAnimation.State.Stopped


class MotionClock:
    """The part of ``FullMotionTimeline`` that runs on every frame: a plain Python object.

    Between the timer and the paint nothing here touches a Qt object but the timer's
    ``start``: on this kind of machine, a process woken after tens of milliseconds asleep
    pays tens of microseconds for each attribute read through PySide (a ``QObject``
    subclass's own attributes included) and for each signal, against a few for plain
    Python (docs/adr/016, "The cost of one frame, third attempt").
    """

    __slots__ = (
        "_start_timer",
        "banked_ms",
        "cycles",
        "due_ms",
        "exhale_ms",
        "frame_ms",
        "inhale_ms",
        "lateness_ms",
        "on_boundary",
        "on_finished",
        "on_frame",
        "pixels_per_unit",
        "started_ns",
        "state",
        "step",
        "step_px",
    )

    def __init__(
        self,
        start_timer: Callable[[int], object],
        on_boundary: Callable[[], object],
        on_finished: Callable[[], object],
        step_px: float,
        frame_ms: float,
    ) -> None:
        self._start_timer = start_timer
        self.on_boundary = on_boundary  # an in- or out-breath began
        self.on_finished = on_finished  # the last out-breath ended (after the last frame)
        self.on_frame: Callable[[float], object] | None = None
        self.step_px = step_px
        self.frame_ms = frame_ms
        self.inhale_ms = 1
        self.exhale_ms = 1
        self.cycles = 1
        self.pixels_per_unit = 0.0  # device px the edge moves from scale 0 to 1; 0: unknown
        self.state = _STOPPED
        self.step = -1  # the in- or out-breath last reported
        self.due_ms = 0.0  # where the frame now waited for is due, in the exercise's time
        self.lateness_ms = 0.0  # how far behind its schedule the last frame came (>= 0)
        self.banked_ms = 0.0
        self.started_ns: int | None = None  # time.monotonic_ns() when last resumed

    def position(self) -> float:
        started = self.started_ns
        if started is None:
            return self.banked_ms
        return self.banked_ms + (time.monotonic_ns() - started) / 1e6

    def frame(self) -> None:
        """Report where the breath is, then wait for the next frame that visibly moves."""
        if self.state == _STOPPED:
            return
        now = self.position()
        late = now - self.due_ms
        self.lateness_ms = late if late > 0.0 else 0.0
        # Draw the breath where this frame was due: a timer a little late (less than a
        # refresh period) still shows the moment planned for, so the edge moves step_px and
        # no more; a frame later than that catches up with the clock. A timer a little early
        # (whole ms, rounded down) draws the clock's moment, a little short of the plan:
        # never ahead of the clock, which says the phase.
        position = self.due_ms if 0.0 <= late < self.frame_ms else now
        inhale, exhale, cycles = self.inhale_ms, self.exhale_ms, self.cycles
        if position >= (inhale + exhale) * cycles:
            self.halt()
            if self.on_frame is not None:
                self.on_frame(0.0)
            self.on_finished()
            return
        step = breath_pace.locate(int(position), inhale, exhale, cycles)[0]
        if step != self.step:
            self.step = step
            self.on_boundary()
            if self.state == _STOPPED:
                return  # a slot stopped us
        if self.state == _RUNNING and self.started_ns is not None:
            # The next frame is asked for before this one is painted (the widget paints at
            # once), so the time the paint takes does not make the next frame late.
            unit = self.step_px / self.pixels_per_unit if self.pixels_per_unit > 0.0 else 0.0
            wait = breath_pace.next_frame_ms(position, inhale, exhale, cycles, unit, self.frame_ms)
            self.due_ms = position + wait
            # Whole milliseconds, rounded down: a frame a little early draws where it was due.
            self._start_timer(max(1, math.floor(self.due_ms - now)))
        if self.on_frame is not None:
            self.on_frame(breath_pace.scale_at(position, inhale, exhale, cycles))

    def halt(self) -> None:
        self.started_ns = None
        self.banked_ms = 0.0
        self.state = _STOPPED


class FullMotionTimeline(QObject):
    """In-breath then out-breath, eased, the pair repeated once per breath, drawn only as
    often as the circle visibly moves.

    No animation tick: a monotonic clock keeps the time, and one precise single-shot timer
    wakes for the next frame, when the disc's edge will have moved ``STEP_PX`` device pixels
    (``core.breath_pace.next_frame_ms``), never sooner than the display's refresh period and
    never later than a turn of the breath (docs/adr/016-frames-paced-by-the-motion.md).

    Each frame gives the circle's size on the 0..1 scale to ``on_frame`` (a plain callable,
    called by the plain ``MotionClock``: no signal crosses PySide on the way) and, only while
    something is connected to it, to ``scaleChanged``. ``boundary`` says an in- or out-breath
    began (read ``position_ms()`` for which); ``finished`` says the last out-breath ended.
    ``state()`` is Qt's animation state, for the same questions as of an animation (running,
    paused while hidden, stopped).
    """

    scaleChanged = Signal(float)
    boundary = Signal()
    finished = Signal()

    # How far the disc's edge moves between two frames, in device pixels; the bound is 0.5,
    # and each frame draws the moment it was due, so only rounding is left to spare (1 %).
    STEP_PX = 0.495
    DEFAULT_FRAME_MS = 1000.0 / 60.0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_frame: Callable[[float], object] | None = None
        self._scale_listened = False  # whether anything is connected to scaleChanged
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._clock = MotionClock(
            self._timer.start,
            self.boundary.emit,
            self.finished.emit,
            self.STEP_PX,
            self.DEFAULT_FRAME_MS,
        )
        self._timer.timeout.connect(self._clock.frame)

    @property
    def on_frame(self) -> Callable[[float], object] | None:
        """Called with the circle's size (0..1) for each frame."""
        return self._on_frame

    @on_frame.setter
    def on_frame(self, on_frame: Callable[[float], object] | None) -> None:
        self._on_frame = on_frame
        self._route_frames()

    @property
    def lateness_ms(self) -> float:
        """How far behind its schedule the last frame came (>= 0)."""
        return self._clock.lateness_ms

    @property
    def step_px(self) -> float:
        """How far the disc's edge moves between two frames (``STEP_PX``; 0: every refresh)."""
        return self._clock.step_px

    @step_px.setter
    def step_px(self, step_px: float) -> None:
        self._clock.step_px = step_px

    # Whether anything listens to scaleChanged is asked when a connection changes, not on
    # every frame; after Qt's connection lock is let go (it is held while notifying), so a
    # new connection is given the frames straight away until then.
    def connectNotify(self, signal: QMetaMethod) -> None:
        self._clock.on_frame = self._frame_and_signal
        QTimer.singleShot(0, self, self._route_frames)

    def disconnectNotify(self, signal: QMetaMethod) -> None:
        QTimer.singleShot(0, self, self._route_frames)

    def _route_frames(self) -> None:
        self._scale_listened = self.isSignalConnected(QMetaMethod.fromSignal(self.scaleChanged))
        self._clock.on_frame = self._frame_and_signal if self._scale_listened else self._on_frame

    def _frame_and_signal(self, scale: float) -> None:
        if self._on_frame is not None:
            self._on_frame(scale)
        self.scaleChanged.emit(scale)

    def set_durations(self, inhale_ms: int, exhale_ms: int, cycles: int) -> None:
        clock = self._clock
        clock.inhale_ms = max(1, inhale_ms)
        clock.exhale_ms = max(1, exhale_ms)
        clock.cycles = cycles

    def set_resolution(self, pixels_per_unit: float, refresh_hz: float) -> None:
        """How many device pixels the disc's edge moves from the smallest size to the largest,
        and the display's refresh rate (frames never come faster)."""
        self._clock.pixels_per_unit = max(0.0, pixels_per_unit)
        self._clock.frame_ms = 1000.0 / refresh_hz if refresh_hz > 0.0 else self.DEFAULT_FRAME_MS

    def state(self) -> QAbstractAnimation.State:
        return self._clock.state

    def position_ms(self) -> int:
        return int(self._clock.position())

    def start(self, position_ms: int, on_screen: bool) -> None:
        """Run from ``position_ms``; paused straight away when not on screen."""
        self._timer.stop()
        clock = self._clock
        clock.banked_ms = float(position_ms)
        clock.step = 0
        clock.started_ns = time.monotonic_ns() if on_screen else None
        clock.state = _RUNNING if on_screen else _PAUSED
        clock.due_ms = clock.banked_ms
        clock.frame()

    def halt(self) -> None:
        self._timer.stop()
        self._clock.halt()

    def pause(self) -> None:
        clock = self._clock
        if clock.state != _RUNNING:
            return
        clock.banked_ms = clock.position()
        clock.started_ns = None
        self._timer.stop()
        clock.state = _PAUSED

    def resume(self) -> None:
        clock = self._clock
        if clock.state != _PAUSED:
            return
        clock.state = _RUNNING
        clock.started_ns = time.monotonic_ns()
        clock.due_ms = clock.banked_ms
        clock.frame()


class SecondsClock(QObject):
    """Elapsed time banked across hidden stretches, and one timer for the next wake-up.

    ``tick`` is emitted when the wake-up asked for with ``wake_in`` is due.
    """

    tick = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._banked_ms = 0
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self.tick)

    def position_ms(self) -> int:
        running = self._clock.elapsed() if self._clock.isValid() else 0
        return self._banked_ms + running

    def start(self, position_ms: int, on_screen: bool) -> None:
        """Count on from ``position_ms``: now if on screen, else from when ``resume()``."""
        self._banked_ms = position_ms
        self._clock.invalidate()
        if on_screen:
            self._clock.start()

    def resume(self) -> bool:
        """Count on after a hidden stretch; False if it was counting already."""
        if self._clock.isValid():
            return False
        self._clock.start()
        return True

    def bank(self) -> None:
        """Stop counting for now, keeping the time counted so far."""
        if self._clock.isValid():
            self._banked_ms += self._clock.elapsed()
            self._clock.invalidate()
        self._timer.stop()

    def halt(self) -> None:
        self._timer.stop()
        self._clock.invalidate()
        self._banked_ms = 0

    def wake_in(self, ms: int) -> None:
        self._timer.start(ms)
