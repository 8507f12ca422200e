"""The 0–10 check-in, by keyboard, inside the pause window and on its own."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from steadypause.core.routine import Routine
from steadypause.ui.checkin import CheckIn, CheckInScale
from steadypause.ui.pause_options import KEPT, NOT_KEPT, PauseOptions
from steadypause.ui.pause_window import PauseWindow

FAST = PauseOptions(inhale_s=1.0, exhale_s=1.0, cycles=1)


def open_window(qtbot: QtBot, routine: Routine, journaling: bool = False) -> PauseWindow:
    options = PauseOptions(inhale_s=1.0, exhale_s=1.0, cycles=1, journaling=journaling)
    window = PauseWindow(routine, options, checkin=True)
    qtbot.addWidget(window)
    window.show_centred()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def key(qtbot: QtBot, k: Qt.Key) -> None:
    qtbot.keyClick(QApplication.focusWidget(), k)


def test_before_and_after_by_keyboard_alone(qtbot: QtBot, routines: dict[str, Routine]) -> None:
    routine = routines["full"]
    window = open_window(qtbot, routine)
    results = []
    window.closed.connect(lambda *args: results.append(args))
    before, after = window.checkin_before, window.checkin_after
    assert before.isVisible()
    assert not after.isVisible()
    assert QApplication.focusWidget() is before.scale  # digits work at once
    key(qtbot, Qt.Key.Key_Right)
    assert before.value == 0
    key(qtbot, Qt.Key.Key_End)
    assert before.value == 10  # 10 is one key away
    key(qtbot, Qt.Key.Key_Left)
    key(qtbot, Qt.Key.Key_Left)
    assert before.value == 8
    assert before.scale.accessibleDescription().startswith("8 of 10")
    assert QApplication.focusWidget() is before.scale  # the arrows stay
    key(qtbot, Qt.Key.Key_Space)  # Space chooses the number shown and moves on
    assert before.value == 8
    assert QApplication.focusWidget() is window.current_page().checks[0]
    key(qtbot, Qt.Key.Key_Return)  # Enter goes on, as everywhere
    assert window.index == 1
    assert not before.isVisible()
    for _ in routine.steps[2:]:
        window.next()
    assert after.isVisible()
    assert QApplication.focusWidget() is after.scale
    key(qtbot, Qt.Key.Key_Home)
    assert after.value == 0
    key(qtbot, Qt.Key.Key_3)  # a digit chooses and moves on, to Done
    assert QApplication.focusWidget() is window.next_button
    key(qtbot, Qt.Key.Key_Return)
    assert results == [("completed", len(routine.steps))]
    assert window.checkins() == (8, 3)


def test_a_digit_moves_on_and_space_or_enter_never_press_skip(
    qtbot: QtBot, routines: dict[str, Routine]
) -> None:
    window = open_window(qtbot, routines["release"])  # step 1 has a text field
    before = window.checkin_before
    key(qtbot, Qt.Key.Key_7)
    assert before.value == 7
    field = window.current_page().own_words
    assert QApplication.focusWidget() is field
    before.scale.setFocus()
    for k in (Qt.Key.Key_Space, Qt.Key.Key_Enter, Qt.Key.Key_Return):
        key(qtbot, k)
        assert (before.value, before.is_skipped, window.index) == (7, False, 0)
        assert QApplication.focusWidget() is field
        before.scale.setFocus()
    before.scale.set_value(None)
    key(qtbot, Qt.Key.Key_Space)  # no number shown: Space chooses nothing, presses nothing
    assert (before.value, before.is_skipped, window.index) == (None, False, 0)
    assert QApplication.focusWidget() is before.scale


def test_skipping_is_one_click_and_leaving_it_blank_is_fine(
    qtbot: QtBot, routines: dict[str, Routine]
) -> None:
    window = open_window(qtbot, routines["transition"])
    before = window.checkin_before
    key(qtbot, Qt.Key.Key_5)
    qtbot.mouseClick(before.skip_button, Qt.MouseButton.LeftButton)
    assert not before.isVisible()
    assert before.value is None
    assert QApplication.focusWidget() is not before.scale
    window.next()
    window.back()  # does not come back once skipped
    assert window.index == 0
    assert not before.isVisible()
    key(qtbot, Qt.Key.Key_Return)
    key(qtbot, Qt.Key.Key_Return)  # after: left blank
    assert window.checkins() == (None, None)


def test_delete_clears_and_escape_still_closes(qtbot: QtBot, routines: dict[str, Routine]) -> None:
    window = open_window(qtbot, routines["full"])
    key(qtbot, Qt.Key.Key_End)
    assert window.checkin_before.value == 10
    key(qtbot, Qt.Key.Key_Delete)
    assert window.checkin_before.value is None
    assert window.checkin_before.scale.accessibleDescription().startswith("Not set")
    key(qtbot, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_the_after_value_counts_only_when_the_end_was_reached(
    qtbot: QtBot, routines: dict[str, Routine]
) -> None:
    window = open_window(qtbot, routines["full"])
    window.checkin_after.scale.set_value(2)  # not on screen yet
    window.close()
    assert window.checkins() == (None, None)


def test_a_click_picks_a_number(qtbot: QtBot) -> None:
    scale = CheckInScale()
    qtbot.addWidget(scale)
    scale.resize(330, 30)
    scale.show()
    with qtbot.waitSignal(scale.answerChanged) as got:
        qtbot.mouseClick(scale, Qt.MouseButton.LeftButton, pos=QPoint(5 * 30 + 15, 15))
    assert got.args == [5]


def test_names_for_assistive_technology(qtbot: QtBot) -> None:
    strip = CheckIn("before")
    qtbot.addWidget(strip)
    assert "how depleted" in strip.scale.accessibleName().lower()
    assert "optional" in strip.scale.accessibleName()
    assert strip.skip_button.accessibleName() == "Skip the check-in"
    assert strip.scale.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_without_checkin_the_window_is_as_before(
    qtbot: QtBot, routines: dict[str, Routine]
) -> None:
    window = PauseWindow(routines["full"], FAST)
    qtbot.addWidget(window)
    assert window.checkin_before is None
    assert window.checkin_after is None
    assert window.checkins() == (None, None)


def test_the_not_saved_hint_tells_the_truth_when_journaling(
    qtbot: QtBot, routines: dict[str, Routine]
) -> None:
    from PySide6.QtWidgets import QLabel

    on = open_window(qtbot, routines["full"], journaling=True)
    off = open_window(qtbot, routines["full"])
    assert {h.text() for h in on.findChildren(QLabel, "journalNote")} == {KEPT}
    assert {h.text() for h in off.findChildren(QLabel, "journalNote")} == {NOT_KEPT}


def test_the_check_in_after_is_scrolled_into_sight_on_a_low_window(
    qtbot: QtBot, routines: dict[str, Routine]
) -> None:
    from PySide6.QtCore import QRect

    from steadypause.ui.window_fit import fit_to_area

    routine = routines["full"]
    window = open_window(qtbot, routine)
    fit_to_area(window, QRect(0, 0, 640, 316))  # 1280×720 at 200 %, less a panel
    for _ in routine.steps[1:]:
        window.next()
    strip = window.checkin_after
    scroll = window.current_scroll()
    assert scroll.verticalScrollBar().maximum() > 0  # the last step does not fit
    viewport = scroll.viewport()

    def in_sight() -> bool:
        top = strip.mapTo(viewport, QPoint(0, 0))
        return viewport.rect().contains(QRect(top, strip.size()))

    qtbot.waitUntil(in_sight)
    assert QApplication.focusWidget() is strip.scale


def test_the_scale_is_a_slider_with_a_value_for_assistive_technology(qtbot: QtBot) -> None:
    """What Qt's accessibility bridge reads: the slider role and the Value interface, 0-10,
    settable through it (tests/accessibility reads the same through AT-SPI)."""
    from PySide6.QtGui import QAccessible

    strip = CheckIn("before")
    qtbot.addWidget(strip)
    strip.show()
    scale = strip.scale
    face = QAccessible.queryAccessibleInterface(scale)
    assert face.role() == QAccessible.Role.Slider
    value = face.valueInterface()
    assert value is not None
    assert (value.minimumValue(), value.maximumValue()) == (0, 10)
    assert scale.accessibleDescription().startswith("Not set")
    with qtbot.waitSignal(scale.answerChanged) as got:
        value.setCurrentValue(6)
    assert got.args == [6]
    assert strip.value == 6
    assert value.currentValue() == 6
    assert scale.accessibleDescription().startswith("6 of 10")
    scale.set_value(None)
    assert value.currentValue() == 0
    assert scale.accessibleDescription().startswith("Not set")
    value.setCurrentValue(12)  # out of range: Qt keeps it to the slider's range
    assert strip.value == 10


def test_a_change_is_told_to_assistive_technology_even_when_the_slider_rests(qtbot: QtBot) -> None:
    """Not set -> 0 leaves the slider where it rests; the change is still sent."""
    from PySide6.QtGui import QAccessible, QAccessibleValueChangeEvent

    scale = CheckInScale()
    qtbot.addWidget(scale)
    sent: list[object] = []
    real = QAccessible.updateAccessibility

    def spy(event: object) -> None:
        if isinstance(event, QAccessibleValueChangeEvent) and event.object() is scale:
            sent.append(event.value())
        real(event)

    QAccessible.updateAccessibility = spy  # type: ignore[method-assign]
    try:
        scale.set_value(0)
        scale.set_value(None)
        scale.set_value(3)
    finally:
        QAccessible.updateAccessibility = real  # type: ignore[method-assign]
    assert sent[:2] == [0, 0]
