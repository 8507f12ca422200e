"""The check-in as a setting (off / the full pause only / every routine), and the whole path
of a number chosen by keyboard: keys → window → the row History shows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from controllers import dispose_controller, start_controller
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from steadypause.core import history, summary
from steadypause.core.clock import FakeClock
from steadypause.core.history import HistoryStore, Record
from steadypause.core.routine import Routine
from steadypause.core.settings import FIELDS_BY_NAME, Settings
from steadypause.session.controller import Controller
from steadypause.ui.checkin import CheckIn
from steadypause.ui.history_view import HistoryWindow
from steadypause.ui.pause_window import PauseWindow

START = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Europe/Madrid"))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def store(clock: FakeClock) -> Iterator[HistoryStore]:
    s = HistoryStore(history.default_path(), clock)
    s.start()
    yield s
    s.close()


@pytest.fixture
def make(
    qtbot: QtBot, clock: FakeClock, routines: dict[str, Routine], store: HistoryStore
) -> Iterator[object]:
    made: list[Controller] = []

    def build(checkin: str) -> Controller:
        s = Settings(
            breath_in_seconds=2.0, breath_out_seconds=2.0, breath_cycles=1, checkin=checkin
        )
        c = start_controller(clock, s, routines, store)
        made.append(c)
        return c

    yield build
    for c in made:
        dispose_controller(c)


def saved(store: HistoryStore) -> list[Record]:
    assert store.flush()
    return history.read(store.path)


def press(qtbot: QtBot, k: Qt.Key) -> None:
    target = QApplication.focusWidget()
    assert target is not None
    qtbot.keyClick(target, k)


def finish_by_keys(qtbot: QtBot, window: PauseWindow, after: Qt.Key | None) -> None:
    """Enter through every step; on the last, ``after`` (a digit) for the check-in."""
    while window.index < len(window.routine.steps) - 1:
        press(qtbot, Qt.Key.Key_Return)
    if after is not None:
        assert QApplication.focusWidget() is window.checkin_after.scale
        press(qtbot, after)
    press(qtbot, Qt.Key.Key_Return)
    assert not window.isVisible()


def test_the_setting_is_declared_once_with_words_of_its_own() -> None:
    field = FIELDS_BY_NAME["checkin"]
    assert (field.default, field.group, field.choices) == (
        "full",
        "practice",
        ("off", "full", "every"),
    )
    assert [field.choice_text(c) for c in field.choices] == [
        "Off",
        "Only with “A steady pause”",
        "With every routine",
    ]
    # The routine choices keep their own words.
    assert FIELDS_BY_NAME["timer_routine"].choice_text("full") == "A steady pause (2–5 minutes)"


@pytest.mark.parametrize(
    ("checkin", "asked"),
    [
        ("off", set()),
        ("full", {"full"}),
        ("every", {"full", "transition", "release", "heart", "boundary", "breathe"}),
    ],
)
def test_which_routines_ask(make: object, checkin: str, asked: set[str]) -> None:
    controller = make(checkin)  # type: ignore[operator]
    for routine_id in ("full", "transition", "release", "heart", "boundary", "breathe"):
        controller.pause_now("cli", routine_id)
        window = controller.pause_window
        assert window is not None
        has = window.checkin_before is not None
        assert has == (routine_id in asked), (checkin, routine_id)
        assert (window.checkin_after is not None) == has
        window.close()


def test_a_number_typed_is_the_number_history_shows(
    qtbot: QtBot, make: object, store: HistoryStore
) -> None:
    """The issue's walk: 7 before, then Space and Enter, then 5 after; History says 7 → 5."""
    controller = make("full")  # type: ignore[operator]
    controller.pause_now("tray")
    window = controller.pause_window
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_7)
    press(qtbot, Qt.Key.Key_Space)  # on the body signal the 7 moved on to: ticks it
    assert window.checkin_before.value == 7
    finish_by_keys(qtbot, window, Qt.Key.Key_5)
    (row,) = saved(store)
    assert (row.checkin_before, row.checkin_after) == (7, 5)
    assert summary.checkin_words(row) == "7 → 5"
    shown = HistoryWindow(store.path, START.date, store)
    qtbot.addWidget(shown)
    model = shown.entries_model()
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert model.index(0, header.index("Check-in")).data() == "7 → 5"


def test_every_routine_keeps_close_the_days_number(
    qtbot: QtBot, make: object, store: HistoryStore
) -> None:
    controller = make("every")  # type: ignore[operator]
    controller.close_day("tray")
    window = controller.pause_window
    qtbot.waitUntil(window.isActiveWindow)
    assert window.routine.id == "release"
    press(qtbot, Qt.Key.Key_6)
    qtbot.keyClicks(QApplication.focusWidget(), "Only the handover notes")
    finish_by_keys(qtbot, window, Qt.Key.Key_4)
    (row,) = saved(store)
    assert (row.routine, row.checkin_before, row.checkin_after) == ("release", 6, 4)


def test_off_shows_no_check_in_and_history_none(
    qtbot: QtBot, make: object, store: HistoryStore
) -> None:
    controller = make("off")  # type: ignore[operator]
    controller.pause_now("tray")
    window = controller.pause_window
    qtbot.waitUntil(window.isActiveWindow)
    assert window.findChildren(CheckIn) == []
    press(qtbot, Qt.Key.Key_7)  # nothing to answer: the 7 changes nothing
    finish_by_keys(qtbot, window, None)
    (row,) = saved(store)
    assert (row.checkin_before, row.checkin_after) == (None, None)
    assert summary.checkin_words(row) == ""
