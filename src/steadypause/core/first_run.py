"""Whether the welcome has been shown: a small marker file in the user's state directory.

The app shows the welcome on a first start: no settings file yet and no marker (app.py).

The marker's presence is all that counts, whatever it holds, so a hand-edited, emptied or
damaged marker never brings the welcome back; the settings file is not used for it, since a
broken settings file is set aside and would make every start look like the first. A marker
that cannot be written is logged: the welcome then comes again at the next start, which is
the one way to ask again on a disk that keeps nothing.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

import platformdirs

from steadypause import APP_NAME
from steadypause.core.files import write_private_atomic

log = logging.getLogger(__name__)

FILE_NAME = "welcome-shown"


def default_path() -> Path:
    return Path(platformdirs.user_state_dir(APP_NAME)) / FILE_NAME


def welcome_due(path: Path) -> bool:
    """True when the welcome has never been shown (no marker, nor anything by its name)."""
    try:
        return not (path.exists() or path.is_symlink())
    except OSError as exc:  # an unreadable folder: better no welcome than one every time
        log.warning("cannot look for %s (%s); not showing the welcome", path, exc)
        return False


def first_start(marker: Path, settings_file: Path) -> bool:
    """A first start: the welcome never shown and no settings file yet (looked at before
    the settings are loaded, which writes the first file)."""
    if not welcome_due(marker):
        return False
    try:
        return not (settings_file.exists() or settings_file.is_symlink())
    except OSError as exc:
        log.warning("cannot look for %s (%s); not showing the welcome", settings_file, exc)
        return False


def mark_shown(path: Path, today: date) -> bool:
    """Leave the marker (the day, for a person reading it); False (logged) on failure."""
    try:
        note = f"The welcome was shown on {today.isoformat()}.\n"  # i18n-exempt: a state file
        write_private_atomic(path, note)
    except OSError as exc:
        log.warning("cannot remember that the welcome was shown, in %s: %s", path, exc)
        return False
    return True
