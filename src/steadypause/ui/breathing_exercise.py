"""The breathing exercise itself: the pace, the phases in order, and the clock that moves it.

``phase`` moves idle -> in -> out -> in ... -> done. With full motion a clock woken for each
frame that visibly moves the circle moves it and gives the circle's size; with reduced motion
a monotonic elapsed timer does, woken once per counted second (``ui/breathing_timing.py``).
Neither runs while the guide is off screen, and both carry on from where they were when it is
shown again. The widget (``ui/breathing.py``) shows the exercise and says it; this only keeps it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from types import MethodType
from weakref import WeakMethod

from PySide6.QtCore import QObject, Signal

from steadypause.core.breath_pace import DONE, IDLE, IN, OUT, count_for, locate, phase_of
from steadypause.ui.breathing_timing import FullMotionTimeline, SecondsClock

log = logging.getLogger(__name__)


class BreathingExercise(QObject):
    """A few slow breaths, in time.

    ``lookChanged`` comes first whenever the phase or the counted seconds may read
    differently, then ``phaseChanged`` on every move (also back to idle on ``stop()``), then
    ``finished`` once when the last out-breath ends. ``countChanged``: only the counted
    seconds changed. The circle's size for each frame of full motion (0..1) goes to the
    callable given to ``draw_frames_with`` (no signal: docs/adr/016).
    """

    lookChanged = Signal()
    phaseChanged = Signal(str)
    finished = Signal()
    countChanged = Signal()

    def __init__(
        self,
        pace: tuple[float, float, int],
        reduced: bool,
        second_ms: int,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.inhale_s, self.exhale_s, self.cycles = pace
        self.reduced = reduced
        self.on_screen = False  # set by the widget as it is shown and hidden
        self.phase = IDLE
        self.step = -1  # 2 * (cycle - 1) + (0 breathing in | 1 breathing out); 2 * cycles = done
        self.generation = 0  # bumped by start/stop, so a slot that restarts us ends stale loops
        self.countdown = 0
        self._second_ms = second_ms  # how many milliseconds a second of breathing lasts

        self._timeline = FullMotionTimeline(self)
        self._timeline.boundary.connect(self._on_animation_boundary)
        self._timeline.finished.connect(self._on_timeline_finished)
        self._seconds = SecondsClock(self)
        self._seconds.tick.connect(self._on_tick)
        self._apply_durations()

    @property
    def cycle(self) -> int:
        """The current breath, counted from 1; 0 when idle."""
        if self.step < 0:
            return 0
        return min(self.step // 2 + 1, self.cycles)

    def is_running(self) -> bool:
        """True from ``start()`` until done or stopped, also while hidden (and paused)."""
        return self.phase in (IN, OUT)

    def start(self) -> None:
        """Begin from the first in-breath. Does nothing if already running."""
        if self.is_running():
            return
        self.generation += 1
        self.step = 0
        self.phase = IN
        self.countdown = self._count_for(self._inhale_ms)
        self.lookChanged.emit()
        self._start_engine(0)
        self.phaseChanged.emit(IN)

    def stop(self) -> None:
        """Stop and go back to idle."""
        self.generation += 1
        self._halt_engine()
        self.step = -1
        changed = self.phase != IDLE
        self.phase = IDLE
        self.lookChanged.emit()
        if changed:
            self.phaseChanged.emit(IDLE)

    def set_pace(self, inhale_s: float, exhale_s: float, cycles: int) -> None:
        """A new (checked) pace for the next start; stop a running exercise first."""
        self.inhale_s, self.exhale_s, self.cycles = inhale_s, exhale_s, cycles
        self._apply_durations()

    def set_reduced(self, reduced: bool) -> None:
        """Change clocks; a running exercise carries on from the same moment."""
        running = self.is_running()
        position = self._position_ms() if running else 0
        self._halt_engine()
        self.reduced = reduced
        if running:
            # In full motion the timeline sets the circle's size itself.
            self.countdown = self._count_for(self._locate(position)[1])
            self._start_engine(position)

    def draw_frames_with(self, on_frame: Callable[[float], object]) -> None:
        """Full motion: ``on_frame(scale)`` is called for each frame, straight from the clock.

        A bound method is held weakly: its object (the widget) owns this exercise, and a
        strong reference back made a cycle of PySide wrappers that Python's collector does
        not free, so every closed pause window kept its widgets' wrappers (~32 KiB a pause).
        """
        if not isinstance(on_frame, MethodType):
            self._timeline.on_frame = on_frame
            return
        method = WeakMethod(on_frame)

        def frame(scale: float) -> None:
            bound = method()
            if bound is not None:
                bound(scale)

        self._timeline.on_frame = frame

    def set_motion_resolution(self, pixels_per_unit: float, refresh_hz: float) -> None:
        """Full motion: how many device pixels the circle's edge moves from its smallest to
        its largest size, and the display's refresh rate; frames follow the motion."""
        self._timeline.set_resolution(pixels_per_unit, refresh_hz)

    def resume(self) -> None:
        """Carry on after a hidden stretch (``on_screen`` is True again)."""
        if not self.is_running():
            return
        if self.reduced:
            if self._seconds.resume():
                self._on_tick()
        else:
            self._timeline.resume()

    def pause(self) -> None:
        """Hold still while hidden (``on_screen`` is False)."""
        if self.reduced:
            self._seconds.bank()
        else:
            self._timeline.pause()

    # -- the clocks ---------------------------------------------------------------------

    @property
    def _inhale_ms(self) -> int:
        return round(self.inhale_s * self._second_ms)

    @property
    def _exhale_ms(self) -> int:
        return round(self.exhale_s * self._second_ms)

    def _apply_durations(self) -> None:
        self._timeline.set_durations(self._inhale_ms, self._exhale_ms, self.cycles)

    def _locate(self, position_ms: int) -> tuple[int, int]:
        """The step at ``position_ms`` into the exercise and the ms left in that step."""
        return locate(position_ms, self._inhale_ms, self._exhale_ms, self.cycles)

    def _count_for(self, left_ms: int) -> int:
        """The whole seconds shown for ``left_ms`` still to go in a phase (never 0)."""
        return count_for(left_ms, self._second_ms)

    def _position_ms(self) -> int:
        return self._seconds.position_ms() if self.reduced else self._timeline.position_ms()

    def _start_engine(self, position_ms: int) -> None:
        if self.reduced:
            self._seconds.start(position_ms, self.on_screen)
            if self.on_screen:
                self._on_tick()
        else:
            self._timeline.start(position_ms, self.on_screen)

    def _halt_engine(self) -> None:
        self._timeline.halt()
        self._seconds.halt()

    def _advance_to(self, step: int) -> None:
        """Enter each step up to ``step`` in order, so no phase is skipped after a stall."""
        generation = self.generation
        done_step = 2 * self.cycles
        while self.step < min(step, done_step) and generation == self.generation:
            self.step += 1
            self.phase = phase_of(self.step, self.cycles)
            if self.phase == DONE:
                self._halt_engine()
            else:
                length = self._inhale_ms if self.phase == IN else self._exhale_ms
                self.countdown = self._count_for(length)
            self.lookChanged.emit()
            self.phaseChanged.emit(self.phase)
            if self.phase == DONE and generation == self.generation:
                self.finished.emit()

    def _on_animation_boundary(self) -> None:
        # Read the position, not currentLoop(): while a jump crosses several phases, Qt has
        # already moved the loop counter when it reports the intermediate animation.
        if self.is_running() and not self.reduced:
            self._advance_to(self._locate(self._timeline.position_ms())[0])

    def _on_timeline_finished(self) -> None:
        if self.is_running() and not self.reduced:
            self._advance_to(2 * self.cycles)

    def _on_tick(self) -> None:
        if not self.is_running() or not self.reduced:
            return
        generation = self.generation
        step, left_ms = self._locate(self._position_ms())
        self._advance_to(step)
        if generation != self.generation or not self.is_running():
            return
        count = self._count_for(left_ms)
        if count != self.countdown:
            self.countdown = count
            self.countChanged.emit()
        if self.on_screen:
            # Next wake-up: when the count on screen drops by one, or the phase ends.
            self._seconds.wake_in(max(1, left_ms - (count - 1) * self._second_ms))
