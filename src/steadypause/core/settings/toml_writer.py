"""Values written as TOML, the way the settings file and ``steadypause config`` show them.

Python's standard library reads TOML (``tomllib``) but does not write it; the settings need
only keys, strings, numbers, booleans, dates, arrays and inline tables.
"""

from __future__ import annotations

import json
import math
import re
from datetime import date, datetime
from datetime import time as dtime
from typing import Any

from steadypause.core.settings.values import Contact


def format_value(value: Any) -> str:
    """One value as it would be written in the settings file, on one line."""
    if isinstance(value, tuple) and value and isinstance(value[0], Contact):
        value = [{"name": c.name, "link": c.link} for c in value]
    return toml_value(value, inline=True)


def toml_key(key: str) -> str:
    """A key bare when TOML allows it, quoted otherwise."""
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else toml_value(key)


def toml_value(value: Any, inline: bool = False) -> str:
    """``value`` in TOML; arrays one entry a line unless ``inline``."""
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
        if not value:
            return "{}"
        return (
            "{ "
            + ", ".join(f"{toml_key(str(k))} = {toml_value(v, True)}" for k, v in value.items())
            + " }"
        )
    if isinstance(value, tuple | list):
        if not value:
            return "[]"
        if inline:
            return "[" + ", ".join(toml_value(v, True) for v in value) + "]"
        return "[\n" + "".join(f"    {toml_value(v)},\n" for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")  # i18n-exempt: programmer error
