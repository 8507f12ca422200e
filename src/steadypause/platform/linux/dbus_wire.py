"""D-Bus arguments with the wire types strict servers want, which PySide6 cannot build
from Python values: ``u`` (a Python int goes out as ``i``) and ``aa{sv}`` (a list of dicts
goes out as ``av``). Strict GDBus servers (GNOME Shell) refuse a call whose signature is
not the declared one. ``uint32`` uses Qt's own ``QDBusArgument::operator<<(uint)``, which
PySide6 does not expose."""

from __future__ import annotations

import ctypes
from collections.abc import Callable

from PySide6.QtCore import QMetaType
from PySide6.QtDBus import QDBusArgument, QDBusVariant

_uint_writer: Callable[[int, int], int] | None = None


def load_uint_writer() -> Callable[[int, int], int]:
    """Qt's ``QDBusArgument &QDBusArgument::operator<<(uint)``, from the QtDBus library this
    process already has loaded (dlopen by soname returns it). PySide6 binds only the
    ``ushort`` overload for a Python int, which would send ``q``."""
    global _uint_writer
    if _uint_writer is None:
        lib = ctypes.CDLL("libQt6DBus.so.6")
        writer = lib._ZN13QDBusArgumentlsEj  # QDBusArgument::operator<<(unsigned int)
        writer.restype = ctypes.c_void_p
        writer.argtypes = [ctypes.c_void_p, ctypes.c_uint]
        _uint_writer = writer
    return _uint_writer


def uint32(value: int) -> QDBusArgument:
    """An argument that goes on the wire as D-Bus ``u`` (a Python int would go as ``i``)."""
    import shiboken6

    if not 0 <= value <= 0xFFFF_FFFF:
        raise ValueError(f"{value} does not fit in a D-Bus uint32")  # i18n-exempt: a bug
    argument = QDBusArgument()
    load_uint_writer()(shiboken6.getCppPointer(argument)[0], value)
    return argument


def array_of_maps(items: list[dict[str, str]]) -> QDBusArgument:
    """An ``aa{sv}`` (a Python list of dicts would go out as ``av``)."""
    argument = QDBusArgument()
    argument.beginArray(QMetaType(QMetaType.Type.QVariantMap))
    for item in items:
        argument.beginMap(QMetaType(QMetaType.Type.QString), QMetaType.fromName(b"QDBusVariant"))
        for key, value in item.items():
            argument.beginMapEntry()
            argument.appendVariant(key)  # the value itself; ``<< str`` picks another type
            argument.appendVariant(QDBusVariant(value))
            argument.endMapEntry()
        argument.endMap()
    argument.endArray()
    return argument
