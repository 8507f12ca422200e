"""The records the writer could not save: kept as ``unsaved-<time>.jsonl`` when the app
closes, and put into the history by the next start.

Pure Python, no Qt. One record a line, as :func:`~.rows.to_row` writes it. The file goes
beside the history file, or, when that disk is full, into the next folder given (the app
gives its runtime folder, which is the user's own and in memory). A file that cannot be
written whole is removed: never an empty or half file. The next start reads every such
file, writes its records in one transaction (an interrupted pause already there is not
written twice, :func:`already_in`) and removes it; a file it cannot read is left
where it is, for the person (and a later version) to see.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import shutil
import sqlite3
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from steadypause.core.history.record import Outcome, Record
from steadypause.core.history.rows import insert_many, to_row
from steadypause.core.i18n import translate

log = logging.getLogger(__name__)

PREFIX = "unsaved-"
SUFFIX = ".jsonl"
# Below this much free space, a write that failed is put down to a full disk.
FULL_BELOW_BYTES = 1024 * 1024


def disk_full(exc: BaseException, folder: Path) -> bool:
    """Whether ``exc`` (from SQLite or the OS) most likely means the disk is full."""
    if isinstance(exc, sqlite3.Error) and getattr(exc, "sqlite_errorcode", None) == (
        sqlite3.SQLITE_FULL
    ):
        return True
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    try:
        return shutil.disk_usage(folder).free < FULL_BELOW_BYTES
    except OSError:
        return False


def cause(exc: BaseException, folder: Path) -> str:
    """What went wrong, in words: a full disk named as such, else the error's own text."""
    if disk_full(exc, folder):
        return translate("History", "the disk that holds {folder} is full ({problem})").format(
            folder=folder, problem=exc
        )
    return str(exc)


def from_row(row: dict[str, str]) -> Record:
    """The record that :func:`~.rows.to_row` made ``row`` from (ValueError if it is not one)."""

    def number(name: str) -> int | None:
        return int(row[name]) if row.get(name) else None

    def moment(name: str) -> datetime | None:
        return datetime.fromisoformat(row[name]) if row.get(name) else None

    journal = json.loads(row["journal"]) if row.get("journal") else {}
    if not isinstance(journal, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in journal.items()
    ):
        raise ValueError("the journal is not a JSON object of texts")  # i18n-exempt: log
    return Record(
        cue=row["cue"],
        outcome=Outcome(row["outcome"]),
        routine=row.get("routine") or None,
        cue_detail=row.get("cue_detail", ""),
        prompted_at=moment("prompted_at"),
        started_at=moment("started_at"),
        ended_at=moment("ended_at"),
        steps_reached=number("steps_reached") or 0,
        steps_total=number("steps_total") or 0,
        checkin_before=number("checkin_before"),
        checkin_after=number("checkin_after"),
        journal=journal,
    )


def keep(records: Sequence[Record], folders: Sequence[Path], now: datetime) -> Path | None:
    """Write ``records`` to a new recovery file in the first of ``folders`` that takes it
    whole; returns it, or None when none did (each failure logged)."""
    text = "".join(json.dumps(to_row(r), ensure_ascii=False) + "\n" for r in records).encode(
        "utf-8"
    )
    stamp = now.strftime("%Y%m%dT%H%M%S")
    for folder in folders:
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            target = _new_file(folder, stamp)
        except OSError as exc:
            log.error("history: cannot keep unsaved records in %s: %s", folder, cause(exc, folder))
            continue
        try:
            fd = os.open(target, os.O_WRONLY | os.O_APPEND)
            try:
                view = memoryview(text)
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
            finally:
                os.close(fd)
        except OSError as exc:
            log.error("history: cannot keep unsaved records in %s: %s", target, cause(exc, folder))
            with contextlib.suppress(OSError):
                target.unlink()  # never a half or empty file
            continue
        return target
    return None


def _new_file(folder: Path, stamp: str) -> Path:
    n = 1
    while True:
        target = folder / f"{PREFIX}{stamp}{'' if n == 1 else f'-{n}'}{SUFFIX}"
        try:
            os.close(os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            return target
        except FileExistsError:
            n += 1


def files(folders: Sequence[Path]) -> list[Path]:
    """The recovery files in ``folders``, oldest first."""
    found: list[Path] = []
    for folder in folders:
        with contextlib.suppress(OSError):
            found += [
                p
                for p in folder.iterdir()
                if p.name.startswith(PREFIX) and p.name.endswith(SUFFIX) and p.is_file()
            ]
    return sorted(found, key=_order)


def _order(path: Path) -> tuple[str, int, str]:
    """``unsaved-<time>.jsonl`` before ``unsaved-<time>-2.jsonl``, by time."""
    stamp, _, n = path.name[len(PREFIX) : -len(SUFFIX)].partition("-")
    return stamp, int(n) if n.isdigit() else 1, path.name


def already_in(conn: sqlite3.Connection, record: Record) -> bool:
    """Whether an interrupted pause (history/draft.py) is in the history already: a record
    with its cue and start (the real one, when the app stopped between writing it and
    removing the draft). Other records are never looked up."""
    if record.outcome is not Outcome.INTERRUPTED or record.started_at is None:
        return False
    row = conn.execute(
        "SELECT 1 FROM pauses WHERE cue = ? AND started_at = ? LIMIT 1",
        (record.cue, record.started_at.isoformat(timespec="seconds")),
    ).fetchone()
    return row is not None


def replay(conn: sqlite3.Connection, folders: Sequence[Path]) -> int:
    """Put the records of every recovery file in ``folders`` into the history, removing each
    file once its records are committed; returns how many records went in.

    Raises sqlite3.Error when writing fails (the files stay for the next try).
    """
    done = 0
    for path in files(folders):
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
            records = [from_row(json.loads(line)) for line in lines if line.strip()]
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.error("history: cannot read %s, left as it is: %s", path, exc)
            continue
        insert_many(conn, [r for r in records if not already_in(conn, r)])
        path.unlink(missing_ok=True)
        done += len(records)
        log.info("history: %d unsaved record(s) from %s saved", len(records), path)
    return done
