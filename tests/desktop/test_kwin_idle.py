"""Idle on a real KWin 5.27 (headless, ``kwin_wayland --virtual``): the Wayland backend
(ext-idle-notify-v1) chosen by the selector, idle after the threshold without input and
its end on input, the work timer not counting the time away, *back from away* once, and
the reminder not taking the keyboard from a focused window.

Input goes through KWin's own test route, the ``org_kde_kwin_fake_input`` protocol
(kwin_session.FakeInput), which KWin handles like a real device: it resets the idle timers
and goes to the focused window.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from kwin_session import FakeInput, KWinSession, kwin_runnable, kwin_session, wait_for
from steadypause import ipc
from steadypause.controller import Controller, scheduler_config
from steadypause.core.clock import FakeClock
from steadypause.core.routine import Routine, load_builtin_routines
from steadypause.core.scheduler import Action, Decision, Scheduler
from steadypause.core.settings import Settings
from steadypause.platform.base import Unavailable
from steadypause.platform.sources import CueSources, build_linux
from steadypause.platform.wayland_idle import WaylandIdle

pytestmark = pytest.mark.slow
TZ = ZoneInfo("Europe/Berlin")
EDITOR = Path(__file__).with_name("standin_editor.py")
TRAY_TEMPLATE = Path(__file__).with_name("kwin_tray_template.py")
KEY_CODES = {"a": 30, "b": 48, "c": 46, "d": 32, "e": 18, "f": 33}   # evdev
_names = itertools.count()


@pytest.fixture(scope="module")
def kwin() -> Iterator[KWinSession]:
    if reason := kwin_runnable():
        pytest.skip(reason)
    with kwin_session() as session:
        yield session


@pytest.fixture
def fake_input(kwin: KWinSession) -> Iterator[FakeInput]:
    device = FakeInput(kwin)
    yield device
    device.close()


def display(kwin: KWinSession) -> str:
    """The socket by its full path: the tests' own XDG_RUNTIME_DIR is not KWin's."""
    return str(kwin.runtime_dir / kwin.socket)


def test_the_selector_names_the_wayland_backend_on_kwin(
        kwin: KWinSession, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WAYLAND_DISPLAY", display(kwin))
    bus = QDBusConnection.connectToBus(kwin.env["DBUS_SESSION_BUS_ADDRESS"],
                                       f"sp-kwin-session-{next(_names)}")
    sources = build_linux(bus, bus)   # no logind here: KWin's bus stands in for both
    try:
        described = sources.describe()
        assert described["idle"] == "wayland-ext-idle-notify"
        assert described["lock"] == "org.freedesktop.ScreenSaver"   # KWin's own
    finally:
        for backend in sources.all():
            backend.deleteLater()
        QDBusConnection.disconnectFromBus(bus.name())


def test_without_a_wayland_session_the_selector_says_why(
        monkeypatch: pytest.MonkeyPatch) -> None:
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


def test_idle_after_the_threshold_ends_on_fake_input(
        qtbot: QtBot, kwin: KWinSession, fake_input: FakeInput) -> None:
    idle = WaylandIdle(threshold_s=1.0, gap_s=0.4, display=display(kwin))
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
    assert idle.idle_seconds() < 0.4                     # below the typing gap: unknown, 0
    # The typing gap is passed before the threshold; a key (not only the pointer) counts.
    qtbot.waitUntil(lambda: (idle.idle_seconds() or 0) >= 0.4, timeout=5000)
    with qtbot.waitSignal(idle.idleStarted, timeout=10_000):
        pass
    with qtbot.waitSignal(idle.inputAgain, timeout=5000):
        fake_input.key(KEY_CODES["a"])
    idle.stop()
    assert idle.idle_seconds() is None


class App:
    """A controller on a fake clock with the Wayland idle backend (as app.py wires it)."""

    def __init__(self, idle: WaylandIdle, settings: Settings) -> None:
        self.clock = FakeClock(datetime(2026, 11, 25, 10, 0, tzinfo=TZ))
        self.decisions: list[Decision] = []
        routines: dict[str, Routine] = load_builtin_routines()
        self.scheduler = Scheduler(self.clock, scheduler_config(settings))
        self.scheduler.restore_day_marks(self.clock.now().date(), None)
        self.controller = Controller(self.clock, self.scheduler, settings, routines, None)

        def decided(decision: Decision) -> None:
            self.decisions.append(decision)
            self.controller.on_decision(decision)

        self.scheduler.on_decision = decided
        none = Unavailable("not in this test")
        self.sources = CueSources(power=none, clock_gap=none, lock=none, idle=idle, busy=none)
        self.controller.connect_sources(self.sources)
        self.sources.start()
        self.scheduler.set_idle_seconds(idle.idle_seconds)
        self.controller.start()

    @property
    def prompts(self) -> list[str]:
        return [d.cue.kind.value for d in self.decisions if d.action is Action.PROMPT]

    def active_minutes(self) -> int:
        return self.controller.status()["active_minutes"]

    def close(self) -> None:
        self.sources.stop()
        self.controller._close_windows()
        if self.controller.status_window is not None:
            self.controller.status_window.deleteLater()
        self.controller.tray.dispose()


def test_time_away_is_not_work_and_back_from_away_comes_once(
        qtbot: QtBot, kwin: KWinSession, fake_input: FakeInput) -> None:
    idle = WaylandIdle(threshold_s=1.0, gap_s=0.4, display=display(kwin))
    assert idle.is_available(), idle.reason
    fake_input.move_pointer()
    app = App(idle, Settings(away_minutes=5))
    try:
        assert app.controller.status()["cue_sources"]["idle"] == "wayland-ext-idle-notify"
        app.clock.advance(10 * 60 + 30)                  # ten minutes of work
        assert app.active_minutes() == 10

        # A short absence (3 minutes on the app's clock): not counted, no cue.
        qtbot.waitSignal(idle.idleStarted, timeout=10_000).wait()
        app.clock.advance(3 * 60)
        with qtbot.waitSignal(idle.inputAgain, timeout=5000):
            fake_input.move_pointer()
        assert app.active_minutes() == 10
        assert app.controller.window == "closed"

        # A long one (20 minutes): back from away, once.
        qtbot.waitSignal(idle.idleStarted, timeout=10_000).wait()
        app.clock.advance(20 * 60)
        with qtbot.waitSignal(idle.inputAgain, timeout=5000):
            fake_input.key(KEY_CODES["b"])
        assert app.prompts == ["back_from_away"]
        assert "away for 20 minutes" in app.controller._prompt.accessibleDescription()
        assert app.active_minutes() == 0                 # a natural break restarts the count
        for letter in "cdef":
            fake_input.key(KEY_CODES[letter])            # more input: nothing more
        qtbot.waitUntil(lambda: (idle.idle_seconds() or 0) == 0, timeout=2000)
        app.controller._prompt.skip_button.click()
        app.clock.advance(60)
        assert app.prompts == ["back_from_away"]
    finally:
        app.close()


# -- the real app inside KWin: the reminder and the keyboard -----------------------------


def test_the_reminder_does_not_take_the_keyboard_from_the_focused_window(
        kwin: KWinSession, fake_input: FakeInput, tmp_path: Path) -> None:
    """As on a real Plasma: a notification server with actions and a StatusNotifier host
    on the session bus (plasmashell provides both there; python-dbusmock's
    notification_daemon template and kwin_tray_template.py stand in here).

    Someone types in the stand-in editor, stops for a moment (the reminder waits for a
    pause in typing), the reminder comes, and they go on typing: every key must reach the
    editor, which must never lose the keyboard.
    """
    notify = kwin.start([sys.executable, "-m", "dbusmock", "--template",
                         "notification_daemon", "-p",
                         json.dumps({"capabilities": "actions body persistence"})],
                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    tray = kwin.start([sys.executable, "-m", "dbusmock", "--template", str(TRAY_TEMPLATE)],
                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    home = tmp_path / "home"
    env = {"QT_QPA_PLATFORM": "wayland", "HOME": str(home), "PYTHONDONTWRITEBYTECODE": "1"}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        (home / name.lower()).mkdir(parents=True)
        env[name] = str(home / name.lower())
    # Working hours all week (the test may run at any hour), and no start-of-day or
    # end-of-day cue in the way of the work-timer reminder.
    days = "".join(f'hours_{d} = "00:00-23:59"\n'
                   for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"))
    (home / "xdg_config_home" / "steadypause").mkdir()
    (home / "xdg_config_home" / "steadypause" / "settings.toml").write_text(
        days + "cue_start_of_day = false\ncue_end_of_day = false\n", encoding="utf-8")
    wait_for(lambda: kwin.owns("org.freedesktop.Notifications"), "the notification server",
             proc=notify)
    wait_for(lambda: kwin.owns("org.kde.StatusNotifierWatcher"), "the tray host", proc=tray)

    typed = tmp_path / "typed.txt"
    editor = kwin.start([sys.executable, str(EDITOR), str(typed)], env=env,
                        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert editor.stdout is not None
    assert editor.stdout.readline().strip() == "focused"
    app_log = (tmp_path / "app.log").open("wb")
    app = kwin.start([sys.executable, "-m", "steadypause"], env=env, stdout=app_log,
                     stderr=subprocess.STDOUT)
    runtime = kwin.runtime_dir / "steadypause"
    wait_for(lambda: _status(runtime).get("cue_sources", {}).get("idle"), "the app", proc=app)
    assert _status(runtime)["cue_sources"]["idle"] == "wayland-ext-idle-notify"

    for letter in "abc":
        fake_input.key(KEY_CODES[letter])
    ipc.send_command("timer-now", runtime=runtime)
    # The reminder waits for ten seconds without input, then shows itself (as a window or
    # as a notification); the status says "prompt" either way.
    wait_for(lambda: _status(runtime).get("window") == "prompt", "the reminder", 30, proc=app)
    time.sleep(0.5)   # the compositor maps the window and hands out focus (if it does)
    for letter in "def":
        fake_input.key(KEY_CODES[letter])
    with contextlib.suppress(TimeoutError):
        wait_for(lambda: typed.read_text() == "abcdef", "the keys in the editor", 3)
    text = typed.read_text()
    editor.terminate()
    rest = editor.communicate(timeout=10)[0]
    ipc.send_command("quit", runtime=runtime)
    app.wait(timeout=10)
    app_log.close()
    assert "unfocused" not in rest, f"the reminder took the keyboard; the editor holds {text!r}"
    assert text == "abcdef"


def _status(runtime: Path) -> dict:
    try:
        return ipc.send_command("status", runtime=runtime, timeout_ms=2000)
    except ipc.IpcError:
        return {}
