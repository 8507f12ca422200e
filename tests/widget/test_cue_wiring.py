"""Platform reports reach the rules through the controller; the prompt says which cue."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from controllers import dispose_controller
from PySide6.QtCore import Signal
from pytestqt.qtbot import QtBot

from steadypause.core.clock import FakeClock
from steadypause.core.routine import Routine
from steadypause.core.scheduler import Scheduler
from steadypause.core.settings import Settings
from steadypause.platform.base import Backend, Unavailable
from steadypause.platform.sources import CueSources
from steadypause.session.controller import Controller
from steadypause.session.scheduler_config import scheduler_config

TZ = ZoneInfo("Europe/Berlin")


class FakeSource(Backend):
    name = "fake"
    sleeping = Signal()
    woke = Signal()
    slept = Signal(float)
    lockedChanged = Signal(bool)
    idleStarted = Signal(float)
    inputAgain = Signal()
    busyChanged = Signal(bool)
    usersChanged = Signal(str)

    busy = False

    def users(self) -> str:
        return ""

    def detail(self) -> str:
        return ""

    def idle_seconds(self) -> float | None:
        return None

    def busy_now(self) -> bool:
        return self.busy

    def announced_sleep(self) -> None:
        pass

    def announced_wake(self) -> None:
        pass


@pytest.fixture
def rig(qtbot: QtBot, routines: dict[str, Routine]):
    clock = FakeClock(datetime(2026, 11, 25, 10, 0, tzinfo=TZ))
    settings = Settings()
    scheduler = Scheduler(clock, scheduler_config(settings))
    scheduler.restore_day_marks(clock.now().date(), None)
    controller = Controller(clock, scheduler, settings, routines)
    source = FakeSource()
    sources = CueSources(
        power=source,
        clock_gap=source,
        lock=source,
        idle=source,
        busy=Unavailable("no busy source in this test"),
        microphone=source,
    )
    controller.connect_sources(sources)
    controller.start()
    yield clock, controller, source
    dispose_controller(controller)


def test_a_long_lock_opens_a_prompt_that_says_so(rig) -> None:
    clock, controller, source = rig
    source.lockedChanged.emit(True)
    clock.advance(40 * 60)
    assert controller.window == "closed"
    source.lockedChanged.emit(False)
    assert controller.window == "prompt"
    assert "The screen was locked for 40 minutes" in controller.prompt.accessibleDescription()
    assert controller.status()["last_cue"]["kind"] == "unlock"


def test_a_short_lock_is_ignored(rig) -> None:
    clock, controller, source = rig
    source.lockedChanged.emit(True)
    clock.advance(60)
    source.lockedChanged.emit(False)
    assert controller.window == "closed"


def test_suspend_reaches_the_scheduler_and_the_status(rig) -> None:
    clock, controller, source = rig
    clock.advance(15 * 60)
    assert controller.status()["active_minutes"] == 15
    source.sleeping.emit()
    clock.jump_wall(3600)
    source.woke.emit()
    assert controller.window == "prompt"
    assert "asleep for an hour" in controller.prompt.accessibleDescription()
    assert controller.status()["active_minutes"] == 0
    assert controller.status()["cue_sources"] == {
        "power": "fake",
        "clock_gap": "fake",
        "lock": "fake",
        "idle": "fake",
        "busy": "unavailable: no busy source in this test",
        "microphone": "fake",
    }


def test_a_call_that_ends_opens_the_after_call_prompt_after_the_grace(rig) -> None:
    clock, controller, source = rig
    source.usersChanged.emit("Jitsi")
    clock.advance(20 * 60)
    controller.reschedule()
    assert controller.window == "closed"  # busy: the work timer is not due anyway
    source.usersChanged.emit("")
    assert controller.window == "closed"
    assert controller.next_check_ms == 30_000  # the grace period, one single shot
    clock.advance(30)
    controller.reschedule()
    assert controller.window == "prompt"
    assert controller.status()["last_cue"]["kind"] == "after_call"
    assert controller.status()["last_cue"]["detail"] == "20 min, Jitsi"
    assert "Your call has ended" in controller.prompt.accessibleName() + (
        controller.prompt.accessibleDescription()
    )
    controller.prompt.start_button.click()
    assert controller.pause_window.routine.id == "transition"


def test_back_from_away_and_its_transition_routine(qtbot: QtBot, rig) -> None:
    clock, controller, source = rig
    clock.advance(10 * 60 + 120)  # ten minutes of work, then two without input
    source.idleStarted.emit(120.0)
    clock.advance(23 * 60)
    source.inputAgain.emit()
    assert "You have been away for 25 minutes" in controller.prompt.accessibleDescription()
    controller.prompt.start_button.click()
    assert controller.pause_window.routine.id == "transition"


def test_close_the_day_from_the_tray(rig) -> None:
    _clock, controller, _source = rig
    controller.tray.action_close_day.trigger()
    assert controller.window == "routine"
    assert controller.status()["last_cue"]["kind"] == "end_of_day"
    assert controller.pause_window.routine.id == "release"


class FakeFullScreen(Backend):
    """A pull source like X11FullScreen: it is asked, it never tells."""

    name = "fake-fullscreen"
    busyChanged = Signal(bool)

    def __init__(self) -> None:
        super().__init__()
        self.full_screen = False
        self.asked = 0

    @property
    def busy(self) -> bool:
        return self.full_screen

    def busy_now(self) -> bool:
        self.asked += 1
        return self.full_screen


class FakePush(FakeSource):
    busy = False


def test_the_busy_check_is_wired_and_asked_only_before_a_prompt(
    qtbot: QtBot, routines: dict[str, Routine]
) -> None:
    from steadypause.platform.any_busy import AnyBusy

    clock = FakeClock(datetime(2026, 11, 25, 10, 0, tzinfo=TZ))
    settings = Settings()
    scheduler = Scheduler(clock, scheduler_config(settings))
    scheduler.restore_day_marks(clock.now().date(), None)
    controller = Controller(clock, scheduler, settings, routines)
    push, pull = FakePush(), FakeFullScreen()
    busy = AnyBusy([push, pull])
    none = Unavailable("not in this test")
    controller.connect_sources(
        CueSources(power=none, clock_gap=none, lock=none, idle=none, busy=busy)
    )
    controller.start()
    try:
        assert busy.name == "fake+fake-fullscreen"
        pull.full_screen = True
        clock.advance(30 * 60)
        controller.reschedule()
        assert pull.asked == 0  # nothing is due: nobody asks
        clock.advance(30 * 60)
        controller.reschedule()
        assert (controller.window, pull.asked) == ("closed", 1)
        assert controller.next_check_ms == 60_000  # the coarse re-check
        pull.full_screen = False
        clock.advance(60)
        controller.reschedule()
        assert (controller.window, pull.asked) == ("prompt", 2)
    finally:
        controller.close_windows()
        controller.tray.dispose()


def test_a_stale_full_screen_reading_does_not_keep_the_session_busy(qtbot: QtBot) -> None:
    from steadypause.platform.any_busy import AnyBusy

    push, pull = FakePush(), FakeFullScreen()
    busy = AnyBusy([push, pull])
    seen: list[bool] = []
    busy.busyChanged.connect(seen.append)
    pull.full_screen = True
    assert busy.busy_now()  # read once: full screen (cached in the source)
    push.busy = True  # then a call starts ...
    push.busyChanged.emit(True)
    push.busy = False  # ... and ends
    push.busyChanged.emit(False)
    assert seen == [True, False]  # the end of the call is reported
    assert busy.busy_now()  # full screen is still asked afresh
    pull.full_screen = False
    assert not busy.busy_now()
