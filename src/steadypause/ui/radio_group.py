"""Radio groups whose arrow keys select, not only move the focus.

Qt moves the focus between a group's radio buttons with the arrow keys, and checks the
button it lands on only when the one it left was checked; with none checked yet, the
arrows move an invisible choice. Here an arrow always selects the button it moves to (as
WAI-ARIA's radio group does), wrapping round at either end.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup

log = logging.getLogger(__name__)

_BACK = (Qt.Key.Key_Up, Qt.Key.Key_Left)
_ON = (Qt.Key.Key_Down, Qt.Key.Key_Right)


class ArrowsSelect(QObject):
    """Installed on every button of ``group`` by :func:`arrows_select`."""

    def __init__(self, group: QButtonGroup) -> None:
        super().__init__(group)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        group = self.parent()
        if event.type() != QEvent.Type.KeyPress or not isinstance(group, QButtonGroup):
            return False
        assert isinstance(event, QKeyEvent)
        key = event.key()
        if key not in (*_BACK, *_ON) or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        buttons = [b for b in group.buttons() if b.isVisible() and b.isEnabled()]
        if watched not in buttons:
            return False
        step = -1 if key in _BACK else 1
        target = buttons[(buttons.index(watched) + step) % len(buttons)]
        target.setChecked(True)
        target.setFocus(Qt.FocusReason.TabFocusReason)
        return True


def arrows_select(group: QButtonGroup) -> None:
    """Make the arrow keys select within ``group`` (buttons added later are not covered)."""
    selector = ArrowsSelect(group)
    for button in group.buttons():
        button.installEventFilter(selector)
