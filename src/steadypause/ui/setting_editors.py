"""One editor widget per kind of setting, for the settings dialog.

Each :class:`FieldEditor` edits one :class:`~steadypause.core.settings.Field`: ``value()``,
``set_value()``, ``problem()`` (why what it holds cannot be saved, or None) and a
``changed`` signal on every edit. :func:`make_editor` picks the editor by the field's kind.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from steadypause.core.i18n import translate
from steadypause.core.settings import (
    TEXT_LIST_MAX,
    Contact,
    Field,
    check_contact,
    check_text_item,
)


def sentence(text: str) -> str:
    """A validator's fragment ("an entry cannot be empty") as a sentence."""
    text = text.strip()
    if not text:
        return text
    return text[0].upper() + text[1:] + ("" if text.endswith((".", "?", "!")) else ".")


# --- one editor per kind ------------------------------------------------------------------


class FieldEditor(QWidget):
    """Edits one setting. ``changed`` is emitted on every edit, valid or not."""

    changed = Signal()

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName(f"edit_{field.name}")

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def problem(self) -> str | None:
        """Why what the editor holds cannot be saved, as a sentence; None when it can."""
        found = self.field.check(self.value())
        return sentence(found) if found else None

    def focus_widget(self) -> QWidget:
        """The control a label's mnemonic should focus."""
        return self

    def _describe(self, widget: QWidget, name: str | None = None) -> None:
        widget.setAccessibleName(name or self.field.shown_title)
        widget.setAccessibleDescription(self.field.shown_description)
        widget.setToolTip(self.field.shown_description)


def _watch_typing(spin: QAbstractSpinBox, changed: Signal) -> None:
    """Report every keystroke: the spin box's own signals skip text that is not a value yet."""
    line = spin.findChild(QLineEdit)
    if line is not None:
        line.textChanged.connect(changed)


class NumberEditor(FieldEditor):
    """A spin box: whole numbers for int fields, halves of a second for float fields."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        low, high = field.minimum or 0, field.maximum or 999_999
        self.spin: QSpinBox | QDoubleSpinBox
        if field.kind == "int":
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
        _watch_typing(self.spin, self.changed)
        _single(self, self.spin)

    def value(self) -> int | float:
        value = self.spin.value()
        return round(value, 1) if isinstance(value, float) else value

    def set_value(self, value: float) -> None:
        self.spin.setValue(value)

    def problem(self) -> str | None:
        if not self.spin.hasAcceptableInput():
            low, high = (f"{x:g}" for x in (self.field.minimum or 0, self.field.maximum or 0))
            if self.field.kind == "int":
                text = translate("Settings", "Enter a whole number from {low} to {high}.")
            else:
                text = translate("Settings", "Enter a number from {low} to {high}.")
            return text.format(low=low, high=high)
        return super().problem()

    def focus_widget(self) -> QWidget:
        return self.spin


class BoolEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.check = QCheckBox(field.shown_title, self)
        self._describe(self.check)
        self.check.toggled.connect(self.changed)
        _single(self, self.check)

    def value(self) -> bool:
        return self.check.isChecked()

    def set_value(self, value: bool) -> None:
        self.check.setChecked(value)

    def focus_widget(self) -> QWidget:
        return self.check


class ChoiceEditor(FieldEditor):
    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.combo = QComboBox(self)
        for choice in field.choices or ():
            self.combo.addItem(field.choice_text(choice), choice)
        self._describe(self.combo)
        self.combo.currentIndexChanged.connect(self.changed)
        _single(self, self.combo)

    def value(self) -> str:
        return str(self.combo.currentData())

    def set_value(self, value: str) -> None:
        self.combo.setCurrentIndex(self.combo.findData(value))

    def focus_widget(self) -> QWidget:
        return self.combo


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
        _watch_typing(self.time, self.changed)
        _single(self, self.time)

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
            return translate("Settings",
                             "The day ends before it starts: choose an end after the start.")
        return super().problem()

    def focus_widget(self) -> QWidget:
        return self.working


class _ReorderList(QListWidget):
    """A list that moves its current entry with Alt+Up / Alt+Down and removes it with Delete."""

    moveRequested = Signal(int)
    removeRequested = Signal()

    def sizeHint(self) -> QSize:
        # About five entries; the page scrolls, and the list grows with the window.
        return QSize(320, 5 * self.fontMetrics().height() + 12)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        editing = self.state() == QAbstractItemView.State.EditingState
        if not editing and mods == Qt.KeyboardModifier.AltModifier \
                and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.moveRequested.emit(-1 if key == Qt.Key.Key_Up else 1)
            return
        if not editing and mods == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_Delete:
            self.removeRequested.emit()
            return
        super().keyPressEvent(event)


class _EntryLine(QLineEdit):
    """A line edit whose Enter adds the entry and goes no further (not to the dialog's OK)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()


class TextListEditor(FieldEditor):
    """The person's own phrases or boundary cues: add, edit in place, remove, reorder."""

    _PREVIOUS = Qt.ItemDataRole.UserRole   # an entry's last accepted text

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        title = field.shown_title
        self.list = _ReorderList(self)
        self.list.setObjectName(f"list_{field.name}")
        self._describe(self.list)
        self.list.setAccessibleDescription(translate(
            "Settings", "{description} F2 edits the selected entry, Alt+Up and Alt+Down move "
                        "it, Delete removes it.").format(description=field.shown_description))
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.list.setMinimumHeight(3 * self.list.fontMetrics().height() + 12)
        self.list.setWordWrap(True)

        self.edit_button = self._button(
            "edit", translate("Settings", "Edit"),
            translate("Settings", "Edit the selected entry in {list}").format(list=title),
            self.edit_current)
        self.remove_button = self._button(
            "remove", translate("Settings", "Remove"),
            translate("Settings", "Remove the selected entry from {list}").format(list=title),
            self.remove_current)
        self.up_button = self._button(
            "move_up", translate("Settings", "Move up"),
            translate("Settings", "Move the selected entry up in {list}").format(list=title),
            lambda: self.move_current(-1))
        self.down_button = self._button(
            "move_down", translate("Settings", "Move down"),
            translate("Settings", "Move the selected entry down in {list}").format(list=title),
            lambda: self.move_current(1))
        self.entry = _EntryLine(self)
        self.entry.setObjectName(f"entry_{field.name}")
        self.entry.setPlaceholderText(translate("Settings", "Type a new entry, then press Enter"))
        self.entry.setAccessibleName(
            translate("Settings", "New entry for {list}").format(list=title))
        self.entry.setAccessibleDescription(field.shown_description)
        self.entry.returnPressed.connect(self.add_from_entry)
        self.entry.textChanged.connect(self.changed)
        self.add_button = self._button(
            "add", translate("Settings", "Add"),
            translate("Settings", "Add the typed entry to {list}").format(list=title),
            self.add_from_entry)
        self.message = QLabel(self)
        self.message.setObjectName(f"message_{field.name}")
        self.message.setWordWrap(True)
        self.message.hide()

        buttons = QVBoxLayout()
        for b in (self.edit_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(buttons)
        adding = QHBoxLayout()
        adding.addWidget(self.entry, 1)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(adding)
        layout.addWidget(self.message)
        # The "Add" button sits after the entry in the layout but was made before it.
        QWidget.setTabOrder(self.entry, self.add_button)

        self.list.moveRequested.connect(self.move_current)
        self.list.removeRequested.connect(self.remove_current)
        self.list.itemChanged.connect(self._edited)
        self.list.currentRowChanged.connect(self._update_buttons)
        model = self.list.model()
        model.rowsMoved.connect(self._rows_changed)
        model.rowsInserted.connect(self._rows_changed)
        model.rowsRemoved.connect(self._rows_changed)
        self._update_buttons()

    def focus_widget(self) -> QWidget:
        return self.list

    def _button(self, name: str, text: str, description: str, slot: Any) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(f"{name}_{self.field.name}")
        b.setAccessibleName(translate("Settings", "{action} ({list})", "a button's name").format(
            action=text, list=self.field.shown_title))
        b.setAccessibleDescription(description)
        b.setAutoDefault(False)
        b.clicked.connect(slot)
        return b

    # -- reading and writing -------------------------------------------------------------

    def texts(self) -> tuple[str, ...]:
        return tuple(self.list.item(i).text() for i in range(self.list.count()))

    def value(self) -> tuple[str, ...]:
        return self.texts()

    def set_value(self, value: tuple[str, ...]) -> None:
        self.list.clear()
        for text in value:
            self._append(text)
        self.entry.clear()
        self._say(None)
        self._update_buttons()
        self.changed.emit()

    def problem(self) -> str | None:
        pending = self.entry.text()
        if pending.strip():
            found = check_text_item(pending, self.texts())
            if found:
                return translate("Settings", "New entry: {problem}").format(
                    problem=sentence(found))
            return translate("Settings", "The new entry is not added yet: press Enter or Add, "
                                         "or clear the box.")
        return super().problem()

    # -- what the person does --------------------------------------------------------------

    def add_from_entry(self) -> bool:
        text = self.entry.text()
        if self.list.count() >= TEXT_LIST_MAX:
            self._say(translate("Settings", "At most {most} entries: remove one before adding "
                                            "another.").format(most=TEXT_LIST_MAX))
            return False
        found = check_text_item(text, self.texts())
        if found:
            self._say(sentence(found))
            return False
        item = self._append(text.strip())
        self.list.setCurrentItem(item)
        self.entry.clear()
        self._say(None)
        return True

    def edit_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.list.setFocus()
            self.list.editItem(item)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        self.list.takeItem(row)
        self._say(None)
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))

    def move_current(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)

    # -- inner workings ----------------------------------------------------------------------

    def _append(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(self._PREVIOUS, text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled)
        self.list.addItem(item)
        return item

    def _edited(self, item: QListWidgetItem) -> None:
        previous = item.data(self._PREVIOUS)
        text = item.text()
        if text == previous:
            return
        others = tuple(t for i, t in enumerate(self.texts()) if self.list.item(i) is not item)
        found = check_text_item(text, others)
        blocker = self.list.blockSignals(True)
        if found:
            item.setText(previous)
        else:
            item.setText(text.strip())
            item.setData(self._PREVIOUS, text.strip())
        self.list.blockSignals(blocker)
        self._say(translate("Settings", "{problem} The entry was left as it was.").format(
            problem=sentence(found)) if found else None)
        self.changed.emit()

    def _rows_changed(self, *_args: object) -> None:
        self._update_buttons()
        self.changed.emit()

    def _update_buttons(self, *_args: object) -> None:
        row = self.list.currentRow()
        selected = row >= 0
        self.edit_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)
        self.up_button.setEnabled(selected and row > 0)
        self.down_button.setEnabled(selected and row < self.list.count() - 1)

    def _say(self, text: str | None) -> None:
        self.message.setText(text or "")
        self.message.setVisible(bool(text))


class ContactsEditor(FieldEditor):
    """A small table: a name and a phone number or link per row."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName(f"table_{field.name}")
        self._describe(self.table)
        self.table.setHorizontalHeaderLabels([translate("Settings", "Name"),
                                              translate("Settings", "Phone number or link")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)   # Tab leaves the table; arrows move inside
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setMinimumHeight(120)
        self.table.itemChanged.connect(self.changed)
        self.table.currentCellChanged.connect(self._update_buttons)
        self.add_button = QPushButton(translate("Settings", "Add contact"), self)
        self.add_button.setObjectName(f"add_{field.name}")
        self.add_button.setAccessibleName(translate("Settings", "Add contact"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button = QPushButton(translate("Settings", "Remove contact"), self)
        self.remove_button.setObjectName(f"remove_{field.name}")
        self.remove_button.setAccessibleName(translate("Settings", "Remove contact"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._update_buttons()

    def focus_widget(self) -> QWidget:
        return self.table

    def _rows(self) -> list[tuple[str, str]]:
        def cell(row: int, column: int) -> str:
            item = self.table.item(row, column)
            return item.text().strip() if item is not None else ""

        return [(cell(r, 0), cell(r, 1)) for r in range(self.table.rowCount())]

    def value(self) -> tuple[Contact, ...]:
        return tuple(Contact(name, link) for name, link in self._rows() if name or link)

    def set_value(self, value: tuple[Contact, ...]) -> None:
        blocker = self.table.blockSignals(True)
        self.table.setRowCount(0)
        for contact in value:
            self._insert(contact.name, contact.link)
        self.table.blockSignals(blocker)
        self._update_buttons()
        self.changed.emit()

    def problem(self) -> str | None:
        problems = []
        for n, (name, link) in enumerate(self._rows(), 1):
            if name or link:
                found = check_contact(name, link)
                if found:
                    problems.append(translate("Settings", "Contact {n}: {problem}.").format(
                        n=n, problem=found))
        if len(self.value()) > TEXT_LIST_MAX:
            problems.append(translate("Settings", "At most {most} contacts.").format(
                most=TEXT_LIST_MAX))
        return " ".join(problems) or super().problem()

    def add_row(self) -> None:
        if self.table.rowCount() >= TEXT_LIST_MAX:
            return
        row = self._insert("", "")
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        self.table.editItem(self.table.item(row, 0))
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self._update_buttons()
            self.changed.emit()

    def _insert(self, name: str, link: str) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        self.table.setItem(row, 1, QTableWidgetItem(link))
        return row

    def _update_buttons(self, *_args: object) -> None:
        self.remove_button.setEnabled(self.table.currentRow() >= 0)
        self.add_button.setEnabled(self.table.rowCount() < TEXT_LIST_MAX)


def _single(editor: QWidget, control: QWidget) -> None:
    layout = QHBoxLayout(editor)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(control)
    editor.setFocusProxy(control)


class MinutesListEditor(FieldEditor):
    """A few lengths in minutes, typed as '15, 30, 60'."""

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.line = QLineEdit(self)
        self.line.setPlaceholderText("15, 30, 60")
        self._describe(self.line)
        self.line.textChanged.connect(self.changed)
        _single(self, self.line)

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
            return translate("Settings",
                             "Enter whole numbers of minutes separated by commas, like 15, 30, 60.")
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
        _single(self, self.keys)

    def value(self) -> str:
        portable = QKeySequence.SequenceFormat.PortableText
        return self.keys.keySequence().toString(portable)

    def set_value(self, value: str) -> None:
        portable = QKeySequence.SequenceFormat.PortableText
        self.keys.setKeySequence(QKeySequence.fromString(value, portable))

    def focus_widget(self) -> QWidget:
        return self.keys


EDITORS: dict[str, type[FieldEditor]] = {
    "int": NumberEditor, "float": NumberEditor, "bool": BoolEditor, "choice": ChoiceEditor,
    "time": TimeEditor, "hours": HoursEditor, "text_list": TextListEditor,
    "minutes_list": MinutesListEditor, "contacts": ContactsEditor,
    "key_combination": KeyCombinationEditor,
}


def make_editor(field: Field, parent: QWidget | None = None) -> FieldEditor:
    return EDITORS[field.kind](field, parent)
