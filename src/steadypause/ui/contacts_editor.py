"""The settings dialog's editor for the person's contacts: a small table, a name and a phone
number or link per row."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from steadypause.core.i18n import translate
from steadypause.core.settings import TEXT_LIST_MAX, Contact, Field, check_contact
from steadypause.ui.field_editor import FieldEditor


class ContactsEditor(FieldEditor):
    """A small table: a name and a phone number or link per row."""

    WIDE = True

    def __init__(self, field: Field, parent: QWidget | None = None) -> None:
        super().__init__(field, parent)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName(f"table_{field.name}")
        self._describe(self.table)
        self.table.setHorizontalHeaderLabels(
            [translate("Settings", "Name"), translate("Settings", "Phone number or link")]
        )
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside
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
                    problems.append(
                        translate("Settings", "Contact {n}: {problem}.").format(n=n, problem=found)
                    )
        if len(self.value()) > TEXT_LIST_MAX:
            problems.append(
                translate("Settings", "At most {most} contacts.").format(most=TEXT_LIST_MAX)
            )
        return " ".join(problems) or super().problem()

    def add_row(self) -> None:
        if self.table.rowCount() >= TEXT_LIST_MAX:
            return
        row = self._insert("", "")
        self.table.setCurrentCell(row, 0)
        self.table.setFocus()
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)
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
