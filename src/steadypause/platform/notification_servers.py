"""The notification servers a reminder can be shown on, and their D-Bus wire.

- ``org.freedesktop.Notifications`` (GNOME Shell, Plasma, most others): ``Notify`` with the
  actions, ``replaces_id``, ``CloseNotification``; the signals ``ActionInvoked``,
  ``NotificationClosed`` and ``ActivationToken``.
- ``org.freedesktop.portal.Notification`` inside a Flatpak sandbox (``/.flatpak-info``):
  ``AddNotification`` with buttons, ``ActionInvoked``, ``RemoveNotification``.

The reminder itself, and what each signal means for it, is platform/notification_reminder.py.
Wire types matter: strict GDBus servers (GNOME Shell) refuse a call whose signature is not
the declared one, and QtDBus sends a Python int as ``i``: the ``u`` and ``aa{sv}``
arguments are built by platform/linux/dbus_wire.py.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage
from PySide6.QtGui import QGuiApplication

from steadypause.platform.linux.dbus_helpers import (
    NOTIFICATIONS,
    NOTIFICATIONS_PATH,
    connect_signal,
)
from steadypause.platform.linux.dbus_wire import array_of_maps, load_uint_writer, uint32
from steadypause.platform.notification_reminder import (
    ACTIONS,
    NotificationChannel,
    NotificationReminder,
)

log = logging.getLogger(__name__)

PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
PORTAL_NOTIFICATION = "org.freedesktop.portal.Notification"
FLATPAK_INFO = Path("/.flatpak-info")
CATEGORY = "presence"  # i18n-exempt: a hint; no spec category fits better ("a person")


class FreedesktopNotifications(NotificationChannel):
    """``org.freedesktop.Notifications``: available when a server answers and has actions."""

    name = NOTIFICATIONS

    def __init__(
        self, session_bus: QDBusConnection, app_id: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._bus = session_bus
        self._app_id = app_id
        self._last_id = 0
        self.server = ""
        if not session_bus.isConnected():
            self.unavailable("no D-Bus session bus")  # i18n-exempt: diagnostics
            return
        try:
            load_uint_writer()
        except (OSError, AttributeError) as exc:  # not Linux, or a QtDBus without the symbol
            why = f"QtDBus cannot send an unsigned argument here: {exc}"  # i18n-exempt: diagnostics
            self.unavailable(why)
            return
        capabilities = self._ask(self._method("GetCapabilities"))
        if capabilities is None:
            why = f"no notification server ({NOTIFICATIONS}) answers"  # i18n-exempt: diagnostics
            self.unavailable(why)
            return
        info = self._ask(self._method("GetServerInformation")) or []
        if len(info) >= 3:
            self.server = f"{info[0]} {info[2]}".strip()
        caps = [str(c) for c in (capabilities[0] if capabilities else [])]
        if "actions" not in caps:
            self.unavailable(  # i18n-exempt: diagnostics
                f"the notification server {self.server or '?'} has no buttons (its "
                f"capabilities: {', '.join(caps) or 'none'})"
            )
            return
        for signal, slot in (
            ("ActionInvoked", "_action_invoked(uint,QString)"),
            ("NotificationClosed", "_notification_closed(uint,uint)"),
            ("ActivationToken", "_activation_token(uint,QString)"),
        ):
            connect_signal(
                session_bus, NOTIFICATIONS, NOTIFICATIONS_PATH, NOTIFICATIONS, signal, self, slot
            )

    def _hints(self) -> dict[str, str]:
        """The category, and the launcher entry only where desktops know the app by it.

        Without an installed entry (a plain pip install) GNOME would title the notification
        with the bare id; with no hint it uses app_name. app.py names the app by the entry's
        id exactly when that entry is installed (desktop_file_name).
        """
        hints = {"category": CATEGORY}
        if QGuiApplication.desktopFileName() == self._app_id:
            hints["desktop-entry"] = self._app_id
        return hints

    @property
    def description(self) -> str:
        server = self.server or "unknown server"  # i18n-exempt: diagnostics
        return f"notification ({NOTIFICATIONS}, {server})"  # i18n-exempt: diagnostics

    def _method(self, member: str) -> QDBusMessage:
        return QDBusMessage.createMethodCall(
            NOTIFICATIONS, NOTIFICATIONS_PATH, NOTIFICATIONS, member
        )

    def _ask(self, message: QDBusMessage) -> list[Any] | None:
        return self._call(self._bus, message)

    def notify_message(self, heading: str, reason: str, labels: dict[str, str]) -> QDBusMessage:
        """The ``Notify`` call, with exactly the signature ``susssasa{sv}i``."""
        message = self._method("Notify")  # i18n-exempt: D-Bus method
        actions: list[str] = []
        for key in ACTIONS:
            actions += [key, labels[key]]
        message.setArguments(
            [
                "Steady Pause",  # i18n-exempt: app_name, the app's own name
                uint32(self._last_id),  # replaces_id: one reminder never stacks
                # app_icon: none; the server shows the icon of the desktop-entry's app. A name it
                # cannot find would show as a broken image (GNOME, with the app not installed).
                "",
                heading,
                reason,
                actions,
                # A dict goes out as a{sv} with each value in one variant (QDBusVariant values
                # would be wrapped twice, v inside v: the wire test checks).
                self._hints(),
                0,  # expire_timeout: never; our own timer closes it
            ]
        )
        return message

    def send(
        self, reminder: NotificationReminder, heading: str, reason: str, labels: dict[str, str]
    ) -> Any:
        values = self._ask(self.notify_message(heading, reason, labels))
        if not values:
            return None
        key = int(values[0])
        self._last_id = key
        self._showing[key] = reminder
        log.info("reminder shown as notification %d", key)
        return key

    def withdraw(self, key: Any) -> None:
        message = self._method("CloseNotification")
        message.setArguments([uint32(int(key))])
        # Waited for (at most CALL_TIMEOUT_MS): when the app quits, the call must have
        # reached the server before the process ends.
        self._ask(message)

    @Slot("uint", str)
    def _action_invoked(self, key: int, action: str) -> None:
        reminder = self._showing.get(int(key))
        if reminder is not None:
            reminder.action_invoked(action)

    @Slot("uint", "uint")
    def _notification_closed(self, key: int, reason: int) -> None:
        reminder = self._showing.get(int(key))
        if reminder is not None:
            log.info("notification %d closed (reason %d)", key, reason)
            reminder.closed(int(reason))

    @Slot("uint", str)
    def _activation_token(self, key: int, token: str) -> None:
        if int(key) in self._showing and self._token_handler is not None:
            log.info("activation token for notification %d", key)
            self._token_handler(token)


class PortalNotifications(NotificationChannel):
    """``org.freedesktop.portal.Notification``, the way out of a Flatpak sandbox."""

    name = PORTAL_NOTIFICATION
    NOTIFICATION_ID = "reminder"  # re-adding the same id replaces the notification

    def __init__(self, session_bus: QDBusConnection, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = session_bus
        if not session_bus.isConnected():
            self.unavailable("no D-Bus session bus")  # i18n-exempt: diagnostics
            return
        reply = session_bus.interface().isServiceRegistered(PORTAL)
        if not reply.isValid() or not reply.value():
            why = f"no desktop portal ({PORTAL}) on the session bus"  # i18n-exempt: diagnostics
            self.unavailable(why)
            return
        connect_signal(
            session_bus,
            PORTAL,
            PORTAL_PATH,
            PORTAL_NOTIFICATION,
            "ActionInvoked",
            self,
            "_action_invoked(QString,QString,QVariantList)",
        )

    def _method(self, member: str) -> QDBusMessage:
        return QDBusMessage.createMethodCall(PORTAL, PORTAL_PATH, PORTAL_NOTIFICATION, member)

    def add_message(self, heading: str, reason: str, labels: dict[str, str]) -> QDBusMessage:
        """``AddNotification(s id, a{sv} notification)`` with ``buttons`` as ``aa{sv}``."""
        message = self._method("AddNotification")
        buttons = array_of_maps([{"label": labels[key], "action": key} for key in ACTIONS])
        notification = {"title": heading, "body": reason, "priority": "normal", "buttons": buttons}
        message.setArguments([self.NOTIFICATION_ID, notification])
        return message

    def send(
        self, reminder: NotificationReminder, heading: str, reason: str, labels: dict[str, str]
    ) -> Any:
        if self._call(self._bus, self.add_message(heading, reason, labels)) is None:
            return None
        # One id, so a new reminder replaces any old one; only the newest is answered.
        self._showing = {self.NOTIFICATION_ID: reminder}
        log.info("reminder shown through the notification portal")
        return self.NOTIFICATION_ID

    def withdraw(self, key: Any) -> None:
        message = self._method("RemoveNotification")
        message.setArguments([str(key)])
        self._call(self._bus, message)  # waited for, as in FreedesktopNotifications

    @Slot(str, str, "QVariantList")
    def _action_invoked(self, key: str, action: str, _parameter: Any) -> None:
        reminder = self._showing.get(key)
        if reminder is not None:
            reminder.action_invoked(action)


def in_flatpak() -> bool:
    return FLATPAK_INFO.exists()


def for_this_session(
    app_id: str, session_bus: QDBusConnection | None = None, flatpak: bool | None = None
) -> NotificationChannel:
    """The portal inside a Flatpak sandbox, else the freedesktop server."""
    bus = session_bus if session_bus is not None else QDBusConnection.sessionBus()
    if flatpak if flatpak is not None else in_flatpak():
        return PortalNotifications(bus)
    return FreedesktopNotifications(bus, app_id)
