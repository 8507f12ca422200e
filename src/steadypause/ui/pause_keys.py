"""The pause window's keyboard rules inside a step: Enter goes on, the arrows stay put.

The window itself handles Enter (next), Backspace or Alt+Left (back) and Esc (close); these
widgets leave those keys to it instead of using them themselves.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QRadioButton

from steadypause.ui.scroll_page import ScrollPage

log = logging.getLogger(__name__)


class StepScroll(ScrollPage):
    """Scrolls a step that does not fit; leaves the arrow keys to the window and its fields."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            super().keyPressEvent(event)
        else:
            event.ignore()


def passes_enter_on(event: QKeyEvent) -> bool:
    """Enter on a step's option goes on, as everywhere else: the key is left to the window.

    Qt's GNOME platform theme lists Return and Enter among the keys that press a focused
    button (QPlatformTheme::ButtonPressKeys), so there Enter would tick the option instead
    and the window would never see it. Push buttons keep the desktop's own behaviour.
    """
    if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        event.ignore()  # on to the parent, and so to PauseWindow.keyPressEvent
        return True
    return False


class SignalBox(QCheckBox):
    """A body signal to tick; Enter goes on (see passes_enter_on)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not passes_enter_on(event):
            super().keyPressEvent(event)


class Choice(QRadioButton):
    """One of the offered words; Enter goes on (see passes_enter_on)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not passes_enter_on(event):
            super().keyPressEvent(event)
