"""One small interface per capability, and the selector that picks a backend for each.

Every backend is a ``QObject`` that says at construction whether it can work here
(:meth:`Backend.is_available`, and :attr:`Backend.reason` when it cannot), starts its
watching with :meth:`Backend.start`, and reports through Qt signals:

============  ==========================================================================
capability    signals
============  ==========================================================================
power         ``sleeping()`` before a suspend, ``woke()`` after it,
              ``slept(float)`` a suspend of that many seconds nobody announced
lock          ``lockedChanged(bool)``
idle          ``idleStarted(float)`` no input for that many seconds (past the threshold),
              ``inputAgain()``; and :meth:`IdleMonitor.idle_seconds` on request
busy          ``busyChanged(bool)`` a call, a video, do-not-disturb or full screen
============  ==========================================================================

The platform layer only reports; the core decides (ARCHITECTURE.md).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Protocol

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class Backend(QObject):
    """What every backend has: a name, whether it works here, and why not."""

    name = "?"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._reason = ""

    def is_available(self) -> bool:
        return not self._reason

    @property
    def reason(self) -> str:
        """Why this backend cannot work here ('' when it can)."""
        return self._reason

    def unavailable(self, reason: str) -> None:
        self._reason = reason

    def start(self) -> None:
        """Begin watching (connect to signals, arm timers)."""

    def stop(self) -> None:
        """Stop watching and let go of anything held."""


class PowerEvents(Protocol):
    sleeping: Signal
    woke: Signal

    def is_available(self) -> bool: ...


class LockEvents(Protocol):
    lockedChanged: Signal

    def is_available(self) -> bool: ...


class IdleMonitor(Protocol):
    idleStarted: Signal
    inputAgain: Signal

    def is_available(self) -> bool: ...

    def idle_seconds(self) -> float | None:
        """Seconds since the last input, or None when it cannot be read now."""
        ...


class BusyDetector(Protocol):
    busyChanged: Signal

    def is_available(self) -> bool: ...


class Unavailable(Backend):
    """Stands in when no backend of a capability works here; it never reports anything."""

    name = "unavailable"
    sleeping = Signal()
    woke = Signal()
    slept = Signal(float)
    lockedChanged = Signal(bool)
    idleStarted = Signal(float)
    inputAgain = Signal()
    busyChanged = Signal(bool)

    def __init__(self, reason: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.unavailable(reason)

    def idle_seconds(self) -> float | None:
        return None


def select(capability: str, candidates: Iterable[Callable[[], Backend]]) -> Backend:
    """The first candidate that works here, in order of preference; each fallback is logged.

    A candidate that raises while it is built counts as unavailable with that error.
    """
    reasons = []
    for make in candidates:
        try:
            backend = make()
        except Exception as exc:   # a backend that breaks must not stop the app
            log.warning("%s: a backend failed to start: %s", capability, exc, exc_info=True)
            reasons.append(f"{getattr(make, 'name', make)}: {exc}")
            continue
        if backend.is_available():
            log.info("%s: using %s", capability, backend.name)
            return backend
        log.info("%s: %s is unavailable (%s); trying the next", capability, backend.name,
                 backend.reason)
        reasons.append(backend.reason)
        backend.deleteLater()
    reason = "; ".join(reasons) or "no backend for this system"  # i18n-exempt: diagnostics
    log.warning("%s: unavailable: %s", capability, reason)
    return Unavailable(reason)


def describe(backend: Backend) -> str:
    """For ``status --json``: the backend in use, or 'unavailable: why'."""
    if backend.is_available():
        return backend.name
    return f"unavailable: {backend.reason}"
