"""The settings dialog's breathing preview: the animation at the pace the form holds now.

It follows the breath fields as they are edited (not while one of them has a problem) and
starts a new round a moment after each one ends.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, QSize, QTimer
from PySide6.QtWidgets import QWidget

from steadypause.core.i18n import translate
from steadypause.ui.breathing import BreathingWidget
from steadypause.ui.field_editor import FieldEditor

PREVIEW_PAUSE_MS = 2000  # between two rounds of the breathing preview
PREVIEW_FIELDS = ("breath_in_seconds", "breath_out_seconds", "breath_cycles", "reduce_motion")


class BreathingPreview(QObject):
    """Owns the preview's widget (:attr:`widget`, on ``page``) and the pause between rounds."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.widget = BreathingWidget(parent=page)
        self.widget.setObjectName("breathingPreview")
        self.widget.setAccessibleName(translate("Settings", "Preview of the breathing animation"))
        self.widget.setMinimumSize(QSize(200, 220))
        self.widget.finished.connect(self._again)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_PAUSE_MS)
        self._timer.timeout.connect(self._restart)

    def follow(self, editors: Mapping[str, FieldEditor], problems: Mapping[str, str]) -> None:
        """Take the pace from the form, unless a breath field has a problem."""
        if any(name in problems for name in PREVIEW_FIELDS):
            return
        self.widget.set_reduce_motion(editors["reduce_motion"].value())
        self.widget.set_pace(
            editors["breath_in_seconds"].value(),
            editors["breath_out_seconds"].value(),
            editors["breath_cycles"].value(),
        )

    def start(self) -> None:
        """Start it when the dialog is first shown (not again while it runs)."""
        if not self.widget.is_running():
            self.widget.start()

    def _again(self) -> None:
        self._timer.start()

    def _restart(self) -> None:
        self.widget.restart()
