"""The history store: schema migrations, private files, reading back, export, damage, delete."""

from __future__ import annotations

import csv
import json
import sqlite3
import stat
import threading
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import platformdirs
import pytest

from steadypause.core import history
from steadypause.core.clock import FakeClock
from steadypause.core.cues import Cue, CueKind
from steadypause.core.history import HistoryStore, Outcome, Record, migrations
from steadypause.core.history import store as writer

TZ = ZoneInfo("Europe/Berlin")
T0 = datetime(2026, 3, 28, 9, 30, tzinfo=TZ)  # the day before the clocks go forward


@pytest.fixture
def path() -> Path:
    return Path(platformdirs.user_data_dir("steadypause")) / history.FILE_NAME


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0)


def pause(at: datetime, **kw: object) -> Record:
    fields = {
        "cue": "unlock",
        "outcome": Outcome.COMPLETED,
        "routine": "transition",
        "started_at": at,
        "ended_at": at + timedelta(minutes=1),
        "steps_reached": 2,
        "steps_total": 2,
    }
    fields.update(kw)
    return Record(**fields)  # type: ignore[arg-type]


def schema(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return sorted(
        (t, " ".join(sql.split()))
        for t, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL")
    )


# --- migrations --------------------------------------------------------------------------

# A row as each older schema would have held it (version -> statements).
OLD_ROWS = {
    1: [
        "INSERT INTO pauses (cue, routine, started_at, ended_at, outcome, steps_reached,"
        " steps_total) VALUES ('unlock', 'transition', '2026-03-28T09:30:00+01:00',"
        " '2026-03-28T09:31:00+01:00', 'completed', 2, 2)"
    ],
    2: [
        "INSERT INTO pauses (cue, routine, started_at, ended_at, outcome, steps_reached,"
        " steps_total, checkin_before, checkin_after) VALUES ('unlock', 'transition',"
        " '2026-03-28T09:30:00+01:00', '2026-03-28T09:31:00+01:00', 'completed', 2, 2, 7, 4)",
        "INSERT INTO journal (pause_id, step, text) VALUES (1, 'name', 'a long ward round')",
    ],
    3: [
        "INSERT INTO pauses (cue, routine, started_at, ended_at, outcome, steps_reached,"
        " steps_total, checkin_before, checkin_after, day) VALUES ('unlock', 'transition',"
        " '2026-03-28T09:30:00+01:00', '2026-03-28T09:31:00+01:00', 'completed', 2, 2, 7, 4,"
        " '2026-03-28')",
        "INSERT INTO journal (pause_id, step, text) VALUES (1, 'name', 'a long ward round')",
    ],
}


def test_a_new_file_gets_every_migration_in_order(path: Path) -> None:
    conn = history.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == history.SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    conn.close()


@pytest.mark.parametrize("version", range(history.SCHEMA_VERSION))
def test_migrating_from_each_older_version(path: Path, version: int) -> None:
    fresh = sqlite3.connect(":memory:", isolation_level=None)
    history.migrate(fresh)

    path.parent.mkdir(parents=True)
    old = sqlite3.connect(path, isolation_level=None)
    assert history.migrate(old, target=version) == 0
    assert old.execute("PRAGMA user_version").fetchone()[0] == version
    for statement in OLD_ROWS.get(version, []):
        old.execute(statement)
    old.close()

    conn = history.connect(path)  # migrates the rest
    assert conn.execute("PRAGMA user_version").fetchone()[0] == history.SCHEMA_VERSION
    assert schema(conn) == schema(fresh)
    conn.close()
    records = history.read(path)
    if version == 0:
        assert records == []
        return
    (r,) = records
    assert (r.cue, r.outcome, r.started_at) == ("unlock", Outcome.COMPLETED, T0)
    assert r.day == T0.date()  # the day column is filled in for old rows
    assert (r.checkin_before, r.checkin_after) == ((7, 4) if version >= 2 else (None, None))
    assert r.journal == ({"name": "a long ward round"} if version >= 2 else {})
    assert history.read(path, since=T0.date()) == records
    assert history.read(path, since=T0.date() + timedelta(days=1)) == []


def test_a_file_from_a_newer_version_is_refused_and_left_alone(path: Path) -> None:
    conn = history.connect(path)
    conn.execute(f"PRAGMA user_version = {history.SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(history.HistoryError, match="newer"):
        history.connect(path)
    with pytest.raises(history.HistoryError, match="newer"):
        history.read(path)
    assert path.read_bytes() == before


def test_a_failed_migration_leaves_the_older_version(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path.parent.mkdir(parents=True)
    conn = sqlite3.connect(path, isolation_level=None)
    history.migrate(conn, target=1)

    def broken(c: sqlite3.Connection) -> None:
        c.execute("ALTER TABLE pauses ADD COLUMN half_done INTEGER")
        raise RuntimeError("boom")

    monkeypatch.setattr(migrations, "MIGRATIONS", (history.MIGRATIONS[0], broken))
    with pytest.raises(RuntimeError):
        history.migrate(conn, target=2)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    columns = [row[1] for row in conn.execute("PRAGMA table_info(pauses)")]
    assert "half_done" not in columns


# --- files ---------------------------------------------------------------------------------


def test_files_are_readable_by_the_user_only(path: Path) -> None:
    conn = history.connect(path)
    history.insert(conn, pause(T0))
    names = {p.name: stat.S_IMODE(p.stat().st_mode) for p in path.parent.iterdir()}
    assert names == {
        "history.sqlite3": 0o600,
        "history.sqlite3-wal": 0o600,
        "history.sqlite3-shm": 0o600,
    }
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    conn.close()


def test_records_read_back_with_their_offsets_and_journal(path: Path) -> None:
    conn = history.connect(path)
    after_dst = datetime(2026, 3, 29, 23, 30, tzinfo=TZ)  # +02:00 now
    first = pause(T0, checkin_before=7, checkin_after=5, journal={"name": 'Ärger, "quoted"'})
    second = Record.for_prompt(
        cue=_cue("work_timer", after_dst),
        outcome=Outcome.LATER,
        ended_at=after_dst + timedelta(minutes=2),
    )
    ids = [history.insert(conn, r) for r in (first, second)]
    conn.close()
    got = history.read(path)
    assert [r.id for r in got] == ids
    assert got[0].journal == first.journal
    assert got[0].started_at.utcoffset() == timedelta(hours=1)
    assert got[1].prompted_at.utcoffset() == timedelta(hours=2)
    assert got[1].day.isoformat() == "2026-03-29"
    assert not got[1].started
    raw = (
        sqlite3.connect(path)
        .execute("SELECT prompted_at, outcome FROM pauses WHERE id=?", (ids[1],))
        .fetchone()
    )
    assert raw == ("2026-03-29T23:30:00+02:00", "later")


def _cue(kind: str, at: datetime) -> Cue:
    return Cue(CueKind(kind), at, "60 min")


@pytest.mark.parametrize(
    ("bad", "why"),
    [
        ({"checkin_before": 11}, "from 0 to 10"),
        ({"checkin_after": -1}, "from 0 to 10"),
        ({"started_at": None, "ended_at": None}, "at least one time"),
        ({"started_at": datetime(2026, 1, 1, 9, 0)}, "timezone-aware"),
    ],
)
def test_records_refuse_impossible_values(bad: dict, why: str) -> None:
    with pytest.raises(ValueError, match=why):
        pause(T0, **bad)


def test_the_database_refuses_an_out_of_range_checkin(path: Path) -> None:
    conn = history.connect(path)
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO pauses (cue, outcome, checkin_before) VALUES ('x', 'y', 12)")
    with pytest.raises(sqlite3.IntegrityError):  # foreign keys are on
        conn.execute("INSERT INTO journal (pause_id, step, text) VALUES (99, 'a', 'b')")
    conn.close()


def test_export_round_trips_through_the_csv_module(path: Path, tmp_path: Path) -> None:
    conn = history.connect(path)
    records = [
        pause(
            T0,
            checkin_before=8,
            checkin_after=6,
            journal={"name": "Too many, at once", "kind": "Zeile 1\nZeile 2 — ✓"},
        ),
        pause(
            T0 + timedelta(hours=3),
            cue="manual",
            cue_detail="tray",
            routine="full",
            outcome=Outcome.SKIPPED,
            steps_reached=2,
            steps_total=5,
        ),
        Record.for_prompt(
            _cue("work_timer", T0 + timedelta(hours=5)),
            Outcome.MISSED,
            T0 + timedelta(hours=5, minutes=2),
        ),
        Record.for_prompt(
            _cue("unlock", T0 + timedelta(hours=6)),
            Outcome.DEFERRED_OUT,
            T0 + timedelta(hours=6, minutes=30),
        ),
    ]
    for r in records:
        history.insert(conn, r)
    conn.close()
    target = tmp_path / "export" / "pauses.csv"
    assert history.export_csv(path, target) == 4

    with target.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert list(rows[0]) == list(history.CSV_COLUMNS)
    back = [
        Record(
            cue=row["cue"],
            cue_detail=row["cue_detail"],
            routine=row["routine"] or None,
            prompted_at=_parse(row["prompted_at"]),
            started_at=_parse(row["started_at"]),
            ended_at=_parse(row["ended_at"]),
            outcome=Outcome(row["outcome"]),
            steps_reached=int(row["steps_reached"]),
            steps_total=int(row["steps_total"]),
            checkin_before=_int(row["checkin_before"]),
            checkin_after=_int(row["checkin_after"]),
            journal=json.loads(row["journal"]) if row["journal"] else {},
            id=int(row["id"]),
        )
        for row in rows
    ]
    assert [dataclass_without_id(r) for r in back] == [dataclass_without_id(r) for r in records]
    assert rows[0]["started_at"] == "2026-03-28T09:30:00+01:00"


def dataclass_without_id(r: Record) -> Record:
    from dataclasses import replace

    return replace(r, id=None)


def _parse(text: str) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _int(text: str) -> int | None:
    return int(text) if text else None


def test_reading_without_a_file_creates_nothing(path: Path) -> None:
    assert history.read(path) == []
    assert history.integrity(path) == ["ok"]
    assert not path.parent.exists()


# --- the store and its writer thread --------------------------------------------------------


def started(
    path: Path, clock: FakeClock, notices: list[str] | None = None, **kw: object
) -> HistoryStore:
    store = HistoryStore(
        path, clock, on_notice=(notices.append if notices is not None else None), **kw
    )  # type: ignore[arg-type]
    store.start()
    return store


def test_the_store_writes_on_its_own_thread(path: Path, clock: FakeClock) -> None:
    seen: list[str] = []
    real_insert = history.insert

    def watching(conn: sqlite3.Connection, record: Record) -> int:
        seen.append(threading.current_thread().name)
        return real_insert(conn, record)

    store = started(path, clock)
    try:
        writer.insert, saved = watching, writer.insert
        for n in range(5):
            store.record(pause(T0 + timedelta(minutes=n)))
        assert store.flush()
    finally:
        writer.insert = saved
        store.close()
    assert seen == ["history-writer"] * 5
    assert len(history.read(path)) == 5


def test_a_failed_write_is_retried_reported_once_and_not_lost(
    path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    notices: list[str] = []
    real_insert = history.insert
    attempts = {"n": 0}

    def flaky(conn: sqlite3.Connection, record: Record) -> int:
        attempts["n"] += 1
        if attempts["n"] <= 4:
            raise sqlite3.OperationalError("disk I/O error")
        return real_insert(conn, record)

    monkeypatch.setattr(writer, "insert", flaky)
    store = started(path, clock, notices, retry_delays=(0.01, 0.01))
    store.record(pause(T0))
    assert not store.flush()  # tried once, still pending
    assert store.pending == 1
    # The writer retries on its own; wait for it with a deadline.
    deadline = threading.Event()
    for _ in range(500):
        if store.flush() and store.pending == 0:
            break
        deadline.wait(0.01)
    store.close()
    assert attempts["n"] == 5
    assert len(history.read(path)) == 1
    assert len(notices) == 1
    assert "cannot save your pauses" in notices[0]


def test_records_that_cannot_be_written_are_kept_when_closing(
    path: Path, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(conn: sqlite3.Connection, record: Record) -> int:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(writer, "insert", broken)
    store = started(path, clock, retry_delays=(60.0,))
    store.record(pause(T0, journal={"name": "keep me"}))
    store.close()
    (kept,) = path.parent.glob("unsaved-*.jsonl")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    row = json.loads(kept.read_text(encoding="utf-8"))
    assert row["started_at"] == T0.isoformat()
    assert json.loads(row["journal"]) == {"name": "keep me"}


def test_a_damaged_file_is_moved_aside_and_a_new_one_works(path: Path, clock: FakeClock) -> None:
    conn = history.connect(path)
    for n in range(200):
        history.insert(conn, pause(T0 + timedelta(minutes=n), journal={"name": "x" * 200}))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 2 : page * 4] = b"\xde\xad\xbe\xef" * (page // 2)  # wreck two pages
    path.write_bytes(bytes(data))
    assert history.integrity(path) != ["ok"]

    notices: list[str] = []
    store = started(path, clock, notices)
    store.record(pause(T0 + timedelta(days=1)))
    assert store.flush()
    store.close()
    aside = sorted(path.parent.glob("history.sqlite3.damaged-*"))
    assert [p.name for p in aside] == ["history.sqlite3.damaged-20260328T093000"]
    assert aside[0].read_bytes()[: page * 2] == bytes(data[: page * 2])
    assert len(notices) == 1
    assert "put aside" in notices[0]
    assert history.integrity(path) == ["ok"]
    assert [r.day for r in history.read(path)] == [(T0 + timedelta(days=1)).date()]


def test_a_file_that_is_not_a_database_is_moved_aside(path: Path, clock: FakeClock) -> None:
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not sqlite at all" * 100)
    notices: list[str] = []
    store = started(path, clock, notices)
    store.record(pause(T0))
    assert store.flush()
    store.close()
    assert len(list(path.parent.glob("history.sqlite3.damaged-*"))) == 1
    assert len(history.read(path)) == 1
    assert len(notices) == 1


def test_delete_all_leaves_no_file_content_behind(path: Path, clock: FakeClock) -> None:
    secret = "the words only I should see"
    store = started(path, clock)
    for n in range(50):
        store.record(pause(T0 + timedelta(minutes=n), journal={"name": f"{secret} {n}"}))
    assert store.flush()
    (path.parent / "history.sqlite3.damaged-20250101T000000").write_text(secret)
    assert any(secret.encode() in p.read_bytes() for p in path.parent.iterdir())

    removed = store.delete_all()
    assert {p.name for p in removed} >= {
        "history.sqlite3",
        "history.sqlite3.damaged-20250101T000000",
    }
    assert list(path.parent.iterdir()) == []
    assert history.read(path) == []

    store.record(pause(T0 + timedelta(days=2)))  # and it starts afresh
    assert store.flush()
    store.close()
    assert [r.id for r in history.read(path)] == [1]
    assert not any(secret.encode() in p.read_bytes() for p in path.parent.iterdir())


def test_connections_opening_a_new_file_at_once_all_succeed(tmp_path: Path) -> None:
    """The writer thread and the History window (or the command line) may open a history
    file that does not exist yet at the same moment; SQLite then answered "database is
    locked" at once to about one round in seven, before connect() learnt to wait."""
    for round_ in range(60):
        path = tmp_path / f"round-{round_}" / "history.sqlite3"
        problems: list[BaseException] = []

        def open_it(path: Path = path, problems: list[BaseException] = problems) -> None:
            try:
                history.connect(path).close()
            except BaseException as exc:
                problems.append(exc)

        threads = [threading.Thread(target=open_it) for _ in range(3)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert problems == [], f"round {round_}: {problems}"
