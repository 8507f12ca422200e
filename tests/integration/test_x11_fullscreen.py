"""Full screen as busy on a real X server: Xvfb, openbox (EWMH) and real Qt windows in a
child process, one of them full screen; focus is moved between them with xdotool."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from steadypause.core.busy_wait import BUSY_RECHECK
from steadypause.core.clock import FakeClock
from steadypause.core.cues import CueKind
from steadypause.core.decision import Action, Decision
from steadypause.core.scheduler import Scheduler
from steadypause.core.scheduler_config import SchedulerConfig
from steadypause.platform.linux.x11_fullscreen import X11FullScreen, is_fullscreen

pytestmark = pytest.mark.slow

WINDOWS = """
    import sys
    from PySide6.QtWidgets import QApplication, QWidget
    app = QApplication(sys.argv)
    normal = QWidget(); normal.setWindowTitle("sp-normal"); normal.resize(200, 150)
    normal.show()
    full = QWidget(); full.setWindowTitle("sp-full")
    full.showFullScreen()
    print(int(normal.winId()), int(full.winId()), flush=True)
    app.exec()
"""


@pytest.fixture
def windows(openbox: str) -> Iterator[tuple[str, int, int]]:
    """(display, normal window id, full-screen window id), shown by a child process."""
    env = {**os.environ, "DISPLAY": openbox, "QT_QPA_PLATFORM": "xcb"}
    child = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(WINDOWS)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    if not line:
        _, err = child.communicate(timeout=10)
        pytest.skip(f"Qt's xcb platform did not start: {err[-400:]}")
    normal, full = (int(w) for w in line.split())
    yield openbox, normal, full
    child.terminate()
    child.communicate(timeout=10)  # also closes the pipes


def activate(display: str, window: int) -> None:
    subprocess.run(
        ["xdotool", "windowactivate", str(window)],
        env={**os.environ, "DISPLAY": display},
        check=True,
        capture_output=True,
    )


def active(display: str) -> int:
    out = subprocess.run(
        ["xdotool", "getactivewindow"],
        env={**os.environ, "DISPLAY": display},
        check=False,
        capture_output=True,
        text=True,
    )
    return int(out.stdout) if out.stdout.strip() else 0


@pytest.fixture
def no_wayland(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")


def test_a_full_screen_window_with_the_focus_is_busy(
    qtbot: QtBot, windows: tuple[str, int, int], no_wayland: None
) -> None:
    display, normal, full = windows
    backend = X11FullScreen(display=display)
    assert backend.is_available(), backend.reason
    activate(display, full)
    qtbot.waitUntil(lambda: active(display) == full, timeout=5000)
    assert backend.busy_now()
    activate(display, normal)
    qtbot.waitUntil(lambda: active(display) == normal, timeout=5000)
    assert not backend.busy_now()
    activate(display, full)
    qtbot.waitUntil(backend.busy_now, timeout=5000)
    backend.stop()
    assert not backend.busy_now()  # stopped: no display, never busy


def test_a_window_that_is_gone_does_not_end_the_process(
    windows: tuple[str, int, int], no_wayland: None
) -> None:
    display, _normal, _full = windows
    backend = X11FullScreen(display=display)
    # Xlib's default handler would exit on this BadWindow; ours notes it and reads None.
    assert backend.window_state(0x7FFFFF) is None
    assert backend.busy_now() in (True, False)
    backend.stop()


def test_the_prompt_waits_for_full_screen_to_end(
    qtbot: QtBot, windows: tuple[str, int, int], no_wayland: None
) -> None:
    display, normal, full = windows
    backend = X11FullScreen(display=display)
    clock = FakeClock(datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    decisions: list[Decision] = []
    scheduler = Scheduler(clock, SchedulerConfig(work_minutes=60), on_decision=decisions.append)
    scheduler.set_busy_check(backend.busy_now)
    activate(display, full)
    qtbot.waitUntil(lambda: active(display) == full, timeout=5000)

    clock.advance(60 * 60)
    assert scheduler.poll() is None
    assert [(d.action, d.cue.kind) for d in decisions] == [(Action.DEFER, CueKind.WORK_TIMER)]
    assert scheduler.wake_at() == clock.now() + BUSY_RECHECK
    clock.advance(BUSY_RECHECK.total_seconds())
    assert scheduler.poll() is None  # still full screen

    activate(display, normal)
    qtbot.waitUntil(lambda: active(display) == normal, timeout=5000)
    clock.advance(BUSY_RECHECK.total_seconds())
    cue = scheduler.poll()
    assert cue is not None
    assert cue.kind is CueKind.WORK_TIMER
    assert decisions[-1].action is Action.PROMPT
    assert clock.now() - decisions[0].at == timedelta(minutes=2)
    backend.stop()


def test_no_window_manager_means_unavailable(xvfb: str, no_wayland: None) -> None:
    backend = X11FullScreen(display=xvfb)
    assert not backend.is_available()
    assert "_NET_ACTIVE_WINDOW" in backend.reason


def test_wayland_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    backend = X11FullScreen()
    assert not backend.is_available()
    assert "Wayland" in backend.reason


def test_the_decision() -> None:
    assert is_fullscreen(0x400007, [301, 305], 305)
    assert not is_fullscreen(0x400007, [301], 305)
    assert not is_fullscreen(0, [305], 305)  # no active window (the desktop)
    assert not is_fullscreen(None, [], 305)
