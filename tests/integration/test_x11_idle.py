"""XScreenSaver idle time on a real X server (Xvfb), moved by xdotool input."""

from __future__ import annotations

import os
import subprocess

import pytest

from steadypause.platform.linux.x11_idle import X11Idle
from steadypause.platform.polledidle import next_check_ms

pytestmark = pytest.mark.slow


def test_idle_time_grows_and_input_resets_it(
    xvfb: str, monkeypatch: pytest.MonkeyPatch, qtbot
) -> None:
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
    idle = X11Idle(threshold_s=0.4, display=xvfb)
    assert idle.is_available(), idle.reason
    env = {**os.environ, "DISPLAY": xvfb}
    subprocess.run(["xdotool", "mousemove", "10", "10"], env=env, check=True)
    assert idle.idle_seconds() < 0.4
    # Deadline polling of the backend's own adaptive checks, no fixed sleep.
    idle.AWAY_CHECK_MS = 50
    with qtbot.waitSignal(idle.idleStarted, timeout=5000) as started:
        idle.start()
    assert started.args[0] >= 0.4
    with qtbot.waitSignal(idle.inputAgain, timeout=5000):
        subprocess.run(["xdotool", "mousemove", "200", "200"], env=env, check=True)
    assert idle.idle_seconds() < 1
    idle.stop()


def test_x11_idle_refuses_wayland(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    idle = X11Idle()
    assert not idle.is_available()
    assert "Wayland" in idle.reason


def test_the_checks_are_sparse() -> None:
    assert next_check_ms(False, 0, 120_000, 5000) == 120_000  # typing: look at the threshold
    assert next_check_ms(False, 100_000, 120_000, 5000) == 20_000
    assert next_check_ms(True, 500_000, 120_000, 5000) == 5000  # away: notice the return
