"""Changing the language setting in the running app: the tray menu and the status window
speak the new language at once, and the built-in routines and tips are loaded again in it.

Uses the real Spanish catalogue (resources/translations/steadypause_es.qm, compiled by
``scripts/translations release``), so it is skipped until that file exists.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from controllers import dispose_controller, start_controller
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from steadypause import translations
from steadypause.core.clock import FakeClock
from steadypause.core.routine import Routine
from steadypause.core.settings import SettingsStore
from steadypause.session.controller import Controller

QM = translations.qm_folder() / "steadypause_es.qm"

pytestmark = pytest.mark.skipif(
    not QM.exists(),
    reason="resources/translations/steadypause_es.qm is not compiled yet "
    "(scripts/translations release; it is committed once all areas are merged)",
)


def catalogue(context: str, text: str) -> str:
    """``text`` as the Spanish catalogue has it (looked up without installing it)."""
    translator = QTranslator()
    assert translator.load(str(QM))
    return translator.translate(context, text)


@pytest.fixture
def controller(qtbot: QtBot, routines: dict[str, Routine], tmp_path: Path) -> Iterator[Controller]:
    clock = FakeClock(datetime(2026, 3, 2, 10, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    store = SettingsStore(tmp_path / "user", tmp_path / "site")
    settings = dataclasses.replace(store.load().settings, language="en")
    translations.install(settings.language)
    c = start_controller(clock, settings, routines, store=store, autostart_home=tmp_path)
    yield c
    dispose_controller(c)
    translations.uninstall()


def test_the_tray_and_status_window_change_language_at_once(controller: Controller) -> None:
    spanish = catalogue("Tray", "Pause now")
    assert spanish
    assert spanish != "Pause now"
    assert controller.tray.action_pause.text() == "Pause now"

    controller.apply_settings(dataclasses.replace(controller.settings, language="es"))
    assert controller.tray.action_pause.text() == spanish
    assert controller.tray.menu_snooze.title() == catalogue("Tray", "Snooze")
    tomorrow = controller.tray.menu_snooze.actions()[-1]
    assert tomorrow.text() == catalogue("Tray", "Until tomorrow")
    if controller.status_window is not None:  # no system tray here: the status window too
        assert controller.status_window.help_button.text() == catalogue(
            "StatusWindow", "Getting help"
        )

    controller.apply_settings(dataclasses.replace(controller.settings, language="en"))
    assert controller.tray.action_pause.text() == "Pause now"
    assert controller.tray.menu_snooze.actions()[-1].text() == "Until tomorrow"
    if controller.status_window is not None:
        assert controller.status_window.help_button.text() == "Getting help"


def test_windows_opened_after_the_change_speak_the_new_language(
    qtbot: QtBot, controller: Controller
) -> None:
    controller.apply_settings(dataclasses.replace(controller.settings, language="es"))
    controller.show_help()
    dialog = controller.windows.help
    assert dialog is not None
    assert dialog.windowTitle() == catalogue("Window", "{name} — {app}").format(
        name=catalogue("Support", "Getting help"), app="Steady Pause"
    )
    assert dialog.tabs.tabText(0) == catalogue("Support", "&Get help")


def test_the_built_in_routines_are_loaded_again(controller: Controller) -> None:
    before = controller.routines
    controller.apply_settings(dataclasses.replace(controller.settings, language="es"))
    assert controller.routines is not before
    assert set(controller.routines) == set(before)


def test_settings_come_back_in_the_new_language_after_apply(
    qtbot: QtBot, controller: Controller
) -> None:
    """The language is changed in Settings: after Apply the dialog reopens on the same tab
    in the new language; everything was saved by Apply, so nothing typed is lost."""
    old = controller.show_settings("general")
    assert old is not None
    assert old.windowTitle() == "Settings — Steady Pause"
    old.editors["language"].set_value("es")
    old.apply_button.click()
    qtbot.waitUntil(lambda: controller.windows.settings_dialog not in (None, old))
    new = controller.windows.settings_dialog
    assert new is not None
    assert new.isVisible()
    assert new.windowTitle() == catalogue("Window", "{name} — {app}").format(
        name=catalogue("Settings", "Settings"), app="Steady Pause"
    )
    assert new.tabs.currentWidget() is new.tab_pages["general"]
    qtbot.waitUntil(lambda: controller.windows.settings_dialog is new)  # the old one's deletion
    QApplication.processEvents()
    assert controller.windows.settings_dialog is new


def test_after_ok_the_settings_stay_closed(qtbot: QtBot, controller: Controller) -> None:
    dialog = controller.show_settings("general")
    assert dialog is not None
    dialog.editors["language"].set_value("es")
    dialog.ok_button.click()  # saved and applied, then closed before the event loop turns
    assert controller.settings.language == "es"
    qtbot.waitUntil(lambda: controller.windows.settings_dialog is None)
    QApplication.processEvents()
    assert controller.windows.settings_dialog is None


def test_a_form_with_unsaved_edits_is_not_reopened(qtbot: QtBot, controller: Controller) -> None:
    """The language changed from the command line while the person is editing Settings:
    the form stays as it is, with what they typed."""
    dialog = controller.show_settings("cues")
    assert dialog is not None
    dialog.editors["work_minutes"].set_value(45)  # typed, not saved
    controller.apply_settings(dataclasses.replace(controller.settings, language="es"))
    QApplication.processEvents()
    qtbot.wait(50)
    assert controller.windows.settings_dialog is dialog
    assert dialog.isVisible()
    assert dialog.editors["work_minutes"].value() == 45
