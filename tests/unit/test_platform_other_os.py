"""The Windows and macOS backends' decisions, run here on Linux with injected fakes (their
system calls cannot run here), and proof that Linux never imports them."""

from __future__ import annotations

import math
import subprocess
import sys
import textwrap

import pytest
from pytestqt.qtbot import QtBot

from steadypause.platform import macos, windows
from steadypause.platform.windows import (
    PBT_APMRESUMEAUTOMATIC,
    PBT_APMRESUMESUSPEND,
    PBT_APMSUSPEND,
    WTS_SESSION_LOCK,
    WTS_SESSION_UNLOCK,
)


def test_linux_never_imports_the_other_os_backends() -> None:
    code = textwrap.dedent("""
        import sys
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        from steadypause.platform import sources
        built = sources.build()
        print(sorted(m for m in sys.modules if m.startswith("steadypause.platform.")))
    """)
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""},
    )
    loaded = done.stdout.strip()
    assert "steadypause.platform.linux" in loaded
    assert "windows" not in loaded
    assert "macos" not in loaded


# -- Windows ------------------------------------------------------------------------------


def test_one_wake_for_the_two_resume_messages_windows_may_send(qtbot: QtBot) -> None:
    power = windows.WindowsPower(native=False)
    seen: list[str] = []
    power.sleeping.connect(lambda: seen.append("sleeping"))
    power.woke.connect(lambda: seen.append("woke"))
    for wparam in (
        PBT_APMRESUMEAUTOMATIC,  # a stray resume at start: nothing
        PBT_APMSUSPEND,
        PBT_APMSUSPEND,  # a repeated suspend: one sleep
        PBT_APMRESUMEAUTOMATIC,
        PBT_APMRESUMESUSPEND,  # one wake
        0x000A,  # PBT_APMPOWERSTATUSCHANGE: not ours
        PBT_APMSUSPEND,
        PBT_APMRESUMESUSPEND,
    ):
        power.on_message(wparam)
    assert seen == ["sleeping", "woke", "sleeping", "woke"]


def test_session_changes_become_lock_and_unlock(qtbot: QtBot) -> None:
    lock = windows.WindowsLock(native=False)
    seen: list[bool] = []
    lock.lockedChanged.connect(seen.append)
    for wparam in (0x5, WTS_SESSION_LOCK, 0x6, WTS_SESSION_UNLOCK):  # logon/logoff: not ours
        lock.on_message(wparam)
    assert seen == [True, False]


def test_the_message_filter_reads_a_real_msg_layout() -> None:
    heard: list[int] = []
    native = windows.MessageFilter(windows.WM_WTSSESSION_CHANGE, heard.append)
    msg = windows.MSG(None, windows.WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK, 0)
    other = windows.MSG(None, windows.WM_POWERBROADCAST, PBT_APMSUSPEND, 0)
    for m in (msg, other):
        assert native.nativeEventFilter(b"windows_generic_MSG", ctypes_address(m)) == (False, 0)
    assert native.nativeEventFilter(b"xcb_generic_event_t", ctypes_address(msg)) == (False, 0)
    assert heard == [WTS_SESSION_LOCK]


def ctypes_address(obj: object) -> int:
    import ctypes

    return ctypes.addressof(obj)  # type: ignore[arg-type]


@pytest.mark.parametrize(("now", "last", "ms"), [
    (10_000, 4_000, 6_000),
    (0x0000_0100, 0xFFFF_FF00, 0x200),      # GetTickCount wrapped after 49.7 days
    (5, 5, 0),
])  # fmt: skip
def test_idle_ms_across_the_tick_wrap(now: int, last: int, ms: int) -> None:
    assert windows.idle_ms(now, last) == ms


def test_windows_idle_from_tick_counts(qtbot: QtBot) -> None:
    ticks: list[tuple[int, int] | None] = [(0x0000_2000, 0xFFFF_0000)]
    idle = windows.WindowsIdle(threshold_s=60, ticks=lambda: ticks[-1])
    assert idle.is_available()
    assert idle.idle_seconds() == pytest.approx((0x2000 + 0x10000) / 1000)
    ticks.append((200_000, 100_000))
    with qtbot.waitSignal(idle.idleStarted, timeout=1000) as started:
        idle.start()
    assert started.args == [100.0]
    ticks.append(None)  # GetLastInputInfo failed: no reading, no event
    assert idle.idle_seconds() is None
    idle.stop()


@pytest.mark.parametrize(("state", "busy"), [
    (windows.QUNS_NOT_PRESENT, False), (windows.QUNS_BUSY, True),
    (windows.QUNS_RUNNING_D3D_FULL_SCREEN, True), (windows.QUNS_PRESENTATION_MODE, True),
    (windows.QUNS_ACCEPTS_NOTIFICATIONS, False), (windows.QUNS_QUIET_TIME, False),
    (windows.QUNS_APP, True), (None, False),
])  # fmt: skip
def test_notification_state_as_busy(qtbot: QtBot, state: int | None, busy: bool) -> None:
    backend = windows.WindowsBusy(state=lambda: state)
    assert backend.busy_now() is busy
    assert backend.busy is busy


def test_off_windows_the_real_calls_are_unavailable(qtbot: QtBot) -> None:
    for backend in (
        windows.WindowsPower(),
        windows.WindowsLock(),
        windows.WindowsIdle(),
        windows.WindowsBusy(),
    ):
        assert not backend.is_available()
        assert "not Windows" in backend.reason
    assert windows.gap_clocks() is None


# -- macOS --------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "seconds"), [
    (12.5, 12.5), (0.0, 0.0), (math.nan, None), (-1.0, None), (math.inf, None),
])  # fmt: skip
def test_coregraphics_readings(value: float, seconds: float | None) -> None:
    assert macos.seconds_since_input(value) == seconds


def test_mac_idle_reports_away_and_back(qtbot: QtBot) -> None:
    reading = [500.0]
    idle = macos.MacIdle(threshold_s=120, since_input=lambda: reading[-1])
    idle.AWAY_CHECK_MS = 10
    with qtbot.waitSignal(idle.idleStarted, timeout=1000):
        idle.start()
    reading.append(0.4)
    with qtbot.waitSignal(idle.inputAgain, timeout=1000):
        pass
    idle.stop()


def test_off_macos_coregraphics_is_unavailable(qtbot: QtBot) -> None:
    idle = macos.MacIdle()
    assert not idle.is_available()
    assert "CoreGraphics" in idle.reason
    assert macos.gap_clocks() is None  # no CLOCK_UPTIME_RAW on Linux


def test_macos_and_windows_build_their_sources_from_the_same_interfaces(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from steadypause.platform import sources

    monkeypatch.setattr(macos, "gap_clocks", lambda: (lambda: 10.0, lambda: 10.0))
    mac = sources.build_macos()
    assert mac.describe()["clock_gap"] == "clock-gap"
    assert mac.describe()["lock"].startswith("unavailable: not on macOS yet")
    win = sources.build_windows()
    assert set(win.describe()) == {"power", "clock_gap", "lock", "idle", "busy", "microphone"}
    assert all(v.startswith("unavailable") for v in win.describe().values())
    # the microphone sources are built on their systems only, and say so here
    assert mac.describe()["microphone"].startswith("unavailable: CoreAudio cannot be read")
    assert win.describe()["microphone"].startswith("unavailable: the consent store cannot be read")
