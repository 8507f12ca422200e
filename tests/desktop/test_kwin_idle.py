"""Idle on a real KWin 5.27 (headless, ``kwin_wayland --virtual``): the Wayland backend
(ext-idle-notify-v1) chosen by the selector, idle after the threshold without input and
its end on input, the work timer not counting the time away, *back from away* once, and
the reminder not taking the keyboard from a focused window.

Input goes through KWin's own test route, the ``org_kde_kwin_fake_input`` protocol
(kwin_session.FakeInput), which KWin handles like a real device: it resets the idle timers
and goes to the focused window.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from kwin_session import FakeInput, KWinSession, kwin_runnable, kwin_session
from kwin_sway_app import KEY_CODES, away_scenario, reminder_scenario
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from steadypause.platform.sources import build_linux
from steadypause.platform.wayland_idle import WaylandIdle

pytestmark = pytest.mark.slow
_names = itertools.count()


def runnable_here(config: pytest.Config) -> str:
    """kwin_runnable(), with what it says shown in the test run's output (not captured)."""
    capture = config.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled():
        return kwin_runnable()


@pytest.fixture(scope="module")
def kwin(request: pytest.FixtureRequest) -> Iterator[KWinSession]:
    if reason := runnable_here(request.config):
        pytest.skip(reason)
    with kwin_session() as session:
        yield session


@pytest.fixture
def fake_input(kwin: KWinSession) -> Iterator[FakeInput]:
    device = FakeInput(kwin)
    yield device
    device.close()


def test_the_selector_names_the_wayland_backend_on_kwin(
    kwin: KWinSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WAYLAND_DISPLAY", kwin.display)
    bus = QDBusConnection.connectToBus(
        kwin.env["DBUS_SESSION_BUS_ADDRESS"], f"sp-kwin-session-{next(_names)}"
    )
    sources = build_linux(bus, bus)  # no logind here: KWin's bus stands in for both
    try:
        described = sources.describe()
        assert described["idle"] == "wayland-ext-idle-notify"
        assert described["lock"] == "org.freedesktop.ScreenSaver"  # KWin's own
    finally:
        for backend in sources.all():
            backend.deleteLater()
        QDBusConnection.disconnectFromBus(bus.name())


def test_without_a_wayland_session_the_selector_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.setenv("XDG_SESSION_TYPE", "x11")
    monkeypatch.delenv("DISPLAY", raising=False)
    bus = QDBusConnection.connectToBus("unix:path=/nonexistent", f"sp-none-{next(_names)}")
    sources = build_linux(bus, bus)
    assert not sources.idle.is_available()
    assert "ext-idle-notify: not a Wayland session" in sources.describe()["idle"]
    for backend in sources.all():
        backend.deleteLater()
    QDBusConnection.disconnectFromBus(bus.name())


def test_the_wayland_module_is_loaded_only_in_a_wayland_session() -> None:
    probe = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from PySide6.QtDBus import QDBusConnection\n"
        "from steadypause.platform.sources import build_linux\n"
        "app = QCoreApplication([])\n"
        "bus = QDBusConnection.connectToBus('unix:path=/nonexistent', 'none')\n"
        "build_linux(bus, bus)\n"
        "print(sorted(m for m in sys.modules if 'wayland' in m))\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "DISPLAY")}
    out = subprocess.run(
        [sys.executable, "-c", probe],
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert out.strip() == "[]"


def test_a_compositor_without_an_idle_protocol_is_named_in_cue_sources(
    kwin: KWinSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    """KWin has both protocols: each is hidden from the backend to stand in for a
    compositor that has neither (GNOME's Mutter before 46 without its D-Bus monitor,
    weston)."""
    from steadypause.platform import wayland_idle

    monkeypatch.setattr(wayland_idle.EXT_NOTIFIER, "name", "not_offered_here")
    monkeypatch.setattr(wayland_idle.KDE_IDLE, "name", "not_offered_either")
    monkeypatch.setenv("WAYLAND_DISPLAY", kwin.display)
    bus = QDBusConnection.connectToBus(
        kwin.env["DBUS_SESSION_BUS_ADDRESS"], f"sp-kwin-session-{next(_names)}"
    )
    sources = build_linux(bus, bus)
    try:
        assert not sources.idle.is_available()
        assert sources.describe()["idle"] == (
            "unavailable: no org.gnome.Mutter.IdleMonitor on the session bus; "
            "ext-idle-notify: the Wayland compositor offers neither ext_idle_notifier_v1 "
            "nor org_kde_kwin_idle; a Wayland session (XScreenSaver would only see X "
            "clients)"
        )
    finally:
        for backend in sources.all():
            backend.deleteLater()
        QDBusConnection.disconnectFromBus(bus.name())


def test_a_compositor_that_goes_away_ends_the_reports_quietly(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture, pytestconfig: pytest.Config
) -> None:
    """Its own KWin, ended under the backend: no crash, a warning, no more figures."""
    if reason := runnable_here(pytestconfig):
        pytest.skip(reason)
    with kwin_session() as own:
        idle = WaylandIdle(threshold_s=60, display=own.display)
        assert idle.is_available(), idle.reason
        idle.start()
        assert idle.idle_seconds() == 0.0
        for proc in own.procs:
            proc.terminate()
        qtbot.waitUntil(lambda: idle.idle_seconds() is None, timeout=10_000)
    assert "the compositor closed the connection" in caplog.text
    idle.stop()


def test_idle_after_the_threshold_ends_on_fake_input(
    qtbot: QtBot, kwin: KWinSession, fake_input: FakeInput
) -> None:
    idle = WaylandIdle(threshold_s=1.0, gap_s=0.4, display=kwin.display)
    assert idle.is_available(), idle.reason
    assert idle.protocol == "ext"
    fake_input.move_pointer()
    started_at = time.monotonic()
    with qtbot.waitSignal(idle.idleStarted, timeout=10_000) as started:
        idle.start()
    # Not before the threshold (KWin's timers are Qt coarse timers: up to 5 % early).
    assert time.monotonic() - started_at >= 0.95
    assert started.args == [1.0]
    assert idle.idle_seconds() >= 1.0
    with qtbot.waitSignal(idle.inputAgain, timeout=5000):
        fake_input.move_pointer()
    assert idle.idle_seconds() < 1.0  # the threshold's object resumed
    # The typing gap is passed before the threshold; a key (not only the pointer) counts.
    qtbot.waitUntil(lambda: (idle.idle_seconds() or 0) >= 0.4, timeout=5000)
    qtbot.waitSignal(idle.idleStarted, timeout=10_000).wait()
    with qtbot.waitSignal(idle.inputAgain, timeout=5000):
        fake_input.key(KEY_CODES["a"])
    idle.stop()
    assert idle.idle_seconds() is None


def test_kde_idle_protocol_where_it_is_the_only_one(
    qtbot: QtBot, kwin: KWinSession, fake_input: FakeInput, monkeypatch: pytest.MonkeyPatch
) -> None:
    """KWin has both protocols; a compositor with only org_kde_kwin_idle (Plasma before
    5.27, Debian 12's Sway) is stood in for by hiding the other from the backend."""
    from steadypause.platform import wayland_idle

    monkeypatch.setattr(wayland_idle.EXT_NOTIFIER, "name", "not_offered_here")
    idle = WaylandIdle(threshold_s=1.0, gap_s=0.4, display=kwin.display)
    assert idle.is_available(), idle.reason
    assert idle.name == "wayland-org-kde-kwin-idle"
    fake_input.move_pointer()
    with qtbot.waitSignal(idle.idleStarted, timeout=10_000):
        idle.start()
    with qtbot.waitSignal(idle.inputAgain, timeout=5000):
        fake_input.key(KEY_CODES["a"])
    idle.stop()


def test_time_away_is_not_work_and_back_from_away_comes_once(
    qtbot: QtBot, kwin: KWinSession, fake_input: FakeInput
) -> None:
    idle = WaylandIdle(threshold_s=1.0, gap_s=0.4, display=kwin.display)
    assert idle.is_available(), idle.reason
    away_scenario(qtbot, idle, fake_input)


def test_the_reminder_does_not_take_the_keyboard_from_the_focused_window(
    kwin: KWinSession, fake_input: FakeInput, tmp_path: Path
) -> None:
    reminder_scenario(kwin, fake_input, tmp_path, "wayland-ext-idle-notify")


def test_idle_seconds_are_worked_out_from_the_notifications(
    qtbot: QtBot, kwin: KWinSession, fake_input: FakeInput
) -> None:
    """No "idle time now" request in the protocols: below the gap 0, past the gap the gap
    plus the time since it fired, past the threshold the threshold plus that time."""
    now = [1000.0]
    idle = WaylandIdle(threshold_s=1.2, gap_s=0.6, display=kwin.display, monotonic=lambda: now[0])
    assert idle.idle_seconds() is None  # not started
    fake_input.move_pointer()
    idle.start()
    assert idle.idle_seconds() == 0.0
    qtbot.waitUntil(lambda: idle.idle_seconds() == 0.6, timeout=5000)  # the gap fired
    now[0] += 0.2
    assert idle.idle_seconds() == pytest.approx(0.8)
    qtbot.waitSignal(idle.idleStarted, timeout=5000).wait()
    now[0] += 7.0
    assert idle.idle_seconds() == pytest.approx(8.2)
    with qtbot.waitSignal(idle.inputAgain, timeout=5000):
        fake_input.move_pointer()
    assert idle.idle_seconds() == 0.0  # both objects resumed
    idle.stop()
