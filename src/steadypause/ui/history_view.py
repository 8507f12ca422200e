"""The History window: a plain sentence, a chart of the last 7/30/90 days, and the entries.

The chart is ``history_chart.DayChart``; its numbers are also in an accessible table on the
*Numbers* tab, and the entries on the *Entries* tab (both from ``history_tables``). Export
and delete all are the two buttons below them.

Reading is quick (an index range over at most 90 days), so it happens here on the UI
thread with a short-lived read-only connection; writing belongs to the store's thread.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from steadypause.core import history
from steadypause.core.history import HistoryStore
from steadypause.core.i18n import translate
from steadypause.core.summary import Summary, first_day, sentence, summarize
from steadypause.ui.history_chart import DayChart, legend_html
from steadypause.ui.history_tables import (
    TextTableModel,
    entry_rows,
    numbers_rows,
    read_only_table,
)
from steadypause.ui.radio_group import arrows_select
from steadypause.ui.scroll_page import FillingContent, ScrollPage
from steadypause.ui.theme import mute
from steadypause.ui.window_fit import fit_when_first_shown
from steadypause.ui.window_title import window_title

log = logging.getLogger(__name__)

RANGES = (7, 30, 90)
WINDOW_SIZE = (780, 760)


def range_label(days: int) -> str:
    """The radio button for a range, with its own mnemonic."""
    if days == 7:
        return translate("History", "&7 days")
    if days == 30:
        return translate("History", "&30 days")
    if days == 90:
        return translate("History", "9&0 days")
    return translate("History", "{days} days").format(days=days)


class HistoryWindow(QMainWindow):
    """Tray → History…. ``today`` gives the local date (the app's clock, in tests a fake).

    A QMainWindow for assistive technology: Qt gives a plain QWidget window the role
    *filler*, a main window the role *frame*, which a screen reader announces as a window
    named like its title (docs/adr/013). Its content is the central widget.
    """

    PREFERRED_SIZE = WINDOW_SIZE

    def __init__(
        self,
        path: Path,
        today: Callable[[], date],
        store: HistoryStore | None = None,
        parent: QWidget | None = None,
        *,
        routine_titles: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("historyWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # No accessible name of its own: a window's is its title, "History — Steady Pause".
        self.setWindowTitle(window_title(translate("History", "History")))
        self.resize(*WINDOW_SIZE)
        self._path = path
        self._today = today
        self._routine_titles = dict(routine_titles or {})
        self._store = store
        self.summary: Summary | None = None
        # Replaced in tests: ask where to export, and whether to really delete.
        self.ask_export_path: Callable[[Path], Path | None] = self._ask_export_path
        self.confirm_delete: Callable[[], bool] = self._confirm_delete

        self.sentence = self._sentence_label()
        ranges = self._range_buttons()
        self.tabs = self._chart_and_numbers()
        self.entries = self._entries_table()
        self.note = QLabel(self)
        self.note.setObjectName("historyNote")
        self.note.setWordWrap(True)
        mute(self.note)
        self.note.hide()  # shown with something to say: empty, it left a gap above the buttons
        buttons = self._action_buttons()

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tabs)
        split.addWidget(self.entries)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        # All but the buttons scroll together when even the least of it does not fit.
        body = FillingContent(self)
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(self.sentence)
        column.addLayout(ranges)
        column.addWidget(split, 1)
        column.addWidget(self.note)
        content = QWidget(self)
        content.setObjectName("historyContent")
        self.setCentralWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(ScrollPage(self, body), 1)
        layout.addLayout(buttons)
        self.reload()

    # -- building -------------------------------------------------------------------------

    def _sentence_label(self) -> QLabel:
        """The plain sentence at the top ("12 pauses in the last 7 days ...")."""
        sentence = QLabel(self)
        sentence.setObjectName("historySentence")
        sentence.setWordWrap(True)
        sentence.setTextFormat(Qt.TextFormat.PlainText)
        font = sentence.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        sentence.setFont(font)
        sentence.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # readable by screen readers
        return sentence

    def _range_buttons(self) -> QHBoxLayout:
        """The choice of range: "Show the last 7 / 30 / 90 days"."""
        ranges = QHBoxLayout()
        ranges.addWidget(QLabel(translate("History", "Show the last"), self))
        self.range_group = QButtonGroup(self)
        for days in RANGES:
            button = QRadioButton(range_label(days), self)
            button.setObjectName(f"range_{days}")
            button.setAccessibleName(translate("History", "Last {days} days").format(days=days))
            self.range_group.addButton(button, days)
            ranges.addWidget(button)
        ranges.addStretch(1)
        self.range_group.button(7).setChecked(True)
        arrows_select(self.range_group)
        self.range_group.idToggled.connect(self._range_toggled)
        return ranges

    def _chart_and_numbers(self) -> QTabWidget:
        """The Chart tab (the chart and its key) and the Numbers tab (the same as a table)."""
        self.chart = DayChart(self)
        self.legend = QLabel(self)
        self.legend.setObjectName("historyLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        # The chart and its legend scroll together when the tab is too low for both.
        chart_content = QWidget(self)
        chart_layout = QVBoxLayout(chart_content)
        chart_layout.setContentsMargins(4, 4, 4, 4)
        chart_layout.addWidget(self.chart, 1)
        chart_layout.addWidget(self.legend)
        chart_page = ScrollPage(self, chart_content)
        chart_page.setObjectName("historyChartPage")
        self.numbers = QTableView(self)
        self.numbers.setObjectName("historyNumbers")
        self.numbers.setAccessibleName(
            translate("History", "Pauses per day, by cue, with the check-in change")
        )
        self._numbers = TextTableModel(self)
        self.numbers.setModel(self._numbers)
        read_only_table(self.numbers)
        tabs = QTabWidget(self)
        tabs.setObjectName("historyTabs")
        tabs.addTab(chart_page, translate("History", "&Chart"))
        tabs.addTab(self.numbers, translate("History", "N&umbers"))
        return tabs

    def _entries_table(self) -> QTableView:
        """Every prompt and pause in the period, newest first."""
        entries = QTableView(self)
        entries.setObjectName("historyEntries")
        entries.setAccessibleName(
            translate("History", "Every prompt and pause in this period, newest first")
        )
        self._entries = TextTableModel(self)
        entries.setModel(self._entries)
        read_only_table(entries)
        return entries

    def _action_buttons(self) -> QHBoxLayout:
        """Export CSV, Delete all history, Close."""
        self.export_button = QPushButton(translate("History", "&Export CSV…"), self)
        self.export_button.setObjectName("exportButton")
        self.export_button.setAccessibleDescription(
            translate("History", "Save all of your history as a CSV file (UTF-8, ISO 8601 times)")
        )
        self.export_button.clicked.connect(self.export)
        self.delete_button = QPushButton(translate("History", "&Delete all history…"), self)
        self.delete_button.setObjectName("deleteButton")
        self.delete_button.setAccessibleDescription(
            translate(
                "History",
                "Remove every recorded pause, check-in and journal entry from this computer",
            )
        )
        self.delete_button.clicked.connect(self.delete_all)
        close = QPushButton(translate("History", "C&lose"), self)  # Alt+C is the Chart tab
        close.setObjectName("closeButton")
        close.setAccessibleName(translate("History", "Close"))
        close.clicked.connect(self.close)
        self.close_button = close
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        return buttons

    # -- data ---------------------------------------------------------------------------

    @property
    def days(self) -> int:
        return self.range_group.checkedId()

    def set_days(self, days: int) -> None:
        self.range_group.button(days).setChecked(True)

    def reload(self) -> None:
        """Read the shown range again (only that range: a week opens fast over years)."""
        self._show()

    def _range_toggled(self, _id: int, on: bool) -> None:
        if on:
            self._show()

    def _show(self) -> None:
        today = self._today()
        try:
            records = history.read(self._path, since=first_day(today, self.days))
            self._set_note("")
        except (history.HistoryError, sqlite3.DatabaseError) as exc:
            log.warning("history: cannot read %s: %s", self._path, exc)
            records = []
            self._set_note(
                translate("History", "The history cannot be read just now ({error}).").format(
                    error=exc
                )
            )
        self.summary = summarize(records, today, self.days)
        self.sentence.setText(sentence(self.summary))
        self.sentence.setAccessibleName(sentence(self.summary))
        self.chart.set_summary(self.summary)
        self.legend.setText(legend_html(self.summary, self.palette()))
        self._numbers.set(*numbers_rows(self.summary))
        self._entries.set(*entry_rows(records, self._routine_titles))

    def _set_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def numbers_model(self) -> TextTableModel:
        return self._numbers

    def entries_model(self) -> TextTableModel:
        return self._entries

    # -- export and delete --------------------------------------------------------------

    def export(self) -> Path | None:
        default = Path.home() / f"steadypause-history-{self._today().isoformat()}.csv"
        target = self.ask_export_path(default)
        if target is None:
            return None
        if self._store is not None:
            self._store.flush(timeout=5)
        try:
            rows = history.export_csv(self._path, target)
        except (OSError, history.HistoryError, sqlite3.DatabaseError) as exc:
            log.warning("history: export to %s failed: %s", target, exc)
            self._set_note(
                translate("History", "Could not export to {target}: {error}").format(
                    target=target, error=exc
                )
            )
            return None
        if rows == 1:
            done = translate("History", "Exported 1 entry to {target}.")
        else:
            done = translate("History", "Exported {count} entries to {target}.")
        self._set_note(done.format(count=rows, target=target))
        return target

    def delete_all(self) -> bool:
        if not self.confirm_delete():
            return False
        try:
            if self._store is not None:
                removed = self._store.delete_all()
            else:
                removed = history.history_files(self._path)
                for p in removed:
                    p.unlink(missing_ok=True)
        except Exception as exc:
            log.exception("history: delete failed")
            self._set_note(
                translate("History", "Could not delete the history: {error}").format(error=exc)
            )
            return False
        log.info("history: deleted on request (%d files)", len(removed))
        self.reload()
        self._set_note(translate("History", "All history was deleted from this computer."))
        return True

    def _ask_export_path(self, default: Path) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            translate("History", "Export history"),
            str(default),
            translate("History", "CSV files (*.csv)"),
        )
        return Path(name) if name else None

    def _confirm_delete(self) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("History", "Delete all history?"),
            translate(
                "History",
                "Delete every recorded pause, check-in and "
                "journal entry from this computer? This cannot be undone. "
                "Export first if you want a copy.",
            ),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("confirmDelete")
        delete = box.addButton(
            translate("History", "Delete all history"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(translate("History", "Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return box.clickedButton() is delete

    def showEvent(self, event: QShowEvent) -> None:
        fit_when_first_shown(self)
        super().showEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.close()  # as in every other window of the app
            event.accept()
            return
        super().keyPressEvent(event)

    # -- theme ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.summary is not None:
            self.legend.setText(legend_html(self.summary, self.palette()))
            self.chart.update()
