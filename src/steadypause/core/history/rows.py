"""Records in and out of the file: one transaction per write, read back oldest first, and
a record as one row of text (for the CSV export and the unsaved-records file).

Pure Python, no Qt. Times are ISO 8601 with the UTC offset in force when they happened,
so a day is the day as it was lived, across time zones and DST.
"""

from __future__ import annotations

import contextlib
import csv
import json
import sqlite3
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from steadypause.core.files import replaced_atomically
from steadypause.core.history.connection import connect_readonly
from steadypause.core.history.record import Outcome, Record

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
    with replaced_atomically(target, newline="") as out:
        writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for record in records:
            writer.writerow(to_row(record))
    return len(records)
