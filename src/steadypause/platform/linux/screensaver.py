"""The screensaver services' lock state: ``ActiveChanged(b)`` of org.gnome.ScreenSaver
(GNOME Shell) or org.freedesktop.ScreenSaver (KDE Plasma, others)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

from steadypause.platform.base import Backend
from steadypause.platform.linux.dbus_helpers import Subscription, registered


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
        path = "/" + service.replace(".", "/")
        self._active = Subscription(
            service, path, service, "ActiveChanged", "_active_changed(bool)"
        )
        if problem := registered(session_bus, service):
            self.unavailable(problem)

    def start(self) -> None:
        self._active.connect(self._bus, self)

    def stop(self) -> None:
        self._active.disconnect(self._bus, self)

    @Slot(bool)
    def _active_changed(self, active: bool) -> None:
        self.lockedChanged.emit(active)
