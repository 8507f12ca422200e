"""The running app's behaviour with a fake clock: prompt, routine, snooze, commands, tray."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from controllers import dispose_controller, start_controller
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from steadypause.core.clock import FakeClock
from steadypause.core.routine import Routine
from steadypause.core.scheduler import MAX_SLEEP, Scheduler
from steadypause.core.settings import ROUTINE_CHOICES, Contact, Settings
from steadypause.core.tips import Tip, load_builtin_tips
from steadypause.ipc.errors import CommandError
from steadypause.session.controller import Controller
from steadypause.session.scheduler_config import scheduler_config
from steadypause.ui.tray import TrayIcon

TZ = ZoneInfo("America/New_York")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 11, 25, 10, 0, tzinfo=TZ))


@pytest.fixture
def controller(qtbot: QtBot, clock: FakeClock, routines: dict[str, Routine]) -> Controller:
    settings = Settings(breath_in_seconds=2.0, breath_out_seconds=2.0, breath_cycles=1)
    scheduler = Scheduler(clock, scheduler_config(settings))
    # These tests start at 10:00 on a working day that has already begun.
    scheduler.restore_day_marks(clock.now().date(), None)
    c = Controller(clock, scheduler, settings, routines)
    c.start()
    yield c
    dispose_controller(c)


def reach_deadline(clock: FakeClock, controller: Controller) -> None:
    clock.advance(60 * 60)
    controller.reschedule()


def test_without_a_tray_the_status_window_is_shown(controller: Controller) -> None:
    assert not QSystemTrayIcon.isSystemTrayAvailable()  # offscreen has no tray
    assert controller.tray_mode == "fallback"
    window = controller.status_window
    assert window is not None
    assert window.isVisible()
    assert window.schedule.text() == "Next pause at 11:00"  # same day: "at HH:MM"
    assert "no system tray" in window.reason.text()
    assert controller.status()["tray"] == "fallback"


def test_a_tray_that_appears_later_is_used(
    controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert controller.shell.tray_watch.isActive()
    assert controller.shell.tray_watch.interval() >= 60_000  # re-checked, but not busily
    monkeypatch.setattr(TrayIcon, "available", staticmethod(lambda: True))
    controller.shell.check_tray()
    assert controller.status_window is None
    assert controller.tray_mode == "available"
    assert not controller.shell.tray_watch.isActive()


def test_the_status_command_looks_for_a_tray_that_appeared(
    controller: Controller, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert controller.handle_command("status", {})["tray"] == "fallback"
    monkeypatch.setattr(TrayIcon, "available", staticmethod(lambda: True))
    assert controller.handle_command("status", {})["tray"] == "available"
    assert controller.status_window is None


def test_timer_is_a_single_shot_aimed_at_the_deadline(controller: Controller) -> None:
    timer = controller.findChild(QTimer, "deadlineTimer")
    assert timer is not None
    assert timer.isSingleShot()
    assert timer.isActive()
    assert timer.interval() == int(MAX_SLEEP.total_seconds() * 1000)


def test_deadline_opens_a_prompt_that_says_why(
    qtbot: QtBot, clock: FakeClock, controller: Controller
) -> None:
    reach_deadline(clock, controller)
    assert controller.window == "prompt"
    status = controller.status()
    assert status["last_cue"]["kind"] == "work_timer"
    assert status["next_pause_at"] is None
    prompt = controller.prompt
    assert "an hour" in prompt.accessibleDescription()
    assert controller.next_check_ms is None  # nothing else fires while it is open


def test_start_runs_the_routine_and_completion_restarts_the_hour(
    qtbot: QtBot, clock: FakeClock, controller: Controller
) -> None:
    reach_deadline(clock, controller)
    qtbot.mouseClick(controller.prompt.start_button, Qt.MouseButton.LeftButton)
    assert controller.window == "routine"
    window = controller.pause_window
    assert window.routine.id == "full"
    clock.advance(180)
    for _ in window.routine.steps:
        window.next()
    assert controller.window == "closed"
    assert controller.status()["next_pause_at"] == (clock.now() + timedelta(hours=1)).isoformat(
        timespec="seconds"
    )


def test_later_asks_again_in_ten_minutes(
    qtbot: QtBot, clock: FakeClock, controller: Controller
) -> None:
    reach_deadline(clock, controller)
    qtbot.mouseClick(controller.prompt.later_button, Qt.MouseButton.LeftButton)
    assert controller.window == "closed"
    assert controller.scheduler.next_pause_at == clock.now() + timedelta(minutes=10)


def test_pause_now_replaces_an_open_prompt(
    qtbot: QtBot, clock: FakeClock, controller: Controller
) -> None:
    reach_deadline(clock, controller)
    prompt = controller.prompt
    result = controller.handle_command("pause", {"source": "cli"})
    assert result["window"] == "routine"
    assert result["last_cue"]["kind"] == "manual"
    assert result["last_cue"]["detail"] == "cli"
    assert not prompt.isVisible()
    # A second "pause now" does not open a second window.
    first = controller.pause_window
    controller.handle_command("pause", {})
    assert controller.pause_window is first


def test_snooze_and_resume_commands(controller: Controller, clock: FakeClock) -> None:
    result = controller.handle_command("snooze", {"minutes": 30})
    assert result["snoozed_until"] == (clock.now() + timedelta(minutes=30)).isoformat(
        timespec="seconds"
    )
    assert controller.status_window.resume_button.isVisibleTo(controller.status_window)
    assert controller.tray.action_resume.isVisible()
    assert controller.status_window.schedule.text() == "Reminders snoozed until 10:30"
    result = controller.handle_command("resume", {})
    assert result["snoozed_until"] is None
    assert not controller.tray.action_resume.isVisible()


def test_snooze_until_tomorrow_command(controller: Controller) -> None:
    result = controller.handle_command("snooze", {"until": "tomorrow"})
    assert result["snoozed_until"] == "2026-11-26T06:00:00-05:00"
    assert controller.status_window.schedule.text() == "Reminders snoozed until tomorrow 06:00"


def test_snooze_closes_an_open_prompt(
    qtbot: QtBot, clock: FakeClock, controller: Controller
) -> None:
    reach_deadline(clock, controller)
    controller.snooze(15)
    assert controller.window == "closed"
    assert controller.scheduler.snoozed_until == clock.now() + timedelta(minutes=15)


@pytest.mark.parametrize(
    ("cmd", "args", "message"),
    [
        ("snooze", {"minutes": 0}, "1 to 1440"),
        ("snooze", {"minutes": "ten"}, "1 to 1440"),
        ("snooze", {}, "1 to 1440"),
        ("dance", {}, "unknown command 'dance'"),
    ],
)
def test_bad_commands_are_refused_with_a_reason(
    controller: Controller, cmd: str, args: dict, message: str
) -> None:
    with pytest.raises(CommandError, match=message):
        controller.handle_command(cmd, args)


def test_status_has_every_documented_key(controller: Controller) -> None:
    status = controller.status()
    assert set(status) == {
        "version",
        "tray",
        "next_pause_at",
        "snoozed_until",
        "window",
        "last_cue",
        "active_minutes",
        "cue_sources",
        "reminder",
    }
    assert status["active_minutes"] == 0
    assert datetime.fromisoformat(status["next_pause_at"]).tzinfo is not None


def test_tray_menu_actions_are_named_and_unbuilt_features_hidden(qtbot: QtBot) -> None:
    tray = TrayIcon()
    actions = [a for a in tray.menu.actions() + tray.menu_snooze.actions() if not a.isSeparator()]
    names = {a.objectName() for a in actions}
    assert "" not in names
    assert {
        "actionPauseNow",
        "actionCloseDay",
        "actionSnooze",
        "actionResume",
        "actionNextPause",
        "actionSettings",
        "actionHistory",
        "actionHelp",
        "actionAbout",
        "actionQuit",
        "actionSnooze_15",
        "actionSnooze_30",
        "actionSnooze_60",
        "actionSnooze_tomorrow",
    } <= names
    assert tray.action_settings.isVisible()
    with qtbot.waitSignal(tray.settingsRequested):
        tray.action_settings.trigger()
    assert tray.action_history.isVisible()
    assert not tray.action_next.isEnabled()
    with qtbot.waitSignal(tray.snoozeRequested) as blocker:
        tray.menu_snooze.findChild(QAction, "actionSnooze_tomorrow").trigger()
    assert blocker.args == [None]
    with qtbot.waitSignal(tray.pauseRequested):
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    tray.refresh("Next pause at 11:00", snoozed=False)
    assert tray.action_next.text() == "Next pause at 11:00"
    assert not tray.action_resume.isVisible()
    tray.dispose()


def test_help_opens_from_the_routine(qtbot: QtBot, controller: Controller) -> None:
    controller.pause_now()
    qtbot.mouseClick(controller.pause_window.help_button, Qt.MouseButton.LeftButton)
    assert controller.windows.help is not None
    assert controller.windows.help.isVisible()
    help_text = controller.windows.help.findChild(object, "helpTab").toPlainText()
    assert "your local emergency number" in help_text


def make_controller(
    clock: FakeClock, routines: dict[str, Routine], settings: Settings, tips: tuple[Tip, ...] = ()
) -> Controller:
    return start_controller(clock, settings, routines, tips=tips)


@pytest.mark.parametrize("routine_id", ROUTINE_CHOICES)
def test_help_opens_by_keyboard_from_every_step(
    qtbot: QtBot, clock: FakeClock, routines: dict[str, Routine], routine_id: str
) -> None:
    settings = Settings(
        manual_routine=routine_id, breath_in_seconds=2.0, breath_out_seconds=2.0, breath_cycles=1
    )
    c = make_controller(clock, routines, settings)
    try:
        c.pause_now()
        window = c.pause_window
        assert window.routine.id == routine_id
        assert window.help_button.shortcut() == QKeySequence("Alt+G")
        for n, _step in enumerate(window.routine.steps):
            assert window.index == n
            window.activateWindow()
            qtbot.waitUntil(window.isActiveWindow)
            # Keyboard alone: Tab to "Getting help" and press Space. (Alt+G is its mnemonic;
            # the offscreen platform used by the tests does not deliver mnemonics.)
            for _ in range(12):
                if QApplication.focusWidget() is window.help_button:
                    break
                qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            qtbot.keyClick(window.help_button, Qt.Key.Key_Space)
            assert c.windows.help is not None
            assert c.windows.help.isVisible()
            help_dialog = c.windows.help
            help_dialog.close()  # deletes itself; the next step opens a new one
            qtbot.waitUntil(lambda: c.windows.help is None)
            window.next()
        assert c.window == "closed"
    finally:
        dispose_controller(c)


def test_settings_reach_the_pause_window_and_help(
    qtbot: QtBot, clock: FakeClock, routines: dict[str, Routine]
) -> None:
    settings = Settings(
        journaling=True,
        kind_phrases=("Mine first.",),
        contacts=(Contact("My therapist", "+1 555 0100"),),
    )
    c = make_controller(clock, routines, settings)
    try:
        c.pause_now()
        window = c.pause_window
        assert window.options.journaling
        assert window.options.kind_phrases == ("Mine first.",)
        c.show_help()
        assert 'href="tel:+15550100"' in c.windows.help.findChild(object, "helpTab").toHtml()
    finally:
        dispose_controller(c)


def test_the_tip_moves_on_each_pause_and_skips_the_routine_itself(
    qtbot: QtBot, clock: FakeClock, routines: dict[str, Routine]
) -> None:
    tips = load_builtin_tips()
    settings = Settings(manual_routine="heart")
    c = make_controller(clock, routines, settings, tips)
    shown = []
    try:
        for _ in range(len(tips)):
            c.pause_now()
            shown.append(c.pause_window.options.tip)
            c.pause_window.close()
    finally:
        dispose_controller(c)
    heart_tip = next(t.text for t in tips if t.routine == "heart")
    assert heart_tip not in shown
    assert len(set(shown)) == len(tips) - 1


def test_direct_prompt_style_opens_the_routine_without_asking(
    qtbot: QtBot, clock: FakeClock, routines: dict[str, Routine]
) -> None:
    settings = Settings(prompt_style="direct")
    c = Controller(clock, Scheduler(clock, scheduler_config(settings)), settings, routines)
    c.start()
    reach_deadline(clock, c)
    assert c.window == "routine"
    assert c.prompt is None
    dispose_controller(c)


def test_dismiss_closes_the_prompt_as_skip_and_the_pause_as_skipped(
    qtbot: QtBot, clock: FakeClock, controller: Controller
) -> None:
    assert controller.handle_command("dismiss", {})["window"] == "closed"  # nothing open
    reach_deadline(clock, controller)
    prompt = controller.prompt
    result = controller.handle_command("dismiss", {})
    assert result["window"] == "closed"
    assert not prompt.isVisible()
    assert result["next_pause_at"] == (clock.now() + timedelta(hours=1)).isoformat(
        timespec="seconds"
    )
    controller.handle_command("pause", {})
    window = controller.pause_window
    with qtbot.waitSignal(window.closed) as closed:
        assert controller.handle_command("dismiss", {})["window"] == "closed"
    assert closed.args[0] == "skipped"


def test_status_after_a_suspend_looks_at_the_clock_first(
    clock: FakeClock, controller: Controller
) -> None:
    # The single-shot timer counts monotonic time, which stops while the machine sleeps;
    # status re-checks the clock (and what the platform reported) before it answers.
    clock.advance(20 * 60)
    clock.jump_wall(2 * 3600)  # a lunch-time sleep, in hours
    controller.scheduler.activity.slept_for(2 * 3600)  # as the clock-gap detector does
    result = controller.handle_command("status", {})
    assert result["window"] == "prompt"  # one welcome-back, not a burst
    assert result["last_cue"]["kind"] == "resume"
    controller.prompt.skip_button.click()
    result = controller.handle_command("status", {})
    assert datetime.fromisoformat(result["next_pause_at"]) == clock.now() + timedelta(hours=1)
    clock.jump_wall(-3 * 3600)  # a clock set back changes nothing
    controller.tray.scheduleWanted.emit()
    assert controller.scheduler.next_pause_at == clock.now() + timedelta(hours=1)


def test_a_pause_window_that_fails_to_open_does_not_stop_the_reminders(
    qtbot: QtBot,
    clock: FakeClock,
    controller: Controller,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    import steadypause.ui.pause_window as pause_window

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("a fault in the window")

    notices: list[str] = []
    monkeypatch.setattr(pause_window, "PauseWindow", broken)
    monkeypatch.setattr(controller, "notify", notices.append)
    controller.pause_now("tray")
    assert controller.window == "closed"
    assert controller.status()["window"] == "closed"
    assert len(notices) == 1
    assert "could not be opened" in notices[0]
    assert "the pause window could not be opened" in caplog.text
    # the scheduler is not left waiting for that pause: the next hour's reminder comes
    monkeypatch.undo()
    reach_deadline(clock, controller)
    assert controller.window == "prompt"


def test_while_only_the_reminder_is_up_the_schedule_line_says_so(
    qtbot: QtBot, clock: FakeClock, controller: Controller
) -> None:
    assert controller.status_window is not None  # no tray offscreen: the status window
    reach_deadline(clock, controller)
    assert controller.window == "prompt"
    waiting = "A reminder is waiting for your answer"
    assert controller.status_window.schedule.text() == waiting
    assert controller.tray.action_next.text() == waiting
    assert waiting in controller.tray.icon.toolTip()
    controller.prompt.start_button.click()
    assert controller.window == "routine"
    assert controller.status_window.schedule.text() == "A pause is open now"
    assert controller.tray.action_next.text() == "A pause is open now"


def test_the_reminder_form_is_in_status_and_follows_the_setting(
    qtbot: QtBot, controller: Controller
) -> None:
    # Offscreen is not Wayland: "auto" gives the window, and no notification server is asked.
    assert controller.status()["reminder"] == (
        "window (offscreen: it never takes the keyboard there)"
    )
    controller.apply_settings(dataclasses.replace(controller.settings, reminder_style="window"))
    assert controller.status()["reminder"] == "window (the setting; offscreen)"
