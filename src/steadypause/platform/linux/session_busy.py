"""Busy from the session's D-Bus services: GNOME's idle inhibitors (a call, a video) and
the notification daemon's do-not-disturb. Both are *push* sources: a change is reported
as it happens through ``busyChanged``."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtDBus import QDBusConnection

from steadypause.platform.base import Backend
from steadypause.platform.linux.dbus_helpers import (
    NOTIFICATIONS,
    NOTIFICATIONS_PATH,
    get_property,
    properties_changed,
    registered,
)

GNOME_SESSION = "org.gnome.SessionManager"
GNOME_SESSION_PATH = "/org/gnome/SessionManager"
INHIBIT_IDLE = 8  # GsmInhibitorFlag: the session must not be marked idle (calls, videos)


class PropertyWatch(Backend):
    """Busy from one D-Bus property, read at start and followed by ``PropertiesChanged``;
    a subclass names the property and says which values mean busy (:meth:`is_busy`)."""

    busyChanged = Signal(bool)
    service = path = iface = prop = ""

    def __init__(self, session_bus: QDBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = session_bus
        self._busy = False
        if problem := registered(session_bus, self.service):
            self.unavailable(problem)

    @property
    def busy(self) -> bool:
        return self._busy

    def busy_now(self) -> bool:
        """The last value reported (a push source is not asked again)."""
        return self._busy

    def start(self) -> None:
        properties_changed(self.service, self.path).connect(self._bus, self)
        self._update(get_property(self._bus, self.service, self.path, self.iface, self.prop))

    def stop(self) -> None:
        properties_changed(self.service, self.path).disconnect(self._bus, self)

    @Slot(str, "QVariantMap", "QStringList")
    def _changed(self, iface: str, changed: dict[str, Any], invalidated: list[str]) -> None:
        if iface != self.iface:
            return
        if self.prop in changed:
            self._update(changed[self.prop])
        elif self.prop in invalidated:
            self._update(get_property(self._bus, self.service, self.path, self.iface, self.prop))

    def _update(self, value: Any) -> None:
        busy = self.is_busy(value)
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    def is_busy(self, value: Any) -> bool:
        raise NotImplementedError


class GnomeSessionBusy(PropertyWatch):
    """GNOME's session manager: ``InhibitedActions`` has the idle bit while a call or a video
    asks the session not to go idle."""

    name = "gnome-session"
    service, path, iface, prop = (
        GNOME_SESSION,
        GNOME_SESSION_PATH,
        GNOME_SESSION,
        "InhibitedActions",
    )

    def is_busy(self, value: Any) -> bool:
        return bool(int(value or 0) & INHIBIT_IDLE)


class NotificationsBusy(PropertyWatch):
    """The notification daemon's do-not-disturb (``Inhibited``; KDE Plasma and others)."""

    name = "notifications-dnd"
    service, path, iface, prop = (  # i18n-exempt: D-Bus names
        NOTIFICATIONS,
        NOTIFICATIONS_PATH,
        NOTIFICATIONS,
        "Inhibited",
    )

    def is_busy(self, value: Any) -> bool:
        return bool(value)
