"""A portable suspend detector: the gap between a clock that counts sleep and one that does not.

Linux: ``CLOCK_BOOTTIME`` runs on while the machine is suspended, ``CLOCK_MONOTONIC`` stops.
Their difference grows only across a suspend, not when the process is merely stopped
(SIGSTOP) or the wall clock is changed. It is checked on a coarse timer (every minute);
a growth of more than :data:`MIN_GAP` seconds is reported as a suspend of that length.

A suspend that logind announced (``PrepareForSleep``) must not be reported twice: between
:meth:`ClockGap.announced_sleep` and :meth:`ClockGap.announced_wake` any gap is absorbed.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from steadypause.platform.base import Backend

log = logging.getLogger(__name__)

CHECK_MS = 60_000
MIN_GAP = 5.0


class GapCounter:
    """The decision, without Qt: how much sleep appeared since the last look."""

    def __init__(
        self, sleeping_clock: Callable[[], float], awake_clock: Callable[[], float]
    ) -> None:
        self._sleeping_clock = sleeping_clock
        self._awake_clock = awake_clock
        self._offset = self._read()
        self._announced = False

    def _read(self) -> float:
        return self._sleeping_clock() - self._awake_clock()

    def check(self) -> float:
        """Seconds of sleep nobody announced since the last check (0 if none)."""
        offset = self._read()
        gap = offset - self._offset
        self._offset = offset
        if self._announced or gap < MIN_GAP:
            return 0.0
        return gap

    def announced_sleep(self) -> None:
        self._announced = True

    def announced_wake(self) -> None:
        self._announced = False
        self._offset = self._read()  # the announced sleep is not a gap


class ClockGap(Backend):
    """The always-on suspend detector (a second power source beside logind)."""

    name = "clock-gap"
    slept = Signal(float)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        sleeping_clock: Callable[[], float] | None = None,
        awake_clock: Callable[[], float] | None = None,
        interval_ms: int = CHECK_MS,
    ) -> None:
        super().__init__(parent)
        if sleeping_clock is None:
            if not hasattr(time, "CLOCK_BOOTTIME"):
                self.unavailable(  # i18n-exempt: diagnostics
                    "no clock that counts suspend on this system"
                )
                return
            sleeping_clock = lambda: time.clock_gettime(time.CLOCK_BOOTTIME)  # noqa: E731
        self.counter = GapCounter(sleeping_clock, awake_clock or time.monotonic)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)

    def start(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def check(self) -> None:
        gap = self.counter.check()
        if gap:
            log.info("clock gap: a suspend of %.0f s that nobody announced", gap)
            self.slept.emit(gap)

    def announced_sleep(self) -> None:
        self.counter.announced_sleep()

    def announced_wake(self) -> None:
        self.counter.announced_wake()
