"""The settings dialog's keyboard-shortcut section, given what it needs from the platform.

The section (ui/shortcut_section.py) shows the command a desktop shortcut runs and, on
GNOME, offers a button that adds one; it imports no platform module. This object is what
the session hands it: the command from platform/autostart.py, and platform/gnome_shortcut.py's
setup with the real gsettings (the same as ``steadypause --setup-shortcut``).
"""

from __future__ import annotations

import shlex
from collections.abc import Callable, Sequence

from steadypause.platform import gnome_shortcut

# Runs the GNOME setup for a binding; returns the plan, raises ShortcutError.
Setup = Callable[[str], gnome_shortcut.Plan]


def gnome_setup(binding: str) -> gnome_shortcut.Plan:
    """gnome_shortcut.py's setup with the real gsettings (as ``--setup-shortcut`` does)."""
    return gnome_shortcut.setup(binding, pause_command(), gnome_shortcut.gsettings_runner())


def pause_command() -> list[str]:
    """The command a desktop shortcut runs: this installation's, by its full path."""
    from steadypause.platform.autostart import program_command

    return [*program_command(), "pause"]


class DesktopShortcutSetup:
    """A ui.shortcut_section.DesktopShortcut: the command, and the GNOME button's setup."""

    def __init__(
        self,
        command: Sequence[str] | None = None,
        setup: Setup = gnome_setup,
        binding: str = gnome_shortcut.DEFAULT_BINDING,
    ) -> None:
        self.command = shlex.join(command if command is not None else pause_command())
        self.keys = gnome_shortcut.shown(binding)
        self._setup = setup
        self._binding = binding

    def set_up(self) -> str:
        """Run the setup; what happened (or why it could not), in whole sentences."""
        try:
            return gnome_shortcut.outcome(self._setup(self._binding), self._binding)
        except gnome_shortcut.ShortcutError as exc:
            return gnome_shortcut.failure(exc)
