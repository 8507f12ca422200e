"""Prints every method call on a D-Bus bus as one JSON line: member, the signature that
was really sent, and the arguments with their wire types.

    python wire_monitor.py BUS_ADDRESS

It becomes a monitor (org.freedesktop.DBus.Monitoring), so it sees calls to any service
without being their destination. Used by the tests to prove wire types: python-dbusmock's
own methods coerce what they receive to the declared types, so they cannot tell.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import dbus
import dbus.lowlevel
import dbus.mainloop.glib
from gi.repository import GLib


def described(value: Any) -> Any:
    """A wire value as JSON: {"type": dbus type name, "variant_level": n, "value": ...}."""
    if isinstance(value, dbus.Dictionary):
        inner: Any = {str(k): described(v) for k, v in value.items()}
    elif isinstance(value, dbus.Array | dbus.Struct):
        inner = [described(v) for v in value]
    elif isinstance(value, dbus.Boolean):
        inner = bool(value)
    elif isinstance(value, int):
        inner = int(value)
    elif isinstance(value, float):
        inner = float(value)
    else:
        inner = str(value)
    out = {
        "type": type(value).__name__,
        "variant_level": getattr(value, "variant_level", 0),
        "value": inner,
    }
    signature = getattr(value, "signature", None)
    if signature is not None:
        out["signature"] = str(signature)
    return out


def main() -> None:
    dbus.mainloop.glib.DBusGMainLoop(set_as_default=True)
    bus = dbus.bus.BusConnection(sys.argv[1])

    def seen(_conn: Any, message: Any) -> None:
        if isinstance(message, dbus.lowlevel.MethodCallMessage):
            print(
                json.dumps(
                    {
                        "member": message.get_member(),
                        "interface": message.get_interface(),
                        "signature": message.get_signature(),
                        "args": [described(a) for a in message.get_args_list()],
                    }
                ),
                flush=True,
            )

    bus.add_message_filter(seen)
    bus.call_blocking(
        "org.freedesktop.DBus",
        "/org/freedesktop/DBus",
        "org.freedesktop.DBus.Monitoring",
        "BecomeMonitor",
        "asu",
        (["type='method_call'"], dbus.UInt32(0)),
    )
    print(json.dumps({"ready": True}), flush=True)
    GLib.MainLoop().run()


if __name__ == "__main__":
    main()
