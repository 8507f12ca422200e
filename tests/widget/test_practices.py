"""Every routine on demand: the tray's Practices submenu, the status window's Practices
button, ``steadypause pause ROUTINE`` through the socket; the person's own routine files;
and with ``prompt_style = "direct"`` each cue opening its own routine."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from controllers import dispose_controller
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QToolButton
from pytestqt.qtbot import QtBot

from steadypause.core.clock import FakeClock
from steadypause.core.cues import CUES, Cue, CueInfo
from steadypause.core.routine_library import RoutineLibrary, user_folder
from steadypause.core.scheduler import Scheduler
from steadypause.core.settings import Settings
from steadypause.ipc.errors import CommandError
from steadypause.ipc.instance import claim_instance
from steadypause.session.controller import Controller
from steadypause.session.scheduler_config import scheduler_config
from steadypause.ui.status_window import StatusWindow
from support.own_routines import WALK

TZ = ZoneInfo("Europe/Madrid")


def build(settings: Settings | None = None) -> Controller:
    settings = settings or Settings()
    clock = FakeClock(datetime(2026, 11, 25, 10, 0, tzinfo=TZ))
    scheduler = Scheduler(clock, scheduler_config(settings))
    scheduler.restore_day_marks(clock.now().date(), None)
    library = RoutineLibrary(user_folder())
    c = Controller(clock, scheduler, settings, library.routines, library=library)
    c.start()
    return c


@pytest.fixture
def controller(qtbot: QtBot) -> Iterator[Controller]:
    c = build()
    yield c
    dispose_controller(c)


def practice_actions(menu_owner: object) -> dict[str, QAction]:
    menu = getattr(menu_owner, "menu_practices", None) or menu_owner.practices_menu
    return {a.objectName().removeprefix("actionPractice_"): a for a in menu.actions()}


def test_the_tray_submenu_lists_every_routine_with_its_length_and_opens_it(
    controller: Controller,
) -> None:
    tray = controller.tray
    assert tray.menu.actions()[1] is tray.menu_practices.menuAction()  # under Pause now
    assert tray.menu_practices.menuAction().text() == "Practices"
    actions = practice_actions(tray)
    assert list(actions) == list(controller.routines)
    assert {"full", "transition", "breathe", "heart", "boundary", "release"} <= set(actions)
    for routine_id, action in actions.items():
        routine = controller.routines[routine_id]
        assert action.text() == f"{routine.title} ({routine.duration})"
        action.trigger()
        assert controller.window == "routine"
        assert controller.pause_window.routine.id == routine_id
        assert controller.last_cue.kind == "manual"
        assert controller.last_cue.detail == "tray"
        controller.dismiss()
        assert controller.window == "closed"


def test_the_status_window_offers_the_same_list_by_keyboard(
    qtbot: QtBot, controller: Controller
) -> None:
    window = controller.status_window
    assert isinstance(window, StatusWindow)
    button = window.practices_button
    assert isinstance(button, QToolButton)
    assert button.accessibleName() == "Practices"
    assert button.accessibleDescription() == "Open one of the routines now"
    assert button.focusPolicy() & Qt.FocusPolicy.TabFocus
    # Tab from Pause now reaches it next.
    window.activateWindow()
    window.pause_button.setFocus()
    assert window.pause_button.nextInFocusChain() is button
    actions = practice_actions(window)
    assert list(actions) == list(controller.routines)
    for routine_id, action in actions.items():
        routine = controller.routines[routine_id]
        assert action.text() == f"{routine.title} ({routine.duration})"
        action.trigger()
        assert controller.pause_window.routine.id == routine_id
        assert controller.last_cue.detail == "status window"
        controller.dismiss()


def test_the_status_window_closes_the_day_and_opens_about(
    qtbot: QtBot, controller: Controller
) -> None:
    window = controller.status_window
    assert window.close_day_button.accessibleName() == "Close the day"
    assert window.about_button.accessibleName() == "About"
    qtbot.mouseClick(window.about_button, Qt.MouseButton.LeftButton)
    assert controller.windows.about is not None
    assert controller.windows.about.isVisible()
    qtbot.mouseClick(window.close_day_button, Qt.MouseButton.LeftButton)
    assert controller.pause_window.routine.id == controller.settings.end_of_day_routine
    assert controller.last_cue.kind == "end_of_day"


def test_a_routine_file_put_in_the_folder_appears_when_the_menu_opens(
    controller: Controller,
) -> None:
    assert "walk" not in practice_actions(controller.tray)
    folder = user_folder()
    folder.mkdir(parents=True)
    (folder / "walk.toml").write_text(WALK, encoding="utf-8")
    controller.tray.menu_practices.aboutToShow.emit()  # as Qt does before showing it
    actions = practice_actions(controller.tray)
    assert actions["walk"].text() == "A short walk (2 minutes)"
    assert "walk" in practice_actions(controller.status_window)
    actions["walk"].trigger()
    assert controller.pause_window.routine.title == "A short walk"


def cli(qtbot: QtBot, *args: str) -> subprocess.CompletedProcess[str]:
    """The real ``steadypause`` in a subprocess, while this process's event loop serves."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "steadypause", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=20000)
    finally:
        if proc.poll() is None:
            proc.kill()
        out, err = proc.communicate()
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


@pytest.fixture
def served(qapp: QApplication, runtime: Path, controller: Controller) -> Iterator[Controller]:
    server = claim_instance(controller.handle_command)
    assert server is not None
    yield controller
    server.close()
    server.deleteLater()


def test_pause_routine_opens_every_routine_through_the_socket(
    qtbot: QtBot, served: Controller
) -> None:
    folder = user_folder()
    folder.mkdir(parents=True)
    (folder / "walk.toml").write_text(WALK, encoding="utf-8")  # the app has not seen it yet
    names = {rid: rid for rid in served.routines}
    names.update({"heart": "HAND ON HEART", "breathe": "just breathe", "walk": "walk"})
    for routine_id, name in names.items():
        done = cli(qtbot, "pause", name)
        assert done.returncode == 0, done.stderr
        assert done.stdout == "Opening a pause.\n"
        assert served.pause_window.routine.id == routine_id
        assert served.last_cue.detail == "cli"
        served.dismiss()


def test_pause_with_an_unknown_routine_opens_nothing(qtbot: QtBot, served: Controller) -> None:
    done = cli(qtbot, "pause", "tea")
    assert done.returncode == 2
    assert "there is no routine called 'tea'. Choose one of: full (A steady pause)" in done.stderr
    assert served.window == "closed"


def test_the_session_refuses_a_routine_it_does_not_have(served: Controller) -> None:
    with pytest.raises(CommandError, match="no routine called 'tea'"):
        served.handle_command("pause", {"source": "cli", "routine": "tea"})
    assert served.window == "closed"


@pytest.mark.parametrize("cue", CUES, ids=lambda row: row.kind.value)
def test_direct_prompt_style_opens_each_cue_s_own_routine(qtbot: QtBot, cue: CueInfo) -> None:
    settings = Settings(
        prompt_style="direct",
        timer_routine="boundary",
        transition_routine="heart",
        end_of_day_routine="release",
        manual_routine="breathe",
    )
    c = build(settings)
    try:
        c.offer(Cue(cue.kind, c.now(), ""))
        assert c.prompt is None
        assert c.pause_window is not None
        expected = getattr(settings, cue.routine_setting)
        assert c.pause_window.routine.id == expected
    finally:
        dispose_controller(c)


def test_after_close_the_day_the_shell_says_when_reminders_come_back(
    qtbot: QtBot, controller: Controller
) -> None:
    controller.close_day("status window")
    controller.pause_window.close()  # the end-of-day pause, skipped
    assert controller.window == "closed"
    # Wednesday 10:00; working hours Monday to Friday from 08:00.
    line = "No reminders until tomorrow, 08:00"
    assert controller.status_window.schedule.text() == line
    assert controller.tray.action_next.text() == line
    assert controller.tray.icon.toolTip() == f"Steady Pause\n{line}"


def test_a_routine_is_chosen_from_the_status_window_by_keyboard_alone(
    qtbot: QtBot, controller: Controller
) -> None:
    window = controller.status_window
    window.practices_button.setFocus()
    chosen = list(controller.routines)[2]  # the third: Down three times from no selection

    def in_the_menu() -> None:
        popup = QApplication.activePopupWidget()
        assert popup is window.practices_menu
        for _ in range(3):
            QTest.keyClick(popup, Qt.Key.Key_Down)
        QTest.keyClick(popup, Qt.Key.Key_Return)

    QTimer.singleShot(0, in_the_menu)
    QTest.keyClick(window.practices_button, Qt.Key.Key_Space)  # opens the menu, returns after
    qtbot.waitUntil(lambda: controller.pause_window is not None)
    assert controller.pause_window.routine.id == chosen


def test_pause_routine_while_another_is_open_says_which_with_its_own_code(
    qtbot: QtBot, served: Controller
) -> None:
    served.pause_now("tray", "heart")
    done = cli(qtbot, "pause", "just breathe")
    assert done.returncode == 4, done.stderr
    assert done.stdout == ""
    assert done.stderr == (
        "“Hand on heart” is already open, so it came forward instead of “just breathe”. "
        "Finish or close it first, then open “just breathe” again.\n"
    )
    assert served.pause_window.routine.id == "heart"  # nothing else opened
    for same in (("pause", "heart"), ("pause",)):
        done = cli(qtbot, *same)
        assert done.returncode == 0, done.stderr
        assert done.stdout == "“Hand on heart” is already open; it came forward.\n"
    assert served.pause_window.routine.id == "heart"
    served.dismiss()
    done = cli(qtbot, "pause", "just breathe")
    assert (done.returncode, done.stdout) == (0, "Opening a pause.\n")
    assert served.pause_window.routine.id == "breathe"
    served.dismiss()


def test_the_help_gives_the_exit_code_for_another_open_pause(qtbot: QtBot) -> None:
    done = cli(qtbot, "--help")
    assert done.returncode == 0
    assert "exit code 4 when it is another routine" in " ".join(done.stdout.split())


def shown_notices() -> list[str]:
    return [
        w.text()
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible()
    ]


def test_the_practices_menu_says_calmly_which_pause_is_open(
    qtbot: QtBot, controller: Controller
) -> None:
    controller.pause_now("tray", "heart")
    before = shown_notices()
    for menu_owner in (controller.tray, controller.status_window):
        practice_actions(menu_owner)["heart"].trigger()  # the same one: it comes forward
        assert shown_notices() == before
        practice_actions(menu_owner)["breathe"].trigger()
        assert controller.pause_window.routine.id == "heart"
        new = [text for text in shown_notices() if text not in before]
        assert new == [
            "“Hand on heart” is still open, so it came forward. When you finish or close it, "
            "“Just breathe” is there in Practices."
        ]
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QMessageBox):
                w.close()
    controller.dismiss()
