"""The decision: which cue may open a prompt now, which must wait, and which is let go.

Pure Python, no Qt. The app asks :meth:`Scheduler.wake_at` when to call back, arms one
single-shot timer for that instant, and calls :meth:`Scheduler.poll` when it fires and after
every presence event it passes on to :attr:`Scheduler.activity`. ``poll`` returns at most
one cue; whatever happened to the clock in between (suspend, clock change, DST), nothing bursts.

The cues and their rules (docs/adr/004 and 005), each in its own module:

- **work timer** (work_timer): after ``work_minutes`` of *active* time (core/activity.py);
  an absence of at least ``away_minutes`` or the end of any prompt or pause restarts the
  count; at most one automatic prompt per ``cooldown_minutes``.
- **resume / unlock / back from away** (return_cues): at most one per absence.
- **start of day, end of day** (day_cues), or :meth:`close_day` from the tray.
- **after a call** (after_call): a call's end, after a grace period; a call is busy too.
- **busy means wait** (busy_wait), at most ``busy_cap_minutes``, then deferred-out.
- **a pause in typing** (typing_gap) before a timer or scheduled prompt.
- **working hours** (working_hours): no prompt outside them, except manual.

Every cue ends in exactly one :class:`~steadypause.core.decision.Decision`, reported to
``on_decision``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime, timedelta

from steadypause.core import working_hours
from steadypause.core.activity import Absence, ActivityTracker
from steadypause.core.after_call import AfterCall
from steadypause.core.busy_wait import BUSY_RECHECK, BusyWait
from steadypause.core.clock import Clock, seconds_after
from steadypause.core.cues import CUES, Cue, CueKind
from steadypause.core.day_cues import DayCues, next_day_start
from steadypause.core.decision import Action, Decision, Why
from steadypause.core.history import Outcome
from steadypause.core.return_cues import cue_on_return
from steadypause.core.scheduler_config import SchedulerConfig
from steadypause.core.typing_gap import TypingGap
from steadypause.core.work_timer import WorkTimer

log = logging.getLogger(__name__)

# Re-check the wall clock at least this often, so that a suspend or a clock change (which a
# monotonic single-shot timer does not see) is noticed within this bound.
MAX_SLEEP = timedelta(minutes=10)

# When two cues compete for one prompt, the higher one is shown (core/cues.py).
PRIORITY = {row.kind: row.priority for row in CUES}


class Scheduler:
    """Owns the state (the waiting cue, snooze, "a prompt or pause is open") and applies
    the rules of the modules named above to it."""

    def __init__(
        self,
        clock: Clock,
        config: SchedulerConfig | None = None,
        *,
        idle_seconds: Callable[[], float | None] | None = None,
        on_decision: Callable[[Decision], None] | None = None,
    ) -> None:
        self._clock = clock
        # Told (started, closed) whenever the day marks change, so they can be kept.
        self.on_day_marks: Callable[[date | None, date | None], None] | None = None
        self._config = config or SchedulerConfig()
        self._typing = TypingGap(idle_seconds)
        self.on_decision = on_decision
        self.activity = ActivityTracker(clock, on_return=self._returned)
        self._timer = WorkTimer(self._config.work_minutes)
        self._days = DayCues(clock, self._report_day_marks)
        self._snoozed_until: datetime | None = None
        self._window_open = False  # a prompt or a pause is on screen
        self._busy = BusyWait()
        self._calls = AfterCall()
        self._pending: Cue | None = None
        self._pending_since = 0.0  # elapsed
        self._deferred_noted = False

    # -- what the app reads -------------------------------------------------------------

    @property
    def config(self) -> SchedulerConfig:
        return self._config

    @property
    def interval(self) -> timedelta:
        return timedelta(minutes=self._config.work_minutes)

    @property
    def active_minutes(self) -> int:
        """Active work time counted since the last pause, in whole minutes."""
        return int(self.activity.active_seconds() // 60)

    @property
    def next_pause_at(self) -> datetime | None:
        """When the next work-timer prompt is due if the person keeps working (None while
        a pause is open, the timer is off, or the day is closed)."""
        if self._window_open or not self._config.work_timer:
            return None
        now = self._clock.now()
        if self._snoozed_until is not None:
            # The count restarts when the snooze ends.
            return self._within_hours(self._snoozed_until + self.interval)
        if self._days.closed == now.date():
            return None
        at = seconds_after(now, self._timer.remaining(self.activity.active_seconds()))
        if self._timer.last_prompt is not None and not self._timer.later:
            at = max(at, seconds_after(now, self._cooldown_left()))
        return self._within_hours(at)

    @property
    def snoozed_until(self) -> datetime | None:
        return self._snoozed_until

    @property
    def window_open(self) -> bool:
        """A prompt or a pause is on screen."""
        return self._window_open

    @property
    def busy(self) -> bool:
        """The session is busy (a call, a video, do-not-disturb) as last reported, or as the
        busy check found it (full screen) for the waiting cue."""
        return self._calls.in_call or self._busy.busy(waiting=self._pending is not None)

    @property
    def pending(self) -> Cue | None:
        return self._pending

    @property
    def day_started(self) -> date | None:
        return self._days.started

    @property
    def day_closed(self) -> date | None:
        return self._days.closed

    def restore_day_marks(self, started: date | None, closed: date | None) -> None:
        """What an earlier run already did today (so a restart does not say good morning)."""
        self._days.restore(started, closed)

    def _report_day_marks(self, started: date | None, closed: date | None) -> None:
        if self.on_day_marks is not None:
            self.on_day_marks(started, closed)

    def wake_at(self) -> datetime | None:
        """When the app should next call :meth:`poll` (never more than MAX_SLEEP away)."""
        if self._window_open:
            return None
        now = self._clock.now()
        candidates = [now + MAX_SLEEP]
        if self._snoozed_until is not None:
            candidates.append(self._snoozed_until)
        elif self._pending is not None and self.busy:
            cap = self._config.busy_cap_minutes * 60.0
            left = cap - (self.activity.elapsed() - self._pending_since)
            candidates.append(seconds_after(now, left))
            if self._busy.checked:
                candidates.append(now + BUSY_RECHECK)
        elif self.activity.present:
            if self._typing.waiting:
                # A prompt is ready and waits for a pause in typing: look again then.
                candidates.append(seconds_after(now, self._typing_wait()))
            else:
                nxt = self.next_pause_at
                if nxt is not None:
                    candidates.append(nxt)
                candidates += self._days.moments(self._config, now)
                candidates += self._calls.moments(self._config, now, self.activity.elapsed())
        return max(now, min(candidates))

    # -- what the app tells it ----------------------------------------------------------

    def poll(self) -> Cue | None:
        """Check the clock; return the cue to prompt for now, if any (at most one)."""
        now = self._clock.now()
        if self._window_open:
            return None
        if self._snoozed_until is not None:
            if now < self._snoozed_until:
                return None
            log.info("snooze ended at %s", self._snoozed_until.isoformat())
            self._snoozed_until = None
            self._restart_count()
        if self._pending is None and self.activity.present:
            self._make_scheduled_cue(now)
        if self._pending is None:
            return None
        return self._release_pending(now)

    def set_idle_seconds(self, idle_seconds: Callable[[], float | None]) -> None:
        """Where to read the seconds since the last input (for the pause in typing)."""
        self._typing.idle_seconds = idle_seconds

    def set_busy_check(self, check: Callable[[], bool] | None) -> None:
        """How to ask whether the session is busy right now (e.g. a full-screen window).

        Asked only when a prompt is ready to be shown, and again every ``BUSY_RECHECK``
        while one waits because of it: never on a schedule of its own.
        """
        self._busy.set_check(check)

    def set_busy(self, busy: bool) -> None:
        """The session is busy (a call, a video, full screen, do-not-disturb) or not."""
        self._busy.report(busy)

    def set_microphone(self, apps: str) -> None:
        """Who records from the microphone now ("" nobody): a call (after_call)."""
        self._calls.report(apps, self.activity.elapsed(), self._config.after_call_grace_seconds)

    def due_now(self) -> None:
        """Bring the work-timer deadline forward to now (demonstrations, benchmarks)."""
        if not self._window_open:
            self._snoozed_until = None
            self._days.mark(closed=None)
            self._timer.bring_forward(self.activity.active_seconds())

    def manual(self, source: str = "tray") -> Cue:
        """The person asked for a pause. Always allowed, even while snoozed."""
        return self._open_by_request(Cue(CueKind.MANUAL, self._clock.now(), source))

    def close_day(self, source: str = "tray") -> Cue:
        """'Close the day': the end-of-day cue now, on request; the timer rests until tomorrow."""
        now = self._clock.now()
        self._days.mark(closed=now.date())
        return self._open_by_request(Cue(CueKind.END_OF_DAY, now, source))

    def settle(self, outcome: Outcome) -> None:
        """The prompt or pause on screen has ended (``outcome``, as the history keeps it);
        aim the next deadline: "In N minutes" (LATER) from now, anything else a new count."""
        self._window_open = False
        if outcome is Outcome.LATER:
            self._timer.later_from(self.activity.active_seconds(), self._config.later_minutes)
        else:
            self._restart_count()

    def snooze(self, minutes: int) -> datetime:
        if minutes <= 0:
            raise ValueError("snooze minutes must be positive")  # i18n-exempt: programmer error
        self._snoozed_until = self._clock.now() + timedelta(minutes=minutes)
        return self._snoozed_until

    def snooze_until_tomorrow(self) -> datetime:
        """Snooze until the next start of day (``day_start_hour``) after today.

        Before the start hour (e.g. at 02:00) that is this morning: a person still up at
        2 a.m. means "until the morning", not "until the morning after".
        """
        now = self._clock.now()
        self._snoozed_until = next_day_start(now, self._config.day_start_hour, self._clock)
        return self._snoozed_until

    def resume(self) -> None:
        """End a snooze early; the timer starts a fresh interval from now."""
        if self._snoozed_until is not None:
            self._snoozed_until = None
            self._restart_count()

    def configure(self, config: SchedulerConfig) -> None:
        """Apply new settings; an interval change re-aims the pending deadline."""
        old = self._config
        self._config = config
        self._timer.reaim(old.work_minutes, config.work_minutes)

    # -- the rules ----------------------------------------------------------------------

    def _restart_count(self) -> None:
        self.activity.reset()
        self._timer.restart(self._config.work_minutes)
        self._typing.reset()

    def _open_by_request(self, cue: Cue) -> Cue:
        if self._pending is not None:
            self._decide(Action.DROP, self._pending, Why.PAUSE_OPEN)
            self._pending = None
        self._window_open = True
        self._typing.reset()
        # A pause the person asked for also counts for the cooldown: no "welcome back"
        # right after it.
        self._timer.prompted(self.activity.elapsed())
        return cue

    def _returned(self, absence: Absence) -> None:
        """The person is back after ``absence``: a natural break, and maybe a cue."""
        if absence.seconds >= self._config.away_minutes * 60 and not self._window_open:
            self._restart_count()
        cue = cue_on_return(absence, self._config, self._clock.now(), self._days)
        if cue is not None:
            self._offer(cue)

    def _offer(self, cue: Cue) -> None:
        """A cue happened: drop it at once, or keep it as the one pending prompt."""
        now = self._clock.now()
        if self._window_open:
            self._decide(Action.DROP, cue, Why.PAUSE_OPEN)
        elif self._snoozed_until is not None and now < self._snoozed_until:
            self._decide(Action.DROP, cue, Why.SNOOZED)
        elif not self._in_hours(now):
            self._decide(Action.DROP, cue, Why.OUTSIDE_HOURS)
        elif self._cooldown_left() > 0 and not (
            cue.kind is CueKind.WORK_TIMER and self._timer.later
        ):
            self._decide(Action.DROP, cue, Why.COOLDOWN)
        elif self._pending is not None:
            keep, drop = (
                (cue, self._pending)
                if PRIORITY[cue.kind] > PRIORITY[self._pending.kind]
                else (self._pending, cue)
            )
            self._decide(Action.DROP, drop, Why.MERGED)
            if keep is cue:
                self._pending = cue  # the wait so far still counts against the cap
        else:
            self._pending = cue
            self._pending_since = self.activity.elapsed()
            self._deferred_noted = False

    def _release_pending(self, now: datetime) -> Cue | None:
        cue = self._pending
        assert cue is not None
        waited = self.activity.elapsed() - self._pending_since
        self._busy.ask(present=self.activity.present)  # only now, when it would be shown
        if self.busy:
            if waited >= self._config.busy_cap_minutes * 60:
                self._pending = None
                self._decide(Action.DROP, cue, Why.DEFERRED_OUT)
                if cue.kind is CueKind.WORK_TIMER:
                    self._restart_count()
                return None
            if not self._deferred_noted:
                self._deferred_noted = True
                self._decide(Action.DEFER, cue, Why.BUSY)
            return None
        if not self.activity.present:
            return None  # shown when the person is back
        if not self._in_hours(now):
            self._pending = None
            self._decide(Action.DROP, cue, Why.OUTSIDE_HOURS)
            return None
        self._pending = None
        self._window_open = True
        self._typing.reset()
        self._timer.prompted(self.activity.elapsed())
        self._decide(Action.PROMPT, cue)
        return cue

    def _make_scheduled_cue(self, now: datetime) -> None:
        """Start of day, end of day or the work timer, when one is due and typing paused."""
        c = self._config
        day = self._days.due(c, now)
        if day is not None:
            end_at = c.end_of_day_at.strftime("%H:%M")
            cue = Cue(day, now, "" if day is CueKind.START_OF_DAY else end_at)
        elif call := self._calls.due_for(
            c, self.activity.elapsed(), self._days.closed == now.date()
        ):
            cue = Cue(CueKind.AFTER_CALL, now, call.detail)
        elif self._timer_due(now):
            cue = Cue(
                CueKind.WORK_TIMER, now, "later" if self._timer.later else f"{c.work_minutes} min"
            )
        else:
            return
        if self._typing_wait() > 0:
            return  # wait for a pause in typing
        self._typing.reset()
        self._days.mark_for(cue.kind, now.date())  # nothing for the work timer
        if cue.kind is CueKind.AFTER_CALL:
            self._calls.taken()
        self._offer(cue)

    def _typing_wait(self) -> float:
        """Seconds to wait for a pause in typing before a ready prompt (0: show it now)."""
        return self._typing.wait(self.activity.elapsed())

    def _timer_due(self, now: datetime) -> bool:
        c = self._config
        if not c.work_timer or self._days.closed == now.date() or not self._in_hours(now):
            return False
        elapsed = self.activity.elapsed()
        return self._timer.due(self.activity.active_seconds(), elapsed, c.cooldown_minutes)

    def _in_hours(self, now: datetime) -> bool:
        return working_hours.in_hours(self._config.hours, now)

    def _within_hours(self, at: datetime) -> datetime | None:
        return working_hours.within_hours(self._config.hours, at, self._clock)

    def _cooldown_left(self) -> float:
        return self._timer.cooldown_left(self.activity.elapsed(), self._config.cooldown_minutes)

    def _decide(self, action: Action, cue: Cue, reason: str = "") -> None:
        decision = Decision(action, cue, self._clock.now(), str(reason))
        log.info("%s %s %s", action, cue.kind, reason)
        if self.on_decision is not None:
            self.on_decision(decision)
