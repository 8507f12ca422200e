"""Where the settings file is, and its text: read within a size limit, a byte order mark
taken off.

The little that reading one setting needs before the tray icon is on screen (the language,
language_hint.py), kept apart from the declarations and their kinds, which the full load
imports once the icon has painted (issue 18). user_file.py and store.py read the file
through :func:`read_settings_text` too.
"""

from __future__ import annotations

from pathlib import Path

FILE_NAME = "settings.toml"
# The settings file is a few KB (50 phrases of 140 characters are 7 KB): a larger one is
# not read, and one value typed after ``config set`` is at most this many characters.
SETTINGS_FILE_MAX = 1024 * 1024  # bytes
BOM = "\ufeff"  # what some Windows editors write first; not written back


class FileTooLarge(ValueError):
    """The settings file is larger than :data:`SETTINGS_FILE_MAX`; it is not read."""


def read_settings_text(path: Path) -> str:
    """The text of a settings file: at most :data:`SETTINGS_FILE_MAX` bytes of UTF-8, a
    leading byte order mark taken off. Raises OSError, UnicodeDecodeError, FileTooLarge."""
    with path.open("rb") as f:
        raw = f.read(SETTINGS_FILE_MAX + 1)
    if len(raw) > SETTINGS_FILE_MAX:
        raise FileTooLarge(path)
    return raw.decode("utf-8").removeprefix(BOM)


def user_directories() -> tuple[Path, Path]:
    """The user's settings folder and the system-wide one (platformdirs, so the XDG
    variables apply): the user's file overrides the system-wide one key by key."""
    import platformdirs

    return (
        Path(platformdirs.user_config_dir("steadypause")),
        Path(platformdirs.site_config_dir("steadypause")),
    )
