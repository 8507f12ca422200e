"""The History window's two tables: the chart's numbers per day, and one row per entry.

Both are read-only text tables (``TextTableModel``) that a screen reader reads cell by cell.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from steadypause.core.cues import cue_name
from steadypause.core.history import Record
from steadypause.core.i18n import translate
from steadypause.core.summary import Summary, checkin_words, outcome_words
from steadypause.core.wording import weekday_names

log = logging.getLogger(__name__)


_ROOT = QModelIndex()


class TextTableModel(QAbstractTableModel):
    """A read-only table from a header and rows of text."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._header: list[str] = []
        self._rows: list[list[str]] = []

    def set(self, header: list[str], rows: list[list[str]]) -> None:
        self.beginResetModel()
        self._header, self._rows = header, rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._header)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role
            in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.AccessibleTextRole,
                Qt.ItemDataRole.ToolTipRole,
            )
            and index.isValid()
        ):
            return self._rows[index.row()][index.column()]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._header)
        ):
            return self._header[section]
        return None

    def cell(self, row: int, column: int) -> str:
        return self._rows[row][column]


def numbers_rows(s: Summary) -> tuple[list[str], list[list[str]]]:
    """The chart's numbers, one row per day (newest first)."""
    header = [
        translate("History", "Day"),
        *(cue_name(c) for c in s.cues),
        translate("History", "Pauses"),
        translate("History", "Check-in change"),
    ]
    weekdays = weekday_names()
    rows = []
    for d in reversed(s.days):
        change = "" if d.checkin_change is None else f"{d.checkin_change:+.1f}"
        rows.append(
            [
                f"{weekdays[d.day.weekday()]} {d.day.isoformat()}",
                *(str(d.by_cue.get(c, 0)) for c in s.cues),
                str(d.pauses),
                change,
            ]
        )
    return header, rows


def entry_rows(
    records: list[Record], routine_titles: Mapping[str, str] | None = None
) -> tuple[list[str], list[list[str]]]:
    """One row per prompt or pause (newest first); Journal only if there is any.
    ``routine_titles`` names each routine id as the person knows it (the id otherwise)."""
    titles = routine_titles or {}
    journal = any(r.journal for r in records)
    header = [
        translate("History", "When"),
        translate("History", "Cue"),
        translate("History", "Routine"),
        translate("History", "How it ended"),
        translate("History", "Check-in"),
    ]
    if journal:
        header.append(translate("History", "Journal"))
    weekdays = weekday_names()
    rows = []
    for r in reversed(records):
        row = [
            f"{weekdays[r.at.weekday()]} {r.at.strftime('%Y-%m-%d %H:%M')}",
            cue_name(r.cue),
            titles.get(r.routine, r.routine) if r.routine else "",
            outcome_words(r),
            checkin_words(r),
        ]
        if journal:
            row.append(" · ".join(r.journal.values()))
        rows.append(row)
    return header, rows


def read_only_table(view: QTableView) -> None:
    """A table to read: rows selected whole, no editing, columns sized from the first rows."""
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    # Columns are sized from the first rows only; 90 dense days are 4,500 rows.
    header.setResizeContentsPrecision(60)
    header.setStretchLastSection(True)
