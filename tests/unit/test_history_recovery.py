"""The unsaved-records file: written whole or not at all, read back into the history."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from steadypause.core import history
from steadypause.core.history import migrations, recovery

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=timezone(timedelta(hours=1)))


def record(n: int) -> history.Record:
    return history.Record(
        cue="unlock",
        cue_detail="after lunch",
        outcome="completed",
        routine="transition",
        prompted_at=T0,
        started_at=T0 + timedelta(minutes=n),
        ended_at=T0 + timedelta(minutes=n, seconds=45),
        steps_reached=2,
        steps_total=3,
        checkin_before=4,
        checkin_after=7,
        journal={"name": f"entry {n}", "next": "tea"},
    )


def test_a_row_reads_back_as_the_same_record() -> None:
    original = record(1)
    assert recovery.from_row(history.to_row(original)) == original
    bare = history.Record(cue="manual", outcome="skipped", ended_at=T0)
    assert recovery.from_row(history.to_row(bare)) == bare


def test_kept_records_go_into_the_history_and_the_file_goes(tmp_path: Path) -> None:
    folder, spare = tmp_path / "data", tmp_path / "spare"
    kept = recovery.keep([record(0), record(1)], [folder, spare], T0)
    assert kept is not None
    assert kept.parent == folder
    assert len(kept.read_text(encoding="utf-8").splitlines()) == 2
    again = recovery.keep([record(2)], [folder], T0)  # the same second: a second file
    assert again is not None
    assert again != kept

    with history.opened(folder / history.FILE_NAME) as conn:
        assert recovery.replay(conn, [folder, spare]) == 3
    assert [r.journal["name"] for r in history.read(folder / history.FILE_NAME)] == [
        "entry 0",
        "entry 1",
        "entry 2",
    ]
    assert recovery.files([folder, spare]) == []


def test_a_folder_that_cannot_take_the_file_leaves_nothing_and_the_next_is_used(
    tmp_path: Path,
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    spare = tmp_path / "spare"
    kept = recovery.keep([record(0)], [blocked, spare], T0)
    assert kept is not None
    assert kept.parent == spare
    assert recovery.keep([record(0)], [blocked], T0) is None


def test_an_unreadable_file_is_left_where_it_is(tmp_path: Path) -> None:
    bad = tmp_path / "unsaved-20261201T090000.jsonl"
    bad.write_text('{"cue": "manual"}\n', encoding="utf-8")  # no outcome, no time
    with history.opened(tmp_path / history.FILE_NAME) as conn:
        assert recovery.replay(conn, [tmp_path]) == 0
    assert bad.exists()


def test_a_failed_migration_raises_its_own_error_not_a_rollback_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def full(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE t (x)")
        conn.execute("ROLLBACK")  # what SQLite does by itself when the disk is full
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(migrations, "MIGRATIONS", (full,))
    conn = sqlite3.connect(":memory:", isolation_level=None)
    with pytest.raises(sqlite3.OperationalError, match="disk is full"):
        migrations.migrate(conn, target=1)
    assert not conn.in_transaction


def test_a_full_disk_is_named(tmp_path: Path) -> None:
    exc = sqlite3.OperationalError("database or disk is full")
    exc.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
    assert recovery.cause(exc, tmp_path).startswith(f"the disk that holds {tmp_path} is full")
    no_space = OSError(28, "No space left on device")
    assert recovery.cause(no_space, tmp_path).startswith("the disk that holds")
    # Room enough, another error: its own words.
    assert recovery.cause(sqlite3.OperationalError("locked"), tmp_path) == "locked"
