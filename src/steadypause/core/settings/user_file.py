"""The settings file as text: read within a size limit, a byte order mark taken off; and
what a rewrite of it would drop (issue 16, items 5–7).

store.py decides what to do with the file; this only reads and judges it.
"""

from __future__ import annotations

from typing import Any

from steadypause.core.settings import migrations
from steadypause.core.settings.file_text import (
    SETTINGS_FILE_MAX,
    FileTooLarge,
    read_settings_text,
)
from steadypause.core.settings.schema import FIELDS_BY_NAME

__all__ = ["SETTINGS_FILE_MAX", "FileTooLarge", "has_unusable_values", "read_settings_text"]


def _migrated(data: dict[str, Any]) -> dict[str, Any]:
    version = data.get("schema_version", migrations.SCHEMA_VERSION)
    if (
        isinstance(version, int)
        and not isinstance(version, bool)
        and 1 <= version < migrations.SCHEMA_VERSION
    ):
        # Keys a migration renamed or dropped are not unknown: they were carried over.
        return migrations.migrate(dict(data), version)
    return data


def unknown_keys(data: dict[str, Any]) -> dict[str, Any]:
    """Keys in a file's values that this version does not know, to carry forward."""
    return {
        k: v
        for k, v in _migrated(data).items()
        if k != "schema_version" and k not in FIELDS_BY_NAME
    }


def has_unusable_values(data: dict[str, Any]) -> bool:
    """Whether rewriting the file (parsed as ``data``) would drop something of it: a
    value that is not valid, in whole or in part, or a schema_version that is not a whole
    number. Unknown keys are carried over, so they are not dropped."""
    version = data.get("schema_version", migrations.SCHEMA_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return True
    for key, value in _migrated(data).items():
        field = FIELDS_BY_NAME.get(key)
        if field is not None and field.coerce(value)[1] is not None:
            return True
    return False
