"""Settings: declared once, loaded leniently, saved atomically.

Every setting is one :class:`Field` in :data:`FIELDS` (name, type, default, bounds or
choices, a one-line description). Loading, validation, the file written on first start
and the dataclass all derive from that table.

Loading never loses what the user wrote:
- a file that is not valid TOML is renamed ``settings.toml.bad-<timestamp>`` and the app runs
  on defaults;
- one bad value falls back to its default with a message naming the key and its line;
- a file written by a newer version is left untouched and the app runs on defaults.
Each of these produces a human-readable entry in :attr:`LoadResult.messages`.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import math
import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from datetime import time as dtime
from pathlib import Path
from typing import Any

from steadypause.core import i18n
from steadypause.core.files import write_private_atomic
from steadypause.core.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
FILE_NAME = "settings.toml"

# Routines that a cue may open. The routine files themselves are validated by core.routine.
ROUTINE_CHOICES = ("full", "transition", "release", "heart", "boundary")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
GROUPS = ("cues", "schedule", "phrases", "practice", "support", "general")
# English here (docs/settings.md); a form shows group_title(group).
GROUP_TITLES = {"cues": QT_TRANSLATE_NOOP("Settings", "Cues"),
                "schedule": QT_TRANSLATE_NOOP("Settings", "Schedule"),
                "phrases": QT_TRANSLATE_NOOP("Settings", "Boundary cues & phrases"),
                "practice": QT_TRANSLATE_NOOP("Settings", "Practice"),
                "support": QT_TRANSLATE_NOOP("Settings", "Support contacts"),
                "general": QT_TRANSLATE_NOOP("Settings", "General")}

# How a form shows each choice; a value missing here is shown capitalised.
CHOICE_TEXTS = {
    "full": QT_TRANSLATE_NOOP("Settings", "The full pause (2–5 minutes)"),
    "transition": QT_TRANSLATE_NOOP("Settings", "A transition pause (45 seconds)"),
    "release": QT_TRANSLATE_NOOP("Settings", "Close the day (about 2 minutes)"),
    "heart": QT_TRANSLATE_NOOP("Settings", "Hand on heart (about a minute)"),
    "boundary": QT_TRANSLATE_NOOP("Settings", "Before you say yes (about a minute)"),
    "system": QT_TRANSLATE_NOOP("Settings", "Follow the desktop"),
    "light": QT_TRANSLATE_NOOP("Settings", "Light"),
    "dark": QT_TRANSLATE_NOOP("Settings", "Dark"),
    "prompt": QT_TRANSLATE_NOOP("Settings", "Show the gentle reminder first"),
    "direct": QT_TRANSLATE_NOOP("Settings", "Open the routine directly"),
    "auto": QT_TRANSLATE_NOOP("Settings", "Automatic (a notification on Wayland)"),
    "window": QT_TRANSLATE_NOOP("Settings", "A small window near the tray"),
    "notification": QT_TRANSLATE_NOOP("Settings", "A desktop notification"),
    # Each language is named in itself, in every language (never translated).
    "en": "English",  # i18n-exempt: a language's own name (endonym)
    "es": "Español",  # i18n-exempt: a language's own name (endonym)
}
# The languages the app has a translation for (steadypause/translations.py loads them),
# each named in itself in CHOICE_TEXTS.
LANGUAGE_CHOICES = ("system", "en", "es")
# Choices shown as they are in every language: the languages' own names.
UNTRANSLATED_CHOICES = frozenset(LANGUAGE_CHOICES) - {"system"}



def shown_text(text: str) -> str:
    """A text marked with ``QT_TRANSLATE_NOOP("Settings", ...)`` where it is declared (a
    description, label, group title or choice), in the language in use."""
    return i18n.translate("Settings", text)


def group_title(group: str) -> str:
    """A group's title as a form shows it, in the language in use."""
    title = GROUP_TITLES.get(group)
    return shown_text(title) if title else group.capitalize()

TEXT_ITEM_MAX = 140     # characters in one phrase or boundary cue
TEXT_LIST_MAX = 50      # entries in one list
CONTACT_NAME_MAX = 60

_TIME = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])")
_PHONE = re.compile(r"\+?[0-9][0-9 ()./-]{2,29}")
_LINK_SCHEMES = ("http://", "https://", "mailto:", "tel:")


@dataclass(frozen=True)
class Contact:
    """Someone to turn to, shown on the Getting help page."""

    name: str
    link: str   # an http(s), mailto or tel link, or a phone number

    @property
    def url(self) -> str:
        """What to open: a phone number becomes a tel: link."""
        if _PHONE.fullmatch(self.link):
            return "tel:" + re.sub(r"[^0-9+]", "", self.link)
        return self.link


def check_contact_link(link: str) -> str | None:
    """Why ``link`` cannot be a contact's phone number or link, or None if it can."""
    link = link.strip()
    if not link:
        return translate("Settings", "a phone number or link is needed")
    if _PHONE.fullmatch(link):
        return None
    if not link.lower().startswith(_LINK_SCHEMES):
        return translate("Settings", "use a phone number, or a link starting with https://, "
                                     "http://, mailto: or tel:")
    if len(link) > 500 or any(c.isspace() for c in link):
        return translate("Settings",
                         "a link cannot contain spaces or be longer than 500 characters")
    return None


def check_contact(name: str, link: str) -> str | None:
    """Why ``name`` and ``link`` cannot be a contact, or None if they can."""
    if not 1 <= len(name.strip()) <= CONTACT_NAME_MAX:
        return translate("Settings", "the name must be 1 to {most} characters").format(
            most=CONTACT_NAME_MAX)
    return check_contact_link(link)


def check_text_item(text: str, existing: tuple[str, ...] = ()) -> str | None:
    """Why ``text`` cannot be an entry of a phrase or boundary-cue list, or None."""
    stripped = text.strip()
    if not stripped:
        return translate("Settings", "an entry cannot be empty")
    if len(stripped) > TEXT_ITEM_MAX:
        return translate("Settings", "an entry can be at most {most} characters ({given} "
                                     "given)").format(most=TEXT_ITEM_MAX, given=len(stripped))
    if "\n" in stripped:
        return translate("Settings", "an entry is one line")
    if stripped.casefold() in (e.casefold() for e in existing):
        return translate("Settings", "'{entry}' is already in the list").format(entry=stripped)
    return None


def check_hours(text: str) -> str | None:
    """Working hours for one weekday: 'HH:MM-HH:MM', or '' for a day off."""
    if text == "":
        return None
    parts = text.split("-")
    if len(parts) != 2 or not all(_TIME.fullmatch(p.strip()) for p in parts):
        return translate("Settings", "{hours} is not like '08:00-18:00' (or empty for a day "
                                     "off)").format(hours=repr(text))
    start, end = (p.strip() for p in parts)
    if start >= end:
        return translate("Settings", "{hours} ends before it starts").format(hours=repr(text))
    return None


@dataclass(frozen=True)
class Field:
    """One setting's declaration. ``kind`` says how it is stored and checked:

    int, float, bool, choice (str from ``choices``), time ('HH:MM'), hours ('HH:MM-HH:MM'
    or ''), text_list (tuple of one-line texts), minutes_list (tuple of whole minutes),
    contacts (tuple of :class:`Contact`), key_combination ('Ctrl+Alt+Shift+P', '' for none).
    """

    name: str
    kind: str
    default: Any
    description: str
    group: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] | None = None
    label: str = ""

    def choice_text(self, value: str) -> str:
        """How a form shows one of ``choices``, in the language in use."""
        text = CHOICE_TEXTS.get(value)
        if text is None:
            return value.replace("_", " ").capitalize()
        return text if value in UNTRANSLATED_CHOICES else shown_text(text)

    @property
    def title(self) -> str:
        """The short label (English, as in docs/settings.md); derived from the name when
        none is declared."""
        return self.label or self.name.replace("_", " ").capitalize()

    @property
    def shown_title(self) -> str:
        """The short label a form shows, in the language in use."""
        return shown_text(self.label) if self.label else self.title

    @property
    def shown_description(self) -> str:
        """The description a form shows, in the language in use."""
        if self.kind == "hours" and self.label:
            return shown_text(HOURS_DESCRIPTION).format(day=shown_text(self.label))
        return shown_text(self.description)

    def check(self, value: Any) -> str | None:
        """Return why ``value`` is not acceptable, or None if it is."""
        return self.coerce(value)[1]

    def coerce(self, value: Any) -> tuple[Any, str | None]:
        """(the value as Settings holds it, or None; why it is not fully acceptable)."""
        kind = self.kind
        if kind == "key_combination":   # core/keys.py checks it, with the hotkey's words
            from steadypause.core.keys import check_combination

            return check_combination(value)
        if kind in ("int", "float"):
            ok = isinstance(value, int) if kind == "int" else isinstance(value, int | float)
            if not ok or isinstance(value, bool):
                expected = (translate("Settings", "expected a whole number, found {found}")
                            if kind == "int" else
                            translate("Settings", "expected a number, found {found}"))
                return None, expected.format(found=_describe(value))
            if isinstance(value, float) and not math.isfinite(value):
                # TOML has nan and inf; nan slips past every < and > comparison below.
                return None, translate("Settings", "expected a finite number, found {value}"
                                       ).format(value=repr(value))
            if self.minimum is not None and value < self.minimum:
                return None, translate("Settings", "{value} is below the minimum {minimum}"
                                       ).format(value=repr(value), minimum=_num(self.minimum))
            if self.maximum is not None and value > self.maximum:
                return None, translate("Settings", "{value} is above the maximum {maximum}"
                                       ).format(value=repr(value), maximum=_num(self.maximum))
            return (float(value) if kind == "float" else value), None
        if kind == "bool":
            if not isinstance(value, bool):
                return None, translate("Settings", "expected true or false, found {found}"
                                       ).format(found=_describe(value))
            return value, None
        if kind in ("choice", "time", "hours"):
            if not isinstance(value, str):
                return None, translate("Settings", "expected text in quotes, found {found}"
                                       ).format(found=_describe(value))
            if kind == "choice" and value not in (self.choices or ()):
                return None, translate("Settings", "{value} is not one of {choices}").format(
                    value=repr(value), choices=", ".join(repr(c) for c in self.choices or ()))
            if kind == "time" and not _TIME.fullmatch(value):
                return None, translate("Settings", "{value} is not a time like '17:30'"
                                       ).format(value=repr(value))
            if kind == "hours" and (problem := check_hours(value)):
                return None, problem
            return value, None
        if kind == "text_list":
            return _coerce_text_list(value)
        if kind == "minutes_list":
            return _coerce_minutes_list(value, self)
        if kind == "contacts":
            return _coerce_contacts(value)
        raise AssertionError(f"unknown kind {kind}")  # i18n-exempt: programmer error


def _coerce_text_list(value: Any) -> tuple[Any, str | None]:
    if not isinstance(value, list | tuple):
        return None, translate("Settings", "expected a list of texts, found {found}"
                               ).format(found=_describe(value))
    kept: list[str] = []
    problems = []
    for item in value:
        if not isinstance(item, str):
            problems.append(translate("Settings", "{found} is not text"
                                      ).format(found=_describe(item)))
        elif problem := check_text_item(item, tuple(kept)):
            problems.append(problem)
        elif len(kept) >= TEXT_LIST_MAX:
            problems.append(translate("Settings", "only the first {most} entries are used"
                                      ).format(most=TEXT_LIST_MAX))
            break
        else:
            kept.append(item.strip())
    if not problems:
        return tuple(kept), None
    return tuple(kept), translate("Settings", "{problems}; the other entries are kept").format(
        problems="; ".join(problems))


MINUTES_LIST_MAX = 6


def _coerce_minutes_list(value: Any, field: Field) -> tuple[Any, str | None]:
    """1 to 6 different whole numbers of minutes within the field's bounds, kept in order."""
    if not isinstance(value, list | tuple):
        return None, translate("Settings", "expected a list of minutes such as [15, 30, 60], "
                                           "found {found}").format(found=_describe(value))
    low, high = int(field.minimum or 1), int(field.maximum or 1440)
    if not value:
        return None, translate("Settings", "at least one length is needed")
    if len(value) > MINUTES_LIST_MAX:
        return None, translate("Settings", "at most {most} lengths").format(
            most=MINUTES_LIST_MAX)
    for item in value:
        if not isinstance(item, int) or isinstance(item, bool):
            return None, translate("Settings", "{found} is not a whole number of minutes"
                                   ).format(found=_describe(item))
        if not low <= item <= high:
            return None, translate("Settings", "{minutes} is not between {low} and {high} "
                                               "minutes").format(minutes=item, low=low,
                                                                 high=high)
    if len(set(value)) != len(value):
        return None, translate("Settings", "each length can appear only once")
    return tuple(sorted(value)), None


def _coerce_contacts(value: Any) -> tuple[Any, str | None]:
    if not isinstance(value, list | tuple):
        return None, translate("Settings", "expected [[contacts]] tables, found {found}"
                               ).format(found=_describe(value))
    kept: list[Contact] = []
    problems = []
    for n, item in enumerate(value, 1):
        if isinstance(item, Contact):
            item = {"name": item.name, "link": item.link}
        if not isinstance(item, dict) or set(item) != {"name", "link"}:
            problems.append(translate("Settings", "contact {n} needs exactly a name and a link"
                                      ).format(n=n))
            continue
        name, link = item["name"], item["link"]
        if not isinstance(name, str) or not isinstance(link, str):
            problems.append(translate("Settings", "contact {n}: the name and the link must be "
                                                  "text").format(n=n))
        elif problem := check_contact(name, link):
            problems.append(translate("Settings", "contact {n}: {problem}").format(
                n=n, problem=problem))
        elif len(kept) >= TEXT_LIST_MAX:
            problems.append(translate("Settings", "only the first {most} contacts are used"
                                      ).format(most=TEXT_LIST_MAX))
            break
        else:
            kept.append(Contact(name.strip(), link.strip()))
    if not problems:
        return tuple(kept), None
    return tuple(kept), translate("Settings", "{problems}; the other contacts are kept").format(
        problems="; ".join(problems))


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return translate("Settings", "true/false")
    if isinstance(value, int | float):
        return translate("Settings", "the number {value}").format(value=repr(value))
    if isinstance(value, str):
        return translate("Settings", "the text {value}").format(value=repr(value))
    if isinstance(value, dict):
        return translate("Settings", "a table")
    if isinstance(value, list):
        return translate("Settings", "a list")
    return type(value).__name__


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else str(x)


def _setting(kind: str, default: Any, group: str, description: str, *,
             minimum: float | None = None, maximum: float | None = None,
             choices: tuple[str, ...] | None = None, label: str = "") -> Any:
    assert group in GROUPS, group
    return dataclasses.field(default=default, metadata={
        "kind": kind, "group": group, "description": description, "minimum": minimum,
        "maximum": maximum, "choices": choices, "label": label})


#: One description for the seven working-hours settings; {day} is the day's name.
HOURS_DESCRIPTION = QT_TRANSLATE_NOOP(
    "Settings", "Working hours on {day}, like '08:00-18:00'; empty for a day off.")


def _hours(day: str, default: str) -> Any:
    # English here (docs/settings.md); Field.shown_description translates the template.
    return _setting("hours", default, "schedule",
                    HOURS_DESCRIPTION.format(day=_DAY_NAMES[day]), label=_DAY_NAMES[day])


_DAY_NAMES = dict(zip(WEEKDAYS, (
    QT_TRANSLATE_NOOP("Settings", "Monday"), QT_TRANSLATE_NOOP("Settings", "Tuesday"),
    QT_TRANSLATE_NOOP("Settings", "Wednesday"), QT_TRANSLATE_NOOP("Settings", "Thursday"),
    QT_TRANSLATE_NOOP("Settings", "Friday"), QT_TRANSLATE_NOOP("Settings", "Saturday"),
    QT_TRANSLATE_NOOP("Settings", "Sunday")), strict=True))


@dataclass(frozen=True)
class Settings:
    """All user settings. Each entry here is the single declaration of one setting."""

    # -- cues ----------------------------------------------------------------------------
    work_minutes: int = _setting(
        "int", 60, "cues",
        QT_TRANSLATE_NOOP("Settings", "Minutes of work between work-timer reminders."),
        minimum=5, maximum=240,
        label=QT_TRANSLATE_NOOP("Settings", "Work timer (minutes)"))
    later_minutes: int = _setting(
        "int", 10, "cues",
        QT_TRANSLATE_NOOP("Settings", "How long 'In 10 minutes' on the reminder waits."),
        minimum=1, maximum=60,
        label=QT_TRANSLATE_NOOP("Settings", "'Later' waits (minutes)"))
    prompt_timeout_seconds: int = _setting(
        "int", 120, "cues",
        QT_TRANSLATE_NOOP("Settings", "How long an unanswered reminder stays on screen before it "
                                      "quietly closes."),
        minimum=15, maximum=600,
        label=QT_TRANSLATE_NOOP("Settings", "Reminder stays (seconds)"))
    timer_routine: str = _setting(
        "choice", "full", "cues",
        QT_TRANSLATE_NOOP("Settings", "The routine the work timer opens."),
        choices=ROUTINE_CHOICES,
        label=QT_TRANSLATE_NOOP("Settings", "Work timer opens"))
    manual_routine: str = _setting(
        "choice", "full", "cues",
        QT_TRANSLATE_NOOP("Settings", "The routine 'Pause now' opens."),
        choices=ROUTINE_CHOICES,
        label=QT_TRANSLATE_NOOP("Settings", "'Pause now' opens"))
    day_start_hour: int = _setting(
        "int", 6, "cues",
        QT_TRANSLATE_NOOP("Settings", "Hour from which the day starts: 'Snooze until tomorrow' "
                                      "ends, the start-of-day cue may come."),
        minimum=0, maximum=12,
        label=QT_TRANSLATE_NOOP("Settings", "The day starts at (hour)"))
    cue_work_timer: bool = _setting(
        "bool", True, "cues",
        QT_TRANSLATE_NOOP("Settings", "Remind you after the set minutes of active work."),
        label=QT_TRANSLATE_NOOP("Settings", "Work timer"))
    cue_resume: bool = _setting(
        "bool", True, "cues",
        QT_TRANSLATE_NOOP("Settings", "Offer a pause when the computer wakes after sleeping at "
                                      "least a break's length."),
        label=QT_TRANSLATE_NOOP("Settings", "After waking from sleep"))
    cue_unlock: bool = _setting(
        "bool", True, "cues",
        QT_TRANSLATE_NOOP("Settings", "Offer a pause when the screen unlocks after a lock longer "
                                      "than a short one."),
        label=QT_TRANSLATE_NOOP("Settings", "After unlocking the screen"))
    cue_back_from_away: bool = _setting(
        "bool", True, "cues",
        QT_TRANSLATE_NOOP("Settings", "Offer a pause when you are back after at least a break's "
                                      "length away."),
        label=QT_TRANSLATE_NOOP("Settings", "When you come back"))
    cue_start_of_day: bool = _setting(
        "bool", True, "cues",
        QT_TRANSLATE_NOOP("Settings", "Offer a pause at your first activity on a working day."),
        label=QT_TRANSLATE_NOOP("Settings", "At the start of the day"))
    cue_end_of_day: bool = _setting(
        "bool", True, "cues",
        QT_TRANSLATE_NOOP("Settings", "Offer a pause when the working day ends."),
        label=QT_TRANSLATE_NOOP("Settings", "At the end of the day"))
    away_minutes: int = _setting(
        "int", 5, "cues",
        QT_TRANSLATE_NOOP("Settings", "Minutes away (no input, or asleep) that count as a break: "
                                      "the work count starts again."),
        minimum=1, maximum=120,
        label=QT_TRANSLATE_NOOP("Settings", "A break is at least (minutes)"))
    lock_minutes: int = _setting(
        "int", 5, "cues",
        QT_TRANSLATE_NOOP("Settings", "Minutes locked after which unlocking offers a pause; "
                                      "shorter locks are ignored."),
        minimum=1, maximum=120,
        label=QT_TRANSLATE_NOOP("Settings", "Locks shorter than this are ignored (minutes)"))
    cooldown_minutes: int = _setting(
        "int", 20, "cues",
        QT_TRANSLATE_NOOP("Settings", "At most one reminder in this many minutes ('Pause now' "
                                      "excepted)."),
        minimum=5, maximum=240,
        label=QT_TRANSLATE_NOOP("Settings", "At most one reminder per (minutes)"))
    busy_cap_minutes: int = _setting(
        "int", 60, "cues",
        QT_TRANSLATE_NOOP("Settings", "While you are busy (a call, a video, full screen, do not "
                                      "disturb) a reminder waits at most this long, then it is "
                                      "let go."),
        minimum=5, maximum=240,
        label=QT_TRANSLATE_NOOP("Settings", "While busy, wait at most (minutes)"))
    end_of_day_time: str = _setting(
        "time", "17:30", "cues",
        QT_TRANSLATE_NOOP("Settings", "When the end-of-day cue comes on working days."),
        label=QT_TRANSLATE_NOOP("Settings", "The day ends at"))
    transition_routine: str = _setting(
        "choice", "transition", "cues",
        QT_TRANSLATE_NOOP("Settings", "The routine opened after waking, unlocking, coming back, "
                                      "and at the start of the day."),
        choices=ROUTINE_CHOICES,
        label=QT_TRANSLATE_NOOP("Settings", "Transitions open"))
    end_of_day_routine: str = _setting(
        "choice", "release", "cues",
        QT_TRANSLATE_NOOP("Settings", "The routine the end-of-day cue and 'Close the day' open."),
        choices=ROUTINE_CHOICES,
        label=QT_TRANSLATE_NOOP("Settings", "The end of the day opens"))

    # -- schedule ------------------------------------------------------------------------
    hours_mon: str = _hours("mon", "08:00-18:00")
    hours_tue: str = _hours("tue", "08:00-18:00")
    hours_wed: str = _hours("wed", "08:00-18:00")
    hours_thu: str = _hours("thu", "08:00-18:00")
    hours_fri: str = _hours("fri", "08:00-18:00")
    hours_sat: str = _hours("sat", "")
    hours_sun: str = _hours("sun", "")

    snooze_minutes: tuple[int, ...] = _setting(
        "minutes_list", (15, 30, 60), "schedule",
        QT_TRANSLATE_NOOP("Settings", "The lengths offered under Snooze, in minutes ('Until "
                                      "tomorrow' is always there)."),
        minimum=1, maximum=1440,
        label=QT_TRANSLATE_NOOP("Settings", "Snooze lengths (minutes)"))

    # -- phrases and boundary cues: the person's own words, shown before the defaults ---
    kind_phrases: tuple[str, ...] = _setting(
        "text_list", (), "phrases",
        QT_TRANSLATE_NOOP("Settings", "Your own kind phrases, offered first in step 3."),
        label=QT_TRANSLATE_NOOP("Settings", "Kind phrases"))
    difficulty_names: tuple[str, ...] = _setting(
        "text_list", (), "phrases",
        QT_TRANSLATE_NOOP("Settings", "Your own ways of naming what is hard, offered in step 2."),
        label=QT_TRANSLATE_NOOP("Settings", "Naming what is hard"))
    boundary_cues: tuple[str, ...] = _setting(
        "text_list", (), "phrases",
        QT_TRANSLATE_NOOP("Settings", "Your own limits and questions, e.g. 'No replies after 7 "
                                      "pm', offered in step 4."),
        label=QT_TRANSLATE_NOOP("Settings", "Boundary cues"))

    # -- practice ------------------------------------------------------------------------
    breath_in_seconds: float = _setting(
        "float", 4.0, "practice",
        QT_TRANSLATE_NOOP("Settings", "Length of each in-breath in the breathing animation."),
        minimum=2, maximum=10,
        label=QT_TRANSLATE_NOOP("Settings", "Breathe in (seconds)"))
    breath_out_seconds: float = _setting(
        "float", 6.0, "practice",
        QT_TRANSLATE_NOOP("Settings", "Length of each out-breath in the breathing animation."),
        minimum=2, maximum=10,
        label=QT_TRANSLATE_NOOP("Settings", "Breathe out (seconds)"))
    breath_cycles: int = _setting(
        "int", 3, "practice",
        QT_TRANSLATE_NOOP("Settings", "Slow breaths in the breathing step."),
        minimum=1, maximum=10,
        label=QT_TRANSLATE_NOOP("Settings", "Slow breaths"))
    reduce_motion: bool = _setting(
        "bool", False, "practice",
        QT_TRANSLATE_NOOP("Settings", "Replace the growing shape with a calm text count."),
        label=QT_TRANSLATE_NOOP("Settings", "Reduce motion"))
    journaling: bool = _setting(
        "bool", False, "practice",
        QT_TRANSLATE_NOOP("Settings", "Keep what you type during a pause on this computer (off: "
                                      "nothing typed is kept)."),
        label=QT_TRANSLATE_NOOP("Settings", "Keep a journal"))

    # -- support -------------------------------------------------------------------------
    contacts: tuple[Contact, ...] = _setting(
        "contacts", (), "support",
        QT_TRANSLATE_NOOP("Settings", "People to turn to, shown on the Getting help page: a name "
                                      "and a phone number or an http(s), mailto or tel link."),
        label=QT_TRANSLATE_NOOP("Settings", "Your contacts"))

    # -- general -------------------------------------------------------------------------
    theme: str = _setting(
        "choice", "system", "general",
        QT_TRANSLATE_NOOP("Settings", "Colours: follow the desktop, or always light or dark."),
        choices=("system", "light", "dark"),
        label=QT_TRANSLATE_NOOP("Settings", "Colours"))
    prompt_style: str = _setting(
        "choice", "prompt", "general",
        QT_TRANSLATE_NOOP("Settings", "When a cue comes: show the gentle reminder first, or open "
                                      "the routine directly."),
        choices=("prompt", "direct"),
        label=QT_TRANSLATE_NOOP("Settings", "When a cue comes"))
    reminder_style: str = _setting(
        "choice", "auto", "general",
        QT_TRANSLATE_NOOP("Settings", "How the gentle reminder appears: a small window near the "
                                      "tray, or a desktop notification with the same buttons. "
                                      "Automatic uses a notification on Wayland desktops (where a "
                                      "window could take the keyboard) and the window elsewhere."),
        choices=("auto", "window", "notification"),
        label=QT_TRANSLATE_NOOP("Settings", "Reminder as"))
    language: str = _setting(
        "choice", "system", "general",
        QT_TRANSLATE_NOOP("Settings", "The language of the app: the desktop's, or one chosen "
                                      "here. Applies to windows opened after the change."),
        choices=LANGUAGE_CHOICES,
        label=QT_TRANSLATE_NOOP("Settings", "Language"))
    # Windows only (platform/hotkey.py). Not Win+...: Windows keeps those for itself; not
    # Ctrl+Alt+letter alone: Ctrl+Alt is AltGr on many keyboard layouts, and a global hotkey
    # would swallow the character typed with it. With Shift as well, programs rarely use it.
    pause_shortcut: str = _setting(
        "key_combination", "Ctrl+Alt+Shift+P", "general",
        QT_TRANSLATE_NOOP("Settings", "On Windows, the keys that open a pause from any program "
                                      "(empty: none). On Linux and macOS, bind 'steadypause "
                                      "pause' in the desktop's keyboard settings instead."),
        label=QT_TRANSLATE_NOOP("Settings", "Pause shortcut"))


FIELDS: tuple[Field, ...] = tuple(
    Field(f.name, default=f.default, **f.metadata) for f in dataclasses.fields(Settings)
)
FIELDS_BY_NAME: Mapping[str, Field] = {f.name: f for f in FIELDS}


def defaults() -> Settings:
    return Settings()


@dataclass
class LoadResult:
    settings: Settings
    messages: list[str] = dataclasses.field(default_factory=list)
    # False when the user's file must not be written (it came from a newer version, or
    # could not be read).
    writable: bool = True
    # What a value falls back to when the user's file does not set it: the built-in
    # defaults, overlaid with the system-wide file if there is one.
    base: Settings = dataclasses.field(default_factory=Settings)
    # Where each value came from: "user", "site" (system-wide file) or "default".
    sources: dict[str, str] = dataclasses.field(default_factory=dict)


class SettingsStore:
    """Reads and writes the user's ``settings.toml``, over optional system-wide defaults.

    ``site_directory`` (e.g. /etc/xdg/steadypause) may hold a ``settings.toml`` that an
    administrator uses to set defaults for everyone; the user's file overrides it key by
    key. The site file is only ever read.
    """

    def __init__(self, directory: Path, site_directory: Path | None = None,
                 now: Callable[[], datetime] = datetime.now) -> None:
        self.directory = directory
        self.path = directory / FILE_NAME
        self.site_path = site_directory / FILE_NAME if site_directory is not None else None
        self._now = now
        self.base = Settings()

    def load(self) -> LoadResult:
        site_values, messages = self._load_site()
        self.base = Settings(**site_values)
        sources = dict.fromkeys(FIELDS_BY_NAME, "default") | dict.fromkeys(site_values, "site")

        def result(values: dict[str, Any], more: list[str], writable: bool = True) -> LoadResult:
            return LoadResult(dataclasses.replace(self.base, **values), messages + more,
                              writable, self.base, sources | dict.fromkeys(values, "user"))

        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            loaded = result({}, [])
            self._write_first_file(loaded)
            return loaded
        except OSError as exc:
            log.warning("cannot read %s: %s", self.path, exc)
            return result({}, [translate("Settings", "Could not read {path} ({reason}). Using "
                                                     "default settings for now.").format(
                path=self.path, reason=exc.strerror)], writable=False)
        try:
            text = raw.decode("utf-8")
            data = tomllib.loads(text)
        except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError) as exc:
            # tomllib parses arrays and inline tables recursively: a few thousand nested
            # brackets raise RecursionError, not TOMLDecodeError.
            kept = self._set_aside()
            log.warning("settings file %s is not valid TOML: %s; kept as %s", self.path, exc, kept)
            return result({}, [translate(
                "Settings", "Your settings file could not be read ({reason}). It was kept as "
                            "{path} and Steady Pause is using default settings.").format(
                reason=_short(exc), path=_tilde(kept))])
        values, problems, newer = parse(data, text, self.path.name)
        if newer:
            return result({}, problems, writable=False)
        return result(values, problems)

    def _load_site(self) -> tuple[dict[str, Any], list[str]]:
        if self.site_path is None:
            return {}, []
        try:
            text = self.site_path.read_text(encoding="utf-8")
            data = tomllib.loads(text)
        except FileNotFoundError:
            return {}, []
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            message = translate(
                "Settings", "The system-wide settings in {path} could not be read ({reason}); "
                            "they are ignored. Your own settings still apply.").format(
                path=self.site_path, reason=_short(exc))
            log.warning("%s", message)
            return {}, [message]
        values, problems, newer = parse(data, text, str(self.site_path))
        return ({} if newer else values), problems

    def language_hint(self) -> str:
        """The ``language`` setting, read without side effects and without messages.

        For choosing the translations *before* :meth:`load`, so that the messages
        ``load`` writes (a bad value, a file set aside) are in the person's language.
        Anything unreadable or invalid gives the default; a file written by a newer
        version is passed over, as :meth:`load` leaves it alone.
        """
        field = FIELDS_BY_NAME["language"]
        for path in (self.path, self.site_path):
            if path is None:
                continue
            try:
                data = tomllib.loads(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
                continue
            version = data.get("schema_version", SCHEMA_VERSION)
            if isinstance(version, int) and version > SCHEMA_VERSION:
                continue
            value = data.get("language")
            if value is not None and field.check(value) is None:
                return str(value)
        return str(field.default)

    def save(self, settings: Settings) -> None:
        """Write the settings atomically, readable only by the user.

        Values equal to the base (defaults or system-wide settings) are written commented
        out, so a later change of the system-wide defaults still reaches this user.
        """
        write_private_atomic(self.path, render(settings, self.base, self._unknown_keys()))

    def _unknown_keys(self) -> dict[str, Any]:
        """Keys in the current file that this version does not know, to carry forward."""
        try:
            data = tomllib.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            return {}
        version = data.get("schema_version", SCHEMA_VERSION)
        if isinstance(version, int) and not isinstance(version, bool) \
                and 1 <= version < SCHEMA_VERSION:
            # Keys a migration renamed or dropped are not unknown: they were carried over.
            data = migrate(data, version)
        return {k: v for k, v in data.items()
                if k != "schema_version" and k not in FIELDS_BY_NAME}

    def _write_first_file(self, result: LoadResult) -> None:
        try:
            self.save(result.settings)
        except OSError as exc:
            log.warning("could not write %s: %s", self.path, exc)
            result.messages.append(translate(
                "Settings", "Could not create {path} ({reason}); settings will not be "
                            "remembered.").format(path=self.path, reason=exc.strerror))

    def _set_aside(self) -> Path:
        stamp = self._now().strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{FILE_NAME}.bad-{stamp}")
        n = 1
        while target.exists():
            n += 1
            target = self.path.with_name(f"{FILE_NAME}.bad-{stamp}-{n}")
        self.path.replace(target)
        return target


def user_store() -> SettingsStore:
    """The store the app and ``steadypause config`` use: the user's config directory over
    the system-wide one (both from platformdirs, so the XDG variables apply)."""
    import platformdirs

    return SettingsStore(Path(platformdirs.user_config_dir("steadypause")),
                         site_directory=Path(platformdirs.site_config_dir("steadypause")))


def parse(data: dict[str, Any], text: str, name: str) -> tuple[dict[str, Any], list[str], bool]:
    """Validate a parsed settings file key by key.

    Returns (the valid values, messages naming key and line for the rest, True if the file
    comes from a newer schema and must be left alone).
    """
    messages: list[str] = []
    version = data.get("schema_version", SCHEMA_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        messages.append(translate(
            "Settings", "{file} line {line}: schema_version must be a whole number; assuming "
                        "{version}.").format(file=name, line=_line_of(text, "schema_version"),
                                             version=SCHEMA_VERSION))
        version = SCHEMA_VERSION
    if version > SCHEMA_VERSION:
        return {}, [translate(
            "Settings", "{file} was written by a newer version of Steady Pause (schema "
                        "{version}; this version knows {known}). It was left unchanged and "
                        "this session uses default settings.").format(
            file=name, version=version, known=SCHEMA_VERSION)], True
    data = migrate(dict(data), version)
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key == "schema_version":
            continue
        field = FIELDS_BY_NAME.get(key)
        if field is None:
            messages.append(translate(
                "Settings", "{file} line {line}: unknown setting '{key}' was ignored (kept in "
                            "the file).").format(file=name, line=_line_of(text, key), key=key))
            continue
        coerced, problem = field.coerce(value)
        if problem and coerced is not None:
            messages.append(translate("Settings", "{file} line {line}: '{key}': {problem}."
                                      ).format(file=name, line=_line_of(text, key), key=key,
                                               problem=problem))
        elif problem:
            messages.append(translate(
                "Settings", "{file} line {line}: '{key}': {problem}; using the default "
                            "{default}.").format(file=name, line=_line_of(text, key), key=key,
                                                 problem=problem,
                                                 default=_toml_value(field.default)))
        if coerced is not None:
            values[key] = coerced
    for m in messages:
        log.warning("%s", m)
    return values, messages, False


# Ordered migrations: MIGRATIONS[v] turns a version-v mapping into version v+1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def migrate(data: dict[str, Any], version: int) -> dict[str, Any]:
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    data["schema_version"] = SCHEMA_VERSION
    return data


def render(settings: Settings, base: Settings | None = None,
           unknown: Mapping[str, Any] | None = None) -> str:
    """The settings file's text. Values equal to ``base`` are written commented out;
    ``unknown`` keys (from a newer version, or typed by hand) are carried over as they were.
    """
    base = base if base is not None else Settings()
    # The file stays in English whatever the app speaks, like its keys and docs/settings.md.
    lines = [  # i18n-exempt: the settings file's text (English)
        "# Steady Pause settings. Edit while the app is closed, or use the app.",
        "# A value that is not valid falls back to its default; the app tells you which.",
        "# Lines starting with # show the value in use when you set nothing.",
        "",
        f"schema_version = {SCHEMA_VERSION}", ""]
    tables: list[str] = []
    for field in FIELDS:
        value = getattr(settings, field.name)
        own = value != getattr(base, field.name)
        if field.kind == "contacts":
            tables.append(f"# {field.description}")
            shown = value or (  # i18n-exempt: an example in the settings file
                Contact("My therapist", "+1 555 0100"),)
            mark = "" if own else "# "
            tables.extend(  # i18n-exempt: TOML
                f"{mark}[[{field.name}]]\n{mark}name = {_toml_value(c.name)}\n"
                f"{mark}link = {_toml_value(c.link)}\n" for c in shown)
            continue
        hint = field.description
        if field.minimum is not None or field.maximum is not None:
            hint += f" ({_num(field.minimum or 0)}–{_num(field.maximum or 0)})"
        if field.choices:
            hint += f" (one of: {', '.join(field.choices)})"  # i18n-exempt: settings file
        lines.append(f"# {hint}")
        assignment = f"{field.name} = {_toml_value(value)}"
        if not own:
            assignment = "\n".join("# " + line for line in assignment.split("\n"))
        lines.append(assignment)
        lines.append("")
    if unknown:
        lines.append(  # i18n-exempt: the settings file's text (English)
            "# Kept from your file as written; this version does not use them.")
        lines.extend(f"{_toml_key(k)} = {_toml_value(v, inline=True)}" for k, v in unknown.items())
        lines.append("")
    return "\n".join(lines + tables)


def format_value(value: Any) -> str:
    """One value as it would be written in the settings file, on one line."""
    if isinstance(value, tuple) and value and isinstance(value[0], Contact):
        value = [{"name": c.name, "link": c.link} for c in value]
    return _toml_value(value, inline=True)


def _toml_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else _toml_value(key)


def _toml_value(value: Any, inline: bool = False) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and not math.isfinite(value):
        return "nan" if value != value else ("inf" if value > 0 else "-inf")
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        # A JSON string is a TOML basic string, except that TOML also forbids a raw DEL.
        return json.dumps(value, ensure_ascii=False).replace("\x7f", "\\u007f")
    if isinstance(value, datetime | date | dtime):
        return value.isoformat()
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{_toml_key(str(k))} = {_toml_value(v, True)}"
                                for k, v in value.items()) + " }" if value else "{}"
    if isinstance(value, tuple | list):
        if not value:
            return "[]"
        if inline:
            return "[" + ", ".join(_toml_value(v, True) for v in value) + "]"
        return "[\n" + "".join(f"    {_toml_value(v)},\n" for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")  # i18n-exempt: programmer error


def _line_of(text: str, key: str) -> int | str:
    name = re.escape(key)
    # key = value, "key" = value, or a [key] / [[key]] table header
    pattern = re.compile(rf"^[ \t]*(\"?{name}\"?[ \t]*=|\[\[?[ \t]*{name}[ \t]*\])", re.M)
    match = pattern.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else "?"


def _tilde(path: Path) -> str:
    """The path as a person would type it: ~/... inside the home directory."""
    try:
        return "~/" + str(path.relative_to(Path.home()))
    except ValueError:
        return str(path)


def _short(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return translate("Settings", "it is not UTF-8 text")
    if isinstance(exc, RecursionError):
        return translate("Settings", "it is nested too deeply")
    return str(exc)
