"""The screensaver services' lock state: ``ActiveChanged(b)`` of org.gnome.ScreenSaver
(GNOME Shell) or org.freedesktop.ScreenSaver (KDE Plasma, others)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

from steadypause.platform.base import Backend
from steadypause.platform.linux.dbus_helpers import (
    connect_signal,
    disconnect_signal,
    registered,
)


class ScreenSaverLock(Backend):
    """``ActiveChanged(b)`` of org.gnome.ScreenSaver or org.freedesktop.ScreenSaver."""

    lockedChanged = Signal(bool)

    def __init__(
        self,
        session_bus: QDBusConnection,
        service: str = "org.gnome.ScreenSaver",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.name = service
        self._bus = session_bus
        self._service = service
        self._path = "/" + service.replace(".", "/")
        if problem := registered(session_bus, service):
            self.unavailable(problem)

    def start(self) -> None:
        connect_signal(
            self._bus,
            self._service,
            self._path,
            self._service,
            "ActiveChanged",
            self,
            "_active_changed(bool)",
        )

    def stop(self) -> None:
        disconnect_signal(
            self._bus,
            self._service,
            self._path,
            self._service,
            "ActiveChanged",
            self,
            "_active_changed(bool)",
        )

    @Slot(bool)
    def _active_changed(self, active: bool) -> None:
        self.lockedChanged.emit(active)
