"""A settings file that could not be read and was set aside as a ``.bad-<timestamp>`` copy.

The store remembers the copy it made (:attr:`SettingsStore.set_aside`) so the Settings dialog
can say so, in one line, until the person saves or dismisses it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from steadypause.core.i18n import translate


def tilde(path: Path) -> str:
    """The path as a person would type it: ~/... inside the home directory."""
    try:
        return "~/" + str(path.relative_to(Path.home()))
    except ValueError:
        return str(path)


@dataclass(frozen=True)
class SetAside:
    copy: Path
    # True when a system-wide settings file (the organisation's) is used with the defaults.
    site: bool = False

    def sentence(self) -> str:
        """What happened and what is used instead, in one line."""
        if self.site:
            text = translate(
                "Settings",
                "Your settings file could not be read, so it was kept as {path}. Your "
                "organisation's settings and the defaults are used instead.",
            )
        else:
            text = translate(
                "Settings",
                "Your settings file could not be read, so it was kept as {path}. The "
                "default settings are used instead.",
            )
        return text.format(path=tilde(self.copy))
