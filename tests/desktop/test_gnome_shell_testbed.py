"""The GNOME test bed itself: the shell's services the scenarios rely on answer, and the
ways the scenarios act on the shell (keys, a click on a notification's action, a
screenshot) reach it."""

from __future__ import annotations

import struct
import time
from collections.abc import Callable
from pathlib import Path

import dbus
from dbus.mainloop.glib import DBusGMainLoop
from gi.repository import GLib
from gnome_shell import Editor, GnomeShell, RemoteInput, wait_until


def test_the_shell_runs_with_its_session_services(gnome: GnomeShell) -> None:
    bus = gnome.session_bus
    for name in (
        "org.gnome.Shell",
        "org.gnome.ScreenSaver",
        "org.gnome.Mutter.IdleMonitor",
        "org.gnome.Mutter.RemoteDesktop",
    ):
        assert bus.name_has_owner(name), name
    # The notification server is the shell's gjs service, started on first use.
    server = bus.get_object("org.freedesktop.Notifications", "/org/freedesktop/Notifications")
    caps = server.GetCapabilities(dbus_interface="org.freedesktop.Notifications")
    assert "actions" in caps
    assert not gnome.shell_property("OverviewActive")
    assert not gnome.screensaver("GetActive")


def test_a_screenshot_is_the_whole_virtual_monitor(gnome: GnomeShell, tmp_path: Path) -> None:
    shot = gnome.screenshot(tmp_path / "screen.png")
    header = shot.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", header[16:24]) == gnome.size


def test_keys_typed_reach_the_focused_window(
    remote_input: RemoteInput, open_editor: Callable[[], Editor]
) -> None:
    editor = open_editor()
    remote_input.type_text("hello gnome")
    wait_until(lambda: editor.text() == "hello gnome", 5, "the keys in the editor")
    assert editor.focus_events() == ["focused"]


def test_real_input_resets_mutters_idle_time(gnome: GnomeShell, remote_input: RemoteInput) -> None:
    remote_input.move_by(1, 0)
    time.sleep(1.5)
    assert gnome.idle_ms() >= 1000
    remote_input.move_by(-1, 0)
    assert gnome.idle_ms() < 1000


def test_a_click_on_a_banners_first_action_invokes_it(
    gnome: GnomeShell, remote_input: RemoteInput
) -> None:
    """The way the scenarios answer the reminder's notification: a real click on *Start*
    in the shell's banner (a notification sent here, with the reminder's three actions)."""
    invoked: list[tuple[int, str]] = []
    bus = dbus.bus.BusConnection(gnome.session_address, mainloop=DBusGMainLoop())
    try:
        bus.add_signal_receiver(
            lambda nid, key: invoked.append((int(nid), str(key))),
            signal_name="ActionInvoked",
            bus_name="org.freedesktop.Notifications",
            dbus_interface="org.freedesktop.Notifications",
        )
        server = bus.get_object("org.freedesktop.Notifications", "/org/freedesktop/Notifications")
        nid = int(
            server.Notify(
                "Test bed",
                dbus.UInt32(0),
                "",
                "Time for a pause",
                "A check of the test bed.",
                ["start", "Start", "later", "In 10 minutes", "skip", "Skip"],
                {},
                dbus.Int32(-1),
                dbus_interface="org.freedesktop.Notifications",
            )
        )
        time.sleep(1)
        gnome.click_notification_action(remote_input, "first")
        context = GLib.MainContext.default()

        def heard() -> bool:
            while context.iteration(False):
                pass
            return bool(invoked)

        wait_until(heard, 5, "ActionInvoked")
        assert invoked == [(nid, "start")]
    finally:
        bus.close()
