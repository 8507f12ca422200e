"""The work timer's deadline: after how much active time it is due, "In N minutes", and
the cooldown since the last prompt.

Pure Python, no Qt. Counted in the activity tracker's seconds (active time for the
deadline, elapsed time for the cooldown), never on the wall clock, so a suspend or a
clock change moves nothing. The scheduler says when to restart, re-aim or bring it
forward; this only keeps the arithmetic.
"""

from __future__ import annotations


class WorkTimer:
    """When the work timer is due, in active seconds, and when the last prompt came."""

    def __init__(self, work_minutes: int) -> None:
        self.target = work_minutes * 60.0  # active seconds at which the timer is due
        self.later = False  # the target was set by "In N minutes"
        self.last_prompt: float | None = None  # elapsed, of the last prompt

    def restart(self, work_minutes: int) -> None:
        """A new count: due after ``work_minutes`` of active time from the tracker's reset."""
        self.target = work_minutes * 60.0
        self.later = False

    def later_from(self, active: float, later_minutes: int) -> None:
        """ "In N minutes": due ``later_minutes`` of active time from now."""
        self.target = active + later_minutes * 60.0
        self.later = True

    def reaim(self, old_minutes: int, new_minutes: int) -> None:
        """The interval changed: move the deadline by the difference (not after "later")."""
        if not self.later and old_minutes != new_minutes:
            self.target = self.target - old_minutes * 60.0 + new_minutes * 60.0

    def bring_forward(self, active: float) -> None:
        """Due now, with no cooldown in the way (demonstrations, benchmarks)."""
        self.last_prompt = None
        self.target = active

    def prompted(self, elapsed: float) -> None:
        """A prompt or a pause opened now: the cooldown starts."""
        self.last_prompt = elapsed

    def remaining(self, active: float) -> float:
        """Active seconds until the timer is due (0 when it is)."""
        return max(0.0, self.target - active)

    def cooldown_left(self, elapsed: float, cooldown_minutes: int) -> float:
        """Seconds until another automatic prompt may come (0: it may)."""
        if self.last_prompt is None:
            return 0.0
        return max(0.0, cooldown_minutes * 60.0 - (elapsed - self.last_prompt))

    def due(self, active: float, elapsed: float, cooldown_minutes: int) -> bool:
        """The deadline has passed and the cooldown is over. The timer waits out the
        cooldown instead of being dropped by it, unless the person asked for it with
        "In N minutes"."""
        if active < self.target:
            return False
        return self.later or self.cooldown_left(elapsed, cooldown_minutes) <= 0
