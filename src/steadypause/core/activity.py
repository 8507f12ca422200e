"""Active work time and absences, counted from presence events.

Pure Python, no Qt. The platform layer reports what it sees (input stopped, input again,
screen locked or unlocked, machine asleep or awake); this module turns that into

- the **active time** counted since the last reset: time in which the person was present
  (not idle past the threshold, not locked, not asleep), and
- **absences**: each stretch away, from the moment it began to the moment the person is
  back, with how much of it was asleep and how much locked. Overlapping reasons (idle,
  then locked, then asleep) make one absence.

Durations are measured on :meth:`ActivityTracker.elapsed`: the clock's monotonic time plus
the sleep reported so far. It counts real time including sleep, and is not moved by
changes to the wall clock. How long a sleep lasted is the growth of wall time minus the
growth of monotonic time across it (monotonic time stops while the machine sleeps; the
wall clock does not). See docs/adr/005-active-time.md.
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from steadypause.core.clock import Clock

log = logging.getLogger(__name__)

# Seconds without keyboard or pointer input after which the person counts as away. The
# absence is dated back to the last input, so these seconds do not count as work either.
IDLE_THRESHOLD_SECONDS = 120


class Reason(enum.StrEnum):
    IDLE = "idle"
    LOCKED = "locked"
    ASLEEP = "asleep"


@dataclass(frozen=True)
class Absence:
    """One stretch away, reported when the person is back."""

    ended: datetime
    seconds: float  # the whole absence, sleep included
    slept: float  # of which the machine was asleep
    locked: float  # of which the screen was locked (sleep while locked included)
    reasons: frozenset[Reason]

    @property
    def minutes(self) -> int:
        return int(self.seconds // 60)


class ActivityTracker:
    """Counts active seconds and reports each absence to ``on_return`` when it ends."""

    def __init__(self, clock: Clock, on_return: Callable[[Absence], None] | None = None) -> None:
        self._clock = clock
        self.on_return = on_return
        self._slept_total = 0.0
        self._banked = 0.0  # active seconds before the current stretch
        self._active_from: float | None = self.elapsed()
        self._reasons: dict[Reason, float] = {}  # reason -> elapsed when it began
        self._absence_from: float | None = None
        self._absence_slept_at_start = 0.0
        self._locked_banked = 0.0
        self._sleep_wall: datetime | None = None
        self._sleep_mono = 0.0
        self._seen: set[Reason] = set()  # every reason seen in the current absence

    # -- reading ------------------------------------------------------------------------

    def elapsed(self) -> float:
        """Seconds on a clock that counts sleep and ignores wall-clock changes."""
        return self._clock.monotonic() + self._slept_total

    @property
    def present(self) -> bool:
        return not self._reasons

    @property
    def asleep(self) -> bool:
        return Reason.ASLEEP in self._reasons

    @property
    def reasons(self) -> frozenset[Reason]:
        return frozenset(self._reasons)

    def active_seconds(self) -> float:
        """Active time counted since the last :meth:`reset`."""
        if self._active_from is None:
            return self._banked
        return self._banked + max(0.0, self.elapsed() - self._active_from)

    def away_seconds(self) -> float:
        """How long the current absence has lasted so far (0 while present)."""
        if self._absence_from is None:
            return 0.0
        return max(0.0, self.elapsed() - self._absence_from)

    # -- the count ----------------------------------------------------------------------

    def reset(self, to: float = 0.0) -> None:
        """Start counting again (a pause ended, or a natural break)."""
        self._banked = to
        if self._active_from is not None:
            self._active_from = self.elapsed()

    # -- events -------------------------------------------------------------------------

    def idle(self, idle_for: float) -> None:
        """No input for ``idle_for`` seconds (reported once the idle threshold is passed)."""
        if Reason.IDLE in self._reasons:
            return
        now = self.elapsed()
        began = now - max(0.0, idle_for)
        if self._active_from is not None:
            began = max(began, self._active_from)
        elif self._absence_from is not None:
            began = max(began, self._absence_from)
        self._begin(Reason.IDLE, began)

    def input(self) -> None:
        """Keyboard or pointer input again."""
        self._end(Reason.IDLE)

    def lock(self) -> None:
        if Reason.LOCKED not in self._reasons:
            self._begin(Reason.LOCKED, self.elapsed())

    def unlock(self) -> None:
        if Reason.LOCKED not in self._reasons:
            self.input()
            return
        self._locked_banked += self.elapsed() - self._reasons[Reason.LOCKED]
        # Unlocking needs input (a password, a fingerprint, a click): whatever idle state
        # was seen before the lock is over too.
        self._reasons.pop(Reason.IDLE, None)
        self._end(Reason.LOCKED)

    def sleep(self) -> None:
        """The machine is about to suspend."""
        if Reason.ASLEEP in self._reasons:
            return
        self._sleep_wall = self._clock.now()
        self._sleep_mono = self._clock.monotonic()
        self._begin(Reason.ASLEEP, self.elapsed())

    def wake(self) -> None:
        """The machine woke up (the lid opened); the person is taken to be there."""
        if Reason.ASLEEP not in self._reasons:
            return
        assert self._sleep_wall is not None
        wall = (self._clock.now() - self._sleep_wall).total_seconds()
        mono = self._clock.monotonic() - self._sleep_mono
        slept = max(0.0, wall - mono)
        self._slept_total += slept
        log.info("woke after %.0f s asleep", slept)
        self._sleep_wall = None
        # Opening the lid is presence: a stale idle state from before the sleep is over.
        self._reasons.pop(Reason.IDLE, None)
        self._end(Reason.ASLEEP)

    def slept_for(self, seconds: float) -> None:
        """A suspend of ``seconds`` that nobody announced ended a moment ago.

        Ignored while a suspend announced by :meth:`sleep` is still open: that one is
        reported by :meth:`wake`, and must not be counted twice.
        """
        if seconds <= 0 or Reason.ASLEEP in self._reasons:
            return
        before = self.elapsed()
        # The monotonic clock stood still during the sleep, so the active stretch so far
        # ended at the moment it began; the sleep is then an absence of its own.
        self._begin(Reason.ASLEEP, before)
        self._slept_total += seconds
        self._reasons.pop(Reason.IDLE, None)
        self._end(Reason.ASLEEP)

    # -- internals ----------------------------------------------------------------------

    def _begin(self, reason: Reason, at: float) -> None:
        if self._absence_from is None:
            if self._active_from is not None:
                self._banked += max(0.0, at - self._active_from)
            self._active_from = None
            self._absence_from = at
            self._absence_slept_at_start = self._slept_total
            self._locked_banked = 0.0
            self._seen = set()
        self._reasons[reason] = at
        self._seen.add(reason)

    def _end(self, reason: Reason) -> None:
        if reason not in self._reasons:
            return
        del self._reasons[reason]
        if self._reasons or self._absence_from is None:
            return
        now = self.elapsed()
        absence = Absence(
            ended=self._clock.now(),
            seconds=max(0.0, now - self._absence_from),
            slept=self._slept_total - self._absence_slept_at_start,
            locked=self._locked_banked,
            reasons=frozenset(self._seen),
        )
        self._absence_from = None
        self._active_from = now
        self._seen = set()
        if self.on_return is not None:
            self.on_return(absence)
