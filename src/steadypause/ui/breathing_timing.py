"""The breathing guide's two clocks: Qt's animation clock with full motion, and with reduced
motion a monotonic elapsed timer woken once per counted second.

Both only keep time: they tell the exercise (``ui/breathing_exercise.py``) where it is, and the
exercise decides what that means (``core/breath_pace.py``). Both stop while the widget is hidden
and carry on from where they were when it is shown again.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import (
    QAbstractAnimation,
    QEasingCurve,
    QElapsedTimer,
    QObject,
    QSequentialAnimationGroup,
    Qt,
    QTimer,
    QVariantAnimation,
    Signal,
)

log = logging.getLogger(__name__)


class FullMotionTimeline(QObject):
    """In-breath then out-breath, eased, the pair looped once per breath.

    ``scaleChanged`` gives the circle's size on the 0..1 scale for each frame; ``boundary``
    says an in- or out-breath began (read ``position_ms()`` for which); ``finished`` says the
    last out-breath ended.
    """

    scaleChanged = Signal(float)
    boundary = Signal()
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # An animation created with a group as its parent joins that group, in order.
        self._group = QSequentialAnimationGroup(self)
        self._inhale = QVariantAnimation(self._group)
        self._inhale.setStartValue(0.0)
        self._inhale.setEndValue(1.0)
        self._inhale.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._exhale = QVariantAnimation(self._group)
        self._exhale.setStartValue(1.0)
        self._exhale.setEndValue(0.0)
        self._exhale.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._inhale.valueChanged.connect(self._on_value)
        self._exhale.valueChanged.connect(self._on_value)
        self._group.currentAnimationChanged.connect(self._on_animation_boundary)
        self._group.finished.connect(self.finished)

    def set_durations(self, inhale_ms: int, exhale_ms: int, cycles: int) -> None:
        self._inhale.setDuration(inhale_ms)
        self._exhale.setDuration(exhale_ms)
        self._group.setLoopCount(cycles)

    def position_ms(self) -> int:
        return self._group.currentTime()

    def start(self, position_ms: int, on_screen: bool) -> None:
        """Run from ``position_ms``; paused straight away when not on screen."""
        self._group.start()
        if position_ms > 0:
            self._group.setCurrentTime(position_ms)
        if not on_screen and self._group.state() == QAbstractAnimation.State.Running:
            self._group.pause()

    def halt(self) -> None:
        if self._group.state() != QAbstractAnimation.State.Stopped:
            self._group.stop()

    def pause(self) -> None:
        if self._group.state() == QAbstractAnimation.State.Running:
            self._group.pause()

    def resume(self) -> None:
        if self._group.state() == QAbstractAnimation.State.Paused:
            self._group.resume()

    def _on_value(self, value: float) -> None:
        self.scaleChanged.emit(float(value))

    def _on_animation_boundary(self, _animation: QAbstractAnimation) -> None:
        self.boundary.emit()


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
