"""platform/linux/session_bus_address: the session bus address is settled so that libdbus
never autolaunches a bus (the app itself: tests/reliability/test_no_autolaunched_bus.py)."""

from __future__ import annotations

from pathlib import Path

from steadypause.platform.linux.session_bus_address import (
    NO_SESSION_BUS,
    forbid_autolaunch,
    no_session_bus,
)


def test_an_address_given_is_kept(tmp_path: Path) -> None:
    environ = {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"}
    assert not forbid_autolaunch(environ)
    assert environ == {"DBUS_SESSION_BUS_ADDRESS": "unix:path=/run/user/1000/bus"}
    assert not no_session_bus(environ)


def test_the_runtime_directory_bus_is_left_to_libdbus(tmp_path: Path) -> None:
    (tmp_path / "bus").touch()
    environ = {"XDG_RUNTIME_DIR": str(tmp_path)}
    assert not forbid_autolaunch(environ)
    assert "DBUS_SESSION_BUS_ADDRESS" not in environ


def test_no_bus_anywhere_gives_an_address_that_connects_nowhere(tmp_path: Path) -> None:
    for environ in ({"XDG_RUNTIME_DIR": str(tmp_path)}, {}, {"DBUS_SESSION_BUS_ADDRESS": " "}):
        assert forbid_autolaunch(environ)
        assert environ["DBUS_SESSION_BUS_ADDRESS"] == NO_SESSION_BUS
        assert no_session_bus(environ)
