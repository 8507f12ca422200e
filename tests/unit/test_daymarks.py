"""Today's marks (a good morning given, a day closed) survive a restart of the app."""

from __future__ import annotations

import logging
import os
import stat
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from steadypause.core import daymarks
from steadypause.core.clock import FakeClock
from steadypause.core.cues import CueKind
from steadypause.core.daymarks import DayMarks
from steadypause.core.history import Outcome
from steadypause.core.scheduler import Scheduler
from steadypause.core.scheduler_config import SchedulerConfig
from steadypause.core.working_hours import parse_hours

TZ = ZoneInfo("Europe/Berlin")
WEEK = tuple(parse_hours(h) for h in ["08:00-18:00"] * 5 + ["", ""])
WEDNESDAY = date(2026, 11, 25)
CONFIG = SchedulerConfig(hours=WEEK, start_of_day=True, end_of_day=True)


def test_default_path_is_in_the_state_dir(isolated_dirs: dict[str, Path]) -> None:
    assert daymarks.default_path() == isolated_dirs["XDG_STATE_HOME"] / "steadypause" / "state.json"


def test_round_trip_user_only_and_no_temporary_files_left(tmp_path: Path) -> None:
    path = tmp_path / "state" / "steadypause" / "state.json"
    assert daymarks.load(path, WEDNESDAY) == DayMarks()  # no file yet
    assert daymarks.save(path, DayMarks(WEDNESDAY, None))
    assert daymarks.save(path, DayMarks(WEDNESDAY, WEDNESDAY))
    assert daymarks.load(path, WEDNESDAY) == DayMarks(WEDNESDAY, WEDNESDAY)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["state.json"]


@pytest.mark.parametrize("content", [
    b"", b"{", b"[]", b"\xff\xfe", b'{"schema_version": 1, "day_started": 20261125}',
    b'{"schema_version": 1, "day_started": "yesterday"}',
    b'{"schema_version": 2, "day_started": "2026-11-25"}',
    b'{"day_started": "2026-11-25"}',
])  # fmt: skip
def test_a_bad_file_is_ignored_with_a_log_line(
    tmp_path: Path, content: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "state.json"
    path.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="steadypause.core.daymarks"):
        assert daymarks.load(path, WEDNESDAY) == DayMarks()
    assert len(caplog.records) == 1
    assert str(path) in caplog.records[0].getMessage()


def test_an_unreadable_path_is_ignored(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "state" / "state.json"
    path.mkdir(parents=True)  # a directory where the file should be
    assert daymarks.load(path, WEDNESDAY) == DayMarks()
    assert "cannot read" in caplog.text
    assert not daymarks.save(path, DayMarks(WEDNESDAY, None))
    assert "cannot keep today's marks" in caplog.text
    assert [p.name for p in path.parent.iterdir()] == ["state.json"]  # no temporary left


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "state" / "state.json"
    daymarks.save(path, DayMarks(WEDNESDAY, None))

    def full_disk(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", full_disk)
    assert not daymarks.save(path, DayMarks(WEDNESDAY, WEDNESDAY))
    monkeypatch.undo()
    assert daymarks.load(path, WEDNESDAY) == DayMarks(WEDNESDAY, None)
    assert [p.name for p in path.parent.iterdir()] == ["state.json"]


def test_marks_from_the_future_are_dropped(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    later = WEDNESDAY + timedelta(days=30)
    daymarks.save(path, DayMarks(later, WEDNESDAY))
    assert daymarks.load(path, WEDNESDAY) == DayMarks(None, WEDNESDAY)


class Run:
    """One run of the app's scheduler, its marks kept in ``path`` as app.py wires it."""

    def __init__(self, clock: FakeClock, path: Path) -> None:
        marks = daymarks.load(path, clock.now().date())
        self.s = Scheduler(clock, CONFIG)
        self.s.restore_day_marks(marks.started, marks.closed)
        self.s.on_day_marks = lambda started, closed: daymarks.save(path, DayMarks(started, closed))


def test_a_restart_during_the_day_does_not_say_good_morning_again(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    clock = FakeClock(datetime(2026, 11, 25, 8, 30, tzinfo=TZ))
    first = Run(clock, path)
    cue = first.s.poll()
    assert cue is not None
    assert cue.kind is CueKind.START_OF_DAY
    first.s.settle(Outcome.COMPLETED)
    clock.advance(3 * 3600)

    second = Run(clock, path)  # the app restarted at 11:30
    for _ in range(3):  # an hour and a half of work
        clock.advance((second.s.wake_at() - clock.now()).total_seconds())
        assert second.s.poll() is None

    clock.advance(22 * 3600)  # the next morning, another restart
    third = Run(clock, path)
    cue = third.s.poll()
    assert cue is not None
    assert cue.kind is CueKind.START_OF_DAY


def test_a_closed_day_stays_closed_across_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    clock = FakeClock(datetime(2026, 11, 25, 15, 0, tzinfo=TZ))
    first = Run(clock, path)
    first.s.restore_day_marks(clock.now().date(), None)
    first.s.close_day("tray")
    first.s.settle(Outcome.COMPLETED)
    assert daymarks.load(path, clock.now().date()) == DayMarks(WEDNESDAY, WEDNESDAY)

    second = Run(clock, path)
    assert second.s.next_pause_at is None  # the timer rests until tomorrow
    clock.advance(2 * 3600)  # 17:30 passes: no end of day again
    assert second.s.poll() is None
    assert second.s.wake_at() is not None


def test_marks_are_reported_only_when_they_change() -> None:
    clock = FakeClock(datetime(2026, 11, 25, 15, 0, tzinfo=TZ))
    s = Scheduler(clock, CONFIG)
    s.restore_day_marks(WEDNESDAY, None)
    told: list[tuple[date | None, date | None]] = []
    s.on_day_marks = lambda started, closed: told.append((started, closed))
    s.poll()
    assert told == []
    s.close_day("tray")
    s.settle(Outcome.COMPLETED)
    s.due_now()  # reopens the day for a demonstration
    assert told == [(WEDNESDAY, WEDNESDAY), (WEDNESDAY, None)]
