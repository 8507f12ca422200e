"""After Close the day: when the reminders come back, and the line that says so."""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from steadypause.core.closed_day import Hours, closed_day_line, reminders_back_at

TZ = ZoneInfo("Europe/Madrid")
NINE_TO_FIVE = (time(9), time(17))
OFFICE: tuple[Hours, ...] = (NINE_TO_FIVE,) * 5 + (None, None)


def local(day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=TZ)


def test_on_a_weekday_they_come_back_the_next_morning() -> None:
    wednesday = date(2026, 11, 25)
    back = reminders_back_at(OFFICE, wednesday, local)
    assert back == datetime(2026, 11, 26, 9, 0, tzinfo=TZ)
    now = datetime(2026, 11, 25, 17, 30, tzinfo=TZ)
    assert closed_day_line(back, now) == "No reminders until tomorrow, 09:00"


def test_on_a_friday_they_come_back_on_monday() -> None:
    friday = date(2026, 11, 27)
    back = reminders_back_at(OFFICE, friday, local)
    assert back == datetime(2026, 11, 30, 9, 0, tzinfo=TZ)
    now = datetime(2026, 11, 27, 16, 0, tzinfo=TZ)
    assert closed_day_line(back, now) == "No reminders until Mon, 09:00"


def test_a_later_start_on_the_next_working_day_is_the_one_said() -> None:
    hours: tuple[Hours, ...] = (NINE_TO_FIVE, (time(11, 30), time(15)), *OFFICE[2:])
    monday = date(2026, 11, 23)
    back = reminders_back_at(hours, monday, local)
    assert back == datetime(2026, 11, 24, 11, 30, tzinfo=TZ)


def test_without_working_hours_they_come_back_tomorrow() -> None:
    assert reminders_back_at(None, date(2026, 11, 25), local) is None
    assert reminders_back_at((None,) * 7, date(2026, 11, 25), local) is None
    now = datetime(2026, 11, 25, 17, 30, tzinfo=TZ)
    assert closed_day_line(None, now) == "No reminders until tomorrow"
