"""Portable key combinations: ``"Ctrl+Alt+Shift+P"``, as Qt's ``QKeySequence`` writes them.

The ``pause_shortcut`` setting holds one (its kind, core/settings/kinds.py, checks it here),
and the Windows global hotkey (platform/windows_hotkey.py) registers it. Qt-free, so that
the settings can check a combination without a QApplication.
"""

from __future__ import annotations

from dataclasses import dataclass

from steadypause.core.i18n import translate

# Qt's order, as ``QKeySequence.toString(PortableText)`` writes them; "Meta" is the Windows key.
COMBINATION_MODIFIERS = ("Meta", "Ctrl", "Alt", "Shift")  # i18n-exempt: key names
_COMBINATION_ALIASES = {  # i18n-exempt: key names
    "meta": "Meta",
    "win": "Meta",
    "super": "Meta",
    "ctrl": "Ctrl",
    "control": "Ctrl",
    "alt": "Alt",
    "shift": "Shift",
}
# Keys besides letters and digits, under the names QKeySequence uses (PortableText).
NAMED_KEYS = (  # i18n-exempt: key names
    "Space",
    "Ins",
    "Del",
    "Home",
    "End",
    "PgUp",
    "PgDown",
    "Left",
    "Up",
    "Right",
    "Down",
    "Pause",
    *(f"F{n}" for n in range(1, 25)),
)
_NAMED = {name.lower(): name for name in NAMED_KEYS} | {  # i18n-exempt: key names
    "insert": "Ins",
    "delete": "Del",
    "pageup": "PgUp",
    "pagedown": "PgDown",
}


class KeyCombinationError(ValueError):
    """Why a text is not a key combination a global shortcut can use, in words for the
    person."""


@dataclass(frozen=True)
class Combination:
    """A key combination: modifiers from COMBINATION_MODIFIERS and one key."""

    modifiers: frozenset[str]
    key: str  # "A".."Z", "0".."9" or one of NAMED_KEYS

    def __str__(self) -> str:
        return "+".join([*(m for m in COMBINATION_MODIFIERS if m in self.modifiers), self.key])


def parse_combination(text: str) -> Combination:
    """``"ctrl+alt+shift+p"`` -> Combination({Ctrl, Alt, Shift}, "P"); KeyCombinationError
    (in words for the person) when it is not one a global shortcut can use."""
    parts = [p.strip() for p in text.strip().split("+")]
    if len(parts) < 2 or not all(parts):
        if len(parts) == 1 and parts[0] and _key_name(parts[0]) is not None:
            raise KeyCombinationError(_needs_modifier(text))
        raise KeyCombinationError(
            translate(
                "Shortcut", "“{keys}” is not a key combination; write it like Ctrl+Alt+Shift+P"
            ).format(keys=text.strip())
        )
    modifiers = set()
    for part in parts[:-1]:
        modifier = _COMBINATION_ALIASES.get(part.lower())
        if modifier is None:
            raise KeyCombinationError(
                translate(
                    "Shortcut", "“{part}” is not a modifier; use Ctrl, Alt, Shift or Win"
                ).format(part=part)
            )
        modifiers.add(modifier)
    key = _key_name(parts[-1])
    if key is None:
        raise KeyCombinationError(
            translate(
                "Shortcut",
                "“{key}” cannot be used here; use a letter, a digit, F1 to F24, or "
                "Space, Insert, Delete, Home, End, Page Up, Page Down, the arrows or Pause",
            ).format(key=parts[-1])
        )
    if not modifiers - {"Shift"}:  # i18n-exempt: a key name
        raise KeyCombinationError(_needs_modifier(text))
    return Combination(frozenset(modifiers), key)


def _key_name(text: str) -> str | None:
    if len(text) == 1 and text.isascii() and text.isalnum():
        return text.upper()
    return _NAMED.get(text.lower())


def _needs_modifier(text: str) -> str:
    return translate(
        "Shortcut",
        "“{keys}” needs Ctrl, Alt or Win as well, or typing it would open a pause",
    ).format(keys=text.strip())


def check_combination(value: object) -> tuple[str | None, str | None]:
    """A ``pause_shortcut`` value: (the combination written the one way Qt writes it, ""
    for none, or None when it cannot be used; why not, or None)."""
    if not isinstance(value, str):
        return None, translate(
            "Shortcut", 'expected keys in quotes such as "Ctrl+Alt+Shift+P", or "" for none'
        )
    if not value.strip():
        return "", None
    try:
        return str(parse_combination(value)), None
    except KeyCombinationError as exc:
        return None, str(exc)
