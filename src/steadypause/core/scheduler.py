"""The decision: when the next pause is due, and whether a cue should open a prompt now.

Pure Python, no Qt. The app asks :meth:`Scheduler.wake_at` when to call back, arms one
single-shot timer for that instant, and calls :meth:`Scheduler.poll` when it fires (or after
any wake-up). Whatever happened to the clock in between (suspend, a manual change, DST),
``poll`` returns at most one cue and aims the next deadline at a moment in the future.

The work timer counts wall time while the app runs (active-time counting comes with the
cue sources). Its count restarts whenever a pause ends, however it ended.
"""

from __future__ import annotations

import enum
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from datetime import time as dtime

from steadypause.core.clock import Clock
from steadypause.core.cues import Cue, CueKind

log = logging.getLogger(__name__)

# Re-check the wall clock at least this often, so that a suspend or a clock change (which a
# monotonic single-shot timer does not see) is noticed within this bound.
MAX_SLEEP = timedelta(minutes=10)


class Outcome(enum.StrEnum):
    """How a prompt or pause ended."""

    COMPLETED = "completed"
    SKIPPED = "skipped"
    LATER = "later"        # "In 10 minutes" on the prompt
    MISSED = "missed"      # the prompt closed itself unanswered


@dataclass(frozen=True)
class SchedulerConfig:
    work_minutes: int = 60
    later_minutes: int = 10
    day_start_hour: int = 6


class Scheduler:
    """Owns the work-timer deadline, snooze and the 'a pause is open' state."""

    def __init__(self, clock: Clock, config: SchedulerConfig | None = None) -> None:
        self._clock = clock
        self._config = config or SchedulerConfig()
        self._due: datetime | None = clock.now() + self.interval
        self._snoozed_until: datetime | None = None
        self._busy = False  # a prompt or a pause is on screen

    # -- what the app reads -------------------------------------------------------------

    @property
    def interval(self) -> timedelta:
        return timedelta(minutes=self._config.work_minutes)

    @property
    def next_pause_at(self) -> datetime | None:
        """When the next work-timer prompt is due, or None while snoozed or a pause is open."""
        if self._busy:
            return None
        if self._snoozed_until is not None:
            # The timer restarts when the snooze ends.
            return self._snoozed_until + self.interval
        return self._due

    @property
    def snoozed_until(self) -> datetime | None:
        return self._snoozed_until

    @property
    def busy(self) -> bool:
        return self._busy

    def wake_at(self) -> datetime | None:
        """When the app should next call :meth:`poll` (never more than MAX_SLEEP away)."""
        if self._busy:
            return None
        target = self._snoozed_until if self._snoozed_until is not None else self._due
        if target is None:
            return None
        return min(target, self._clock.now() + MAX_SLEEP)

    # -- what the app tells it ----------------------------------------------------------

    def poll(self) -> Cue | None:
        """Check the clock; return a work-timer cue if one is due now (at most one)."""
        now = self._clock.now()
        if self._busy:
            return None
        if self._snoozed_until is not None:
            if now < self._snoozed_until:
                return None
            log.info("snooze ended at %s", self._snoozed_until.isoformat())
            self._snoozed_until = None
            self._due = now + self.interval
            return None
        if self._due is None:
            self._due = now + self.interval
            return None
        if self._due - now > self.interval:
            # The wall clock went back (manual change, DST): never wait longer than a full
            # interval from now.
            log.info("clock moved back; next pause re-aimed from %s", self._due.isoformat())
            self._due = now + self.interval
            return None
        if now < self._due:
            return None
        overdue = now - self._due
        if overdue > MAX_SLEEP * 2:
            # A long suspend or a forward clock jump: however many intervals were skipped,
            # they collapse into this one prompt.
            log.info("work timer was overdue by %s; one prompt for all of it", overdue)
        self._busy = True
        self._due = None
        return Cue(CueKind.WORK_TIMER, now, f"{self._config.work_minutes} min")

    def due_now(self) -> None:
        """Bring the work-timer deadline forward to now (demonstrations, benchmarks)."""
        if not self._busy:
            self._snoozed_until = None
            self._due = self._clock.now()

    def manual(self, source: str = "tray") -> Cue:
        """The person asked for a pause. Always allowed, even while snoozed."""
        self._busy = True
        return Cue(CueKind.MANUAL, self._clock.now(), source)

    def settle(self, outcome: Outcome) -> None:
        """The prompt or pause on screen has ended; aim the next deadline."""
        now = self._clock.now()
        self._busy = False
        if outcome is Outcome.LATER:
            self._due = now + timedelta(minutes=self._config.later_minutes)
        else:
            self._due = now + self.interval

    def snooze(self, minutes: int) -> datetime:
        if minutes <= 0:
            raise ValueError("snooze minutes must be positive")
        self._snoozed_until = self._clock.now() + timedelta(minutes=minutes)
        return self._snoozed_until

    def snooze_until_tomorrow(self) -> datetime:
        """Snooze until the next start of day (``day_start_hour``) after today.

        Before the start hour (e.g. at 02:00) that is this morning: a person still up at
        2 a.m. means "until the morning", not "until the morning after".
        """
        now = self._clock.now()
        start = dtime(hour=self._config.day_start_hour)
        day = now.date()
        if now.time().replace(tzinfo=None) >= start:
            day += timedelta(days=1)
        self._snoozed_until = self._clock.local(day, start)
        return self._snoozed_until

    def resume(self) -> None:
        """End a snooze early; the timer starts a fresh interval from now."""
        if self._snoozed_until is not None:
            self._snoozed_until = None
            self._due = self._clock.now() + self.interval

    def configure(self, config: SchedulerConfig) -> None:
        """Apply new settings; an interval change re-aims the pending deadline."""
        old = self._config
        self._config = config
        if self._due is not None and old.work_minutes != config.work_minutes:
            self._due = self._due - timedelta(minutes=old.work_minutes) + self.interval
