"""The settings dialog's keys: tabs turn, values change only on purpose, Esc asks first.

- Ctrl+PageDown / Ctrl+Tab go to the next tab, Ctrl+PageUp / Ctrl+Shift+Tab to the
  previous one, wherever the focus is. They are shortcuts of the dialog, so a focused drop-
  down or number never takes them (a focused QComboBox used to change on Ctrl+PageDown).
- A drop-down or number box changes by the arrow keys only while it has the focus (its
  ring drawn), or from its open list. The mouse wheel over one without the focus scrolls
  the page instead; Page Up/Down and Home/End on a closed drop-down scroll the page too.
- Esc closes, asking first when there are changes not saved yet (:func:`may_close`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from steadypause.core.i18n import translate

log = logging.getLogger(__name__)

# (keys, step): the tab-turning shortcuts.
TAB_KEYS = (
    ("Ctrl+PgDown", 1),
    ("Ctrl+Tab", 1),
    ("Ctrl+PgUp", -1),
    ("Ctrl+Shift+Tab", -1),
)
# Keys a closed drop-down would use to jump to another value, or a number box to leap by
# ten: in a scrolling form they are meant for the page.
_PAGE_KEYS = (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
_JUMP_KEYS = (Qt.Key.Key_Home, Qt.Key.Key_End)


def turn_tabs_by_keys(dialog: QWidget, tabs: QTabWidget) -> list[QShortcut]:
    """The tab-turning shortcuts of ``dialog``, for ``tabs``."""
    made = []
    for keys, step in TAB_KEYS:
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(lambda step=step: _turn(dialog, tabs, step))
        made.append(shortcut)
    return made


def _turn(dialog: QWidget, tabs: QTabWidget, step: int) -> None:
    tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())
    # Qt moves a focus left on the page now hidden into the new page; say where it is.
    dialog.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
    focus = dialog.focusWidget()
    if focus is None or not focus.isVisible():
        tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)


class ValuesOnPurpose(QObject):
    """Installed on every drop-down and number box of the dialog (see the module's words)."""

    def __init__(self, dialog: QWidget) -> None:
        super().__init__(dialog)

    def watch(self, controls: Iterable[QWidget]) -> None:
        for control in controls:
            if isinstance(control, (QComboBox, QAbstractSpinBox)):
                control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the wheel gives none
                control.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(watched, QWidget):
            return False
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            # The ring is drawn whenever one has the focus, however it came there.
            watched.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
        elif kind == QEvent.Type.Wheel and not watched.hasFocus():
            event.ignore()  # on to the page, which scrolls
            return True
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            jump = event.key() in _JUMP_KEYS and isinstance(watched, QComboBox)
            if event.key() in _PAGE_KEYS or jump:
                event.ignore()  # on to the page (it scrolls) and the dialog
                return True
        return False


class AsksBeforeClosing(QObject):
    """Esc, or the window's own close button, closes ``dialog``, asking first while
    ``unsaved()`` (:func:`may_close`). The app closing it does not ask."""

    def __init__(
        self, dialog: QDialog, unsaved: Callable[[], bool], save: Callable[[], bool]
    ) -> None:
        super().__init__(dialog)
        self._unsaved = unsaved
        self._save = save
        self._asking = False  # one question at a time
        dialog.installEventFilter(self)

    def _may_close(self, dialog: QDialog) -> bool:
        if self._asking:
            return False
        self._asking = True
        try:
            return may_close(dialog, self._unsaved(), self._save)
        finally:
            self._asking = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        dialog = self.parent()
        if watched is not dialog or not isinstance(dialog, QDialog):
            return False
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and not event.modifiers()
        ):
            if self._may_close(dialog):
                dialog.reject()
            return True
        if (
            event.type() == QEvent.Type.Close
            and event.spontaneous()
            and not self._may_close(dialog)
        ):
            event.ignore()
            return True
        return False


def may_close(parent: QWidget, unsaved: bool, save: Callable[[], bool]) -> bool:
    """Whether a form with ``unsaved`` changes may close: asks Save (with ``save``, which
    says whether it worked), Discard or Cancel first; Cancel is the default, and Esc."""
    if not unsaved:
        return True
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("Settings", "Save your changes?"),
        translate("Settings", "Some settings were changed but not saved yet."),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("unsavedChanges")
    save_button = box.addButton(translate("Settings", "&Save"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(
        translate("Settings", "&Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(translate("Settings", "&Cancel"), QMessageBox.ButtonRole.RejectRole)
    for button, name in ((save_button, "save"), (discard, "discard"), (cancel, "cancel")):
        button.setObjectName(f"{name}Button")
        button.setAccessibleName(button.text().replace("&", ""))
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return (clicked is save_button and save()) or clicked is discard
