"""The fake clock answers like the system clock, also across a DST change."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from steadypause.core.clock import FakeClock, SystemClock, seconds_after

BERLIN = ZoneInfo("Europe/Berlin")


def test_advance_moves_real_time_across_the_autumn_change() -> None:
    # 2026-10-25 03:00 CEST becomes 02:00 CET. It used to add wall time: three hours
    # after 00:30 read 03:30, four real hours later.
    clock = FakeClock(datetime(2026, 10, 25, 0, 30, tzinfo=BERLIN))
    start = clock.now()
    clock.advance(3 * 3600)
    assert clock.now() - start == timedelta(hours=3)
    assert (clock.now().hour, clock.now().minute) == (2, 30)
    assert clock.now().utcoffset() == timedelta(hours=1)


def test_advance_moves_real_time_across_the_spring_change() -> None:
    clock = FakeClock(datetime(2026, 3, 29, 1, 30, tzinfo=BERLIN))
    clock.advance(3600)
    assert (clock.now().hour, clock.now().utcoffset()) == (3, timedelta(hours=2))


def test_now_and_local_carry_a_fixed_offset_like_the_system_clock() -> None:
    clock = FakeClock(datetime(2026, 10, 24, 22, 0, tzinfo=BERLIN))
    assert isinstance(clock.now().tzinfo, timezone)
    assert isinstance(SystemClock().now().tzinfo, timezone)
    morning = clock.local(datetime(2026, 10, 25).date(), datetime.min.time().replace(hour=6))
    assert isinstance(morning.tzinfo, timezone)
    assert morning.utcoffset() == timedelta(hours=1)
    assert morning - clock.now() == timedelta(hours=9)  # 22:00 CEST → 06:00 CET


@given(st.floats(min_value=0, max_value=86400 * 3, allow_nan=False))
def test_a_wake_up_time_is_never_early_and_at_most_a_microsecond_late(seconds: float) -> None:
    # timedelta(seconds=x) rounds to the nearest microsecond, so a wake-up made with it
    # could come half a microsecond before the cue is due (the scheduler then asked for the
    # same moment again and again)
    moment = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    waited = (seconds_after(moment, seconds) - moment) / timedelta(microseconds=1)
    assert seconds * 1_000_000 <= waited <= seconds * 1_000_000 + 1 + 1e-6 * seconds


def test_a_wake_up_in_the_past_is_now() -> None:
    moment = datetime(2026, 11, 25, 9, 0, tzinfo=UTC)
    assert seconds_after(moment, -3.5) == moment
