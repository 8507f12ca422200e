"""Sentences built from state: when the next pause is, and how a cue is greeted."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from steadypause.core import i18n
from steadypause.core.cues import Cue, CueKind
from steadypause.core.wording import clock_time, duration, prompt_text, schedule_line, when

TZ = ZoneInfo("Europe/Lisbon")
NOW = datetime(2026, 11, 25, 19, 36, tzinfo=TZ)  # a Wednesday evening


@pytest.mark.parametrize(
    ("delta", "line"),
    [
        (timedelta(minutes=30), "Next pause at 20:06"),
        (timedelta(hours=12, minutes=24), "Next pause tomorrow at 08:00"),
        (timedelta(days=1, hours=12, minutes=24), "Next pause on Fri at 08:00"),
    ],
)
def test_schedule_line_reads_as_a_sentence(delta: timedelta, line: str) -> None:
    assert schedule_line(NOW + delta, None, False, NOW) == line


def test_snoozed_and_open_pause_lines() -> None:
    assert schedule_line(None, NOW + timedelta(hours=10, minutes=24), False, NOW) == (
        "Reminders snoozed until tomorrow 06:00"
    )
    assert schedule_line(None, None, True, NOW) == "A pause is open now"


@pytest.mark.parametrize(
    ("hour", "heading"), [(7, "Good morning"), (13, "Good afternoon"), (18, "Hello")]
)
def test_start_of_day_greeting_follows_the_clock(hour: int, heading: str) -> None:
    cue = Cue(CueKind.START_OF_DAY, NOW.replace(hour=hour))
    assert prompt_text(cue, 60)[0] == heading


def test_away_minutes_are_named() -> None:
    cue = Cue(CueKind.BACK_FROM_AWAY, NOW, "25")
    assert "away for 25 minutes" in prompt_text(cue, 60)[1]


@pytest.mark.parametrize(
    ("minutes", "words"),
    [
        (1, "1 minute"),
        (25, "25 minutes"),
        (60, "an hour"),
        (61, "an hour and 1 minute"),
        (120, "2 hours"),
        (125, "2 hours and 5 minutes"),
    ],
)
def test_durations_read_as_before(minutes: int, words: str) -> None:
    assert duration(minutes) == words


def test_weekdays_and_times_read_as_before() -> None:
    friday = NOW + timedelta(days=2)
    assert clock_time(friday, NOW) == "Fri 19:36"
    assert when(friday, NOW) == "on Fri at 19:36"
    assert clock_time(NOW + timedelta(hours=12), NOW) == "tomorrow 07:36"
    assert when(NOW, NOW) == "at 19:36"


def test_every_sentence_is_one_text_looked_up_in_the_wording_context() -> None:
    looked_up: list[tuple[str, str]] = []

    def lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
        looked_up.append((context, text))
        return "<" + text.replace("%n", str(n)) + ">"

    i18n.use(lookup)
    try:
        line = schedule_line(NOW + timedelta(days=2), None, False, NOW)
        reason = prompt_text(Cue(CueKind.BACK_FROM_AWAY, NOW, "25"), 60)[1]
    finally:
        i18n.use(None)
    # Whole sentences with fields: a translation orders the words, nothing is glued on.
    assert line == "<Next pause on <Fri> at 19:36>"
    assert reason == (
        "<You have been away for <25 minute(s)>. A moment to arrive before the next thing?>"
    )
    assert {context for context, _ in looked_up} == {"Wording"}


def test_the_open_line_tells_a_waiting_reminder_from_an_open_pause() -> None:
    assert schedule_line(None, None, True, NOW, reminder=True) == (
        "A reminder is waiting for your answer"
    )
    assert schedule_line(None, None, True, NOW, reminder=False) == "A pause is open now"
