"""logind on the system bus: suspend and resume (``PrepareForSleep`` with a delay
inhibitor) and the session's ``LockedHint``."""

from __future__ import annotations

import logging
import os
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusUnixFileDescriptor

from steadypause.platform.base import Backend
from steadypause.platform.linux.dbus_helpers import (
    Subscription,
    get_property,
    properties_changed,
    registered,
    reply_value,
)

log = logging.getLogger(__name__)

LOGIN1 = "org.freedesktop.login1"
LOGIN1_PATH = "/org/freedesktop/login1"
LOGIN1_MANAGER = "org.freedesktop.login1.Manager"
LOGIN1_SESSION = "org.freedesktop.login1.Session"
PREPARE_FOR_SLEEP = Subscription(
    LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, "PrepareForSleep", "_prepare_for_sleep(bool)"
)


class LogindPower(Backend):
    """Suspend and resume from logind, holding a *delay* inhibitor so that there is time to
    note the suspend before it happens. The inhibitor is let go as soon as
    ``PrepareForSleep(true)`` arrives (logind waits at most ``InhibitDelayMaxSec``) and
    taken again after ``PrepareForSleep(false)``."""

    name = "logind"
    sleeping = Signal()
    woke = Signal()

    def __init__(self, system_bus: QDBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = system_bus
        self._fd: int | None = None
        if problem := registered(system_bus, LOGIN1):
            self.unavailable(problem)

    @property
    def holding_inhibitor(self) -> bool:
        return self._fd is not None

    def start(self) -> None:
        PREPARE_FOR_SLEEP.connect(self._bus, self)
        self._take_inhibitor()

    def stop(self) -> None:
        PREPARE_FOR_SLEEP.disconnect(self._bus, self)
        self._release_inhibitor()

    @Slot(bool)
    def _prepare_for_sleep(self, going: bool) -> None:
        if going:
            self.sleeping.emit()
            self._release_inhibitor()
        else:
            self._take_inhibitor()
            self.woke.emit()

    def _take_inhibitor(self) -> None:
        if self._fd is not None:
            return
        manager = QDBusInterface(LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, self._bus)
        reply = manager.call(
            "Inhibit",
            "sleep",
            "Steady Pause",
            "Notes the suspend so the time asleep is not counted as work",
            "delay",
        )  # i18n-exempt: D-Bus arguments, read by system tools
        value = reply_value(reply)
        if not isinstance(value, QDBusUnixFileDescriptor) or not value.isValid():
            log.warning("logind refused a delay inhibitor: %s", reply.errorMessage())
            return
        # Keep our own copy; Qt's copies close with the reply objects.
        self._fd = os.dup(value.fileDescriptor())
        log.debug("holding a sleep delay inhibitor (fd %d)", self._fd)

    def _release_inhibitor(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None


class LogindLockedHint(Backend):
    """The logind session's ``LockedHint`` property (set by most lockers that know logind).

    The session's ``Lock``/``Unlock`` *signals* are requests to the locker, not its state,
    so they are not used.
    """

    name = "logind-lockedhint"
    lockedChanged = Signal(bool)

    def __init__(
        self,
        system_bus: QDBusConnection,
        session_id: str | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bus = system_bus
        self._path = ""
        self._locked = False
        if problem := registered(system_bus, LOGIN1):
            self.unavailable(problem)
            return
        manager = QDBusInterface(LOGIN1, LOGIN1_PATH, LOGIN1_MANAGER, system_bus)
        # "auto": logind picks the caller's own session (or the user's display session).
        session_id = session_id or os.environ.get("XDG_SESSION_ID") or "auto"
        path = reply_value(manager.call("GetSession", session_id))
        path = getattr(path, "path", lambda: path)()
        if not path:
            self.unavailable("this process is not in a logind session")  # i18n-exempt: diagnostics
            return
        self._path = str(path)

    def start(self) -> None:
        self._locked = bool(
            get_property(self._bus, LOGIN1, self._path, LOGIN1_SESSION, "LockedHint")
        )
        properties_changed(LOGIN1, self._path).connect(self._bus, self)

    def stop(self) -> None:
        properties_changed(LOGIN1, self._path).disconnect(self._bus, self)

    @Slot(str, "QVariantMap", "QStringList")
    def _changed(self, iface: str, changed: dict[str, Any], invalidated: list[str]) -> None:
        if iface != LOGIN1_SESSION:
            return
        if "LockedHint" in changed:
            locked = bool(changed["LockedHint"])
        elif "LockedHint" in invalidated:
            locked = bool(get_property(self._bus, LOGIN1, self._path, LOGIN1_SESSION, "LockedHint"))
        else:
            return
        if locked != self._locked:
            self._locked = locked
            self.lockedChanged.emit(locked)
