"""Idle from a system call that only answers when asked (XScreenSaver, GetLastInputInfo,
CGEventSource): adaptive single-shot checks, never a per-second loop.

While the person is present the next look is when the threshold could first be reached
(about every two minutes while typing goes on); while away, every ``AWAY_CHECK_MS`` to
notice the return.

``AWAY_CHECK_MS`` is a minute: a return is noticed up to a minute late (the welcome-back
reminder waits for a pause in typing anyway), and an empty desk costs one wake-up a
minute instead of twelve. Event-driven backends (Mutter's watches) notice at once.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from steadypause.core.activity import IDLE_THRESHOLD_SECONDS
from steadypause.platform.base import Backend


def next_check_ms(away: bool, idle_ms: int, threshold_ms: int, away_check_ms: int) -> int:
    """When a polled idle backend looks next (a single shot)."""
    if away:
        return away_check_ms
    return max(1000, threshold_ms - idle_ms)


class PolledIdle(Backend):
    """The checking; a subclass says how to read the idle time (:meth:`idle_seconds`)."""

    idleStarted = Signal(float)
    inputAgain = Signal()
    AWAY_CHECK_MS = 60_000

    def __init__(
        self, threshold_s: float = IDLE_THRESHOLD_SECONDS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._threshold_ms = int(threshold_s * 1000)
        self._away = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._check)

    def idle_seconds(self) -> float | None:
        raise NotImplementedError

    def start(self) -> None:
        self._check()

    def stop(self) -> None:
        self._timer.stop()

    def _check(self) -> None:
        idle = self.idle_seconds()
        if idle is None:
            return
        idle_ms = int(idle * 1000)
        if not self._away and idle_ms >= self._threshold_ms:
            self._away = True
            self.idleStarted.emit(idle)
        elif self._away and idle_ms < self._threshold_ms:
            self._away = False
            self.inputAgain.emit()
        self._timer.start(
            next_check_ms(self._away, idle_ms, self._threshold_ms, self.AWAY_CHECK_MS)
        )
