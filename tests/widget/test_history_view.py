"""The History window over a hand-built month: sentence, chart, numbers, entries, export, delete."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from controllers import dispose_controller
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from steadypause.core import history
from steadypause.core.clock import FakeClock
from steadypause.core.history import HistoryStore, Outcome, Record
from steadypause.core.summary import sentence
from steadypause.ui import theme
from steadypause.ui.history_chart import cue_colour, is_dark
from steadypause.ui.history_view import HistoryWindow

TZ = ZoneInfo("Europe/London")
TODAY = date(2026, 11, 25)
CUES = ("unlock", "work_timer", "start_of_day", "manual")


def month(path: Path) -> list[Record]:
    records = []
    for n in range(30):
        day = TODAY - timedelta(days=n)
        for k in range(n % 4):
            start = datetime(day.year, day.month, day.day, 9 + 2 * k, 0, tzinfo=TZ)
            records.append(
                Record(
                    cue=CUES[k],
                    outcome=Outcome.COMPLETED,
                    routine="transition",
                    started_at=start,
                    ended_at=start + timedelta(minutes=2),
                    steps_reached=2,
                    steps_total=2,
                    checkin_before=6 if k == 0 else None,
                    checkin_after=4 if k == 0 else None,
                    journal={"name": "the waiting room"} if n == 2 and k == 1 else {},
                )
            )
        records.append(
            Record.for_prompt(
                _cue(day), Outcome.MISSED, datetime(day.year, day.month, day.day, 17, 2, tzinfo=TZ)
            )
        )
    with history.opened(path) as conn:
        for r in records:
            history.insert(conn, r)
    return records


def _cue(day: date):  # -> Cue
    from steadypause.core.cues import Cue, CueKind

    return Cue(CueKind.WORK_TIMER, datetime(day.year, day.month, day.day, 17, 0, tzinfo=TZ))


@pytest.fixture
def path() -> Path:
    return history.default_path()


@pytest.fixture
def store(path: Path) -> Iterator[HistoryStore]:
    s = HistoryStore(path, FakeClock(datetime(2026, 11, 25, 18, 0, tzinfo=TZ)))
    s.start()
    yield s
    s.close()


def open_window(qtbot: QtBot, path: Path, store: HistoryStore | None = None) -> HistoryWindow:
    window = HistoryWindow(path, lambda: TODAY, store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_month_in_the_window(qtbot: QtBot, path: Path) -> None:
    records = month(path)
    window = open_window(qtbot, path)
    with qtbot.waitSignal(window.chart.painted):
        window.chart.update()
    assert window.days == 7
    assert window.sentence.text() == sentence(window.summary)
    assert window.sentence.text().startswith(f"{window.summary.pauses} pauses this week")
    assert "eased by 2 points" in window.sentence.text()
    assert window.numbers_model().rowCount() == 7

    window.set_days(30)
    numbers = window.numbers_model()
    assert numbers.rowCount() == 30
    header = [
        numbers.headerData(c, Qt.Orientation.Horizontal) for c in range(numbers.columnCount())
    ]
    assert header == ["Day", "Work timer", "Unlocked", "Start of day", "Pauses", "Check-in change"]
    assert numbers.cell(0, 0) == "Wed 2026-11-25"  # newest first
    assert numbers.cell(0, 4) == "0"  # n = 0: no pauses that day
    assert numbers.cell(1, 4) == "1"
    assert numbers.cell(1, 5) == "+2.0"
    assert sum(int(numbers.cell(r, 4)) for r in range(30)) == sum(1 for r in records if r.started)

    entries = window.entries_model()
    assert entries.rowCount() == len(records)
    assert entries.headerData(5, Qt.Orientation.Horizontal) == "Journal"
    assert entries.cell(0, 3) == "not answered"
    assert [r for r in range(entries.rowCount()) if entries.cell(r, 5) == "the waiting room"] != []
    window.set_days(90)
    assert window.numbers_model().rowCount() == 90


def test_nothing_yet_is_said_kindly(qtbot: QtBot, path: Path) -> None:
    window = open_window(qtbot, path)
    assert window.sentence.text().startswith("No pauses recorded this week.")
    assert window.entries_model().rowCount() == 0
    assert not path.exists()  # looking creates nothing


def test_export_writes_every_row(
    qtbot: QtBot, path: Path, tmp_path: Path, store: HistoryStore
) -> None:
    records = month(path)
    window = open_window(qtbot, path, store)
    # Nothing to say yet: no empty line between the entries and the buttons.
    assert not window.note.isVisible()
    entries_bottom = window.entries.mapTo(window, window.entries.rect().bottomLeft()).y()
    target = tmp_path / "out.csv"
    window.ask_export_path = lambda default: target
    assert window.export() == target
    assert window.note.isVisible()
    qtbot.waitUntil(
        lambda: (
            window.entries.mapTo(window, window.entries.rect().bottomLeft()).y() < entries_bottom
        )
    )
    with target.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(records)
    assert f"{len(records)} entries" in window.note.text()


def test_delete_all_asks_first_and_then_really_deletes(
    qtbot: QtBot, path: Path, store: HistoryStore
) -> None:
    month(path)
    window = open_window(qtbot, path, store)
    window.confirm_delete = lambda: False
    assert not window.delete_all()
    assert path.exists()
    window.confirm_delete = lambda: True
    assert window.delete_all()
    assert list(path.parent.iterdir()) == []
    assert window.sentence.text().startswith("No pauses recorded")
    assert "deleted" in window.note.text()


def test_the_confirmation_defaults_to_keeping(
    qtbot: QtBot, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    month(path)
    window = open_window(qtbot, path)
    seen = {}

    def answer() -> None:
        box = QApplication.activeModalWidget()
        seen["text"] = box.text()
        seen["default"] = box.defaultButton().text()
        box.defaultButton().click()

    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, answer)
    assert not window.delete_all()
    assert seen["default"] == "Keep it"
    assert "cannot be undone" in seen["text"]
    assert path.exists()


def test_colours_follow_the_theme_and_are_never_red(qtbot: QtBot) -> None:
    for name in ("light", "dark"):
        pal = theme.palette_for(name)
        assert is_dark(pal) == (name == "dark")
        for cue in (*CUES, "resume", "back_from_away", "end_of_day", "something new"):
            hue = cue_colour(cue, pal).hslHue()
            assert 15 <= hue <= 340, (cue, hue)


def test_tray_history_opens_the_window(
    qtbot: QtBot, path: Path, store: HistoryStore, routines: dict
) -> None:
    from steadypause.core.scheduler import Scheduler
    from steadypause.core.settings import Settings
    from steadypause.session.controller import Controller
    from steadypause.session.scheduler_config import scheduler_config

    clock = FakeClock(datetime(2026, 11, 25, 18, 0, tzinfo=TZ))
    s = Settings()
    c = Controller(clock, Scheduler(clock, scheduler_config(s)), s, routines, store)
    c.start()
    try:
        c.tray.action_history.trigger()
        window = c.windows.history
        assert window is not None
        assert window.isVisible()
        c.status_window.history_button.click()  # the no-tray window has it too
        assert c.windows.history is window
        c.handle_command("show-history", {"days": 30})  # for screenshots and benchmarks
        assert window.days == 30
    finally:
        dispose_controller(c)


def test_day_and_month_names_are_translatable_texts_that_read_as_before() -> None:
    # The names come from translatable texts, not strftime (always English); in English
    # they read exactly as strftime's C locale did.
    from steadypause.core.wording import weekday_names
    from steadypause.ui.history_chart import month_names

    days = [TODAY + timedelta(days=n) for n in range(366)]
    assert all(weekday_names()[d.weekday()] == d.strftime("%a") for d in days)
    assert all(month_names()[d.month - 1] == d.strftime("%b") for d in days)


def test_the_entries_name_each_routine_as_the_person_knows_it(
    qtbot: QtBot, path: Path, store: HistoryStore, routines: dict
) -> None:
    """The controller passes the routines' titles (in the language in use); an id with no
    title (a routine since removed) is shown as it is."""
    from steadypause.core.scheduler import Scheduler
    from steadypause.core.settings import Settings
    from steadypause.session.controller import Controller
    from steadypause.session.scheduler_config import scheduler_config

    month(path)
    clock = FakeClock(datetime(2026, 11, 25, 18, 0, tzinfo=TZ))
    s = Settings()
    c = Controller(clock, Scheduler(clock, scheduler_config(s)), s, routines, store)
    c.start()
    try:
        c.show_history()
        window = c.windows.history
        assert window is not None
        model = window.entries.model()
        column = [
            model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())
        ].index("Routine")
        shown = {model.index(row, column).data() for row in range(model.rowCount())}
        assert routines["transition"].title in shown
        assert "transition" not in shown
    finally:
        dispose_controller(c)
