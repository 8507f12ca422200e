"""The words under the breathing circle, and what a screen reader is told of them.

The label's accessible name carries the phase ("Breathe in, breath 2 of 3"); a new phase is also
announced politely (QAccessibleAnnouncementEvent, which Qt's AT-SPI bridge sends as an
announcement), once however often the widget asks during that phase.
"""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QFontMetricsF
from PySide6.QtWidgets import QLabel, QWidget

from steadypause.core.i18n import translate

log = logging.getLogger(__name__)


class GuideLabel(QLabel):
    """The line under the circle ("Breathe in · breath 1 of 3"), wrapped and centred."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breathing_guide")
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWordWrap(True)
        self.setAccessibleDescription(translate("Breathing", "Breathing guide"))
        self._announced_for: object = None  # the key of the phase last announced

    def show_line(self, text: str) -> None:
        if self.text() != text:
            self.setText(text)

    def speak(self, text: str, phase_key: object = None) -> bool:
        """Make ``text`` the accessible name; announce it if ``phase_key`` is given and not
        announced before. True when it was announced."""
        if self.accessibleName() != text:
            self.setAccessibleName(text)
        if phase_key is None or phase_key == self._announced_for:
            return False
        self._announced_for = phase_key
        if QAccessible.isActive():
            event = QAccessibleAnnouncementEvent(self, text)
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
            QAccessible.updateAccessibility(event)
        return True

    def height_for(self, text: str, width: float) -> int:
        """How high ``text`` is, wrapped for ``width`` px, in this label's font."""
        metrics = QFontMetricsF(self.font())
        text_box = metrics.boundingRect(
            QRectF(0.0, 0.0, max(width, 1.0), 10_000.0),
            int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter),
            text,
        )
        return math.ceil(text_box.height())
