"""The settings' declarations: every setting is one field of :class:`Settings`.

Each field names its kind (kinds.py, list_kinds.py), default, group, bounds or choices, a
one-line description and a label (field.py). Loading, validation, the file written on
first start, the settings dialog, ``steadypause config`` and docs/settings.md all derive
from this table; add a setting here and it appears in all of them.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass

from steadypause.core import crisis_lines
from steadypause.core.i18n import QT_TRANSLATE_NOOP
from steadypause.core.settings import kinds, list_kinds, sound_schema
from steadypause.core.settings.field import Field, hours, setting
from steadypause.core.settings.labels import LANGUAGE_CHOICES, LANGUAGE_DEFAULT
from steadypause.core.settings.values import Contact

# Routines that a cue may open. The routine files themselves are validated by core.routine.
ROUTINE_CHOICES = ("full", "transition", "release", "heart", "boundary", "breathe")


@dataclass(frozen=True)
class Settings:
    """All user settings. Each entry here is the single declaration of one setting."""

    # -- cues ----------------------------------------------------------------------------
    work_minutes: int = setting(
        kinds.INT,
        60,
        "cues",
        QT_TRANSLATE_NOOP("Settings", "Minutes of work between work-timer reminders."),
        minimum=5,
        maximum=240,
        label=QT_TRANSLATE_NOOP("Settings", "Work timer (minutes)"),
    )
    later_minutes: int = setting(
        kinds.INT,
        10,
        "cues",
        QT_TRANSLATE_NOOP("Settings", "How long 'In 10 minutes' on the reminder waits."),
        minimum=1,
        maximum=60,
        label=QT_TRANSLATE_NOOP("Settings", "'Later' waits (minutes)"),
    )
    prompt_timeout_seconds: int = setting(
        kinds.INT,
        120,
        "cues",
        QT_TRANSLATE_NOOP(
            "Settings", "How long an unanswered reminder stays on screen before it quietly closes."
        ),
        minimum=15,
        maximum=600,
        label=QT_TRANSLATE_NOOP("Settings", "Reminder stays (seconds)"),
    )
    timer_routine: str = setting(
        kinds.ROUTINE,
        "full",
        "cues",
        QT_TRANSLATE_NOOP("Settings", "The routine the work timer opens."),
        choices=ROUTINE_CHOICES,
        label=QT_TRANSLATE_NOOP("Settings", "Work timer opens"),
    )
    manual_routine: str = setting(
        kinds.ROUTINE,
        "full",
        "cues",
        QT_TRANSLATE_NOOP("Settings", "The routine 'Pause now' opens."),
        choices=ROUTINE_CHOICES,
        label=QT_TRANSLATE_NOOP("Settings", "'Pause now' opens"),
    )
    day_start_hour: int = setting(
        kinds.INT,
        6,
        "cues",
        QT_TRANSLATE_NOOP(
            "Settings",
            "Hour from which the day starts: 'Snooze until tomorrow' "
            "ends, the start-of-day cue may come.",
        ),
        minimum=0,
        maximum=12,
        label=QT_TRANSLATE_NOOP("Settings", "The day starts at (hour)"),
    )
    cue_work_timer: bool = setting(
        kinds.BOOL,
        True,
        "cues",
        QT_TRANSLATE_NOOP("Settings", "Remind you after the set minutes of active work."),
        label=QT_TRANSLATE_NOOP("Settings", "Work timer"),
    )
    cue_resume: bool = setting(
        kinds.BOOL,
        True,
        "cues",
        QT_TRANSLATE_NOOP(
            "Settings",
            "Offer a pause when the computer wakes after sleeping at least a break's length.",
        ),
        label=QT_TRANSLATE_NOOP("Settings", "After waking from sleep"),
    )
    cue_unlock: bool = setting(
        kinds.BOOL,
        True,
        "cues",
        QT_TRANSLATE_NOOP(
            "Settings",
            "Offer a pause when the screen unlocks after a lock longer than a short one.",
        ),
        label=QT_TRANSLATE_NOOP("Settings", "After unlocking the screen"),
    )
    cue_back_from_away: bool = setting(
        kinds.BOOL,
        True,
        "cues",
        QT_TRANSLATE_NOOP(
            "Settings", "Offer a pause when you are back after at least a break's length away."
        ),
        label=QT_TRANSLATE_NOOP("Settings", "When you come back"),
    )
    cue_start_of_day: bool = setting(
        kinds.BOOL,
        True,
        "cues",
        QT_TRANSLATE_NOOP("Settings", "Offer a pause at your first activity on a working day."),
        label=QT_TRANSLATE_NOOP("Settings", "At the start of the day"),
    )
    cue_end_of_day: bool = setting(
        kinds.BOOL,
        True,
        "cues",
        QT_TRANSLATE_NOOP("Settings", "Offer a pause when the working day ends."),
        label=QT_TRANSLATE_NOOP("Settings", "At the end of the day"),
    )
    cue_after_call: bool = setting(
        kinds.BOOL,
        True,
        "cues",
        QT_TRANSLATE_NOOP(
            "Settings",
            "Offer a pause when a call ends: another app used the microphone for a while, "
            "then let it go. Only whether it is in use is read, never the sound.",
        ),
        label=QT_TRANSLATE_NOOP("Settings", "After a call"),
    )
    away_minutes: int = setting(
        kinds.INT,
        5,
        "cues",
        QT_TRANSLATE_NOOP(
            "Settings",
            "Minutes away (no input, or asleep) that count as a break: "
            "the work count starts again.",
        ),
        minimum=1,
        maximum=120,
        label=QT_TRANSLATE_NOOP("Settings", "A break is at least (minutes)"),
    )
    lock_minutes: int = setting(
        kinds.INT,
        5,
        "cues",
        QT_TRANSLATE_NOOP(
            "Settings",
            "Minutes locked after which unlocking offers a pause; shorter locks are ignored.",
        ),
        minimum=1,
        maximum=120,
        label=QT_TRANSLATE_NOOP("Settings", "Locks shorter than this are ignored (minutes)"),
    )
    after_call_minutes: int = setting(
        kinds.INT,
        5,
        "cues",
        QT_TRANSLATE_NOOP(
            "Settings", "Minutes the microphone must be in use for its end to count as a call."
        ),
        minimum=1,
        maximum=240,
        label=QT_TRANSLATE_NOOP("Settings", "Calls shorter than this are ignored (minutes)"),
    )
    after_call_grace_seconds: int = setting(
        kinds.INT,
        30,
        "cues",
        QT_TRANSLATE_NOOP(
            "Settings",
            "Seconds to wait after a call ends before offering a pause, so that a dropped "
            "call that reconnects does not count as two.",
        ),
        minimum=5,
        maximum=600,
        label=QT_TRANSLATE_NOOP("Settings", "After a call, wait (seconds)"),
    )
    cooldown_minutes: int = setting(
        kinds.INT,
        20,
        "cues",
        QT_TRANSLATE_NOOP(
            "Settings", "At most one reminder in this many minutes ('Pause now' excepted)."
        ),
        minimum=5,
        maximum=240,
        label=QT_TRANSLATE_NOOP("Settings", "At most one reminder per (minutes)"),
    )
    busy_cap_minutes: int = setting(
        kinds.INT,
        60,
        "cues",
        QT_TRANSLATE_NOOP(
            "Settings",
            "While you are busy (a call, a video, full screen, do not "
            "disturb) a reminder waits at most this long, then it is "
            "let go.",
        ),
        minimum=5,
        maximum=240,
        label=QT_TRANSLATE_NOOP("Settings", "While busy, wait at most (minutes)"),
    )
    end_of_day_time: str = setting(
        kinds.TIME_OF_DAY,
        "17:30",
        "cues",
        QT_TRANSLATE_NOOP("Settings", "When the end-of-day cue comes on working days."),
        label=QT_TRANSLATE_NOOP("Settings", "The day ends at"),
    )
    transition_routine: str = setting(
        kinds.ROUTINE,
        "transition",
        "cues",
        QT_TRANSLATE_NOOP(
            "Settings",
            "The routine opened after waking, unlocking, coming back, and at the start of the day.",
        ),
        choices=ROUTINE_CHOICES,
        label=QT_TRANSLATE_NOOP("Settings", "Transitions open"),
    )
    end_of_day_routine: str = setting(
        kinds.ROUTINE,
        "release",
        "cues",
        QT_TRANSLATE_NOOP("Settings", "The routine the end-of-day cue and 'Close the day' open."),
        choices=ROUTINE_CHOICES,
        label=QT_TRANSLATE_NOOP("Settings", "The end of the day opens"),
    )
    after_call_routine: str = setting(
        kinds.ROUTINE,
        "transition",
        "cues",
        QT_TRANSLATE_NOOP("Settings", "The routine opened after a call."),
        choices=ROUTINE_CHOICES,
        label=QT_TRANSLATE_NOOP("Settings", "After a call, open"),
    )

    # -- schedule ------------------------------------------------------------------------
    hours_mon: str = hours("mon", "08:00-18:00")
    hours_tue: str = hours("tue", "08:00-18:00")
    hours_wed: str = hours("wed", "08:00-18:00")
    hours_thu: str = hours("thu", "08:00-18:00")
    hours_fri: str = hours("fri", "08:00-18:00")
    hours_sat: str = hours("sat", "")
    hours_sun: str = hours("sun", "")

    snooze_minutes: tuple[int, ...] = setting(
        list_kinds.MINUTES_LIST,
        (15, 30, 60),
        "schedule",
        QT_TRANSLATE_NOOP(
            "Settings",
            "The lengths offered under Snooze, in minutes ('Until tomorrow' is always there).",
        ),
        minimum=1,
        maximum=1440,
        label=QT_TRANSLATE_NOOP("Settings", "Snooze lengths (minutes)"),
    )

    # -- phrases and boundary cues: the person's own words, shown before the defaults ---
    kind_phrases: tuple[str, ...] = setting(
        list_kinds.TEXT_LIST,
        (),
        "phrases",
        QT_TRANSLATE_NOOP("Settings", "Your own kind phrases, offered first in step 3."),
        label=QT_TRANSLATE_NOOP("Settings", "Kind phrases"),
    )
    difficulty_names: tuple[str, ...] = setting(
        list_kinds.TEXT_LIST,
        (),
        "phrases",
        QT_TRANSLATE_NOOP("Settings", "Your own ways of naming what is hard, offered in step 2."),
        label=QT_TRANSLATE_NOOP("Settings", "Naming what is hard"),
    )
    boundary_cues: tuple[str, ...] = setting(
        list_kinds.TEXT_LIST,
        (),
        "phrases",
        QT_TRANSLATE_NOOP(
            "Settings",
            "Your own limits and questions, e.g. 'No replies after 7 pm', offered first in "
            "A steady pause (step 4) and in Before you say yes (your reply).",
        ),
        label=QT_TRANSLATE_NOOP("Settings", "Boundary cues"),
    )

    # -- practice ------------------------------------------------------------------------
    breath_in_seconds: float = setting(
        kinds.FLOAT,
        4.0,
        "practice",
        QT_TRANSLATE_NOOP("Settings", "Length of each in-breath in the breathing animation."),
        minimum=2,
        maximum=10,
        label=QT_TRANSLATE_NOOP("Settings", "Breathe in (seconds)"),
    )
    breath_out_seconds: float = setting(
        kinds.FLOAT,
        6.0,
        "practice",
        QT_TRANSLATE_NOOP("Settings", "Length of each out-breath in the breathing animation."),
        minimum=2,
        maximum=10,
        label=QT_TRANSLATE_NOOP("Settings", "Breathe out (seconds)"),
    )
    breath_cycles: int = setting(
        kinds.INT,
        3,
        "practice",
        QT_TRANSLATE_NOOP("Settings", "Slow breaths in the breathing step."),
        minimum=1,
        maximum=10,
        label=QT_TRANSLATE_NOOP("Settings", "Slow breaths"),
    )
    reduce_motion: bool = setting(
        kinds.BOOL,
        False,
        "practice",
        QT_TRANSLATE_NOOP("Settings", "Replace the growing shape with a calm text count."),
        label=QT_TRANSLATE_NOOP("Settings", "Reduce motion"),
    )
    chime: bool = sound_schema.chime()  # the chime and the spoken guide: sound_schema.py
    chime_pacing: bool = sound_schema.chime_pacing()
    chime_volume: int = sound_schema.chime_volume()
    voice: bool = sound_schema.voice()
    voice_name: str = sound_schema.voice_name()
    voice_rate: int = sound_schema.voice_rate()
    journaling: bool = setting(
        kinds.BOOL,
        False,
        "practice",
        QT_TRANSLATE_NOOP(
            "Settings",
            "Keep what you type during a pause on this computer (off: nothing typed is kept).",
        ),
        label=QT_TRANSLATE_NOOP("Settings", "Keep a journal"),
    )
    checkin: str = setting(
        kinds.CHOICE,
        "full",
        "practice",
        QT_TRANSLATE_NOOP(
            "Settings", "The 0–10 check-in before and after a pause: off, or with which routines."
        ),
        choices=("off", "full", "every"),
        label=QT_TRANSLATE_NOOP("Settings", "Check-in"),
    )

    # -- support -------------------------------------------------------------------------
    contacts: tuple[Contact, ...] = setting(
        list_kinds.CONTACTS,
        (),
        "support",
        QT_TRANSLATE_NOOP(
            "Settings",
            "People to turn to, shown on the Getting help page: a name "
            "and a phone number or an http(s), mailto or tel link.",
        ),
        label=QT_TRANSLATE_NOOP("Settings", "Your contacts"),
    )
    support_region: str = setting(
        kinds.CHOICE,
        crisis_lines.FOLLOW_LOCALE,
        "support",
        QT_TRANSLATE_NOOP(
            "Settings",
            "Whose crisis lines Getting help shows first: the region of the desktop's "
            "language settings, one chosen here, or none (only your local emergency number).",
        ),
        choices=(crisis_lines.FOLLOW_LOCALE, crisis_lines.NO_REGION, *crisis_lines.REGION_CODES),
        label=QT_TRANSLATE_NOOP("Settings", "Crisis lines for"),
    )

    # -- general -------------------------------------------------------------------------
    theme: str = setting(
        kinds.CHOICE,
        "system",
        "general",
        QT_TRANSLATE_NOOP("Settings", "Colours: follow the desktop, or always light or dark."),
        choices=("system", "light", "dark"),
        label=QT_TRANSLATE_NOOP("Settings", "Colours"),
    )
    prompt_style: str = setting(
        kinds.CHOICE,
        "prompt",
        "general",
        QT_TRANSLATE_NOOP(
            "Settings",
            "When a cue comes: show the gentle reminder first, or open the routine directly.",
        ),
        choices=("prompt", "direct"),
        label=QT_TRANSLATE_NOOP("Settings", "When a cue comes"),
    )
    reminder_style: str = setting(
        kinds.CHOICE,
        "auto",
        "general",
        QT_TRANSLATE_NOOP(
            "Settings",
            "How the gentle reminder appears: a small window near the "
            "tray, or a desktop notification with the same buttons. "
            "Automatic uses a notification on Wayland desktops (where a "
            "window could take the keyboard) and the window elsewhere.",
        ),
        choices=("auto", "window", "notification"),
        label=QT_TRANSLATE_NOOP("Settings", "Reminder as"),
    )
    language: str = setting(
        kinds.CHOICE,
        LANGUAGE_DEFAULT,
        "general",
        QT_TRANSLATE_NOOP(
            "Settings",
            "The language of the app: the desktop's, or one chosen "
            "here. Applies to windows opened after the change.",
        ),
        choices=LANGUAGE_CHOICES,
        label=QT_TRANSLATE_NOOP("Settings", "Language"),
    )
    # Windows only (platform/hotkey.py). Not Win+...: Windows keeps those for itself; not
    # Ctrl+Alt+letter alone: Ctrl+Alt is AltGr on many keyboard layouts, and a global hotkey
    # would swallow the character typed with it. With Shift as well, programs rarely use it.
    pause_shortcut: str = setting(
        kinds.KEY_COMBINATION,
        "Ctrl+Alt+Shift+P",
        "general",
        QT_TRANSLATE_NOOP(
            "Settings",
            "On Windows, the keys that open a pause from any program "
            "(empty: none). On Linux and macOS, bind 'steadypause "
            "pause' in the desktop's keyboard settings instead.",
        ),
        label=QT_TRANSLATE_NOOP("Settings", "Pause shortcut"),
    )


FIELDS: tuple[Field, ...] = tuple(
    Field(f.name, default=f.default, **f.metadata) for f in dataclasses.fields(Settings)
)
FIELDS_BY_NAME: Mapping[str, Field] = {f.name: f for f in FIELDS}


def defaults() -> Settings:
    return Settings()
