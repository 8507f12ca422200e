"""The History chart: pauses per day stacked by cue, the check-in change as a second series.

One small QPainter widget (docs/adr/007-history-chart.md says why not QtCharts). Colours come
from the palette, so the chart follows the theme; nothing is red and nothing counts streaks or
targets. Its key (``legend_html``) is rich text shown beside it by the History window.
"""

from __future__ import annotations

import logging
import math
from html import escape
from itertools import pairwise

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QWidget

from steadypause.core.cues import chart_colour, cue_name
from steadypause.core.i18n import translate
from steadypause.core.summary import Summary, sentence
from steadypause.core.wording import weekday_names
from steadypause.ui.theme import muted_colour

log = logging.getLogger(__name__)


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
        plot = self._plot()
        top, tick = axis_steps(max((d.pauses for d in s.days), default=0))
        slot = plot.width() / s.period
        self._paint_count_axis(p, plot, top, tick, muted)
        self._paint_bars(p, s, plot, top, slot)
        self._paint_dates(p, s, plot, slot, muted)
        self._paint_checkin(p, s, plot, slot, text, muted)

    def _paint_count_axis(
        self, p: QPainter, plot: QRectF, top: int, tick: int, muted: QColor
    ) -> None:
        grid = QColor(muted)
        grid.setAlpha(70)
        fm = self.fontMetrics()
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

    def _paint_bars(self, p: QPainter, s: Summary, plot: QRectF, top: int, slot: float) -> None:
        bar = max(1.0, min(slot * 0.7, 28.0))
        pal = self.palette()
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

    def _paint_dates(
        self, p: QPainter, s: Summary, plot: QRectF, slot: float, muted: QColor
    ) -> None:
        fm = self.fontMetrics()
        n = s.period
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

    def _paint_checkin(
        self, p: QPainter, s: Summary, plot: QRectF, slot: float, text: QColor, muted: QColor
    ) -> None:
        pal = self.palette()
        fm = self.fontMetrics()
        n = s.period
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
