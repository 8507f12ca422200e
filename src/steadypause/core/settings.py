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
import os
import re
import tempfile
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from datetime import time as dtime
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
FILE_NAME = "settings.toml"

# Routines that a cue may open. The routine files themselves are validated by core.routine.
ROUTINE_CHOICES = ("full", "transition", "release", "heart", "boundary")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
GROUPS = ("cues", "schedule", "phrases", "practice", "support", "general")
GROUP_TITLES = {"cues": "Cues", "schedule": "Schedule", "phrases": "Boundary cues & phrases",
                "practice": "Practice", "support": "Support contacts", "general": "General"}

# How a form shows each choice; a value missing here is shown capitalised.
CHOICE_TEXTS = {
    "full": "The full pause (2–5 minutes)",
    "transition": "A transition pause (45 seconds)",
    "system": "Follow the desktop",
    "light": "Light",
    "dark": "Dark",
    "prompt": "Show the gentle reminder first",
    "direct": "Open the routine directly",
    "en": "English",
    "es": "Español",
}

# The languages the app has a translation for (steadypause/translations.py loads them),
# each named in itself in CHOICE_TEXTS.
LANGUAGE_CHOICES = ("system", "en", "es")

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
        return "a phone number or link is needed"
    if _PHONE.fullmatch(link):
        return None
    if not link.lower().startswith(_LINK_SCHEMES):
        return "use a phone number, or a link starting with https://, http://, mailto: or tel:"
    if len(link) > 500 or any(c.isspace() for c in link):
        return "a link cannot contain spaces or be longer than 500 characters"
    return None


def check_contact(name: str, link: str) -> str | None:
    """Why ``name`` and ``link`` cannot be a contact, or None if they can."""
    if not 1 <= len(name.strip()) <= CONTACT_NAME_MAX:
        return f"the name must be 1 to {CONTACT_NAME_MAX} characters"
    return check_contact_link(link)


def check_text_item(text: str, existing: tuple[str, ...] = ()) -> str | None:
    """Why ``text`` cannot be an entry of a phrase or boundary-cue list, or None."""
    stripped = text.strip()
    if not stripped:
        return "an entry cannot be empty"
    if len(stripped) > TEXT_ITEM_MAX:
        return f"an entry can be at most {TEXT_ITEM_MAX} characters ({len(stripped)} given)"
    if "\n" in stripped:
        return "an entry is one line"
    if stripped.casefold() in (e.casefold() for e in existing):
        return f"'{stripped}' is already in the list"
    return None


def check_hours(text: str) -> str | None:
    """Working hours for one weekday: 'HH:MM-HH:MM', or '' for a day off."""
    if text == "":
        return None
    parts = text.split("-")
    if len(parts) != 2 or not all(_TIME.fullmatch(p.strip()) for p in parts):
        return f"{text!r} is not like '08:00-18:00' (or empty for a day off)"
    start, end = (p.strip() for p in parts)
    if start >= end:
        return f"{text!r} ends before it starts"
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
        """How a form shows one of ``choices``."""
        return CHOICE_TEXTS.get(value, value.replace("_", " ").capitalize())

    @property
    def title(self) -> str:
        """The short label a form shows; derived from the name when none is declared."""
        return self.label or self.name.replace("_", " ").capitalize()

    def check(self, value: Any) -> str | None:
        """Return why ``value`` is not acceptable, or None if it is."""
        return self.coerce(value)[1]

    def coerce(self, value: Any) -> tuple[Any, str | None]:
        """(the value as Settings holds it, or None; why it is not fully acceptable)."""
        kind = self.kind
        if kind == "key_combination":   # shortcut.py checks it, with the hotkey's words
            from steadypause.shortcut import check_combination

            return check_combination(value)
        if kind in ("int", "float"):
            ok = isinstance(value, int) if kind == "int" else isinstance(value, int | float)
            if not ok or isinstance(value, bool):
                return None, f"expected {_KIND_WORDS[kind]}, found {_describe(value)}"
            if isinstance(value, float) and not math.isfinite(value):
                # TOML has nan and inf; nan slips past every < and > comparison below.
                return None, f"expected a finite number, found {value!r}"
            if self.minimum is not None and value < self.minimum:
                return None, f"{value!r} is below the minimum {_num(self.minimum)}"
            if self.maximum is not None and value > self.maximum:
                return None, f"{value!r} is above the maximum {_num(self.maximum)}"
            return (float(value) if kind == "float" else value), None
        if kind == "bool":
            if not isinstance(value, bool):
                return None, f"expected true or false, found {_describe(value)}"
            return value, None
        if kind in ("choice", "time", "hours"):
            if not isinstance(value, str):
                return None, f"expected text in quotes, found {_describe(value)}"
            if kind == "choice" and value not in (self.choices or ()):
                return None, (f"{value!r} is not one of "
                              f"{', '.join(repr(c) for c in self.choices or ())}")
            if kind == "time" and not _TIME.fullmatch(value):
                return None, f"{value!r} is not a time like '17:30'"
            if kind == "hours" and (problem := check_hours(value)):
                return None, problem
            return value, None
        if kind == "text_list":
            return _coerce_text_list(value)
        if kind == "minutes_list":
            return _coerce_minutes_list(value, self)
        if kind == "contacts":
            return _coerce_contacts(value)
        raise AssertionError(f"unknown kind {kind}")


def _coerce_text_list(value: Any) -> tuple[Any, str | None]:
    if not isinstance(value, list | tuple):
        return None, f"expected a list of texts, found {_describe(value)}"
    kept: list[str] = []
    problems = []
    for item in value:
        if not isinstance(item, str):
            problems.append(f"{_describe(item)} is not text")
        elif problem := check_text_item(item, tuple(kept)):
            problems.append(problem)
        elif len(kept) >= TEXT_LIST_MAX:
            problems.append(f"only the first {TEXT_LIST_MAX} entries are used")
            break
        else:
            kept.append(item.strip())
    return tuple(kept), ("; ".join(problems) + "; the other entries are kept") if problems \
        else None


MINUTES_LIST_MAX = 6


def _coerce_minutes_list(value: Any, field: Field) -> tuple[Any, str | None]:
    """1 to 6 different whole numbers of minutes within the field's bounds, kept in order."""
    if not isinstance(value, list | tuple):
        return None, f"expected a list of minutes such as [15, 30, 60], found {_describe(value)}"
    low, high = int(field.minimum or 1), int(field.maximum or 1440)
    if not value:
        return None, "at least one length is needed"
    if len(value) > MINUTES_LIST_MAX:
        return None, f"at most {MINUTES_LIST_MAX} lengths"
    for item in value:
        if not isinstance(item, int) or isinstance(item, bool):
            return None, f"{_describe(item)} is not a whole number of minutes"
        if not low <= item <= high:
            return None, f"{item} is not between {low} and {high} minutes"
    if len(set(value)) != len(value):
        return None, "each length can appear only once"
    return tuple(sorted(value)), None


def _coerce_contacts(value: Any) -> tuple[Any, str | None]:
    if not isinstance(value, list | tuple):
        return None, f"expected [[contacts]] tables, found {_describe(value)}"
    kept: list[Contact] = []
    problems = []
    for n, item in enumerate(value, 1):
        if isinstance(item, Contact):
            item = {"name": item.name, "link": item.link}
        if not isinstance(item, dict) or set(item) != {"name", "link"}:
            problems.append(f"contact {n} needs exactly a name and a link")
            continue
        name, link = item["name"], item["link"]
        if not isinstance(name, str) or not isinstance(link, str):
            problems.append(f"contact {n}: the name and the link must be text")
        elif problem := check_contact(name, link):
            problems.append(f"contact {n}: {problem}")
        elif len(kept) >= TEXT_LIST_MAX:
            problems.append(f"only the first {TEXT_LIST_MAX} contacts are used")
            break
        else:
            kept.append(Contact(name.strip(), link.strip()))
    return tuple(kept), ("; ".join(problems) + "; the other contacts are kept") if problems \
        else None


_KIND_WORDS = {"int": "a whole number", "float": "a number"}


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, str):
        return f"the text {value!r}"
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list):
        return "a list"
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


def _hours(day: str, default: str) -> Any:
    return _setting("hours", default, "schedule",
                    f"Working hours on {_DAY_NAMES[day]}, like '08:00-18:00'; empty for a day off.",
                    label=_DAY_NAMES[day])


_DAY_NAMES = dict(zip(WEEKDAYS, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                 "Saturday", "Sunday"), strict=True))


@dataclass(frozen=True)
class Settings:
    """All user settings. Each entry here is the single declaration of one setting."""

    # -- cues ----------------------------------------------------------------------------
    work_minutes: int = _setting(
        "int", 60, "cues", "Minutes of work between work-timer reminders.",
        minimum=5, maximum=240, label="Work timer (minutes)")
    later_minutes: int = _setting(
        "int", 10, "cues", "How long 'In 10 minutes' on the reminder waits.",
        minimum=1, maximum=60, label="'Later' waits (minutes)")
    prompt_timeout_seconds: int = _setting(
        "int", 120, "cues",
        "How long an unanswered reminder stays on screen before it quietly closes.",
        minimum=15, maximum=600, label="Reminder stays (seconds)")
    timer_routine: str = _setting(
        "choice", "full", "cues", "The routine the work timer opens.", choices=ROUTINE_CHOICES,
        label="Work timer opens")
    manual_routine: str = _setting(
        "choice", "full", "cues", "The routine 'Pause now' opens.", choices=ROUTINE_CHOICES,
        label="'Pause now' opens")
    day_start_hour: int = _setting(
        "int", 6, "cues",
        "Hour from which the day starts: 'Snooze until tomorrow' ends, the start-of-day cue "
        "may come.", minimum=0, maximum=12, label="The day starts at (hour)")
    cue_work_timer: bool = _setting(
        "bool", True, "cues", "Remind you after the set minutes of active work.",
        label="Work timer")
    cue_resume: bool = _setting(
        "bool", True, "cues",
        "Offer a pause when the computer wakes after sleeping at least a break's length.",
        label="After waking from sleep")
    cue_unlock: bool = _setting(
        "bool", True, "cues",
        "Offer a pause when the screen unlocks after a lock longer than a short one.",
        label="After unlocking the screen")
    cue_back_from_away: bool = _setting(
        "bool", True, "cues",
        "Offer a pause when you are back after at least a break's length away.",
        label="When you come back")
    cue_start_of_day: bool = _setting(
        "bool", True, "cues", "Offer a pause at your first activity on a working day.",
        label="At the start of the day")
    cue_end_of_day: bool = _setting(
        "bool", True, "cues", "Offer a pause when the working day ends.",
        label="At the end of the day")
    away_minutes: int = _setting(
        "int", 5, "cues",
        "Minutes away (no input, or asleep) that count as a break: the work count starts again.",
        minimum=1, maximum=120, label="A break is at least (minutes)")
    lock_minutes: int = _setting(
        "int", 5, "cues", "Minutes locked after which unlocking offers a pause; shorter locks "
        "are ignored.", minimum=1, maximum=120,
        label="Locks shorter than this are ignored (minutes)")
    cooldown_minutes: int = _setting(
        "int", 20, "cues", "At most one reminder in this many minutes ('Pause now' excepted).",
        minimum=5, maximum=240, label="At most one reminder per (minutes)")
    busy_cap_minutes: int = _setting(
        "int", 60, "cues", "While you are busy (a call, a video, full screen, do not disturb) "
        "a reminder waits at most this long, then it is let go.", minimum=5, maximum=240,
        label="While busy, wait at most (minutes)")
    end_of_day_time: str = _setting(
        "time", "17:30", "cues", "When the end-of-day cue comes on working days.",
        label="The day ends at")
    transition_routine: str = _setting(
        "choice", "transition", "cues",
        "The routine opened after waking, unlocking, coming back, and at the start of the day.",
        choices=ROUTINE_CHOICES, label="Transitions open")
    end_of_day_routine: str = _setting(
        "choice", "release", "cues",
        "The routine the end-of-day cue and 'Close the day' open.", choices=ROUTINE_CHOICES,
        label="The end of the day opens")

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
        "The lengths offered under Snooze, in minutes ('Until tomorrow' is always there).",
        minimum=1, maximum=1440, label="Snooze lengths (minutes)")

    # -- phrases and boundary cues: the person's own words, shown before the defaults ---
    kind_phrases: tuple[str, ...] = _setting(
        "text_list", (), "phrases", "Your own kind phrases, offered first in step 3.",
        label="Kind phrases")
    difficulty_names: tuple[str, ...] = _setting(
        "text_list", (), "phrases", "Your own ways of naming what is hard, offered in step 2.",
        label="Naming what is hard")
    boundary_cues: tuple[str, ...] = _setting(
        "text_list", (), "phrases",
        "Your own limits and questions, e.g. 'No replies after 7 pm', offered in step 4.",
        label="Boundary cues")

    # -- practice ------------------------------------------------------------------------
    breath_in_seconds: float = _setting(
        "float", 4.0, "practice", "Length of each in-breath in the breathing animation.",
        minimum=2, maximum=10, label="Breathe in (seconds)")
    breath_out_seconds: float = _setting(
        "float", 6.0, "practice", "Length of each out-breath in the breathing animation.",
        minimum=2, maximum=10, label="Breathe out (seconds)")
    breath_cycles: int = _setting(
        "int", 3, "practice", "Slow breaths in the breathing step.", minimum=1, maximum=10,
        label="Slow breaths")
    reduce_motion: bool = _setting(
        "bool", False, "practice", "Replace the growing shape with a calm text count.",
        label="Reduce motion")
    journaling: bool = _setting(
        "bool", False, "practice",
        "Keep what you type during a pause on this computer (off: nothing typed is kept).",
        label="Keep a journal")

    # -- support -------------------------------------------------------------------------
    contacts: tuple[Contact, ...] = _setting(
        "contacts", (), "support",
        "People to turn to, shown on the Getting help page: a name and a phone number or "
        "an http(s), mailto or tel link.", label="Your contacts")

    # -- general -------------------------------------------------------------------------
    theme: str = _setting(
        "choice", "system", "general", "Colours: follow the desktop, or always light or dark.",
        choices=("system", "light", "dark"), label="Colours")
    prompt_style: str = _setting(
        "choice", "prompt", "general",
        "When a cue comes: show the gentle reminder first, or open the routine directly.",
        choices=("prompt", "direct"), label="When a cue comes")
    language: str = _setting(
        "choice", "system", "general",
        "The language of the app: the desktop's, or one chosen here. Applies to windows "
        "opened after the change.",
        choices=LANGUAGE_CHOICES, label="Language")
    # Windows only (platform/hotkey.py). Not Win+...: Windows keeps those for itself; not
    # Ctrl+Alt+letter alone: Ctrl+Alt is AltGr on many keyboard layouts, and a global hotkey
    # would swallow the character typed with it. With Shift as well, programs rarely use it.
    pause_shortcut: str = _setting(
        "key_combination", "Ctrl+Alt+Shift+P", "general",
        "On Windows, the keys that open a pause from any program (empty: none). On Linux "
        "and macOS, bind 'steadypause pause' in the desktop's keyboard settings instead.",
        label="Pause shortcut")


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
            return result({}, [f"Could not read {self.path} ({exc.strerror}). "
                               "Using default settings for now."], writable=False)
        try:
            text = raw.decode("utf-8")
            data = tomllib.loads(text)
        except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError) as exc:
            # tomllib parses arrays and inline tables recursively: a few thousand nested
            # brackets raise RecursionError, not TOMLDecodeError.
            kept = self._set_aside()
            log.warning("settings file %s is not valid TOML: %s; kept as %s", self.path, exc, kept)
            return result({}, [
                f"Your settings file could not be read ({_short(exc)}). It was kept as "
                f"{_tilde(kept)} and Steady Pause is using default settings."])
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
            message = (f"The system-wide settings in {self.site_path} could not be read "
                       f"({_short(exc)}); they are ignored. Your own settings still apply.")
            log.warning("%s", message)
            return {}, [message]
        values, problems, newer = parse(data, text, str(self.site_path))
        return ({} if newer else values), problems

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
            result.messages.append(f"Could not create {self.path} ({exc.strerror}); "
                                   "settings will not be remembered.")

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
        messages.append(f"{name} line {_line_of(text, 'schema_version')}: "
                        f"schema_version must be a whole number; assuming {SCHEMA_VERSION}.")
        version = SCHEMA_VERSION
    if version > SCHEMA_VERSION:
        return {}, [f"{name} was written by a newer version of Steady Pause (schema "
                    f"{version}; this version knows {SCHEMA_VERSION}). It was left unchanged "
                    "and this session uses default settings."], True
    data = migrate(dict(data), version)
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key == "schema_version":
            continue
        field = FIELDS_BY_NAME.get(key)
        if field is None:
            messages.append(f"{name} line {_line_of(text, key)}: "
                            f"unknown setting '{key}' was ignored (kept in the file).")
            continue
        coerced, problem = field.coerce(value)
        if problem:
            fallback = ("" if coerced is not None
                        else f"; using the default {_toml_value(field.default)}")
            messages.append(f"{name} line {_line_of(text, key)}: '{key}': {problem}{fallback}.")
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
    lines = ["# Steady Pause settings. Edit while the app is closed, or use the app.",
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
            shown = value or (Contact("My therapist", "+1 555 0100"),)
            mark = "" if own else "# "
            tables.extend(f"{mark}[[{field.name}]]\n{mark}name = {_toml_value(c.name)}\n"
                          f"{mark}link = {_toml_value(c.link)}\n" for c in shown)
            continue
        hint = field.description
        if field.minimum is not None or field.maximum is not None:
            hint += f" ({_num(field.minimum or 0)}–{_num(field.maximum or 0)})"
        if field.choices:
            hint += f" (one of: {', '.join(field.choices)})"
        lines.append(f"# {hint}")
        assignment = f"{field.name} = {_toml_value(value)}"
        if not own:
            assignment = "\n".join("# " + line for line in assignment.split("\n"))
        lines.append(assignment)
        lines.append("")
    if unknown:
        lines.append("# Kept from your file as written; this version does not use them.")
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
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


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
        return "it is not UTF-8 text"
    if isinstance(exc, RecursionError):
        return "it is nested too deeply"
    return str(exc)


def write_private_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file and ``os.replace``; mode 0600."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        Path(tmp).chmod(0o600)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
