"""The history file on disk: where it is, opening it (user-only, WAL, migrated), reading it
while the app writes, checking it, and putting a damaged one aside.

Pure Python, no Qt. The file is ``user_data_dir("steadypause")/history.sqlite3``; it and
its ``-wal``/``-shm`` companions are readable by the user only (0600, directory 0700).
Readers open their own short-lived read-only connection: WAL lets them read while the app
writes.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from urllib.parse import quote

import platformdirs

from steadypause import APP_NAME
from steadypause.core.history.migrations import SCHEMA_VERSION, HistoryError, migrate
from steadypause.core.i18n import translate

log = logging.getLogger(__name__)

FILE_NAME = "history.sqlite3"
COMPANIONS = ("-wal", "-shm", "-journal")
DRAFT_PREFIX = "draft-"  # the pause in progress (draft.py), and its temporary file
_DAMAGED = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def default_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME)) / FILE_NAME


def private_dir(directory: Path) -> None:
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
    private_dir(path.parent)
    created = not path.exists()
    if created:
        # Create it 0600 before SQLite does; SQLite gives -wal and -shm the same mode.
        os.close(os.open(path, os.O_RDWR | os.O_CREAT, 0o600))
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=10, check_same_thread=False)
    except BaseException:
        if created:
            _remove_new(path)
        raise
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
        if created:
            _remove_new(path)
        raise
    _private_files(path)
    return conn


def _remove_new(path: Path) -> None:
    """Remove a file this process has just created and failed to set up (a full disk): no
    empty or half-made history file is left, and its pages are free again."""
    for p in (path, *(_sibling(path, s) for s in COMPANIONS)):
        with contextlib.suppress(OSError):
            p.unlink(missing_ok=True)


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


def history_files(path: Path) -> list[Path]:
    """The history file, its companions, damaged copies, unsaved records and the draft of
    the pause in progress."""
    if not path.parent.exists():
        return []
    names = [
        p for p in path.parent.iterdir() if p.name.startswith((path.name, "unsaved-", DRAFT_PREFIX))
    ]
    return sorted(names)


@contextlib.contextmanager
def opened(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-write connection for scripts and tests (closed on exit)."""
    conn = connect(path)
    try:
        yield conn
    finally:
        conn.close()
