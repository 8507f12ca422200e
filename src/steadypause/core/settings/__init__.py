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
- ``reference``: docs/settings.md.
"""

from __future__ import annotations

from steadypause.core.settings.field import Field
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
    FILE_NAME,
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
    SETTINGS_FILE_MAX,
    TEXT_ITEM_MAX,
    TEXT_LIST_MAX,
    VALUE_TEXT_MAX,
    Contact,
    check_contact,
    check_contact_link,
    check_hours,
    check_text_item,
)

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
