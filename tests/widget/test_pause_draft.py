"""The pause on screen is kept as it goes (session/pause_draft.py): saved when it opens and
on each step, after a quiet moment while the person types, and replaced by its real record
when it closes (the real writer thread, a fake clock)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from controllers import dispose_controller
from pytestqt.qtbot import QtBot

from steadypause.core import history
from steadypause.core.clock import FakeClock
from steadypause.core.history import HistoryStore, Outcome, Record, draft
from steadypause.core.routine import Routine
from steadypause.core.scheduler import Scheduler
from steadypause.core.settings import Settings
from steadypause.session.controller import Controller
from steadypause.session.scheduler_config import scheduler_config

START = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Europe/Madrid"))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.fixture
def store(clock: FakeClock) -> Iterator[HistoryStore]:
    s = HistoryStore(history.default_path(), clock)
    s.start(when_used=True)  # as app.py starts it
    yield s
    s.close()


@pytest.fixture
def controller(
    qtbot: QtBot, clock: FakeClock, routines: dict[str, Routine], store: HistoryStore
) -> Iterator[Controller]:
    s = Settings(journaling=True, breath_in_seconds=2.0, breath_out_seconds=2.0, breath_cycles=1)
    scheduler = Scheduler(clock, scheduler_config(s))
    scheduler.restore_day_marks(clock.now().date(), None)
    c = Controller(clock, scheduler, s, routines, store)
    c.start()
    yield c
    dispose_controller(c)


def kept(store: HistoryStore) -> Record | None:
    assert store.flush()
    return draft.load(store.draft_path)


def test_the_pause_on_screen_is_kept_as_it_goes_and_replaced_when_it_closes(
    qtbot: QtBot, clock: FakeClock, controller: Controller, store: HistoryStore
) -> None:
    assert not store.started  # nothing kept before a pause
    controller.pause_now("cli")
    window = controller.pause_window
    first = kept(store)
    assert first is not None
    assert (first.outcome, first.steps_reached, first.journal) == (Outcome.INTERRUPTED, 1, {})
    assert first.started_at == START

    writing = next(n for n, p in enumerate(window.pages) if p.own_words is not None)
    for _ in range(writing):
        clock.advance(20)
        window.next()
    on_step = kept(store)
    assert on_step is not None
    assert on_step.steps_reached == writing + 1  # saved with the step change
    assert on_step.ended_at == clock.now()

    field = window.pages[writing].own_words
    assert field is not None
    qtbot.keyClicks(field, "the family meeting")
    waiting = kept(store)
    assert waiting is not None
    assert waiting.journal == {}  # not on every key: after a quiet moment
    clock.advance(2)  # the quiet moment (the Qt timer's wait is real)
    qtbot.waitUntil(lambda: (d := kept(store)) is not None and bool(d.journal), timeout=5000)
    typed = kept(store)
    assert typed is not None
    assert typed.journal == {window.pages[writing].step.id: "the family meeting"}

    while controller.pause_window is not None:
        window.next()  # to Done
    assert kept(store) is None  # the real record replaced it
    (only,) = history.read(store.path)
    assert only.outcome is Outcome.COMPLETED
    assert "the family meeting" in only.journal.values()


def test_quitting_mid_pause_leaves_no_draft(controller: Controller, store: HistoryStore) -> None:
    controller.pause_now()
    assert kept(store) is not None
    controller.close_windows()  # Quit, logout, SIGTERM
    assert kept(store) is None
    assert [r.outcome for r in history.read(store.path)] == [Outcome.SKIPPED]


def test_history_names_an_interrupted_pause_in_plain_words() -> None:
    from steadypause.ui.history_tables import entry_rows

    started = Record(
        cue="manual", outcome=Outcome.SKIPPED, started_at=START, steps_reached=2, steps_total=4
    )
    interrupted = draft.as_draft(started, START)
    _header, rows = entry_rows([started, interrupted])
    assert [row[3] for row in rows] == ["interrupted at step 2 of 4", "closed at step 2 of 4"]
