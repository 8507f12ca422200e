"""What the history says, in numbers and in plain words. Pure Python, no Qt.

Counts pauses (a pause window that opened, finished or not) per day, stacked by the cue
that led to them, and the change in the 0–10 check-in ("how depleted do I feel?") from
before a pause to after it, where the person gave both. No streaks, no targets, no
judgement: a day without a pause is just a day.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import fmean
from typing import Any

from steadypause.core.history import Outcome, Record

# The moment that led to a pause, as it reads after "most …" or "1 pause today, …".
CUE_PHRASES = {
    "work_timer": "at the work-timer reminder",
    "resume": "after opening the laptop",
    "unlock": "after unlocking",
    "back_from_away": "after time away",
    "start_of_day": "at the start of the day",
    "end_of_day": "at the end of the day",
    "manual": "when you asked for one",
}
# Short names for legends, table headers and the command line.
CUE_NAMES = {
    "work_timer": "Work timer",
    "resume": "Laptop opened",
    "unlock": "Unlocked",
    "back_from_away": "Back from away",
    "start_of_day": "Start of day",
    "end_of_day": "End of day",
    "manual": "You asked",
}
CUE_ORDER = tuple(CUE_NAMES)


def cue_name(cue: str) -> str:
    return CUE_NAMES.get(cue, cue.replace("_", " ").capitalize())


def outcome_words(record: Record) -> str:
    """How it ended, in words that do not judge."""
    if record.started:
        if record.outcome is Outcome.COMPLETED:
            return "completed"
        if record.steps_total:
            return f"closed at step {record.steps_reached} of {record.steps_total}"
        return "closed early"
    return {
        Outcome.SKIPPED: "skipped",
        Outcome.LATER: "later",
        Outcome.SNOOZED: "snoozed",
        Outcome.MISSED: "not answered",
        Outcome.DEFERRED_OUT: "let go while you were busy",
        Outcome.COMPLETED: "completed",
    }[record.outcome]


def checkin_words(record: Record) -> str:
    before, after = record.checkin_before, record.checkin_after
    if before is None and after is None:
        return ""
    return f"{'–' if before is None else before} → {'–' if after is None else after}"


@dataclass(frozen=True)
class DaySummary:
    day: date
    by_cue: dict[str, int]
    checkin_change: float | None   # mean of (before − after) on this day; positive = eased

    @property
    def pauses(self) -> int:
        return sum(self.by_cue.values())


@dataclass(frozen=True)
class Summary:
    days: tuple[DaySummary, ...]   # every day of the period, oldest first, zero-filled
    by_cue: dict[str, int]
    checkin_change: float | None   # mean over the days that have one
    checkin_days: int

    @property
    def period(self) -> int:
        return len(self.days)

    @property
    def pauses(self) -> int:
        return sum(self.by_cue.values())

    @property
    def cues(self) -> tuple[str, ...]:
        """The cues that occur, in a fixed order (so colours stay put)."""
        known = [c for c in CUE_ORDER if self.by_cue.get(c)]
        return (*known, *sorted(c for c in self.by_cue if c not in CUE_NAMES))

    def to_json(self) -> dict[str, Any]:
        return {
            "days": self.period,
            "pauses": self.pauses,
            "by_cue": self.by_cue,
            "checkin_change": _round(self.checkin_change),
            "per_day": [{"day": d.day.isoformat(), "pauses": d.pauses, "by_cue": d.by_cue,
                         "checkin_change": _round(d.checkin_change)} for d in self.days],
            "sentence": sentence(self),
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def first_day(today: date, days: int) -> date:
    return today - timedelta(days=days - 1)


def summarize(records: Iterable[Record], today: date, days: int) -> Summary:
    """The last ``days`` days up to and including ``today``."""
    if days < 1:
        raise ValueError("days must be at least 1")
    start = first_day(today, days)
    counts: dict[date, Counter[str]] = {}
    changes: dict[date, list[int]] = {}
    for r in records:
        if not r.started or not start <= r.day <= today:
            continue
        counts.setdefault(r.day, Counter())[r.cue] += 1
        if r.checkin_before is not None and r.checkin_after is not None:
            changes.setdefault(r.day, []).append(r.checkin_before - r.checkin_after)
    per_day = []
    for n in range(days):
        day = start + timedelta(days=n)
        change = fmean(changes[day]) if day in changes else None
        per_day.append(DaySummary(day, dict(counts.get(day, {})), change))
    total: Counter[str] = Counter()
    for c in counts.values():
        total.update(c)
    day_changes = [d.checkin_change for d in per_day if d.checkin_change is not None]
    return Summary(days=tuple(per_day), by_cue=dict(total),
                   checkin_change=fmean(day_changes) if day_changes else None,
                   checkin_days=len(day_changes))


def _when(days: int) -> str:
    if days == 1:
        return "today"
    if days == 7:
        return "this week"
    return f"in the last {days} days"


def _points(value: float) -> str:
    value = round(abs(value) * 2) / 2  # to the nearest half point: no false precision
    text = f"{value:g}"
    return f"{text} point" if value == 1 else f"{text} points"


def sentence(summary: Summary) -> str:
    """One kind sentence in plain words about the period."""
    when = _when(summary.period)
    if summary.pauses == 0:
        return (f"No pauses recorded {when}. Whenever you take one, even a short one, "
                "it will show up here.")
    count = summary.pauses
    text = f"{count} pause{'s' if count != 1 else ''} {when}"
    ranked = Counter(summary.by_cue).most_common()
    top, top_n = ranked[0]
    phrase = CUE_PHRASES.get(top, f"after {cue_name(top).lower()}")
    if count == 1:
        text += f", {phrase}"
    elif top_n == count:
        text += f", all {phrase}"
    elif len(ranked) == 1 or ranked[1][1] < top_n:
        text += f", most {phrase}"
    change = summary.checkin_change
    if change is not None:
        prefix = "on days you paused, " if summary.checkin_days > 1 else ""
        if round(abs(change) * 2) / 2 == 0:
            text += f"; {prefix}your check-in stayed about the same from before to after"
        elif change > 0:
            text += f"; {prefix}your check-in eased by {_points(change)}"
        else:
            text += f"; {prefix}your check-in was {_points(change)} higher afterwards"
        if summary.checkin_days > 1:
            text += " on average"
    return text + "."
