"""The reminder as a desktop notification, against python-dbusmock servers on a private
session bus: org.freedesktop.Notifications (its notification_daemon template) and a stand-in
for org.freedesktop.portal.Notification, with a monitor on the bus that records the wire
types really sent (wire_monitor.py) — the mock itself would accept wrong ones."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

dbus = pytest.importorskip("dbus", reason="python-dbusmock needs dbus-python")
pytest.importorskip("gi", reason="the wire monitor needs PyGObject")

from dbusmock import MOCK_IFACE  # noqa: E402
from dbusmock.testcase import BusType, PrivateDBus, SpawnedMock  # noqa: E402
from PySide6.QtDBus import QDBusConnection  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from steadypause import APP_ID  # noqa: E402
from steadypause.core.clock import FakeClock  # noqa: E402
from steadypause.core.routine import Routine, load_builtin_routines  # noqa: E402
from steadypause.core.scheduler import Scheduler  # noqa: E402
from steadypause.core.settings import Settings  # noqa: E402
from steadypause.platform import notification_reminder as nr  # noqa: E402
from steadypause.platform import notification_servers as ns  # noqa: E402
from steadypause.platform.linux.dbus_helpers import NOTIFICATIONS  # noqa: E402
from steadypause.platform.linux.dbus_wire import uint32  # noqa: E402
from steadypause.reminders import NotificationForm, WindowForm, choose  # noqa: E402
from steadypause.session.controller import Controller  # noqa: E402
from steadypause.session.scheduler_config import scheduler_config  # noqa: E402
from support.qt_bus import qt_connection  # noqa: E402

pytestmark = pytest.mark.slow
TZ = ZoneInfo("Europe/Berlin")
MONITOR = Path(__file__).with_name("wire_monitor.py")


@pytest.fixture(scope="module")
def routines() -> dict[str, Routine]:
    return load_builtin_routines()


def connect(bus: PrivateDBus) -> QDBusConnection:
    return qt_connection(bus.address, "sp-notify")


class Wire:
    """The method calls seen on the bus, as wire_monitor.py reports them."""

    def __init__(self, address: str) -> None:
        self._proc = subprocess.Popen(
            [sys.executable, str(MONITOR), address],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        self._lines: queue.Queue[dict] = queue.Queue()
        self.calls: list[dict] = []
        threading.Thread(target=self._read, daemon=True).start()
        first = self._lines.get(timeout=10)
        assert first == {"ready": True}

    def _read(self) -> None:
        assert self._proc.stdout is not None
        for line in self._proc.stdout:
            self._lines.put(json.loads(line))

    def _drain(self) -> None:
        while True:
            try:
                self.calls.append(self._lines.get_nowait())
            except queue.Empty:
                return

    def of(self, member: str) -> list[dict]:
        self._drain()
        return [c for c in self.calls if c["member"] == member]

    def wait_for(self, qtbot: QtBot, member: str, count: int = 1) -> dict:
        qtbot.waitUntil(lambda: len(self.of(member)) >= count, timeout=5000)
        return self.of(member)[count - 1]

    def close(self) -> None:
        self._proc.terminate()
        self._proc.wait(timeout=10)
        assert self._proc.stdout is not None
        self._proc.stdout.close()


@pytest.fixture
def wire(session_bus: PrivateDBus) -> Iterator[Wire]:
    w = Wire(session_bus.address)
    yield w
    w.close()


def notification_server(capabilities: str) -> SpawnedMock:
    return SpawnedMock.spawn_with_template(
        "notification_daemon", {"capabilities": capabilities}, bustype=BusType.SESSION
    )


@pytest.fixture
def server(session_bus: PrivateDBus) -> Iterator[SpawnedMock]:
    """A server with buttons, like GNOME Shell's (its capabilities, platform-facts.md)."""
    mock = notification_server("actions body body-markup icon-static persistence sound")
    yield mock
    mock.terminate()


@pytest.fixture
def portal(session_bus: PrivateDBus) -> Iterator[SpawnedMock]:
    mock = SpawnedMock.spawn_for_name(
        ns.PORTAL, ns.PORTAL_PATH, ns.PORTAL_NOTIFICATION, BusType.SESSION
    )
    mock.obj.AddMethods(
        ns.PORTAL_NOTIFICATION,
        [
            ("AddNotification", "sa{sv}", "", ""),
            ("RemoveNotification", "s", "", ""),
        ],
        dbus_interface=MOCK_IFACE,
    )
    yield mock
    mock.terminate()


def emit(mock: SpawnedMock, iface: str, name: str, sig: str, args: list) -> None:
    mock.obj.EmitSignal(iface, name, sig, args, dbus_interface=MOCK_IFACE)


def plain(arg: dict) -> Any:
    """The value of a described wire argument, without its types."""
    value = arg["value"]
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


class App:
    """A controller on a fake clock whose reminders go to the given notification channel."""

    def __init__(
        self,
        routines: dict[str, Routine],
        settings: Settings,
        notifications: Callable[[], nr.NotificationChannel],
    ) -> None:
        self.clock = FakeClock(datetime(2026, 11, 25, 10, 0, tzinfo=TZ))
        self.scheduler = Scheduler(self.clock, scheduler_config(settings))
        self.scheduler.restore_day_marks(self.clock.now().date(), None)
        self.controller = Controller(
            self.clock, self.scheduler, settings, routines, notifications=notifications
        )
        self.controller.start()
        self.quit_called = False

    def remind(self) -> None:
        self.controller.handle_command("timer-now", {})

    def close(self) -> None:
        if self.quit_called:  # quit() closed everything and let go of the tray already
            return
        self.controller.close_windows()
        if self.controller.status_window is not None:
            self.controller.status_window.deleteLater()
        self.controller.tray.dispose()


@pytest.fixture
def make_app(qtbot: QtBot, routines: dict[str, Routine], session_bus: PrivateDBus) -> Iterator:
    apps: list[App] = []

    def make(style: str = "notification", flatpak: bool = False) -> App:
        conn = connect(session_bus)
        app = App(
            routines,
            Settings(reminder_style=style),
            lambda: ns.for_this_session(APP_ID, conn, flatpak=flatpak),
        )
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.close()


# -- the wire -------------------------------------------------------------------------------


@pytest.fixture
def known_by_entry() -> Iterator[None]:
    """The app named by its launcher entry's id, as app.py does where that entry is installed."""
    before = QGuiApplication.desktopFileName()
    QGuiApplication.setDesktopFileName(APP_ID)
    yield
    QGuiApplication.setDesktopFileName(before)


def test_notify_is_sent_with_exactly_the_declared_types(
    qtbot: QtBot, session_bus: PrivateDBus, server: SpawnedMock, wire: Wire, known_by_entry: None
) -> None:
    channel = ns.FreedesktopNotifications(connect(session_bus), APP_ID)
    assert channel.is_available(), channel.reason
    reminder = channel.create("Time for a pause", "You have worked for an hour.", 10, 60_000)
    reminder.present()
    call = wire.wait_for(qtbot, "Notify")
    assert call["signature"] == "susssasa{sv}i"
    types = [a["type"] for a in call["args"]]
    assert types == [
        "String",
        "UInt32",
        "String",
        "String",
        "String",
        "Array",
        "Dictionary",
        "Int32",
    ]
    app_name, replaces, icon, summary, body, actions, hints, timeout = (
        plain(a) for a in call["args"]
    )
    assert (app_name, replaces, icon) == ("Steady Pause", 0, "")
    assert (summary, body, timeout) == ("Time for a pause", "You have worked for an hour.", 0)
    # The same words as the window's buttons, each after its action key.
    assert actions == ["start", "Start", "later", "In 10 minutes", "skip", "Skip"]
    assert call["args"][6]["signature"] == "sv"
    assert hints == {"desktop-entry": APP_ID, "category": "presence"}
    for hint in call["args"][6]["value"].values():
        assert (hint["type"], hint["variant_level"]) == ("String", 1)  # a string in a variant
    assert reminder.key == 1


def test_without_an_installed_entry_the_hint_names_no_entry(
    qtbot: QtBot, session_bus: PrivateDBus, server: SpawnedMock, wire: Wire
) -> None:
    """A plain pip install has no launcher entry: the app is named "Steady Pause" (app.py),
    and a desktop-entry hint would have GNOME title the notification with the bare id."""
    before = QGuiApplication.desktopFileName()
    QGuiApplication.setDesktopFileName("Steady Pause")
    try:
        channel = ns.FreedesktopNotifications(connect(session_bus), APP_ID)
        channel.create("Time for a pause", "You have worked for an hour.", 10, 60_000).present()
        call = wire.wait_for(qtbot, "Notify")
    finally:
        QGuiApplication.setDesktopFileName(before)
    assert plain(call["args"][6]) == {"category": "presence"}


def test_the_next_reminder_replaces_the_last_and_closing_sends_a_uint(
    qtbot: QtBot, session_bus: PrivateDBus, server: SpawnedMock, wire: Wire
) -> None:
    channel = ns.FreedesktopNotifications(connect(session_bus), APP_ID)
    first = channel.create("One", "First.", 10, 60_000)
    first.present()
    first.dismiss()
    close = wire.wait_for(qtbot, "CloseNotification")
    assert close["signature"] == "u"
    assert plain(close["args"][0]) == first.key == 1
    second = channel.create("Two", "Second.", 10, 60_000)
    second.present()
    call = wire.wait_for(qtbot, "Notify", 2)
    assert call["args"][1] == {"type": "UInt32", "variant_level": 0, "value": 1}
    assert second.key == 1  # the server reused the id: it replaced the old one


def test_uint32_refuses_what_does_not_fit() -> None:
    with pytest.raises(ValueError, match="uint32"):
        uint32(-1)
    assert uint32(0xFFFF_FFFF).currentSignature() == "u"


# -- the answers, through the controller ----------------------------------------------------


@pytest.mark.parametrize(
    ("action", "window", "next_in"),
    [
        ("start", "routine", None),
        ("later", "closed", timedelta(minutes=10)),
        ("skip", "closed", timedelta(minutes=60)),
    ],
)
def test_each_button_gives_the_controller_its_answer(
    qtbot: QtBot,
    server: SpawnedMock,
    wire: Wire,
    make_app,
    action: str,
    window: str,
    next_in: timedelta | None,
) -> None:
    app = make_app()
    app.remind()
    assert app.controller.window == "prompt"
    shown = [w.objectName() for w in app.controller.widgets()]
    assert shown == ["statusWindow"]  # no tray offscreen; and no reminder window
    key = plain(wire.wait_for(qtbot, "Notify")["args"][1]) or 1
    emit(server, NOTIFICATIONS, "ActionInvoked", "us", [dbus.UInt32(key), action])
    qtbot.waitUntil(lambda: app.controller.window == window, timeout=5000)
    if action == "start":
        assert app.controller.pause_window is not None
        assert app.controller.pause_window.isVisible()
    else:
        status = app.controller.status()
        assert datetime.fromisoformat(status["next_pause_at"]) == app.clock.now() + next_in


def test_closed_by_the_person_counts_as_skip(
    qtbot: QtBot, server: SpawnedMock, wire: Wire, make_app
) -> None:
    app = make_app()
    app.remind()
    wire.wait_for(qtbot, "Notify")
    emit(
        server,
        NOTIFICATIONS,
        "NotificationClosed",
        "uu",
        [dbus.UInt32(1), dbus.UInt32(nr.CLOSED_DISMISSED)],
    )
    qtbot.waitUntil(lambda: app.controller.window == "closed", timeout=5000)
    status = app.controller.status()
    assert datetime.fromisoformat(status["next_pause_at"]) == app.clock.now() + timedelta(
        minutes=60
    )


def test_a_signal_for_another_notification_is_not_an_answer(
    qtbot: QtBot, server: SpawnedMock, wire: Wire, make_app
) -> None:
    app = make_app()
    app.remind()
    wire.wait_for(qtbot, "Notify")
    emit(server, NOTIFICATIONS, "ActionInvoked", "us", [dbus.UInt32(99), "start"])
    emit(server, NOTIFICATIONS, "ActionInvoked", "us", [dbus.UInt32(1), "unknown"])
    emit(server, NOTIFICATIONS, "ActionInvoked", "us", [dbus.UInt32(1), "skip"])
    qtbot.waitUntil(lambda: app.controller.window == "closed", timeout=5000)
    assert app.controller.pause_window is None


def test_unanswered_it_is_closed_at_its_timeout_and_counts_as_missed(
    qtbot: QtBot, session_bus: PrivateDBus, server: SpawnedMock, wire: Wire
) -> None:
    channel = ns.FreedesktopNotifications(connect(session_bus), APP_ID)
    reminder = channel.create("Time for a pause", "Why.", 10, timeout_ms=50)
    with qtbot.waitSignal(reminder.answered, timeout=5000) as answered:
        reminder.present()
    assert answered.args == ["missed"]
    close = wire.wait_for(qtbot, "CloseNotification")
    assert (close["signature"], plain(close["args"][0])) == ("u", reminder.key)


@pytest.mark.parametrize("how", ["pause_now", "close_day", "snooze", "dismiss", "quit"])
def test_a_notification_on_screen_is_closed_when_the_app_moves_on(
    qtbot: QtBot,
    server: SpawnedMock,
    wire: Wire,
    make_app,
    monkeypatch: pytest.MonkeyPatch,
    how: str,
) -> None:
    app = make_app()
    app.remind()
    wire.wait_for(qtbot, "Notify")
    if how == "pause_now":
        app.controller.pause_now("cli")
        assert app.controller.window == "routine"
    elif how == "close_day":
        app.controller.close_day("cli")
        assert app.controller.window == "routine"
    elif how == "snooze":
        app.controller.snooze(30)
        assert app.controller.window == "closed"
    elif how == "dismiss":
        app.controller.handle_command("dismiss", {})  # answers Skip, as the window's button
        assert app.controller.window == "closed"
    else:
        exits: list[int] = []
        monkeypatch.setattr("steadypause.session.controller.QApplication.exit", exits.append)
        app.controller.quit()
        app.quit_called = True
        assert exits == [0]
    close = wire.wait_for(qtbot, "CloseNotification")
    assert (close["signature"], plain(close["args"][0])) == ("u", 1)


def test_the_activation_token_before_start_is_handed_to_qt(
    qtbot: QtBot, server: SpawnedMock, wire: Wire, make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_ACTIVATION_TOKEN", "")  # restored after the test
    app = make_app()
    app.remind()
    wire.wait_for(qtbot, "Notify")
    emit(server, NOTIFICATIONS, "ActivationToken", "us", [dbus.UInt32(1), "token-42"])
    emit(server, NOTIFICATIONS, "ActionInvoked", "us", [dbus.UInt32(1), "start"])
    qtbot.waitUntil(lambda: app.controller.window == "routine", timeout=5000)
    assert os.environ["XDG_ACTIVATION_TOKEN"] == "token-42"


def test_an_activation_token_before_another_answer_is_dropped(
    qtbot: QtBot, server: SpawnedMock, wire: Wire, make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_ACTIVATION_TOKEN", "")  # restored after the test
    app = make_app()
    app.remind()
    wire.wait_for(qtbot, "Notify")
    emit(server, NOTIFICATIONS, "ActivationToken", "us", [dbus.UInt32(1), "token-43"])
    emit(server, NOTIFICATIONS, "ActionInvoked", "us", [dbus.UInt32(1), "later"])
    qtbot.waitUntil(lambda: app.controller.window == "closed", timeout=5000)
    assert os.environ["XDG_ACTIVATION_TOKEN"] == ""  # not left for some other window
    assert app.controller.activation_token == ""


# -- which form, and why ---------------------------------------------------------------------


def test_status_says_a_notification_is_used_and_from_which_server(
    server: SpawnedMock, make_app
) -> None:
    app = make_app()
    assert app.controller.status()["reminder"] == (
        "notification (org.freedesktop.Notifications, mock-notify 1.0; the setting; offscreen)"
    )


def test_auto_follows_the_qt_platform(session_bus: PrivateDBus, server: SpawnedMock) -> None:
    built: list[str] = []

    def channel() -> nr.NotificationChannel:
        built.append("asked")
        return ns.FreedesktopNotifications(connect(session_bus), APP_ID)

    for platform in ("xcb", "offscreen", "windows", "cocoa"):
        form = choose("auto", platform, channel)
        assert isinstance(form, WindowForm), platform
    assert built == []  # not even asked off Wayland
    form = choose("auto", "wayland", channel)
    assert isinstance(form, NotificationForm)
    assert form.description == (
        "notification (org.freedesktop.Notifications, mock-notify 1.0; Wayland)"
    )
    assert isinstance(choose("window", "wayland", channel), WindowForm)
    forced = choose("notification", "xcb", channel)  # asked for by name: also on X11
    assert isinstance(forced, NotificationForm)
    assert forced.description.endswith("mock-notify 1.0; the setting; X11)")


def test_a_server_without_buttons_means_the_window(session_bus: PrivateDBus, make_app) -> None:
    mock = notification_server("body body-markup")
    try:
        form = choose(
            "auto", "wayland", lambda: ns.FreedesktopNotifications(connect(session_bus), APP_ID)
        )
        assert isinstance(form, WindowForm)
        assert "has no buttons" in form.description
        assert "body, body-markup" in form.description
        app = make_app()
        assert app.controller.status()["reminder"].startswith(
            "window (offscreen; no notification: "
        )
        app.remind()
        assert app.controller.window == "prompt"
        assert "prompt" in [w.objectName() for w in app.controller.widgets()]
    finally:
        mock.terminate()


def test_no_server_means_the_window(session_bus: PrivateDBus, make_app) -> None:
    app = make_app()
    reminder = app.controller.status()["reminder"]
    assert reminder == (
        "window (offscreen; no notification: no notification server "
        "(org.freedesktop.Notifications) answers)"
    )
    app.remind()
    assert "prompt" in [w.objectName() for w in app.controller.widgets()]


# -- the portal, inside Flatpak ---------------------------------------------------------------


def test_the_portal_gets_buttons_as_an_array_of_dicts_and_answers_start(
    qtbot: QtBot, portal: SpawnedMock, wire: Wire, make_app
) -> None:
    app = make_app(flatpak=True)
    assert app.controller.status()["reminder"] == (
        "notification (org.freedesktop.portal.Notification; the setting; offscreen)"
    )
    app.remind()
    call = wire.wait_for(qtbot, "AddNotification")
    assert call["signature"] == "sa{sv}"
    key, notification = call["args"]
    assert plain(key) == "reminder"
    buttons = notification["value"]["buttons"]
    assert (buttons["type"], buttons["signature"], buttons["variant_level"]) == (
        "Array",
        "a{sv}",
        1,
    )
    assert plain(buttons) == [
        {"label": "Start", "action": "start"},
        {"label": "In 10 minutes", "action": "later"},
        {"label": "Skip", "action": "skip"},
    ]
    assert plain(notification)["title"] == "Time for a short pause?"
    assert plain(notification)["body"].startswith("You have been at it for an hour.")
    emit(
        portal,
        ns.PORTAL_NOTIFICATION,
        "ActionInvoked",
        "ssav",
        ["reminder", "start", dbus.Array([], signature="v")],
    )
    qtbot.waitUntil(lambda: app.controller.window == "routine", timeout=5000)
    remove = wire.wait_for(qtbot, "RemoveNotification")
    assert (remove["signature"], plain(remove["args"][0])) == ("s", "reminder")


def test_the_portal_reminder_is_removed_at_its_timeout(
    qtbot: QtBot, session_bus: PrivateDBus, portal: SpawnedMock, wire: Wire
) -> None:
    channel = ns.PortalNotifications(connect(session_bus))
    assert channel.is_available(), channel.reason
    reminder = channel.create("Time for a pause", "Why.", 10, timeout_ms=50)
    with qtbot.waitSignal(reminder.answered, timeout=5000) as answered:
        reminder.present()
    assert answered.args == ["missed"]
    assert plain(wire.wait_for(qtbot, "RemoveNotification")["args"][0]) == "reminder"


def test_a_server_gone_since_the_choice_means_missed_and_the_window_next_time(
    qtbot: QtBot, session_bus: PrivateDBus, make_app
) -> None:
    mock = notification_server("actions body")
    app = make_app()
    assert app.controller.status()["reminder"].startswith("notification (")
    mock.terminate()
    qtbot.waitUntil(
        lambda: not connect(session_bus).interface().isServiceRegistered(NOTIFICATIONS).value(),
        timeout=5000,
    )
    app.remind()
    qtbot.waitUntil(lambda: app.controller.window == "closed", timeout=5000)  # missed
    assert app.controller.status()["reminder"].startswith("window (offscreen; no notification")
