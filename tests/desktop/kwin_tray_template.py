"""python-dbusmock template: a StatusNotifier host as Plasma's panel provides it
(``org.kde.StatusNotifierWatcher`` with a host registered), so that Qt puts the app's icon
in the "tray" instead of opening the status window, as on a real Plasma desk (or Sway
with swaybar, which is a StatusNotifier host too).

    python -m dbusmock --template tests/desktop/kwin_tray_template.py
"""

from __future__ import annotations

import dbus

BUS_NAME = "org.kde.StatusNotifierWatcher"
MAIN_OBJ = "/StatusNotifierWatcher"
MAIN_IFACE = "org.kde.StatusNotifierWatcher"
SYSTEM_BUS = False


def load(mock, parameters):
    mock.AddMethods(
        MAIN_IFACE,
        [
            (
                "RegisterStatusNotifierItem",
                "s",
                "",
                f"self.EmitSignal('{MAIN_IFACE}', 'StatusNotifierItemRegistered', 's', [args[0]])",
            ),
            ("RegisterStatusNotifierHost", "s", "", ""),
        ],
    )
    mock.AddProperties(
        MAIN_IFACE,
        {
            "IsStatusNotifierHostRegistered": dbus.Boolean(True),
            "ProtocolVersion": dbus.Int32(0),
            "RegisteredStatusNotifierItems": dbus.Array([], signature="s"),
        },
    )
