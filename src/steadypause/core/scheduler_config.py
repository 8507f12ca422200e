"""What the scheduler is told: the intervals, which cues are on, the working week.

Pure Python, no Qt. Frozen: the scheduler is given a new one when the settings change
(session/scheduler_config.py builds it from the person's settings). The rules in
day_cues, return_cues and working_hours read it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time as dtime

from steadypause.core.working_hours import Week


@dataclass(frozen=True)
class SchedulerConfig:
    work_minutes: int = 60
    later_minutes: int = 10
    day_start_hour: int = 6
    away_minutes: int = 5
    lock_minutes: int = 5
    cooldown_minutes: int = 20
    busy_cap_minutes: int = 60
    work_timer: bool = True
    resume: bool = True
    unlock: bool = True
    back_from_away: bool = True
    # A call's end (core/after_call.py): at least this long, offered after the grace period.
    after_call: bool = True
    after_call_minutes: int = 5
    after_call_grace_seconds: int = 30
    # The day cues need working days: they are off unless ``hours`` is given.
    start_of_day: bool = False
    end_of_day: bool = False
    end_of_day_at: dtime = dtime(17, 30)
    # Working hours Monday..Sunday; None: no limit (and no working days for the day cues).
    hours: Week | None = None
