"""What the running app says about itself (``steadypause status``), in lines a person reads;
and the times in them."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from steadypause import DISPLAY_NAME
from steadypause.core import i18n
from steadypause.core.cues import cue_name
from steadypause.core.i18n import QT_TRANSLATE_NOOP, translate

# Characters of a cue's detail (its source: "tray", "cli", …) that ``status`` shows.
DETAIL_SHOWN = 60

# What the running app says its window shows (``status``), in words.
_WINDOW_STATES = {
    "closed": QT_TRANSLATE_NOOP("Cli", "closed"),
    "prompt": QT_TRANSLATE_NOOP("Cli", "prompt"),
    "routine": QT_TRANSLATE_NOOP("Cli", "routine"),
}


def format_status(status: dict[str, Any], now: datetime) -> list[str]:
    """Human lines for a ``status`` result; ``now`` is an aware local datetime."""
    lines = [
        translate("Cli", "{name} {version} is running.").format(
            name=DISPLAY_NAME, version=status.get("version") or "?"
        )
    ]
    snoozed_until = parse_time(status.get("snoozed_until"))
    next_pause = parse_time(status.get("next_pause_at"))
    if snoozed_until is not None:
        lines.append(
            translate("Cli", "Reminders snoozed until {when}").format(
                when=format_time(snoozed_until, now)
            )
        )
    elif next_pause is not None:
        lines.append(
            translate("Cli", "Next pause: {when} ({delay})").format(
                when=format_time(next_pause, now), delay=format_delay(next_pause - now)
            )
        )
    else:
        lines.append(translate("Cli", "No pause is scheduled."))
    if status.get("tray") == "fallback":
        lines.append(translate("Cli", "Tray: no system tray found, using the fallback"))
    window = status.get("window")
    if window in _WINDOW_STATES:
        shown = i18n.translate("Cli", _WINDOW_STATES[window])
    else:
        shown = str(window) if window else translate("Cli", "unknown")
    lines.append(translate("Cli", "Window: {window}").format(window=shown))
    sound = format_sound(status)
    if sound:
        lines.append(sound)
    lines.append(
        translate("Cli", "Last cue: {cue}").format(cue=format_cue(status.get("last_cue"), now))
    )
    return lines


def format_sound(status: dict[str, Any]) -> str:
    """One line about the chime and the spoken guide ('' from an app that does not say)."""
    sound = status.get("sound")
    if not isinstance(sound, str):
        return ""
    if sound == "not installed":  # i18n-exempt: the app's word for programs
        return translate(
            "Cli", "Sound: not installed (scripts/install-and-start --with-sound adds it)"
        )
    parts = status.get("sound_parts")
    if not isinstance(parts, dict):
        parts = {}
    on = []
    problems = []
    for name, words in (
        ("chime", QT_TRANSLATE_NOOP("Cli", "chime on")),
        ("voice", QT_TRANSLATE_NOOP("Cli", "voice on")),
    ):
        state = parts.get(name)
        if isinstance(state, str) and state != "off":
            on.append(i18n.translate("Cli", words))
            if state != "ready":
                problems.append(state)
    if not on:
        return translate("Cli", "Sound: off")
    if problems:  # sentences, in the running app's language
        return translate("Cli", "Sound: {on}. {problems}").format(
            on=", ".join(on), problems=" ".join(problems)
        )
    return translate("Cli", "Sound: {on}").format(on=", ".join(on))


def format_cue(cue: object, now: datetime) -> str:
    """A cue as ``status`` reports it (its JSON form), in words."""
    if not isinstance(cue, dict):
        return translate("Cli", "none yet")
    kind = cue.get("kind")
    # History's name for it (core/cues.py), so both say the same.
    what = cue_name(str(kind)) if kind else translate("Cli", "unknown")
    at = parse_time(cue.get("at"))
    detail = cue.get("detail")
    if isinstance(detail, str) and len(detail) > DETAIL_SHOWN:
        # anyone can send a source over the socket: a long one is shortened here
        detail = detail[:DETAIL_SHOWN] + "…"
    # Whole sentences, so that a language can order them its own way.
    if at is not None and detail:
        return translate("Cli", "{cue} at {when} ({detail})").format(
            cue=what, when=format_time(at, now), detail=detail
        )
    if at is not None:
        return translate("Cli", "{cue} at {when}").format(cue=what, when=format_time(at, now))
    if detail:
        return translate("Cli", "{cue} ({detail})").format(cue=what, detail=detail)
    return what


def parse_time(value: object) -> datetime | None:
    """An aware local datetime from an ISO string, or None if absent or unreadable."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    # A naive time is taken as local time, which is what the app uses.
    return moment.astimezone()


def local_now() -> datetime:
    return datetime.now().astimezone()


def format_time(moment: datetime, now: datetime) -> str:
    """``14:30`` today, ``tomorrow 09:00``, else ``2025-03-04 09:00``."""
    moment = moment.astimezone(now.tzinfo)
    clock = moment.strftime("%H:%M")
    days = (moment.date() - now.date()).days
    if days == 0:
        return clock
    if days == 1:
        return translate("Cli", "tomorrow {time}").format(time=clock)
    return f"{moment.date().isoformat()} {clock}"


def format_delay(delay: timedelta) -> str:
    minutes = round(delay.total_seconds() / 60)
    if minutes <= 0:
        return translate("Cli", "due now")
    if minutes < 60:
        return translate("Cli", "in {minutes} min").format(minutes=minutes)
    hours, minutes = divmod(minutes, 60)
    if minutes:
        return translate("Cli", "in {hours} h {minutes} min").format(hours=hours, minutes=minutes)
    return translate("Cli", "in {hours} h").format(hours=hours)
