"""ui/look.py: the look kept back at start is applied before the first window or menu."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from steadypause.reminders import WindowForm
from steadypause.ui import look
from steadypause.ui.tray import TrayIcon


def test_the_kept_look_is_applied_once() -> None:
    applied: list[str] = []
    look.defer(lambda: applied.append("look"))
    assert look.waiting()
    look.ensure()
    look.ensure()
    assert applied == ["look"]
    assert not look.waiting()


def test_a_later_defer_replaces_the_kept_look() -> None:
    applied: list[str] = []
    look.defer(lambda: applied.append("old"))
    look.defer(lambda: applied.append("new"))
    look.ensure()
    assert applied == ["new"]


def test_the_tray_menu_gets_the_look_before_it_shows(qapp: QApplication) -> None:
    applied: list[str] = []
    tray = TrayIcon()
    try:
        look.defer(lambda: applied.append("look"))
        tray.menu.aboutToShow.emit()
        assert applied == ["look"]
    finally:
        look.ensure()
        tray.dispose()


def test_the_reminder_window_gets_the_look_before_it_is_built(qtbot: QtBot) -> None:
    applied: list[bool] = []
    look.defer(lambda: applied.append(True))
    reminder = WindowForm("test").create("Time for a pause", "", 5, 0)
    qtbot.addWidget(reminder)  # type: ignore[arg-type]
    assert applied == [True]
