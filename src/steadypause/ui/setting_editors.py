"""One editor widget per kind of setting, for the settings dialog.

The editors for single values are here, the lists' in text_list_editor.py and
contacts_editor.py, the voice's in voice_editor.py, their base in field_editor.py.
:func:`make_editor` picks the editor by the class of the field's kind.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QTime
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from steadypause.core.i18n import translate
from steadypause.core.routine import Routine
from steadypause.core.settings import Field, Kind, kinds, list_kinds
from steadypause.ui.choice_editor import ChoiceEditor
from steadypause.ui.contacts_editor import ContactsEditor
from steadypause.ui.field_editor import FieldEditor, single, watch_typing
from steadypause.ui.routine_editor import RoutineEditor
from steadypause.ui.text_list_editor import TextListEditor
from steadypause.ui.voice_editor import VoiceEditor


class NumberEditor(FieldEditor):
    """A spin box: whole numbers for int fields, halves of a second for float fields."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        low, high = field.minimum or 0, field.maximum or 999_999
        self.spin: QSpinBox | QDoubleSpinBox
        if isinstance(field.kind, kinds.IntKind):
            self.spin = QSpinBox(self)
            self.spin.setRange(int(low), int(high))
        else:
            self.spin = QDoubleSpinBox(self)
            self.spin.setDecimals(1)
            self.spin.setSingleStep(0.5)
            self.spin.setRange(float(low), float(high))
        self.spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        self._describe(self.spin)
        self.spin.valueChanged.connect(self.changed)
        watch_typing(self.spin, self.changed)
        single(self, self.spin)

    def value(self) -> int | float:
        value = self.spin.value()
        return round(value, 1) if isinstance(value, float) else value

    def set_value(self, value: float) -> None:
        if isinstance(self.spin, QSpinBox):
            self.spin.setValue(int(value))
        else:
            self.spin.setValue(float(value))

    def problem(self) -> str | None:
        if not self.spin.hasAcceptableInput():
            low, high = (f"{x:g}" for x in (self.field.minimum or 0, self.field.maximum or 0))
            if isinstance(self.field.kind, kinds.IntKind):
                text = translate("Settings", "Enter a whole number from {low} to {high}.")
            else:
                text = translate("Settings", "Enter a number from {low} to {high}.")
            return text.format(low=low, high=high)
        return super().problem()

    def focus_widget(self) -> QWidget:
        return self.spin


class BoolEditor(FieldEditor):
    OWN_LABEL = True

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.check = QCheckBox(field.shown_title, self)
        self._describe(self.check)
        self.check.toggled.connect(self.changed)
        single(self, self.check)

    def value(self) -> bool:
        return self.check.isChecked()

    def set_value(self, value: bool) -> None:
        self.check.setChecked(value)

    def focus_widget(self) -> QWidget:
        return self.check


def _time_edit(parent: QWidget) -> QTimeEdit:
    edit = QTimeEdit(parent)
    edit.setDisplayFormat("HH:mm")
    return edit


def _qtime(text: str) -> QTime:
    return QTime.fromString(text, "HH:mm")


class TimeEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.time = _time_edit(self)
        self._describe(self.time)
        self.time.timeChanged.connect(self.changed)
        watch_typing(self.time, self.changed)
        single(self, self.time)

    def value(self) -> str:
        return self.time.time().toString("HH:mm")

    def set_value(self, value: str) -> None:
        self.time.setTime(_qtime(value))

    def problem(self) -> str | None:
        if not self.time.hasAcceptableInput():
            return translate("Settings", "Enter a time like 17:30.")
        return super().problem()

    def focus_widget(self) -> QWidget:
        return self.time


class HoursEditor(FieldEditor):
    """A working day on or off, with its start and end."""

    SHARED_DESCRIPTION = True

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        day = field.shown_title
        self.working = QCheckBox(translate("Settings", "Working day"), self)
        self._describe(self.working, translate("Settings", "{day}: working day").format(day=day))
        self.start = _time_edit(self)
        self._describe(self.start, translate("Settings", "{day}: start").format(day=day))
        # "08:00 to 18:00": the word between the two times.
        self.to = QLabel(translate("Settings", "to", "between a start and an end time"), self)
        self.end = _time_edit(self)
        self._describe(self.end, translate("Settings", "{day}: end").format(day=day))
        start, end = (field.default or "08:00-18:00").split("-")
        self.start.setTime(_qtime(start))
        self.end.setTime(_qtime(end))
        self.working.toggled.connect(self._follow_working)
        for signal in (self.working.toggled, self.start.timeChanged, self.end.timeChanged):
            signal.connect(self.changed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.working)
        row.addSpacing(8)
        row.addWidget(self.start)
        row.addWidget(self.to)
        row.addWidget(self.end)
        row.addStretch(1)
        self._follow_working(self.working.isChecked())

    def _follow_working(self, on: bool) -> None:
        for w in (self.start, self.to, self.end):
            w.setEnabled(on)

    def value(self) -> str:
        if not self.working.isChecked():
            return ""
        return f"{self.start.time().toString('HH:mm')}-{self.end.time().toString('HH:mm')}"

    def set_value(self, value: str) -> None:
        if value:
            start, end = value.split("-")
            self.start.setTime(_qtime(start))
            self.end.setTime(_qtime(end))
        self.working.setChecked(bool(value))

    def problem(self) -> str | None:
        if self.working.isChecked() and not self.start.time() < self.end.time():
            return translate(
                "Settings", "The day ends before it starts: choose an end after the start."
            )
        return super().problem()

    def focus_widget(self) -> QWidget:
        return self.working


class MinutesListEditor(FieldEditor):
    """A few lengths in minutes, typed as '15, 30, 60'."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText("15, 30, 60")
        self._describe(self.line)
        self.line.textChanged.connect(self.changed)
        single(self, self.line)

    def value(self) -> tuple[int, ...] | str:
        """The lengths, or the text itself when it is not a list of whole numbers."""
        parts = [p.strip() for p in self.line.text().replace(";", ",").split(",")]
        if not all(p.isascii() and p.isdigit() for p in parts):
            return self.line.text()
        coerced, problem = self.field.coerce([int(p) for p in parts])
        return coerced if problem is None else tuple(int(p) for p in parts)

    def set_value(self, value: tuple[int, ...]) -> None:
        self.line.setText(", ".join(str(v) for v in value))

    def problem(self) -> str | None:
        if isinstance(self.value(), str):
            return translate(
                "Settings", "Enter whole numbers of minutes separated by commas, like 15, 30, 60."
            )
        return super().problem()

    def focus_widget(self) -> QWidget:
        return self.line


class KeyCombinationEditor(FieldEditor):
    """Keys pressed together (the Windows pause shortcut); the clear button sets none."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.keys = QKeySequenceEdit(self)
        self.keys.setMaximumSequenceLength(1)
        self.keys.setClearButtonEnabled(True)
        self._describe(self.keys)
        self.keys.keySequenceChanged.connect(self.changed)
        single(self, self.keys)

    def value(self) -> str:
        portable = QKeySequence.SequenceFormat.PortableText
        return self.keys.keySequence().toString(portable)

    def set_value(self, value: str) -> None:
        portable = QKeySequence.SequenceFormat.PortableText
        self.keys.setKeySequence(QKeySequence.fromString(value, portable))

    def focus_widget(self) -> QWidget:
        return self.keys


EDITORS: dict[type[Kind], type[FieldEditor]] = {
    kinds.IntKind: NumberEditor,
    kinds.FloatKind: NumberEditor,
    kinds.BoolKind: BoolEditor,
    kinds.ChoiceKind: ChoiceEditor,
    kinds.RoutineKind: RoutineEditor,  # (made with the routines on offer: make_editor)
    kinds.TimeKind: TimeEditor,
    kinds.HoursKind: HoursEditor,
    list_kinds.TextListKind: TextListEditor,
    list_kinds.MinutesListKind: MinutesListEditor,
    list_kinds.ContactsKind: ContactsEditor,
    kinds.KeyCombinationKind: KeyCombinationEditor,
    kinds.LineKind: VoiceEditor,  # the one line setting: the voice (ui/voice_editor.py)
}


def make_editor(
    field: Field, parent: QWidget | None = None, routines: Mapping[str, Routine] | None = None
) -> FieldEditor:
    """The editor for ``field``, chosen by the class of its kind; a routine setting's offers
    ``routines`` (the built-in ones and the person's own) besides its built-in choices."""
    if isinstance(field.kind, kinds.RoutineKind):
        return RoutineEditor(field, parent, routines)
    return EDITORS[type(field.kind)](field, parent)
