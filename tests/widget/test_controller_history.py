"""The controller keeps every prompt outcome and pause in the history (fake clock)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from controllers import dispose_controller
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from steadypause.core import history
from steadypause.core.clock import FakeClock
from steadypause.core.history import HistoryStore, Outcome, Record
from steadypause.core.routine import Routine
from steadypause.core.scheduler import Scheduler
from steadypause.core.settings import Settings
from steadypause.session.controller import Controller
from steadypause.session.scheduler_config import scheduler_config
from steadypause.session.shell import ShellHost
from steadypause.ui.prompt import PromptWindow

TZ = ZoneInfo("Australia/Adelaide")  # +10:30 in summer: offsets must survive
START = datetime(2026, 11, 25, 10, 0, tzinfo=TZ)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def store(clock: FakeClock) -> Iterator[HistoryStore]:
    s = HistoryStore(history.default_path(), clock)
    s.start()
    yield s
    s.close()


def make(
    qtbot: QtBot,
    clock: FakeClock,
    routines: dict[str, Routine],
    store: HistoryStore,
    **settings: object,
) -> Controller:
    s = Settings(breath_in_seconds=2.0, breath_out_seconds=2.0, breath_cycles=1, **settings)  # type: ignore[arg-type]
    scheduler = Scheduler(clock, scheduler_config(s))
    # These tests start at 10:00 on a working day that has already begun.
    scheduler.restore_day_marks(clock.now().date(), None)
    c = Controller(clock, scheduler, s, routines, store)
    scheduler.on_decision = c.recorder.on_decision  # as app.py wires it
    c.start()
    return c


@pytest.fixture
def controller(
    qtbot: QtBot, clock: FakeClock, routines: dict[str, Routine], store: HistoryStore
) -> Iterator[Controller]:
    c = make(qtbot, clock, routines, store)
    yield c
    dispose_controller(c)


def saved(store: HistoryStore) -> list[Record]:
    assert store.flush()
    return history.read(store.path)


def prompt_now(clock: FakeClock, controller: Controller) -> None:
    clock.advance(60 * 60)
    controller.reschedule()
    assert controller.window == "prompt"


@pytest.mark.parametrize(
    ("button", "outcome"), [("later_button", Outcome.LATER), ("skip_button", Outcome.SKIPPED)]
)
def test_prompt_answers_are_recorded(
    qtbot: QtBot,
    clock: FakeClock,
    controller: Controller,
    store: HistoryStore,
    button: str,
    outcome: Outcome,
) -> None:
    prompt_now(clock, controller)
    prompted = clock.now()
    clock.advance(20)
    qtbot.mouseClick(getattr(controller.prompt, button), Qt.MouseButton.LeftButton)
    (r,) = saved(store)
    assert (r.cue, r.cue_detail, r.outcome) == ("work_timer", "60 min", outcome)
    assert r.prompted_at == prompted
    assert r.prompted_at.utcoffset() == timedelta(hours=10, minutes=30)
    assert r.ended_at == prompted + timedelta(seconds=20)
    assert not r.started


def test_an_unanswered_prompt_is_recorded_as_missed(
    qtbot: QtBot, clock: FakeClock, controller: Controller, store: HistoryStore
) -> None:
    prompt_now(clock, controller)
    prompt = controller.prompt
    assert isinstance(prompt, PromptWindow)
    prompt.time_out()  # what the prompt's own two-minute timer does
    (r,) = saved(store)
    assert r.outcome is Outcome.MISSED


def test_snoozing_over_a_prompt_is_recorded(
    clock: FakeClock, controller: Controller, store: HistoryStore
) -> None:
    prompt_now(clock, controller)
    controller.snooze(30)
    assert [r.outcome for r in saved(store)] == [Outcome.SNOOZED]


def test_a_completed_pause_from_a_prompt_is_one_row(
    qtbot: QtBot, clock: FakeClock, controller: Controller, store: HistoryStore
) -> None:
    prompt_now(clock, controller)
    prompted = clock.now()
    clock.advance(5)
    qtbot.mouseClick(controller.prompt.start_button, Qt.MouseButton.LeftButton)
    window = controller.pause_window
    window.checkin_before.scale.set_value(7)
    clock.advance(150)
    for _ in window.routine.steps[1:]:
        window.next()
    assert window.checkin_after.isVisibleTo(window)
    window.checkin_after.scale.set_value(4)
    window.next()  # Done
    (r,) = saved(store)
    assert r.outcome is Outcome.COMPLETED
    assert (r.cue, r.routine) == ("work_timer", "full")
    assert r.prompted_at == prompted
    assert r.started_at == prompted + timedelta(seconds=5)
    assert r.ended_at == r.started_at + timedelta(seconds=150)
    assert (r.steps_reached, r.steps_total) == (len(window.routine.steps),) * 2
    assert (r.checkin_before, r.checkin_after) == (7, 4)


def test_a_pause_closed_early_is_skipped_with_its_step(
    qtbot: QtBot, clock: FakeClock, controller: Controller, store: HistoryStore
) -> None:
    controller.pause_now("cli")
    window = controller.pause_window
    window.checkin_before.skip()
    window.next()
    window.close()
    (r,) = saved(store)
    assert (r.cue, r.cue_detail, r.outcome) == ("manual", "cli", Outcome.SKIPPED)
    assert r.prompted_at is None
    assert r.steps_reached == 2
    assert (r.checkin_before, r.checkin_after) == (None, None)


def test_pause_now_over_a_prompt_answers_the_prompt(
    clock: FakeClock, controller: Controller, store: HistoryStore
) -> None:
    prompt_now(clock, controller)
    controller.pause_now("tray")
    controller.pause_window.close()
    (r,) = saved(store)
    assert r.cue == "work_timer"
    assert r.prompted_at is not None
    assert r.started


def test_quitting_mid_pause_keeps_it(
    clock: FakeClock, controller: Controller, store: HistoryStore
) -> None:
    controller.pause_now()
    controller.close_windows()
    assert [r.outcome for r in saved(store)] == [Outcome.SKIPPED]


def walk_with_words(qtbot: QtBot, controller: Controller) -> dict[str, str]:
    controller.pause_now()
    window = controller.pause_window
    for page in window.pages:
        if page.own_words is not None:
            page.own_words.setText(f"typed on {page.step.id}")
    expected = window.entries()
    for _ in window.routine.steps:
        window.next()
    return expected


def test_journal_text_is_not_kept_with_journaling_off(
    qtbot: QtBot, controller: Controller, store: HistoryStore
) -> None:
    assert walk_with_words(qtbot, controller)
    (r,) = saved(store)
    assert r.journal == {}
    assert not any(b"typed on" in p.read_bytes() for p in store.path.parent.iterdir())


def test_journal_text_is_kept_with_journaling_on(
    qtbot: QtBot, clock: FakeClock, routines: dict[str, Routine], store: HistoryStore
) -> None:
    c = make(qtbot, clock, routines, store, journaling=True)
    try:
        expected = walk_with_words(qtbot, c)
    finally:
        dispose_controller(c)
    (r,) = saved(store)
    assert r.journal == expected
    assert len(expected) >= 2


def test_a_cue_let_go_while_busy_is_recorded_as_deferred_out(
    clock: FakeClock, controller: Controller, store: HistoryStore
) -> None:
    from steadypause.core.cues import Cue, CueKind
    from steadypause.core.decision import Action, Decision, Why

    cue = Cue(CueKind.UNLOCK, clock.now(), "locked 12 min")
    clock.advance(60 * 60)
    controller.recorder.on_decision(Decision(Action.DEFER, cue, clock.now(), Why.BUSY))
    controller.recorder.on_decision(Decision(Action.DROP, cue, clock.now(), Why.COOLDOWN))
    controller.recorder.on_decision(Decision(Action.DROP, cue, clock.now(), Why.DEFERRED_OUT))
    (r,) = saved(store)
    assert (r.cue, r.outcome, r.ended_at - r.prompted_at) == (
        "unlock",
        Outcome.DEFERRED_OUT,
        timedelta(hours=1),
    )
    assert r.routine == "transition"


def test_the_scheduler_reports_deferred_out_through_the_wiring(
    clock: FakeClock, controller: Controller, store: HistoryStore
) -> None:
    scheduler = controller.scheduler
    scheduler.set_busy(True)  # a call, all afternoon
    for _ in range(6 * 6):  # six hours, re-checked every ten minutes
        clock.advance(10 * 60)
        controller.reschedule()
    assert controller.window == "closed"
    records = saved(store)
    assert records
    assert {r.outcome for r in records} == {Outcome.DEFERRED_OUT}
    assert records[0].cue == "work_timer"


def test_without_a_store_nothing_is_recorded_and_no_checkin_shown(
    clock: FakeClock, routines: dict[str, Routine], qtbot: QtBot
) -> None:
    s = Settings()
    c = Controller(clock, Scheduler(clock, scheduler_config(s)), s, routines)
    c.start()
    c.pause_now()
    assert c.pause_window.checkin_before is None
    dispose_controller(c)
    assert not history.default_path().exists()


def test_a_damaged_file_is_told_once_from_the_writer_thread(
    qtbot: QtBot, clock: FakeClock, routines: dict[str, Routine]
) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    path = history.default_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\x00garbage, not a database" * 300)
    shell = ShellHost()
    store = HistoryStore(path, clock, on_notice=shell.notice.emit)  # as app.py wires it
    s = Settings(breath_in_seconds=2.0, breath_out_seconds=2.0, breath_cycles=1)
    c = Controller(clock, Scheduler(clock, scheduler_config(s)), s, routines, store, shell=shell)
    c.start()
    store.start()  # as app.py does: after the controller exists
    try:

        def boxes() -> list[QMessageBox]:
            return [
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.objectName() == "noticeBox" and w.isVisible()
            ]

        qtbot.waitUntil(lambda: len(boxes()) == 1)
        assert "put aside" in boxes()[0].text()
        c.pause_now()
        c.pause_window.close()
        assert store.flush()
        assert len(boxes()) == 1
        assert len(history.read(path)) == 1
    finally:
        for box in QApplication.topLevelWidgets():
            if isinstance(box, QMessageBox):
                box.close()
        store.close()
        dispose_controller(c)
