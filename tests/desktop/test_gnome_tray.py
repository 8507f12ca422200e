"""On GNOME Shell without a tray the app shows its status window, and moves into the top bar
when the AppIndicator extension is switched on (the way people get a tray on GNOME)."""

from __future__ import annotations

from collections.abc import Callable

import dbus
from gnome_shell import APPINDICATOR, App, GnomeShell

WATCHER = "org.kde.StatusNotifierWatcher"


def _registered_items(gnome: GnomeShell) -> list[str]:
    try:
        watcher = gnome.session_bus.get_object(WATCHER, "/StatusNotifierWatcher")
        items = watcher.Get(
            WATCHER,
            "RegisteredStatusNotifierItems",
            dbus_interface="org.freedesktop.DBus.Properties",
        )
    except dbus.DBusException:
        return []
    return [str(item) for item in items]


def test_the_app_moves_from_its_status_window_into_the_tray(
    gnome: GnomeShell, start_app: Callable[..., App]
) -> None:
    gnome.set_extension(False)
    try:
        app = start_app()
        assert app.command("status")["tray"] == "fallback"
        assert _registered_items(gnome) == []

        gnome.set_extension(True)
        # status looks for a tray again (otherwise the app does every TRAY_RECHECK_MS).
        app.wait_for(lambda s: s["tray"] == "available", 10, "the app to use the tray")
        assert app.command("status")["tray"] == "available"
        # The icon is really in the shell's top bar: the extension's watcher lists it.
        assert len(_registered_items(gnome)) == 1
        assert "moving there" in app.log_text()
    finally:
        gnome.set_extension(False)
    assert gnome.extension_state(APPINDICATOR) != 1
