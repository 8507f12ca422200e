"""The settings dialog's drop-down for a setting with a fixed list of choices."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from steadypause.core.settings import Field
from steadypause.ui.field_editor import FieldEditor, single


class ChoiceEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.combo = QComboBox(self)
        for choice in field.choices or ():
            self.combo.addItem(field.choice_text(choice), choice)
        self._describe(self.combo)
        self.combo.currentIndexChanged.connect(self.changed)
        single(self, self.combo)

    def value(self) -> str:
        return str(self.combo.currentData())

    def set_value(self, value: str) -> None:
        self.combo.setCurrentIndex(self.combo.findData(value))

    def focus_widget(self) -> QWidget:
        return self.combo
