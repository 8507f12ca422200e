"""History: every prompt and pause, kept in a small SQLite file on this computer.

Pure Python, no Qt. One row per prompt and per pause (a prompt answered with *Start* and
the pause it opened are one row). Times are ISO 8601 with the UTC offset in force when
they happened, so a day is the day as it was lived, across time zones and DST.

- The file is ``user_data_dir("steadypause")/history.sqlite3``, in WAL mode with foreign
  keys on; it and its ``-wal``/``-shm`` companions are readable by the user only (0600,
  directory 0700).
- The schema is versioned with ``PRAGMA user_version``; :data:`MIGRATIONS` are ordered,
  one small function each, each run in its own transaction. A file from a newer version is
  refused, never rewritten.
- :class:`HistoryStore` writes on its own thread behind a queue, so recording never blocks
  the pause window. A failed write stays queued, is retried, logged and reported once; what
  cannot be written by the time the app closes is kept as ``unsaved-<time>.jsonl``.
- A damaged file is moved aside as ``history.sqlite3.damaged-<time>`` and a new one started;
  the user is told once.
- Readers (the History window, ``steadypause history``) open their own short-lived
  read-only connection: WAL lets them read while the app writes.
"""

from __future__ import annotations

import contextlib
import csv
import enum
import json
import logging
import os
import queue
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

import platformdirs

from steadypause import APP_NAME
from steadypause.core.clock import Clock
from steadypause.core.cues import Cue
from steadypause.core.i18n import translate

log = logging.getLogger(__name__)

FILE_NAME = "history.sqlite3"
COMPANIONS = ("-wal", "-shm", "-journal")
CHECKIN_MIN, CHECKIN_MAX = 0, 10
# Waits between attempts at a write that failed; the last one repeats while it keeps failing.
RETRY_DELAYS = (0.5, 2.0, 10.0, 60.0)
_DAMAGED = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def default_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME)) / FILE_NAME


class Outcome(enum.StrEnum):
    """How a prompt or a pause ended."""

    COMPLETED = "completed"  # the pause reached its last step
    SKIPPED = "skipped"  # Skip on the prompt, or the pause closed before its end
    LATER = "later"  # "In 10 minutes" on the prompt
    SNOOZED = "snoozed"  # reminders snoozed while the prompt was open
    MISSED = "missed"  # the prompt closed itself unanswered
    DEFERRED_OUT = "deferred-out"  # never shown: the person stayed busy past the deferral cap


class HistoryError(Exception):
    """The history file cannot be used (it is from a newer version, or cannot be opened)."""


@dataclass(frozen=True)
class Record:
    """One prompt, one pause, or a prompt and the pause it opened.

    ``started_at`` is set only when a pause window opened; a manual pause has no
    ``prompted_at``. ``journal`` maps a step id to what was picked or typed there and is
    only given when the person turned journaling on.
    """

    cue: str
    outcome: Outcome
    routine: str | None = None
    cue_detail: str = ""
    prompted_at: datetime | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None
    steps_reached: int = 0
    steps_total: int = 0
    checkin_before: int | None = None
    checkin_after: int | None = None
    journal: Mapping[str, str] = field(default_factory=dict)
    id: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "outcome", Outcome(self.outcome))
        times = [t for t in (self.prompted_at, self.started_at, self.ended_at) if t is not None]
        if not times:
            raise ValueError("a history record needs at least one time")  # i18n-exempt: a bug
        if any(t.tzinfo is None for t in times):
            raise ValueError("history times must be timezone-aware")  # i18n-exempt: a bug
        for name in ("checkin_before", "checkin_after"):
            value = getattr(self, name)
            if value is not None and not CHECKIN_MIN <= value <= CHECKIN_MAX:
                raise ValueError(  # i18n-exempt: programmer error
                    f"{name} must be from {CHECKIN_MIN} to {CHECKIN_MAX}"
                )
        object.__setattr__(self, "journal", dict(self.journal))

    @classmethod
    def for_prompt(
        cls, cue: Cue, outcome: Outcome | str, ended_at: datetime, routine: str | None = None
    ) -> Record:
        """A cue that did not become a pause: skipped, later, snoozed, missed, deferred-out."""
        return cls(
            cue=str(cue.kind),
            cue_detail=cue.detail,
            outcome=Outcome(outcome),
            routine=routine,
            prompted_at=cue.at,
            ended_at=ended_at,
        )

    @property
    def started(self) -> bool:
        """A pause window opened (whether or not it was finished)."""
        return self.started_at is not None

    @property
    def at(self) -> datetime:
        """When it began: the start of the pause, else the prompt, else its end."""
        moment = self.started_at or self.prompted_at or self.ended_at
        assert moment is not None  # __post_init__
        return moment

    @property
    def day(self) -> date:
        return self.at.date()


# --- files and connections ---------------------------------------------------------------


def _private_dir(directory: Path) -> None:
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    directory.chmod(0o700)


def _private_files(path: Path) -> None:
    for p in (path, *(_sibling(path, s) for s in COMPANIONS)):
        with contextlib.suppress(FileNotFoundError):
            p.chmod(0o600)


def _sibling(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def connect(path: Path) -> sqlite3.Connection:
    """A read-write connection (creating the file, user-only), migrated to the latest schema."""
    _private_dir(path.parent)
    if not path.exists():
        # Create it 0600 before SQLite does; SQLite gives -wal and -shm the same mode.
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    conn = sqlite3.connect(path, isolation_level=None, timeout=10, check_same_thread=False)
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        mode = _wal(conn)
        if mode != "wal":
            log.warning("history: journal mode is %s, not wal", mode)
        # FULL: a write is on disk when it returns. Writes are a few an hour; the cost is nil.
        conn.execute("PRAGMA synchronous = FULL")
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    _private_files(path)
    return conn


# How long connect() keeps trying to switch a new file to WAL while another connection is
# setting it up (SQLite answers "locked" at once there, without waiting).
WAL_RETRY_SECONDS = 10.0


def _wal(conn: sqlite3.Connection) -> str:
    """Switch to write-ahead logging. Two connections opening a brand-new file at once
    (the writer thread and the History window, or the command line) can collide here:
    SQLite then reports "database is locked" at once instead of waiting, so wait and retry."""
    deadline = time.monotonic() + WAL_RETRY_SECONDS
    while True:
        try:
            return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(0.02)


def connect_readonly(path: Path) -> sqlite3.Connection | None:
    """A read-only connection, or None if there is no history file yet."""
    if not path.exists():
        return None
    uri = f"file:{quote(str(path))}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=10)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        conn.close()
        raise HistoryError(
            translate(
                "History",
                "{path} was written by a newer Steady Pause (schema {found}; this "
                "version knows {known})",
            ).format(path=path, found=version, known=SCHEMA_VERSION)
        )
    if version < SCHEMA_VERSION:
        # Not yet migrated (the app upgrades it on its next start): read what is there by
        # migrating a private in-memory copy.
        memory = sqlite3.connect(":memory:", isolation_level=None)
        conn.backup(memory)
        conn.close()
        migrate(memory)
        return memory
    return conn


def is_damage(exc: BaseException) -> bool:
    """Whether an sqlite3 error means the file is damaged (not merely busy or unreadable)."""
    return (
        isinstance(exc, sqlite3.DatabaseError)
        and getattr(exc, "sqlite_errorcode", None) in _DAMAGED
    )


class DamagedError(Exception):
    """The file is not a database, or SQLite finds it malformed."""


def open_checked(path: Path) -> sqlite3.Connection:
    """:func:`connect` plus ``PRAGMA quick_check``; raises :class:`DamagedError` if damaged."""
    try:
        conn = connect(path)
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise DamagedError(str(exc)) from exc
        raise
    try:
        problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        conn.close()
        if is_damage(exc):
            raise DamagedError(str(exc)) from exc
        raise
    if problems != ["ok"]:
        conn.close()
        raise DamagedError("; ".join(problems[:5]))
    return conn


def integrity(path: Path) -> list[str]:
    """``PRAGMA integrity_check`` on the file, read-only: ``["ok"]`` or the problems found."""
    if not path.exists():
        return ["ok"]
    uri = f"file:{quote(str(path))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=10)
        try:
            return [row[0] for row in conn.execute("PRAGMA integrity_check")]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]


def set_aside(path: Path, now: datetime) -> Path:
    """Move a damaged file (and its companions) aside as ``<name>.damaged-<time>``."""
    stamp = now.strftime("%Y%m%dT%H%M%S")
    target = _sibling(path, f".damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = _sibling(path, f".damaged-{stamp}-{n}")
    path.rename(target)
    for suffix in COMPANIONS:
        with contextlib.suppress(FileNotFoundError):
            _sibling(path, suffix).rename(_sibling(target, suffix))
    log.error("history: damaged file moved aside to %s", target)
    return target


# --- schema ------------------------------------------------------------------------------
# Each migration takes the schema from version N to N+1 inside one transaction. Never edit
# a released one: add the next.


def _v1_pauses(conn: sqlite3.Connection) -> None:
    conn.execute("""
        CREATE TABLE pauses (
            id            INTEGER PRIMARY KEY,
            cue           TEXT NOT NULL,
            cue_detail    TEXT NOT NULL DEFAULT '',
            routine       TEXT,
            prompted_at   TEXT,
            started_at    TEXT,
            ended_at      TEXT,
            outcome       TEXT NOT NULL,
            steps_reached INTEGER NOT NULL DEFAULT 0,
            steps_total   INTEGER NOT NULL DEFAULT 0
        )""")


def _v2_checkins_and_journal(conn: sqlite3.Connection) -> None:
    for column in ("checkin_before", "checkin_after"):
        conn.execute(
            f"ALTER TABLE pauses ADD COLUMN {column} INTEGER "
            f"CHECK ({column} BETWEEN {CHECKIN_MIN} AND {CHECKIN_MAX})"
        )
    conn.execute("""
        CREATE TABLE journal (
            pause_id INTEGER NOT NULL REFERENCES pauses(id) ON DELETE CASCADE,
            step     TEXT NOT NULL,
            text     TEXT NOT NULL,
            PRIMARY KEY (pause_id, step)
        )""")


def _v3_day_index(conn: sqlite3.Connection) -> None:
    # The local calendar day, so that "the last 90 days" is an index range, not a scan.
    conn.execute("ALTER TABLE pauses ADD COLUMN day TEXT")
    conn.execute(
        "UPDATE pauses SET day = substr(coalesce(started_at, prompted_at, ended_at), 1, 10)"
    )
    conn.execute("CREATE INDEX pauses_by_day ON pauses (day, id)")


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _v1_pauses,
    _v2_checkins_and_journal,
    _v3_day_index,
)
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the schema up to ``target``; returns the version it started from."""
    start: int = conn.execute("PRAGMA user_version").fetchone()[0]
    if start > SCHEMA_VERSION:
        raise HistoryError(
            translate(
                "History",
                "the history file was written by a newer Steady Pause (schema {found}; "
                "this version knows {known}); it is left as it is",
            ).format(found=start, known=SCHEMA_VERSION)
        )
    while True:
        # The version is read again under the write lock: another connection (a second
        # process, the writer thread) may have migrated in the meantime.
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version >= target:
                conn.execute("COMMIT")
                break
            MIGRATIONS[version](conn)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        log.info("history: schema migrated to version %d", version + 1)
    return start


# --- rows --------------------------------------------------------------------------------

COLUMNS = (
    "id",
    "cue",
    "cue_detail",
    "routine",
    "prompted_at",
    "started_at",
    "ended_at",
    "outcome",
    "steps_reached",
    "steps_total",
    "checkin_before",
    "checkin_after",
)
CSV_COLUMNS = (*COLUMNS, "journal")


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment is not None else None


def _time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def insert(conn: sqlite3.Connection, record: Record) -> int:
    """Write one record (and its journal) in one transaction; returns its id."""
    return insert_many(conn, [record])[0]


def insert_many(conn: sqlite3.Connection, records: Sequence[Record]) -> list[int]:
    """Write records (and their journals) in one transaction; returns their ids."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        ids = [_insert_one(conn, r) for r in records]
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise
    return ids


def _insert_one(conn: sqlite3.Connection, record: Record) -> int:
    cur = conn.execute(
        "INSERT INTO pauses (cue, cue_detail, routine, prompted_at, started_at, ended_at,"
        " outcome, steps_reached, steps_total, checkin_before, checkin_after, day)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            record.cue,
            record.cue_detail,
            record.routine,
            _iso(record.prompted_at),
            _iso(record.started_at),
            _iso(record.ended_at),
            str(record.outcome),
            record.steps_reached,
            record.steps_total,
            record.checkin_before,
            record.checkin_after,
            record.day.isoformat(),
        ),
    )
    pause_id = cur.lastrowid
    assert pause_id is not None
    conn.executemany(
        "INSERT INTO journal (pause_id, step, text) VALUES (?, ?, ?)",
        [(pause_id, step, text) for step, text in record.journal.items()],
    )
    return pause_id


def _records(conn: sqlite3.Connection, where: str, args: Sequence[Any]) -> list[Record]:
    rows = conn.execute(
        f"SELECT {', '.join(COLUMNS)} FROM pauses {where} ORDER BY day, id", args
    ).fetchall()
    if not rows:
        return []
    notes: dict[int, dict[str, str]] = {}
    query = "SELECT pause_id, step, text FROM journal"  # i18n-exempt: SQL
    if where:
        query += f" WHERE pause_id IN (SELECT id FROM pauses {where})"  # i18n-exempt: SQL
    for pause_id, step, text in conn.execute(query, args):
        notes.setdefault(pause_id, {})[step] = text
    return [
        Record(
            cue=cue,
            cue_detail=detail,
            routine=routine,
            prompted_at=_time(prompted),
            started_at=_time(started),
            ended_at=_time(ended),
            outcome=Outcome(outcome),
            steps_reached=reached,
            steps_total=total,
            checkin_before=before,
            checkin_after=after,
            journal=notes.get(id_, {}),
            id=id_,
        )
        for (
            id_,
            cue,
            detail,
            routine,
            prompted,
            started,
            ended,
            outcome,
            reached,
            total,
            before,
            after,
        ) in rows
    ]


def read(path: Path, since: date | None = None) -> list[Record]:
    """Every record from ``since`` (a local day) on, oldest first; [] without a file."""
    conn = connect_readonly(path)
    if conn is None:
        return []
    try:
        if since is None:
            return _records(conn, "", ())
        return _records(conn, "WHERE day >= ?", (since.isoformat(),))  # i18n-exempt: SQL
    finally:
        conn.close()


def to_row(record: Record) -> dict[str, str]:
    """One CSV row: every column as text, times in ISO 8601, the journal as a JSON object."""
    values: dict[str, Any] = {
        "id": record.id,
        "cue": record.cue,
        "cue_detail": record.cue_detail,
        "routine": record.routine,
        "prompted_at": _iso(record.prompted_at),
        "started_at": _iso(record.started_at),
        "ended_at": _iso(record.ended_at),
        "outcome": str(record.outcome),
        "steps_reached": record.steps_reached,
        "steps_total": record.steps_total,
        "checkin_before": record.checkin_before,
        "checkin_after": record.checkin_after,
        "journal": json.dumps(record.journal, ensure_ascii=False) if record.journal else "",
    }
    return {k: "" if v is None else str(v) for k, v in values.items()}


def export_csv(path: Path, target: Path) -> int:
    """Write all of the history to ``target`` as UTF-8 CSV (atomically); returns the rows."""
    records = read(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
            writer.writeheader()
            for record in records:
                writer.writerow(to_row(record))
            out.flush()
            os.fsync(out.fileno())
        Path(tmp).replace(target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(records)


def history_files(path: Path) -> list[Path]:
    """The history file, its companions, damaged copies and unsaved records."""
    if not path.parent.exists():
        return []
    names = [
        p
        for p in path.parent.iterdir()
        if p.name.startswith(path.name) or p.name.startswith("unsaved-")
    ]
    return sorted(names)


# --- the store ---------------------------------------------------------------------------

Notice = Callable[[str], None]


class HistoryStore:
    """Records on a writer thread; reads with short-lived read-only connections.

    ``on_notice`` is called (from the writer thread) with a sentence for the person, at
    most once per kind of trouble: a damaged file set aside, writes that keep failing.
    """

    def __init__(
        self,
        path: Path,
        clock: Clock,
        on_notice: Notice | None = None,
        retry_delays: Sequence[float] = RETRY_DELAYS,
    ) -> None:
        self.path = path
        self._clock = clock
        self._on_notice = on_notice
        self._delays = tuple(retry_delays)
        self._queue: queue.Queue[tuple[str, Any]] = queue.Queue()
        self._pending: list[Record] = []
        self._conn: sqlite3.Connection | None = None
        self._told: set[str] = set()
        self._failures = 0
        self._thread: threading.Thread | None = None
        self.unavailable: str | None = None  # why the file cannot be used, if it cannot

    # -- what the app calls (any thread; nothing here waits on the disk) -----------------

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="history-writer", daemon=True)
        self._thread.start()

    def record(self, record: Record) -> None:
        self._queue.put(("record", record))

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything submitted so far has been tried once; True if all saved."""
        done: Future[bool] = Future()
        self._queue.put(("flush", done))
        return done.result(timeout)

    def delete_all(self, timeout: float = 10.0) -> list[Path]:
        """Remove every history file (and anything not yet written); returns what was removed.

        The next record starts a new, empty file.
        """
        done: Future[list[Path]] = Future()
        self._queue.put(("delete", done))
        return done.result(timeout)

    def close(self, timeout: float = 10.0) -> None:
        if self._thread is None:
            return
        self._queue.put(("stop", None))
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.error("history: the writer did not stop within %.0f s", timeout)
        self._thread = None

    @property
    def pending(self) -> int:
        return len(self._pending)

    # -- the writer thread ---------------------------------------------------------------

    def _run(self) -> None:
        self._open()
        while True:
            timeout = (
                self._delays[min(self._failures, len(self._delays)) - 1]
                if self._pending and self._failures
                else None
            )
            try:
                kind, item = self._queue.get(timeout=timeout)
            except queue.Empty:
                self._write_pending()
                continue
            if kind == "record":
                self._pending.append(item)
                self._write_pending()
            elif kind == "flush":
                self._write_pending()
                item.set_result(not self._pending)
            elif kind == "delete":
                self._run_safely(item, self._delete)
            elif kind == "stop":
                self._write_pending()
                self._keep_unsaved()
                self._disconnect()
                return

    def _run_safely(self, future: Future[Any], job: Callable[[], Any]) -> None:
        try:
            future.set_result(job())
        except Exception as exc:
            log.exception("history: %s failed", getattr(job, "__name__", "a job"))
            future.set_exception(exc)

    def _open(self) -> sqlite3.Connection | None:
        if self._conn is not None:
            return self._conn
        try:
            self._conn = open_checked(self.path)
            self.unavailable = None
        except HistoryError as exc:
            self.unavailable = str(exc)
            log.error("history: %s", exc)
            self._tell(
                "newer",
                translate(
                    "History",
                    "Your history was saved by a newer version of Steady Pause, so this "
                    "version leaves it as it is. Pauses from now on are kept in {folder} as "
                    "unsaved-….jsonl when the app closes.",
                ).format(folder=self.path.parent),
            )
        except DamagedError as exc:
            log.error("history: %s is damaged: %s", self.path, exc)
            moved = set_aside(self.path, self._clock.now())
            self._tell(
                "damaged",
                translate(
                    "History",
                    "Your pause history could not be read, so it was put aside as "
                    "{name} and a new one started. Nothing else is affected.",
                ).format(name=moved.name),
            )
            try:
                self._conn = connect(self.path)
            except sqlite3.Error as again:
                log.error("history: cannot start a new file: %s", again)
        except sqlite3.Error as exc:
            log.warning("history: cannot open %s: %s", self.path, exc)
        return self._conn

    def _disconnect(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                self._conn.close()
            self._conn = None

    def _write_pending(self) -> None:
        while self._pending:
            conn = self._open()
            if conn is None:
                self._failed("the history file cannot be opened")  # i18n-exempt: log only
                return
            try:
                insert(conn, self._pending[0])
            except sqlite3.Error as exc:
                self._disconnect()
                if is_damage(exc):
                    log.error("history: the file is damaged: %s", exc)
                    with contextlib.suppress(OSError):
                        set_aside(self.path, self._clock.now())
                        self._tell(
                            "damaged",
                            translate(
                                "History",
                                "Your pause history was damaged, so it was put aside "
                                "and a new one started. Nothing else is affected.",
                            ),
                        )
                self._failed(str(exc))
                return
            self._pending.pop(0)
            if self._failures:
                log.info("history: writing works again after %d failed attempts", self._failures)
            self._failures = 0

    def _failed(self, reason: str) -> None:
        self._failures += 1
        log.warning(
            "history: could not save %d record(s) (attempt %d): %s",
            len(self._pending),
            self._failures,
            reason,
        )
        if self._failures >= len(self._delays) and self.unavailable is None:
            self._tell(
                "failing",
                translate(
                    "History",
                    "Steady Pause cannot save your pauses to its history right now. It "
                    "keeps them and keeps trying; nothing else is affected.",
                ),
            )

    def _keep_unsaved(self) -> None:
        if not self._pending:
            return
        stamp = self._clock.now().strftime("%Y%m%dT%H%M%S")
        target = self.path.parent / f"unsaved-{stamp}.jsonl"
        try:
            _private_dir(target.parent)
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as out:
                for record in self._pending:
                    out.write(json.dumps(to_row(record), ensure_ascii=False) + "\n")
            log.error(
                "history: %d record(s) could not be saved; kept in %s", len(self._pending), target
            )
        except OSError:
            log.exception("history: %d record(s) could not be saved or kept", len(self._pending))

    def _delete(self) -> list[Path]:
        self._disconnect()
        self._pending.clear()
        self._failures = 0
        removed = []
        for p in history_files(self.path):
            p.unlink(missing_ok=True)
            removed.append(p)
        log.info("history: deleted %d file(s)", len(removed))
        return removed

    def _tell(self, kind: str, text: str) -> None:
        if kind in self._told:
            return
        self._told.add(kind)
        if self._on_notice is not None:
            try:
                self._on_notice(text)
            except Exception:
                log.exception("history: telling the person failed")


@contextlib.contextmanager
def opened(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-write connection for scripts and tests (closed on exit)."""
    conn = connect(path)
    try:
        yield conn
    finally:
        conn.close()
