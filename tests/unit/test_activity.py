"""Active time and absences with a fake clock."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from steadypause.core.activity import Absence, ActivityTracker, Reason
from steadypause.core.clock import FakeClock

TZ = ZoneInfo("Europe/Berlin")


def make() -> tuple[FakeClock, ActivityTracker, list[Absence]]:
    clock = FakeClock(datetime(2026, 11, 25, 9, 0, tzinfo=TZ))
    seen: list[Absence] = []
    return clock, ActivityTracker(clock, on_return=seen.append), seen


def test_present_time_counts_and_idle_time_is_dated_back() -> None:
    clock, t, seen = make()
    clock.advance(600)
    clock.advance(180)  # no input for these 3 minutes ...
    t.idle(180)  # ... reported once the threshold was passed
    assert t.active_seconds() == 600
    clock.advance(400)
    assert t.away_seconds() == 580
    t.input()
    assert t.active_seconds() == 600
    [absence] = seen
    assert absence.seconds == 580
    assert absence.reasons == {Reason.IDLE}
    assert (absence.slept, absence.locked) == (0, 0)
    clock.advance(60)
    assert t.active_seconds() == 660


def test_idle_is_never_dated_back_into_a_previous_absence_or_reset() -> None:
    clock, t, _ = make()
    clock.advance(100)
    t.reset()
    clock.advance(50)
    t.idle(500)  # longer than the stretch since the reset
    assert t.active_seconds() == 0


def test_lock_then_sleep_is_one_absence_with_its_parts() -> None:
    clock, t, seen = make()
    clock.advance(300)
    t.lock()
    clock.advance(60)
    t.sleep()
    clock.jump_wall(3600)  # asleep: the wall clock runs on, monotonic time does not
    t.wake()
    assert seen == []  # still locked
    assert not t.present
    clock.advance(30)
    t.unlock()
    [absence] = seen
    assert absence.seconds == 60 + 3600 + 30
    assert absence.slept == 3600
    assert absence.locked == 60 + 3600 + 30
    assert absence.reasons == {Reason.LOCKED, Reason.ASLEEP}
    assert t.active_seconds() == 300


def test_wall_clock_change_is_not_sleep_and_not_work() -> None:
    clock, t, seen = make()
    clock.advance(120)
    clock.jump_wall(5 * 3600)
    assert t.active_seconds() == 120
    clock.jump_wall(-7 * 3600)
    clock.advance(60)
    assert t.active_seconds() == 180
    assert seen == []


def test_unannounced_suspend_is_an_absence_but_not_twice() -> None:
    clock, t, seen = make()
    clock.advance(200)
    t.slept_for(1800)  # found by the clock-gap detector
    [absence] = seen
    assert absence.slept == absence.seconds == 1800
    assert t.active_seconds() == 200
    t.sleep()
    clock.jump_wall(900)
    t.slept_for(900)  # the detector saw it too, before logind's wake signal
    t.wake()
    assert [a.slept for a in seen] == [1800, 900]


def test_unlock_without_a_seen_lock_ends_an_idle_absence() -> None:
    clock, t, seen = make()
    t.idle(0)
    clock.advance(400)
    t.unlock()
    assert [a.seconds for a in seen] == [400]
    assert t.present


def test_elapsed_counts_sleep_but_not_clock_changes() -> None:
    clock, t, _ = make()
    start = t.elapsed()
    clock.advance(10)
    t.sleep()
    clock.jump_wall(100)
    t.wake()
    clock.jump_wall(-5000)
    assert t.elapsed() - start == 110
