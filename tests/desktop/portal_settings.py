"""A stand-in for the XDG desktop portal's Settings on a test bed's session bus, and what
a screenshot says about the title bars Qt draws (tests/desktop, scripts/screenshots-gnome).

The stand-in is a python-dbusmock object ``org.freedesktop.portal.Desktop`` at
``/org/freedesktop/portal/desktop`` with ``org.freedesktop.portal.Settings`` ``Read``,
``ReadOne``, ``ReadAll`` and ``SettingChanged`` for ``org.freedesktop.appearance``
``color-scheme`` (0 no preference, 1 dark, 2 light), the interface Qt's adwaita title bars
and its GNOME platform theme read (docs/adr/018-title-bar-colours.md). The value is kept in
a property of a private interface, so a test changes it as GNOME Settings would.
"""

from __future__ import annotations

import itertools
import struct
import sys
from pathlib import Path
from typing import Any

import dbus
from PySide6.QtGui import QImage, QPalette

from steadypause.ui import theme

PORTAL = "org.freedesktop.portal.Desktop"
PORTAL_PATH = "/org/freedesktop/portal/desktop"
SETTINGS = "org.freedesktop.portal.Settings"
MOCK = "org.freedesktop.DBus.Mock"
STORE = "org.steadypause.Test.Appearance"  # where the stand-in keeps the value
SCHEMES = {"none": 0, "dark": 1, "light": 2}

_VALUE = f"self.props['{STORE}']['ColorScheme']"
_READ_ALL = (
    "wanted = list(args[0])\n"
    "found = {}\n"
    "if not wanted or any('org.freedesktop.appearance'.startswith(w.rstrip('*')) "
    "for w in wanted):\n"
    "    found['org.freedesktop.appearance'] = dbus.Dictionary("
    f"{{'color-scheme': dbus.UInt32({_VALUE}, variant_level=1)}}, signature='sv')\n"
    "ret = dbus.Dictionary(found, signature='sa{sv}')\n"
)
_READ_ONE = (
    "if (args[0], args[1]) != ('org.freedesktop.appearance', 'color-scheme'):\n"
    "    raise dbus.exceptions.DBusException('no such setting', "
    "name='org.freedesktop.portal.Error.NotFound')\n"
)


class PortalSettings:
    """The stand-in, started with ``start_process`` of a test bed (GnomeShell), so it ends
    with it; :meth:`stop` ends it sooner."""

    def __init__(self, shell: Any, scheme: str) -> None:
        self._shell = shell
        self.proc = shell.start_process(
            "portal settings stand-in",
            [sys.executable, "-m", "dbusmock", PORTAL, PORTAL_PATH, SETTINGS],
            shell.base_env(),
            shell.logs / "portal-settings.log",
        )
        bus = shell.session_bus
        from gnome_shell import wait_until

        wait_until(lambda: bus.name_has_owner(PORTAL), 20, "the portal stand-in")
        self._obj = bus.get_object(PORTAL, PORTAL_PATH)
        mock = dbus.Interface(self._obj, MOCK)
        mock.AddProperty(STORE, "ColorScheme", dbus.UInt32(SCHEMES[scheme]))
        mock.AddProperty(SETTINGS, "version", dbus.UInt32(2))
        mock.AddMethod(SETTINGS, "ReadAll", "as", "a{sa{sv}}", _READ_ALL)
        mock.AddMethod(SETTINGS, "ReadOne", "ss", "v", _READ_ONE + f"ret = dbus.UInt32({_VALUE})")
        # Read, from version 1, wraps the value in a second variant.
        mock.AddMethod(
            SETTINGS,
            "Read",
            "ss",
            "v",
            _READ_ONE + f"ret = dbus.UInt32({_VALUE}, variant_level=1)",
        )

    def set(self, scheme: str) -> None:
        """Change the desktop's colour scheme, as GNOME Settings > Appearance does."""
        value = dbus.UInt32(SCHEMES[scheme])
        self._obj.Set(STORE, "ColorScheme", value, dbus_interface=dbus.PROPERTIES_IFACE)
        dbus.Interface(self._obj, MOCK).EmitSignal(
            SETTINGS,
            "SettingChanged",
            "ssv",
            ["org.freedesktop.appearance", "color-scheme", dbus.UInt32(value, variant_level=1)],
        )

    def stop(self) -> None:
        if self.proc is not None:
            self._shell.end_process(self.proc)
            self.proc = None


# The app's window colours (ui/theme.py's "window" of each palette), as 0xRRGGBB.
WINDOWS = {
    name: theme.palette_for(name).color(QPalette.ColorRole.Window).rgb() & 0xFFFFFF
    for name in ("dark", "light")
}


def _luminance(rgb: int) -> float:
    r, g, b = (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def look_rows(path: Path, run: int = 150, top_bar: int = 32) -> dict[str, int]:
    """What a screenshot shows, in pixel rows below the shell's top bar: "dark window" and
    "light window", rows with ``run`` or more pixels of the app's window colour in a row;
    "dark bar" and "light bar", rows with such a run of another colour, not the desktop's
    background (a title bar is some 37 rows of one colour, edge to edge), dark below a
    luminance of 90, light above 200. Qt's own title bar colours (Adwaita's, which change
    between Qt versions) are not needed. The app's text fields count too, on the side of
    their own look: a dark look shows no light run, and a light one no dark run."""
    image = QImage(str(path)).convertToFormat(QImage.Format.Format_RGB32)
    if image.isNull():
        raise AssertionError(f"cannot read {path}")
    width, height = image.width(), image.height()
    data = bytes(image.constBits())
    stride = image.bytesPerLine()
    background = image.pixel(width - 4, height - 4) & 0xFFFFFF
    counts = {"dark window": 0, "light window": 0, "dark bar": 0, "light bar": 0}
    for y in range(top_bar, height):
        found: set[str] = set()
        row = struct.iter_unpack("<I", data[y * stride : y * stride + width * 4])
        for (pixel,), same in itertools.groupby(row):
            if sum(1 for _ in same) < run:
                continue
            rgb = pixel & 0xFFFFFF
            if rgb == WINDOWS["dark"]:
                found.add("dark window")
            elif rgb == WINDOWS["light"]:
                found.add("light window")
            elif rgb == background:
                continue
            elif _luminance(rgb) < 90:
                found.add("dark bar")
            elif _luminance(rgb) > 200:
                found.add("light bar")
        for name in found:
            counts[name] += 1
    return counts
