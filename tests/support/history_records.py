"""Made-up history for the windows that show it: a week of pauses from every cue."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from steadypause.core import history
from steadypause.core.cues import CueKind
from steadypause.core.history import Outcome, Record
from steadypause.core.settings import ROUTINE_CHOICES


def a_week_of_pauses(
    path: Path, now: datetime, first_journal: dict[str, str] | None = None
) -> None:
    """One pause per cue over the week before ``now``, every routine, ending every way,
    written to the history file ``path``; the first one keeps ``first_journal``."""
    outcomes = list(Outcome)
    with history.opened(path) as conn:
        routines = [*ROUTINE_CHOICES, *["full"] * len(CueKind)]  # one per cue
        for n, (cue, routine) in enumerate(zip(CueKind, routines, strict=False)):
            start = now - timedelta(days=n % 7, hours=n)
            history.insert(
                conn,
                Record(
                    cue=cue.value,
                    outcome=outcomes[n % len(outcomes)],
                    routine=routine,
                    started_at=start,
                    ended_at=start + timedelta(minutes=3),
                    steps_reached=2,
                    steps_total=5,
                    checkin_before=6,
                    checkin_after=4,
                    journal=(first_journal or {}) if n == 0 else {},
                ),
            )
