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
import os
import re
import tempfile
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

SCHEMA_VERSION = 1
FILE_NAME = "settings.toml"

# Routines that a cue may open. The routine files themselves are validated by core.routine.
ROUTINE_CHOICES = ("full", "transition", "release", "heart", "boundary")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
GROUPS = ("cues", "schedule", "phrases", "practice", "support", "general")

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
    or ''), text_list (tuple of one-line texts), contacts (tuple of :class:`Contact`).
    """

    name: str
    kind: str
    default: Any
    description: str
    group: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] | None = None

    def check(self, value: Any) -> str | None:
        """Return why ``value`` is not acceptable, or None if it is."""
        return self.coerce(value)[1]

    def coerce(self, value: Any) -> tuple[Any, str | None]:
        """(the value as Settings holds it, or None; why it is not fully acceptable)."""
        kind = self.kind
        if kind in ("int", "float"):
            ok = isinstance(value, int) if kind == "int" else isinstance(value, int | float)
            if not ok or isinstance(value, bool) or value != value:  # NaN
                return None, f"expected {_KIND_WORDS[kind]}, found {_describe(value)}"
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
        if not isinstance(name, str) or not 1 <= len(name.strip()) <= CONTACT_NAME_MAX:
            problems.append(f"contact {n}: the name must be 1 to {CONTACT_NAME_MAX} characters")
        elif not isinstance(link, str) or (problem := check_contact_link(link)):
            problems.append(f"contact {n}: {problem if isinstance(link, str) else 'no link'}")
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
             choices: tuple[str, ...] | None = None) -> Any:
    assert group in GROUPS, group
    return dataclasses.field(default=default, metadata={
        "kind": kind, "group": group, "description": description, "minimum": minimum,
        "maximum": maximum, "choices": choices})


def _hours(day: str, default: str) -> Any:
    return _setting("hours", default, "schedule",
                    f"Working hours on {_DAY_NAMES[day]}, like '08:00-18:00'; empty for a day off.")


_DAY_NAMES = dict(zip(WEEKDAYS, ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                 "Saturday", "Sunday"), strict=True))


@dataclass(frozen=True)
class Settings:
    """All user settings. Each entry here is the single declaration of one setting."""

    # -- cues ----------------------------------------------------------------------------
    work_minutes: int = _setting(
        "int", 60, "cues", "Minutes of work between work-timer reminders.",
        minimum=5, maximum=240)
    later_minutes: int = _setting(
        "int", 10, "cues", "How long 'In 10 minutes' on the reminder waits.",
        minimum=1, maximum=60)
    prompt_timeout_seconds: int = _setting(
        "int", 120, "cues",
        "How long an unanswered reminder stays on screen before it quietly closes.",
        minimum=15, maximum=600)
    timer_routine: str = _setting(
        "choice", "full", "cues", "The routine the work timer opens.", choices=ROUTINE_CHOICES)
    manual_routine: str = _setting(
        "choice", "full", "cues", "The routine 'Pause now' opens.", choices=ROUTINE_CHOICES)
    day_start_hour: int = _setting(
        "int", 6, "cues", "Hour at which 'Snooze until tomorrow' ends.", minimum=0, maximum=12)

    # -- schedule ------------------------------------------------------------------------
    hours_mon: str = _hours("mon", "08:00-18:00")
    hours_tue: str = _hours("tue", "08:00-18:00")
    hours_wed: str = _hours("wed", "08:00-18:00")
    hours_thu: str = _hours("thu", "08:00-18:00")
    hours_fri: str = _hours("fri", "08:00-18:00")
    hours_sat: str = _hours("sat", "")
    hours_sun: str = _hours("sun", "")

    # -- phrases and boundary cues: the person's own words, shown before the defaults ---
    kind_phrases: tuple[str, ...] = _setting(
        "text_list", (), "phrases", "Your own kind phrases, offered first in step 3.")
    difficulty_names: tuple[str, ...] = _setting(
        "text_list", (), "phrases", "Your own ways of naming what is hard, offered in step 2.")
    boundary_cues: tuple[str, ...] = _setting(
        "text_list", (), "phrases",
        "Your own limits and questions, e.g. 'No replies after 7 pm', offered in step 4.")

    # -- practice ------------------------------------------------------------------------
    breath_in_seconds: float = _setting(
        "float", 4.0, "practice", "Length of each in-breath in the breathing animation.",
        minimum=2, maximum=10)
    breath_out_seconds: float = _setting(
        "float", 6.0, "practice", "Length of each out-breath in the breathing animation.",
        minimum=2, maximum=10)
    breath_cycles: int = _setting(
        "int", 3, "practice", "Slow breaths in the breathing step.", minimum=1, maximum=10)
    reduce_motion: bool = _setting(
        "bool", False, "practice", "Replace the growing shape with a calm text count.")
    journaling: bool = _setting(
        "bool", False, "practice",
        "Keep what you type during a pause on this computer (off: nothing typed is kept).")

    # -- support -------------------------------------------------------------------------
    contacts: tuple[Contact, ...] = _setting(
        "contacts", (), "support",
        "People to turn to, shown on the Getting help page: a name and a phone number or "
        "an http(s), mailto or tel link.")

    # -- general -------------------------------------------------------------------------
    theme: str = _setting(
        "choice", "system", "general", "Colours: follow the desktop, or always light or dark.",
        choices=("system", "light", "dark"))


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
    # False when the file must not be written back (it came from a newer version).
    writable: bool = True


class SettingsStore:
    """Reads and writes ``settings.toml`` in one directory."""

    def __init__(self, directory: Path, now: Callable[[], datetime] = datetime.now) -> None:
        self.directory = directory
        self.path = directory / FILE_NAME
        self._now = now

    def load(self) -> LoadResult:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            result = LoadResult(defaults())
            self._write_first_file(result)
            return result
        except OSError as exc:
            log.warning("cannot read %s: %s", self.path, exc)
            return LoadResult(defaults(), [f"Could not read {self.path} ({exc.strerror}). "
                                           "Using default settings for now."], writable=False)
        try:
            text = raw.decode("utf-8")
            data = tomllib.loads(text)
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            kept = self._set_aside()
            log.warning("settings file %s is not valid TOML: %s; kept as %s", self.path, exc, kept)
            return LoadResult(defaults(), [
                f"Your settings file could not be read ({_short(exc)}). It was kept as "
                f"{_tilde(kept)} and Steady Pause is using default settings."])
        return self._from_mapping(data, text)

    def _from_mapping(self, data: dict[str, Any], text: str) -> LoadResult:
        messages: list[str] = []
        version = data.get("schema_version", SCHEMA_VERSION)
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            messages.append(f"{self.path.name} line {_line_of(text, 'schema_version')}: "
                            f"schema_version must be a whole number; assuming {SCHEMA_VERSION}.")
            version = SCHEMA_VERSION
        if version > SCHEMA_VERSION:
            return LoadResult(defaults(), [
                f"Your settings file was written by a newer version of Steady Pause "
                f"(schema {version}; this version knows {SCHEMA_VERSION}). It was left "
                "unchanged and this session uses default settings."], writable=False)
        data = migrate(dict(data), version)
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key == "schema_version":
                continue
            field = FIELDS_BY_NAME.get(key)
            if field is None:
                messages.append(f"{self.path.name} line {_line_of(text, key)}: "
                                f"unknown setting '{key}' was ignored (kept in the file).")
                continue
            coerced, problem = field.coerce(value)
            if problem:
                fallback = ("" if coerced is not None
                            else f"; using the default {_toml_value(field.default)}")
                messages.append(f"{self.path.name} line {_line_of(text, key)}: '{key}': "
                                f"{problem}{fallback}.")
            if coerced is not None:
                values[key] = coerced
        for m in messages:
            log.warning("%s", m)
        return LoadResult(Settings(**values), messages)

    def save(self, settings: Settings) -> None:
        """Write all settings atomically, readable only by the user."""
        write_private_atomic(self.path, render(settings))

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


# Ordered migrations: MIGRATIONS[v] turns a version-v mapping into version v+1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def migrate(data: dict[str, Any], version: int) -> dict[str, Any]:
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    data["schema_version"] = SCHEMA_VERSION
    return data


def render(settings: Settings) -> str:
    lines = ["# Steady Pause settings. Edit while the app is closed, or use the app.",
             "# A value that is not valid falls back to its default; the app tells you which.",
             "",
             f"schema_version = {SCHEMA_VERSION}", ""]
    tables: list[str] = []
    for field in FIELDS:
        value = getattr(settings, field.name)
        if field.kind == "contacts":
            tables.append(f"# {field.description}")
            tables.extend(
                f"[[{field.name}]]\nname = {_toml_value(c.name)}\nlink = {_toml_value(c.link)}\n"
                for c in value)
            if not value:
                tables.append(f'# [[{field.name}]]\n# name = "My therapist"\n'
                              '# link = "+1 555 0100"\n')
            continue
        hint = field.description
        if field.minimum is not None or field.maximum is not None:
            hint += f" ({_num(field.minimum or 0)}–{_num(field.maximum or 0)})"
        if field.choices:
            hint += f" (one of: {', '.join(field.choices)})"
        lines.append(f"# {hint}")
        lines.append(f"{field.name} = {_toml_value(value)}")
        lines.append("")
    return "\n".join(lines + tables)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a TOML basic string
    if isinstance(value, tuple | list):
        if not value:
            return "[]"
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
