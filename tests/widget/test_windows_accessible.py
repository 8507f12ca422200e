"""Every window as a screen reader meets it, read through Qt's accessibility interfaces
(what Qt's AT-SPI bridge passes on), without an accessibility bus: tests/accessibility walks
the same through AT-SPI in the running app (docs/adr/013).

The rules, for each window, on every tab and step:

- the window's own interface has the role *dialog* or *window* (AT-SPI *dialog* or
  *frame*, which a screen reader announces as a window) and is named exactly like its
  window title, which has the form "Name — Steady Pause";
- no showing container (the roles Qt gives a plain widget, a frame, a pane or a group box:
  AT-SPI *filler* or *panel*) has an empty name and nothing inside it that says anything
  (a showing descendant with a name or a value): a screen reader that lands on one says
  only "panel". One exception, Qt's own: the top-left corner of a table (an interface of
  no widget, the *pane* Qt puts before the column headers of every QTableView), which
  cannot be named from Python and which a reader moving through the table's cells never
  meets (docs/adr/013).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from controllers import dispose_controller, start_controller
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from steadypause.core.clock import FakeClock
from steadypause.core.history import HistoryStore
from steadypause.core.routine import load_builtin_routines
from steadypause.core.settings import Contact, Settings, SettingsStore
from steadypause.core.tips import load_builtin_tips
from steadypause.session.controller import Controller
from steadypause.ui.prompt import PromptWindow
from support.history_records import a_week_of_pauses

TZ = ZoneInfo("Europe/Madrid")
WINDOW_ROLES = (QAccessible.Role.Dialog, QAccessible.Role.Window)
# Qt's roles for a plain widget (filler), a frame (panel), a pane and a group box (panel).
CONTAINERS = (
    QAccessible.Role.Client,
    QAccessible.Role.Border,
    QAccessible.Role.Pane,
    QAccessible.Role.Grouping,
)


def _showing(node: QAccessibleInterface) -> Iterator[QAccessibleInterface]:
    if node.state().invisible:
        return
    yield node
    for i in range(node.childCount()):
        child = node.child(i)
        if child is not None and child.isValid():
            yield from _showing(child)


def _says_something(node: QAccessibleInterface) -> bool:
    return bool(node.text(QAccessible.Text.Name).strip()) or node.valueInterface() is not None


def _table_corner(node: QAccessibleInterface) -> bool:
    parent = node.parent()
    return (
        node.object() is None
        and node.role() == QAccessible.Role.Pane
        and parent is not None
        and parent.role() == QAccessible.Role.Table
    )


def window_problems(window: QWidget, where: str) -> list[str]:
    """What a screen-reader user would meet wrongly in ``window``, one line each."""
    reader = QAccessible.queryAccessibleInterface(window)
    assert reader is not None
    found = []
    title = window.windowTitle()
    if reader.role() not in WINDOW_ROLES:
        found.append(f"{where}: the window is a {reader.role().name}")
    if reader.text(QAccessible.Text.Name) != title or not title.endswith(" — Steady Pause"):
        found.append(f"{where}: named {reader.text(QAccessible.Text.Name)!r}, titled {title!r}")
    for node in _showing(reader):
        if _table_corner(node) or node.role() not in CONTAINERS:
            continue
        if not any(_says_something(n) for n in _showing(node)):
            thing = node.object()
            what = f"{type(thing).__name__} {thing.objectName()!r}" if thing else "no object"
            found.append(f"{where}: a nameless empty {node.role().name} ({what})")
    return found


@pytest.fixture
def controller(qtbot: QtBot, tmp_path: Path) -> Iterator[Controller]:
    clock = FakeClock(datetime(2026, 12, 2, 10, 0, tzinfo=TZ))
    path = tmp_path / "history.sqlite3"
    a_week_of_pauses(path, clock.now())
    store = HistoryStore(path, clock)
    store.start()
    settings = Settings(contacts=(Contact("Ana", "+34 600 000 000"),))
    controller = start_controller(
        clock,
        settings,
        load_builtin_routines(),
        store,
        tips=load_builtin_tips(),
        store=SettingsStore(tmp_path / "user", tmp_path / "site"),
        autostart_home=tmp_path,
    )
    yield controller
    dispose_controller(controller)
    store.close()


def settle() -> None:
    QApplication.processEvents()


def test_every_window_is_a_named_window_without_empty_nameless_containers(
    qtbot: QtBot, controller: Controller
) -> None:
    found: list[str] = []
    status = controller.status_window
    assert status is not None  # the offscreen platform has no tray
    status.show()
    settle()
    found += window_problems(status, "status window")
    status.close()  # closing only minimises it; it keeps its name
    settle()
    assert status.isMinimized()
    found += window_problems(status, "status window, minimised")

    dialog = controller.show_settings()
    assert dialog is not None
    for n in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(n)
        settle()
        found += window_problems(dialog, f"settings tab {dialog.tabs.tabText(n)!r}")

    controller.show_history()
    history = controller.windows.history
    assert history is not None
    for n in range(history.tabs.count()):
        history.tabs.setCurrentIndex(n)
        settle()
        found += window_problems(history, f"history tab {n + 1}")

    controller.show_help()
    helper = controller.windows.help
    assert helper is not None
    for n in range(helper.tabs.count()):
        helper.tabs.setCurrentIndex(n)
        settle()
        found += window_problems(helper, f"getting help tab {helper.tabs.tabText(n)!r}")

    controller.show_about()
    assert controller.windows.about is not None
    settle()
    found += window_problems(controller.windows.about, "about")

    welcome = controller.windows.show_welcome()
    assert welcome is not None
    settle()
    found += window_problems(welcome, "welcome")
    controller.close_windows()
    assert found == [], f"{len(found)} problems:\n" + "\n".join(found)


def test_the_reminder_is_a_named_dialog_that_still_never_takes_the_keyboard(
    qtbot: QtBot,
) -> None:
    prompt = PromptWindow("Time for a pause", "An hour has passed.", timeout_ms=60_000)
    qtbot.addWidget(prompt)
    prompt.show_near()
    settle()
    assert window_problems(prompt, "reminder") == []
    assert prompt.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert prompt.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert prompt.windowFlags() & Qt.WindowType.Tool == Qt.WindowType.Tool
    assert not prompt.isModal()
    assert prompt.focusPolicy() == Qt.FocusPolicy.NoFocus
    buttons = prompt.findChildren(QPushButton)
    assert len(buttons) == 3
    assert not any(b.isDefault() or b.focusPolicy() != Qt.FocusPolicy.NoFocus for b in buttons)
