"""What the D-Bus backends share: is a service there, a reply's value, a property, and
connecting a D-Bus signal to a slot (where PySide6's stubs fall short, once)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import SLOT, QObject
from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

from steadypause.platform.linux.session_bus_address import VARIABLE, no_session_bus

PROPERTIES = "org.freedesktop.DBus.Properties"
# The notification server: its do-not-disturb (session_busy) and the reminder
# (notification_servers) both talk to it.
NOTIFICATIONS = "org.freedesktop.Notifications"
NOTIFICATIONS_PATH = "/org/freedesktop/Notifications"
# The slot a backend that follows PropertiesChanged declares (see properties_changed).
CHANGED_SLOT = "_changed(QString,QVariantMap,QStringList)"


def registered(conn: QDBusConnection, service: str) -> str:
    """'' if ``service`` has an owner on ``conn``, else why not."""
    if not conn.isConnected():
        if "system" not in conn.name() and no_session_bus():
            return f"no session bus ({VARIABLE} is not set)"  # i18n-exempt: diagnostics
        return "no D-Bus connection"  # i18n-exempt: diagnostics
    reply = conn.interface().isServiceRegistered(service)
    if not reply.isValid() or not reply.value():
        return (
            f"no {service} on the "  # i18n-exempt: diagnostics
            f"{'system' if 'system' in conn.name() else 'session'} bus"
        )
    return ""


def reply_value(message: QDBusMessage) -> Any:
    """The first value of a reply, or None for an error."""
    if message.type() != QDBusMessage.MessageType.ReplyMessage or not message.arguments():
        return None
    value = message.arguments()[0]
    variant = getattr(value, "variant", None)  # a QDBusVariant from Properties.Get
    return variant() if callable(variant) else value


def get_property(conn: QDBusConnection, service: str, path: str, iface: str, name: str) -> Any:
    props = QDBusInterface(service, path, PROPERTIES, conn)
    return reply_value(props.call("Get", iface, name))  # i18n-exempt: D-Bus method


def connect_signal(
    conn: QDBusConnection,
    service: str,
    path: str,
    iface: str,
    name: str,
    receiver: QObject,
    slot: str,
) -> bool:
    """Deliver the D-Bus signal ``iface.name`` to ``receiver``'s ``slot`` (a signature such
    as ``"_changed(QString,QVariantMap,QStringList)"``)."""
    # PySide6's stubs want the slot as bytes; at run time it takes SLOT()'s string.
    connected: bool = conn.connect(
        service,
        path,
        iface,
        name,
        receiver,  # type: ignore[call-overload]
        SLOT(slot),
    )
    return connected


def disconnect_signal(
    conn: QDBusConnection,
    service: str,
    path: str,
    iface: str,
    name: str,
    receiver: QObject,
    slot: str,
) -> bool:
    """Undo :func:`connect_signal`."""
    disconnected: bool = conn.disconnect(
        service,
        path,
        iface,
        name,  # type: ignore[call-overload]
        receiver,
        SLOT(slot),
    )
    return disconnected


@dataclass(frozen=True)
class Subscription:
    """One D-Bus signal delivered to a receiver's slot, written once for both
    :meth:`connect` and :meth:`disconnect`: a disconnect must name exactly what was
    connected, or Qt goes on delivering."""

    service: str
    path: str
    iface: str
    name: str
    slot: str

    def connect(self, conn: QDBusConnection, receiver: QObject) -> bool:
        return connect_signal(
            conn, self.service, self.path, self.iface, self.name, receiver, self.slot
        )

    def disconnect(self, conn: QDBusConnection, receiver: QObject) -> bool:
        return disconnect_signal(
            conn, self.service, self.path, self.iface, self.name, receiver, self.slot
        )


def properties_changed(service: str, path: str) -> Subscription:
    """``PropertiesChanged`` of the object at ``path``, to the receiver's ``_changed`` slot
    (declared ``@Slot(str, "QVariantMap", "QStringList")``)."""
    return Subscription(service, path, PROPERTIES, "PropertiesChanged", CHANGED_SLOT)
