"""A simulated working week with a fake clock: random work, absences, suspends, busy spells
and clock jumps, driven the way the app drives the scheduler (its own wake-ups and a poll
after every event). Checks the rules that must hold whatever happens."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from steadypause.core.activity import IDLE_THRESHOLD_SECONDS
from steadypause.core.clock import FakeClock
from steadypause.core.cues import Cue, CueKind
from steadypause.core.decision import Action, Decision, Why
from steadypause.core.history import Outcome
from steadypause.core.scheduler import Scheduler
from steadypause.core.scheduler_config import SchedulerConfig
from steadypause.core.working_hours import parse_hours

TZ = ZoneInfo("Europe/Berlin")
HOURS = tuple(parse_hours(h) for h in ["08:00-18:00"] * 5 + ["", ""])
AWAY, LOCK, COOLDOWN = 5, 5, 20

# How a prompt or pause can end, as the scheduler is told (history.Outcome's first four).
SETTLED = [Outcome.COMPLETED, Outcome.SKIPPED, Outcome.LATER, Outcome.MISSED]


class Week:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.clock = FakeClock(datetime(2026, 11, 23, 7, 0, tzinfo=TZ))  # a Monday
        self.decisions: list[Decision] = []
        self.idle: float | None = None
        self.s = Scheduler(
            self.clock,
            SchedulerConfig(
                work_minutes=45,
                away_minutes=AWAY,
                lock_minutes=LOCK,
                cooldown_minutes=COOLDOWN,
                busy_cap_minutes=30,
                hours=HOURS,
                start_of_day=True,
                end_of_day=True,
            ),
            idle_seconds=lambda: self.idle,
            on_decision=self.decisions.append,
        )
        self.a = self.s.activity
        self.expected = 0  # active seconds since the last reset, counted here
        self.real = 0  # seconds of real time (sleep included, clock changes not)
        self.prompts: list[tuple[int, Cue]] = []

    # -- time passing -------------------------------------------------------------------

    def advance(self, seconds: int, *, present: bool) -> None:
        self.clock.advance(seconds)
        self.real += seconds
        if present:
            self.expected += seconds

    def check_count(self) -> None:
        assert self.a.active_seconds() == self.expected

    def poll(self) -> None:
        seen = len(self.decisions)
        cue = self.s.poll()
        for d in self.decisions[seen:]:
            if d.cue.kind is CueKind.WORK_TIMER and d.reason == Why.DEFERRED_OUT:
                self.expected = 0  # let go after the busy cap: the count starts again
        self.check_count()
        if cue is None:
            return
        self.prompts.append((self.real, cue))
        self.advance(self.rng.choice([5, 30, 90]), present=True)  # reading the prompt
        outcome = self.rng.choice(SETTLED)
        self.s.settle(outcome)
        if outcome is not Outcome.LATER:
            self.expected = 0
        self.check_count()

    def work(self, seconds: int) -> None:
        """Present and typing now and then, following the scheduler's wake-ups."""
        end = self.real + seconds
        while self.real < end:
            self.idle = float(self.rng.choice([0, 3, 12, 40]))
            wake = self.s.wake_at()
            step = end - self.real
            if wake is not None:
                step = min(step, max(1, int((wake - self.clock.now()).total_seconds() + 0.999)))
            self.advance(step, present=True)
            self.poll()

    def returned(self, away: int) -> None:
        if away >= AWAY * 60:
            self.expected = 0  # a natural break

    # -- absences -----------------------------------------------------------------------

    def idle_away(self, seconds: int) -> None:
        self.advance(IDLE_THRESHOLD_SECONDS, present=False)
        self.a.idle(IDLE_THRESHOLD_SECONDS)
        self.advance(seconds, present=False)
        self.a.input()
        self.returned(IDLE_THRESHOLD_SECONDS + seconds)
        self.poll()

    def locked_away(self, seconds: int, sleep: int = 0) -> None:
        self.a.lock()
        self.poll()
        self.advance(seconds, present=False)
        if sleep:
            self.suspend(sleep, announced=True, inside_lock=True)
        self.a.unlock()
        self.returned(seconds + sleep)
        self.poll()

    def suspend(self, seconds: int, *, announced: bool, inside_lock: bool = False) -> None:
        if announced:
            self.a.sleep()
            self.clock.jump_wall(seconds)
            self.real += seconds
            if self.rng.random() < 0.5:
                self.a.slept_for(seconds)  # the clock-gap detector saw it too
            self.a.wake()
        else:
            self.clock.jump_wall(seconds)
            self.real += seconds
            self.a.slept_for(seconds)
        if not inside_lock:
            self.returned(seconds)
            self.poll()

    def run(self) -> None:
        rng = self.rng
        for day in range(5):
            self.work(rng.randrange(60, 4 * 3600))
            while self.clock.now().hour < 19:
                choice = rng.random()
                if choice < 0.35:
                    self.work(rng.randrange(60, 100 * 60))
                elif choice < 0.5:
                    self.idle_away(rng.randrange(0, 40 * 60))
                elif choice < 0.65:
                    self.locked_away(
                        rng.randrange(1, 50 * 60), rng.choice([0, 0, rng.randrange(60, 3 * 3600)])
                    )
                elif choice < 0.72:
                    self.suspend(rng.randrange(10, 2 * 3600), announced=rng.random() < 0.7)
                elif choice < 0.8:
                    self.s.set_busy(True)
                    self.work(rng.randrange(60, 70 * 60))
                    self.s.set_busy(False)
                    self.poll()
                elif choice < 0.85:
                    # A manual change or an NTP step: not time passing, not work.
                    self.clock.jump_wall(rng.choice([-1, 1]) * rng.randrange(30, 2 * 3600))
                    self.poll()
                else:
                    self.work(rng.randrange(10, 20 * 60))
            # The lid closes for the night, and opens in the morning.
            night = int(
                (
                    datetime.combine(
                        self.clock.now().date() + timedelta(days=1), datetime.min.time(), TZ
                    )
                    + timedelta(hours=7)
                    - self.clock.now()
                ).total_seconds()
            ) + rng.randrange(0, 3 * 3600)
            self.locked_away(60, night)
            assert day < 5


@pytest.mark.parametrize("seed", range(12))
def test_a_working_week_keeps_every_rule(seed: int) -> None:
    week = Week(seed)
    week.run()
    week.s.set_busy(False)
    week.work(3600)
    decisions = week.decisions

    assert len(week.prompts) >= 15
    # Nothing outside the working hours (as the wall clock said at that moment).
    for d in decisions:
        if d.action is Action.PROMPT:
            hours = HOURS[d.at.weekday()]
            assert hours is not None, d
            assert hours[0] <= d.at.time().replace(tzinfo=None) < hours[1], d
    # No two prompts inside a cooldown, except "In N minutes" asked for by the person.
    for (t1, _), (t2, cue) in zip(week.prompts, week.prompts[1:], strict=False):
        if cue.detail != "later":
            assert t2 - t1 >= COOLDOWN * 60, (t1, t2, cue)
    # Every cue ends exactly once, shown or let go; every deferred one too.
    finals: dict[int, list[Action]] = {}
    for d in decisions:
        if d.action is not Action.DEFER:
            finals.setdefault(id(d.cue), []).append(d.action)
    assert all(len(v) == 1 for v in finals.values())
    deferred = {id(d.cue) for d in decisions if d.action is Action.DEFER}
    assert deferred
    assert deferred <= set(finals)
    assert week.s.pending is None
    kinds = {cue.kind for _, cue in week.prompts}
    assert {CueKind.WORK_TIMER, CueKind.START_OF_DAY} <= kinds
    assert kinds & {CueKind.RESUME, CueKind.UNLOCK, CueKind.BACK_FROM_AWAY}
