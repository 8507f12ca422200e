"""The pause window, driven by the keyboard alone through every step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QApplication, QLineEdit, QRadioButton, QWidget
from pytestqt.qtbot import QtBot

from steadypause.core.routine import Routine
from steadypause.ui.pause_options import NOT_KEPT, PauseOptions
from steadypause.ui.pause_window import PauseWindow
from steadypause.ui.window_fit import preferred_size

FAST = PauseOptions(inhale_s=1.0, exhale_s=1.0, cycles=1)


def open_window(qtbot: QtBot, routine: Routine) -> tuple[PauseWindow, list[tuple[str, int]]]:
    window = PauseWindow(routine, FAST)
    qtbot.addWidget(window)
    results: list[tuple[str, int]] = []
    window.closed.connect(lambda outcome, steps: results.append((outcome, steps)))
    window.show_centred()
    qtbot.waitUntil(window.isActiveWindow)
    return window, results


def press(
    qtbot: QtBot,
    window: PauseWindow,
    key: Qt.Key,
    mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, mods)


def test_full_routine_walked_by_keyboard_completes(
    qtbot: QtBot, routines: dict[str, Routine]
) -> None:
    routine = routines["full"]
    window, results = open_window(qtbot, routine)
    seen = []
    for n, step in enumerate(routine.steps):
        assert window.index == n
        page = window.current_page()
        assert page.isVisible()
        seen.append(step.id)
        if step.kind == "breathe":
            assert page.breathing is not None
            assert page.breathing.is_running()
        if step.kind == "choose":
            # Focus lands on the first option; arrow keys move between options.
            assert isinstance(QApplication.focusWidget(), QRadioButton)
            press(qtbot, window, Qt.Key.Key_Space)
            assert page.chosen_text() == step.options[0]
        press(qtbot, window, Qt.Key.Key_Return)
    assert seen == [s.id for s in routine.steps]
    assert results == [("completed", len(routine.steps))]
    assert not window.isVisible()


def test_leaving_the_breathing_step_stops_its_animation(
    qtbot: QtBot, routines: dict[str, Routine]
) -> None:
    window, _ = open_window(qtbot, routines["full"])
    breathing = window.current_page().breathing
    assert breathing is not None
    assert breathing.is_running()
    press(qtbot, window, Qt.Key.Key_Return)
    assert not breathing.is_running()
    press(qtbot, window, Qt.Key.Key_Backspace)
    assert window.index == 0
    assert breathing.is_running()


def test_backspace_goes_back_but_not_while_typing(
    qtbot: QtBot, routines: dict[str, Routine]
) -> None:
    window, _ = open_window(qtbot, routines["full"])
    press(qtbot, window, Qt.Key.Key_Return)
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.index == 2
    field = window.current_page().findChild(QLineEdit, "ownWords")
    field.setFocus()
    qtbot.keyClicks(field, "ok")
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    assert field.text() == "o"
    assert window.index == 2  # Backspace edited the text
    press(qtbot, window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.index == 1  # Alt+Left always goes back
    window.current_page().choices.buttons()[0].setFocus()
    press(qtbot, window, Qt.Key.Key_Backspace)
    assert window.index == 0


def test_escape_closes_and_counts_as_skipped(qtbot: QtBot, routines: dict[str, Routine]) -> None:
    window, results = open_window(qtbot, routines["full"])
    press(qtbot, window, Qt.Key.Key_Return)
    press(qtbot, window, Qt.Key.Key_Return)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert results == [("skipped", 3)]
    assert not window.isVisible()


def test_enter_in_the_text_field_moves_on(qtbot: QtBot, routines: dict[str, Routine]) -> None:
    window, _ = open_window(qtbot, routines["full"])
    press(qtbot, window, Qt.Key.Key_Return)
    field = window.current_page().findChild(QLineEdit, "ownWords")
    field.setFocus()
    qtbot.keyClicks(field, "Too many calls today.")
    assert window.current_page().chosen_text() == "Too many calls today."
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.index == 2


def test_typing_own_words_replaces_a_picked_option(
    qtbot: QtBot, routines: dict[str, Routine]
) -> None:
    window, _ = open_window(qtbot, routines["full"])
    press(qtbot, window, Qt.Key.Key_Return)
    page = window.current_page()
    page.choices.buttons()[1].setChecked(True)
    field = page.findChild(QLineEdit, "ownWords")
    qtbot.keyClicks(field, "Mine")
    assert page.choices.checkedButton() is None
    assert page.chosen_text() == "Mine"
    assert window.entries() == {"name": "Mine"}


def test_every_control_is_reachable_by_tab_and_named(
    qtbot: QtBot, routines: dict[str, Routine]
) -> None:
    for routine in routines.values():
        window, _ = open_window(qtbot, routine)
        for _step in routine.steps:
            page = window.current_page()
            interactive = [
                w
                for w in page.findChildren(QWidget)
                if isinstance(w, QAbstractButton | QLineEdit) and w.isVisible()
            ]
            interactive += [window.help_button, window.next_button]
            if window.back_button.isEnabled():
                interactive.append(window.back_button)
            for w in interactive:
                assert w.accessibleName(), f"{w.objectName()} on {page.objectName()}"
            # Walk the tab chain from the focused widget; every control appears in it.
            reached = set()
            start = QApplication.focusWidget()
            w = start
            for _ in range(40):
                reached.add(w)
                qtbot.keyClick(w, Qt.Key.Key_Tab)
                w = QApplication.focusWidget()
                if w is start:
                    break
            # Radio buttons in one group share a single tab stop (arrows move inside it).
            missing = [
                x.objectName()
                for x in interactive
                if x not in reached and not isinstance(x, QRadioButton)
            ]
            assert missing == [], f"not reachable by Tab on {page.objectName()}: {missing}"
            window.next()
        assert not window.isVisible()


def test_text_fields_say_they_are_not_saved(qtbot: QtBot, routines: dict[str, Routine]) -> None:
    window, _ = open_window(qtbot, routines["full"])
    for page in window.pages:
        if page.own_words is not None:
            assert page.own_words.accessibleDescription() == NOT_KEPT


def test_help_is_one_click_from_every_step(qtbot: QtBot, routines: dict[str, Routine]) -> None:
    for routine in routines.values():
        window, _ = open_window(qtbot, routine)
        for _ in routine.steps:
            with qtbot.waitSignal(window.helpRequested, timeout=1000):
                qtbot.mouseClick(window.help_button, Qt.MouseButton.LeftButton)
            window.next()


def test_window_is_small_and_not_fullscreen(qtbot: QtBot, routines: dict[str, Routine]) -> None:
    window, _ = open_window(qtbot, routines["transition"])
    assert window.width() <= 420
    assert window.height() <= 560
    assert not window.isFullScreen()
    assert window.windowFlags() & Qt.WindowType.WindowStaysOnTopHint


def test_enter_on_an_option_goes_on_and_leaves_it_as_it_was(
    qtbot: QtBot, routines: dict[str, Routine]
) -> None:
    """Enter is "go on" on a check box or a choice too (on GNOME, Qt's theme would have the
    focused option take the key and be pressed: tests/desktop/test_gnome_keyboard.py)."""
    routine = routines["full"]
    window, _ = open_window(qtbot, routine)
    walked = 0
    for n in range(len(routine.steps) - 1):
        options = window.current_page().options()
        if options:
            option = options[-1]
            option.setFocus(Qt.FocusReason.TabFocusReason)
            before = option.isChecked()
            qtbot.keyClick(option, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
            assert option.isChecked() == before
            walked += 1
        else:
            press(qtbot, window, Qt.Key.Key_Return)
        assert window.index == n + 1
    assert walked >= 2  # the body signals and the choices of the full routine


def _nameless_leaf_containers(node: QAccessibleInterface, path: str = "") -> list[str]:
    """Containers (filler, panel, pane) with no name and nothing inside: a screen reader
    that lands on one says only "panel"."""
    found = []
    containers = (QAccessible.Role.Client, QAccessible.Role.Border, QAccessible.Role.Pane)
    shown = not node.state().invisible
    empty = node.childCount() == 0 and not node.text(QAccessible.Text.Name).strip()
    if shown and empty and node.role() in containers:
        found.append(f"{path} {node.role().name} {node.object().objectName()!r}")
    for i in range(node.childCount()):
        child = node.child(i)
        if child is not None:
            found += _nameless_leaf_containers(child, f"{path}/{i}")
    return found


def test_a_screen_reader_meets_a_dialog_named_like_the_window(
    qtbot: QtBot, routines: dict[str, Routine]
) -> None:
    for routine in routines.values():
        window, _ = open_window(qtbot, routine)
        reader = QAccessible.queryAccessibleInterface(window)
        assert reader is not None
        assert reader.role() == QAccessible.Role.Dialog  # AT-SPI "dialog", not "filler"
        assert reader.text(QAccessible.Text.Name) == window.windowTitle()
        assert routine.title in window.windowTitle()
        assert not window.isModal()
        assert window.windowFlags() & Qt.WindowType.Window
        for n in range(len(routine.steps)):
            assert window.index == n
            assert _nameless_leaf_containers(reader) == [], f"{routine.id} step {n + 1}"
            window.next()


def test_with_the_check_in_the_first_step_fits_without_scrolling(
    qtbot: QtBot, routines: dict[str, Routine]
) -> None:
    """The check-in's strip sits above the full pause's first step: the window is that much
    taller, so the step's closing lines are on screen as it opens, not below the fold."""
    plain = PauseWindow(routines["full"], PauseOptions())
    qtbot.addWidget(plain)
    window = PauseWindow(routines["full"], PauseOptions(), checkin=True)
    qtbot.addWidget(window)
    wanted = preferred_size(window)
    assert wanted.height() > preferred_size(plain).height()
    assert wanted.width() == preferred_size(plain).width()
    window.show()
    window.resize(wanted)
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.height() == wanted.height())
    QApplication.processEvents()
    assert window.current_scroll().verticalScrollBar().maximum() == 0
    # The same step at the plain size would have to scroll: the check-in is what needs room.
    window.resize(preferred_size(plain))
    qtbot.waitUntil(lambda: window.current_scroll().verticalScrollBar().maximum() > 0)
