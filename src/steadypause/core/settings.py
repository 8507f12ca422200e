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
import logging
import math
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
ROUTINE_CHOICES = ("full", "transition")


@dataclass(frozen=True)
class Field:
    name: str
    type: type
    default: Any
    description: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] | None = None

    def check(self, value: Any) -> str | None:
        """Return why ``value`` is not acceptable, or None if it is."""
        if self.type is float:
            ok = isinstance(value, int | float) and not isinstance(value, bool)
        elif self.type is int:
            ok = isinstance(value, int) and not isinstance(value, bool)
        else:
            ok = isinstance(value, self.type)
        if not ok:
            return f"expected {_TYPE_WORDS[self.type]}, found {_describe(value)}"
        if isinstance(value, float) and not math.isfinite(value):
            # TOML has nan and inf; nan slips past every < and > comparison below.
            return f"expected a finite number, found {value!r}"
        if self.minimum is not None and value < self.minimum:
            return f"{value!r} is below the minimum {_num(self.minimum)}"
        if self.maximum is not None and value > self.maximum:
            return f"{value!r} is above the maximum {_num(self.maximum)}"
        if self.choices is not None and value not in self.choices:
            return f"{value!r} is not one of {', '.join(repr(c) for c in self.choices)}"
        return None


_TYPE_WORDS = {int: "a whole number", float: "a number", bool: "true or false",
               str: "text in quotes"}


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


def _setting(default: Any, description: str, *, minimum: float | None = None,
             maximum: float | None = None, choices: tuple[str, ...] | None = None) -> Any:
    return dataclasses.field(default=default, metadata={
        "description": description, "minimum": minimum, "maximum": maximum, "choices": choices})


@dataclass(frozen=True)
class Settings:
    """All user settings. Each line here is the single declaration of one setting."""

    work_minutes: int = _setting(
        60, "Minutes between work-timer reminders.", minimum=5, maximum=240)
    later_minutes: int = _setting(
        10, "How long 'In 10 minutes' on the reminder waits.", minimum=1, maximum=60)
    prompt_timeout_seconds: int = _setting(
        120, "How long an unanswered reminder stays on screen before it quietly closes.",
        minimum=15, maximum=600)
    timer_routine: str = _setting(
        "full", "The routine the work timer opens.", choices=ROUTINE_CHOICES)
    manual_routine: str = _setting(
        "full", "The routine 'Pause now' opens.", choices=ROUTINE_CHOICES)
    breath_in_seconds: float = _setting(
        4.0, "Length of each in-breath in the breathing animation.", minimum=2, maximum=10)
    breath_out_seconds: float = _setting(
        6.0, "Length of each out-breath in the breathing animation.", minimum=2, maximum=10)
    breath_cycles: int = _setting(
        3, "Slow breaths in the breathing step.", minimum=1, maximum=10)
    reduce_motion: bool = _setting(
        False, "Replace the growing shape with a calm text count.")
    theme: str = _setting(
        "system", "Colours: follow the desktop, or always light or dark.",
        choices=("system", "light", "dark"))
    day_start_hour: int = _setting(
        6, "Hour at which 'Snooze until tomorrow' ends.", minimum=0, maximum=12)


_TYPES = {"int": int, "float": float, "bool": bool, "str": str}

FIELDS: tuple[Field, ...] = tuple(
    Field(f.name, _TYPES[str(f.type)], f.default, **f.metadata)
    for f in dataclasses.fields(Settings)
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
        except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError) as exc:
            # tomllib parses arrays and inline tables recursively: a few thousand nested
            # brackets raise RecursionError, not TOMLDecodeError.
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
            problem = field.check(value)
            if problem:
                messages.append(f"{self.path.name} line {_line_of(text, key)}: '{key}': "
                                f"{problem}; using the default {_toml_value(field.default)}.")
                continue
            values[key] = float(value) if field.type is float else value
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
    for field in FIELDS:
        hint = field.description
        if field.minimum is not None or field.maximum is not None:
            hint += f" ({_num(field.minimum or 0)}–{_num(field.maximum or 0)})"
        if field.choices:
            hint += f" (one of: {', '.join(field.choices)})"
        lines.append(f"# {hint}")
        lines.append(f"{field.name} = {_toml_value(getattr(settings, field.name))}")
        lines.append("")
    return "\n".join(lines)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
        return f'"{escaped}"'
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def _line_of(text: str, key: str) -> int | str:
    pattern = re.compile(rf"^[ \t]*\"?{re.escape(key)}\"?[ \t]*=", re.MULTILINE)
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
