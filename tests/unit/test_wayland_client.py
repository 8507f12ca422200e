"""The ctypes side of the Wayland binding that needs no compositor: the C descriptions
built from the Python ones, and what the idle backend says when it cannot connect. The
binding against real compositors: tests/desktop/test_kwin_idle.py, test_sway_idle.py."""

from __future__ import annotations

import ctypes
from pathlib import Path

import pytest

from steadypause.platform import wayland_client
from steadypause.platform.wayland_client import SEAT, Interface, fixed
from steadypause.platform.wayland_idle import EXT_NOTIFICATION, EXT_NOTIFIER, WaylandIdle


def test_an_interface_becomes_the_struct_libwayland_reads() -> None:
    c = EXT_NOTIFIER.struct()
    assert (c.name, c.version, c.method_count, c.event_count) == (b"ext_idle_notifier_v1", 1, 2, 0)
    request = c.methods[1]
    assert (request.name, request.signature) == (b"get_idle_notification", b"nuo")
    # The new object's interface and the seat's, by address; the uint has none.
    assert ctypes.addressof(request.types[0].contents) == ctypes.addressof(
        EXT_NOTIFICATION.struct()
    )
    assert not request.types[1]
    assert ctypes.addressof(request.types[2].contents) == ctypes.addressof(SEAT.struct())
    events = EXT_NOTIFICATION.struct().events
    assert [events[i].name for i in range(2)] == [b"idled", b"resumed"]
    assert EXT_NOTIFIER.struct() is c  # built once


def test_version_digits_and_nullable_marks_are_not_arguments() -> None:
    iface = Interface("x_test", 3, requests=[("later", "3?on")], types={"later": [SEAT, SEAT]})
    request = iface.struct().methods[0]
    assert request.signature == b"3?on"
    assert ctypes.addressof(request.types[0].contents) == ctypes.addressof(SEAT.struct())
    assert iface.opcode("later") == 0


def test_fixed_point() -> None:
    assert fixed(1.0) == 256
    assert fixed(-2.5) == -640


def test_the_idle_backend_says_why_it_cannot_connect(tmp_path: Path) -> None:
    idle = WaylandIdle(display=str(tmp_path / "wayland-nobody"))
    assert not idle.is_available()
    assert idle.reason.startswith(
        f"cannot connect to the Wayland display '{tmp_path / 'wayland-nobody'}'"
    )
    assert idle.idle_seconds() is None
    idle.start()  # nothing to start: no error
    idle.stop()


def test_without_wayland_display_it_is_not_a_wayland_session(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    idle = WaylandIdle()
    assert idle.reason == "not a Wayland session (no WAYLAND_DISPLAY)"


def test_the_library_is_loaded_once() -> None:
    assert wayland_client.library() is wayland_client.library()
