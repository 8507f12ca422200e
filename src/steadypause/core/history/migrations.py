"""The history file's schema: one migration per version, in order, and the check for a
file from a newer version.

Pure Python, no Qt. The version is ``PRAGMA user_version``; each migration takes the
schema from version N to N+1 inside one transaction. Never edit a released one: add the
next.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable

from steadypause.core.history.record import CHECKIN_MAX, CHECKIN_MIN
from steadypause.core.i18n import translate

log = logging.getLogger(__name__)


class HistoryError(Exception):
    """The history file cannot be used (it is from a newer version, or cannot be opened)."""


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


def _v4_interrupted_outcome(conn: sqlite3.Connection) -> None:
    # No new column: from this version on, ``outcome`` may be "interrupted" (a pause still
    # open when the app stopped, kept from its draft: history/draft.py). The version says
    # so, and an older Steady Pause, which would fail on the word, leaves the file alone.
    del conn


MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _v1_pauses,
    _v2_checkins_and_journal,
    _v3_day_index,
    _v4_interrupted_outcome,
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
            # SQLite may have rolled back already (a full disk does): a bare ROLLBACK would
            # then fail and hide the real error behind "no transaction is active".
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        log.info("history: schema migrated to version %d", version + 1)
    return start
