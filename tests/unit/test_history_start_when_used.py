"""The history writer started "when used" (app.py): no thread and no file until the first
record, flush or delete; then the same writer as ever (issue 18)."""

from __future__ import annotations

import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

from steadypause.core import history
from steadypause.core.clock import FakeClock
from steadypause.core.history import recovery

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))


def _writers() -> int:
    return sum(1 for t in threading.enumerate() if t.name == "history-writer")


def _record(n: int) -> history.Record:
    return history.Record(cue="manual", outcome="skipped", ended_at=T0 + timedelta(minutes=n))


def test_nothing_runs_or_is_written_until_the_first_record(tmp_path: Path) -> None:
    path = tmp_path / "data" / history.FILE_NAME
    before = _writers()
    store = history.HistoryStore(path, FakeClock(T0))
    store.start(when_used=True)
    try:
        assert not store.started
        assert _writers() == before
        assert not path.exists()
        store.record(_record(1))
        assert store.started
        assert store.flush()
        assert [r.ended_at for r in history.read(path)] == [T0 + timedelta(minutes=1)]
    finally:
        store.close()
    assert _writers() == before


def test_closing_an_unused_store_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "data" / history.FILE_NAME
    store = history.HistoryStore(path, FakeClock(T0))
    store.start(when_used=True)
    store.close()
    assert not store.started
    assert not path.parent.exists()


def test_the_first_use_puts_an_earlier_runs_unsaved_records_in(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert recovery.keep([_record(0)], [folder], T0) is not None
    store = history.HistoryStore(folder / history.FILE_NAME, FakeClock(T0))
    store.start(when_used=True)
    try:
        assert recovery.files([folder])  # still waiting: nothing was used
        assert store.flush()  # what the History window does before it reads (session/windows)
        assert len(history.read(folder / history.FILE_NAME)) == 1
        assert recovery.files([folder]) == []
    finally:
        store.close()
