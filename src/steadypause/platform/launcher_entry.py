"""Where desktops look for the app's launcher entry, and whether one is installed.

The app asks this before its tray icon (app.py names itself by the entry, docs/adr/011),
so it is kept apart from desktop_entry.py, which installs and removes the entry and its
icons and imports what that needs (issue 18).
"""

from __future__ import annotations

import os
from pathlib import Path

from steadypause import APP_ID

DESKTOP_NAME = f"{APP_ID}.desktop"


def data_home() -> Path:
    env = os.environ.get("XDG_DATA_HOME", "")
    # The XDG spec says a relative value is to be ignored.
    return Path(env) if env and Path(env).is_absolute() else Path.home() / ".local" / "share"


def data_dirs() -> list[Path]:
    """``$XDG_DATA_DIRS`` (system-wide data, a Flatpak's /app/share), by the XDG defaults."""
    env = os.environ.get("XDG_DATA_DIRS", "")
    dirs = [Path(d) for d in env.split(":") if d and Path(d).is_absolute()]
    return dirs or [Path("/usr/local/share"), Path("/usr/share")]


def installed_entry() -> Path | None:
    """Our launcher entry where desktops look for it (the person's own first), or None.

    Written by ``--install-desktop-entry``, a distribution package or a Flatpak; a plain
    pip or pipx install has none.
    """
    for base in (data_home(), *data_dirs()):
        path = base / "applications" / DESKTOP_NAME
        if path.is_file():
            return path
    return None
