"""Working hours and working days: whether a moment is inside them, the next moment that
is, and when the day cues (start of day, end of day) are due.

Pure Python, no Qt. A week is seven :data:`Hours`, Monday to Sunday: a day's start and end
as local wall-clock times, or None for a day off. ``None`` for the whole week means no
limit (and no working days for the day cues). Local moments come from the injected
clock, so a day is the day as it is lived across DST.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from datetime import time as dtime

from steadypause.core.clock import Clock

Hours = tuple[dtime, dtime] | None  # one weekday's working hours, or None for a day off
Week = tuple[Hours, ...]  # Monday..Sunday


def parse_hours(text: str) -> Hours:
    """'08:00-18:00' -> (08:00, 18:00); '' -> None (a day off)."""
    if not text:
        return None
    start, end = (dtime.fromisoformat(p.strip()) for p in text.split("-"))
    return start, end


def _wall(now: datetime) -> dtime:
    return now.time().replace(tzinfo=None)


def in_hours(week: Week | None, now: datetime) -> bool:
    """``now`` is inside the working hours (always, without a week)."""
    if week is None:
        return True
    today = week[now.weekday()]
    t = _wall(now)
    return today is not None and today[0] <= t < today[1]


def within_hours(week: Week | None, at: datetime, clock: Clock) -> datetime | None:
    """``at``, or the next start of working hours if ``at`` is outside them."""
    if week is None or in_hours(week, at):
        return at
    for offset in range(8):
        day = at.date() + timedelta(days=offset)
        today = week[day.weekday()]
        if today is None:
            continue
        start = clock.local(day, today[0])
        if start > at:
            return start
    return None


def start_of_day_due(week: Week, day_start_hour: int, now: datetime) -> bool:
    """``now`` is on a working day, from ``day_start_hour`` and the day's start on."""
    hours = week[now.weekday()]
    if hours is None:
        return False
    return max(dtime(day_start_hour), hours[0]) <= _wall(now) < hours[1]


def end_of_day_due(week: Week, end_of_day_at: dtime, now: datetime) -> bool:
    """``now`` is on a working day, from ``end_of_day_at`` to the end of its hours."""
    hours = week[now.weekday()]
    if hours is None:
        return False
    return end_of_day_at <= _wall(now) < hours[1]


def day_moments(
    week: Week | None, day_start_hour: int, end_of_day_at: dtime, now: datetime, clock: Clock
) -> list[datetime]:
    """The next instants at which a day cue may become due (start or end of day)."""
    if week is None:
        return []
    moments: list[datetime] = []
    for offset in range(8):
        day = now.date() + timedelta(days=offset)
        hours = week[day.weekday()]
        if hours is None:
            continue
        starts = [max(dtime(day_start_hour), hours[0]), end_of_day_at]
        moments += [at for at in (clock.local(day, t) for t in starts) if at > now]
        if moments:
            break
    return moments
