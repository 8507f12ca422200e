"""Qt's side of a private test bus: a connection of its own, under a name not used before."""

from __future__ import annotations

import itertools

from PySide6.QtDBus import QDBusConnection

_names = itertools.count()


def qt_connection(address: str, prefix: str) -> QDBusConnection:
    """A new QDBusConnection to the bus at ``address`` (Qt keeps connections by name, so
    each gets ``prefix`` and a number of its own)."""
    conn = QDBusConnection.connectToBus(address, f"{prefix}-{next(_names)}")
    assert conn.isConnected()
    return conn
