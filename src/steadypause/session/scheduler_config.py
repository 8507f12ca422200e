"""The scheduler's configuration, read from the person's settings."""

from __future__ import annotations

from datetime import time as dtime

from steadypause.core import cues
from steadypause.core.scheduler_config import SchedulerConfig
from steadypause.core.settings import WEEKDAYS, Settings
from steadypause.core.working_hours import parse_hours


def scheduler_config(settings: Settings) -> SchedulerConfig:
    s = settings
    hours = tuple(parse_hours(getattr(s, f"hours_{day}")) for day in WEEKDAYS)
    return SchedulerConfig(
        work_minutes=s.work_minutes,
        later_minutes=s.later_minutes,
        day_start_hour=s.day_start_hour,
        away_minutes=s.away_minutes,
        lock_minutes=s.lock_minutes,
        cooldown_minutes=s.cooldown_minutes,
        busy_cap_minutes=s.busy_cap_minutes,
        after_call_minutes=s.after_call_minutes,
        after_call_grace_seconds=s.after_call_grace_seconds,
        **cues.switches(s),
        end_of_day_at=dtime.fromisoformat(s.end_of_day_time),
        hours=hours,
    )
