"""Which routine a cue opens: the settings name one for the timer, the manual pause, the
end of the day, and one for every transition (unlock, resume, back from away, morning)."""

from __future__ import annotations

from steadypause.core.cues import Cue, CueKind
from steadypause.core.settings import Settings


def routine_for(settings: Settings, cue: Cue) -> str:
    s = settings
    return {
        CueKind.WORK_TIMER: s.timer_routine,
        CueKind.MANUAL: s.manual_routine,
        CueKind.END_OF_DAY: s.end_of_day_routine,
    }.get(cue.kind, s.transition_routine)
