"""Time, injected: the real clock for the app and a fake one that tests move by hand.

Wall time (``now``) is what people see and what schedules are written in; monotonic time
(``monotonic``) is what durations on screen are measured with. The core never calls
``datetime.now()`` or ``time.monotonic()`` itself.
"""

from __future__ import annotations

import math
import time
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from datetime import time as dtime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current local wall time, timezone-aware."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never jumps (it may or may not count suspend)."""
        ...

    def local(self, day: date, at: dtime) -> datetime:
        """The aware local datetime for a calendar day and a wall-clock time."""
        ...


class SystemClock:
    """The machine's clocks, in the machine's local timezone (DST-aware)."""

    def now(self) -> datetime:
        return datetime.now().astimezone()

    def monotonic(self) -> float:
        return time.monotonic()

    def local(self, day: date, at: dtime) -> datetime:
        # A naive datetime's astimezone() interprets it in the system's local zone,
        # with the UTC offset in force on that day.
        return datetime.combine(day, at).astimezone()


class FakeClock:
    """A clock for tests: starts at a given instant and moves only when told to.

    It answers like :class:`SystemClock`: ``now()`` and ``local()`` carry the fixed UTC
    offset in force at that instant (what ``datetime.now().astimezone()`` gives), and
    ``advance``/``jump_wall`` move real elapsed time, so a DST change in ``tz`` behaves
    as on a real machine. (Arithmetic on datetimes that share a ZoneInfo is wall-clock
    arithmetic and would hide such a change.)
    """

    def __init__(self, start: datetime, tz: tzinfo | None = None) -> None:
        if start.tzinfo is None:
            if tz is None:
                raise ValueError(  # i18n-exempt: for tests only
                    "FakeClock needs an aware start time or a tz"
                )
            start = start.replace(tzinfo=tz)
        self._tz = tz or start.tzinfo
        self._utc = start.astimezone(UTC)
        self._mono = 1000.0

    def now(self) -> datetime:
        return _fixed_offset(self._utc.astimezone(self._tz))

    def monotonic(self) -> float:
        return self._mono

    def local(self, day: date, at: dtime) -> datetime:
        return _fixed_offset(datetime.combine(day, at, tzinfo=self._tz))

    def advance(self, seconds: float) -> None:
        """Let time pass normally: both clocks move together."""
        self._utc += timedelta(seconds=seconds)
        self._mono += seconds

    def jump_wall(self, seconds: float) -> None:
        """Move only the wall clock (a manual change, an NTP correction, a long suspend)."""
        self._utc += timedelta(seconds=seconds)


def _fixed_offset(moment: datetime) -> datetime:
    offset = moment.utcoffset()
    if offset is None:
        return moment
    name = moment.tzname()
    return moment.astimezone(timezone(offset, name) if name else timezone(offset))


def seconds_after(moment: datetime, seconds: float) -> datetime:
    """``moment`` plus ``seconds``, rounded up to the next microsecond (a datetime's grain).

    A wake-up time made with ``timedelta(seconds=…)`` may round half a microsecond early;
    woken then, the cue is not quite due and the wake-up asks for the same moment again
    (a zero-delay loop until the clock moves). Rounding up makes a wake-up never early.
    """
    return moment + timedelta(microseconds=math.ceil(max(0.0, seconds) * 1_000_000))
