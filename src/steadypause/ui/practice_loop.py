"""The practice loop: five labelled points on a plain circle, drawn with QPainter.

Notice, breathe, name the need, respond kindly, set a boundary, and round again. The points a
pause worked on can be highlighted. Everything is vector drawing sized from the font, so the
picture is crisp at any scale and its labels are never cut off: the circle shrinks until
every label fits inside the widget.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from steadypause.core.i18n import translate
from steadypause.core.routine import LOOP_IDS, LOOP_POINTS
from steadypause.ui.theme import muted_colour

# What the highlighted points are: the points a whole pause worked on, or one step's.
PAUSE_LEAD = "pause"
STEP_LEAD = "step"


def loop_words() -> dict[str, str]:
    """The words next to each point, by point id, in the language in use."""
    # marked where LOOP_POINTS declares them, with the same context
    return {point: translate("Routine", words) for point, words in LOOP_POINTS}


def describe(highlighted: Iterable[str] = (), lead: str = PAUSE_LEAD) -> str:
    """The picture in words, for screen readers."""
    labels = loop_words()
    words = ", ".join(labels[p].lower() for p in LOOP_IDS)
    text = translate(
        "PracticeLoop", "Five points on a loop, in order: {points}, and round again to noticing."
    ).format(points=words)
    lit = ", ".join(labels[p].lower() for p in LOOP_IDS if p in set(highlighted))
    if lit:
        more = (
            translate("PracticeLoop", "This step works on: {points}.")
            if lead == STEP_LEAD
            else translate("PracticeLoop", "This pause worked on: {points}.")
        )
        text += " " + more.format(points=lit)
    return text


class PracticeLoop(QWidget):
    """The loop picture; ``highlighted`` holds the ids of the points drawn in the accent."""

    MARGIN = 4.0  # px between the labels and the widget's edges
    # Below this radius (in line heights) the picture is not drawn at all: a loop squeezed
    # smaller than that does not read, and the words around it say the same.
    MIN_RADIUS_LINES = 2.2

    def __init__(
        self, highlighted: Iterable[str] = (), parent: QWidget | None = None, lead: str = PAUSE_LEAD
    ) -> None:
        super().__init__(parent)
        self.setObjectName("practiceLoop")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(translate("PracticeLoop", "The practice loop"))
        self._highlighted: tuple[str, ...] = ()
        self._laid_out_for = QSize()
        self._centre = QPointF()
        self._radius = 0.0
        self._dot = 0.0
        self._labels: dict[str, QRectF] = {}
        self._lead = lead
        self.set_highlighted(highlighted)

    @property
    def highlighted(self) -> tuple[str, ...]:
        return self._highlighted

    def set_highlighted(self, points: Iterable[str]) -> None:
        wanted = set(points)
        unknown = wanted - set(LOOP_IDS)
        if unknown:
            raise ValueError(  # i18n-exempt: a programmer error
                f"not points of the loop: {', '.join(sorted(unknown))}"
            )
        self._highlighted = tuple(p for p in LOOP_IDS if p in wanted)
        self.setAccessibleDescription(describe(self._highlighted, self._lead))
        self._laid_out_for = QSize()  # bold labels are a little wider
        self.update()

    def is_drawn(self) -> bool:
        """False when there is too little room to draw the loop legibly."""
        self._ensure_layout()
        return self._radius > 0

    def label_rects(self) -> dict[str, QRectF]:
        """Where each label is drawn (for tests: all inside the widget, none overlapping)."""
        self._ensure_layout()
        return dict(self._labels)

    def dot_rects(self) -> dict[str, QRectF]:
        self._ensure_layout()
        rects = {}
        for i, point in enumerate(LOOP_IDS):
            centre = self._point(i, self._radius)
            rects[point] = QRectF(
                centre.x() - self._dot, centre.y() - self._dot, 2 * self._dot, 2 * self._dot
            )
        return rects

    # ----------------------------------------------------------------- Qt overrides

    def sizeHint(self) -> QSize:
        # As high as its smallest drawn size: layouts give it more only when there is room.
        return QSize(max(340, self.minimumSizeHint().width()), self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:
        metrics = QFontMetricsF(self._font(True))
        widest = max(metrics.horizontalAdvance(label) for label in loop_words().values())
        line = metrics.height()
        # Enough for the smallest loop that is still drawn (MIN_RADIUS_LINES) and its labels.
        return QSize(math.ceil(2 * widest + 5.5 * line + 30), math.ceil(6.8 * line + 24))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._laid_out_for = QSize()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.StyleChange,
            QEvent.Type.PaletteChange,
        ):
            self._laid_out_for = QSize()
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        self._ensure_layout()
        if self._radius <= 0:
            return
        pal = self.palette()
        accent = pal.color(QPalette.ColorRole.Highlight)
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = muted_colour(pal)
        base = pal.color(QPalette.ColorRole.Base)
        line = QColor(muted)
        line.setAlphaF(0.7)

        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        stroke = max(1.5, self._radius * 0.025)
        pen = QPen(line, stroke)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(self._centre, self._radius, self._radius)

        # A small arrowhead halfway between each pair of points: the loop turns clockwise.
        size = max(4.5, self._dot * 0.8)
        for i in range(len(LOOP_IDS)):
            angle = self._angle(i + 0.5)
            tip = self._at(angle, self._radius)
            ahead = QPointF(-math.sin(angle), math.cos(angle))  # clockwise tangent
            out = QPointF(math.cos(angle), math.sin(angle))
            back = tip - ahead * size
            arrow = QPainterPath(back + out * size * 0.6)
            arrow.lineTo(tip)
            arrow.lineTo(back - out * size * 0.6)
            painter.drawPath(arrow)

        plain = not self._highlighted  # nothing picked out: every point reads the same
        labels = loop_words()
        for i, point in enumerate(LOOP_IDS):
            lit = point in self._highlighted
            centre = self._point(i, self._radius)
            painter.setPen(QPen(accent if lit or plain else muted, stroke))
            painter.setBrush(accent if lit else base)
            painter.drawEllipse(centre, self._dot, self._dot)
            painter.setFont(self._font(lit))
            painter.setPen(text if lit or plain else muted)
            painter.drawText(self._labels[point], Qt.AlignmentFlag.AlignCenter, labels[point])
        painter.end()

    # ----------------------------------------------------------------- geometry

    def _font(self, bold: bool) -> QFont:
        font = QFont(self.font())
        font.setBold(bold)
        return font

    @staticmethod
    def _angle(position: float) -> float:
        """Radians for a point position; 0 is at the top, then clockwise."""
        return -math.pi / 2 + position * 2 * math.pi / len(LOOP_IDS)

    def _at(self, angle: float, radius: float) -> QPointF:
        return self._centre + QPointF(math.cos(angle), math.sin(angle)) * radius

    def _point(self, index: int, radius: float) -> QPointF:
        return self._at(self._angle(index), radius)

    def _place_labels(self, radius: float, dot: float) -> dict[str, QRectF]:
        rects = {}
        labels = loop_words()
        for i, point in enumerate(LOOP_IDS):
            metrics = QFontMetricsF(self._font(point in self._highlighted))
            w = metrics.horizontalAdvance(labels[point]) + 2
            h = metrics.height()
            angle = self._angle(i)
            dx, dy = math.cos(angle), math.sin(angle)
            anchor = self._at(angle, radius + dot + 6)
            # Put the label on the outside of its point, on the side the point faces.
            x = anchor.x() if dx > 0.3 else anchor.x() - w if dx < -0.3 else anchor.x() - w / 2
            y = anchor.y() if dy > 0.3 else anchor.y() - h if dy < -0.3 else anchor.y() - h / 2
            rects[point] = QRectF(x, y, w, h)
        return rects

    def _ensure_layout(self) -> None:
        if self._laid_out_for == self.size():
            return
        self._laid_out_for = QSize(self.size())
        area = QRectF(self.rect()).adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        line = QFontMetricsF(self.font()).height()

        def attempt(radius: float) -> tuple[bool, dict[str, QRectF], float]:
            # Lay out around (0, 0), then move the whole picture to the middle of the area.
            self._centre = QPointF(0.0, 0.0)
            dot = max(5.0, min(line * 0.45, radius * 0.12))
            labels = self._place_labels(radius, dot)
            box = QRectF(-radius - dot, -radius - dot, 2 * (radius + dot), 2 * (radius + dot))
            for rect in labels.values():
                box = box.united(rect)
            half = max(-box.left(), box.right())  # keep the loop in the middle
            box = QRectF(-half, box.top(), 2 * half, box.height())
            shift = area.center() - box.center()
            labels = {p: r.translated(shift) for p, r in labels.items()}
            ok = box.width() <= area.width() and box.height() <= area.height()
            return ok, labels, dot

        low, high = 0.0, min(area.width(), area.height()) / 2
        best: tuple[float, dict[str, QRectF], float] = (0.0, {}, 0.0)
        for _ in range(24):
            mid = (low + high) / 2
            ok, labels, dot = attempt(mid)
            if ok:
                best = (mid, labels, dot)
                low = mid
            else:
                high = mid
        radius, labels, dot = best
        if radius < line * self.MIN_RADIUS_LINES:
            radius, labels, dot = 0.0, {}, 0.0
        self._centre = QPointF(0.0, 0.0)
        if labels:
            # Recover the centre from where the top label went.
            self._centre = (
                labels[LOOP_IDS[0]].center() - self._place_labels(radius, dot)[LOOP_IDS[0]].center()
            )
        self._radius, self._labels, self._dot = radius, labels, dot
