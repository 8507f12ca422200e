"""The Linux cue sources against private D-Bus daemons (system and session) with
python-dbusmock, wired to a real controller that runs on a fake clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

dbus = pytest.importorskip("dbus", reason="python-dbusmock needs dbus-python")
pytest.importorskip("gi", reason="dbusmock's logind template needs PyGObject")

from dbusmock import MOCK_IFACE  # noqa: E402
from dbusmock.testcase import BusType, PrivateDBus, SpawnedMock  # noqa: E402
from PySide6.QtDBus import QDBusConnection  # noqa: E402
from pytestqt.qtbot import QtBot  # noqa: E402

from steadypause.core import history  # noqa: E402
from steadypause.core.clock import FakeClock  # noqa: E402
from steadypause.core.decision import Action, Decision  # noqa: E402
from steadypause.core.history import HistoryStore  # noqa: E402
from steadypause.core.routine import Routine, load_builtin_routines  # noqa: E402
from steadypause.core.scheduler import Scheduler  # noqa: E402
from steadypause.core.settings import Settings  # noqa: E402
from steadypause.platform.any_busy import AnyBusy  # noqa: E402
from steadypause.platform.base import Unavailable  # noqa: E402
from steadypause.platform.clockgap import ClockGap  # noqa: E402
from steadypause.platform.linux.logind import LogindLockedHint, LogindPower  # noqa: E402
from steadypause.platform.linux.mutter_idle import (  # noqa: E402
    MUTTER_IDLE,
    MUTTER_IDLE_PATH,
    MutterIdle,
)
from steadypause.platform.linux.screensaver import ScreenSaverLock  # noqa: E402
from steadypause.platform.linux.session_busy import (  # noqa: E402
    GNOME_SESSION,
    GNOME_SESSION_PATH,
    NOTIFICATIONS,
    NOTIFICATIONS_PATH,
    GnomeSessionBusy,
    NotificationsBusy,
)
from steadypause.platform.sources import CueSources  # noqa: E402
from steadypause.session.controller import Controller  # noqa: E402
from steadypause.session.scheduler_config import scheduler_config  # noqa: E402
from support.qt_bus import qt_connection  # noqa: E402

pytestmark = pytest.mark.slow
TZ = ZoneInfo("Europe/Berlin")
MANAGER = "org.freedesktop.login1.Manager"


@pytest.fixture(scope="module")
def routines() -> dict[str, Routine]:
    return load_builtin_routines()


@pytest.fixture(scope="module")
def system_bus() -> Iterator[PrivateDBus]:
    with PrivateDBus(BusType.SYSTEM) as bus:
        yield bus


def connect(bus: PrivateDBus) -> QDBusConnection:
    return qt_connection(bus.address, f"sp-test-{bus.bustype.value}")


@pytest.fixture
def logind(system_bus: PrivateDBus) -> Iterator[SpawnedMock]:
    mock = SpawnedMock.spawn_with_template("logind", {}, bustype=BusType.SYSTEM)
    mock.obj.AddSession("c1", "seat0", dbus.UInt32(1000), "carer", True, dbus_interface=MOCK_IFACE)
    yield mock
    mock.terminate()


@pytest.fixture
def gnome_screensaver(session_bus: PrivateDBus) -> Iterator[SpawnedMock]:
    mock = SpawnedMock.spawn_with_template("gnome_screensaver", {}, bustype=BusType.SESSION)
    yield mock
    mock.terminate()


@pytest.fixture
def mutter(session_bus: PrivateDBus) -> Iterator[SpawnedMock]:
    mock = SpawnedMock.spawn_for_name(MUTTER_IDLE, MUTTER_IDLE_PATH, MUTTER_IDLE, BusType.SESSION)
    mock.obj.AddMethods(
        MUTTER_IDLE,
        [
            ("GetIdletime", "", "t", "ret = dbus.UInt64(4000)"),
            ("AddIdleWatch", "t", "u", "ret = dbus.UInt32(7)"),
            ("AddUserActiveWatch", "", "u", "ret = dbus.UInt32(8)"),
            ("RemoveWatch", "u", "", ""),
            ("ResetIdletime", "", "", ""),
        ],
        dbus_interface=MOCK_IFACE,
    )
    yield mock
    mock.terminate()


@pytest.fixture
def gnome_session(session_bus: PrivateDBus) -> Iterator[SpawnedMock]:
    mock = SpawnedMock.spawn_for_name(
        GNOME_SESSION, GNOME_SESSION_PATH, GNOME_SESSION, BusType.SESSION
    )
    mock.obj.AddProperty(
        GNOME_SESSION, "InhibitedActions", dbus.UInt32(0), dbus_interface=MOCK_IFACE
    )
    yield mock
    mock.terminate()


@pytest.fixture
def notifications(session_bus: PrivateDBus) -> Iterator[SpawnedMock]:
    mock = SpawnedMock.spawn_for_name(
        NOTIFICATIONS, NOTIFICATIONS_PATH, NOTIFICATIONS, BusType.SESSION
    )
    mock.obj.AddProperty(NOTIFICATIONS, "Inhibited", dbus.Boolean(False), dbus_interface=MOCK_IFACE)
    yield mock
    mock.terminate()


@pytest.fixture
def fdo_screensaver(session_bus: PrivateDBus) -> Iterator[SpawnedMock]:
    mock = SpawnedMock.spawn_for_name(
        "org.freedesktop.ScreenSaver",
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver",
        BusType.SESSION,
    )
    yield mock
    mock.terminate()


def set_props(mock: SpawnedMock, iface: str, **props: object) -> None:
    """Change properties on a mock; it emits PropertiesChanged as a real service does."""
    mock.obj.UpdateProperties(iface, props, dbus_interface=MOCK_IFACE)


def inhibitors(logind: SpawnedMock) -> list:
    return list(logind.obj.ListInhibitors(dbus_interface=MANAGER))


def emit(
    mock: SpawnedMock, iface: str, name: str, sig: str, args: list, path: str | None = None
) -> None:
    obj = mock.obj
    if path is not None:
        obj = dbus.SystemBus().get_object("org.freedesktop.login1", path)
    obj.EmitSignal(iface, name, sig, args, dbus_interface=MOCK_IFACE)


class App:
    """A controller on a fake clock, listening to the given sources."""

    def __init__(
        self,
        routines: dict[str, Routine],
        settings: Settings | None = None,
        history_store: HistoryStore | None = None,
        **backends: object,
    ) -> None:
        self.clock = FakeClock(datetime(2026, 11, 25, 10, 0, tzinfo=TZ))
        self.decisions: list[Decision] = []
        settings = settings or Settings()
        self.scheduler = Scheduler(self.clock, scheduler_config(settings))
        self.scheduler.restore_day_marks(self.clock.now().date(), None)
        self.controller = Controller(self.clock, self.scheduler, settings, routines, history_store)

        def decided(decision: Decision) -> None:
            self.decisions.append(decision)
            self.controller.recorder.on_decision(decision)  # as app.py wires it

        self.scheduler.on_decision = decided
        none = Unavailable("not in this test")
        parts = {k: backends.get(k, none) for k in ("power", "clock_gap", "lock", "idle", "busy")}
        self.sources = CueSources(**parts)  # type: ignore[arg-type]
        self.controller.connect_sources(self.sources)
        self.sources.start()
        self.controller.start()

    @property
    def prompts(self) -> list[Decision]:
        return [d for d in self.decisions if d.action is Action.PROMPT]

    def close(self) -> None:
        self.sources.stop()
        self.controller.close_windows()
        if self.controller.status_window is not None:
            self.controller.status_window.deleteLater()
        self.controller.tray.dispose()


@pytest.fixture
def make_app(qtbot: QtBot, routines: dict[str, Routine]) -> Iterator:
    apps: list[App] = []

    def make(
        settings: Settings | None = None,
        history_store: HistoryStore | None = None,
        **backends: object,
    ) -> App:
        app = App(routines, settings, history_store, **backends)
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.close()


def test_prepare_for_sleep_reaches_the_app_and_the_inhibitor_is_let_go_and_retaken(
    qtbot: QtBot, system_bus: PrivateDBus, logind: SpawnedMock, make_app
) -> None:
    power = LogindPower(connect(system_bus))
    assert power.is_available(), power.reason
    app = make_app(power=power)
    assert power.holding_inhibitor
    [held] = inhibitors(logind)
    assert (held[0], held[3]) == ("sleep", "delay")

    with qtbot.waitSignal(power.sleeping, timeout=5000):
        emit(logind, MANAGER, "PrepareForSleep", "b", [True])
    assert app.scheduler.activity.asleep
    qtbot.waitUntil(lambda: inhibitors(logind) == [], timeout=5000)  # let go before sleep

    app.clock.jump_wall(30 * 60)
    with qtbot.waitSignal(power.woke, timeout=5000):
        emit(logind, MANAGER, "PrepareForSleep", "b", [False])
    assert len(inhibitors(logind)) == 1  # taken again
    assert app.controller.window == "prompt"
    assert app.controller.status()["last_cue"] == {
        "kind": "resume",
        "at": app.clock.now().isoformat(timespec="seconds"),
        "detail": "30",
    }


def test_locked_hint_short_lock_ignored_long_lock_prompts(
    qtbot: QtBot, system_bus: PrivateDBus, logind: SpawnedMock, make_app
) -> None:
    lock = LogindLockedHint(connect(system_bus), session_id="c1")
    assert lock.is_available(), lock.reason
    app = make_app(lock=lock)
    session = dbus.SystemBus().get_object(
        "org.freedesktop.login1", "/org/freedesktop/login1/session/c1"
    )

    def set_locked(locked: bool) -> None:
        with qtbot.waitSignal(lock.lockedChanged, timeout=5000) as blocker:
            session.SetLockedHint(locked, dbus_interface="org.freedesktop.login1.Session")
        assert blocker.args == [locked]

    set_locked(True)
    app.clock.advance(60)
    set_locked(False)
    assert app.controller.window == "closed"
    set_locked(True)
    app.clock.advance(40 * 60)
    set_locked(False)
    assert app.controller.window == "prompt"
    assert app.controller.status()["last_cue"]["kind"] == "unlock"


def test_screensaver_active_changed_short_ignored_long_prompts(
    qtbot: QtBot, session_bus: PrivateDBus, gnome_screensaver: SpawnedMock, make_app
) -> None:
    lock = ScreenSaverLock(connect(session_bus), "org.gnome.ScreenSaver")
    assert lock.is_available(), lock.reason
    app = make_app(lock=lock)

    def set_active(active: bool) -> None:
        with qtbot.waitSignal(lock.lockedChanged, timeout=5000):
            gnome_screensaver.obj.SetActive(active, dbus_interface="org.gnome.ScreenSaver")

    set_active(True)
    app.clock.advance(4 * 60)
    set_active(False)
    assert app.controller.window == "closed"
    set_active(True)
    app.clock.advance(25 * 60)
    set_active(False)
    assert "locked for 25 minutes" in app.controller.prompt.accessibleDescription()


def test_stopped_lock_and_sleep_sources_hear_nothing_more(
    qtbot: QtBot,
    system_bus: PrivateDBus,
    session_bus: PrivateDBus,
    logind: SpawnedMock,
    gnome_screensaver: SpawnedMock,
) -> None:
    # Each source is stopped while a witness on the same connection (same message order)
    # still listens: the witness shows the signal went out, the stopped one must not hear it.
    system, session = connect(system_bus), connect(session_bus)
    heard: list[str] = []

    screensaver, screensaver_witness = (ScreenSaverLock(session) for _ in range(2))
    hint, hint_witness = (LogindLockedHint(system, session_id="c1") for _ in range(2))
    power, power_witness = LogindPower(system), LogindPower(system)
    for source in (screensaver, hint, power, screensaver_witness, hint_witness, power_witness):
        assert source.is_available(), source.reason
        source.start()
    screensaver.lockedChanged.connect(lambda _: heard.append("screensaver"))
    hint.lockedChanged.connect(lambda _: heard.append("locked hint"))
    power.sleeping.connect(lambda: heard.append("sleep"))
    with qtbot.waitSignal(screensaver.lockedChanged, timeout=5000):  # started, it hears
        gnome_screensaver.obj.SetActive(True, dbus_interface="org.gnome.ScreenSaver")
    assert heard == ["screensaver"]
    for source in (screensaver, hint, power):
        source.stop()

    with qtbot.waitSignal(screensaver_witness.lockedChanged, timeout=5000):
        gnome_screensaver.obj.SetActive(False, dbus_interface="org.gnome.ScreenSaver")
    session_object = dbus.SystemBus().get_object(
        "org.freedesktop.login1", "/org/freedesktop/login1/session/c1"
    )
    with qtbot.waitSignal(hint_witness.lockedChanged, timeout=5000):
        session_object.SetLockedHint(True, dbus_interface="org.freedesktop.login1.Session")
    with qtbot.waitSignal(power_witness.sleeping, timeout=5000):
        emit(logind, MANAGER, "PrepareForSleep", "b", [True])
    assert heard == ["screensaver"]
    for source in (screensaver_witness, hint_witness, power_witness):
        source.stop()


def test_mutter_idle_watches_with_unsigned_wire_types(
    qtbot: QtBot, session_bus: PrivateDBus, mutter: SpawnedMock, make_app
) -> None:
    idle = MutterIdle(connect(session_bus), threshold_s=120)
    assert idle.is_available(), idle.reason
    app = make_app(idle=idle)
    [(_, _method, args)] = [
        c for c in mutter.obj.GetCalls(dbus_interface=MOCK_IFACE) if c[1] == "AddIdleWatch"
    ]
    # The wire type, not only the value: a strict GDBus service refuses a signed 'x'.
    assert isinstance(args[0], dbus.UInt64)
    assert int(args[0]) == 120_000
    assert idle.idle_seconds() == 4.0

    app.clock.advance(10 * 60 + 120)
    with qtbot.waitSignal(idle.idleStarted, timeout=5000):
        emit(mutter, MUTTER_IDLE, "WatchFired", "u", [dbus.UInt32(7)])
    qtbot.waitUntil(
        lambda: any(
            c[1] == "AddUserActiveWatch" for c in mutter.obj.GetCalls(dbus_interface=MOCK_IFACE)
        ),
        timeout=5000,
    )
    app.clock.advance(20 * 60)
    with qtbot.waitSignal(idle.inputAgain, timeout=5000):
        emit(mutter, MUTTER_IDLE, "WatchFired", "u", [dbus.UInt32(8)])
    assert "away for 22 minutes" in app.controller.prompt.accessibleDescription()
    assert app.controller.status()["active_minutes"] == 0

    idle.stop()
    removed = [
        c[2][0] for c in mutter.obj.GetCalls(dbus_interface=MOCK_IFACE) if c[1] == "RemoveWatch"
    ]
    assert removed == [dbus.UInt32(7)]
    assert all(isinstance(r, dbus.UInt32) for r in removed)


def test_a_storm_of_sleeps_and_locks_gives_exactly_one_prompt(
    qtbot: QtBot,
    system_bus: PrivateDBus,
    session_bus: PrivateDBus,
    logind: SpawnedMock,
    gnome_screensaver: SpawnedMock,
    make_app,
) -> None:
    power = LogindPower(connect(system_bus))
    lock = ScreenSaverLock(connect(session_bus), "org.gnome.ScreenSaver")
    clock_gap = ClockGap(sleeping_clock=lambda: 0.0, awake_clock=lambda: 0.0)
    app = make_app(
        Settings(away_minutes=1, lock_minutes=1), power=power, lock=lock, clock_gap=clock_gap
    )
    # Within about a minute of real time, five sleep/wake and five lock/unlock cycles; on
    # the fake clock each sleep lasts two minutes and each lock three: every return alone
    # would be worth a prompt (one-minute thresholds), all inside one 20-minute cooldown.
    for _ in range(5):
        with qtbot.waitSignal(lock.lockedChanged, timeout=5000):
            gnome_screensaver.obj.SetActive(True, dbus_interface="org.gnome.ScreenSaver")
        with qtbot.waitSignal(power.sleeping, timeout=5000):
            emit(logind, MANAGER, "PrepareForSleep", "b", [True])
        app.clock.jump_wall(2 * 60)
        with qtbot.waitSignal(power.woke, timeout=5000):
            emit(logind, MANAGER, "PrepareForSleep", "b", [False])
        app.clock.advance(60)
        with qtbot.waitSignal(lock.lockedChanged, timeout=5000):
            gnome_screensaver.obj.SetActive(False, dbus_interface="org.gnome.ScreenSaver")
        if app.controller.prompt is not None:
            app.controller.prompt.skip_button.click()  # answered: the cooldown still holds
    assert [d.cue.kind.value for d in app.prompts] == ["resume"]
    dropped = [d for d in app.decisions if d.action is Action.DROP]
    assert len(dropped) == 4
    assert {d.reason for d in dropped} == {"cooldown"}
    assert len(inhibitors(logind)) == 1


def test_fdo_screensaver_active_changed_short_ignored_long_prompts(
    qtbot: QtBot, session_bus: PrivateDBus, fdo_screensaver: SpawnedMock, make_app
) -> None:
    lock = ScreenSaverLock(connect(session_bus), "org.freedesktop.ScreenSaver")
    assert lock.is_available(), lock.reason
    app = make_app(lock=lock)

    def set_active(active: bool) -> None:
        with qtbot.waitSignal(lock.lockedChanged, timeout=5000) as blocker:
            emit(fdo_screensaver, "org.freedesktop.ScreenSaver", "ActiveChanged", "b", [active])
        assert blocker.args == [active]

    set_active(True)
    app.clock.advance(2 * 60)
    set_active(False)
    assert app.controller.window == "closed"
    set_active(True)
    app.clock.advance(12 * 60)
    set_active(False)
    assert app.controller.window == "prompt"
    assert "locked for 12 minutes" in app.controller.prompt.accessibleDescription()


def test_gnome_session_idle_inhibitor_is_busy_other_inhibitors_are_not(
    qtbot: QtBot, session_bus: PrivateDBus, gnome_session: SpawnedMock
) -> None:
    conn = connect(session_bus)
    busy = GnomeSessionBusy(conn)
    assert busy.is_available(), busy.reason
    seen: list[bool] = []
    busy.busyChanged.connect(seen.append)
    busy.start()
    assert not busy.busy
    set_props(gnome_session, GNOME_SESSION, InhibitedActions=dbus.UInt32(4))  # suspend
    set_props(gnome_session, GNOME_SESSION, InhibitedActions=dbus.UInt32(4 | 8))
    qtbot.waitUntil(lambda: seen == [True], timeout=5000)  # only the idle bit counts
    set_props(gnome_session, GNOME_SESSION, InhibitedActions=dbus.UInt32(8))
    set_props(gnome_session, GNOME_SESSION, InhibitedActions=dbus.UInt32(1))  # logout
    qtbot.waitUntil(lambda: seen == [True, False], timeout=5000)
    # Stopped, it hears nothing more; a witness on the same connection (same message
    # order) shows that the change did go out.
    witness = GnomeSessionBusy(conn)
    witness.start()
    busy.stop()
    with qtbot.waitSignal(witness.busyChanged, timeout=5000):
        set_props(gnome_session, GNOME_SESSION, InhibitedActions=dbus.UInt32(8))
    assert seen == [True, False]
    witness.stop()


def test_a_busy_state_at_start_is_reported(
    qtbot: QtBot, session_bus: PrivateDBus, notifications: SpawnedMock
) -> None:
    set_props(notifications, NOTIFICATIONS, Inhibited=dbus.Boolean(True))
    busy = NotificationsBusy(connect(session_bus))
    with qtbot.waitSignal(busy.busyChanged, timeout=5000) as blocker:
        busy.start()
    assert blocker.args == [True]
    with qtbot.waitSignal(busy.busyChanged, timeout=5000) as blocker:
        set_props(notifications, NOTIFICATIONS, Inhibited=dbus.Boolean(False))
    assert blocker.args == [False]
    busy.stop()


def test_busy_sources_unavailable_without_their_services(session_bus: PrivateDBus) -> None:
    conn = connect(session_bus)
    gnome, dnd = GnomeSessionBusy(conn), NotificationsBusy(conn)
    assert "no org.gnome.SessionManager on the session bus" in gnome.reason
    both = AnyBusy([gnome, dnd])
    assert not both.is_available()
    assert "org.freedesktop.Notifications" in both.reason


def test_a_prompt_waits_while_any_busy_source_says_busy_and_shows_after(
    qtbot: QtBot,
    session_bus: PrivateDBus,
    gnome_session: SpawnedMock,
    notifications: SpawnedMock,
    make_app,
) -> None:
    conn = connect(session_bus)
    busy = AnyBusy([GnomeSessionBusy(conn), NotificationsBusy(conn)])
    assert busy.name == "gnome-session+notifications-dnd"
    app = make_app(busy=busy)
    assert app.controller.status()["cue_sources"]["busy"] == busy.name

    with qtbot.waitSignal(busy.busyChanged, timeout=5000):
        set_props(notifications, NOTIFICATIONS, Inhibited=dbus.Boolean(True))  # DND
    set_props(gnome_session, GNOME_SESSION, InhibitedActions=dbus.UInt32(8))  # a call
    qtbot.waitUntil(lambda: all(s.busy for s in busy.sources), timeout=5000)
    app.clock.advance(60 * 60)
    app.controller.reschedule()  # the deadline timer, on the fake clock
    assert app.controller.window == "closed"
    assert [(d.action.value, d.reason) for d in app.decisions] == [("defer", "busy")]

    set_props(notifications, NOTIFICATIONS, Inhibited=dbus.Boolean(False))
    qtbot.waitUntil(lambda: not busy.sources[1].busy, timeout=5000)
    app.clock.advance(5 * 60)
    app.controller.reschedule()
    assert app.controller.window == "closed"  # the call goes on

    app.clock.advance(10 * 60)
    with qtbot.waitSignal(busy.busyChanged, timeout=5000) as blocker:
        set_props(gnome_session, GNOME_SESSION, InhibitedActions=dbus.UInt32(0))
    assert blocker.args == [False]
    assert app.controller.window == "prompt"  # shown as soon as the call ended
    assert [(d.action.value, d.cue.kind.value) for d in app.decisions] == [
        ("defer", "work_timer"),
        ("prompt", "work_timer"),
    ]


def test_busy_past_the_cap_is_let_go_and_kept_in_the_history_as_deferred_out(
    qtbot: QtBot, session_bus: PrivateDBus, gnome_session: SpawnedMock, make_app
) -> None:
    conn = connect(session_bus)
    busy = AnyBusy([GnomeSessionBusy(conn), NotificationsBusy(conn)])
    assert busy.name == "gnome-session"  # no notification daemon in this test
    store = HistoryStore(history.default_path(), FakeClock(datetime(2026, 11, 25, tzinfo=TZ)))
    store.start()
    try:
        app = make_app(Settings(busy_cap_minutes=30), store, busy=busy)
        with qtbot.waitSignal(busy.busyChanged, timeout=5000):
            set_props(gnome_session, GNOME_SESSION, InhibitedActions=dbus.UInt32(8))
        app.clock.advance(60 * 60)
        app.controller.reschedule()
        wake = app.scheduler.wake_at()
        assert wake == app.clock.now() + timedelta(minutes=10)  # bounded by MAX_SLEEP
        for _ in range(3):
            app.clock.advance((app.scheduler.wake_at() - app.clock.now()).total_seconds())
            app.controller.reschedule()
        assert [(d.action.value, d.reason) for d in app.decisions] == [
            ("defer", "busy"),
            ("drop", "deferred-out"),
        ]
        assert app.controller.window == "closed"
        with qtbot.waitSignal(busy.busyChanged, timeout=5000):
            set_props(gnome_session, GNOME_SESSION, InhibitedActions=dbus.UInt32(0))
        assert app.controller.window == "closed"  # let go: not shown when the call ends
        assert store.flush()
        [kept] = history.read(store.path)
        assert (kept.cue, kept.outcome) == ("work_timer", history.Outcome.DEFERRED_OUT)
        assert kept.started_at is None
    finally:
        store.close()
