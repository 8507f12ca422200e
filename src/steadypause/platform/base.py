"""One small interface per capability, and the selector that picks a backend for each.

Every backend is a ``QObject`` (:class:`Backend`) that says at construction whether it can
work here (:meth:`Backend.is_available`, and :attr:`Backend.reason` when it cannot),
starts its watching with :meth:`Backend.start`, and reports through Qt signals. What each
capability offers is declared once, as a Protocol; :class:`~steadypause.platform.sources.CueSources`
holds one of each, and :class:`Unavailable` stands in for all of them:

==============  =========================================================================
capability      interface
==============  =========================================================================
power           :class:`PowerEvents`: ``sleeping()`` before a suspend, ``woke()`` after
clock gap       :class:`SleepGap`: ``slept(float)`` a suspend of that many seconds nobody
                announced; told of announced ones by ``announced_sleep``/``_wake``
lock            :class:`LockEvents`: ``lockedChanged(bool)``
idle            :class:`IdleMonitor`: ``idleStarted(float)`` no input for that many
                seconds (past the threshold), ``inputAgain()``; ``idle_seconds()`` on request
busy            :class:`BusyDetector`: ``busyChanged(bool)`` a call, a video or
                do-not-disturb (pushed); ``busy_now()`` on request (full screen is pulled)
microphone      :class:`MicrophoneWatch`: ``usersChanged(str)`` the applications
                recording from the microphone ("" none), for the after-call cue
==============  =========================================================================

The platform layer only reports; the core decides (docs/architecture.md).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Protocol, TypeVar

from PySide6.QtCore import QObject, Signal, SignalInstance

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


class Source(Protocol):
    """What the app needs of every cue source, whichever backend it is."""

    name: str

    @property
    def reason(self) -> str: ...

    def is_available(self) -> bool: ...

    def start(self) -> None: ...

    def stop(self) -> None: ...

    def deleteLater(self) -> None: ...

    def setParent(self, parent: QObject | None, /) -> None: ...


class PowerEvents(Source, Protocol):
    """Suspend and resume as the system announces them."""

    @property
    def sleeping(self) -> SignalInstance:
        """Emitted before a suspend."""
        ...

    @property
    def woke(self) -> SignalInstance:
        """Emitted after the resume."""
        ...


class SleepGap(Source, Protocol):
    """Suspends nobody announced, found afterwards (platform/clockgap.py)."""

    @property
    def slept(self) -> SignalInstance:
        """``slept(float)``: a suspend of that many seconds that nobody announced."""
        ...

    def announced_sleep(self) -> None:
        """A power source announced a suspend: do not report it again."""

    def announced_wake(self) -> None:
        """The announced suspend is over: look for gaps again from now on."""


class LockEvents(Source, Protocol):
    @property
    def lockedChanged(self) -> SignalInstance:
        """``lockedChanged(bool)``: the screen was locked (True) or unlocked (False)."""
        ...


class IdleMonitor(Source, Protocol):
    @property
    def idleStarted(self) -> SignalInstance:
        """``idleStarted(float)``: no input for that many seconds (past the threshold)."""
        ...

    @property
    def inputAgain(self) -> SignalInstance:
        """Input after an ``idleStarted``."""
        ...

    def idle_seconds(self) -> float | None:
        """Seconds since the last input, or None when it cannot be read now."""
        ...


class BusyDetector(Source, Protocol):
    """A call, a video, do-not-disturb or full screen.

    A *push* source reports each change through ``busyChanged``; a *pull* source (full
    screen) never emits and is read by :meth:`busy_now` when the scheduler asks.
    """

    @property
    def busyChanged(self) -> SignalInstance:
        """``busyChanged(bool)``, from push sources only."""
        ...

    def busy_now(self) -> bool:
        """Busy right now: a pull source reads now, a push source gives its last report."""
        ...


class MicrophoneWatch(Source, Protocol):
    """Other applications recording from a real input (not a monitor, not a level meter)."""

    @property
    def usersChanged(self) -> SignalInstance:
        """``usersChanged(str)``: who records now, comma-separated ("" nobody)."""
        ...

    def users(self) -> str:
        """Who records now, as last reported."""
        ...

    def detail(self) -> str:
        """For the status: the server, and who has (or last had) the microphone."""
        ...


S = TypeVar("S", bound=Source)


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
    usersChanged = Signal(str)

    def __init__(self, reason: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.unavailable(reason)

    def idle_seconds(self) -> float | None:
        return None

    def busy_now(self) -> bool:
        return False

    def users(self) -> str:
        return ""

    def detail(self) -> str:
        return ""

    def announced_sleep(self) -> None:
        pass

    def announced_wake(self) -> None:
        pass


def joined_reasons(reasons: Iterable[str]) -> str:
    """Why several backends are unavailable, in order, each cause once: backends on the same
    missing bus (the two screensaver services without a session bus) fail alike."""
    return "; ".join(dict.fromkeys(reasons))


def select(capability: str, candidates: Iterable[Callable[[], S]]) -> S | Unavailable:
    """The first candidate that works here, in order of preference; each fallback is logged.

    A candidate that raises while it is built counts as unavailable with that error; when
    none works, the reason says each cause once (:func:`joined_reasons`).
    """
    reasons: list[str] = []
    for make in candidates:
        try:
            backend = make()
        except Exception as exc:  # a backend that breaks must not stop the app
            log.warning("%s: a backend failed to start: %s", capability, exc, exc_info=True)
            reasons.append(f"{getattr(make, 'name', make)}: {exc}")
            continue
        if backend.is_available():
            log.info("%s: using %s", capability, backend.name)
            return backend
        log.info(
            "%s: %s is unavailable (%s); trying the next", capability, backend.name, backend.reason
        )
        reasons.append(backend.reason)
        backend.deleteLater()
    reason = joined_reasons(reasons) or "no backend for this system"  # i18n-exempt: diagnostics
    log.warning("%s: unavailable: %s", capability, reason)
    return Unavailable(reason)


def describe(backend: Source) -> str:
    """For ``status --json``: the backend in use, or 'unavailable: why'."""
    if backend.is_available():
        detail = getattr(backend, "detail", None)
        return f"{backend.name}: {detail()}" if detail is not None and detail() else backend.name
    return f"unavailable: {backend.reason}"
