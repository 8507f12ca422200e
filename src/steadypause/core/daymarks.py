"""What today has already had — a good morning, a closed day — kept across a restart.

A small JSON file in the user's state directory (``state.json``), written atomically and
readable only by the user. A file that cannot be read is ignored with a log line: the
worst that follows is one extra "Good morning".
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import platformdirs

from steadypause import APP_NAME
from steadypause.core.files import write_private_atomic

log = logging.getLogger(__name__)

FILE_NAME = "state.json"
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class DayMarks:
    started: date | None = None  # the day the start-of-day cue last came (or was due)
    closed: date | None = None  # the day that was last closed (end of day, or by hand)


def default_path() -> Path:
    return Path(platformdirs.user_state_dir(APP_NAME)) / FILE_NAME


def load(path: Path, today: date) -> DayMarks:
    """The marks kept in ``path``; nothing (with a log line) if it is missing or bad.

    A mark later than ``today`` (written while the clock was wrong) is dropped, so that
    it cannot silence that day when it comes.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return DayMarks()
    except (OSError, UnicodeDecodeError) as exc:
        log.warning("cannot read %s (%s); starting without today's marks", path, exc)
        return DayMarks()
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("schema_version") != SCHEMA_VERSION:
            raise ValueError(f"not a version-{SCHEMA_VERSION} state file")  # i18n-exempt: log only
        marks = [_day(data.get(key)) for key in ("day_started", "day_closed")]
    except ValueError as exc:  # json.JSONDecodeError is a ValueError
        log.warning("ignoring %s: %s", path, exc)
        return DayMarks()
    for i, mark in enumerate(marks):
        if mark is not None and mark > today:
            log.warning("ignoring a day mark from the future in %s: %s", path, mark)
            marks[i] = None
    return DayMarks(*marks)


def save(path: Path, marks: DayMarks) -> bool:
    """Write ``marks`` atomically (0600); on failure log it and return False."""
    data = {
        "schema_version": SCHEMA_VERSION,
        "day_started": marks.started.isoformat() if marks.started else None,
        "day_closed": marks.closed.isoformat() if marks.closed else None,
    }
    try:
        write_private_atomic(path, json.dumps(data))
    except OSError as exc:
        log.warning("cannot keep today's marks in %s: %s", path, exc)
        return False
    return True


def _day(value: object) -> date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"a day mark is not a date: {value!r}")  # i18n-exempt: log only
    return date.fromisoformat(value)
