"""The after-call cue's rule: a call that held the microphone long enough has ended.

Pure Python, no Qt; times are the scheduler's elapsed seconds (a clock that counts sleep
and ignores wall-clock changes), passed in. The platform reports which applications are
recording from the microphone ("" when none); a *call* is the time from the first report
of someone recording to the last report of no one, and:

- it counts only when it lasted at least ``minutes``;
- the cue is due ``grace`` seconds after it ended, so a dropped call that reconnects
  within the grace period is the same call (its start stays where it was) and prompts
  nothing until it really ends;
- a new call starting after the grace period replaces one not yet offered (busy means
  wait: the next call's end is the moment that counts);
- it is offered once: :meth:`AfterCall.taken` forgets it.

While no call runs there is nothing to wait for: :meth:`AfterCall.due_at` is None until a
long enough call has ended, and None again once it is offered (the app arms no timer).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from steadypause.core.clock import seconds_after
from steadypause.core.scheduler_config import SchedulerConfig

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EndedCall:
    """A call that ended: who held the microphone and for how long."""

    apps: str
    seconds: float

    @property
    def detail(self) -> str:
        """The cue's detail: the minutes and the application (History keeps it)."""
        return f"{int(self.seconds // 60)} min, {self.apps}"  # i18n-exempt: machine-readable


class AfterCall:
    """The call in progress or just ended, as the microphone reports went."""

    def __init__(self) -> None:
        self._apps = ""  # who is recording now ("" nobody)
        self._last_apps = ""  # who held it during this call
        self._started: float | None = None
        self._ended: float | None = None

    @property
    def in_call(self) -> bool:
        return self._started is not None and self._ended is None

    @property
    def apps(self) -> str:
        """Who is recording from the microphone now ("" nobody)."""
        return self._apps

    def report(self, apps: str, at: float, grace: float) -> None:
        """The applications recording now (``""`` none), reported at elapsed ``at``."""
        if apps == self._apps:
            return
        self._apps = apps
        if apps:
            self._last_apps = apps
            if self._started is None or (self._ended is not None and at - self._ended > grace):
                log.info("a call began (%s)", apps)
                self._started = at
            elif self._ended is not None:
                log.info("the call came back within the grace period (%s)", apps)
            self._ended = None
        elif self._started is not None and self._ended is None:
            log.info("the call ended after %.0f s", at - self._started)
            self._ended = at

    def due_at(self, minutes: int, grace: float) -> float | None:
        """Elapsed seconds when the cue is due, or None (no long enough call has ended)."""
        if self._started is None or self._ended is None:
            return None
        if self._ended - self._started < minutes * 60:
            return None
        return self._ended + grace

    def due(self, now: float, minutes: int, grace: float) -> EndedCall | None:
        """The ended call the cue is for, if it is due at elapsed ``now``; a short call is
        forgotten once its grace period is over."""
        if self._started is None or self._ended is None or now < self._ended + grace:
            return None
        seconds = self._ended - self._started
        if seconds < minutes * 60:
            self.taken()
            return None
        return EndedCall(self._last_apps, seconds)

    def taken(self) -> None:
        """The ended call was offered (or let go): forget it."""
        if self._ended is not None:
            self._started = self._ended = None

    # -- for the scheduler, with its configuration --------------------------------------

    def moments(self, c: SchedulerConfig, now: datetime, elapsed: float) -> list[datetime]:
        """When the scheduler should look again for this cue (nothing while no call ended)."""
        at = self.due_at(c.after_call_minutes, c.after_call_grace_seconds)
        return [] if at is None else [seconds_after(now, at - elapsed)]

    def due_for(self, c: SchedulerConfig, elapsed: float, resting: bool) -> EndedCall | None:
        """The ended call to offer now, if any; one the settings switch off, or that ends
        while the day is closed (``resting``), is let go."""
        call = self.due(elapsed, c.after_call_minutes, c.after_call_grace_seconds)
        if call is not None and (resting or not c.after_call):
            self.taken()
            return None
        return call
