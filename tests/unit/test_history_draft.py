"""The pause in progress kept as a draft (core/history/draft.py), through the real writer
thread: saved as it goes, replaced by the real record exactly once, put into the history as
interrupted by the next start, and removed with the history."""

from __future__ import annotations

import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from steadypause.core import history, summary
from steadypause.core.clock import FakeClock
from steadypause.core.history import DraftTimer, Outcome, Record, draft, recovery

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))
WORDS = {"name": "the family meeting", "phrase": "may I be gentle with myself"}


def pause(outcome: Outcome = Outcome.COMPLETED, reached: int = 3, **more: object) -> Record:
    return Record(
        cue="manual",
        outcome=outcome,
        routine="transition",
        started_at=T0,
        ended_at=T0 + timedelta(minutes=2),
        steps_reached=reached,
        steps_total=3,
        checkin_before=7,
        journal=WORDS,
        **more,  # type: ignore[arg-type]
    )


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "data" / history.FILE_NAME


def run(path: Path, clock: FakeClock) -> history.HistoryStore:
    """A new start of the app's writer (it starts with its first use)."""
    store = history.HistoryStore(path, clock)
    store.start(when_used=True)
    return store


# -- when to save ------------------------------------------------------------------------


def test_the_timer_waits_for_a_quiet_moment() -> None:
    clock = FakeClock(T0)
    timer = DraftTimer(clock, quiet=1.5, longest=10)
    assert timer.due_in() is None
    assert not timer.waiting
    assert timer.changed() == 1.5
    clock.advance(1.0)
    assert timer.changed() == 1.5  # another key: the quiet moment starts again
    clock.advance(1.0)
    assert timer.due_in() == 0.5
    clock.advance(0.5)
    assert timer.due_in() == 0
    timer.saved()
    assert timer.due_in() is None
    assert not timer.waiting


def test_typing_on_and_on_is_saved_at_the_latest_after_the_longest_wait() -> None:
    clock = FakeClock(T0)
    timer = DraftTimer(clock, quiet=1.5, longest=10)
    timer.changed()
    for _ in range(9):  # a key a second, never quiet
        clock.advance(1.0)
        timer.changed()
    assert timer.due_in() == 1.0  # 10 s after the first change, not 1.5 s after the last
    clock.advance(1.0)
    timer.changed()
    assert timer.due_in() == 0


# -- the file ---------------------------------------------------------------------------


def test_a_draft_is_the_record_interrupted_user_only_and_whole(path: Path) -> None:
    target = draft.path_beside(path)
    kept = draft.as_draft(pause(), T0 + timedelta(minutes=1))
    assert kept.outcome is Outcome.INTERRUPTED
    assert kept.ended_at == T0 + timedelta(minutes=1)
    draft.save(target, kept)
    draft.save(target, kept)  # replaced whole
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(target.parent.stat().st_mode) == 0o700
    assert [p.name for p in target.parent.iterdir()] == [draft.NAME]  # no temporary left
    assert draft.load(target) == kept
    assert target in history.history_files(path)  # deleted with the history


def test_an_unreadable_draft_is_left_for_the_person(path: Path) -> None:
    target = draft.path_beside(path)
    target.parent.mkdir(parents=True)
    target.write_text("{not json")
    assert draft.load(target) is None
    assert draft.adopt(target, [target.parent], T0) is None
    assert target.exists()


# -- through the writer thread ---------------------------------------------------------


def test_a_closed_pause_replaces_its_draft_exactly_once(path: Path) -> None:
    clock = FakeClock(T0)
    store = run(path, clock)
    try:
        store.draft(pause(reached=1))
        store.flush()
        assert draft.load(store.draft_path) is not None
        clock.advance(30)
        store.draft(pause(reached=2))
        store.record_closing_draft(pause())
        assert store.flush()
        assert not store.draft_path.exists()
    finally:
        store.close()
    store = run(path, clock)  # the next start finds nothing to add
    store.flush()
    store.close()
    (only,) = history.read(path)
    assert only.outcome is Outcome.COMPLETED
    assert only.journal == WORDS


def test_the_next_start_keeps_a_draft_left_open_as_interrupted(path: Path) -> None:
    clock = FakeClock(T0)
    store = run(path, clock)
    store.draft(pause(reached=2))
    store.flush()
    store.close()  # as if killed: the pause never closed, only its draft is there
    assert history.read(path) == []

    clock.advance(3600)
    again = history.HistoryStore(path, clock)
    again.start(when_used=True)
    try:
        assert again.started  # a draft waiting: not "when used", at once
        again.flush()
        assert not again.draft_path.exists()
    finally:
        again.close()
    (kept,) = history.read(path)
    assert kept.outcome is Outcome.INTERRUPTED
    assert kept.journal == WORDS
    assert (kept.steps_reached, kept.steps_total, kept.checkin_before) == (2, 3, 7)
    assert kept.ended_at == T0  # when it was last saved, not when the app came back
    assert recovery.files([path.parent]) == []


def test_a_draft_whose_real_record_is_in_is_not_written_twice(path: Path) -> None:
    # The app stopped after writing the real record and before removing the draft.
    with history.opened(path) as conn:
        history.insert(conn, pause())
    draft.save(draft.path_beside(path), draft.as_draft(pause(reached=2), T0))
    store = run(path, FakeClock(T0))
    store.flush()
    store.close()
    assert [r.outcome for r in history.read(path)] == [Outcome.COMPLETED]
    assert not draft.path_beside(path).exists()


def test_the_first_draft_of_a_new_run_does_not_overwrite_an_old_one(path: Path) -> None:
    clock = FakeClock(T0)
    draft.save(draft.path_beside(path), draft.as_draft(pause(reached=2), T0))
    store = history.HistoryStore(path, clock)  # the thread not started on its own here
    clock.advance(600)
    # Queued before the thread runs: the thread keeps the old draft first.
    store.draft(
        Record(cue="unlock", outcome=Outcome.SKIPPED, started_at=T0 + timedelta(minutes=10))
    )
    store.start()
    store.flush()
    store.close()
    (old,) = history.read(path)
    assert (old.cue, old.outcome, old.journal) == ("manual", Outcome.INTERRUPTED, WORDS)
    new = draft.load(draft.path_beside(path))
    assert new is not None
    assert new.cue == "unlock"


def test_deleting_the_history_deletes_the_draft(path: Path) -> None:
    store = run(path, FakeClock(T0))
    try:
        store.draft(pause(reached=1))
        store.flush()
        assert store.draft_path.exists()
        removed = store.delete_all()
        assert store.draft_path in removed
        assert not store.draft_path.exists()
    finally:
        store.close()


# -- in plain words -----------------------------------------------------------------------


def test_an_interrupted_pause_reads_as_such_and_counts_as_a_pause_taken() -> None:
    kept = draft.as_draft(pause(reached=2), T0 + timedelta(minutes=1))
    assert summary.outcome_words(kept) == "interrupted at step 2 of 3"
    figures = summary.summarize([kept, pause()], T0.date(), 1)
    assert figures.pauses == 2  # a pause window that opened, like one closed early
