"""A settings file that could not be read: kept as a .bad copy, and the Settings dialog says
so in one calm line (the copy's path, what is used instead) until the person saves or
dismisses it. Through the controller, with a real settings file, as the app opens Settings."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from steadypause import translations
from steadypause.core.clock import FakeClock
from steadypause.core.routine import Routine
from steadypause.core.settings import SetAside, SettingsStore
from steadypause.core.settings.set_aside import tilde
from steadypause.platform.autostart import XdgAutostart
from steadypause.session.controller import Controller
from steadypause.session.desktop_shortcut import DesktopShortcutSetup
from steadypause.ui.settings_dialog import SettingsDialog
from widget.controllers import dispose_controller, start_controller


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    (tmp_path / "user").mkdir()
    (tmp_path / "site").mkdir()
    (tmp_path / "user" / "settings.toml").write_text("work_minutes = [oops\n", encoding="utf-8")
    return SettingsStore(tmp_path / "user", tmp_path / "site")


@pytest.fixture
def controller(
    qtbot: QtBot, routines: dict[str, Routine], store: SettingsStore, tmp_path: Path
) -> Iterator[Controller]:
    loaded = store.load()  # as the app starts: the broken file is set aside
    clock = FakeClock(datetime(2026, 12, 5, 9, 0, tzinfo=ZoneInfo("Europe/Madrid")))
    c = start_controller(clock, loaded.settings, routines, store=store, autostart_home=tmp_path)
    yield c
    dispose_controller(c)


def open_settings(qtbot: QtBot, controller: Controller) -> SettingsDialog:
    dialog = controller.windows.show_settings()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def close(qtbot: QtBot, controller: Controller, dialog: SettingsDialog) -> None:
    dialog.reject()
    qtbot.waitUntil(lambda: controller.windows.settings_dialog is None)


def kept_copies(store: SettingsStore) -> list[Path]:
    return sorted(store.directory.glob("settings.toml.bad-*"))


def test_the_dialog_names_the_copy_and_what_is_used_instead(
    qtbot: QtBot, controller: Controller, store: SettingsStore
) -> None:
    [copy] = kept_copies(store)
    assert copy.read_text(encoding="utf-8") == "work_minutes = [oops\n"  # nothing lost
    dialog = open_settings(qtbot, controller)
    notice = dialog.set_aside_notice
    assert notice.isVisible()
    line = notice.line.text()
    assert tilde(copy) in line
    assert "default settings are used instead" in line
    # at the top: above the tabs
    assert notice.geometry().bottom() < dialog.tabs.geometry().top()
    # closing without saving or dismissing keeps it for the next opening
    close(qtbot, controller, dialog)
    again = open_settings(qtbot, controller)
    assert again.set_aside_notice.isVisible()
    assert again.set_aside_notice.line.text() == line


def test_dismissed_by_keyboard_it_stays_dismissed(
    qtbot: QtBot, controller: Controller, store: SettingsStore
) -> None:
    dialog = open_settings(qtbot, controller)
    notice = dialog.set_aside_notice
    assert notice.dismiss_button.accessibleName() == "Dismiss"
    for _ in range(60):  # Tab until the button has the focus
        if QApplication.focusWidget() is notice.dismiss_button:
            break
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is notice.dismiss_button
    qtbot.keyClick(notice.dismiss_button, Qt.Key.Key_Space)
    assert not notice.isVisible()
    assert store.set_aside is None
    assert kept_copies(store)  # the copy itself stays
    close(qtbot, controller, dialog)
    assert not open_settings(qtbot, controller).set_aside_notice.isVisible()


def test_saving_ends_it(qtbot: QtBot, controller: Controller, store: SettingsStore) -> None:
    dialog = open_settings(qtbot, controller)
    assert dialog.set_aside_notice.isVisible()
    dialog.apply_button.click()
    assert not dialog.set_aside_notice.isVisible()
    close(qtbot, controller, dialog)
    assert not open_settings(qtbot, controller).set_aside_notice.isVisible()


def test_a_readable_file_shows_no_notice(qtbot: QtBot, tmp_path: Path) -> None:
    store = SettingsStore(tmp_path / "fine")
    (tmp_path / "fine").mkdir()
    (tmp_path / "fine" / "settings.toml").write_text("work_minutes = 50\n", encoding="utf-8")
    loaded = store.load()
    assert store.set_aside is None
    dialog = SettingsDialog(
        loaded,
        store,
        XdgAutostart(tmp_path / "config", ["/bin/sp"]),
        shortcut=DesktopShortcutSetup(["/bin/sp", "pause"]),
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.set_aside_notice.isHidden()


@pytest.mark.parametrize("site", [False, True])
def test_the_line_says_what_is_used_in_english_and_spanish(tmp_path: Path, site: bool) -> None:
    record = SetAside(tmp_path / "settings.toml.bad-20261205-090000", site=site)
    english = record.sentence()
    assert str(record.copy) in english
    assert ("organisation's settings" in english) == site
    try:
        assert translations.install("es") == "es"
        spanish = record.sentence()
    finally:
        translations.uninstall()
    assert str(record.copy) in spanish
    assert spanish != english
    assert ("organización" in spanish) == site


def test_a_screen_reader_hears_the_line_with_the_button(
    qtbot: QtBot, controller: Controller
) -> None:
    dialog = open_settings(qtbot, controller)
    notice = dialog.set_aside_notice
    assert QApplication.focusWidget() is notice.dismiss_button  # the first Tab stop
    assert notice.dismiss_button.accessibleDescription() == notice.line.text()
    assert notice.accessibleName() == "About your settings file"
