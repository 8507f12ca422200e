"""The cue rules with a fake clock: which cue prompts, which waits, which is let go."""

from __future__ import annotations

from datetime import datetime, timedelta
from datetime import time as dtime
from zoneinfo import ZoneInfo

import pytest

from steadypause.core.busy_wait import BUSY_RECHECK
from steadypause.core.clock import FakeClock
from steadypause.core.cues import Cue, CueKind
from steadypause.core.decision import Action, Decision, Why
from steadypause.core.history import Outcome
from steadypause.core.scheduler import Scheduler
from steadypause.core.scheduler_config import SchedulerConfig
from steadypause.core.working_hours import parse_hours

TZ = ZoneInfo("Europe/Berlin")
WEEK = tuple(parse_hours(h) for h in ["08:00-18:00"] * 5 + ["", ""])
WEDNESDAY_10 = datetime(2026, 11, 25, 10, 0, tzinfo=TZ)


class Rig:
    def __init__(self, start: datetime = WEDNESDAY_10, **config: object) -> None:
        self.clock = FakeClock(start)
        self.decisions: list[Decision] = []
        self.idle: float | None = None
        base = {"hours": WEEK, "start_of_day": True, "end_of_day": True}
        base.update(config)
        self.s = Scheduler(
            self.clock,
            SchedulerConfig(**base),  # type: ignore[arg-type]
            idle_seconds=lambda: self.idle,
            on_decision=self.decisions.append,
        )
        self.s.restore_day_marks(start.date(), None)
        self.a = self.s.activity

    def minutes(self, m: float) -> None:
        self.clock.advance(m * 60)

    def away(self, minutes: float, *, lock: bool = False, sleep: bool = False) -> None:
        if lock:
            self.a.lock()
        if sleep:
            self.a.sleep()
            self.clock.jump_wall(minutes * 60)
            self.a.wake()
        else:
            if not lock:
                self.a.idle(0)
            self.minutes(minutes)
        if lock:
            self.a.unlock()
        else:
            self.a.input()

    def actions(self) -> list[tuple[str, str, str]]:
        return [(d.action.value, d.cue.kind.value, d.reason) for d in self.decisions]


def follow(r: Rig, limit: timedelta = timedelta(hours=24)) -> Cue | None:
    """Follow the scheduler's own wake-ups, like the app's single-shot timer."""
    end = r.clock.now() + limit
    while (wake := r.s.wake_at()) is not None and wake <= end:
        r.clock.advance((wake - r.clock.now()).total_seconds())
        if (cue := r.s.poll()) is not None:
            return cue
    return None


def test_a_short_lock_is_ignored_and_a_long_one_prompts() -> None:
    r = Rig()
    r.minutes(10)
    r.away(2, lock=True)
    assert r.s.poll() is None
    assert r.s.active_minutes == 10  # a short lock is not a break
    r.away(40, lock=True)
    cue = r.s.poll()
    assert cue is not None
    assert (cue.kind, cue.detail) == (CueKind.UNLOCK, "40")
    assert r.s.active_minutes == 0  # a long one is


def test_back_from_away_says_how_long() -> None:
    r = Rig()
    r.away(25)
    cue = r.s.poll()
    assert (cue.kind, cue.detail) == (CueKind.BACK_FROM_AWAY, "25")


def test_lid_closed_with_lock_gives_one_prompt_for_resume_and_unlock() -> None:
    r = Rig()
    r.a.lock()
    r.a.sleep()
    r.clock.jump_wall(30 * 60)
    r.a.wake()
    assert r.s.poll() is None  # still on the lock screen
    r.minutes(0.5)
    r.a.unlock()
    r.a.input()
    cue = r.s.poll()
    assert (cue.kind, cue.detail) == (CueKind.RESUME, "30")
    assert r.s.poll() is None
    assert r.actions() == [("prompt", "resume", "")]


def test_cooldown_lets_a_second_cue_go_and_records_it() -> None:
    r = Rig()
    r.away(30)
    assert r.s.poll().kind is CueKind.BACK_FROM_AWAY
    r.s.settle(Outcome.SKIPPED)
    r.minutes(5)
    r.away(8, lock=True)
    assert r.s.poll() is None
    assert r.actions()[-1] == ("drop", "unlock", Why.COOLDOWN)
    r.minutes(10)  # 23 minutes after the first prompt
    r.away(6, lock=True)
    assert r.s.poll().kind is CueKind.UNLOCK


def test_the_work_timer_waits_out_the_cooldown_instead_of_being_dropped() -> None:
    r = Rig(work_minutes=5)
    r.away(30)
    r.s.poll()
    r.s.settle(Outcome.COMPLETED)
    assert r.s.next_pause_at == r.clock.now() + timedelta(minutes=20)
    r.minutes(19)
    assert r.s.poll() is None
    r.minutes(1)
    assert r.s.poll().kind is CueKind.WORK_TIMER


def test_later_is_exempt_from_the_cooldown() -> None:
    r = Rig()
    r.minutes(60)
    assert r.s.poll().kind is CueKind.WORK_TIMER
    r.s.settle(Outcome.LATER)
    r.minutes(10)
    cue = r.s.poll()
    assert (cue.kind, cue.detail) == (CueKind.WORK_TIMER, "later")


def test_busy_defers_then_shows_when_it_ends() -> None:
    r = Rig()
    r.minutes(59)
    r.s.set_busy(True)
    r.minutes(1)
    assert r.s.poll() is None
    assert r.s.poll() is None
    assert r.actions() == [("defer", "work_timer", Why.BUSY)]  # noted once
    assert r.s.wake_at() == r.clock.now() + timedelta(minutes=10)
    r.minutes(30)
    r.s.set_busy(False)
    cue = r.s.poll()
    assert cue.kind is CueKind.WORK_TIMER
    assert r.actions()[-1] == ("prompt", "work_timer", "")


def test_busy_past_the_cap_lets_the_prompt_go_as_deferred_out() -> None:
    r = Rig(busy_cap_minutes=60, work_minutes=120)
    r.s.set_busy(True)
    r.away(20, lock=True)
    assert r.s.poll() is None
    wake = r.s.wake_at()
    assert wake == r.clock.now() + timedelta(minutes=10)  # bounded by MAX_SLEEP
    for _ in range(6):
        r.clock.advance((r.s.wake_at() - r.clock.now()).total_seconds())
        assert r.s.poll() is None
    assert r.actions() == [("defer", "unlock", Why.BUSY), ("drop", "unlock", Why.DEFERRED_OUT)]
    r.s.set_busy(False)
    assert r.s.poll() is None
    assert r.s.pending is None


def test_the_busy_check_is_asked_only_when_a_prompt_is_ready() -> None:
    r = Rig()
    asked: list[str] = []
    full_screen = True

    def check() -> bool:
        asked.append(r.clock.now().strftime("%H:%M"))
        return full_screen

    r.s.set_busy_check(check)
    for _ in range(5):  # an hour of work: nothing is asked
        r.clock.advance((r.s.wake_at() - r.clock.now()).total_seconds())
        r.s.poll()
    assert asked == []
    r.clock.advance((r.s.wake_at() - r.clock.now()).total_seconds())
    assert r.clock.now().strftime("%H:%M") == "11:00"
    assert r.s.poll() is None  # ready, but full screen: it waits
    assert asked == ["11:00"]
    assert r.s.busy
    assert r.actions() == [("defer", "work_timer", Why.BUSY)]
    # While it waits, a coarse single-shot re-check (nothing reports the end of full screen).
    assert r.s.wake_at() == r.clock.now() + BUSY_RECHECK
    for _ in range(3):
        r.clock.advance(BUSY_RECHECK.total_seconds())
        assert r.s.poll() is None
    full_screen = False
    r.clock.advance(BUSY_RECHECK.total_seconds())
    cue = r.s.poll()
    assert cue is not None
    assert cue.kind is CueKind.WORK_TIMER
    assert asked == ["11:00", "11:01", "11:02", "11:03", "11:04"]
    assert r.actions()[-1] == ("prompt", "work_timer", "")
    assert r.s.wake_at() is None  # the prompt is open: no more checks
    r.s.settle(Outcome.COMPLETED)
    r.clock.advance((r.s.wake_at() - r.clock.now()).total_seconds())
    r.s.poll()
    assert len(asked) == 5  # back to work: not asked again


def test_full_screen_past_the_cap_is_let_go_and_the_checks_stop() -> None:
    r = Rig(busy_cap_minutes=30)
    checks = []
    r.s.set_busy_check(lambda: checks.append(1) or True)
    r.minutes(60)
    assert r.s.poll() is None
    while r.s.pending is not None:
        r.clock.advance((r.s.wake_at() - r.clock.now()).total_seconds())
        r.s.poll()
    assert r.actions() == [
        ("defer", "work_timer", Why.BUSY),
        ("drop", "work_timer", Why.DEFERRED_OUT),
    ]
    assert len(checks) == 31  # at the start and once a minute for 30
    assert not r.s.busy
    assert r.s.wake_at() - r.clock.now() > BUSY_RECHECK


def test_the_busy_check_is_not_asked_while_the_session_already_says_busy() -> None:
    r = Rig()
    checks = []
    r.s.set_busy_check(lambda: checks.append(1) or False)
    r.s.set_busy(True)
    r.minutes(60)
    assert r.s.poll() is None
    assert checks == []
    r.s.set_busy(False)
    assert r.s.poll() is not None
    assert checks == [1]


def test_timer_waits_for_a_pause_in_typing() -> None:
    r = Rig()
    r.minutes(60)
    r.idle = 2.0  # typed two seconds ago
    assert r.s.poll() is None
    assert r.s.wake_at() == r.clock.now() + timedelta(seconds=8)
    r.clock.advance(8)
    r.idle = 10.0
    assert r.s.poll().kind is CueKind.WORK_TIMER


def test_timer_waits_for_typing_at_most_two_minutes() -> None:
    r = Rig()
    r.minutes(60)
    r.idle = 0.5  # typing on and on
    waited = 0.0
    while (cue := r.s.poll()) is None:
        step = (r.s.wake_at() - r.clock.now()).total_seconds()
        assert 0 < step <= 10
        r.clock.advance(step)
        waited += step
    assert cue.kind is CueKind.WORK_TIMER
    assert waited == pytest.approx(120)


def test_nothing_outside_working_hours_but_manual() -> None:
    r = Rig(datetime(2026, 11, 25, 17, 50, tzinfo=TZ), end_of_day=False)
    r.minutes(50)  # 18:40, an hour of work
    assert r.s.poll() is None
    assert r.s.next_pause_at == datetime(2026, 11, 26, 8, 0, tzinfo=TZ)
    r.away(30, lock=True)
    assert r.s.poll() is None
    assert r.actions() == [("drop", "unlock", Why.OUTSIDE_HOURS)]
    assert r.s.manual("tray").kind is CueKind.MANUAL


def test_weekend_is_quiet() -> None:
    r = Rig(datetime(2026, 11, 28, 9, 0, tzinfo=TZ))  # a Saturday
    r.minutes(120)
    r.away(30)
    assert r.s.poll() is None
    assert r.s.next_pause_at == datetime(2026, 11, 30, 8, 0, tzinfo=TZ)


def test_start_of_day_comes_with_the_first_activity_in_hours() -> None:
    r = Rig(datetime(2026, 11, 24, 18, 30, tzinfo=TZ))
    r.a.sleep()
    r.clock.jump_wall(13 * 3600)  # Wednesday 07:30: before the working hours
    r.a.wake()
    assert r.s.poll() is None
    cue = follow(r)
    assert cue.kind is CueKind.START_OF_DAY
    assert cue.at == datetime(2026, 11, 25, 8, 0, tzinfo=TZ)
    r.s.settle(Outcome.SKIPPED)
    r.minutes(40)
    r.away(30)
    assert r.s.poll().kind is CueKind.BACK_FROM_AWAY  # not a second good morning


def test_start_of_day_replaces_the_resume_cue() -> None:
    r = Rig(datetime(2026, 11, 24, 18, 30, tzinfo=TZ))
    r.a.sleep()
    r.clock.jump_wall(14 * 3600)  # Wednesday 08:30
    r.a.wake()
    cue = r.s.poll()
    assert cue.kind is CueKind.START_OF_DAY
    assert [a for a, _, _ in r.actions()] == ["prompt"]


def test_end_of_day_then_the_timer_rests_until_tomorrow() -> None:
    r = Rig(datetime(2026, 11, 25, 17, 0, tzinfo=TZ))
    assert r.s.wake_at() == datetime(2026, 11, 25, 17, 10, tzinfo=TZ)  # MAX_SLEEP
    r.minutes(30)
    cue = r.s.poll()
    assert (cue.kind, cue.detail) == (CueKind.END_OF_DAY, "17:30")
    r.s.settle(Outcome.SKIPPED)
    assert r.s.next_pause_at is None
    r.minutes(25)
    assert r.s.poll() is None


def test_close_the_day_on_request() -> None:
    r = Rig()
    cue = r.s.close_day("tray")
    assert (cue.kind, cue.detail) == (CueKind.END_OF_DAY, "tray")
    assert r.s.window_open
    r.s.settle(Outcome.COMPLETED)
    r.minutes(120)
    assert r.s.poll() is None
    assert r.s.day_closed == r.clock.now().date()


def test_switched_off_cues_are_not_created() -> None:
    r = Rig(unlock=False, back_from_away=False)
    r.away(30, lock=True)
    r.away(30)
    assert r.s.poll() is None
    assert r.decisions == []


def test_a_cue_while_a_prompt_is_open_is_let_go() -> None:
    r = Rig()
    r.minutes(60)
    assert r.s.poll() is not None
    r.away(30, lock=True)
    assert r.s.poll() is None
    assert r.actions()[-1] == ("drop", "unlock", Why.PAUSE_OPEN)


def test_clock_jumps_across_days_give_one_start_of_day_each() -> None:
    r = Rig()
    kinds = []
    for _ in range(5):
        r.clock.jump_wall(24 * 3600)  # someone plays with the date
        r.minutes(1)
        if (cue := r.s.poll()) is not None:
            kinds.append(cue.kind)
            r.s.settle(Outcome.SKIPPED)
    # Thu, Fri, (Sat, Sun: days off), Mon: but a manual date change is not time passing,
    # so the cooldown from the first one still holds.
    assert kinds == [CueKind.START_OF_DAY]
    assert [a for a, _, _ in r.actions()].count("prompt") == 1


def test_end_of_day_time_is_configurable() -> None:
    r = Rig(datetime(2026, 11, 25, 15, 55, tzinfo=TZ), end_of_day_at=dtime(16, 0))
    r.minutes(5)
    assert r.s.poll().kind is CueKind.END_OF_DAY


def test_every_cue_ends_in_one_prompt_or_drop() -> None:
    r = Rig()
    r.s.set_busy(True)
    r.away(20, lock=True)
    r.s.poll()
    r.away(30)  # merged into the pending one
    r.s.poll()
    r.s.set_busy(False)
    r.s.poll()
    finals = [d for d in r.decisions if d.action is not Action.DEFER]
    assert [(d.action.value, d.cue.kind.value) for d in finals] == [
        ("drop", "back_from_away"),
        ("prompt", "unlock"),
    ]
