"""Crisis lines by region: ``resources/crisis_lines.toml``, loaded and checked, and the
choice of region (the ``support_region`` setting, or the desktop's locale).

The file holds one ``[[regions]]`` table per region (its ISO 3166-1 code) with one or more
``[[regions.lines]]``: the service's ``name``, its ``numbers`` as dialled, ``hours`` ("24/7")
when its own page says so, the ``source`` page the number was checked against and the date
it was ``checked``. A region may also name its ``emergency`` number, with the
``emergency_source`` page and the date it was ``emergency_checked``; without one, Getting help
says "your local emergency number" alone. A region without a checked line has no entry.

Core stays Qt-free: the caller passes the territory of the desktop's locale (from QLocale,
or :func:`territory_of` on a locale name such as ``es_ES.UTF-8``).

A broken file raises :class:`CrisisLineError` naming the file and the line.
"""

from __future__ import annotations

import datetime
import functools
import re
from dataclasses import dataclass
from typing import Any

from steadypause.core.resource_files import resource
from steadypause.core.toml_text import header_lines, parse_toml

FILE_NAME = "crisis_lines.toml"

# The ``support_region`` setting's own values besides the regions' codes.
FOLLOW_LOCALE = "system"
NO_REGION = "none"

# The regions in the file, in its order (a test checks that this matches the file). The
# setting's choices are declared from it, so the settings need not read a file to exist.
REGION_CODES = ("AU", "CA", "DE", "GB", "IE", "NZ", "US")

# What ``hours`` may say; the help window words each one.
HOURS = ("24/7",)

_CODE = re.compile(r"[A-Z]{2}")
_NUMBER = re.compile(r"[0-9](?:[0-9 ]*[0-9])?")
_LINE_KEYS = {"name", "numbers", "hours", "source", "checked"}
_REQUIRED_LINE_KEYS = _LINE_KEYS - {"hours"}
_EMERGENCY_KEYS = ("emergency", "emergency_source", "emergency_checked")
_REGION_KEYS = {"code", "lines", *_EMERGENCY_KEYS}


class CrisisLineError(ValueError):
    """The crisis-lines file is broken; the message names the file and line.

    Only the built-in file is loaded, and the tests load it, so this is a packaging bug: the
    message is for whoever fixes the package (the log and stderr), not translated.
    """


@dataclass(frozen=True)
class CrisisLine:
    name: str
    numbers: tuple[str, ...]
    hours: str
    source: str
    checked: datetime.date


@dataclass(frozen=True)
class EmergencyNumber:
    number: str
    source: str
    checked: datetime.date


@dataclass(frozen=True)
class Region:
    code: str
    lines: tuple[CrisisLine, ...]
    emergency: EmergencyNumber | None = None


def tel_link(number: str) -> str:
    """The ``tel:`` link that dials ``number`` (its digits)."""
    return "tel:" + "".join(ch for ch in number if ch.isdigit())


def load_text(text: str, name: str = FILE_NAME) -> dict[str, Region]:
    """Each region, by code, in the file's order; :class:`CrisisLineError` if the file is
    not as described above."""
    data = parse_toml(text, name, CrisisLineError)
    if set(data) != {"regions"} or not isinstance(data["regions"], list) or not data["regions"]:
        raise CrisisLineError(  # i18n-exempt: packaging-bug diagnostic
            f"{name}: the file must hold one or more [[regions]] tables and nothing else"
        )
    region_at = header_lines(text, "regions")
    line_at = iter(header_lines(text, "regions.lines"))
    table: dict[str, Region] = {}
    for index, raw in enumerate(data["regions"]):
        at = f"{name}, line {region_at[index]}"  # i18n-exempt: packaging-bug diagnostic
        if not isinstance(raw, dict):
            raise CrisisLineError(  # i18n-exempt: packaging-bug diagnostic
                f"{at}: each region must be a [[regions]] table"
            )
        code = _region_code(raw, at)
        if code in table:
            raise CrisisLineError(  # i18n-exempt: packaging-bug diagnostic
                f"{at}: region '{code}' is listed twice"
            )
        lines = raw.get("lines")
        if not isinstance(lines, list) or not lines:
            raise CrisisLineError(  # i18n-exempt: packaging-bug diagnostic
                f"{at}: region '{code}' needs one or more [[regions.lines]]"
            )
        table[code] = Region(
            code,
            tuple(
                _line(
                    entry, f"{name}, line {next(line_at, region_at[index])}"
                )  # i18n-exempt: ditto
                for entry in lines
            ),
            _emergency(raw, at),
        )
    return table


def _region_code(raw: dict[str, Any], at: str) -> str:
    unknown = set(raw) - _REGION_KEYS
    if unknown:
        raise CrisisLineError(  # i18n-exempt: packaging-bug diagnostic
            f"{at}: unknown key '{sorted(unknown)[0]}'"
        )
    code = raw.get("code")
    if not isinstance(code, str) or not _CODE.fullmatch(code):
        raise CrisisLineError(  # i18n-exempt: packaging-bug diagnostic
            f"{at}: 'code' must be a two-letter region code in capitals, like \"GB\""
        )
    return code


def _emergency(raw: dict[str, Any], at: str) -> EmergencyNumber | None:
    given = [key for key in _EMERGENCY_KEYS if key in raw]
    if not given:
        return None
    if len(given) < len(_EMERGENCY_KEYS):
        missing = next(key for key in _EMERGENCY_KEYS if key not in raw)
        raise CrisisLineError(  # i18n-exempt: packaging-bug diagnostic
            f"{at}: '{missing}' is missing (an emergency number needs its source and date)"
        )
    number = raw["emergency"]
    if not isinstance(number, str) or not _NUMBER.fullmatch(number):
        raise CrisisLineError(  # i18n-exempt: packaging-bug diagnostic
            f"{at}: 'emergency' must be a number as dialled (digits and spaces)"
        )
    return EmergencyNumber(
        number,
        _source(raw["emergency_source"], at, "emergency_source"),
        _date(raw["emergency_checked"], at, "emergency_checked"),
    )


def _source(value: Any, at: str, key: str) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"https?://\S+", value):
        raise CrisisLineError(  # i18n-exempt: packaging-bug diagnostic
            f"{at}: '{key}' must be the http(s) address of the page the number was checked on"
        )
    return value


def _date(value: Any, at: str, key: str) -> datetime.date:
    if not isinstance(value, datetime.date) or isinstance(value, datetime.datetime):
        raise CrisisLineError(  # i18n-exempt: packaging-bug diagnostic
            f"{at}: '{key}' must be a date, like 2026-12-05"
        )
    return value


def _line(raw: Any, at: str) -> CrisisLine:
    if not isinstance(raw, dict):
        raise CrisisLineError(  # i18n-exempt: packaging-bug diagnostic
            f"{at}: each line must be a [[regions.lines]] table"
        )
    unknown = set(raw) - _LINE_KEYS
    if unknown:
        raise CrisisLineError(  # i18n-exempt: packaging-bug diagnostic
            f"{at}: unknown key '{sorted(unknown)[0]}'"
        )
    missing = sorted(_REQUIRED_LINE_KEYS - set(raw))
    if missing:
        raise CrisisLineError(  # i18n-exempt: packaging-bug diagnostic
            f"{at}: '{missing[0]}' is missing"
        )
    name = raw["name"]
    if not isinstance(name, str) or not name.strip():
        raise CrisisLineError(  # i18n-exempt: packaging-bug diagnostic
            f"{at}: 'name' must be non-empty text"
        )
    numbers = raw["numbers"]
    if (
        not isinstance(numbers, list)
        or not numbers
        or not all(isinstance(n, str) and _NUMBER.fullmatch(n) for n in numbers)
    ):
        raise CrisisLineError(  # i18n-exempt: packaging-bug diagnostic
            f"{at}: 'numbers' must list one or more numbers as dialled (digits and spaces)"
        )
    hours = raw.get("hours", "")
    if "hours" in raw and hours not in HOURS:
        raise CrisisLineError(  # i18n-exempt: packaging-bug diagnostic
            f"{at}: 'hours' must be one of {', '.join(HOURS)} (or left out)"
        )
    source = _source(raw["source"], at, "source")
    checked = _date(raw["checked"], at, "checked")
    return CrisisLine(" ".join(name.split()), tuple(numbers), hours, source, checked)


@functools.cache
def load_builtin() -> dict[str, Region]:
    """The shipped table (read once)."""
    return load_text(resource(FILE_NAME).read_text(encoding="utf-8"))


def territory_of(locale_name: str) -> str:
    """The territory of a POSIX or Qt locale name: ``es_ES.UTF-8`` → ``ES``; "" for none
    (``C``, ``POSIX``, ``en``)."""
    match = re.match(r"[A-Za-z]{2,3}[_-]([A-Za-z]{2})(?![A-Za-z])", locale_name)
    return match.group(1).upper() if match else ""


def region_for(setting: str, territory: str, regions: tuple[str, ...] = REGION_CODES) -> str:
    """The region whose lines are shown: the setting's own choice, or with
    :data:`FOLLOW_LOCALE` the desktop's territory; "" for none (the setting says
    :data:`NO_REGION`, or the territory has no entry)."""
    if setting == NO_REGION:
        return ""
    code = territory.upper() if setting == FOLLOW_LOCALE else setting
    return code if code in regions else ""


def region_of(
    setting: str,
    territory: str,
    table: dict[str, Region] | None = None,
) -> Region | None:
    """The region whose lines are shown, for the setting and the desktop's territory; None
    when only "your local emergency number" applies."""
    table = load_builtin() if table is None else table
    return table.get(region_for(setting, territory, tuple(table)))
