"""Sentences built from the app's state: why a prompt appeared, when the next pause is.

Every sentence is one translatable text with named fields, so a translation can order its
words freely; weekdays are translatable abbreviations (``strftime('%a')`` would follow the C
locale, not the language the app speaks).
"""

from __future__ import annotations

from datetime import datetime

from steadypause.core.cues import Cue, CueKind, Length, cue_info
from steadypause.core.i18n import QT_TRANSLATE_NOOP, translate

_WEEKDAYS = (
    #: Short weekday names, as in "Next pause on Fri at 08:00" and History's dates.
    QT_TRANSLATE_NOOP("Wording", "Mon"),
    QT_TRANSLATE_NOOP("Wording", "Tue"),
    QT_TRANSLATE_NOOP("Wording", "Wed"),
    QT_TRANSLATE_NOOP("Wording", "Thu"),
    QT_TRANSLATE_NOOP("Wording", "Fri"),
    QT_TRANSLATE_NOOP("Wording", "Sat"),
    QT_TRANSLATE_NOOP("Wording", "Sun"),
)


def weekday_names() -> tuple[str, ...]:
    """Short weekday names, Monday first, in the language in use (never strftime: that is
    always English)."""
    return tuple(translate("Wording", name) for name in _WEEKDAYS)


def weekday(at: datetime) -> str:
    """'Mon' ... 'Sun', in the language in use."""
    return translate("Wording", _WEEKDAYS[at.weekday()])


def _by_day(at: datetime, now: datetime, today: str, tomorrow: str, later: str) -> str:
    """The sentence for the day ``at`` falls on (today or earlier, tomorrow, a later day),
    with its ``{time}`` and ``{weekday}`` filled in. Each caller passes whole sentences, so
    a translator sees each one as it is read."""
    days = max(0, (at.date() - now.date()).days)
    text = today if days == 0 else tomorrow if days == 1 else later
    return text.format(time=at.strftime("%H:%M"), weekday=weekday(at))


def clock_time(at: datetime, now: datetime) -> str:
    """'14:30', or 'tomorrow 06:00' / 'Mon 06:00' when it is not today."""
    return _by_day(
        at,
        now,
        "{time}",
        translate("Wording", "tomorrow {time}"),
        translate("Wording", "{weekday} {time}"),
    )


def when(at: datetime, now: datetime) -> str:
    """'at 14:30', 'tomorrow at 06:00' or 'on Mon at 06:00'."""
    return _by_day(
        at,
        now,
        translate("Wording", "at {time}"),
        translate("Wording", "tomorrow at {time}"),
        translate("Wording", "on {weekday} at {time}"),
    )


def greeting(at: datetime) -> str:
    if at.hour < 12:
        return translate("Wording", "Good morning")
    if at.hour < 17:
        return translate("Wording", "Good afternoon")
    return translate("Wording", "Hello")


def duration(minutes: int) -> str:
    """'1 minute', '25 minutes', 'an hour', '2 hours', 'an hour and 5 minutes' ..."""
    if minutes < 60:
        return translate("Wording", "%n minute(s)", None, minutes)
    hours, rest = divmod(minutes, 60)
    if not rest:
        if hours == 1:
            return translate("Wording", "an hour")
        return translate("Wording", "{hours} hours").format(hours=hours)
    if hours == 1:
        return translate("Wording", "an hour and %n minute(s)", None, rest)
    return translate("Wording", "{hours} hours and %n minute(s)", None, rest).format(hours=hours)


def schedule_line(
    next_pause_at: datetime | None,
    snoozed_until: datetime | None,
    busy: bool,
    now: datetime,
    *,
    reminder: bool = False,
) -> str:
    """The schedule as one line; ``busy`` with ``reminder``: only the reminder is up."""
    if busy and reminder:
        return translate("Wording", "A reminder is waiting for your answer")
    if busy:
        return translate("Wording", "A pause is open now")
    if snoozed_until is not None:
        return _by_day(
            snoozed_until,
            now,
            translate("Wording", "Reminders snoozed until {time}"),
            translate("Wording", "Reminders snoozed until tomorrow {time}"),
            translate("Wording", "Reminders snoozed until {weekday} {time}"),
        )
    if next_pause_at is None:
        return translate("Wording", "No pause scheduled")
    return _by_day(
        next_pause_at,
        now,
        translate("Wording", "Next pause at {time}"),
        translate("Wording", "Next pause tomorrow at {time}"),
        translate("Wording", "Next pause on {weekday} at {time}"),
    )


def _minutes(detail: str) -> int | None:
    return int(detail) if detail.isdigit() else None


def prompt_text(cue: Cue, work_minutes: int) -> tuple[str, str]:
    """(heading, reason) for the gentle prompt: which moment opened it, said warmly (the
    words are the cue's row in core/cues.py)."""
    if cue.kind is CueKind.WORK_TIMER and cue.detail == "later":
        return (
            translate("Wording", "Ready for that pause now?"),
            translate(
                "Wording", "You asked to be reminded. A few minutes to notice how you are doing."
            ),
        )
    row = cue_info(cue.kind)
    heading = greeting(cue.at) if row.heading is None else translate("Wording", row.heading)
    if row.length is Length.WORK:
        return heading, translate("Wording", row.reason).format(duration=duration(work_minutes))
    if row.length is Length.AWAY:
        minutes = _minutes(cue.detail)
        if minutes:
            return heading, translate("Wording", row.reason).format(duration=duration(minutes))
        if row.reason_without_length is not None:
            return heading, translate("Wording", row.reason_without_length)
    return heading, translate("Wording", row.reason)
