"""The idle scenarios that KWin and Sway share (test_kwin_idle.py, test_sway_idle.py): the
app's controller on a fake clock fed by the real Wayland idle backend, and the real app
inside the compositor with a focused stand-in editor.

A *desk* is a kwin_session.KWinSession or a sway_session.SwaySession (``env``,
``display``, ``runtime_dir``, ``start``, ``owns``); an *input* is their test route
(``key(evdev_code)``, ``move_pointer()``).
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import sys
import time
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from steadypause.core.clock import FakeClock
from steadypause.core.decision import Action, Decision
from steadypause.core.routine import Routine, load_builtin_routines
from steadypause.core.scheduler import Scheduler
from steadypause.core.settings import Settings
from steadypause.core.typing_gap import TYPING_QUIET
from steadypause.ipc.client import send_command
from steadypause.ipc.errors import IpcError
from steadypause.platform.base import Unavailable
from steadypause.platform.sources import CueSources
from steadypause.platform.wayland_idle import WaylandIdle
from steadypause.session.controller import Controller
from steadypause.session.scheduler_config import scheduler_config
from support.waiting import wait_for

TZ = ZoneInfo("Europe/Berlin")
HERE = Path(__file__).parent
EDITOR = HERE / "standin_editor.py"
TRAY_TEMPLATE = HERE / "kwin_tray_template.py"
KEY_CODES = {"a": 30, "b": 48, "c": 46, "d": 32, "e": 18, "f": 33}  # evdev


class Input(Protocol):
    def key(self, evdev_code: int) -> None: ...

    def move_pointer(self, dx: float = 5.0, dy: float = 5.0) -> None: ...


class ControllerApp:
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
            self.controller.recorder.on_decision(decision)

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
        self.controller.close_windows()
        if self.controller.status_window is not None:
            self.controller.status_window.deleteLater()
        self.controller.tray.dispose()


def away_scenario(qtbot: QtBot, idle: WaylandIdle, device: Input) -> None:
    """Idle time is not work; a short absence gives nothing, a long one *back from away*,
    once. The backend sees the compositor's real idle (threshold one second); the app's
    clock is a fake one, moved on while the person is away."""
    device.move_pointer()
    app = ControllerApp(idle, Settings(away_minutes=5))
    try:
        assert app.controller.status()["cue_sources"]["idle"] == idle.name
        app.clock.advance(10 * 60 + 30)  # ten minutes of work
        assert app.active_minutes() == 10

        # A short absence (3 minutes on the app's clock): not counted, no cue.
        qtbot.waitSignal(idle.idleStarted, timeout=10_000).wait()
        app.clock.advance(3 * 60)
        with qtbot.waitSignal(idle.inputAgain, timeout=5000):
            device.move_pointer()
        assert app.active_minutes() == 10
        assert app.controller.window == "closed"

        # A long one (20 minutes): back from away, once.
        qtbot.waitSignal(idle.idleStarted, timeout=10_000).wait()
        app.clock.advance(20 * 60)
        with qtbot.waitSignal(idle.inputAgain, timeout=5000):
            device.key(KEY_CODES["b"])
        assert app.prompts == ["back_from_away"]
        assert "away for 20 minutes" in app.controller.prompt.accessibleDescription()
        assert app.active_minutes() == 0  # a natural break restarts the count
        for letter in "cdef":
            device.key(KEY_CODES[letter])  # more input: nothing more
        app.controller.prompt.skip_button.click()
        app.clock.advance(60)
        device.move_pointer()
        assert app.prompts == ["back_from_away"]
    finally:
        app.close()


def status(runtime: Path) -> dict[str, Any]:
    try:
        return send_command("status", runtime=runtime, timeout_ms=2000)
    except IpcError:
        return {}


def reminder_scenario(desk: Any, device: Input, tmp_path: Path, idle_name: str) -> None:
    """The reminder does not take the keyboard from the focused window.

    As on a real desktop (Plasma's plasmashell, Sway's swaybar and a notification daemon
    such as mako): a notification server with actions and a StatusNotifier host on the
    session bus; python-dbusmock's notification_daemon template and kwin_tray_template.py
    stand in for them. Someone types in the stand-in editor, stops for a moment (the
    reminder waits for a pause in typing), the reminder comes, and they go on typing: every
    key must reach the editor, which must never lose the keyboard.
    """
    notify = desk.start(
        [
            sys.executable,
            "-m",
            "dbusmock",
            "--template",
            "notification_daemon",
            "-p",
            json.dumps({"capabilities": "actions body persistence"}),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    tray = desk.start(
        [sys.executable, "-m", "dbusmock", "--template", str(TRAY_TEMPLATE)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    home = tmp_path / "home"
    # STEADYPAUSE_TEST_COMMANDS: the test-only commands (session/commands.py) are served.
    env = {"QT_QPA_PLATFORM": "wayland", "HOME": str(home), "STEADYPAUSE_TEST_COMMANDS": "1"}
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        (home / name.lower()).mkdir(parents=True)
        env[name] = str(home / name.lower())
    # Working hours all week (the test may run at any hour), and no start-of-day or
    # end-of-day cue in the way of the work-timer reminder.
    days = "".join(
        f'hours_{d} = "00:00-23:59"\n' for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
    )
    (home / "xdg_config_home" / "steadypause").mkdir()
    (home / "xdg_config_home" / "steadypause" / "settings.toml").write_text(
        days + "cue_start_of_day = false\ncue_end_of_day = false\n", encoding="utf-8"
    )
    wait_for(
        lambda: desk.owns("org.freedesktop.Notifications"),
        20,
        "the notification server",
        proc=notify,
    )
    wait_for(lambda: desk.owns("org.kde.StatusNotifierWatcher"), 20, "the tray host", proc=tray)

    typed = tmp_path / "typed.txt"
    editor = desk.start(
        [sys.executable, str(EDITOR), str(typed)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert editor.stdout is not None
    assert editor.stdout.readline().strip() == "focused"
    app_log = (tmp_path / "app.log").open("wb")
    app = desk.start(
        [sys.executable, "-m", "steadypause"], env=env, stdout=app_log, stderr=subprocess.STDOUT
    )
    runtime = desk.runtime_dir / "steadypause"
    try:
        wait_for(
            lambda: status(runtime).get("cue_sources", {}).get("idle"), 20, "the app", proc=app
        )
        assert status(runtime)["cue_sources"]["idle"] == idle_name

        for letter in "abc":
            device.key(KEY_CODES[letter])
        asked = time.monotonic()
        send_command("timer-now", runtime=runtime)
        # The reminder waits for a pause in typing (TYPING_QUIET, read from the Wayland
        # backend's typing-gap object), then shows itself (a window or a notification);
        # the status says "prompt" either way.
        wait_for(lambda: status(runtime).get("window") == "prompt", 30, "the reminder", proc=app)
        waited = time.monotonic() - asked
        # Not before the gap (less 5 %: compositors' timers are coarse); at most one more
        # gap when the scheduler looked just before the compositor's gap object fired.
        assert TYPING_QUIET * 0.95 <= waited < 2 * TYPING_QUIET + 5
        time.sleep(0.5)  # the compositor maps the window and hands out focus (if it does)
        for letter in "def":
            device.key(KEY_CODES[letter])
        with contextlib.suppress(TimeoutError):
            wait_for(lambda: typed.read_text() == "abcdef", 3, "the keys in the editor")
        text = typed.read_text()
    finally:
        editor.terminate()
        rest = editor.communicate(timeout=10)[0]
        with contextlib.suppress(IpcError):
            send_command("quit", runtime=runtime)
        app.wait(timeout=10)
        app_log.close()
    assert "unfocused" not in rest, (
        f"the reminder took the keyboard: the editor printed {rest.split()} and holds {text!r}"
    )
    assert text == "abcdef"
