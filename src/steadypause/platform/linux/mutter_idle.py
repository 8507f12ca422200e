"""GNOME's idle monitor (``org.gnome.Mutter.IdleMonitor`` on the session bus; X11 and
Wayland): watches, not polling."""

from __future__ import annotations

import logging
from typing import SupportsInt, cast

from PySide6.QtCore import Q_ARG, Q_RETURN_ARG, QMetaObject, QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection, QDBusInterface

from steadypause.core.activity import IDLE_THRESHOLD_SECONDS
from steadypause.platform.base import Backend
from steadypause.platform.linux.dbus_helpers import connect_signal, registered, reply_value

log = logging.getLogger(__name__)

MUTTER_IDLE = "org.gnome.Mutter.IdleMonitor"
MUTTER_IDLE_PATH = "/org/gnome/Mutter/IdleMonitor/Core"


class MutterIdle(Backend):
    """GNOME's idle monitor (X11 and Wayland): an idle watch at the threshold, and a
    one-shot user-active watch each time it fires. Nothing polls."""

    name = "mutter"
    idleStarted = Signal(float)
    inputAgain = Signal()

    def __init__(
        self,
        session_bus: QDBusConnection,
        threshold_s: float = IDLE_THRESHOLD_SECONDS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bus = session_bus
        self._threshold_ms = int(threshold_s * 1000)
        self._idle_watch: int | None = None
        self._active_watch: int | None = None
        if problem := registered(session_bus, MUTTER_IDLE):
            self.unavailable(problem)
            return
        self._iface = QDBusInterface(MUTTER_IDLE, MUTTER_IDLE_PATH, MUTTER_IDLE, session_bus, self)
        if not self._iface.isValid():
            self.unavailable(f"{MUTTER_IDLE} cannot be introspected")  # i18n-exempt: diagnostics

    def start(self) -> None:
        connect_signal(
            self._bus,
            MUTTER_IDLE,
            MUTTER_IDLE_PATH,
            MUTTER_IDLE,
            "WatchFired",
            self,
            "_fired(uint)",
        )
        # AddIdleWatch takes a 't' (uint64): invoked through the introspected meta-method
        # with a typed argument, so it goes on the wire as 't', not as a signed 'x'.
        self._idle_watch = self._invoke_uint("AddIdleWatch", "qulonglong", self._threshold_ms)

    def stop(self) -> None:
        for watch in (self._idle_watch, self._active_watch):
            if watch is not None:
                self._invoke_void_uint("RemoveWatch", watch)
        self._idle_watch = self._active_watch = None

    def idle_seconds(self) -> float | None:
        value = reply_value(self._iface.call("GetIdletime"))
        return None if value is None else int(value) / 1000

    @Slot("uint")
    def _fired(self, watch: int) -> None:
        if watch == self._idle_watch:
            self.idleStarted.emit(self._threshold_ms / 1000)
            if self._active_watch is None:
                self._active_watch = self._invoke_uint("AddUserActiveWatch", None, 0)
        elif watch == self._active_watch:
            self._active_watch = None  # user-active watches fire once
            self.inputAgain.emit()

    def _invoke_uint(self, method: str, arg_type: str | None, arg: int) -> int | None:
        # Here, not at the top: importing the Qt namespace builds its ~90 enum types
        # (~1.4 MiB, ~16 ms), which the cue sources would pay on every desktop (issue 18).
        from PySide6.QtCore import Qt

        args = [Q_ARG(arg_type, arg)] if arg_type else []
        try:
            result = QMetaObject.invokeMethod(
                self._iface, method, Qt.ConnectionType.DirectConnection, Q_RETURN_ARG("uint"), *args
            )
        except (RuntimeError, TypeError) as exc:
            log.warning("mutter %s failed: %s", method, exc)
            return None
        # The stubs say object; a "uint" return argument comes back as an int.
        return int(cast(SupportsInt, result)) if result is not None else None

    def _invoke_void_uint(self, method: str, arg: int) -> None:
        from PySide6.QtCore import Qt  # see _invoke_uint

        try:
            QMetaObject.invokeMethod(
                self._iface, method, Qt.ConnectionType.DirectConnection, Q_ARG("uint", arg)
            )
        except (RuntimeError, TypeError) as exc:
            log.warning("mutter %s failed: %s", method, exc)
