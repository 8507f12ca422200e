"""The first-run welcome: three choices and nothing else, shown once, kept only when the
person says so, opened again from About; with a real start-at-login entry and settings file."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from steadypause import translations
from steadypause.core import first_run
from steadypause.core.clock import FakeClock
from steadypause.core.i18n import translate
from steadypause.core.routine import Routine
from steadypause.core.settings import FIELDS_BY_NAME, SettingsStore
from steadypause.platform.autostart import XdgAutostart
from steadypause.session.controller import Controller
from steadypause.ui.welcome import WelcomeChoices, WelcomeDialog
from widget.controllers import dispose_controller, start_controller


class NoAutostart:
    """A system without start at login (the Protocol's other side)."""

    reason = "Start at login is not offered on this system."

    def is_available(self) -> bool:
        return False

    def is_enabled(self) -> bool:
        return False

    def enable(self) -> None:
        raise AssertionError("not available")

    def disable(self) -> None:
        raise AssertionError("not available")


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(tmp_path / "user", tmp_path / "site")


@pytest.fixture
def controller(
    qtbot: QtBot, routines: dict[str, Routine], store: SettingsStore, tmp_path: Path
) -> Iterator[Controller]:
    clock = FakeClock(datetime(2026, 12, 5, 9, 0, tzinfo=ZoneInfo("Europe/Madrid")))
    c = start_controller(
        clock, store.load().settings, routines, store=store, autostart_home=tmp_path
    )
    yield c
    dispose_controller(c)


def entry(tmp_path: Path) -> Path:
    return XdgAutostart(tmp_path / "config", ["/bin/sp"]).path


def controls(dialog: WelcomeDialog) -> list[QWidget]:
    return [
        w
        for w in dialog.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible()
    ]


def open_first_welcome(qtbot: QtBot, controller: Controller, tmp_path: Path) -> WelcomeDialog:
    marker = tmp_path / "state" / "welcome-shown"
    dialog = controller.windows.show_welcome(marker)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert marker.exists()  # shown once: remembered as soon as it is on screen
    return dialog


def test_three_choices_and_nothing_else(qtbot: QtBot, controller: Controller, tmp_path: Path):
    dialog = open_first_welcome(qtbot, controller, tmp_path)
    found = controls(dialog)
    assert sum(isinstance(w, QComboBox) for w in found) == 2
    boxes = [w for w in found if isinstance(w, QAbstractButton)]
    assert {b.objectName() for b in boxes} == {
        "welcomeStartAtLogin",
        "welcomeKeep",
        "welcomeLaterButton",
    }
    for w in found:
        assert w.accessibleName(), w.objectName()
    assert dialog.start_at_login.isChecked()  # ticked by default on a first start
    assert dialog.choices() == WelcomeChoices(True, 60, "full")
    words = dialog.findChild(QLabel, "welcomeIntro").text()
    assert "not treatment" in words
    assert "Getting help" in words
    assert "—" in dialog.windowTitle()


def test_keep_turns_on_start_at_login_and_saves_the_choices(
    qtbot: QtBot, controller: Controller, store: SettingsStore, tmp_path: Path
) -> None:
    dialog = open_first_welcome(qtbot, controller, tmp_path)
    dialog.remind.setCurrentIndex(dialog.remind.findData(45))
    dialog.checkin.setCurrentIndex(dialog.checkin.findData("off"))
    with qtbot.waitSignal(controller.windows.settingsApplied):
        dialog.keep_button.click()
    assert entry(tmp_path).exists()
    saved = store.load().settings
    assert (saved.work_minutes, saved.checkin) == (45, "off")
    assert (controller.settings.work_minutes, controller.settings.checkin) == (45, "off")
    qtbot.waitUntil(lambda: controller.windows.welcome is None)


def test_the_person_can_untick_start_at_login(
    qtbot: QtBot, controller: Controller, store: SettingsStore, tmp_path: Path
) -> None:
    dialog = open_first_welcome(qtbot, controller, tmp_path)
    dialog.start_at_login.setFocus()
    qtbot.keyClick(dialog.start_at_login, Qt.Key.Key_Space)
    assert not dialog.start_at_login.isChecked()
    dialog.keep_button.click()
    assert not entry(tmp_path).exists()


@pytest.mark.parametrize("how", ["escape", "not now", "close"])
def test_closing_without_an_answer_changes_nothing(
    qtbot: QtBot, controller: Controller, store: SettingsStore, tmp_path: Path, how: str
) -> None:
    before = store.path.read_bytes()
    dialog = open_first_welcome(qtbot, controller, tmp_path)
    dialog.remind.setCurrentIndex(dialog.remind.findData(30))
    with qtbot.assertNotEmitted(controller.windows.settingsApplied):
        if how == "escape":
            dialog.activateWindow()
            qtbot.waitUntil(dialog.isActiveWindow)
            focused = QApplication.focusWidget()
            assert focused is not None
            assert dialog.isAncestorOf(focused)
            qtbot.keyClick(focused, Qt.Key.Key_Escape)
        elif how == "not now":
            dialog.later_button.click()
        else:
            dialog.close()
        qtbot.waitUntil(lambda: controller.windows.welcome is None)
    assert not entry(tmp_path).exists()  # start at login stays off: never asked and answered
    assert store.path.read_bytes() == before
    assert controller.settings.work_minutes == 60
    assert not first_run.first_start(tmp_path / "state" / "welcome-shown", store.path)


def test_opened_again_from_about_shows_what_is_set_now(
    qtbot: QtBot, controller: Controller, tmp_path: Path
) -> None:
    controller.show_about()
    about = controller.windows.about
    assert about is not None
    assert about.welcome_button is not None
    about.welcome_button.click()
    dialog = controller.windows.welcome
    assert dialog is not None
    assert not dialog.start_at_login.isChecked()  # off now, and not a first start
    assert not (tmp_path / "state" / "welcome-shown").exists()  # only the first start marks
    XdgAutostart(tmp_path / "config", ["/bin/sp"]).enable()
    dialog.close()
    qtbot.waitUntil(lambda: controller.windows.welcome is None)
    about.welcome_button.click()
    dialog = controller.windows.welcome
    assert dialog is not None
    assert dialog.start_at_login.isChecked()


def test_without_start_at_login_the_box_says_why(qtbot: QtBot) -> None:
    dialog = WelcomeDialog(NoAutostart(), 75, "every", first=True)
    qtbot.addWidget(dialog)
    assert not dialog.start_at_login.isEnabled()
    note = dialog.findChild(QLabel, "welcomeLoginNote")
    assert note is not None
    assert note.text() == NoAutostart.reason
    assert dialog.choices() == WelcomeChoices(False, 75, "every")  # 75 offered as it is


@pytest.mark.parametrize(("language", "quotes"), [("en", "“”"), ("es", "«»")])
def test_the_checkin_choice_quotes_the_routine_by_its_title(
    qtbot: QtBot, routines: dict[str, Routine], language: str, quotes: str
) -> None:
    # the title is a name, quoted as one, not pasted into the sentence with its capital
    try:
        assert translations.install(language) == language
        title = translate("Routine", routines["full"].title)
        dialog = WelcomeDialog(NoAutostart(), 60, "full", first=True)
        qtbot.addWidget(dialog)
        shown = dialog.checkin.itemText(dialog.checkin.findData("full"))
        settings_words = FIELDS_BY_NAME["checkin"].choice_text("full")
    finally:
        translations.uninstall()
    for words in (shown, settings_words):
        assert f"{quotes[0]}{title}{quotes[1]}" in words, words
        assert words.index(quotes[0]) > 0
