"""Characters that must not reach a one-line text or a terminal: C0 and C1 controls (DEL
too), the line and paragraph separators, and the bidi overrides and isolates, which can
make a text read differently from what it holds (issue 16, item 8).

The settings refuse them in one-line texts, naming the character (:func:`first_unsafe`,
:func:`character_name`); the command line prints text from outside through
:func:`escaped`, so no terminal escape gets through.
"""

from __future__ import annotations

import re
import unicodedata

# U+0000–U+001F, U+007F–U+009F, U+2028, U+2029, U+202A–U+202E, U+2066–U+2069
UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")

# The controls have no name in the Unicode database, only these aliases.
_CONTROL_NAMES = (  # i18n-exempt: Unicode's names (aliases) of the controls
    "NULL",
    "START OF HEADING",
    "START OF TEXT",
    "END OF TEXT",
    "END OF TRANSMISSION",
    "ENQUIRY",
    "ACKNOWLEDGE",
    "BELL",
    "BACKSPACE",
    "CHARACTER TABULATION",
    "LINE FEED",
    "LINE TABULATION",
    "FORM FEED",
    "CARRIAGE RETURN",
    "SHIFT OUT",
    "SHIFT IN",
    "DATA LINK ESCAPE",
    "DEVICE CONTROL ONE",
    "DEVICE CONTROL TWO",
    "DEVICE CONTROL THREE",
    "DEVICE CONTROL FOUR",
    "NEGATIVE ACKNOWLEDGE",
    "SYNCHRONOUS IDLE",
    "END OF TRANSMISSION BLOCK",
    "CANCEL",
    "END OF MEDIUM",
    "SUBSTITUTE",
    "ESCAPE",
    "INFORMATION SEPARATOR FOUR",
    "INFORMATION SEPARATOR THREE",
    "INFORMATION SEPARATOR TWO",
    "INFORMATION SEPARATOR ONE",
)
_C1_NAMES = {  # i18n-exempt: Unicode's names (aliases) of the controls
    0x7F: "DELETE",
    0x84: "INDEX",
    0x85: "NEXT LINE",
    0x88: "CHARACTER TABULATION SET",
    0x8D: "REVERSE LINE FEED",
    0x90: "DEVICE CONTROL STRING",
    0x9B: "CONTROL SEQUENCE INTRODUCER",
    0x9C: "STRING TERMINATOR",
    0x9D: "OPERATING SYSTEM COMMAND",
}


def character_name(character: str) -> str:
    """``U+001B ESCAPE``: the code point and its name (or alias), as people look it up."""
    code = ord(character)
    if code < 0x20:
        name = _CONTROL_NAMES[code]
    elif code in _C1_NAMES:
        name = _C1_NAMES[code]
    else:
        name = unicodedata.name(character, "CONTROL")  # i18n-exempt: Unicode's names
    return f"U+{code:04X} {name}"


def first_unsafe(text: str, allowed: str = "") -> str | None:
    """The first character of ``text`` that a one-line text may not hold (``allowed``
    ones apart), or None."""
    for match in UNSAFE.finditer(text):
        if match.group() not in allowed:
            return match.group()
    return None


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def escaped(text: str) -> str:
    """``text`` with every unsafe character written as an escape (``\\x1b``, ``\\u202e``),
    for printing to a terminal."""
    return UNSAFE.sub(_escape, text)


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def escaped_json(text: str) -> str:
    """JSON text (``json.dumps(..., ensure_ascii=False)``) with the unsafe characters that
    JSON leaves raw written as ``\\uXXXX``: the same JSON value, safe on a terminal."""
    return UNSAFE.sub(_json_escape, text)
