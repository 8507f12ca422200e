"""The scheduler with a fake clock: no QApplication, no sleeping."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from steadypause.core.clock import FakeClock
from steadypause.core.cues import CueKind
from steadypause.core.history import Outcome
from steadypause.core.scheduler import MAX_SLEEP, Scheduler
from steadypause.core.scheduler_config import SchedulerConfig

TZ = ZoneInfo("Europe/Berlin")


def make(start: datetime | None = None, **config: int) -> tuple[FakeClock, Scheduler]:
    clock = FakeClock(start or datetime(2026, 11, 25, 9, 0, tzinfo=TZ))
    return clock, Scheduler(clock, SchedulerConfig(**config))


def run_until_cue(clock: FakeClock, scheduler: Scheduler, limit: timedelta) -> list:
    """Follow the scheduler's own wake-ups (like the app's single-shot timer) up to limit."""
    end = clock.now() + limit
    cues = []
    while True:
        wake = scheduler.wake_at()
        if wake is None or wake > end:
            break
        clock.advance(max(0.0, (wake - clock.now()).total_seconds()))
        cue = scheduler.poll()
        if cue is not None:
            cues.append(cue)
            break
    return cues


def test_first_prompt_is_due_one_interval_after_start() -> None:
    clock, s = make()
    assert s.next_pause_at == clock.now() + timedelta(minutes=60)
    clock.advance(59 * 60)
    assert s.poll() is None
    clock.advance(60)
    cue = s.poll()
    assert cue is not None
    assert cue.kind is CueKind.WORK_TIMER
    assert cue.at == clock.now()


def test_wakeups_are_sparse_single_shots() -> None:
    clock, s = make()
    wakes = 0
    while True:
        wakes += 1
        clock.advance((s.wake_at() - clock.now()).total_seconds())
        if s.poll() is not None:
            break
    # 60 minutes with a 10-minute re-check bound: 6 wake-ups, never a per-second tick.
    assert wakes == 60 // int(MAX_SLEEP.total_seconds() // 60)


def test_no_second_prompt_while_one_is_open_and_interval_restarts_after() -> None:
    clock, s = make(work_minutes=30)
    clock.advance(30 * 60)
    assert s.poll() is not None
    assert s.wake_at() is None
    clock.advance(3 * 3600)
    assert s.poll() is None
    s.settle(Outcome.COMPLETED)
    assert s.next_pause_at == clock.now() + timedelta(minutes=30)


def test_later_asks_again_after_later_minutes() -> None:
    clock, s = make(later_minutes=10)
    clock.advance(3600)
    assert s.poll() is not None
    s.settle(Outcome.LATER)
    assert s.next_pause_at == clock.now() + timedelta(minutes=10)
    cues = run_until_cue(clock, s, timedelta(minutes=11))
    assert len(cues) == 1


@pytest.mark.parametrize("outcome", [Outcome.SKIPPED, Outcome.MISSED, Outcome.COMPLETED])
def test_other_outcomes_restart_the_full_interval(outcome: Outcome) -> None:
    clock, s = make()
    clock.advance(3600)
    s.poll()
    s.settle(outcome)
    assert s.next_pause_at == clock.now() + timedelta(hours=1)


def test_snooze_holds_prompts_then_timer_restarts_after_it() -> None:
    clock, s = make()
    clock.advance(50 * 60)
    until = s.snooze(30)
    assert until == clock.now() + timedelta(minutes=30)
    assert s.snoozed_until == until
    assert s.next_pause_at == until + timedelta(hours=1)
    # The original deadline (10 minutes away) passes without a prompt.
    assert run_until_cue(clock, s, timedelta(minutes=30)) == []
    assert clock.now() == until
    assert s.snoozed_until is None
    assert s.next_pause_at == until + timedelta(hours=1)


def test_resume_ends_snooze_and_starts_a_fresh_interval() -> None:
    clock, s = make()
    s.snooze(60)
    clock.advance(600)
    s.resume()
    assert s.snoozed_until is None
    assert s.next_pause_at == clock.now() + timedelta(hours=1)


def test_manual_pause_is_allowed_while_snoozed() -> None:
    _clock, s = make()
    s.snooze(120)
    cue = s.manual("cli")
    assert cue.kind is CueKind.MANUAL
    assert cue.detail == "cli"
    assert s.window_open


def test_snooze_until_tomorrow_crosses_midnight() -> None:
    clock, s = make(datetime(2026, 11, 25, 23, 40, tzinfo=TZ), day_start_hour=6)
    until = s.snooze_until_tomorrow()
    assert until == datetime(2026, 11, 26, 6, 0, tzinfo=TZ)
    clock.advance(30 * 60)  # past midnight: still snoozed
    assert clock.now().date() == datetime(2026, 11, 26).date()
    assert s.poll() is None
    assert s.snoozed_until == until
    assert run_until_cue(clock, s, timedelta(hours=6)) == []  # 06:00 ends the snooze ...
    assert s.snoozed_until is None
    assert s.next_pause_at == until + timedelta(hours=1)  # ... and starts a fresh hour
    cues = run_until_cue(clock, s, timedelta(hours=1))
    assert [c.at for c in cues] == [until + timedelta(hours=1)]


def test_snooze_until_tomorrow_in_the_small_hours_means_this_morning() -> None:
    _clock, s = make(datetime(2026, 11, 26, 2, 15, tzinfo=TZ), day_start_hour=6)
    assert s.snooze_until_tomorrow() == datetime(2026, 11, 26, 6, 0, tzinfo=TZ)


def test_snooze_until_tomorrow_on_new_years_eve() -> None:
    _clock, s = make(datetime(2026, 12, 31, 18, 0, tzinfo=TZ), day_start_hour=7)
    assert s.snooze_until_tomorrow() == datetime(2027, 1, 1, 7, 0, tzinfo=TZ)


def test_snooze_until_tomorrow_across_dst_keeps_wall_time() -> None:
    # Europe/Berlin leaves summer time on 2026-10-25 at 03:00.
    _clock, s = make(datetime(2026, 10, 24, 22, 0, tzinfo=TZ))
    until = s.snooze_until_tomorrow()
    assert (until.hour, until.minute) == (6, 0)
    assert until.utcoffset() == timedelta(hours=1)


@pytest.mark.parametrize("jump_hours", [3, 14, 24 * 7])
def test_clock_set_forward_gives_no_prompt_and_keeps_the_count(jump_hours: int) -> None:
    # Active time is counted on the monotonic clock: moving the wall clock is not work.
    clock, s = make()
    clock.advance(20 * 60)
    clock.jump_wall(jump_hours * 3600)
    assert [s.poll(), s.poll(), s.poll()] == [None, None, None]
    assert s.active_minutes == 20
    assert s.next_pause_at == clock.now() + timedelta(minutes=40)


@pytest.mark.parametrize("jump_hours", [3, 14, 24 * 7])
def test_long_suspend_gives_at_most_one_prompt(jump_hours: int) -> None:
    clock, s = make()
    clock.advance(20 * 60)
    s.activity.sleep()
    clock.jump_wall(jump_hours * 3600)  # the wall clock ran on while asleep
    s.activity.wake()
    cues = [c for c in (s.poll(), s.poll(), s.poll()) if c is not None]
    assert [c.kind for c in cues] == [CueKind.RESUME]
    assert cues[0].detail == str(jump_hours * 60)
    s.settle(Outcome.SKIPPED)
    assert s.next_pause_at == clock.now() + timedelta(hours=1)  # a natural break
    assert s.poll() is None


def test_backward_clock_jump_changes_nothing() -> None:
    clock, s = make()
    clock.advance(30 * 60)
    clock.jump_wall(-3 * 3600)
    assert s.poll() is None
    assert s.next_pause_at == clock.now() + timedelta(minutes=30)
    assert len(run_until_cue(clock, s, timedelta(minutes=31))) == 1


def test_clock_jump_during_snooze_gives_no_burst() -> None:
    clock, s = make()
    s.snooze(30)
    clock.jump_wall(10 * 3600)
    assert s.poll() is None  # the snooze ends quietly
    assert s.poll() is None
    assert s.next_pause_at == clock.now() + timedelta(hours=1)


def test_random_walk_of_time_never_bursts() -> None:
    import random

    rng = random.Random(7)
    clock, s = make(work_minutes=45, later_minutes=10)
    last_settle = clock.monotonic()
    wait = 45 * 60
    jumped_forward = False
    prompts = 0
    for _ in range(3000):
        if rng.random() < 0.05:
            jump = rng.choice([-1, 1]) * rng.choice([3600, 3 * 3600, 14 * 3600])
            clock.jump_wall(jump)
            jumped_forward |= jump > 0
        clock.advance(rng.choice([30, 300, 900, 3600, 5 * 3600]))
        cue = s.poll()
        assert s.poll() is None  # never two in a row
        if cue is None:
            continue
        prompts += 1
        if not jumped_forward:
            # Without the wall clock leaping ahead, a prompt never comes early.
            assert clock.monotonic() - last_settle >= wait
        outcome = rng.choice(list(Outcome))
        s.settle(outcome)
        wait = 10 * 60 if outcome is Outcome.LATER else 45 * 60
        last_settle = clock.monotonic()
        jumped_forward = False
        assert s.next_pause_at > clock.now()
    assert prompts > 100


def test_changing_the_interval_reaims_the_deadline() -> None:
    clock, s = make()
    clock.advance(20 * 60)
    s.configure(SchedulerConfig(work_minutes=30))
    assert s.next_pause_at == clock.now() + timedelta(minutes=10)


def test_snooze_rejects_nonpositive_minutes() -> None:
    _clock, s = make()
    with pytest.raises(ValueError, match="positive"):
        s.snooze(0)


def test_due_now_brings_the_deadline_forward_but_not_over_an_open_pause() -> None:
    _clock, s = make()
    s.due_now()
    cue = s.poll()
    assert cue is not None
    assert cue.kind is CueKind.WORK_TIMER
    s.due_now()
    assert s.poll() is None  # a prompt is already open
