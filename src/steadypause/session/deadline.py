"""The one single-shot timer, aimed at the scheduler's next deadline (docs/adr/004).

The timer is injected (a ``QTimer`` in the app; tests may pass one that notes when it was
started): nothing here ticks, and nothing else arms it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import SignalInstance

from steadypause.core.clock import Clock
from steadypause.core.scheduler import Scheduler

log = logging.getLogger(__name__)


class Timer(Protocol):
    """The part of ``QTimer`` the deadline uses (single-shot)."""

    timeout: SignalInstance

    def start(self, msec: int, /) -> None: ...

    def stop(self) -> None: ...

    def isActive(self) -> bool: ...  # Qt's name

    def interval(self) -> int: ...


class Deadline:
    """Arms ``timer`` for the scheduler's ``wake_at``; ``on_due`` runs when it fires."""

    def __init__(
        self, clock: Clock, scheduler: Scheduler, timer: Timer, on_due: Callable[[], None]
    ) -> None:
        self._clock = clock
        self._scheduler = scheduler
        self._timer = timer
        timer.timeout.connect(on_due)

    def arm(self) -> None:
        """Aim the timer at the next deadline, or stop it while nothing can be due."""
        wake = self._scheduler.wake_at()
        if wake is None:
            self._timer.stop()
            return
        ms = max(0, int((wake - self._clock.now()).total_seconds() * 1000))
        self._timer.start(ms)
        log.debug("next check in %.1f min", ms / 60000)

    def stop(self) -> None:
        self._timer.stop()

    @property
    def next_check_ms(self) -> int | None:
        """How far ahead the timer was last aimed (ms), or None while it is stopped."""
        return self._timer.interval() if self._timer.isActive() else None
