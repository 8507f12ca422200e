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

from steadypause.core.cues import ORDER, cue_moment
from steadypause.core.history import Outcome, Record
from steadypause.core.i18n import translate


def outcome_words(record: Record) -> str:
    """How it ended, in words that do not judge."""
    if record.outcome is Outcome.INTERRUPTED:  # neither completed nor skipped: cut short
        if record.steps_total and not record.steps_reached:  # at the check-in, before step 1
            return translate("History", "interrupted before the first step")
        if record.steps_total:
            return translate("History", "interrupted at step {reached} of {total}").format(
                reached=record.steps_reached, total=record.steps_total
            )
        return translate("History", "interrupted")
    if record.started:
        if record.outcome is Outcome.COMPLETED:
            return translate("History", "completed")
        if record.steps_total and not record.steps_reached:
            return translate("History", "closed before the first step")
        if record.steps_total:
            return translate("History", "closed at step {reached} of {total}").format(
                reached=record.steps_reached, total=record.steps_total
            )
        return translate("History", "closed early")
    match record.outcome:
        case Outcome.SKIPPED:
            return translate("History", "skipped")
        case Outcome.LATER:
            return translate("History", "later")
        case Outcome.SNOOZED:
            return translate("History", "snoozed")
        case Outcome.MISSED:
            return translate("History", "not answered")
        case Outcome.DEFERRED_OUT:
            return translate("History", "let go while you were busy")
    return translate("History", "completed")


def checkin_words(record: Record) -> str:
    before, after = record.checkin_before, record.checkin_after
    if before is None and after is None:
        return ""
    return f"{'–' if before is None else before} → {'–' if after is None else after}"


@dataclass(frozen=True)
class DaySummary:
    day: date
    by_cue: dict[str, int]
    checkin_change: float | None  # mean of (before − after) on this day; positive = eased

    @property
    def pauses(self) -> int:
        return sum(self.by_cue.values())


@dataclass(frozen=True)
class Summary:
    days: tuple[DaySummary, ...]  # every day of the period, oldest first, zero-filled
    by_cue: dict[str, int]
    checkin_change: float | None  # mean over the days that have one
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
        known = [c for c in ORDER if self.by_cue.get(c)]
        return (*known, *sorted(c for c in self.by_cue if c not in ORDER))

    def to_json(self) -> dict[str, Any]:
        return {
            "days": self.period,
            "pauses": self.pauses,
            "by_cue": self.by_cue,
            "checkin_change": _round(self.checkin_change),
            "per_day": [
                {
                    "day": d.day.isoformat(),
                    "pauses": d.pauses,
                    "by_cue": d.by_cue,
                    "checkin_change": _round(d.checkin_change),
                }
                for d in self.days
            ],
            "sentence": sentence(self),
        }


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


def first_day(today: date, days: int) -> date:
    return today - timedelta(days=days - 1)


def summarize(records: Iterable[Record], today: date, days: int) -> Summary:
    """The last ``days`` days up to and including ``today``."""
    if days < 1:
        raise ValueError("days must be at least 1")  # i18n-exempt: programmer error
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
    return Summary(
        days=tuple(per_day),
        by_cue=dict(total),
        checkin_change=fmean(day_changes) if day_changes else None,
        checkin_days=len(day_changes),
    )


def _nothing(days: int) -> str:
    if days == 1:
        return translate(
            "History",
            "No pauses recorded today. Whenever you take one, even a "
            "short one, it will show up here.",
        )
    if days == 7:
        return translate(
            "History",
            "No pauses recorded this week. Whenever you take one, even "
            "a short one, it will show up here.",
        )
    return translate(
        "History",
        "No pauses recorded in the last {days} days. Whenever you take "
        "one, even a short one, it will show up here.",
    ).format(days=days)


def _pauses(summary: Summary) -> str:
    """'9 pauses this week, most after unlocking': how many, when, and after what."""
    n, days = summary.pauses, summary.period
    ranked = Counter(summary.by_cue).most_common()
    top, top_n = ranked[0]
    if n == 1:
        share = "one"
    elif top_n == n:
        share = "all"
    elif len(ranked) == 1 or ranked[1][1] < top_n:
        share = "most"
    else:
        share = "tie"  # no cue stands out: none is named
    # n is 2 or more unless share is "one": no plural forms needed (lupdate cannot mark a
    # translate() call with a variable count as numerus, and Qt then finds no plural).
    if days == 1:
        text = {
            "one": translate("History", "1 pause today, {moment}"),
            "all": translate("History", "{count} pauses today, all {moment}"),
            "most": translate("History", "{count} pauses today, most {moment}"),
            "tie": translate("History", "{count} pauses today"),
        }[share]
    elif days == 7:
        text = {
            "one": translate("History", "1 pause this week, {moment}"),
            "all": translate("History", "{count} pauses this week, all {moment}"),
            "most": translate("History", "{count} pauses this week, most {moment}"),
            "tie": translate("History", "{count} pauses this week"),
        }[share]
    else:
        text = {
            "one": translate("History", "1 pause in the last {days} days, {moment}"),
            "all": translate("History", "{count} pauses in the last {days} days, all {moment}"),
            "most": translate("History", "{count} pauses in the last {days} days, most {moment}"),
            "tie": translate("History", "{count} pauses in the last {days} days"),
        }[share]
    return text.format(count=n, days=days, moment=cue_moment(top))


def _points(value: float) -> str:
    value = round(abs(value) * 2) / 2  # to the nearest half point: no false precision
    if value == 1:
        return translate("History", "1 point")
    number = f"{value:g}".replace(".", translate("History", ".", "the decimal mark in 0.5"))
    return translate("History", "{points} points", "a number other than 1: 2, 0.5, 1.5").format(
        points=number
    )


def _checkin(summary: Summary, change: float) -> str:
    """How the check-in changed from before to after, on one day or on average."""
    several = summary.checkin_days > 1
    if round(abs(change) * 2) / 2 == 0:
        if several:
            return translate(
                "History",
                "on days you paused, your check-in stayed about the "
                "same from before to after on average",
            )
        return translate("History", "your check-in stayed about the same from before to after")
    if change > 0:
        text = (
            translate("History", "on days you paused, your check-in eased by {points} on average")
            if several
            else translate("History", "your check-in eased by {points}")
        )
    else:
        text = (
            translate(
                "History",
                "on days you paused, your check-in was {points} higher afterwards on average",
            )
            if several
            else translate("History", "your check-in was {points} higher afterwards")
        )
    return text.format(points=_points(change))


def sentence(summary: Summary) -> str:
    """One kind sentence in plain words about the period."""
    if summary.pauses == 0:
        return _nothing(summary.period)
    pauses = _pauses(summary)
    change = summary.checkin_change
    if change is None:
        return translate(
            "History", "{pauses}.", "the history sentence: how many pauses, when, after what"
        ).format(pauses=pauses)
    return translate(
        "History",
        "{pauses}; {checkin}.",
        "the history sentence: how many pauses, when, after what; how the check-in changed",
    ).format(pauses=pauses, checkin=_checkin(summary, change))
