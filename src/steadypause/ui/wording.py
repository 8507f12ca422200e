"""Sentences built from the app's state: why a prompt appeared, when the next pause is."""

from __future__ import annotations

from datetime import datetime

from steadypause.core.cues import Cue, CueKind


def clock_time(at: datetime, now: datetime) -> str:
    """'14:30', or 'tomorrow 06:00' / 'Mon 06:00' when it is not today."""
    text = at.strftime("%H:%M")
    days = (at.date() - now.date()).days
    if days == 1:
        return f"tomorrow {text}"
    if days > 1:
        return f"{at.strftime('%a')} {text}"
    return text


def when(at: datetime, now: datetime) -> str:
    """'at 14:30', 'tomorrow at 06:00' or 'on Mon at 06:00'."""
    text = at.strftime("%H:%M")
    days = (at.date() - now.date()).days
    if days == 1:
        return f"tomorrow at {text}"
    if days > 1:
        return f"on {at.strftime('%a')} at {text}"
    return f"at {text}"


def greeting(at: datetime) -> str:
    if at.hour < 12:
        return "Good morning"
    if at.hour < 17:
        return "Good afternoon"
    return "Hello"


def duration(minutes: int) -> str:
    if minutes < 60:
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    hours, rest = divmod(minutes, 60)
    text = "an hour" if hours == 1 else f"{hours} hours"
    return f"{text} and {rest} minutes" if rest else text


def schedule_line(next_pause_at: datetime | None, snoozed_until: datetime | None,
                  busy: bool, now: datetime) -> str:
    if busy:
        return "A pause is open now"
    if snoozed_until is not None:
        return f"Reminders snoozed until {clock_time(snoozed_until, now)}"
    if next_pause_at is None:
        return "No pause scheduled"
    return f"Next pause {when(next_pause_at, now)}"


def _minutes(detail: str) -> int | None:
    return int(detail) if detail.isdigit() else None


def prompt_text(cue: Cue, work_minutes: int) -> tuple[str, str]:
    """(heading, reason) for the gentle prompt: which moment opened it, said warmly."""
    kind, minutes = cue.kind, _minutes(cue.detail)
    away = f" for {duration(minutes)}" if minutes else ""
    if kind is CueKind.WORK_TIMER:
        if cue.detail == "later":
            return ("Ready for that pause now?",
                    "You asked to be reminded. A few minutes to notice how you are doing.")
        return ("Time for a short pause?",
                f"You have been at it for {duration(work_minutes)}. "
                "A few minutes to notice how you are doing.")
    if kind is CueKind.RESUME:
        return ("Welcome back",
                f"The computer was asleep{away}. Three slow breaths before you pick things "
                "up again?")
    if kind is CueKind.UNLOCK:
        return ("Welcome back",
                f"The screen was locked{away}. A moment to arrive before the next thing?")
    if kind is CueKind.BACK_FROM_AWAY:
        return ("Welcome back",
                f"You have been away{away}. A moment to arrive before the next thing?")
    if kind is CueKind.START_OF_DAY:
        return (greeting(cue.at),
                "A short pause before the day begins: notice how you are arriving.")
    if kind is CueKind.END_OF_DAY:
        return ("Ready to close the day?",
                "A short pause to put the day down: what went well, what can wait.")
    return ("A short pause?", "A moment to notice how you are doing.")
