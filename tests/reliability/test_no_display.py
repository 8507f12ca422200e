"""No display (issue 16, item 3): starting the app outside a graphical session says which
display variable is missing and exits 1 before Qt aborts; the commands that need no
window keep working; a platform chosen with QT_QPA_PLATFORM is honoured."""

from __future__ import annotations

import pytest
from apphome import AppHome

pytestmark = pytest.mark.slow

DISPLAY_VARIABLES = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "WAYLAND_SOCKET")


@pytest.fixture
def headless(home: AppHome) -> AppHome:
    for name in DISPLAY_VARIABLES:
        home.env.pop(name, None)
    return home


def one_line(text: str) -> str:
    lines = [line for line in text.splitlines() if line.strip()]
    assert len(lines) == 1, text[:3000]
    return lines[0]


@pytest.mark.parametrize("args", [(), ("pause",), ("--autostart",)], ids=["start", "pause", "auto"])
def test_starting_without_a_display_says_so_and_exits_1(headless: AppHome, args: tuple) -> None:
    result = headless.cli(*args)
    assert result.returncode == 1, result.stderr[:3000]
    said = one_line(result.stderr)
    assert "DISPLAY" in said
    assert "WAYLAND_DISPLAY" in said
    assert "graphical session" in said
    assert not headless.socket.exists()


@pytest.mark.parametrize(
    ("platform", "missing", "present"),
    [("xcb", "DISPLAY", "WAYLAND_DISPLAY"), ("wayland", "WAYLAND_DISPLAY", "DISPLAY")],
)
def test_a_chosen_platform_names_its_own_variable(
    headless: AppHome, platform: str, missing: str, present: str
) -> None:
    headless.env["QT_QPA_PLATFORM"] = platform
    headless.env[present] = ":99" if present == "DISPLAY" else "wayland-99"
    result = headless.cli()
    assert result.returncode == 1, result.stderr[:3000]
    said = one_line(result.stderr)
    assert f"{missing} is not set" in said
    assert platform in said
    assert f" {present} is not set" not in said


def test_the_commands_that_need_no_window_work_without_a_display(headless: AppHome) -> None:
    version = headless.cli("--version")
    assert version.returncode == 0
    assert version.stdout.startswith("steadypause ")
    status = headless.cli("status")
    assert status.returncode == 3  # not running: said, not aborted
    assert "not running" in status.stderr
    assert headless.cli("status", "--json").returncode == 3
    assert headless.cli("config", "set", "work_minutes", "45").returncode == 0
    got = headless.cli("config", "get", "work_minutes")
    assert (got.returncode, got.stdout.strip()) == (0, "45")
    assert headless.cli("config", "list").returncode == 0
    history = headless.cli("history")
    assert history.returncode == 0, history.stderr
    assert headless.cli("history", "--json").returncode == 0


def test_an_explicit_offscreen_platform_still_starts(headless: AppHome) -> None:
    headless.env["QT_QPA_PLATFORM"] = "offscreen"
    app = headless.start()
    assert headless.command("status")["window"] == "closed"
    assert headless.cli("quit").returncode == 0
    assert app.wait(10) == 0
