"""The app's history writer: records go to the file on their own thread.

Pure Python, no Qt. Recording never blocks the pause window: :class:`HistoryStore` writes
behind a queue. A failed write stays queued, is retried, logged and reported once; what
cannot be written by the time the app closes is kept as ``unsaved-<time>.jsonl``
(:mod:`.recovery`), which the next start puts into the history. A full disk is named as
such. A damaged file is moved aside as ``history.sqlite3.damaged-<time>`` and a new one
started; the person is told once. The pause on screen is kept as it goes in a draft file
(:mod:`.draft`), which this thread writes, removes once the pause's real record is in, and,
at its start, hands an earlier run's to the unsaved records (docs/adr/017).
"""

from __future__ import annotations

import contextlib
import logging
import queue
import sqlite3
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from steadypause.core.clock import Clock
from steadypause.core.history import draft, recovery
from steadypause.core.history.connection import (
    DamagedError,
    connect,
    history_files,
    is_damage,
    open_checked,
    private_dir,
    set_aside,
)
from steadypause.core.history.migrations import HistoryError
from steadypause.core.history.record import Record
from steadypause.core.history.rows import insert
from steadypause.core.i18n import translate

log = logging.getLogger(__name__)

# Waits between attempts at a write that failed; the last one repeats while it keeps failing.
RETRY_DELAYS = (0.5, 2.0, 10.0, 60.0)

Notice = Callable[[str], None]


class HistoryStore:
    """Records on a writer thread; reads with short-lived read-only connections.

    ``on_notice`` is called (from the writer thread) with a sentence for the person, at
    most once per kind of trouble: a damaged file set aside, writes that keep failing, a
    full disk. ``spare_folders``: where unsaved records go when the history's own folder
    cannot take them (the app gives its runtime folder); they are read back from there too.
    """

    def __init__(
        self,
        path: Path,
        clock: Clock,
        on_notice: Notice | None = None,
        retry_delays: Sequence[float] = RETRY_DELAYS,
        spare_folders: Sequence[Path] = (),
    ) -> None:
        self.path = path
        self._folders = (path.parent, *spare_folders)
        self._replayed = False
        self._clock = clock
        self._on_notice = on_notice
        self._delays = tuple(retry_delays)
        self._queue: queue.Queue[tuple[str, Any]] = queue.Queue()
        self._pending: list[Record] = []
        self._conn: sqlite3.Connection | None = None
        self._told: set[str] = set()
        self._failures = 0
        self._thread: threading.Thread | None = None
        self._start_when_used = False
        self._starting = threading.Lock()
        self.unavailable: str | None = None  # why the file cannot be used, if it cannot
        self.draft_path = draft.path_beside(path)
        self._draft_done = False  # remove the draft once everything pending is saved

    # -- what the app calls (any thread; nothing here waits on the disk) -----------------

    def start(self, *, when_used: bool = False) -> None:
        """Start the writer thread; ``when_used``: with the first record, flush or delete
        instead (the app: most starts record nothing for a long while, and the thread, the
        open file and SQLite's page cache are not needed before, issue 18). Unsaved
        records of an earlier run (:mod:`.recovery`) and a damaged file are then found
        at that first use."""
        with self._starting:
            if when_used and not self.draft_path.exists():
                self._start_when_used = True
                return
            # (A pause left open by an earlier run: now, so that it is in the history.)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="history-writer", daemon=True
                )
                self._thread.start()

    @property
    def started(self) -> bool:
        """Whether the writer thread is running."""
        return self._thread is not None

    def _submit(self, kind: str, item: Any) -> None:
        if self._thread is None and self._start_when_used:
            self.start()
        self._queue.put((kind, item))

    def record(self, record: Record) -> None:
        self._submit("record", record)

    def draft(self, record: Record) -> None:
        """Keep ``record`` (the pause on screen, interrupted now) as the draft (draft.py)."""
        self._submit("draft", draft.as_draft(record, self._clock.now()))

    def record_closing_draft(self, record: Record) -> None:
        """Record ``record`` (the pause on screen, closed) and then remove its draft."""
        self._submit("record", record)
        self._submit("draft-done", None)

    def flush(self, timeout: float = 10.0) -> bool:
        """Wait until everything submitted so far has been tried once; True if all saved."""
        done: Future[bool] = Future()
        self._submit("flush", done)
        return done.result(timeout)

    def delete_all(self, timeout: float = 10.0) -> list[Path]:
        """Remove every history file (and anything not yet written); returns what was removed.

        The next record starts a new, empty file.
        """
        done: Future[list[Path]] = Future()
        self._submit("delete", done)
        return done.result(timeout)

    def close(self, timeout: float = 10.0) -> None:
        self._start_when_used = False
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
        # An earlier run's draft becomes an unsaved record before this run writes its own.
        draft.adopt(self.draft_path, self._folders, self._clock.now())
        self._open()
        while True:
            self._replay()
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
            elif kind == "draft":
                self._save_draft(item)
            elif kind == "draft-done":
                self._draft_done = True
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
            log.warning("history: cannot open %s: %s", self.path, self._cause(exc))
        return self._conn

    def _cause(self, exc: BaseException) -> str:
        """The error in words; a full disk is named, and the person told once."""
        if recovery.disk_full(exc, self.path.parent):
            self._tell(
                "full",
                translate(
                    "History",
                    "Steady Pause cannot save your pauses: the disk that holds {folder} is "
                    "full. It keeps them and saves them once there is room again.",
                ).format(folder=self.path.parent),
            )
        return recovery.cause(exc, self.path.parent)

    def _replay(self) -> None:
        """Once the file opens: the records earlier runs could not save."""
        if self._replayed or self._conn is None:
            return
        self._replayed = True
        try:
            recovery.replay(self._conn, self._folders)
        except sqlite3.Error as exc:
            log.warning("history: cannot save the earlier unsaved records: %s", self._cause(exc))
            self._replayed = False  # the files stay; try again with the next write
            self._disconnect()

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
                self._failed(self._cause(exc))
                return
            self._pending.pop(0)
            if self._failures:
                log.info("history: writing works again after %d failed attempts", self._failures)
            self._failures = 0
        if self._draft_done:  # the pause's real record is in: its draft goes
            self._draft_done = False
            draft.remove(self.draft_path)

    def _save_draft(self, record: Record) -> None:
        self._draft_done = False
        try:
            draft.save(self.draft_path, record)
        except OSError as exc:
            log.warning("history: cannot keep the pause in progress: %s", self._cause(exc))

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
        with contextlib.suppress(OSError):
            private_dir(self.path.parent)
        target = recovery.keep(self._pending, self._folders, self._clock.now())
        if target is not None and self._draft_done:
            draft.remove(self.draft_path)  # its real record is in the unsaved file
        if target is not None:
            log.error(
                "history: %d record(s) could not be saved; kept in %s", len(self._pending), target
            )
        else:
            log.error("history: %d record(s) could not be saved or kept", len(self._pending))

    def _delete(self) -> list[Path]:
        self._disconnect()
        self._pending.clear()
        self._failures = 0
        self._draft_done = False
        removed = []
        for p in [*history_files(self.path), *recovery.files(self._folders[1:])]:
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
