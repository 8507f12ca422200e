"""The settings dialog's keys: Ctrl+PageUp/PageDown and Ctrl+Tab turn tabs and never change a
value; drop-downs and number boxes change only on purpose; Esc asks about unsaved changes."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QMessageBox,
    QStyle,
    QStyleOption,
    QWidget,
)
from pytestqt.qtbot import QtBot

from steadypause.core.settings import SettingsStore
from steadypause.platform.autostart import XdgAutostart
from steadypause.session.desktop_shortcut import DesktopShortcutSetup
from steadypause.ui.settings_dialog import SettingsDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
TURNS = [
    (Qt.Key.Key_PageDown, CTRL, 1),
    (Qt.Key.Key_PageUp, CTRL, -1),
    (Qt.Key.Key_Tab, CTRL, 1),
    (Qt.Key.Key_Backtab, CTRL | SHIFT, -1),
]


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    (tmp_path / "site").mkdir()
    return SettingsStore(tmp_path / "user", tmp_path / "site")


@pytest.fixture
def open_dialog(qtbot: QtBot, store: SettingsStore, tmp_path: Path) -> Callable[[], SettingsDialog]:
    def make() -> SettingsDialog:
        autostart = XdgAutostart(tmp_path / "config", ["/bin/sp"])
        shortcut = DesktopShortcutSetup(["/bin/sp", "pause"])
        dialog = SettingsDialog(store.load(), store, autostart, shortcut=shortcut)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(dialog.isActiveWindow)
        return dialog

    return make


def value_boxes(page: QWidget) -> list[QWidget]:
    """The drop-downs and number boxes a tab shows."""
    return [
        w
        for w in page.findChildren(QWidget)
        if isinstance(w, (QComboBox, QAbstractSpinBox)) and w.isVisibleTo(page) and w.isEnabled()
    ]


def ring_drawn(widget: QWidget) -> bool:
    option = QStyleOption()
    option.initFrom(widget)
    return bool(
        option.state & QStyle.StateFlag.State_HasFocus
        and option.state & QStyle.StateFlag.State_KeyboardFocusChange
    )


@pytest.mark.parametrize(("key", "mods", "step"), TURNS, ids=[k.name for k, _, _ in TURNS])
def test_tab_keys_turn_the_tab_and_never_change_a_value(
    qtbot: QtBot, open_dialog: Callable[[], SettingsDialog], key: Qt.Key, mods, step: int
) -> None:
    dialog = open_dialog()
    tabs = dialog.tabs
    before = dialog.values()
    tried = 0
    for n in range(tabs.count()):
        page = tabs.widget(n)
        for box in value_boxes(page):
            tabs.setCurrentIndex(n)
            box.setFocus(Qt.FocusReason.TabFocusReason)
            assert box.hasFocus(), box.objectName()
            qtbot.keyClick(box, key, mods)
            where = (tabs.tabText(n), box.accessibleName())
            assert tabs.currentIndex() == (n + step) % tabs.count(), where
            assert dialog.values() == before, where
            focus = QApplication.focusWidget()
            assert focus is not None, where
            assert focus.isVisible(), where  # never left on the tab now hidden
            tried += 1
    assert tried >= 10  # every tab's drop-downs and number boxes


def test_the_wheel_changes_only_a_focused_box(
    qtbot: QtBot, open_dialog: Callable[[], SettingsDialog]
) -> None:
    dialog = open_dialog()
    dialog.tabs.setCurrentWidget(dialog.tab_pages["cues"])
    combo = dialog.editors["timer_routine"].combo
    spin = dialog.editors["work_minutes"].spin
    dialog.ok_button.setFocus()

    def wheel(widget: QWidget) -> None:
        centre = QPointF(widget.rect().center())
        event = QWheelEvent(
            centre,
            QPointF(widget.mapToGlobal(centre.toPoint())),
            QPoint(0, 0),
            QPoint(0, -120),
            Qt.MouseButton.NoButton,
            Qt.KeyboardModifier.NoModifier,
            Qt.ScrollPhase.NoScrollPhase,
            False,
        )
        QApplication.sendEvent(widget, event)

    before = dialog.values()
    for box in (combo, spin):
        wheel(box)
        assert dialog.values() == before, box.accessibleName()
        assert not box.hasFocus()  # the wheel gives no focus either
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    wheel(combo)
    assert dialog.values()["timer_routine"] != before["timer_routine"]


def test_a_closed_drop_down_changes_by_the_arrows_only_with_its_ring_drawn(
    qtbot: QtBot, open_dialog: Callable[[], SettingsDialog]
) -> None:
    dialog = open_dialog()
    dialog.tabs.setCurrentWidget(dialog.tab_pages["general"])
    combo = dialog.editors["theme"].combo
    combo.setFocus(Qt.FocusReason.MouseFocusReason)  # even when clicked into
    assert ring_drawn(combo)
    before = dialog.values()
    for key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp, Qt.Key.Key_End, Qt.Key.Key_Home):
        qtbot.keyClick(combo, key)
        assert dialog.values() == before, key.name
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert dialog.values()["theme"] != before["theme"]


def answer_when_asked(qtbot: QtBot, key: Qt.Key, mods=Qt.KeyboardModifier.NoModifier) -> list[str]:
    """Press ``key`` in the question once it is up; what it asked is put in the list."""
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isActiveWindow():
            QTimer.singleShot(10, answer)
            return
        asked.append(box.text())
        assert box.defaultButton().objectName() == "cancelButton"
        qtbot.keyClick(box.focusWidget() or box, key, mods)

        def unless_answered() -> None:  # the key did nothing: say so, and do not hang
            if box.isVisible():
                asked.append("still asking")
                box.reject()

        # A button's mnemonic clicks it with Qt's short press animation.
        QTimer.singleShot(2000, box, unless_answered)  # dropped with the box

    QTimer.singleShot(0, answer)
    return asked


def test_escape_closes_at_once_with_nothing_changed(
    qtbot: QtBot, open_dialog: Callable[[], SettingsDialog]
) -> None:
    dialog = open_dialog()
    qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


@pytest.mark.parametrize(
    ("key", "mods", "closed", "saved"),
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier, False, False),  # Cancel
        (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, False, False),  # the default
        (Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier, True, False),  # Discard
        (Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier, True, True),  # Save
    ],
    ids=["escape-cancels", "enter-cancels", "discard", "save"],
)
def test_escape_with_unsaved_changes_asks_by_keyboard(
    qtbot: QtBot,
    open_dialog: Callable[[], SettingsDialog],
    store: SettingsStore,
    key: Qt.Key,
    mods,
    closed: bool,
    saved: bool,
) -> None:
    dialog = open_dialog()
    dialog.tabs.setCurrentWidget(dialog.tab_pages["cues"])
    spin = dialog.editors["work_minutes"].spin
    spin.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(spin, Qt.Key.Key_Up)
    assert dialog.values()["work_minutes"] == 61
    asked = answer_when_asked(qtbot, key, mods)
    qtbot.keyClick(spin, Qt.Key.Key_Escape)
    assert asked == ["Some settings were changed but not saved yet."]
    assert dialog.isVisible() is not closed
    assert (store.load().settings.work_minutes == 61) is saved
    if not closed:
        assert dialog.values()["work_minutes"] == 61  # nothing lost


def test_after_apply_escape_closes_without_asking(
    qtbot: QtBot, open_dialog: Callable[[], SettingsDialog], store: SettingsStore
) -> None:
    dialog = open_dialog()
    dialog.editors["work_minutes"].set_value(45)
    dialog.apply_button.click()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert store.load().settings.work_minutes == 45


def test_the_app_closing_it_does_not_ask(
    qtbot: QtBot, open_dialog: Callable[[], SettingsDialog]
) -> None:
    dialog = open_dialog()
    dialog.editors["work_minutes"].set_value(45)
    dialog.close()  # as the session's close_all does
    assert not dialog.isVisible()
