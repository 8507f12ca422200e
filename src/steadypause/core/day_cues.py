"""The day cues: when *start of day* and *end of day* are due, the next moments either may
become due, and the marks that say today already had one.

Pure Python, no Qt. The day cues need working days (``hours`` in the scheduler's config):
they are off without them. The marks are kept across a restart by core/daymarks.py, so a
restart does not say good morning twice.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from datetime import time as dtime

from steadypause.core import working_hours
from steadypause.core.clock import Clock
from steadypause.core.cues import CueKind
from steadypause.core.scheduler_config import SchedulerConfig

MarksChanged = Callable[[date | None, date | None], None]


def next_day_start(now: datetime, day_start_hour: int, clock: Clock) -> datetime:
    """The next start of day (``day_start_hour``) after today.

    Before the start hour (e.g. at 02:00) that is this morning: a person still up at
    2 a.m. means "until the morning", not "until the morning after".
    """
    start = dtime(hour=day_start_hour)
    day = now.date()
    if now.time().replace(tzinfo=None) >= start:
        day += timedelta(days=1)
    return clock.local(day, start)


class DayCues:
    """The day marks (the day a start of day last came, the day last closed) and the rules
    that read them."""

    def __init__(self, clock: Clock, on_change: MarksChanged) -> None:
        self._clock = clock
        self._on_change = on_change
        self.started: date | None = None
        self.closed: date | None = None

    def restore(self, started: date | None, closed: date | None) -> None:
        """What an earlier run already did today (not reported as a change)."""
        self.started, self.closed = started, closed

    def mark(
        self, *, started: date | bool | None = False, closed: date | bool | None = False
    ) -> None:
        """Change a day mark (``False``: leave it) and report the change, if any."""
        before = self.started, self.closed
        if not isinstance(started, bool):
            self.started = started
        if not isinstance(closed, bool):
            self.closed = closed
        if (self.started, self.closed) != before:
            self._on_change(self.started, self.closed)

    def start_due(self, c: SchedulerConfig, now: datetime) -> bool:
        if not c.start_of_day or c.hours is None or self.started == now.date():
            return False
        return working_hours.start_of_day_due(c.hours, c.day_start_hour, now)

    def end_due(self, c: SchedulerConfig, now: datetime) -> bool:
        if not c.end_of_day or c.hours is None or self.closed == now.date():
            return False
        return working_hours.end_of_day_due(c.hours, c.end_of_day_at, now)

    def due(self, c: SchedulerConfig, now: datetime) -> CueKind | None:
        """The day cue due now, if any (start of day first)."""
        if self.start_due(c, now):
            return CueKind.START_OF_DAY
        if self.end_due(c, now):
            return CueKind.END_OF_DAY
        return None

    def mark_for(self, kind: CueKind, today: date) -> None:
        """A day cue for ``today`` is on its way: mark it (other cues mark nothing)."""
        if kind is CueKind.START_OF_DAY:
            self.mark(started=today)
        elif kind is CueKind.END_OF_DAY:
            self.mark(closed=today)

    def moments(self, c: SchedulerConfig, now: datetime) -> list[datetime]:
        """The next instants at which a day cue may become due."""
        return working_hours.day_moments(
            c.hours, c.day_start_hour, c.end_of_day_at, now, self._clock
        )
