"""Settings: declared once, loaded leniently, saved atomically.

The package's public face; each job has its own module:

- ``schema``: the declarations (:class:`Settings`, one :class:`Field` each in
  :data:`FIELDS`), ``field``: what one declaration holds;
- ``kinds`` and ``list_kinds``: one class per kind of value (parse, read from text,
  describe, write to TOML);
- ``values``: what one entry may be (a contact, a phrase, a day's hours);
- ``labels``: the words a form shows (group titles, choices, days);
- ``store`` and ``migrations``: the user's ``settings.toml`` and its schema versions;
  ``set_aside``: an unreadable file kept as a copy, as the Settings dialog tells it;
- ``toml_writer``: values written as TOML;
- ``file_text``: where the file is and its text, read within limits; ``language_hint``:
  the ``language`` setting read on its own, before the rest (the app's tray icon first);
- ``reference``: docs/settings.md.

Each name is imported from its module when first asked for (a module ``__getattr__``):
reading one setting before the tray icon (``file_text``, ``language_hint``) must not
import the declarations and their kinds, which take ~20 ms and the routines' and crisis
lines' modules with them (issue 18).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from steadypause.core.settings.field import Field
    from steadypause.core.settings.file_text import FILE_NAME, SETTINGS_FILE_MAX
    from steadypause.core.settings.kinds import BadValue, Kind
    from steadypause.core.settings.labels import (
        CHOICE_TEXTS,
        GROUP_TITLES,
        GROUPS,
        HOURS_DESCRIPTION,
        LANGUAGE_CHOICES,
        WEEKDAYS,
        group_title,
        shown_text,
    )
    from steadypause.core.settings.migrations import MIGRATIONS, SCHEMA_VERSION, migrate
    from steadypause.core.settings.schema import (
        FIELDS,
        FIELDS_BY_NAME,
        ROUTINE_CHOICES,
        Settings,
        defaults,
    )
    from steadypause.core.settings.set_aside import SetAside
    from steadypause.core.settings.store import (
        LoadResult,
        SettingsStore,
        parse,
        render,
        user_store,
    )
    from steadypause.core.settings.toml_writer import format_value
    from steadypause.core.settings.values import (
        CONTACT_NAME_MAX,
        MINUTES_LIST_MAX,
        TEXT_ITEM_MAX,
        TEXT_LIST_MAX,
        VALUE_TEXT_MAX,
        Contact,
        check_contact,
        check_contact_link,
        check_hours,
        check_text_item,
    )

# Where each public name lives.
_HOMES = {  # i18n-exempt: names
    "BadValue": "kinds",
    "CHOICE_TEXTS": "labels",
    "CONTACT_NAME_MAX": "values",
    "Contact": "values",
    "FIELDS": "schema",
    "FIELDS_BY_NAME": "schema",
    "FILE_NAME": "file_text",
    "Field": "field",
    "GROUPS": "labels",
    "GROUP_TITLES": "labels",
    "HOURS_DESCRIPTION": "labels",
    "Kind": "kinds",
    "LANGUAGE_CHOICES": "labels",
    "LoadResult": "store",
    "MIGRATIONS": "migrations",
    "MINUTES_LIST_MAX": "values",
    "ROUTINE_CHOICES": "schema",
    "SCHEMA_VERSION": "migrations",
    "SETTINGS_FILE_MAX": "file_text",
    "SetAside": "set_aside",
    "Settings": "schema",
    "SettingsStore": "store",
    "TEXT_ITEM_MAX": "values",
    "TEXT_LIST_MAX": "values",
    "VALUE_TEXT_MAX": "values",
    "WEEKDAYS": "labels",
    "check_contact": "values",
    "check_contact_link": "values",
    "check_hours": "values",
    "check_text_item": "values",
    "defaults": "schema",
    "format_value": "toml_writer",
    "group_title": "labels",
    "migrate": "migrations",
    "parse": "store",
    "render": "store",
    "shown_text": "labels",
    "user_store": "store",
}


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        missing = f"module {__name__!r} has no attribute {name!r}"  # i18n-exempt: Python's
        raise AttributeError(missing)
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # once
    return value


__all__ = [  # i18n-exempt: names
    "CHOICE_TEXTS",
    "CONTACT_NAME_MAX",
    "FIELDS",
    "FIELDS_BY_NAME",
    "FILE_NAME",
    "GROUPS",
    "GROUP_TITLES",
    "HOURS_DESCRIPTION",
    "LANGUAGE_CHOICES",
    "MIGRATIONS",
    "MINUTES_LIST_MAX",
    "ROUTINE_CHOICES",
    "SCHEMA_VERSION",
    "SETTINGS_FILE_MAX",
    "TEXT_ITEM_MAX",
    "TEXT_LIST_MAX",
    "VALUE_TEXT_MAX",
    "WEEKDAYS",
    "BadValue",
    "Contact",
    "Field",
    "Kind",
    "LoadResult",
    "SetAside",
    "Settings",
    "SettingsStore",
    "check_contact",
    "check_contact_link",
    "check_hours",
    "check_text_item",
    "defaults",
    "format_value",
    "group_title",
    "migrate",
    "parse",
    "render",
    "shown_text",
    "user_store",
]
