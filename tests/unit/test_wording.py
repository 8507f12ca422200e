"""Sentences built from state: when the next pause is, and how a cue is greeted."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from steadypause.core.cues import Cue, CueKind
from steadypause.ui.wording import prompt_text, schedule_line

TZ = ZoneInfo("Europe/Lisbon")
NOW = datetime(2026, 11, 25, 19, 36, tzinfo=TZ)  # a Wednesday evening


@pytest.mark.parametrize(("delta", "line"), [
    (timedelta(minutes=30), "Next pause at 20:06"),
    (timedelta(hours=12, minutes=24), "Next pause tomorrow at 08:00"),
    (timedelta(days=1, hours=12, minutes=24), "Next pause on Fri at 08:00"),
])
def test_schedule_line_reads_as_a_sentence(delta: timedelta, line: str) -> None:
    assert schedule_line(NOW + delta, None, False, NOW) == line


def test_snoozed_and_open_pause_lines() -> None:
    assert schedule_line(None, NOW + timedelta(hours=10, minutes=24), False, NOW) == (
        "Reminders snoozed until tomorrow 06:00")
    assert schedule_line(None, None, True, NOW) == "A pause is open now"


@pytest.mark.parametrize(("hour", "heading"), [(7, "Good morning"), (13, "Good afternoon"),
                                               (18, "Hello")])
def test_start_of_day_greeting_follows_the_clock(hour: int, heading: str) -> None:
    cue = Cue(CueKind.START_OF_DAY, NOW.replace(hour=hour))
    assert prompt_text(cue, 60)[0] == heading


def test_away_minutes_are_named() -> None:
    cue = Cue(CueKind.BACK_FROM_AWAY, NOW, "25")
    assert "away for 25 minutes" in prompt_text(cue, 60)[1]
