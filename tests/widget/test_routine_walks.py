"""Every routine, walked by keyboard alone: names, descriptions, focus order, journaling,
reduced motion, and no text cut off at the default window size."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QAbstractAnimation, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from steadypause.core.routine import Routine, load_builtin_routines
from steadypause.ui.breathing_timing import FullMotionTimeline
from steadypause.ui.pause_options import KEPT, NOT_KEPT, PauseOptions
from steadypause.ui.pause_window import WINDOW_SIZE, PauseWindow

ROUTINES = sorted(load_builtin_routines().items())
IDS = [rid for rid, _ in ROUTINES]
FAST = PauseOptions(inhale_s=1.0, exhale_s=1.0, cycles=1)


def open_window(
    qtbot: QtBot, routine: Routine, options: PauseOptions = FAST
) -> tuple[PauseWindow, list[tuple[str, int]]]:
    window = PauseWindow(routine, options)
    qtbot.addWidget(window)
    results: list[tuple[str, int]] = []
    window.closed.connect(lambda outcome, steps: results.append((outcome, steps)))
    window.show_centred()
    qtbot.waitUntil(window.isActiveWindow)
    return window, results


def key(qtbot: QtBot, k: Qt.Key, text: str = "") -> None:
    """Press a key on whatever has the keyboard focus, as a person would."""
    target = QApplication.focusWidget()
    assert target is not None
    if text:
        qtbot.keyClicks(target, text)
    else:
        qtbot.keyClick(target, k)


def focusable(window: PauseWindow) -> list[QWidget]:
    """Every widget on the current step and in the footer that the keyboard can reach."""
    page = window.current_page()
    found = [
        w
        for w in page.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible()
    ]
    found += [
        b
        for b in (window.help_button, window.back_button, window.next_button)
        if b.isVisible() and b.isEnabled()
    ]
    return found


@pytest.mark.parametrize(("routine_id", "routine"), ROUTINES, ids=IDS)
def test_every_routine_walked_by_keyboard_alone(
    qtbot: QtBot, routine_id: str, routine: Routine
) -> None:
    options = PauseOptions(inhale_s=1.0, exhale_s=1.0, cycles=1, journaling=True)
    window, results = open_window(qtbot, routine, options)
    expected: dict[str, str] = {}
    for n, step in enumerate(routine.steps):
        assert window.index == n
        page = window.current_page()
        focused = QApplication.focusWidget()
        if step.checklist:
            assert focused is page.checks[0]
            key(qtbot, Qt.Key.Key_Space)  # tick the first signal
            key(qtbot, Qt.Key.Key_Tab)
            assert QApplication.focusWidget() is page.checks[1]
            key(qtbot, Qt.Key.Key_Space)  # and the second
            expected[step.id] = f"{step.checklist[0]}, {step.checklist[1]}"
        elif step.kind == "choose":
            assert isinstance(focused, QRadioButton)
            key(qtbot, Qt.Key.Key_Down)  # arrows move and pick
            key(qtbot, Qt.Key.Key_Space)
            expected[step.id] = step.options[1]
        elif step.kind == "write" or step.next_prompt:
            assert isinstance(focused, QLineEdit)
            key(qtbot, Qt.Key.Key_unknown, f"typed on {step.id}")
            expected[step.id] = f"typed on {step.id}"
        else:
            # No control of its own: the heading has the focus, so a screen reader reads
            # the step; Enter still goes on.
            assert focused is page.heading
            assert page.heading.accessibleDescription() == step.body
        assert window.entries() == expected
        key(qtbot, Qt.Key.Key_Return)
    assert results == [("completed", len(routine.steps))]
    assert not window.isVisible()
    assert window.entries_to_keep() == expected


@pytest.mark.parametrize(("routine_id", "routine"), ROUTINES, ids=IDS)
def test_every_interactive_widget_has_a_name_and_a_description(
    qtbot: QtBot, routine_id: str, routine: Routine
) -> None:
    window, _ = open_window(qtbot, routine)
    for step in routine.steps:
        controls = focusable(window)
        assert window.help_button in controls
        assert window.next_button in controls
        for w in controls:
            where = f"{routine_id}/{step.id}: {type(w).__name__} {w.objectName()}"
            assert w.accessibleName(), where
            assert w.accessibleDescription(), where
        if window.current_page().breathing is not None:
            breathing = window.current_page().breathing
            assert breathing.accessibleName()
            assert breathing.accessibleDescription()
        window.next()


@pytest.mark.parametrize(("routine_id", "routine"), ROUTINES, ids=IDS)
def test_focus_order_follows_reading_order(qtbot: QtBot, routine_id: str, routine: Routine) -> None:
    window, _ = open_window(qtbot, routine)
    for step in routine.steps:
        page = window.current_page()
        # Radio buttons in one group are a single tab stop (arrows move inside it).
        stops: list[QWidget] = list(page.checks)
        if page.choices is not None:
            stops.append(page.choices.buttons()[0])
        if page.own_words is not None:
            stops.append(page.own_words)
        stops += [window.help_button]
        if window.back_button.isEnabled():
            stops.append(window.back_button)
        stops.append(window.next_button)
        first = QApplication.focusWidget()
        if first is page.heading:  # a step without controls: the heading, not a Tab stop
            key(qtbot, Qt.Key.Key_Tab)
            first = QApplication.focusWidget()
            assert first is stops[0], f"{routine_id}/{step.id}: Tab from the heading"
        order = [first]
        for _ in range(len(stops)):
            key(qtbot, Qt.Key.Key_Tab)
            order.append(QApplication.focusWidget())
        assert order[-1] is first, f"{routine_id}/{step.id}: Tab goes round to the start"
        cycle = order[:-1]
        start = cycle.index(stops[0])
        assert cycle[start:] + cycle[:start] == stops, f"{routine_id}/{step.id}"
        # Reading order on screen: each stop is below the previous one or to its right,
        # except the checklist, which is read down one column and then the next.
        tops = [w.mapTo(window, w.rect().topLeft()) for w in stops if w not in page.checks]
        assert all(
            a.y() < b.y() or (a.y() == b.y() and a.x() < b.x()) for a, b in itertools.pairwise(tops)
        ), f"{routine_id}/{step.id}"
        if page.checks:
            half = (len(page.checks) + 1) // 2
            left, right = page.checks[:half], page.checks[half:]
            assert all(a.y() < b.y() for a, b in itertools.pairwise(left))
            assert all(r.x() > left[0].x() for r in right)
        window.next()


def test_journaling_off_keeps_nothing_and_says_so(qtbot: QtBot) -> None:
    routine = load_builtin_routines()["full"]
    window, _ = open_window(qtbot, routine)
    notes = window.findChildren(QLabel, "journalNote")
    assert notes
    assert {n.text() for n in notes} == {NOT_KEPT}
    window.next()
    field = window.current_page().own_words
    field.setFocus()
    qtbot.keyClicks(field, "A very hard visit")
    assert window.entries() == {"name": "A very hard visit"}
    assert window.entries_to_keep() == {}
    assert field.accessibleDescription() == NOT_KEPT


def test_journaling_on_keeps_it_on_this_computer_and_says_so(qtbot: QtBot) -> None:
    routine = load_builtin_routines()["release"]
    window, _ = open_window(qtbot, routine, PauseOptions(journaling=True))
    notes = window.findChildren(QLabel, "journalNote")
    assert len(notes) == 3  # one beside each text field
    assert {n.text() for n in notes} == {KEPT}
    qtbot.keyClicks(window.current_page().own_words, "Saw all six families")
    assert window.entries_to_keep() == {"done": "Saw all six families"}


def test_the_persons_own_entries_come_first(qtbot: QtBot) -> None:
    routine = load_builtin_routines()["full"]
    options = PauseOptions(
        kind_phrases=("Steady does it.", "one step at a time is enough."),
        difficulty_names=("Too many beds, too few of us.",),
        boundary_cues=("No replies after 7 pm.",),
    )
    window, _ = open_window(qtbot, routine, options)
    texts = {}
    for step in routine.steps:
        page = window.current_page()
        if page.choices is not None:
            texts[step.id] = [b.text() for b in page.choices.buttons()]
        window.next()
    assert texts["name"][0] == "Too many beds, too few of us."
    assert texts["boundary"][0] == "No replies after 7 pm."
    # A default the person already has in their own list is not offered twice.
    kind = texts["kind"]
    assert kind[:2] == ["Steady does it.", "one step at a time is enough."]
    assert "One step at a time is enough." not in kind
    assert len(kind) == 2 + len(routine.steps[2].options) - 1


def test_reduce_motion_leaves_no_animation_running(qtbot: QtBot) -> None:
    for routine in load_builtin_routines().values():
        options = PauseOptions(inhale_s=1.0, exhale_s=1.0, cycles=1, reduce_motion=True)
        window, _ = open_window(qtbot, routine, options)
        for _ in routine.steps:
            page = window.current_page()
            if page.breathing is not None:
                assert page.breathing.is_running()  # the count goes on, in text
                assert page.breathing.current_scale == page.breathing.REDUCED_SCALE
            running = [
                a
                for a in window.findChildren(FullMotionTimeline)
                if a.state() == QAbstractAnimation.State.Running
            ]
            assert running == []
            window.next()


def test_nothing_animates_while_the_window_is_hidden(qtbot: QtBot) -> None:
    window, _ = open_window(qtbot, load_builtin_routines()["full"])
    animations = window.findChildren(FullMotionTimeline)
    assert any(a.state() == QAbstractAnimation.State.Running for a in animations)
    window.hide()
    assert all(a.state() != QAbstractAnimation.State.Running for a in animations)
    window.show()
    assert any(a.state() == QAbstractAnimation.State.Running for a in animations)


@pytest.mark.parametrize(("routine_id", "routine"), ROUTINES, ids=IDS)
def test_no_text_is_cut_off_at_the_default_size(
    qtbot: QtBot, routine_id: str, routine: Routine
) -> None:
    options = PauseOptions(
        tip="Tie a pause to something you already do: washing your "
        "hands, shutting the laptop, getting into the car."
    )
    window, _ = open_window(qtbot, routine, options)
    assert (window.width(), window.height()) == WINDOW_SIZE
    for step in routine.steps:
        scroll = window.current_scroll()
        assert isinstance(scroll, QScrollArea)
        assert scroll.widget().isAncestorOf(window.current_page())
        where = f"{routine_id}/{step.id}"
        assert scroll.verticalScrollBar().maximum() == 0, f"{where} needs scrolling"
        page = window.current_page()
        for label in page.findChildren(QLabel):
            if not label.isVisible() or not label.text():
                continue
            assert label.height() >= label.heightForWidth(label.width()), (
                f"{where}: {label.objectName()} is cut off"
            )
            assert page.rect().contains(label.geometry()), f"{where}: {label.objectName()}"
        for box in page.checks:
            assert box.width() >= box.sizeHint().width(), f"{where}: {box.text()}"
        if page.choices is not None:
            for radio in page.choices.buttons():
                assert radio.width() >= radio.sizeHint().width(), f"{where}: {radio.text()}"
        if page.loop is not None:
            assert page.loop.height() >= page.loop.minimumHeight()
            assert page.loop.is_drawn()
            for rect in page.loop.label_rects().values():
                assert page.loop.rect().toRectF().contains(rect)
        if page.step_loop is not None and page.step_loop.is_drawn():
            for rect in page.step_loop.label_rects().values():
                assert page.step_loop.rect().toRectF().contains(rect)
        window.next()


def test_the_last_step_shows_the_tip_and_the_loop_of_this_routine(qtbot: QtBot) -> None:
    routine = load_builtin_routines()["heart"]
    window, _ = open_window(qtbot, routine, PauseOptions(tip="Three breaths at the door."))
    window.next()
    page = window.current_page()
    tip = page.findChild(QLabel, "stepTip")
    assert tip is not None
    assert tip.isVisible()
    assert "Three breaths at the door." in tip.text()
    assert page.loop is not None
    assert page.loop.highlighted == ("breathe", "kind")
    assert "breathe, respond kindly" in page.loop.accessibleDescription()


def test_checklist_entries_are_the_ticked_signals(qtbot: QtBot) -> None:
    window, _ = open_window(qtbot, load_builtin_routines()["full"])
    page = window.current_page()
    assert all(isinstance(b, QCheckBox) for b in page.checks)
    assert window.entries() == {}
    page.checks[2].setChecked(True)
    page.checks[4].setChecked(True)
    assert window.entries() == {"notice": "Rushing, Numbness"}


def test_choose_and_write_steps_show_their_own_points_of_the_loop(qtbot: QtBot) -> None:
    routines = load_builtin_routines()
    window, _ = open_window(qtbot, routines["full"])
    lit = {}
    for step in routines["full"].steps:
        page = window.current_page()
        if page.step_loop is not None:
            assert page.step_loop.is_drawn(), f"no room for the loop on {step.id}"
            lit[step.id] = page.step_loop.highlighted
            assert "This step works on" in page.step_loop.accessibleDescription()
        window.next()
    assert lit == {"name": ("name",), "kind": ("kind",), "boundary": ("boundary",)}


@pytest.mark.parametrize(("routine_id", "routine"), ROUTINES, ids=IDS)
def test_every_step_change_moves_the_focus_into_the_step_and_tells_it(
    qtbot: QtBot, routine_id: str, routine: Routine
) -> None:
    """Forward and back: the focus is inside the new step (a control or its heading) and,
    on a control, the step is announced once."""
    window, _ = open_window(qtbot, routine)
    told: list[str] = []
    window.stepAnnounced.connect(told.append)
    total = len(routine.steps)
    path = [*range(1, total), *range(total - 2, -1, -1)]
    for index in path:
        told.clear()
        if index > window.index:
            key(qtbot, Qt.Key.Key_Return)
        else:
            window.back()
        page = window.current_page()
        focused = QApplication.focusWidget()
        where = f"{routine_id} step {index + 1}"
        assert focused is not None, where
        assert page.isAncestorOf(focused), where
        if focused is page.heading:
            assert told == [], where
        else:
            assert told == [f"Step {index + 1} of {total}: {page.step.title}"], where
