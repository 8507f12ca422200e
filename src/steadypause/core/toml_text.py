"""Reading one TOML text that the app ships or the person writes (routines, tips, crisis
lines), with the file's name in the error.

``tomllib`` raises ``TOMLDecodeError`` for bad syntax, and ``RecursionError`` for arrays
or inline tables nested deeper than Python's stack: both become the caller's own error
class, so a loader reports one kind of problem with the file's name in front. ``tomllib``
gives no line numbers for values: :func:`header_lines` finds where each ``[[table]]`` of an
array of tables starts, for messages that point into the file.
"""

from __future__ import annotations

import re
import tomllib
from typing import Any


def parse_toml(text: str, name: str, error: type[ValueError]) -> dict[str, Any]:
    """The tables of ``text``; ``error("<name>: not valid TOML: …")`` when it is not TOML."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise error(f"{name}: not valid TOML: {exc}") from None  # i18n-exempt: diagnostic
    except RecursionError:  # tomllib recurses into nested arrays and inline tables
        raise error(f"{name}: not valid TOML: nested too deeply") from None  # i18n-exempt


def header_lines(text: str, header: str) -> list[int]:
    """The line numbers (from 1) of each ``[[header]]`` in ``text``, in order."""
    pattern = r"^[ \t]*\[\[[ \t]*" + re.escape(header) + r"[ \t]*\]\]"
    return [text.count("\n", 0, m.start()) + 1 for m in re.finditer(pattern, text, re.M)]
