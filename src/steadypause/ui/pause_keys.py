"""The pause window's keyboard rules inside a step: Enter goes on, the arrows stay put,
nothing typed is lost.

The window itself handles Enter (next), Backspace or Alt+Left (back) and Esc (close); these
widgets leave those keys to it instead of using them themselves. Letters typed while the
focus is on a step's option, box, check-in or button go into the step's text field
(:func:`type_into`), and a key that reaches a control after the focus has left it goes
where the focus is now (:class:`KeysFollowFocus`).
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QRadioButton, QWidget

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


def typed_text(event: QKeyEvent) -> bool:
    """Whether ``event`` types a character (not a command with Ctrl or Alt, not Space)."""
    mods = event.modifiers()
    text = event.text()
    return (
        bool(text)
        and text.isprintable()
        and not text.isspace()
        and not mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    )


def type_into(field: QLineEdit | None, event: QKeyEvent) -> bool:
    """A character typed outside the step's text field goes into it, and the focus with it
    (so the rest of the sentence follows). False when there is no field to take it."""
    if field is None or not field.isVisible() or not field.isEnabled() or not typed_text(event):
        return False
    field.setFocus(Qt.FocusReason.ShortcutFocusReason)
    QApplication.sendEvent(field, event)
    return True


class KeysFollowFocus(QObject):
    """A key that reaches a control after the focus moved on goes to the focus instead; and
    the focus ring stays drawn.

    The platform hands each key to whatever has the focus when the key arrives; a key sent
    to one control, or still queued for it, when a step changes or a choice moves the focus
    on would otherwise land where the person no longer is (a Space on an option typed as
    part of a sentence would tick it).
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)  # no reference of its own: the window owns it

    def watch(self, controls: Sequence[QWidget]) -> None:
        for control in controls:
            control.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        window = self.parent()
        if event.type() == QEvent.Type.FocusIn and isinstance(window, QWidget):
            # The ring stays drawn: Qt stops drawing it when the window is activated or a
            # control is focused by other means than Tab, so a focus moved for the person
            # (a step change, a chosen number) would not show where the keys now go.
            window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
            return False
        if event.type() not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        focus = QApplication.focusWidget()
        if (
            focus is None
            or not isinstance(window, QWidget)
            or focus is watched
            or not isinstance(watched, QWidget)
            or watched.isAncestorOf(focus)
            or not window.isAncestorOf(focus)
        ):
            return False
        QApplication.sendEvent(focus, event)
        return True


def chain_tab_order(controls: Sequence[QWidget]) -> None:
    """Tab goes through ``controls`` in this order (the order they are seen in)."""
    for first, second in itertools.pairwise(controls):
        QWidget.setTabOrder(first, second)
