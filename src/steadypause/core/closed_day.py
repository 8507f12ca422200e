"""After *Close the day*: when the reminders come back, and the line that says so.

The tray's tooltip and menu and the status window show this line instead of "No pause
scheduled" while the day is closed, so the person knows the quiet is meant and when it
ends: the start of the next working day's hours.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from datetime import time as dtime
from typing import TYPE_CHECKING

from steadypause.core.i18n import translate
from steadypause.core.wording import weekday

if TYPE_CHECKING:
    from steadypause.core.scheduler import Scheduler

# One weekday's working hours (start, end), or None for a day off; Monday first.
Hours = tuple[dtime, dtime] | None


def reminders_back_at(
    hours: tuple[Hours, ...] | None, closed: date, local: Callable[[date, dtime], datetime]
) -> datetime | None:
    """The start of the first working day after ``closed``; None without working hours (or
    with no working day in the week), when they come back at midnight."""
    if hours is None:
        return None
    for offset in range(1, 8):
        day = closed + timedelta(days=offset)
        today = hours[day.weekday()]
        if today is not None:
            return local(day, today[0])
    return None


def line_while_closed(
    scheduler: Scheduler, now: datetime, local: Callable[[date, dtime], datetime]
) -> str | None:
    """The line to show instead of the schedule while the day is closed and nothing else is
    on (a window open, a snooze); None otherwise."""
    s = scheduler
    if s.day_closed != now.date() or s.window_open or s.snoozed_until is not None:
        return None
    return closed_day_line(reminders_back_at(s.config.hours, now.date(), local), now)


def closed_day_line(back_at: datetime | None, now: datetime) -> str:
    """'No reminders until tomorrow, 08:00', 'No reminders until Mon, 08:00'."""
    if back_at is None:
        return translate("Wording", "No reminders until tomorrow")
    text = back_at.strftime("%H:%M")
    if (back_at.date() - now.date()).days <= 1:
        return translate("Wording", "No reminders until tomorrow, {time}").format(time=text)
    return translate("Wording", "No reminders until {weekday}, {time}").format(
        weekday=weekday(back_at), time=text
    )
