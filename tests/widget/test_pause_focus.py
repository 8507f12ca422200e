"""The pause window's one focus model, pinned: after every step change and every key the
focus is on a visible, enabled control of the window (or the step's heading), its ring is
drawn, Tab never lands on a hidden control, and nothing typed is lost when a step changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QStyle, QStyleOption, QWidget
from pytestqt.qtbot import QtBot

from steadypause.core.routine import Routine, load_builtin_routines
from steadypause.ui.pause_options import PauseOptions
from steadypause.ui.pause_window import PauseWindow

ROUTINES = sorted(load_builtin_routines().items())
IDS = [rid for rid, _ in ROUTINES]
FAST = PauseOptions(inhale_s=1.0, exhale_s=1.0, cycles=1)
SENTENCE = "Only the handover notes"


def open_window(qtbot: QtBot, routine: Routine, checkin: bool) -> PauseWindow:
    window = PauseWindow(routine, FAST, checkin=checkin)
    qtbot.addWidget(window)
    window.show_centred()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def press(qtbot: QtBot, k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, k, mods)


def assert_focus_sound(window: PauseWindow, where: str) -> None:
    """On a visible, enabled control of this window with its ring drawn, or on the step's
    heading (a screen reader reads it; docs/adr/013)."""
    focus = QApplication.focusWidget()
    assert focus is not None, where
    assert window.isAncestorOf(focus), where
    assert focus.isVisible(), (where, focus.objectName())
    assert focus.isEnabled(), (where, focus.objectName())
    if focus is window.current_page().heading:
        assert not window.current_page().interactive() or all(
            not w.isVisible() for w in window.current_page().interactive()
        ), where
        return
    assert focus.focusPolicy() & Qt.FocusPolicy.TabFocus, (where, focus.objectName())
    option = QStyleOption()
    option.initFrom(focus)
    assert option.state & QStyle.StateFlag.State_HasFocus, where
    # Qt's styles draw the focus ring only with this flag (Fusion: PE_FrameFocusRect).
    assert option.state & QStyle.StateFlag.State_KeyboardFocusChange, (where, focus.objectName())


def step_changes(routine: Routine) -> list[int]:
    """Forward to the last step, then back to the first."""
    total = len(routine.steps)
    return [*range(1, total), *range(total - 2, -1, -1)]


def go(qtbot: QtBot, window: PauseWindow, index: int) -> None:
    """To step ``index`` by keyboard: Enter forward, Alt+Left back."""
    if index > window.index:
        press(qtbot, Qt.Key.Key_Return)
        if window.index != index:  # Enter chose a number on a check-in with one shown
            press(qtbot, Qt.Key.Key_Return)
    else:
        press(qtbot, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.index == index


@pytest.mark.parametrize("checkin", [True, False], ids=["checkin", "no-checkin"])
@pytest.mark.parametrize(("routine_id", "routine"), ROUTINES, ids=IDS)
def test_focus_is_on_a_visible_control_after_every_step_change_and_key(
    qtbot: QtBot, routine_id: str, routine: Routine, checkin: bool
) -> None:
    window = open_window(qtbot, routine, checkin)
    assert_focus_sound(window, f"{routine_id} opened")
    for index in step_changes(routine):
        go(qtbot, window, index)
        where = f"{routine_id} step {index + 1}"
        assert_focus_sound(window, where)
        # Tab and Shift+Tab go round the visible controls only, the ring always drawn.
        for n in range(12):
            press(qtbot, Qt.Key.Key_Tab)
            assert_focus_sound(window, f"{where}, Tab {n + 1}")
        for n in range(12):
            press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
            assert_focus_sound(window, f"{where}, Shift+Tab {n + 1}")
        window.current_page().focus_first()
        for k in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_5, Qt.Key.Key_Space):
            press(qtbot, k)
            assert window.index == index, where
            assert_focus_sound(window, f"{where}, key {k.name}")


@pytest.mark.parametrize(("routine_id", "routine"), ROUTINES, ids=IDS)
def test_tab_follows_the_order_things_are_seen_in(
    qtbot: QtBot, routine_id: str, routine: Routine
) -> None:
    window = open_window(qtbot, routine, checkin=True)
    last = len(routine.steps) - 1
    for index in range(last + 1):
        if index:
            window.next()
        page = window.current_page()
        seen: list[QWidget] = []
        if index == 0:
            seen += [window.checkin_before.scale, window.checkin_before.skip_button]
        # One stop per group of options (the arrows move inside it).
        for w in page.interactive():
            group = page.choices
            if group is not None and w in group.buttons() and w is not group.buttons()[0]:
                continue
            seen.append(w)
        if index == last:
            seen += [window.checkin_after.scale, window.checkin_after.skip_button]
        seen += [window.help_button, *([window.back_button] if index else []), window.next_button]
        seen[0].setFocus(Qt.FocusReason.TabFocusReason)
        walked = [seen[0]]
        for _ in seen[1:]:
            press(qtbot, Qt.Key.Key_Tab)
            walked.append(QApplication.focusWidget())
        names = [w.objectName() for w in walked]
        assert walked == seen, (routine_id, index, names)


def posted_keys(window: PauseWindow, text: str) -> None:
    """``text`` as a program like xdotool types it: every key event queued for the window
    at once, delivered afterwards to whatever has the focus by then."""
    handle = window.windowHandle()
    for char in text:
        key = Qt.Key.Key_Space if char == " " else Qt.Key(ord(char.upper()))
        mods = Qt.KeyboardModifier.ShiftModifier if char.isupper() else Qt.KeyboardModifier(0)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.postEvent(handle, QKeyEvent(kind, key, mods, char))


def type_fast(qtbot: QtBot, window: PauseWindow, how: str) -> None:
    if how == "keyClicks":
        qtbot.keyClicks(QApplication.focusWidget(), SENTENCE)  # no delay, one target
    else:
        posted_keys(window, SENTENCE)
        QApplication.processEvents()


@pytest.mark.parametrize("how", ["keyClicks", "posted"])
@pytest.mark.parametrize("checkin", [True, False], ids=["checkin", "no-checkin"])
@pytest.mark.parametrize(("routine_id", "routine"), ROUTINES, ids=IDS)
def test_nothing_typed_is_dropped_when_a_step_changes(
    qtbot: QtBot, routine_id: str, routine: Routine, checkin: bool, how: str
) -> None:
    window = open_window(qtbot, routine, checkin)
    fields = 0
    for index in [0, *step_changes(routine)]:
        if index != window.index:
            go(qtbot, window, index)
        where = f"{routine_id} step {index + 1} ({how})"
        page = window.current_page()
        field = page.own_words
        type_fast(qtbot, window, how)
        assert window.index == index, where  # no key went on or back
        for strip in (window.checkin_before, window.checkin_after):
            assert strip is None or not strip.is_skipped, where
        if field is not None:
            fields += 1
            assert field.text() == SENTENCE, where
            assert QApplication.focusWidget() is field, where
            field.clear()
        assert_focus_sound(window, where)
    assert fields or not any(s.kind in ("write", "choose") for s in routine.steps)


def test_letters_typed_on_a_check_in_go_into_the_step_field_and_the_number_stays(
    qtbot: QtBot, routines: dict[str, Routine]
) -> None:
    """The issue's walk through Close the day: 7, then a sentence, then Space and Enter."""
    window = open_window(qtbot, routines["release"], checkin=True)
    press(qtbot, Qt.Key.Key_7)
    field = window.current_page().own_words
    assert QApplication.focusWidget() is field
    window.checkin_before.scale.setFocus()
    qtbot.keyClicks(window.checkin_before.scale, SENTENCE)
    assert field.text() == SENTENCE
    assert window.checkin_before.value == 7
    assert not window.checkin_before.is_skipped
