"""The after-call cue (core/after_call.py) alone and inside the scheduler, with a fake clock:
the threshold, the grace period, reconnects, busy = wait, the cooldown, one prompt for one
absence, and nothing to wake for while no call runs."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from steadypause.core.after_call import AfterCall
from steadypause.core.clock import FakeClock
from steadypause.core.cues import Cue, CueKind
from steadypause.core.decision import Action, Decision, Why
from steadypause.core.history import Outcome
from steadypause.core.scheduler import MAX_SLEEP, Scheduler
from steadypause.core.scheduler_config import SchedulerConfig

TZ = ZoneInfo("Europe/Madrid")
START = datetime(2026, 11, 25, 9, 0, tzinfo=TZ)


class Bed:
    """A scheduler on a fake clock that follows its own wake-ups, as the app's one
    single-shot timer does, and answers every prompt at once."""

    def __init__(self, **config: object) -> None:
        self.clock = FakeClock(START)
        config = {"work_timer": False, **config}
        self.decisions: list[Decision] = []
        self.s = Scheduler(self.clock, SchedulerConfig(**config), on_decision=self.decisions.append)
        self.s.set_idle_seconds(lambda: 60.0)  # not typing
        self.prompts: list[tuple[float, Cue]] = []
        self.wakes = 0

    def run(self, seconds: float) -> None:
        """Let ``seconds`` pass, waking only when the scheduler asks to."""
        end = self.clock.monotonic() + seconds
        tiny = 0  # wake-ups in a row that asked for (almost) no time: a busy loop in the app
        while True:
            self._poll()
            wake = self.s.wake_at()
            left = end - self.clock.monotonic()
            step = left if wake is None else min(left, (wake - self.clock.now()).total_seconds())
            if left <= 0:
                return
            tiny = tiny + 1 if step < 1e-3 else 0
            assert tiny < 100, (
                f"the scheduler keeps asking to wake at {wake} (now {self.clock.now()})"
            )
            # a timer set for now fires a little later: time always passes (a microsecond)
            self.clock.advance(max(step, 1e-6))
            if wake is not None and step < left:
                self.wakes += 1

    def _poll(self) -> None:
        cue = self.s.poll()
        if cue is not None:
            self.prompts.append((self.clock.monotonic(), cue))
            self.s.settle(Outcome.SKIPPED)

    def mic(self, apps: str) -> None:
        self.s.set_microphone(apps)
        self._poll()

    def call(self, minutes: float, app: str = "Meet") -> None:
        self.mic(app)
        self.run(minutes * 60)
        self.mic("")

    def after_call_prompts(self) -> list[Cue]:
        return [cue for _, cue in self.prompts if cue.kind is CueKind.AFTER_CALL]


# -- the rule alone -------------------------------------------------------------------


def test_a_long_call_is_due_a_grace_period_after_it_ends_and_only_once() -> None:
    calls = AfterCall()
    calls.report("Zoom", at=0.0, grace=30)
    assert calls.in_call
    assert calls.due_at(5, 30) is None
    calls.report("", at=400.0, grace=30)
    assert not calls.in_call
    assert calls.due_at(5, 30) == 430.0
    assert calls.due(429.0, 5, 30) is None
    ended = calls.due(430.0, 5, 30)
    assert ended is not None
    assert (ended.apps, ended.seconds, ended.detail) == ("Zoom", 400.0, "6 min, Zoom")
    calls.taken()
    assert calls.due_at(5, 30) is None
    assert calls.due(1000.0, 5, 30) is None


def test_a_short_call_is_never_due_and_is_forgotten_after_its_grace() -> None:
    calls = AfterCall()
    calls.report("Zoom", at=0.0, grace=30)
    calls.report("", at=299.0, grace=30)
    assert calls.due_at(5, 30) is None
    assert calls.due(329.0, 5, 30) is None
    # forgotten: a new call later starts its own count
    calls.report("Zoom", at=1000.0, grace=30)
    calls.report("", at=1200.0, grace=30)
    assert calls.due_at(5, 30) is None


def test_a_reconnect_within_the_grace_period_is_the_same_call() -> None:
    calls = AfterCall()
    calls.report("Zoom", at=0.0, grace=30)
    calls.report("", at=200.0, grace=30)  # dropped after 3:20
    calls.report("Zoom", at=220.0, grace=30)  # back within 30 s
    assert calls.in_call
    assert calls.due_at(5, 30) is None
    calls.report("", at=320.0, grace=30)  # 5:20 since it began: a call
    assert calls.due_at(5, 30) == 350.0


def test_a_new_call_after_the_grace_period_starts_a_new_count() -> None:
    calls = AfterCall()
    calls.report("Zoom", at=0.0, grace=30)
    calls.report("", at=100.0, grace=30)
    calls.report("Teams", at=200.0, grace=30)
    calls.report("", at=400.0, grace=30)  # 200 s: short, the earlier 100 s do not count
    assert calls.due_at(5, 30) is None


def test_another_app_joining_does_not_start_a_new_call() -> None:
    calls = AfterCall()
    calls.report("Zoom", at=0.0, grace=30)
    calls.report("Zoom, OBS", at=100.0, grace=30)
    calls.report("", at=400.0, grace=30)
    ended = calls.due(430.0, 5, 30)
    assert ended is not None
    assert ended.apps == "Zoom, OBS"
    assert ended.seconds == 400.0


# -- inside the scheduler -----------------------------------------------------------


def test_one_reminder_after_a_long_call_after_the_grace_period() -> None:
    bed = Bed(after_call_minutes=5, after_call_grace_seconds=30)
    bed.call(minutes=6)
    ended_at = bed.clock.monotonic()
    bed.run(29)
    assert bed.prompts == []
    bed.run(2)
    assert len(bed.prompts) == 1
    at, cue = bed.prompts[0]
    assert cue.kind is CueKind.AFTER_CALL
    assert cue.detail == "6 min, Meet"
    assert at == ended_at + 30
    bed.run(3 * 3600)
    assert len(bed.prompts) == 1


def test_no_timer_while_no_call_has_ended() -> None:
    bed = Bed()
    # no call: only the scheduler's own coarse re-check
    assert bed.s.wake_at() == bed.clock.now() + MAX_SLEEP
    bed.mic("Meet")
    assert bed.s.wake_at() == bed.clock.now() + MAX_SLEEP
    bed.run(2 * 60)
    bed.mic("")  # a short call ended: nothing to wait for
    assert bed.s.wake_at() == bed.clock.now() + MAX_SLEEP


def test_a_reconnect_within_the_grace_period_gives_one_reminder_after_the_real_end() -> None:
    bed = Bed()
    bed.call(minutes=6)
    bed.run(20)
    bed.call(minutes=1)  # came back within 30 s
    end = bed.clock.monotonic()
    bed.run(3600)
    assert [at for at, _ in bed.prompts] == [end + 30]


def test_a_short_call_gives_none() -> None:
    bed = Bed(after_call_minutes=5)
    bed.call(minutes=4.9)
    bed.run(3600)
    assert bed.prompts == []


def test_a_call_is_busy_so_other_prompts_wait_for_it() -> None:
    bed = Bed(work_timer=True, work_minutes=30, after_call_minutes=60)
    bed.run(25 * 60)
    bed.mic("Meet")
    assert bed.s.busy
    bed.run(20 * 60)  # the work timer comes due during the call, and waits
    assert bed.prompts == []
    assert any(d.action is Action.DEFER and d.reason == Why.BUSY for d in bed.decisions)
    bed.mic("")
    bed.run(1)
    assert [cue.kind for _, cue in bed.prompts] == [CueKind.WORK_TIMER]


def test_switched_off_it_never_prompts() -> None:
    bed = Bed(after_call=False)
    bed.call(minutes=30)
    bed.run(3600)
    assert bed.prompts == []


def test_in_the_cooldown_it_is_let_go_with_its_reason() -> None:
    bed = Bed(cooldown_minutes=20)
    bed.s.manual("tray")
    bed.s.settle(Outcome.SKIPPED)
    bed.call(minutes=6)
    bed.run(60)
    assert bed.prompts == []
    assert [(d.cue.kind, d.reason) for d in bed.decisions if d.action is Action.DROP] == [
        (CueKind.AFTER_CALL, Why.COOLDOWN)
    ]


def test_it_waits_for_a_pause_in_typing() -> None:
    bed = Bed()
    typing = {"idle": 0.5}
    bed.s.set_idle_seconds(lambda: typing["idle"])
    bed.call(minutes=6)
    bed.run(40)
    assert bed.prompts == []
    typing["idle"] = 30.0
    bed.run(30)
    assert [cue.kind for _, cue in bed.prompts] == [CueKind.AFTER_CALL]


def test_one_prompt_for_one_absence_the_return_cue_wins() -> None:
    bed = Bed(lock_minutes=5)
    bed.call(minutes=6)
    bed.s.activity.lock()
    bed.run(10 * 60)  # the call's end comes due while the screen is locked
    assert bed.prompts == []
    bed.s.activity.unlock()
    bed.run(3600)
    assert [cue.kind for _, cue in bed.prompts] == [CueKind.UNLOCK]


def test_outside_working_hours_it_is_let_go() -> None:
    from steadypause.core.working_hours import parse_hours

    off = parse_hours("")
    bed = Bed(hours=(off,) * 7)
    bed.call(minutes=6)
    bed.run(3600)
    assert bed.prompts == []
    assert any(
        d.cue.kind is CueKind.AFTER_CALL and d.reason == Why.OUTSIDE_HOURS for d in bed.decisions
    )


def test_after_close_the_day_it_rests() -> None:
    bed = Bed()
    bed.s.close_day("tray")
    bed.s.settle(Outcome.SKIPPED)
    bed.call(minutes=30)
    bed.run(3600)
    assert bed.prompts[1:] == []  # only the close-the-day pause itself, which settle ended


def test_a_storm_of_calls_locks_and_sleeps_gives_at_most_one_prompt_per_cooldown() -> None:
    bed = Bed(cooldown_minutes=20, after_call_minutes=1, after_call_grace_seconds=10)
    for n in range(20):
        bed.call(minutes=1.5, app=f"App{n}")
        if n % 3 == 0:
            bed.s.activity.lock()
            bed.run(20)
            bed.s.activity.unlock()
        elif n % 3 == 1:
            bed.s.activity.sleep()
            bed.clock.jump_wall(15)
            bed.s.activity.wake()
        bed.run(5 + n % 7)
    bed.run(3600)
    times = [at for at, _ in bed.prompts]
    assert bed.after_call_prompts()  # the storm did give one
    assert all(b - a >= 20 * 60 for a, b in itertools.pairwise(times))


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.tuples(st.booleans(), st.floats(min_value=1, max_value=900)),
        min_size=1,
        max_size=30,
    )
)
def test_any_pattern_prompts_only_after_a_long_enough_call_and_once_per_cooldown(
    steps: list[tuple[bool, float]],
) -> None:
    """Any sequence of microphone on/off reports, held for any length: every after-call
    prompt comes at least the grace period after a release that ended a call at least the
    threshold long (reconnects within the grace joined), and prompts are a cooldown apart."""
    minutes, grace = 5, 30
    bed = Bed(cooldown_minutes=20, after_call_minutes=minutes, after_call_grace_seconds=grace)
    calls: list[tuple[float, float]] = []  # (start, end) as the rule should see them
    start: float | None = None
    last_end: float | None = None
    for on, hold in steps:
        now = bed.clock.monotonic()
        if on and start is None:
            # back within the grace period: the same call; at its very end the app has
            # already looked (the Bed polls before the report), so that is a new call
            start = now if last_end is None or now - last_end >= grace else calls.pop()[0]
        elif not on and start is not None:
            calls.append((start, now))
            last_end, start = now, None
        bed.mic("Meet" if on else "")
        bed.run(hold)
    long_ends = [end for s, end in calls if end - s >= minutes * 60]
    times = [at for at, cue in bed.prompts]
    assert all(b - a >= 20 * 60 for a, b in itertools.pairwise(times))
    for at in (at for at, cue in bed.prompts if cue.kind is CueKind.AFTER_CALL):
        assert any(at - end >= grace - 1e-3 for end in long_ends)  # datetimes: microseconds
    if not long_ends:
        assert bed.prompts == []


def test_the_wake_up_aims_at_the_grace_periods_end() -> None:
    bed = Bed(after_call_grace_seconds=45)
    bed.call(minutes=6)
    assert bed.s.wake_at() == bed.clock.now() + timedelta(seconds=45)
