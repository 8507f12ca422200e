"""A pause in typing: a ready timer or scheduled prompt waits until the person stops typing
for a moment, so it never lands in the middle of a sentence.

Pure Python, no Qt. The seconds since the last input come from a reader the app injects
(None when they cannot be read: then nothing waits). The wait is at most
``TYPING_WAIT_MAX`` in all, counted on the scheduler's elapsed (monotonic, active) time.
"""

from __future__ import annotations

from collections.abc import Callable

# A timer prompt waits for this many seconds without input ...
TYPING_QUIET = 10.0
# ... but not longer than this in all.
TYPING_WAIT_MAX = 120.0

IdleReader = Callable[[], float | None]


class TypingGap:
    """Whether a ready prompt has to wait for a pause in typing, and for how long."""

    def __init__(self, idle_seconds: IdleReader | None = None) -> None:
        self.idle_seconds: IdleReader = idle_seconds or (lambda: None)
        self._since: float | None = None  # elapsed, when a ready prompt began waiting

    @property
    def waiting(self) -> bool:
        """A ready prompt is waiting for a pause in typing."""
        return self._since is not None

    def reset(self) -> None:
        """Nothing waits any more (the prompt was shown, or the count restarted)."""
        self._since = None

    def wait(self, elapsed: float) -> float:
        """Seconds to wait for a pause in typing before a ready prompt (0: show it now)."""
        idle = self.idle_seconds()
        if idle is None or idle >= TYPING_QUIET:
            return 0.0
        if self._since is None:
            self._since = elapsed
        if elapsed - self._since >= TYPING_WAIT_MAX:
            return 0.0
        return min(TYPING_QUIET - idle, TYPING_WAIT_MAX - (elapsed - self._since))
