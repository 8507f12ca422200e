"""The settings dialog's editor for the person's own phrases and boundary cues.

A list edited in place, by keyboard as well as by mouse: add, edit, remove, reorder.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from steadypause.core.i18n import translate
from steadypause.core.settings import (
    TEXT_LIST_MAX,
    Field,
    check_text_item,
)
from steadypause.ui.field_editor import FieldEditor, sentence


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
        if (
            not editing
            and mods == Qt.KeyboardModifier.AltModifier
            and key in (Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
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

    WIDE = True

    _PREVIOUS = Qt.ItemDataRole.UserRole  # an entry's last accepted text

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        title = field.shown_title
        self.list = _ReorderList(self)
        self.list.setObjectName(f"list_{field.name}")
        self._describe(self.list)
        self.list.setAccessibleDescription(
            translate(
                "Settings",
                "{description} F2 edits the selected entry, Alt+Up and Alt+Down move "
                "it, Delete removes it.",
            ).format(description=field.shown_description)
        )
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.list.setMinimumHeight(3 * self.list.fontMetrics().height() + 12)
        self.list.setWordWrap(True)

        self._make_buttons(title)
        self.entry = _EntryLine(self)
        self.entry.setObjectName(f"entry_{field.name}")
        self.entry.setPlaceholderText(translate("Settings", "Type a new entry, then press Enter"))
        self.entry.setAccessibleName(
            translate("Settings", "New entry for {list}").format(list=title)
        )
        self.entry.setAccessibleDescription(field.shown_description)
        self.entry.returnPressed.connect(self.add_from_entry)
        self.entry.textChanged.connect(self.changed)
        self.add_button = self._button(
            "add",
            translate("Settings", "Add"),
            translate("Settings", "Add the typed entry to {list}").format(list=title),
            self.add_from_entry,
        )
        self.message = QLabel(self)
        self.message.setObjectName(f"message_{field.name}")
        self.message.setWordWrap(True)
        self.message.hide()

        self._lay_out()

        self.list.moveRequested.connect(self.move_current)
        self.list.removeRequested.connect(self.remove_current)
        self.list.itemChanged.connect(self._edited)
        self.list.currentRowChanged.connect(self._update_buttons)
        model = self.list.model()
        model.rowsMoved.connect(self._rows_changed)
        model.rowsInserted.connect(self._rows_changed)
        model.rowsRemoved.connect(self._rows_changed)
        self._update_buttons()

    def _make_buttons(self, title: str) -> None:
        self.edit_button = self._button(
            "edit",
            translate("Settings", "Edit"),
            translate("Settings", "Edit the selected entry in {list}").format(list=title),
            self.edit_current,
        )
        self.remove_button = self._button(
            "remove",
            translate("Settings", "Remove"),
            translate("Settings", "Remove the selected entry from {list}").format(list=title),
            self.remove_current,
        )
        self.up_button = self._button(
            "move_up",
            translate("Settings", "Move up"),
            translate("Settings", "Move the selected entry up in {list}").format(list=title),
            lambda: self.move_current(-1),
        )
        self.down_button = self._button(
            "move_down",
            translate("Settings", "Move down"),
            translate("Settings", "Move the selected entry down in {list}").format(list=title),
            lambda: self.move_current(1),
        )

    def _lay_out(self) -> None:
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

    def focus_widget(self) -> QWidget:
        return self.list

    def _button(self, name: str, text: str, description: str, slot: Any) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(f"{name}_{self.field.name}")
        b.setAccessibleName(
            translate("Settings", "{action} ({list})", "a button's name").format(
                action=text, list=self.field.shown_title
            )
        )
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
                return translate("Settings", "New entry: {problem}").format(problem=sentence(found))
            return translate(
                "Settings", "The new entry is not added yet: press Enter or Add, or clear the box."
            )
        return super().problem()

    # -- what the person does --------------------------------------------------------------

    def add_from_entry(self) -> bool:
        text = self.entry.text()
        if self.list.count() >= TEXT_LIST_MAX:
            self._say(
                translate(
                    "Settings", "At most {most} entries: remove one before adding another."
                ).format(most=TEXT_LIST_MAX)
            )
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
        item.setFlags(
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemIsDragEnabled
        )
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
        self._say(
            translate("Settings", "{problem} The entry was left as it was.").format(
                problem=sentence(found)
            )
            if found
            else None
        )
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
