"""Time: DST both ways, the wall clock moved ±3 h, a 14-hour suspend, midnight and New
Year's Eve during "snooze until tomorrow".

The Controller runs with a FakeClock (which answers like the system clock, fixed UTC
offsets and real elapsed time) and its one single-shot timer is followed by hand: the
test moves the clock by the timer's interval and fires it, as Qt would. A suspend moves
only the wall clock (Qt's timers run on CLOCK_MONOTONIC and do not count time asleep).
The invariants: at most one prompt per clock event, prompts never closer than the time
the person asked for, and ``next_pause_at`` always in the future. The scheduler alone is
also driven through random timelines with Hypothesis. Unit tests of single jumps are in
tests/unit/test_scheduler.py.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from steadypause.core.clock import FakeClock
from steadypause.core.history import Outcome
from steadypause.core.routine import Routine
from steadypause.core.scheduler import MAX_SLEEP, Scheduler
from steadypause.core.settings import WEEKDAYS, Settings
from steadypause.session.controller import Controller
from steadypause.session.scheduler_config import scheduler_config

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
HOUR = 3600

# How a prompt or pause can end, as the scheduler is told (history.Outcome's first four).
SETTLED = [Outcome.COMPLETED, Outcome.SKIPPED, Outcome.LATER, Outcome.MISSED]


class NotedTimer(QTimer):
    """The controller's single-shot timer, noting when it was last armed, in monotonic time
    (what Qt counts)."""

    def __init__(self, clock: FakeClock) -> None:
        super().__init__()
        self.setSingleShot(True)
        self.clock = clock
        self.armed_at = clock.monotonic()

    def start(self, msec: int) -> None:  # type: ignore[override]
        self.armed_at = self.clock.monotonic()
        super().start(msec)


class Session:
    """A Controller on a fake clock, with its single-shot timer followed by hand."""

    def __init__(self, controller: Controller, clock: FakeClock, timer: NotedTimer) -> None:
        self.c = controller
        self.clock = clock
        self.timer = timer
        self.prompts: list[datetime] = []  # wall time of each prompt
        self.prompt_mono: list[float] = []
        controller.windowChanged.connect(self._changed)

    def _changed(self, window: str) -> None:
        if window == "prompt":
            self.prompts.append(self.clock.now())
            self.prompt_mono.append(self.clock.monotonic())

    def run(self, seconds: float, answer: str = "skip") -> None:
        """Let ``seconds`` of awake time pass, firing the timer whenever it is due."""
        end = self.clock.monotonic() + seconds
        for _ in range(100_000):  # a loop that stops advancing fails instead of hanging
            self.check()
            if self.c.window == "prompt":
                getattr(self.c.prompt, f"{answer}_button").click()
                self.check()
            timer = self.timer
            if not timer.isActive():
                break
            left = end - self.clock.monotonic()
            step = timer.interval() / 1000 - (self.clock.monotonic() - timer.armed_at)
            if step > left:
                self.clock.advance(left)
                break
            self.clock.advance(step)
            self.c.reschedule()  # what the timer's timeout does
        else:
            pytest.fail("the timer kept firing without time passing")

    def check(self) -> None:
        """What ``status`` says: next_pause_at in the future, within one interval."""
        status = self.c.handle_command("status", {})
        if status["window"] != "closed":
            return
        now = self.clock.now().replace(microsecond=0)
        next_pause = datetime.fromisoformat(status["next_pause_at"])
        assert next_pause > now
        if status["snoozed_until"] is None:
            assert next_pause - now <= self.c.scheduler.interval
        assert self.c.next_check_ms is not None
        assert self.c.next_check_ms <= MAX_SLEEP.total_seconds() * 1000

    def suspend(self, seconds: float) -> None:
        """The machine sleeps: the wall clock moves, the monotonic one does not, and the
        clock-gap detector reports it on waking (as controller.connect_sources wires it)."""
        self.clock.jump_wall(seconds)
        self.c.scheduler.activity.slept_for(seconds)
        self.c.reschedule()


@pytest.fixture
def session(
    qtbot: QtBot, routines: dict[str, Routine], request: pytest.FixtureRequest
) -> Iterator[Session]:
    start, day_start = (
        request.param
        if hasattr(request, "param")
        else (datetime(2026, 11, 25, 9, 0, tzinfo=BERLIN), 6)
    )
    clock = FakeClock(start)
    # Every hour a working hour and no day cues: these tests are about the work timer and
    # the clock, not about working hours (tests/unit/test_working_week.py covers those).
    s = Settings(
        day_start_hour=day_start,
        cue_start_of_day=False,
        cue_end_of_day=False,
        **{f"hours_{d}": "00:00-23:59" for d in WEEKDAYS},
    )
    timer = NotedTimer(clock)
    controller = Controller(clock, Scheduler(clock, scheduler_config(s)), s, routines, timer=timer)
    controller.start()
    yield Session(controller, clock, timer)
    controller.close_windows()
    if controller.status_window is not None:
        controller.status_window.deleteLater()
    controller.tray.dispose()


def gaps_minutes(session: Session) -> list[float]:
    m = session.prompt_mono
    return [(b - a) / 60 for a, b in itertools.pairwise(m)]


@pytest.mark.parametrize(
    "session",
    [
        (datetime(2026, 3, 29, 1, 10, tzinfo=BERLIN), 6),  # 02:00 CET → 03:00 CEST
        (datetime(2026, 10, 25, 1, 10, tzinfo=BERLIN), 6),  # 03:00 CEST → 02:00 CET
        (datetime(2026, 3, 8, 1, 10, tzinfo=NEW_YORK), 6),
        (datetime(2026, 11, 1, 0, 40, tzinfo=NEW_YORK), 6),
    ],
    indirect=True,
    ids=["berlin-spring", "berlin-autumn", "ny-spring", "ny-autumn"],
)
def test_dst_change_keeps_the_hour_an_hour(session: Session) -> None:
    before = session.clock.now().utcoffset()
    session.run(4 * HOUR + 60)
    assert len(session.prompts) == 4  # one an hour of real time
    assert all(g >= 60 for g in gaps_minutes(session))  # never early, never a burst
    assert session.prompts[-1].utcoffset() != before  # the change did happen


@pytest.mark.parametrize("jump_hours", [3, -3])
def test_wall_clock_moved_three_hours(session: Session, jump_hours: int) -> None:
    session.run(25 * 60)
    session.clock.jump_wall(jump_hours * HOUR)
    session.run(59 * 60)
    # A changed wall clock is neither work nor a break (docs/adr/005-active-time.md): the
    # 25 + 59 minutes of work count either way, so exactly one prompt comes.
    assert len(session.prompts) == 1
    session.run(2 * HOUR)
    assert all(g >= 60 for g in gaps_minutes(session))


def test_fourteen_hour_suspend_gives_one_prompt(session: Session) -> None:
    session.run(40 * 60)
    session.suspend(14 * HOUR)
    session.run(10 * 60 + 1)  # the longest the app sleeps before it looks at the clock
    assert len(session.prompts) == 1
    first = session.prompt_mono[0]
    session.run(first + 59 * 60 - session.clock.monotonic())
    assert len(session.prompts) == 1


def test_suspend_while_the_prompt_is_open_and_after_snooze(session: Session) -> None:
    session.c.handle_command("timer-now", {})
    assert session.c.window == "prompt"
    session.suspend(14 * HOUR)
    session.c.reschedule()
    assert session.c.window == "prompt"  # still the one prompt, not a second
    session.c.prompt.later_button.click()
    session.c.handle_command("snooze", {"minutes": 30})
    session.suspend(14 * HOUR)
    session.run(10 * 60 + 1)
    assert session.c.scheduler.snoozed_until is None  # the snooze ended while asleep
    # One "welcome back" for the long sleep (the resume cue), not a burst of missed hours.
    assert len(session.prompts) == 2
    assert session.c.status()["last_cue"]["kind"] == "resume"
    session.run(2 * HOUR)
    # Awake time between prompts (the sleep itself is not counted): after the welcome-back,
    # the work timer waits a full hour again.
    assert all(g >= 60 for g in gaps_minutes(session)[1:])


@pytest.mark.parametrize(
    "session",
    [
        (datetime(2026, 11, 25, 23, 50, tzinfo=BERLIN), 6),  # across midnight
        (datetime(2026, 12, 31, 23, 59, 30, tzinfo=BERLIN), 7),  # New Year's Eve
        (datetime(2026, 10, 24, 22, 0, tzinfo=BERLIN), 6),  # the night the clocks go back
        (datetime(2027, 3, 27, 23, 0, tzinfo=BERLIN), 6),  # the night they go forward
    ],
    indirect=True,
    ids=["midnight", "new-years-eve", "dst-autumn-night", "dst-spring-night"],
)
def test_snooze_until_tomorrow_across_the_night(session: Session) -> None:
    result = session.c.handle_command("snooze", {"until": "tomorrow"})
    until = datetime.fromisoformat(result["snoozed_until"])
    day_start = session.c.settings.day_start_hour
    assert (until.hour, until.minute) == (day_start, 0)
    assert until.date() == (session.clock.now() + timedelta(days=1)).date()
    real_wait = (until - session.clock.now()).total_seconds()
    session.run(real_wait - 1)
    assert session.prompts == []  # none during the night
    session.run(HOUR + 2)
    assert len(session.prompts) == 1  # the first, an hour after waking
    assert session.prompts[0] == until + timedelta(hours=1)


@pytest.mark.parametrize(
    "session", [(datetime(2026, 12, 31, 23, 50, tzinfo=BERLIN), 6)], indirect=True
)
def test_suspended_over_midnight_during_snooze_until_tomorrow(session: Session) -> None:
    session.c.handle_command("snooze", {"until": "tomorrow"})
    session.suspend(12 * HOUR)  # the lid closed at 23:50, opened at 11:50
    session.run(10 * 60 + 1)
    # The snooze ended while asleep: one "welcome back" on waking, then a fresh hour.
    assert len(session.prompts) == 1
    assert session.c.status()["last_cue"]["kind"] == "resume"
    session.run(HOUR)
    assert len(session.prompts) == 2


# --- the scheduler through random timelines ----------------------------------------------

ZONES = [BERLIN, NEW_YORK, ZoneInfo("Australia/Lord_Howe"), ZoneInfo("UTC")]
STARTS = [
    datetime(2026, 3, 29, 0, 30),
    datetime(2026, 10, 25, 1, 0),
    datetime(2026, 3, 8, 1, 0),
    datetime(2026, 11, 1, 0, 30),
    datetime(2026, 4, 5, 1, 0),
    datetime(2026, 10, 4, 1, 0),
    datetime(2026, 12, 31, 23, 0),
    datetime(2026, 6, 1, 12, 0),
]

actions = st.one_of(
    st.tuples(st.just("awake"), st.integers(min_value=1, max_value=5 * HOUR)),
    st.tuples(st.just("jump"), st.sampled_from([-3 * HOUR, 3 * HOUR, -HOUR, HOUR, 1800])),
    st.tuples(st.just("suspend"), st.sampled_from([60, 14 * HOUR, 3 * 24 * HOUR])),
    st.tuples(st.just("snooze"), st.sampled_from([1, 30, 1440])),
    st.tuples(st.just("tomorrow"), st.just(0)),
    st.tuples(st.just("resume"), st.just(0)),
)


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(ZONES),
    st.sampled_from(STARTS),
    st.integers(0, 12),
    st.lists(actions, min_size=1, max_size=25),
    st.lists(st.sampled_from(SETTLED), min_size=1, max_size=5),
)
def test_random_timelines_never_burst_and_always_look_ahead(
    zone: ZoneInfo,
    start: datetime,
    day_start: int,
    timeline: list[tuple[str, int]],
    outcomes: list[Outcome],
) -> None:
    from steadypause.core.scheduler_config import SchedulerConfig

    clock = FakeClock(start.replace(tzinfo=zone))
    s = Scheduler(
        clock, SchedulerConfig(work_minutes=60, later_minutes=10, day_start_hour=day_start)
    )
    answers = iter(outcomes * 100)
    last_settle = clock.monotonic()
    wait = 60 * 60.0
    jumped = False

    def poll() -> None:
        nonlocal last_settle, wait, jumped
        cue = s.poll()
        assert s.poll() is None  # never two prompts for one look at the clock
        if cue is not None:
            if not jumped:
                assert clock.monotonic() - last_settle >= wait - 1e-6
            outcome = next(answers)
            s.settle(outcome)
            wait = 600.0 if outcome is Outcome.LATER else 3600.0
            last_settle, jumped = clock.monotonic(), False
        now = clock.now()
        assert s.next_pause_at is not None
        assert s.next_pause_at > now
        wake = s.wake_at()
        assert wake is not None
        assert now < wake <= now + MAX_SLEEP

    for kind, amount in timeline:
        if kind == "awake":  # follow the timer as the app does
            end = clock.monotonic() + amount
            while clock.monotonic() < end:
                step = min((s.wake_at() - clock.now()).total_seconds(), end - clock.monotonic())
                clock.advance(max(step, 0.0))
                poll()
        elif kind in ("jump", "suspend"):
            clock.jump_wall(amount)
            jumped |= amount > 0 or s.snoozed_until is not None
            poll()
        elif kind == "snooze":
            s.snooze(amount)
            jumped = True  # a snooze restarts the count from its end
            poll()
        elif kind == "tomorrow":
            until = s.snooze_until_tomorrow()
            assert until > clock.now()
            assert until - clock.now() <= timedelta(hours=24 + 1)
            assert (until.hour, until.minute) == (
                day_start,
                0,
            ) or until.utcoffset() != clock.now().utcoffset()  # 02:00 may not exist
            jumped = True
            poll()
        else:
            if s.snoozed_until is not None:  # resuming starts a fresh interval
                last_settle, wait = clock.monotonic(), 3600.0
            s.resume()
            poll()
