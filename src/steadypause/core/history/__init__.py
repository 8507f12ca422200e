"""History: every prompt and pause, kept in a small SQLite file on this computer.

Pure Python, no Qt. One row per prompt and per pause (a prompt answered with *Start* and
the pause it opened are one row). Times are ISO 8601 with the UTC offset in force when
they happened, so a day is the day as it was lived, across time zones and DST.

The package's public face; each job has its own module:

- ``record``: :class:`Outcome` and :class:`Record`, what one row holds;
- ``migrations``: the schema, versioned with ``PRAGMA user_version`` (:data:`MIGRATIONS`,
  ordered, one small function each, each in its own transaction); a file from a newer
  version is refused, never rewritten;
- ``connection``: the file (``user_data_dir("steadypause")/history.sqlite3``, WAL, foreign
  keys on, user-only), read-only connections for readers (the History window,
  ``steadypause history``), the damage check and setting a damaged file aside;
- ``rows``: records written and read back, a record as text, the CSV export;
- ``store``: :class:`HistoryStore`, the writer thread behind a queue that retries, tells
  the person once and keeps what it cannot write as ``unsaved-<time>.jsonl``;
- ``draft``: the pause on screen kept as it goes (``draft-pause.json``), which the next
  start puts into the history as interrupted, and :class:`DraftTimer`, when to save it.
"""

from __future__ import annotations

from steadypause.core.history.connection import (
    COMPANIONS,
    FILE_NAME,
    WAL_RETRY_SECONDS,
    DamagedError,
    connect,
    connect_readonly,
    default_path,
    history_files,
    integrity,
    is_damage,
    open_checked,
    opened,
    set_aside,
)
from steadypause.core.history.draft import DraftTimer
from steadypause.core.history.migrations import (
    MIGRATIONS,
    SCHEMA_VERSION,
    HistoryError,
    migrate,
)
from steadypause.core.history.record import CHECKIN_MAX, CHECKIN_MIN, Outcome, Record
from steadypause.core.history.rows import (
    COLUMNS,
    CSV_COLUMNS,
    export_csv,
    insert,
    insert_many,
    read,
    to_row,
)
from steadypause.core.history.store import RETRY_DELAYS, HistoryStore, Notice

__all__ = [  # i18n-exempt: names
    "CHECKIN_MAX",
    "CHECKIN_MIN",
    "COLUMNS",
    "COMPANIONS",
    "CSV_COLUMNS",
    "FILE_NAME",
    "MIGRATIONS",
    "RETRY_DELAYS",
    "SCHEMA_VERSION",
    "WAL_RETRY_SECONDS",
    "DamagedError",
    "DraftTimer",
    "HistoryError",
    "HistoryStore",
    "Notice",
    "Outcome",
    "Record",
    "connect",
    "connect_readonly",
    "default_path",
    "export_csv",
    "history_files",
    "insert",
    "insert_many",
    "integrity",
    "is_damage",
    "migrate",
    "open_checked",
    "opened",
    "read",
    "set_aside",
    "to_row",
]
