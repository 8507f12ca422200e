"""Esc closes History, Getting help and About wherever the focus is in them; History's Close
has a mnemonic; the arrow keys select in every radio group of the app."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from steadypause.core import history
from steadypause.core.routine import Routine
from steadypause.ui.about import AboutDialog
from steadypause.ui.history_view import HistoryWindow
from steadypause.ui.pause_options import PauseOptions
from steadypause.ui.pause_window import PauseWindow
from steadypause.ui.support import SupportDialog


def history_window() -> QWidget:
    from datetime import date

    return HistoryWindow(history.default_path(), lambda: date(2026, 11, 25))


WINDOWS: dict[str, Callable[[], QWidget]] = {
    "history": history_window,
    "help": lambda: SupportDialog((), region_setting="none", territory=""),
    "about": AboutDialog,
}


def focus_stops(window: QWidget) -> list[QWidget]:
    return [
        w
        for w in window.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisible() and w.isEnabled()
    ]


@pytest.mark.parametrize("name", list(WINDOWS))
def test_escape_closes_from_every_control(qtbot: QtBot, name: str) -> None:
    first = _open(qtbot, WINDOWS[name]())
    count = len(focus_stops(first))
    assert count
    first.close()
    for n in range(count):
        window = _open(qtbot, WINDOWS[name]())
        target = focus_stops(window)[n]
        target.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(target, Qt.Key.Key_Escape)
        assert not window.isVisible(), (name, target.objectName(), type(target).__name__)


def _open(qtbot: QtBot, window: QWidget) -> QWidget:
    if not window.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose):
        qtbot.addWidget(window)  # History deletes itself on closing
    window.show()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_history_close_has_a_mnemonic(qtbot: QtBot) -> None:
    window = _open(qtbot, history_window())
    assert isinstance(window, HistoryWindow)
    assert window.close_button.text() == "C&lose"
    assert window.close_button.accessibleName() == "Close"
    alt = Qt.KeyboardModifier.AltModifier
    with qtbot.waitSignal(window.destroyed):  # closed, and so deleted
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_L, alt)


def test_arrows_select_the_history_range(qtbot: QtBot) -> None:
    window = _open(qtbot, history_window())
    assert isinstance(window, HistoryWindow)
    seven = window.range_group.button(7)
    seven.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(seven, Qt.Key.Key_Right)
    assert window.days == 30
    assert QApplication.focusWidget() is window.range_group.button(30)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)  # round to the first
    assert window.days == 7
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert window.days == 90
    window.close()


def test_arrows_select_a_steps_offered_words_even_with_none_picked(
    qtbot: QtBot, routines: dict[str, Routine]
) -> None:
    window = PauseWindow(routines["full"], PauseOptions(inhale_s=1.0, exhale_s=1.0, cycles=1))
    _open(qtbot, window)
    window.next()
    page = window.current_page()
    first, second = page.choices.buttons()[:2]
    assert QApplication.focusWidget() is first
    assert page.choices.checkedButton() is None
    qtbot.keyClick(first, Qt.Key.Key_Down)
    assert page.choices.checkedButton() is second
    assert QApplication.focusWidget() is second
    assert page.chosen_text() == second.text()
    qtbot.keyClick(second, Qt.Key.Key_Up)
    assert page.choices.checkedButton() is first
    qtbot.keyClick(first, Qt.Key.Key_Up)  # round to the last
    assert page.choices.checkedButton() is page.choices.buttons()[-1]
    assert isinstance(QApplication.focusWidget(), QRadioButton)
    assert window.index == 1
