"""cli/display_check: whether a window can be shown, from the environment alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from steadypause.cli.display_check import missing_display


@pytest.mark.parametrize(
    ("environ", "missing"),
    [
        ({}, "neither DISPLAY nor WAYLAND_DISPLAY"),
        ({"DISPLAY": ":0"}, None),
        ({"WAYLAND_DISPLAY": "wayland-0"}, None),
        ({"WAYLAND_SOCKET": "5"}, None),
        ({"QT_QPA_PLATFORM": "offscreen"}, None),
        ({"QT_QPA_PLATFORM": "minimal"}, None),
        ({"QT_QPA_PLATFORM": "xcb"}, "DISPLAY is not set"),
        ({"QT_QPA_PLATFORM": "xcb", "DISPLAY": ":3"}, None),
        ({"QT_QPA_PLATFORM": "wayland", "DISPLAY": ":3"}, "WAYLAND_DISPLAY is not set"),
        ({"QT_QPA_PLATFORM": "wayland-egl", "WAYLAND_DISPLAY": "w"}, None),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":3"}, None),
        ({"QT_QPA_PLATFORM": "xcb:nograb"}, "asks for xcb"),
        ({"QT_QPA_PLATFORM": ""}, "neither"),
    ],
)
def test_linux(environ: dict[str, str], missing: str | None) -> None:
    said = missing_display(environ, "linux")
    if missing is None:
        assert said is None
    else:
        assert said is not None
        assert missing in said
        assert "graphical session" in said


def test_the_default_wayland_socket_counts(tmp_path: Path) -> None:
    environ = {"XDG_RUNTIME_DIR": str(tmp_path), "QT_QPA_PLATFORM": "wayland"}
    assert missing_display(environ, "linux") is not None
    (tmp_path / "wayland-0").touch()
    assert missing_display(environ, "linux") is None


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_windows_and_macos_always_have_a_display(platform: str) -> None:
    assert missing_display({}, platform) is None
