"""How the breathing circle is painted: a soft disc with a glow, in colours from the palette.

Full motion draws the circle at its largest once into a pixmap (``circle_sprite``) that every
frame scales; reduced motion paints it straight from the gradients, in a shade per phase
(``"full"`` for the moving circle, ``"in"`` and ``"out"`` for the still one).
"""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGradient, QPainter, QPalette, QPixmap, QRadialGradient

from steadypause.core.breath_pace import IN, OUT

log = logging.getLogger(__name__)

# Per tone: (the disc's brush, the glow's brush).
Brushes = dict[str, tuple[QBrush, QBrush]]


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved a fraction ``t`` of the way toward ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        1.0,
    )


def disc_brush(centre: QColor, edge: QColor) -> QBrush:
    """A radial fill relative to whatever ellipse it paints, so one brush fits every size."""
    gradient = QRadialGradient(0.5, 0.5, 0.5)
    gradient.setCoordinateMode(QGradient.CoordinateMode.ObjectMode)
    gradient.setColorAt(0.0, centre)
    gradient.setColorAt(1.0, edge)
    return QBrush(gradient)


def halo_brush(colour: QColor, inner: float) -> QBrush:
    """A glow that is soft at ``inner`` (fraction of its radius) and fades out at the rim."""
    clear = QColor(colour)
    clear.setAlphaF(0.0)
    soft = QColor(colour)
    soft.setAlphaF(0.55)
    gradient = QRadialGradient(0.5, 0.5, 0.5)
    gradient.setCoordinateMode(QGradient.CoordinateMode.ObjectMode)
    gradient.setColorAt(0.0, soft)
    gradient.setColorAt(inner, soft)
    gradient.setColorAt(1.0, clear)
    return QBrush(gradient)


def circle_brushes(palette: QPalette, halo: float) -> Brushes:
    """The brushes of each tone for ``palette``; ``halo`` is the glow's radius over the disc's."""
    accent = palette.color(QPalette.ColorRole.Highlight)
    base = palette.color(QPalette.ColorRole.Base)
    glow = mix(accent, base, 0.7)
    inner = 1.0 / halo
    # Strongest in the middle and softening toward the background at the rim, so it
    # reads as a glow on light and on dark themes alike.
    return {
        "full": (
            disc_brush(mix(accent, base, 0.15), mix(accent, base, 0.45)),
            halo_brush(glow, inner),
        ),
        IN: (
            disc_brush(mix(accent, base, 0.1), mix(accent, base, 0.35)),
            halo_brush(glow, inner),
        ),
        OUT: (
            disc_brush(mix(accent, base, 0.5), mix(accent, base, 0.7)),
            halo_brush(mix(accent, base, 0.85), inner),
        ),
    }


def draw_circle(
    painter: QPainter, centre: QPointF, radius: float, brushes: tuple[QBrush, QBrush], halo: float
) -> None:
    """The glow, then the disc over it, at ``radius``, with one tone's ``(disc, glow)``."""
    disc, glow = brushes
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(glow)
    painter.drawEllipse(centre, radius * halo, radius * halo)
    painter.setBrush(disc)
    painter.drawEllipse(centre, radius, radius)


def circle_sprite(
    radius: float, halo: float, pixel_ratio: float, brushes: tuple[QBrush, QBrush]
) -> QPixmap:
    """The circle (disc ``radius``, glow included) drawn into a pixmap for ``pixel_ratio``."""
    reach = radius * halo
    # A pixel of clear border all round, so the edge of the glow is never cut off when
    # the pixmap is smoothed.
    pixels = math.ceil(2.0 * reach * pixel_ratio) + 2
    sprite = QPixmap(pixels, pixels)
    sprite.setDevicePixelRatio(pixel_ratio)
    sprite.fill(Qt.GlobalColor.transparent)
    side = pixels / pixel_ratio
    painter = QPainter(sprite)
    draw_circle(painter, QPointF(side / 2.0, side / 2.0), radius, brushes, halo)
    painter.end()
    return sprite


class CirclePainter:
    """The circle's place in its widget, its colours, and the pixmap full motion scales.

    Full motion: the circle at its largest is drawn once into a pixmap at the screen's pixel
    density and scaled for each frame (filling the two gradients 60 times a second cost the
    software rasteriser more than the rest of the frame); made again when the colours, the
    size or the pixel density change, and dropped (``drop_sprite``) while hidden.
    """

    def __init__(self, halo: float, margin: float, smallest: float) -> None:
        self.halo = halo  # the glow's radius relative to the disc
        self.margin = margin  # px between the glow and the widget's edges
        self.smallest = smallest  # the disc's smallest radius, a fraction of its largest
        self.scale = 0.0  # full motion: the size on screen, 0 (smallest) .. 1 (largest)
        self.moving = False  # full motion and laid out: frames take the short way (the widget)
        self.ratio = 1.0  # the widget's device pixel ratio, when the painter cannot tell
        self.centre = QPointF()
        self.max_radius = 0.0  # the disc's radius at its largest
        self.dirty = QRect()  # all a frame may change: the circle and its glow, and a margin
        self.brushes: Brushes = {}
        self.sprite: QPixmap | None = None
        self._sprite_source = QRectF()
        self._sprite_side = 0.0  # its width and height in device-independent pixels
        self._target = QRectF()
        self._glow = 0.0  # the glow's radius at its largest
        self._cx = self._cy = 0  # the centre, rounded down to whole pixels

    def place(self, width: float, bottom: float) -> None:
        """Fit the circle, centred, into ``width`` and the room above ``bottom``."""
        margin = self.margin
        area_height = max(0.0, bottom - margin)
        self.centre = QPointF(width / 2.0, area_height / 2.0 + margin / 2.0)
        fit = min(width - 2 * margin, area_height - margin) / 2.0
        self.max_radius = max(0.0, fit / self.halo)
        self._glow = self.max_radius * self.halo
        self._cx, self._cy = math.floor(self.centre.x()), math.floor(self.centre.y())
        self.sprite = None
        reach = math.ceil(self.max_radius * self.halo) + 2
        self.dirty = QRect(
            math.floor(self.centre.x()) - reach,
            math.floor(self.centre.y()) - reach,
            2 * reach,
            2 * reach,
        )

    def move_to(self, scale: float) -> tuple[int, int, int]:
        """Full motion: put the circle at ``scale`` (0..1); the square to repaint, which
        covers the circle and its glow before and after (both share the centre, so the
        larger holds both) with a pixel to spare all round: left, top, side. At its smallest
        the circle covers a fifth of the area of its largest. Plain numbers, no Qt objects:
        this runs on every frame."""
        larger = max(self.scale, scale)
        self.scale = scale
        fraction = self.smallest + (1.0 - self.smallest) * larger
        reach = math.ceil(self._glow * fraction) + 2
        return self._cx - reach, self._cy - reach, 2 * reach

    def reach(self) -> QRectF:
        """Where the circle and its glow reach at their largest."""
        reach = self.max_radius * self.halo
        return QRectF(self.centre.x() - reach, self.centre.y() - reach, 2 * reach, 2 * reach)

    def set_palette(self, palette: QPalette) -> None:
        self.brushes = circle_brushes(palette, self.halo)
        self.sprite = None

    def drop_sprite(self) -> None:
        self.sprite = None  # a few hundred KB, made again in a millisecond when needed

    def draw(self, painter: QPainter, centre: QPointF, radius: float, tone: str) -> None:
        """The glow, then the disc over it, at ``radius``, in the colours of ``tone``."""
        draw_circle(painter, centre, radius, self.brushes[tone], self.halo)

    def paint_still(self, painter: QPainter, fraction: float, tone: str) -> None:
        """Reduced motion: painted once per phase, straight from the gradients."""
        self.draw(painter, self.centre, self.max_radius * fraction, tone)

    def paint_frame(self, painter: QPainter) -> None:
        """Full motion: the pixmap scaled to the size ``scale`` says."""
        fraction = self.smallest + (1.0 - self.smallest) * self.scale
        sprite = self._sprite_at(painter.deviceTransform().m11(), self.ratio)
        side = self._sprite_side * fraction
        self._target.setRect(self.centre.x() - side / 2.0, self.centre.y() - side / 2.0, side, side)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawPixmap(self._target, sprite, self._sprite_source)

    def _sprite_at(self, pixel_ratio: float, fallback_ratio: float) -> QPixmap:
        """The full-motion circle at its largest, for a screen of ``pixel_ratio``."""
        sprite = self.sprite
        if sprite is not None and abs(sprite.devicePixelRatio() - pixel_ratio) < 1e-3:
            return sprite
        if pixel_ratio <= 0.0:
            pixel_ratio = fallback_ratio
        sprite = circle_sprite(self.max_radius, self.halo, pixel_ratio, self.brushes["full"])
        self.sprite = sprite
        pixels = sprite.width()
        self._sprite_source = QRectF(0.0, 0.0, pixels, pixels)
        self._sprite_side = pixels / pixel_ratio
        return sprite
