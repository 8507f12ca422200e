"""The platform's reports (suspend, lock, idle, busy, the microphone) passed on to the scheduler.

Each report goes to the activity tracker or the scheduler, and then ``reschedule`` runs the
rules again (a return after an absence may be a cue).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from steadypause.core.scheduler import Scheduler

if TYPE_CHECKING:
    from steadypause.platform.sources import CueSources


def wire_cue_sources(
    sources: CueSources, scheduler: Scheduler, reschedule: Callable[[], None]
) -> None:
    a = scheduler.activity
    clock_gap = sources.clock_gap

    def then(action: Any) -> Any:
        def handler(*args: Any) -> None:
            action(*args)
            reschedule()

        return handler

    def sleeping() -> None:
        clock_gap.announced_sleep()
        a.sleep()

    def woke() -> None:
        clock_gap.announced_wake()
        a.wake()

    sources.power.sleeping.connect(then(sleeping))
    sources.power.woke.connect(then(woke))
    sources.clock_gap.slept.connect(then(a.slept_for))
    sources.lock.lockedChanged.connect(then(lambda locked: a.lock() if locked else a.unlock()))
    sources.idle.idleStarted.connect(then(a.idle))
    sources.idle.inputAgain.connect(then(a.input))
    sources.busy.busyChanged.connect(then(scheduler.set_busy))
    sources.microphone.usersChanged.connect(then(scheduler.set_microphone))
    # Full screen reports nothing by itself: the scheduler asks before it shows a prompt.
    if sources.busy.is_available():
        scheduler.set_busy_check(sources.busy.busy_now)
