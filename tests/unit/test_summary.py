"""Counts per day, the check-in change, and the plain-words sentence, on hand-built data."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from steadypause.core import i18n
from steadypause.core.history import Outcome, Record
from steadypause.core.summary import outcome_words, sentence, summarize

TZ = ZoneInfo("America/Chicago")
TODAY = date(2026, 11, 25)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)


def took(
    day: date,
    hour: int,
    cue: str = "unlock",
    before: int | None = None,
    after: int | None = None,
    outcome: Outcome = Outcome.COMPLETED,
) -> Record:
    start = at(day, hour)
    return Record(
        cue=cue,
        outcome=outcome,
        routine="transition",
        started_at=start,
        ended_at=start + timedelta(minutes=2),
        steps_reached=2,
        steps_total=2,
        checkin_before=before,
        checkin_after=after,
    )


def prompt(day: date, hour: int, outcome: Outcome) -> Record:
    return Record(
        cue="work_timer", outcome=outcome, prompted_at=at(day, hour), ended_at=at(day, hour, 2)
    )


def test_no_data_is_met_kindly() -> None:
    s = summarize([], TODAY, 7)
    assert s.pauses == 0
    assert len(s.days) == 7
    assert s.days[-1].day == TODAY
    assert sentence(s) == (
        "No pauses recorded this week. Whenever you take one, even a short "
        "one, it will show up here."
    )
    assert sentence(summarize([], TODAY, 30)).startswith("No pauses recorded in the last 30 days.")


def test_prompts_that_were_not_taken_are_not_counted_or_mentioned() -> None:
    data = [
        prompt(TODAY, 9, Outcome.SKIPPED),
        prompt(TODAY, 10, Outcome.MISSED),
        prompt(TODAY, 11, Outcome.LATER),
        prompt(TODAY, 12, Outcome.DEFERRED_OUT),
    ]
    s = summarize(data, TODAY, 7)
    assert s.pauses == 0
    assert "skip" not in sentence(s)
    assert "miss" not in sentence(s)


def test_one_day_one_pause() -> None:
    s = summarize([took(TODAY, 9, before=7, after=5)], TODAY, 1)
    assert sentence(s) == "1 pause today, after unlocking; your check-in eased by 2 points."
    assert s.days[0].by_cue == {"unlock": 1}


def test_one_day_without_a_checkin() -> None:
    data = [took(TODAY, 9, cue="manual"), took(TODAY, 14, cue="manual")]
    assert sentence(summarize(data, TODAY, 7)) == "2 pauses this week, all when you asked for one."


def test_the_example_week_from_the_issue() -> None:
    week = [TODAY - timedelta(days=n) for n in range(7)]
    data = [
        took(week[0], 9, "unlock", 7, 5),
        took(week[0], 13, "unlock", 6, 4),
        took(week[1], 9, "unlock", 8, 6),
        took(week[2], 9, "unlock"),
        took(week[3], 10, "unlock", 6, 4),
        took(week[3], 15, "work_timer"),
        took(week[4], 9, "back_from_away", 5, 3),
        took(week[5], 9, "unlock"),
        took(week[6], 16, "manual"),
        prompt(week[1], 11, Outcome.SKIPPED),
    ]
    s = summarize(data, TODAY, 7)
    assert s.pauses == 9
    assert sentence(s) == (
        "9 pauses this week, most after unlocking; on days you paused, "
        "your check-in eased by 2 points on average."
    )


def test_a_month_of_mixed_days() -> None:
    data = []
    for n in range(30):
        day = TODAY - timedelta(days=n)
        if day.weekday() >= 5:
            continue  # weekends off: nothing is said about them
        data.append(took(day, 9, "start_of_day", 6, 5))
        data.append(took(day, 12, "work_timer", 7, 5))
        if n % 3 == 0:
            data.append(took(day, 15, "work_timer"))
        data.append(prompt(day, 17, Outcome.MISSED))
    data.append(took(TODAY - timedelta(days=40), 9, "unlock"))  # before the period
    s = summarize(data, TODAY, 30)
    weekdays = sum(1 for n in range(30) if (TODAY - timedelta(days=n)).weekday() < 5)
    assert s.pauses == weekdays * 2 + sum(
        1 for n in range(0, 30, 3) if (TODAY - timedelta(days=n)).weekday() < 5
    )
    assert s.by_cue["start_of_day"] == weekdays
    assert "unlock" not in s.by_cue
    assert s.checkin_days == weekdays
    assert s.checkin_change == pytest.approx(1.5)
    assert sentence(s) == (
        f"{s.pauses} pauses in the last 30 days, most at the work-timer "
        "reminder; on days you paused, your check-in eased by 1.5 points on "
        "average."
    )
    saturday = next(d for d in s.days if d.day.weekday() == 5)
    assert saturday.pauses == 0
    assert saturday.checkin_change is None


def test_a_tie_names_no_cue_and_a_rise_is_said_plainly() -> None:
    data = [took(TODAY, 9, "unlock", 4, 6), took(TODAY, 12, "resume", 5, 6)]
    assert sentence(summarize(data, TODAY, 7)) == (
        "2 pauses this week; your check-in was 1.5 points higher afterwards."
    )


def test_a_small_change_is_about_the_same() -> None:
    data = [took(TODAY, 9, "unlock", 5, 5), took(TODAY - timedelta(days=1), 9, "unlock", 5, 5)]
    assert sentence(summarize(data, TODAY, 7)) == (
        "2 pauses this week, all after unlocking; on days you paused, your check-in stayed "
        "about the same from before to after on average."
    )


def test_the_words_never_judge() -> None:
    words = [
        outcome_words(took(TODAY, 9)),
        outcome_words(took(TODAY, 9, outcome=Outcome.SKIPPED)),
        *(outcome_words(prompt(TODAY, 9, o)) for o in Outcome if o != Outcome.COMPLETED),
    ]
    assert words[:2] == ["completed", "closed at step 2 of 2"]
    for text in words:
        assert not any(bad in text for bad in ("fail", "streak", "goal", "only", "!"))


def test_summary_json_has_every_day() -> None:
    s = summarize([took(TODAY, 9, before=7, after=5)], TODAY, 7).to_json()
    assert s["pauses"] == 1
    assert len(s["per_day"]) == 7
    assert s["per_day"][-1] == {
        "day": "2026-11-25",
        "pauses": 1,
        "by_cue": {"unlock": 1},
        "checkin_change": 2.0,
    }


@pytest.fixture
def shouting() -> Iterator[None]:
    """A 'language' that upper-cases every text it is asked for (fields stay as they are)."""

    def lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
        assert context == "History"
        return re.sub(r"[^{}]+(?=\{|$)", lambda m: m.group(0).upper(), text)

    i18n.use(lookup)
    yield
    i18n.use(None)


@pytest.mark.parametrize("days", [1, 7, 30])
def test_every_word_of_the_sentence_is_looked_up(shouting: None, days: int) -> None:
    week = [TODAY - timedelta(days=n) for n in range(3)]
    cases = [
        [],
        [took(TODAY, 9, "unlock", 7, 5)],
        [took(TODAY, 9, "manual"), took(TODAY, 10)],
        [took(week[0], 9, "unlock", 5, 5), took(week[1], 9, "unlock", 5, 5)],
        [
            took(week[0], 9, "unlock", 4, 6),
            took(week[2], 9, "resume", 5, 6),
            took(week[1], 9, "unlock", 4, 5),
        ],
        [took(TODAY, 9, "new_kind_of_cue")],
    ]
    for data in cases:
        text = sentence(summarize(data, TODAY, days))
        words = re.findall(r"[a-z]+", text.replace("new kind of cue", ""))
        assert not words, (text, words)


def test_outcome_words_are_looked_up(shouting: None) -> None:
    words = [
        outcome_words(took(TODAY, 9)),
        outcome_words(took(TODAY, 9, outcome="skipped")),
        *(outcome_words(prompt(TODAY, 9, o)) for o in Outcome),
    ]
    assert not [w for w in words if re.search(r"[a-z]", w)], words


def test_a_pause_with_no_step_reached_is_not_said_to_end_at_step_zero() -> None:
    # Records from before the window counted its first step (and any whose count was lost)
    # have 0 steps reached: "step 0 of 5" reads like a fault of the person's.
    closed = replace(took(TODAY, 9, outcome=Outcome.SKIPPED), steps_reached=0, steps_total=5)
    cut = replace(closed, outcome=Outcome.INTERRUPTED)
    assert outcome_words(closed) == "closed before the first step"
    assert outcome_words(cut) == "interrupted before the first step"
    assert outcome_words(replace(closed, steps_reached=1)) == "closed at step 1 of 5"
