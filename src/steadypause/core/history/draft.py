"""The pause on screen, kept as it goes: one draft file beside the history, so that a pause
cut short by a crash, a kill or the display going away still reaches the history.

Pure Python, no Qt, the clock injected. The draft is the record the pause would become if
it ended now, with the outcome ``interrupted`` and the time it was saved as its end; it is
written by the history's writer thread (:mod:`.store`) as ``draft-pause.json`` — in the
history's own folder, user-only (0600), whole or not at all (a new file renamed over the
old). A normal close writes the real record and then removes the draft. The next start
turns a draft that is still there into an ``unsaved-*.jsonl`` file (:mod:`.recovery`), which
the writer puts into the history like any unsaved record; a record with the same cue and
start already in the history (the real one, when the app stopped between writing it and
removing the draft) is not written twice.

:class:`DraftTimer` says when to save while the person types: after a quiet moment, and
at the latest a while after the first change not yet saved.
"""

from __future__ import annotations

import contextlib
import json
import logging
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from steadypause.core.clock import Clock
from steadypause.core.files import write_private_atomic
from steadypause.core.history import recovery
from steadypause.core.history.connection import DRAFT_PREFIX
from steadypause.core.history.record import Outcome, Record
from steadypause.core.history.rows import to_row

log = logging.getLogger(__name__)

NAME = f"{DRAFT_PREFIX}pause.json"
# Saved this long after the last change (typing in bursts saves once per burst) ...
QUIET_SECONDS = 1.5
# ... and at the latest this long after the first change not yet saved (typing on and on).
LONGEST_SECONDS = 10.0


def path_beside(history_path: Path) -> Path:
    """The draft file for the history file ``history_path``."""
    return history_path.parent / NAME


def as_draft(record: Record, saved_at: datetime) -> Record:
    """``record`` as the draft keeps it: interrupted, ended when it was saved."""
    return replace(record, outcome=Outcome.INTERRUPTED, ended_at=saved_at, id=None)


def save(path: Path, record: Record) -> None:
    """Write ``record`` as the draft at ``path``, user-only, replacing the one there whole
    (OSError if it cannot; the old draft then stays as it was)."""
    write_private_atomic(path, json.dumps(to_row(record), ensure_ascii=False))


def load(path: Path) -> Record | None:
    """The draft at ``path``; None without one (or an unreadable one, which is logged)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.error("history: cannot read the pause draft %s: %s", path, exc)
        return None
    try:
        row = json.loads(text)
        if not isinstance(row, dict):
            raise ValueError("not a JSON object")  # i18n-exempt: log only
        return recovery.from_row(row)
    except (ValueError, KeyError, TypeError) as exc:
        log.error("history: the pause draft %s cannot be read: %s", path, exc)
        return None


def remove(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def adopt(path: Path, folders: Sequence[Path], now: datetime) -> Path | None:
    """An earlier run's draft, handed to :mod:`.recovery` as an unsaved record (returns its
    file) and removed; an unreadable draft is left where it is, for the person to see."""
    record = load(path)
    if record is None:
        return None
    kept = recovery.keep([record], folders, now)
    if kept is not None:
        remove(path)
        log.warning(
            "history: a pause left open by an earlier run (started %s) is kept as interrupted",
            record.started_at,
        )
    return kept


class DraftTimer:
    """When the next save is due: ``quiet`` seconds after the last change, and no later
    than ``longest`` seconds after the first change not yet saved."""

    def __init__(
        self, clock: Clock, quiet: float = QUIET_SECONDS, longest: float = LONGEST_SECONDS
    ) -> None:
        self._clock = clock
        self._quiet = quiet
        self._longest = longest
        self._first: datetime | None = None  # the first change not yet saved
        self._last: datetime | None = None

    @property
    def waiting(self) -> bool:
        """Whether a change is not yet saved."""
        return self._first is not None

    def changed(self) -> float:
        """A change now; returns the seconds until the save is due."""
        now = self._clock.now()
        if self._first is None:
            self._first = now
        self._last = now
        due = self.due_in()
        assert due is not None
        return due

    def due_in(self) -> float | None:
        """Seconds until the save is due (0 when it is), None with nothing to save."""
        if self._first is None or self._last is None:
            return None
        now = self._clock.now()
        quiet = (self._last - now).total_seconds() + self._quiet
        longest = (self._first - now).total_seconds() + self._longest
        return max(0.0, min(quiet, longest))

    def saved(self) -> None:
        """Everything so far is saved."""
        self._first = self._last = None
