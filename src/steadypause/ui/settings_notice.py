"""The Settings dialog's one line about a settings file that could not be read.

When the store set the file aside as a ``.bad-<timestamp>`` copy (core/settings/set_aside),
the dialog says so at its top, calmly: where the copy is and what is used instead. It stays
until the person saves the settings or dismisses it (then the store forgets the copy, so the
dialog does not say it again); closing the dialog without either keeps it for next time.
*Dismiss* is the dialog's first Tab stop while the line shows, and carries the line as its
accessible description, so a screen reader reads the two together.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from steadypause.core.i18n import translate
from steadypause.core.settings import SettingsStore

log = logging.getLogger(__name__)


class SetAsideNotice(QWidget):
    """Hidden unless ``store`` set an unreadable settings file aside."""

    def __init__(self, store: SettingsStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setAsideNotice")
        self._store = store
        record = store.set_aside
        self.setAccessibleName(translate("Settings", "About your settings file"))
        self.line = QLabel(record.sentence() if record is not None else "", self)
        self.line.setObjectName("setAsideLine")
        self.line.setWordWrap(True)
        self.line.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dismiss_button = QPushButton(translate("Settings", "Dismiss"), self)
        self.dismiss_button.setObjectName("setAsideDismiss")
        self.dismiss_button.setAccessibleName(translate("Settings", "Dismiss"))
        # the first Tab stop of the dialog while it shows: read with the line itself
        self.dismiss_button.setAccessibleDescription(self.line.text())
        self.dismiss_button.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 4)
        row.addWidget(self.line, 1)
        row.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        if record is None:
            self.hide()

    def dismiss(self) -> None:
        """Hide the line for good: the settings were saved, or the person dismissed it."""
        if self._store.set_aside is not None:
            log.info("the note about %s is dismissed", self._store.set_aside.copy)
        self._store.set_aside = None
        self.hide()
