"""Busy means wait: while the session is busy (a call, a video, do-not-disturb, a
full-screen window) a ready prompt waits, at most the scheduler's cap, instead of being
shown.

Pure Python, no Qt. Two ways of knowing: what the platform *reports* (pushed whenever it
changes) and a *check* the scheduler asks only when a prompt is about to be shown and,
while one waits because of it, every ``BUSY_RECHECK`` (full screen: nothing reports its
end). Nothing is checked while no prompt waits.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta

log = logging.getLogger(__name__)

# While a prompt waits because the busy *check* said so, look again this often.
BUSY_RECHECK = timedelta(minutes=1)


class BusyWait:
    """What the session's busy state was last reported or found to be."""

    def __init__(self) -> None:
        self._reported = False  # a call, a video, DND (pushed)
        self._check: Callable[[], bool] | None = None
        self.checked = False  # what the busy check said last (full screen)

    @property
    def reported(self) -> bool:
        return self._reported

    def report(self, busy: bool) -> None:
        """The session is busy or not, as the platform reports it."""
        if busy != self._reported:
            log.info("busy: %s", busy)
            self._reported = busy

    def set_check(self, check: Callable[[], bool] | None) -> None:
        """How to ask whether the session is busy right now (e.g. a full-screen window)."""
        self._check = check
        self.checked = False

    def ask(self, present: bool) -> None:
        """Ask the check, now that a prompt would be shown (unless a report already says
        busy; no need while the person is away: the prompt waits for their return)."""
        if not self._reported:
            self.checked = self._check is not None and present and self._check()

    def busy(self, waiting: bool) -> bool:
        """Busy as last reported, or as the check found it for the cue that is ``waiting``."""
        return self._reported or (self.checked and waiting)
