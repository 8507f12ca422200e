"""The *Voice* setting's editor: a drop-down of the voices the speech service reports.

The first entry is the system's default voice (the setting's ''). The voices are asked for
the first time the list is opened or stepped through with the arrow keys (the speech
service starts then, if it was not already running for the spoken guide; see
ui/sound_section.py), or offered earlier by the section once the guide has been opened.
A name from the settings file that no voice here answers to stays chosen, shown as
"name (not available here)", so it is not lost by opening the dialog and saving something
else; before the voices are known it is shown as it is.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from steadypause.core.i18n import translate
from steadypause.core.settings import Field
from steadypause.ui.field_editor import FieldEditor, single


def answers_to(voices: list[str], name: str) -> bool:
    """Whether one of ``voices`` speaks for ``name``: its name, or a part of it, in any case
    (as platform/sound/qt_speech.py chooses the voice)."""
    folded = name.casefold()
    return any(folded in voice.casefold() for voice in voices)


# Keys that move through a closed combo box's entries: the voices are asked for first.
_STEPPING_KEYS = (
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
)


class _VoiceList(QComboBox):
    """A combo box that asks for its voices just before it first opens, or before the
    arrow keys first step through it closed."""

    def __init__(self, parent: QWidget, opening: Callable[[], None]) -> None:
        super().__init__(parent)
        self._opening = opening

    def showPopup(self) -> None:
        self._opening()
        super().showPopup()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _STEPPING_KEYS and not event.modifiers():
            self._opening()
        super().keyPressEvent(event)


class VoiceEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.combo = _VoiceList(self, self._opening)
        self.combo.setObjectName("voiceList")
        self._describe(self.combo)
        self.combo.currentIndexChanged.connect(self.changed)
        self._voices: list[str] | None = None  # None: not asked yet
        # Asks the speech service for its voices (set by the sound section); None: cannot.
        self.fetch: Callable[[], list[str]] | None = None
        single(self, self.combo)
        self._fill("")

    @property
    def known(self) -> bool:
        """Whether the speech service's voices have been asked for."""
        return self._voices is not None

    def offer(self, voices: list[str]) -> None:
        """The speech service's voices, to choose from (the choice is kept)."""
        self._voices = sorted(set(voices), key=str.casefold)  # a long list: in order
        self._fill(self.value())

    def _opening(self) -> None:
        if self._voices is not None or self.fetch is None:
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.offer(self.fetch())
        finally:
            QApplication.restoreOverrideCursor()

    def _fill(self, keep: str) -> None:
        self.combo.blockSignals(True)  # the value stays what it was
        self.combo.clear()
        self.combo.addItem(translate("Settings", "The system's default voice"), "")
        for name in self._voices or ():
            self.combo.addItem(name, name)
        if keep and self.combo.findData(keep) < 0:
            shown = keep
            if self._voices is not None and not answers_to(self._voices, keep):
                shown = translate("Settings", "{name} (not available here)").format(name=keep)
            self.combo.addItem(shown, keep)
        self.combo.setCurrentIndex(max(0, self.combo.findData(keep)))
        self.combo.blockSignals(False)

    def value(self) -> str:
        return str(self.combo.currentData() or "")

    def set_value(self, value: str) -> None:
        self._fill(value.strip())

    def focus_widget(self) -> QWidget:
        return self.combo
