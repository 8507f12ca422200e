"""Scroll areas keep the same accessible children while a scroll bar comes and goes.

Qt's scroll-area interface lists each visible scroll bar among its children and reads its
list without checking the index it is asked for; a screen reader holding an index from
before a scroll bar hid crashed the app (ui/accessible_scroll.py, docs/adr/013). These
tests read what the AT-SPI bridge reads: ``QAccessibleInterface.childCount()`` and
``child()``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from steadypause.core.routine import load_builtin_routines
from steadypause.core.settings import SettingsStore
from steadypause.platform.autostart import XdgAutostart
from steadypause.session.desktop_shortcut import DesktopShortcutSetup
from steadypause.ui.accessible_scroll import keep_accessible_children_steady
from steadypause.ui.pause_window import PauseWindow
from steadypause.ui.settings_dialog import SettingsDialog


def tall_scroll_area(steady: bool) -> tuple[QWidget, QScrollArea]:
    """A small window with a scroll area whose content needs its vertical scroll bar."""
    window = QWidget()
    area = QScrollArea(window)
    area.setWidgetResizable(True)
    if steady:
        keep_accessible_children_steady(area)
    content = QWidget()
    lines = QVBoxLayout(content)
    for n in range(40):
        lines.addWidget(QLabel(f"line {n}"))
    area.setWidget(content)
    QVBoxLayout(window).addWidget(area)
    window.resize(200, 200)
    return window, area


def children_seen(qtbot: QtBot, steady: bool) -> tuple[list[int], list[str]]:
    """The accessible child count while shown, then hidden; and the children's object
    names when shown (the viewport as "viewport")."""
    window, area = tall_scroll_area(steady)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(area.verticalScrollBar().isVisible)
    assert area.verticalScrollBar().maximum() > 0  # it scrolls
    face = QAccessible.queryAccessibleInterface(area)
    counts = [face.childCount()]
    children = [face.child(i).object() for i in range(counts[0])]
    names = ["viewport" if c is area.viewport() else c.objectName() for c in children]
    window.hide()
    counts.append(face.childCount())
    return counts, names


def test_qt_lists_a_visible_scroll_bar_and_forgets_it_when_the_window_hides(
    qtbot: QtBot,
) -> None:
    """The condition of the crash, in Qt as it is: the count falls from 2 to 1 on hiding."""
    assert children_seen(qtbot, steady=False) == (
        [2, 1],
        ["viewport", "qt_scrollarea_vcontainer"],
    )


def test_a_steady_scroll_area_has_the_viewport_alone_shown_or_hidden(qtbot: QtBot) -> None:
    """The scroll bar still shows and scrolls; it is only left out of the accessible tree."""
    assert children_seen(qtbot, steady=True) == ([1, 1], ["viewport"])


def plain_scroll_areas(window: QWidget) -> list[QAbstractScrollArea]:
    """The window's scroll areas that Qt's plain scroll-area interface speaks for (item
    views and text editors have interfaces of their own, which check their indexes)."""
    return [
        area
        for area in window.findChildren(QAbstractScrollArea)
        if QAccessible.queryAccessibleInterface(area).role() == QAccessible.Role.Client
    ]


def assert_steady(window: QWidget) -> int:
    """Every plain scroll area of the window has the viewport as its one accessible child,
    whether its scroll bars show or not; the number of areas checked."""
    areas = plain_scroll_areas(window)
    for area in areas:
        face = QAccessible.queryAccessibleInterface(area)
        assert face.childCount() == 1, area.objectName()
        assert face.child(0).object() is area.viewport(), area.objectName()
    return len(areas)


def test_every_scroll_area_of_the_pause_window_and_settings_is_steady(
    qtbot: QtBot, tmp_path: Path
) -> None:
    """Small windows, so the steps and tabs scroll: their scroll bars show and still the
    scroll areas list the viewport alone."""
    checked, scrolled = 0, 0
    for routine in load_builtin_routines().values():
        window = PauseWindow(routine)
        qtbot.addWidget(window)
        window.resize(320, 240)
        window.show()
        scrolled += sum(a.verticalScrollBar().isVisible() for a in plain_scroll_areas(window))
        checked += assert_steady(window)
        window.hide()
        checked += assert_steady(window)
    assert scrolled, "no step scrolls at this size: the test would prove nothing"
    (tmp_path / "site").mkdir()
    store = SettingsStore(tmp_path / "user", tmp_path / "site")
    dialog = SettingsDialog(
        store.load(),
        store,
        XdgAutostart(tmp_path / "config", ["x"]),
        shortcut=DesktopShortcutSetup(["x", "pause"]),
    )
    qtbot.addWidget(dialog)
    dialog.resize(320, 240)
    dialog.show()
    assert any(area.verticalScrollBar().isVisible() for area in plain_scroll_areas(dialog)), (
        "no tab scrolls at this size: the test would prove nothing"
    )
    checked += assert_steady(dialog)
    assert checked > 10
