"""The words a form shows for the settings: group titles, choices, the days' names.

Declared in English with ``QT_TRANSLATE_NOOP("Settings", ...)`` (docs/settings.md and the
settings file stay English); :func:`shown_text` gives them in the language in use.
"""

from __future__ import annotations

from steadypause.core import i18n
from steadypause.core.i18n import QT_TRANSLATE_NOOP

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
GROUPS = ("cues", "schedule", "phrases", "practice", "support", "general")
# English here (docs/settings.md); a form shows group_title(group).
GROUP_TITLES = {
    "cues": QT_TRANSLATE_NOOP("Settings", "Cues"),
    "schedule": QT_TRANSLATE_NOOP("Settings", "Schedule"),
    "phrases": QT_TRANSLATE_NOOP("Settings", "Boundary cues & phrases"),
    "practice": QT_TRANSLATE_NOOP("Settings", "Practice"),
    "support": QT_TRANSLATE_NOOP("Settings", "Support contacts"),
    "general": QT_TRANSLATE_NOOP("Settings", "General"),
}

# How a form shows each choice; a value missing here is shown capitalised.
CHOICE_TEXTS = {
    "full": QT_TRANSLATE_NOOP("Settings", "A steady pause (2–5 minutes)"),
    "transition": QT_TRANSLATE_NOOP("Settings", "A transition pause (45 seconds)"),
    "release": QT_TRANSLATE_NOOP("Settings", "Close the day (about 2 minutes)"),
    "heart": QT_TRANSLATE_NOOP("Settings", "Hand on heart (about a minute)"),
    "boundary": QT_TRANSLATE_NOOP("Settings", "Before you say yes (about a minute)"),
    "breathe": QT_TRANSLATE_NOOP("Settings", "Just breathe (about a minute)"),
    "system": QT_TRANSLATE_NOOP("Settings", "Follow the desktop"),
    "light": QT_TRANSLATE_NOOP("Settings", "Light"),
    "dark": QT_TRANSLATE_NOOP("Settings", "Dark"),
    "prompt": QT_TRANSLATE_NOOP("Settings", "Show the gentle reminder first"),
    "direct": QT_TRANSLATE_NOOP("Settings", "Open the routine directly"),
    "auto": QT_TRANSLATE_NOOP("Settings", "Automatic (a notification on Wayland)"),
    "window": QT_TRANSLATE_NOOP("Settings", "A small window near the tray"),
    "notification": QT_TRANSLATE_NOOP("Settings", "A desktop notification"),
    # The regions of resources/crisis_lines.toml (support_region), by ISO 3166-1 code.
    "none": QT_TRANSLATE_NOOP("Settings", "None (only the emergency number)"),
    "AU": QT_TRANSLATE_NOOP("Settings", "Australia"),
    "CA": QT_TRANSLATE_NOOP("Settings", "Canada"),
    "DE": QT_TRANSLATE_NOOP("Settings", "Germany"),
    "GB": QT_TRANSLATE_NOOP("Settings", "United Kingdom"),
    "IE": QT_TRANSLATE_NOOP("Settings", "Ireland"),
    "NZ": QT_TRANSLATE_NOOP("Settings", "New Zealand"),
    "US": QT_TRANSLATE_NOOP("Settings", "United States"),
    # Each language is named in itself, in every language (never translated).
    "en": "English",  # i18n-exempt: a language's own name (endonym)
    "es": "Español",  # i18n-exempt: a language's own name (endonym)
}
# Choices whose value means something else in one setting: by setting, then value.
FIELD_CHOICE_TEXTS = {
    "checkin": {
        "off": QT_TRANSLATE_NOOP("Settings", "Off"),
        "full": QT_TRANSLATE_NOOP("Settings", "Only with “A steady pause”"),
        "every": QT_TRANSLATE_NOOP("Settings", "With every routine"),
    },
}
# The languages the app has a translation for (steadypause/translations.py loads them),
# each named in itself in CHOICE_TEXTS.
LANGUAGE_CHOICES = ("system", "en", "es")
LANGUAGE_DEFAULT = "system"  # the desktop's
# Choices shown as they are in every language: the languages' own names.
UNTRANSLATED_CHOICES = frozenset(LANGUAGE_CHOICES) - {"system"}

#: One description for the seven working-hours settings; {day} is the day's name.
HOURS_DESCRIPTION = QT_TRANSLATE_NOOP(
    "Settings", "Working hours on {day}, like '08:00-18:00'; empty for a day off."
)

DAY_NAMES = dict(
    zip(
        WEEKDAYS,
        (
            QT_TRANSLATE_NOOP("Settings", "Monday"),
            QT_TRANSLATE_NOOP("Settings", "Tuesday"),
            QT_TRANSLATE_NOOP("Settings", "Wednesday"),
            QT_TRANSLATE_NOOP("Settings", "Thursday"),
            QT_TRANSLATE_NOOP("Settings", "Friday"),
            QT_TRANSLATE_NOOP("Settings", "Saturday"),
            QT_TRANSLATE_NOOP("Settings", "Sunday"),
        ),
        strict=True,
    )
)


def shown_text(text: str) -> str:
    """A text marked with ``QT_TRANSLATE_NOOP("Settings", ...)`` where it is declared (a
    description, label, group title or choice), in the language in use."""
    return i18n.translate("Settings", text)


def group_title(group: str) -> str:
    """A group's title as a form shows it, in the language in use."""
    title = GROUP_TITLES.get(group)
    return shown_text(title) if title else group.capitalize()


def choice_text(value: str, setting: str = "") -> str:
    """How a form shows one choice (of ``setting``, where it has its own words), in the
    language in use."""
    text = FIELD_CHOICE_TEXTS.get(setting, {}).get(value) or CHOICE_TEXTS.get(value)
    if text is None:
        return value.replace("_", " ").capitalize()
    return text if value in UNTRANSLATED_CHOICES else shown_text(text)
