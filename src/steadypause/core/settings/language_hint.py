"""The ``language`` setting read on its own, before the settings are loaded.

The app chooses its translations first, so that every message from then on (a second
start, a bad setting, a file set aside) is in the person's language; the full load
(store.py) waits until the tray icon is on screen (issue 18), and the command line reads
only this. So this module needs none of the declarations: the language's choices and
default are in labels.py, which schema.py declares the setting with, and
tests/unit/test_settings_language_hint.py checks that both accept the same values.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from pathlib import Path

from steadypause.core.settings import migrations
from steadypause.core.settings.file_text import FILE_NAME, read_settings_text, user_directories
from steadypause.core.settings.labels import LANGUAGE_CHOICES, LANGUAGE_DEFAULT


def accepted(value: object) -> bool:
    """Whether ``value`` is a ``language`` setting the app can use."""
    return isinstance(value, str) and value in LANGUAGE_CHOICES


def language_hint(files: Iterable[Path | None] | None = None) -> str:
    """The ``language`` setting of the first of ``files`` (default: the user's settings
    file, then the system-wide one) that sets a usable one; read without side effects and
    without messages.

    Anything unreadable or invalid gives the default; a file written by a newer version is
    passed over, as the full load leaves it alone.
    """
    if files is None:
        files = [directory / FILE_NAME for directory in user_directories()]
    for path in files:
        if path is None:
            continue
        try:
            data = tomllib.loads(read_settings_text(path))
        except (OSError, ValueError, tomllib.TOMLDecodeError, RecursionError):
            continue
        version = data.get("schema_version", migrations.SCHEMA_VERSION)
        if isinstance(version, int) and version > migrations.SCHEMA_VERSION:
            continue
        value = data.get("language")
        if value is not None and accepted(value):
            return str(value)
    return LANGUAGE_DEFAULT
