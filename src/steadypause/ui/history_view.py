"""The History window: a plain sentence, a chart of the last 7/30/90 days, and the entries.

The chart (pauses per day, stacked by cue; the check-in change as a second series) is one
small QPainter widget (docs/adr/007-history-chart.md says why not QtCharts). Its numbers
are also in an accessible table on the *Numbers* tab. Colours come from the palette, so the
chart follows the theme; nothing is red and nothing counts streaks or targets.

Reading is quick (an index range over at most 90 days), so it happens here on the UI
thread with a short-lived read-only connection; writing belongs to the store's thread.
"""

from __future__ import annotations

import logging
import math
import sqlite3
from collections.abc import Callable, Mapping
from datetime import date
from html import escape
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from steadypause import DISPLAY_NAME
from steadypause.core import history
from steadypause.core.cues import chart_colour, cue_name
from steadypause.core.history import HistoryStore, Record
from steadypause.core.i18n import translate
from steadypause.core.summary import (
    Summary,
    checkin_words,
    first_day,
    outcome_words,
    sentence,
    summarize,
)
from steadypause.core.wording import weekday_names
from steadypause.ui.scroll_page import FillingContent, ScrollPage
from steadypause.ui.theme import muted_colour
from steadypause.ui.window_fit import fit_when_first_shown

log = logging.getLogger(__name__)

RANGES = (7, 30, 90)
WINDOW_SIZE = (780, 760)


def month_names() -> tuple[str, ...]:
    """Short month names, January first."""
    return (
        translate("History", "Jan"),
        translate("History", "Feb"),
        translate("History", "Mar"),
        translate("History", "Apr"),
        translate("History", "May"),
        translate("History", "Jun"),
        translate("History", "Jul"),
        translate("History", "Aug"),
        translate("History", "Sep"),
        translate("History", "Oct"),
        translate("History", "Nov"),
        translate("History", "Dec"),
    )


def range_label(days: int) -> str:
    """The radio button for a range, with its own mnemonic."""
    if days == 7:
        return translate("History", "&7 days")
    if days == 30:
        return translate("History", "&30 days")
    if days == 90:
        return translate("History", "9&0 days")
    return translate("History", "{days} days").format(days=days)


def keep_together(text: str) -> str:
    """``text`` as HTML that wraps only after a comma or before a bracket."""
    words = escape(text).split(" ")
    out = words[0]
    for before, word in pairwise(words):
        out += " " if before.endswith(",") or word.startswith("(") else "&nbsp;"
        out += word
    return out


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def cue_colour(cue: str, palette: QPalette) -> QColor:
    """The cue's colour in the chart and legend (core/cues.py), for this palette."""
    return QColor(chart_colour(cue, dark=is_dark(palette)))


def axis_steps(value: float) -> tuple[int, int]:
    """(top, step) for a count axis: whole numbers, at most four steps."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 500):
        if value <= step * 4:
            return max(step, math.ceil(value / step) * step), step
    step = math.ceil(value / 4)
    return step * 4, step


class DayChart(QWidget):
    """Pauses per day stacked by cue, and the day's mean check-in change as linked dots."""

    painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyChart")
        self.setMinimumHeight(200)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._summary: Summary | None = None

    def sizeHint(self) -> QSize:
        return QSize(700, 260)

    def set_summary(self, summary: Summary) -> None:
        self._summary = summary
        self.setAccessibleName(translate("History", "Chart of pauses per day"))
        self.setAccessibleDescription(
            translate("History", "{summary} The same numbers are on the Numbers tab.").format(
                summary=sentence(summary)
            )
        )
        self.update()

    # -- geometry -----------------------------------------------------------------------

    def _plot(self) -> QRectF:
        fm = self.fontMetrics()
        left = fm.horizontalAdvance("000") + 14
        right = fm.horizontalAdvance("+10") + 16
        return QRectF(
            left, fm.height() + 6, self.width() - left - right, self.height() - fm.height() * 2 - 16
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            if self._summary is not None:
                self._paint(p, self._summary)
        finally:
            p.end()
        self.painted.emit()

    def _paint(self, p: QPainter, s: Summary) -> None:
        pal = self.palette()
        text, muted = pal.color(QPalette.ColorRole.WindowText), muted_colour(pal)
        grid = QColor(muted)
        grid.setAlpha(70)
        fm = self.fontMetrics()
        plot = self._plot()
        n = s.period
        top, tick = axis_steps(max((d.pauses for d in s.days), default=0))
        slot = plot.width() / n
        bar = max(1.0, min(slot * 0.7, 28.0))

        # Left axis: pauses. Three quiet grid lines.
        p.setPen(muted)
        p.drawText(
            QRectF(0, 0, plot.left() + 40, fm.height()),
            Qt.AlignmentFlag.AlignLeft,
            translate("History", "pauses", "chart axis"),
        )
        for value in range(0, top + 1, tick):
            y = plot.bottom() - plot.height() * value / top
            p.setPen(QPen(grid, 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(muted)
            p.drawText(
                QRectF(0, y - fm.height() / 2, plot.left() - 6, fm.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                str(value),
            )

        # Bars, stacked in a fixed cue order so each colour keeps its place.
        cues = s.cues
        p.setPen(Qt.PenStyle.NoPen)
        for i, day in enumerate(s.days):
            x = plot.left() + slot * i + (slot - bar) / 2
            y = plot.bottom()
            for cue in cues:
                count = day.by_cue.get(cue, 0)
                if not count:
                    continue
                h = plot.height() * count / top
                p.setBrush(cue_colour(cue, pal))
                p.drawRect(QRectF(x, y - h, bar, h))
                y -= h

        # Dates along the bottom: every day for a week, else about eight labels.
        step = 1 if n <= 7 else max(1, round(n / 8))
        p.setPen(muted)
        weekdays, months = weekday_names(), month_names()
        for i, day in enumerate(s.days):
            if (n - 1 - i) % step:
                continue
            if n <= 7:
                label = translate("History", "{weekday} {day}", "chart date: Mon 03").format(
                    weekday=weekdays[day.day.weekday()], day=f"{day.day.day:02d}"
                )
            else:
                label = translate("History", "{day} {month}", "chart date: 03 Jan").format(
                    day=f"{day.day.day:02d}", month=months[day.day.month - 1]
                )
            x = plot.left() + slot * (i + 0.5)
            w = fm.horizontalAdvance(label) + 4
            p.drawText(
                QRectF(x - w / 2, plot.bottom() + 4, w, fm.height()),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )

        # The check-in change on its own scale (right): above the middle line it eased.
        points = [
            (i, d.checkin_change) for i, d in enumerate(s.days) if d.checkin_change is not None
        ]
        if points:
            span = max(2, math.ceil(max(abs(v) for _, v in points)))
            mid = plot.center().y()

            def y_of(v: float) -> float:
                return mid - (plot.height() / 2) * v / span

            p.setPen(muted)
            # right-aligned over the right half: room for a longer translation
            p.drawText(
                QRectF(plot.center().x(), 0, self.width() - plot.center().x(), fm.height()),
                Qt.AlignmentFlag.AlignRight,
                translate("History", "check-in eased", "chart axis: up is eased"),
            )
            for tick in (span, 0, -span):
                p.drawText(
                    QRectF(
                        plot.right() + 6,
                        y_of(tick) - fm.height() / 2,
                        self.width() - plot.right() - 6,
                        fm.height(),
                    ),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    f"{tick:+d}" if tick else "0",
                )
            line = QPen(text, 1.6)
            line.setStyle(Qt.PenStyle.DashLine)
            path = QPainterPath()
            previous = None
            for i, v in points:
                pt = QPointF(plot.left() + slot * (i + 0.5), y_of(v))
                if previous is not None and i - previous == 1:
                    path.lineTo(pt)
                else:
                    path.moveTo(pt)
                previous = i
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(line)
            p.drawPath(path)
            p.setPen(QPen(pal.color(QPalette.ColorRole.Window), 1.5))
            p.setBrush(text)
            r = 3.5 if n <= 30 else 2.5
            for i, v in points:
                p.drawEllipse(QPointF(plot.left() + slot * (i + 0.5), y_of(v)), r, r)


def legend_html(s: Summary, palette: QPalette) -> str:
    """The chart's key as wrapping rich text: a coloured square per cue, the dashed line."""
    items = [  # i18n-exempt: markup around the translated cue names
        f'<span style="color:{cue_colour(c, palette).name()}">&#9632;</span>&nbsp;'
        f"{escape(cue_name(c))}"
        for c in s.cues
    ]
    if any(d.checkin_change is not None for d in s.days):
        items.append(
            "-&nbsp;-&nbsp;-&nbsp;"
            + keep_together(
                translate(
                    "History", "check-in change, before → after (right scale)", "chart legend"
                )
            )
        )
    return " &nbsp; ".join(items)


_ROOT = QModelIndex()


class _Table(QAbstractTableModel):
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


class HistoryWindow(QWidget):
    """Tray → History…. ``today`` gives the local date (the app's clock, in tests a fake)."""

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
        self.setWindowTitle(translate("History", "History · {app}").format(app=DISPLAY_NAME))
        self.setAccessibleName(translate("History", "Your pause history"))
        self.resize(*WINDOW_SIZE)
        self._path = path
        self._today = today
        self._routine_titles = dict(routine_titles or {})
        self._store = store
        self.summary: Summary | None = None
        # Replaced in tests: ask where to export, and whether to really delete.
        self.ask_export_path: Callable[[Path], Path | None] = self._ask_export_path
        self.confirm_delete: Callable[[], bool] = self._confirm_delete

        self.sentence = QLabel(self)
        self.sentence.setObjectName("historySentence")
        self.sentence.setWordWrap(True)
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)
        font = self.sentence.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.sentence.setFont(font)
        self.sentence.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # readable by screen readers

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
        self.range_group.idToggled.connect(self._range_toggled)

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
        self._numbers = _Table(self)
        self.numbers.setModel(self._numbers)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("historyTabs")
        self.tabs.addTab(chart_page, translate("History", "&Chart"))
        self.tabs.addTab(self.numbers, translate("History", "N&umbers"))

        self.entries = QTableView(self)
        self.entries.setObjectName("historyEntries")
        self.entries.setAccessibleName(
            translate("History", "Every prompt and pause in this period, newest first")
        )
        self._entries = _Table(self)
        self.entries.setModel(self._entries)
        for view in (self.numbers, self.entries):
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

        self.note = QLabel(self)
        self.note.setObjectName("historyNote")
        self.note.setWordWrap(True)
        pal = self.note.palette()
        pal.setColor(self.note.foregroundRole(), muted_colour(pal))
        self.note.setPalette(pal)
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
        close = QPushButton(translate("History", "Close"), self)
        close.setObjectName("closeButton")
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(close)

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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(ScrollPage(self, body), 1)
        layout.addLayout(buttons)
        self.reload()

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
            self.note.setText("")
        except (history.HistoryError, sqlite3.DatabaseError) as exc:
            log.warning("history: cannot read %s: %s", self._path, exc)
            records = []
            self.note.setText(
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

    def numbers_model(self) -> _Table:
        return self._numbers

    def entries_model(self) -> _Table:
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
            self.note.setText(
                translate("History", "Could not export to {target}: {error}").format(
                    target=target, error=exc
                )
            )
            return None
        if rows == 1:
            done = translate("History", "Exported 1 entry to {target}.")
        else:
            done = translate("History", "Exported {count} entries to {target}.")
        self.note.setText(done.format(count=rows, target=target))
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
            self.note.setText(
                translate("History", "Could not delete the history: {error}").format(error=exc)
            )
            return False
        log.info("history: deleted on request (%d files)", len(removed))
        self.reload()
        self.note.setText(translate("History", "All history was deleted from this computer."))
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

    # -- theme ----------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.summary is not None:
            self.legend.setText(legend_html(self.summary, self.palette()))
            self.chart.update()
