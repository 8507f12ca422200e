"""The settings file's schema version and the ordered steps that bring an older file up to it.

``MIGRATIONS[v]`` turns a version-v mapping into version v+1, one small function each, each
with its own test (tests/unit/test_settings.py checks that). Readers look the two names up
here when they run, so a test can put other steps in their place.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SCHEMA_VERSION = 1

MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


def migrate(data: dict[str, Any], version: int) -> dict[str, Any]:
    """``data`` from a file at ``version``, brought up to :data:`SCHEMA_VERSION`."""
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    data["schema_version"] = SCHEMA_VERSION
    return data
