"""The app's own icons, painted with QPainter at whatever size and scale is asked for.

The two marks (resources/icons/steadypause.svg and steadypause-snoozed.svg: a disc with a
dark rim, a white ring around a white centre) are three circles, so they are drawn here
from the same numbers rather than read through Qt's SVG plug-in: the tray icon is the
first thing on screen, and QtSvg (its library, its icon engine, the file) cost start-up
time and ~0.7 MiB that nothing else needs (issue 18). Painting, not a pre-rendered PNG,
keeps the mark sharp at every size and device pixel ratio (the tray's 22 px at 100 %,
150 % and 200 %, the about window's 56 px). tests/widget/test_icons.py compares both with
the SVG files, which stay the source for the launcher icons (packaging/linux).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QPointF, QRect, QRectF, QSize
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPen, QPixmap

VIEW = 64.0  # the SVG files' viewBox: 0 0 64 64


class Mark(NamedTuple):
    """One icon's colours; the geometry is the SVG files' (``VIEW`` units)."""

    fill: str
    rim: str


MARKS = {
    "steadypause": Mark(fill="#2f7f78", rim="#174440"),
    "steadypause-snoozed": Mark(fill="#7b8790", rim="#3b444a"),
}
DISC, RIM_WIDTH = 30.0, 3.0  # <circle r="30" stroke-width="3"/>
RING, RING_WIDTH = 17.0, 6.0  # <circle r="17" fill="none" stroke="#ffffff" stroke-width="6"/>
CENTRE = 6.0  # <circle r="6" fill="#ffffff"/>
WHITE = "#ffffff"


def paint_mark(painter: QPainter, rect: QRectF, mark: Mark) -> None:
    """Draw ``mark`` centred in ``rect``, scaled from the 64-unit view box to fit."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scale = min(rect.width(), rect.height()) / VIEW
    painter.translate(rect.center())
    painter.scale(scale, scale)
    centre = QPointF(0.0, 0.0)
    painter.setPen(QPen(QColor(mark.rim), RIM_WIDTH))
    painter.setBrush(QColor(mark.fill))
    painter.drawEllipse(centre, DISC, DISC)
    painter.setBrush(QColor(0, 0, 0, 0))
    painter.setPen(QPen(QColor(WHITE), RING_WIDTH))
    painter.drawEllipse(centre, RING, RING)
    painter.setPen(QPen(QColor(0, 0, 0, 0), 0.0))
    painter.setBrush(QColor(WHITE))
    painter.drawEllipse(centre, CENTRE, CENTRE)
    painter.restore()


class MarkEngine(QIconEngine):
    """Paints a :class:`Mark` at any size; device pixel ratios get sharp pixmaps."""

    def __init__(self, mark: Mark) -> None:
        super().__init__()
        self._mark = mark

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        paint_mark(painter, QRectF(rect), self._mark)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pixmap = QPixmap(size * scale)
        pixmap.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pixmap)
        paint_mark(painter, QRectF(pixmap.rect()), self._mark)
        painter.end()
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return MarkEngine(self._mark)

    def key(self) -> str:
        return "steadypause-mark"


_cache: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """``name`` is one of :data:`MARKS`, e.g. ``"steadypause"``."""
    if name not in _cache:
        _cache[name] = QIcon(MarkEngine(MARKS[name]))
    return _cache[name]
