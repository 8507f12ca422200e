"""The settings dialog's "Keyboard shortcut" section: how to open a pause from the keyboard.

What it offers depends on who owns the keys (issue 8):

- GNOME: a button that adds Super+Shift+P as a custom shortcut (the same as
  ``steadypause --setup-shortcut``), showing what happened; an existing shortcut or a
  taken combination is never changed;
- KDE Plasma, other Linux desktops: the steps to bind the command in their settings;
- Windows: the ``pause_shortcut`` setting (a global hotkey, platform/hotkey.py), which the
  dialog shows as a field; this section says how it behaves;
- macOS: the Shortcuts app's route.

The widget imports no platform module: the session hands it a :class:`DesktopShortcut`
(session/desktop_shortcut.py), which knows the command and runs the GNOME setup.
"""

from __future__ import annotations

import os
import sys
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from steadypause import DISPLAY_NAME
from steadypause.core.i18n import translate

# Which of the texts below this computer gets.
SYSTEMS = ("gnome", "kde", "linux", "windows", "macos")


class DesktopShortcut(Protocol):
    """What the section shows and does, given by the session."""

    # The command a desktop shortcut runs: this installation's, by its full path.
    command: str
    # The keys the GNOME button offers, as a person reads them ("Super+Shift+P").
    keys: str

    def set_up(self) -> str:
        """Add the GNOME shortcut (never overwriting one); what happened, in words."""
        ...


def this_system(platform: str = sys.platform, desktop: str | None = None) -> str:
    """One of SYSTEMS, from the platform and $XDG_CURRENT_DESKTOP (e.g. "ubuntu:GNOME")."""
    if platform == "win32":
        return "windows"
    if platform == "darwin":
        return "macos"
    if desktop is None:
        desktop = os.environ.get("XDG_CURRENT_DESKTOP", "")
    names = {part.strip().lower() for part in desktop.split(":")}
    if "gnome" in names:
        return "gnome"
    if "kde" in names:
        return "kde"
    return "linux"


class ShortcutSection(QGroupBox):
    """``uses_hotkey``: True on Windows, where the pause_shortcut field is the way."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        shortcut: DesktopShortcut,
        system: str | None = None,
    ) -> None:
        super().__init__(translate("Shortcut", "Keyboard shortcut for a pause"), parent)
        self.setObjectName("shortcutSection")
        self.system = system or this_system()
        self.uses_hotkey = self.system == "windows"
        self._shortcut = shortcut
        self.button: QPushButton | None = None
        self.outcome: QLabel | None = None
        layout = QVBoxLayout(self)
        self.text = QLabel(self._text(shortcut.command), self)
        self.text.setObjectName("shortcutText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)
        if self.system == "gnome":
            keys = shortcut.keys
            self.button = QPushButton(
                translate("Shortcut", "Set up {keys}").format(keys=keys), self
            )
            self.button.setObjectName("shortcutSetupButton")
            self.button.setAccessibleDescription(
                translate(
                    "Shortcut",
                    "Adds {keys} to GNOME's custom shortcuts to open a pause; a "
                    "shortcut you already have is never changed",
                ).format(keys=keys)
            )
            self.button.setAutoDefault(False)
            self.button.clicked.connect(self.set_up)
            self.outcome = QLabel(self)
            self.outcome.setObjectName("shortcutOutcome")
            self.outcome.setWordWrap(True)
            self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.outcome.hide()
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(self.outcome)

    def _text(self, command: str) -> str:
        if self.system == "windows":
            return translate(
                "Shortcut",
                "The pause shortcut above opens a pause from any program. If "
                "another program already uses those keys, {app} leaves them alone and tells "
                "you, so that you can choose others.",
            ).format(app=DISPLAY_NAME)
        if self.system == "macos":
            return translate(
                "Shortcut",
                "In the Shortcuts app, create a shortcut with the action Run Shell "
                "Script running\n{command}\nthen give it a keyboard shortcut in its details.",
            ).format(command=command)
        if self.system == "gnome":
            return translate(
                "Shortcut",
                "{app} can add {keys} to GNOME's custom shortcuts, to open a "
                "pause from anywhere. A shortcut you already have is never changed.",
            ).format(app=DISPLAY_NAME, keys=self._shortcut.keys)
        if self.system == "kde":
            return translate(
                "Shortcut",
                "In System Settings → Shortcuts → Custom Shortcuts (in Plasma 6: "
                "Add New → Command or URL), add the command\n{command}\nthen choose the keys "
                "that open a pause.",
            ).format(command=command)
        return translate(
            "Shortcut",
            "In your desktop's keyboard settings, bind keys of your choice to the "
            "command\n{command}",
        ).format(command=command)

    def set_up(self) -> str:
        """The GNOME button: run the setup, show (and return) what happened."""
        text = self._shortcut.set_up()
        if self.outcome is not None:
            self.outcome.setText(text)
            self.outcome.show()
        return text
