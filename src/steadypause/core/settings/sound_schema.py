"""The declarations of the chime and the spoken guide (issue 15), on the Practice tab.

Kept here so schema.py stays short; :class:`~.schema.Settings` names each one in its
place. They do something only with the optional extra ``steadypause[sound]``.
"""

from __future__ import annotations

from typing import Any

from steadypause.core.i18n import QT_TRANSLATE_NOOP
from steadypause.core.settings import kinds
from steadypause.core.settings.field import setting


def chime() -> Any:
    return setting(
        kinds.BOOL,
        False,
        "practice",
        QT_TRANSLATE_NOOP("Settings", "A soft tone when the breathing starts and when it ends."),
        label=QT_TRANSLATE_NOOP("Settings", "Chime"),
    )


def chime_pacing() -> Any:
    return setting(
        kinds.BOOL,
        False,
        "practice",
        QT_TRANSLATE_NOOP(
            "Settings",
            "With the chime, a quiet rising tone for each in-breath and falling one out.",
        ),
        label=QT_TRANSLATE_NOOP("Settings", "Pace the breaths"),
    )


def chime_volume() -> Any:
    return setting(
        kinds.INT,
        40,
        "practice",
        QT_TRANSLATE_NOOP("Settings", "How loud the chime is, in percent."),
        minimum=5,
        maximum=100,
        label=QT_TRANSLATE_NOOP("Settings", "Chime volume (%)"),
    )


def voice() -> Any:
    return setting(
        kinds.BOOL,
        False,
        "practice",
        QT_TRANSLATE_NOOP(
            "Settings", "Speak each step and the breath cues with the computer's voice."
        ),
        label=QT_TRANSLATE_NOOP("Settings", "Spoken guide"),
    )


def voice_name() -> Any:
    return setting(
        kinds.LINE,
        "",
        "practice",
        QT_TRANSLATE_NOOP(
            "Settings",
            "The voice to speak with, from those the speech service has for the language "
            "(empty: the system's default voice).",
        ),
        label=QT_TRANSLATE_NOOP("Settings", "Voice"),
    )


def voice_rate() -> Any:
    return setting(
        kinds.INT,
        -25,
        "practice",
        QT_TRANSLATE_NOOP(
            "Settings", "How fast the voice speaks: 0 is its usual pace, below is slower."
        ),
        minimum=-60,
        maximum=40,
        label=QT_TRANSLATE_NOOP("Settings", "Speaking rate"),
    )


SOUND_KEYS = ("chime", "chime_pacing", "voice")  # the switches that turn sound on
