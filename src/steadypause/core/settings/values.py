"""What one entry of a setting may be: a contact, a phrase, a day's working hours.

The kinds (kinds.py) check whole values with these; the settings dialog's editors check a
single entry with them while it is typed, so both say the same thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from steadypause.core.control_characters import character_name, first_unsafe
from steadypause.core.i18n import translate

TEXT_ITEM_MAX = 140  # characters in one phrase or boundary cue
TEXT_LIST_MAX = 50  # entries in one list
CONTACT_NAME_MAX = 60
MINUTES_LIST_MAX = 6  # lengths offered under Snooze
# One value typed after ``config set`` is at most this many characters (the file itself at
# most file_text.SETTINGS_FILE_MAX bytes).
VALUE_TEXT_MAX = 64 * 1024  # characters

TIME = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])")
_PHONE = re.compile(r"\+?[0-9][0-9 ()./-]{2,29}")
_LINK_SCHEMES = ("http://", "https://", "mailto:", "tel:")


@dataclass(frozen=True)
class Contact:
    """Someone to turn to, shown on the Getting help page."""

    name: str
    link: str  # an http(s), mailto or tel link, or a phone number

    @property
    def url(self) -> str:
        """What to open: a phone number becomes a tel: link."""
        if _PHONE.fullmatch(self.link):
            return "tel:" + re.sub(r"[^0-9+]", "", self.link)
        return self.link


def check_one_line(text: str) -> str | None:
    """Why ``text`` cannot be a one-line text: a control, separator or bidi character."""
    if "\n" in text:
        return translate("Settings", "an entry is one line")
    character = first_unsafe(text)
    if character is not None:
        return translate("Settings", "{character} cannot be in this text").format(
            character=character_name(character)
        )
    return None


def check_contact_link(link: str) -> str | None:
    """Why ``link`` cannot be a contact's phone number or link, or None if it can."""
    link = link.strip()
    if problem := check_one_line(link):
        return problem
    if not link:
        return translate("Settings", "a phone number or link is needed")
    if _PHONE.fullmatch(link):
        return None
    if not link.lower().startswith(_LINK_SCHEMES):
        return translate(
            "Settings",
            "use a phone number, or a link starting with https://, http://, mailto: or tel:",
        )
    if len(link) > 500 or any(c.isspace() for c in link):
        return translate(
            "Settings", "a link cannot contain spaces or be longer than 500 characters"
        )
    return None


def check_contact(name: str, link: str) -> str | None:
    """Why ``name`` and ``link`` cannot be a contact, or None if they can."""
    if problem := check_one_line(name.strip()):
        return problem
    if not 1 <= len(name.strip()) <= CONTACT_NAME_MAX:
        return translate("Settings", "the name must be 1 to {most} characters").format(
            most=CONTACT_NAME_MAX
        )
    return check_contact_link(link)


def check_text_item(text: str, existing: tuple[str, ...] = ()) -> str | None:
    """Why ``text`` cannot be an entry of a phrase or boundary-cue list, or None."""
    stripped = text.strip()
    if not stripped:
        return translate("Settings", "an entry cannot be empty")
    if len(stripped) > TEXT_ITEM_MAX:
        return translate(
            "Settings", "an entry can be at most {most} characters ({given} given)"
        ).format(most=TEXT_ITEM_MAX, given=len(stripped))
    if problem := check_one_line(stripped):
        return problem
    if stripped.casefold() in (e.casefold() for e in existing):
        return translate("Settings", "'{entry}' is already in the list").format(entry=stripped)
    return None


def check_hours(text: str) -> str | None:
    """Working hours for one weekday: 'HH:MM-HH:MM', or '' for a day off."""
    if text == "":
        return None
    parts = text.split("-")
    if len(parts) != 2 or not all(TIME.fullmatch(p.strip()) for p in parts):
        return translate(
            "Settings", "{hours} is not like '08:00-18:00' (or empty for a day off)"
        ).format(hours=quoted(text))
    start, end = (p.strip() for p in parts)
    if start >= end:
        return translate("Settings", "{hours} ends before it starts").format(hours=repr(text))
    return None


def quoted(text: str, most: int = 60) -> str:
    """``repr(text)``, shortened to about ``most`` characters with an ellipsis."""
    if len(text) <= most:
        return repr(text)
    return repr(text[:most])[:-1] + "…" + repr(text[:most])[-1]


def describe_found(value: Any) -> str:
    """What was found where a value was expected, in a few words ("the text 'x'")."""
    if isinstance(value, bool):
        return translate("Settings", "true/false")
    if isinstance(value, int | float):
        return translate("Settings", "the number {value}").format(value=repr(value))
    if isinstance(value, str):
        return translate("Settings", "the text {value}").format(value=quoted(value))
    if isinstance(value, dict):
        return translate("Settings", "a table")
    if isinstance(value, list):
        return translate("Settings", "a list")
    return type(value).__name__


def number_text(x: float | None) -> str:
    """A bound as people write it: 5, not 5.0; "…" for none."""
    if x is None:
        return "…"
    return str(int(x)) if float(x).is_integer() else str(x)
