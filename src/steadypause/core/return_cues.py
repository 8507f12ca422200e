"""The cues for coming back: *resume* after sleep, *unlock* after a lock, *back from away*
after time away without a lock.

Pure Python, no Qt. One absence (core/activity.py) gives at most one of them: asleep at
least ``away_minutes``, else locked at least ``lock_minutes``, else away without a lock at
least ``away_minutes``. A switched-off cue is not created at all. A day cue that is due
when the person comes back is that return's cue instead (:func:`cue_on_return`).
"""

from __future__ import annotations

import logging
from datetime import datetime

from steadypause.core.activity import Absence, Reason
from steadypause.core.cues import Cue, CueKind
from steadypause.core.day_cues import DayCues
from steadypause.core.scheduler_config import SchedulerConfig

log = logging.getLogger(__name__)


def cue_on_return(absence: Absence, c: SchedulerConfig, now: datetime, days: DayCues) -> Cue | None:
    """The cue for coming back after ``absence``: a day cue now due (marked), or else
    :func:`return_cue`."""
    log.info(
        "back after %.0f s (%s; asleep %.0f s, locked %.0f s)",
        absence.seconds,
        ",".join(sorted(absence.reasons)),
        absence.slept,
        absence.locked,
    )
    day = days.due(c, now)
    if day is None:
        return return_cue(absence, c, now)
    days.mark_for(day, now.date())
    return Cue(day, now, str(absence.minutes))


def return_cue(absence: Absence, c: SchedulerConfig, now: datetime) -> Cue | None:
    """The cue the person's return after ``absence`` gives, if any (detail: its minutes)."""
    cue: tuple[CueKind, bool, float] | None = None
    if absence.slept >= c.away_minutes * 60:
        cue = CueKind.RESUME, c.resume, absence.slept
    elif absence.locked >= c.lock_minutes * 60:
        cue = CueKind.UNLOCK, c.unlock, absence.locked
    elif Reason.LOCKED not in absence.reasons and absence.seconds >= c.away_minutes * 60:
        cue = CueKind.BACK_FROM_AWAY, c.back_from_away, absence.seconds
    if cue is None or not cue[1]:
        return None
    return Cue(cue[0], now, str(int(cue[2] // 60)))
