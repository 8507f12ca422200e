"""The breathing guide's two clocks, both a monotonic elapsed timer: with full motion woken for
each frame that visibly moves the circle, with reduced motion once per counted second.

Both only keep time: they tell the exercise (``ui/breathing_exercise.py``) where it is, and the
exercise decides what that means (``core/breath_pace.py``). Both stop while the widget is hidden
and carry on from where they were when it is shown again.
"""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QAbstractAnimation, QElapsedTimer, QObject, Qt, QTimer, Signal

from steadypause.core import breath_pace

log = logging.getLogger(__name__)


class FullMotionTimeline(QObject):
    """In-breath then out-breath, eased, the pair repeated once per breath, drawn only as
    often as the circle visibly moves.

    No animation tick: a monotonic elapsed timer keeps the time, and one precise single-shot
    timer wakes for the next frame, when the disc's edge will have moved ``STEP_PX`` device
    pixels (``core.breath_pace.next_frame_ms``), never sooner than the display's refresh
    period and never later than a turn of the breath (docs/adr/016-frames-paced-by-the-motion.md).

    ``scaleChanged`` gives the circle's size on the 0..1 scale for each frame; ``boundary``
    says an in- or out-breath began (read ``position_ms()`` for which); ``finished`` says the
    last out-breath ended. ``state()`` is Qt's animation state, for the same questions as
    of an animation (running, paused while hidden, stopped).
    """

    scaleChanged = Signal(float)
    boundary = Signal()
    finished = Signal()

    # How far the disc's edge moves between two frames, in device pixels; the bound is 0.5,
    # and each frame draws the moment it was due, so only rounding is left to spare.
    STEP_PX = 0.48
    DEFAULT_FRAME_MS = 1000.0 / 60.0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._inhale_ms = 1
        self._exhale_ms = 1
        self._cycles = 1
        self._pixels_per_unit = 0.0  # device px the edge moves from scale 0 to 1; 0: unknown
        self._frame_ms = self.DEFAULT_FRAME_MS
        self._state = QAbstractAnimation.State.Stopped
        self._step = -1  # the in- or out-breath last reported
        self._due_ms = 0.0  # where the frame now waited for is due, in the exercise's time
        self.lateness_ms = 0.0  # how far behind its schedule the last frame came (>= 0)
        self._banked_ms = 0.0
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._frame)

    def set_durations(self, inhale_ms: int, exhale_ms: int, cycles: int) -> None:
        self._inhale_ms = max(1, inhale_ms)
        self._exhale_ms = max(1, exhale_ms)
        self._cycles = cycles

    def set_resolution(self, pixels_per_unit: float, refresh_hz: float) -> None:
        """How many device pixels the disc's edge moves from the smallest size to the largest,
        and the display's refresh rate (frames never come faster)."""
        self._pixels_per_unit = max(0.0, pixels_per_unit)
        self._frame_ms = 1000.0 / refresh_hz if refresh_hz > 0.0 else self.DEFAULT_FRAME_MS

    def state(self) -> QAbstractAnimation.State:
        return self._state

    def position_ms(self) -> int:
        return int(self._position())

    def start(self, position_ms: int, on_screen: bool) -> None:
        """Run from ``position_ms``; paused straight away when not on screen."""
        self._timer.stop()
        self._banked_ms = float(position_ms)
        self._clock.invalidate()
        self._step = 0
        self._state = QAbstractAnimation.State.Running
        if on_screen:
            self._clock.start()
        else:
            self._state = QAbstractAnimation.State.Paused
        self._due_ms = self._banked_ms
        self._frame()

    def halt(self) -> None:
        self._timer.stop()
        self._clock.invalidate()
        self._banked_ms = 0.0
        self._state = QAbstractAnimation.State.Stopped

    def pause(self) -> None:
        if self._state != QAbstractAnimation.State.Running:
            return
        self._banked_ms = self._position()
        self._clock.invalidate()
        self._timer.stop()
        self._state = QAbstractAnimation.State.Paused

    def resume(self) -> None:
        if self._state != QAbstractAnimation.State.Paused:
            return
        self._state = QAbstractAnimation.State.Running
        self._clock.start()
        self._due_ms = self._banked_ms
        self._frame()

    def _position(self) -> float:
        running = self._clock.nsecsElapsed() / 1e6 if self._clock.isValid() else 0.0
        return self._banked_ms + running

    def _frame(self) -> None:
        """Report where the breath is, then wait for the next frame that visibly moves."""
        if self._state == QAbstractAnimation.State.Stopped:
            return
        now = self._position()
        late = now - self._due_ms
        self.lateness_ms = max(0.0, late)
        # Draw the breath where this frame was due: a timer a little late (less than a
        # refresh period) still shows the moment planned for, so the edge moves STEP_PX and
        # no more; a frame later than that catches up with the clock. A timer a little early
        # (whole ms, rounded down) draws the clock's moment, a little short of the plan:
        # never ahead of the clock, which says the phase.
        position = self._due_ms if 0.0 <= late < self._frame_ms else now
        pace = (self._inhale_ms, self._exhale_ms, self._cycles)
        total = (self._inhale_ms + self._exhale_ms) * self._cycles
        if position >= total:
            self.halt()
            self.scaleChanged.emit(0.0)
            self.finished.emit()
            return
        step = breath_pace.locate(int(position), *pace)[0]
        if step != self._step:
            self._step = step
            self.boundary.emit()
        if self.state() == QAbstractAnimation.State.Stopped:
            return  # a slot stopped us
        self.scaleChanged.emit(breath_pace.scale_at(position, *pace))
        if self._state != QAbstractAnimation.State.Running or not self._clock.isValid():
            return
        unit = self.STEP_PX / self._pixels_per_unit if self._pixels_per_unit > 0.0 else 0.0
        wait = breath_pace.next_frame_ms(position, *pace, unit, self._frame_ms)
        self._due_ms = position + wait
        # Whole milliseconds, rounded down: a frame a little early draws where it was due.
        self._timer.start(max(1, math.floor(self._due_ms - now)))


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
