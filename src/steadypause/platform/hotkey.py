"""A global keyboard shortcut that opens a pause: the interface, and who provides it.

Only Windows lets a program register a key combination for the whole session itself
(``RegisterHotKey``, in platform/windows_hotkey.py). Elsewhere the desktop owns the keys,
and a person binds the command ``steadypause pause`` there: GNOME through
``steadypause --setup-shortcut`` (gnome_shortcut.py) or the button in Settings, KDE Plasma in
System Settings, macOS in the Shortcuts app (README, ui/shortcut_section.py). Those systems
get :class:`UnavailableHotkey`.

A hotkey never takes keys another program holds: when the combination is taken,
:meth:`GlobalHotkey.register` says so in a sentence for the person and registers nothing.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from steadypause.platform.base import Backend


class GlobalHotkey(Backend):
    """One key combination for the whole session; ``activated`` when it is pressed."""

    activated = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys = ""

    @property
    def keys(self) -> str:
        """The combination registered now ("" when none)."""
        return self._keys

    def register(self, keys: str) -> str | None:
        """Use ``keys`` ("Ctrl+Alt+Shift+P"; "" for none) from now on, in place of the
        combination registered before. None when that worked; otherwise why not, as a
        sentence for the person (and nothing is registered)."""
        raise NotImplementedError

    def unregister(self) -> None:
        """Let go of the combination (nothing happens when none is registered)."""

    def stop(self) -> None:
        self.unregister()


class UnavailableHotkey(GlobalHotkey):
    """Where the desktop binds the keys itself; registers nothing, says nothing."""

    name = "unavailable"

    def __init__(self, reason: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.unavailable(reason)

    def register(self, keys: str) -> str | None:
        return None


def for_this_system(parent: QObject | None = None) -> GlobalHotkey:
    if sys.platform == "win32":
        from steadypause.platform.windows_hotkey import WindowsHotkey

        return WindowsHotkey(parent)
    if sys.platform == "darwin":
        return UnavailableHotkey(
            "macOS: a Shortcuts shortcut runs steadypause pause", parent
        )  # i18n-exempt: diagnostic
    return UnavailableHotkey(
        "the desktop binds steadypause pause", parent
    )  # i18n-exempt: diagnostic
