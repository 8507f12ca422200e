"""A calm breathing guide: a soft circle that grows on the in-breath and shrinks on the out-breath.

With reduced motion (asked for by the app, or by the desktop where Qt can tell) the circle keeps
one size, changes shade once per phase, and the text below counts the seconds instead.

For screen readers the words below the circle carry the phase as an accessible name that
changes once per phase ("Breathe in, 2 of 3", "Breathe out"), never per frame or per counted
second, with reduced motion too; each new phase is also announced politely
(QAccessibleAnnouncementEvent, which Qt's AT-SPI bridge sends as an announcement), and
nothing is announced while the widget is hidden.

Timing comes from Qt's animation clock (full motion) or from a monotonic elapsed timer read by a
single timer aimed at the next change of the on-screen count (reduced motion). Both stop while the
widget is hidden and carry on from where they were when it is shown again.
"""

from __future__ import annotations

import logging
import math
from typing import Any

from PySide6.QtCore import (
    QAbstractAnimation,
    QEasingCurve,
    QElapsedTimer,
    QEvent,
    QPointF,
    QRect,
    QRectF,
    QSequentialAnimationGroup,
    QSize,
    Qt,
    QTimer,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QBrush,
    QColor,
    QFontMetricsF,
    QGradient,
    QGuiApplication,
    QHideEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPixmap,
    QRadialGradient,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from steadypause.core.i18n import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

IDLE = "idle"
IN = "in"
OUT = "out"
DONE = "done"


# 'One' ... 'Twenty': how many breaths, at the start of a sentence (translated where used).
_NUMBER_WORDS = (
    #: These count breaths ("Three slow breaths, done."): in Spanish "respiración" is
    #: feminine, so 1 reads "Una".
    QT_TRANSLATE_NOOP("Breathing", "One"),
    QT_TRANSLATE_NOOP("Breathing", "Two"),
    QT_TRANSLATE_NOOP("Breathing", "Three"),
    QT_TRANSLATE_NOOP("Breathing", "Four"),
    QT_TRANSLATE_NOOP("Breathing", "Five"),
    QT_TRANSLATE_NOOP("Breathing", "Six"),
    QT_TRANSLATE_NOOP("Breathing", "Seven"),
    QT_TRANSLATE_NOOP("Breathing", "Eight"),
    QT_TRANSLATE_NOOP("Breathing", "Nine"),
    QT_TRANSLATE_NOOP("Breathing", "Ten"),
    QT_TRANSLATE_NOOP("Breathing", "Eleven"),
    QT_TRANSLATE_NOOP("Breathing", "Twelve"),
    QT_TRANSLATE_NOOP("Breathing", "Thirteen"),
    QT_TRANSLATE_NOOP("Breathing", "Fourteen"),
    QT_TRANSLATE_NOOP("Breathing", "Fifteen"),
    QT_TRANSLATE_NOOP("Breathing", "Sixteen"),
    QT_TRANSLATE_NOOP("Breathing", "Seventeen"),
    QT_TRANSLATE_NOOP("Breathing", "Eighteen"),
    QT_TRANSLATE_NOOP("Breathing", "Nineteen"),
    QT_TRANSLATE_NOOP("Breathing", "Twenty"),
)


def _number_word(n: int) -> str:
    """The word for ``n`` breaths, in the language in use."""
    return translate("Breathing", _NUMBER_WORDS[n - 1])


# Qt >= 6.12: QAccessibilityHints.motionPreference() and Qt.MotionPreference.ReducedMotion.
# Qt 6.10/6.11 have QStyleHints.accessibility() but only contrastPreference() on it.
_REDUCED_MOTION: Any = getattr(getattr(Qt, "MotionPreference", None), "ReducedMotion", None)


def _accessibility_hints() -> Any:
    """The application's QAccessibilityHints (Qt >= 6.10), or None."""
    if QGuiApplication.instance() is None:
        return None
    accessibility = getattr(QGuiApplication.styleHints(), "accessibility", None)
    return accessibility() if accessibility is not None else None


def system_prefers_reduced_motion() -> bool:
    """Whether the desktop asks applications for less motion.

    Answers False when Qt cannot tell: the preference is exposed from Qt 6.12
    (``QAccessibilityHints.motionPreference``); older Qt has no portable way to read it.
    """
    read = getattr(_accessibility_hints(), "motionPreference", None)
    if read is None or _REDUCED_MOTION is None:
        return False
    return bool(read() == _REDUCED_MOTION)


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved a fraction ``t`` of the way toward ``b``."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * t,
        a.greenF() + (b.greenF() - a.greenF()) * t,
        a.blueF() + (b.blueF() - a.blueF()) * t,
        1.0,
    )


def _disc_brush(centre: QColor, edge: QColor) -> QBrush:
    """A radial fill relative to whatever ellipse it paints, so one brush fits every size."""
    gradient = QRadialGradient(0.5, 0.5, 0.5)
    gradient.setCoordinateMode(QGradient.CoordinateMode.ObjectMode)
    gradient.setColorAt(0.0, centre)
    gradient.setColorAt(1.0, edge)
    return QBrush(gradient)


def _halo_brush(colour: QColor, inner: float) -> QBrush:
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


class BreathingWidget(QWidget):
    """Guides a few slow breaths: a growing and shrinking circle with the step written below.

    ``phase`` moves idle -> in -> out -> in ... -> done; ``phaseChanged`` is emitted on every
    move (also back to idle on ``stop()``), ``finished`` once when the last out-breath ends.
    """

    phaseChanged = Signal(str)
    finished = Signal()
    # The words a screen reader was just told (at most once per phase, only while shown).
    announced = Signal(str)

    # Allowed length of one in- or out-breath, in seconds (inclusive).
    PHASE_SECONDS_RANGE: tuple[float, float] = (1.0, 20.0)
    # Allowed number of breaths (inclusive).
    CYCLES_RANGE: tuple[int, int] = (1, 20)
    # How many milliseconds a second of breathing lasts; tests shorten it to run quickly.
    SECOND_MS = 1000

    MIN_SCALE_RADIUS = 0.45  # smallest radius, as a fraction of the largest that fits
    REDUCED_SCALE = 0.5  # the fixed size used with reduced motion, on the 0..1 scale
    HALO = 1.14  # halo radius relative to the disc
    MARGIN = 8.0  # px between the halo and the widget's edges
    MIN_DIAMETER = 120  # px: the circle at its largest is never drawn smaller than this

    def __init__(
        self,
        inhale_s: float = 4.0,
        exhale_s: float = 6.0,
        cycles: int = 3,
        reduce_motion: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._inhale_s, self._exhale_s, self._cycles = self._validated(inhale_s, exhale_s, cycles)

        self._phase = IDLE
        self._step = -1  # 2 * (cycle - 1) + (0 breathing in | 1 breathing out); 2 * cycles = done
        self._generation = 0  # bumped by start/stop, so a slot that restarts us ends stale loops
        self._scale = 0.0
        self._countdown = 0
        self._on_screen = False
        self._announced_for: tuple[int, int] | None = None  # (generation, step) last told

        self._requested_reduce = bool(reduce_motion)
        self._reduced = self._requested_reduce or system_prefers_reduced_motion()

        # Full motion: in-breath then out-breath, eased, the pair looped once per breath.
        # An animation created with a group as its parent joins that group, in order.
        self._group = QSequentialAnimationGroup(self)
        self._inhale = QVariantAnimation(self._group)
        self._inhale.setStartValue(0.0)
        self._inhale.setEndValue(1.0)
        self._inhale.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._exhale = QVariantAnimation(self._group)
        self._exhale.setStartValue(1.0)
        self._exhale.setEndValue(0.0)
        self._exhale.setEasingCurve(QEasingCurve.Type.InOutSine)
        self._inhale.valueChanged.connect(self._on_value)
        self._exhale.valueChanged.connect(self._on_value)
        self._group.currentAnimationChanged.connect(self._on_animation_boundary)
        self._group.finished.connect(self._on_group_finished)
        self._apply_durations()

        # Reduced motion: elapsed time banked across hidden stretches, one timer for the count.
        self._banked_ms = 0
        self._clock = QElapsedTimer()
        self._tick = QTimer(self)
        self._tick.setSingleShot(True)
        self._tick.setTimerType(Qt.TimerType.PreciseTimer)
        self._tick.timeout.connect(self._on_tick)

        self._label = QLabel(self)
        self._label.setObjectName("breathing_guide")
        self._label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self._label.setWordWrap(True)
        self._label.setAccessibleDescription(translate("Breathing", "Breathing guide"))

        # Geometry and colours, recomputed on resize / palette change, read by paintEvent.
        self._laid_out_for = QSize()
        self._centre = QPointF()
        self._max_radius = 0.0
        self._dirty = QRect()
        self._brushes: dict[str, tuple[QBrush, QBrush]] = {}
        # Full motion: the circle at its largest, drawn once into a pixmap at the screen's
        # pixel density and scaled for each frame (filling the two gradients 60 times a second
        # cost the software rasteriser more than the rest of the frame); made again when the
        # colours, the size or the pixel density change, dropped while hidden.
        self._sprite: QPixmap | None = None
        self._sprite_source = QRectF()
        self._sprite_side = 0.0  # its width and height in device-independent pixels
        self._target = QRectF()
        self._update_colours()

        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(translate("Breathing", "Breathing animation"))
        self._update_description()
        self._refresh_label()

        hints = _accessibility_hints()
        changed = getattr(hints, "motionPreferenceChanged", None)  # Qt >= 6.12
        if changed is not None:
            changed.connect(self._follow_motion_preference)

    # ----------------------------------------------------------------- public API

    @property
    def phase(self) -> str:
        """``"idle"``, ``"in"``, ``"out"`` or ``"done"``."""
        return self._phase

    @property
    def cycle(self) -> int:
        """The current breath, counted from 1; 0 when idle."""
        if self._step < 0:
            return 0
        return min(self._step // 2 + 1, self._cycles)

    @property
    def cycles(self) -> int:
        return self._cycles

    @property
    def inhale_s(self) -> float:
        return self._inhale_s

    @property
    def exhale_s(self) -> float:
        return self._exhale_s

    @property
    def current_scale(self) -> float:
        """How far the circle is between its smallest (0.0) and largest (1.0) size."""
        return self.REDUCED_SCALE if self._reduced else self._scale

    @property
    def reduce_motion(self) -> bool:
        """Whether the circle stays still (asked for here or by the desktop)."""
        return self._reduced

    def is_running(self) -> bool:
        """True from ``start()`` until done or stopped, also while hidden (and paused)."""
        return self._phase in (IN, OUT)

    def start(self) -> None:
        """Begin from the first in-breath. Does nothing if already running."""
        if self.is_running():
            return
        self._generation += 1
        self._step = 0
        self._phase = IN
        self._scale = 0.0
        self._countdown = self._count_for(self._inhale_ms)
        self._refresh_look()
        self._start_engine(0)
        self.phaseChanged.emit(IN)

    def stop(self) -> None:
        """Stop and go back to idle (emits ``phaseChanged("idle")`` if not idle already)."""
        self._generation += 1
        self._halt_engine()
        self._step = -1
        self._scale = 0.0
        changed = self._phase != IDLE
        self._phase = IDLE
        self._refresh_look()
        if changed:
            self.phaseChanged.emit(IDLE)

    def restart(self) -> None:
        """Stop, then start again from the first in-breath."""
        self.stop()
        self.start()

    def set_pace(self, inhale_s: float, exhale_s: float, cycles: int) -> None:
        """Change the pace; a running exercise starts again at the new pace.

        The same pace again changes nothing. Raises ValueError for breaths outside
        ``PHASE_SECONDS_RANGE`` seconds or a count outside ``CYCLES_RANGE``.
        """
        pace = self._validated(inhale_s, exhale_s, cycles)
        if pace == (self._inhale_s, self._exhale_s, self._cycles):
            return
        running = self.is_running()
        if running:
            self.stop()
        self._inhale_s, self._exhale_s, self._cycles = pace
        self._apply_durations()
        self._laid_out_for = QSize()  # the longest text may have changed
        self._ensure_layout()
        self._refresh_look()
        if running:
            self.start()

    def set_reduce_motion(self, reduce: bool) -> None:
        """Keep the circle still and count seconds instead; a running exercise carries on."""
        self._requested_reduce = bool(reduce)
        self._follow_motion_preference()

    # ----------------------------------------------------------------- geometry

    def min_circle_diameter(self) -> int:
        """The smallest the circle (at its largest, mid-breath) may be drawn, in px."""
        return self.MIN_DIAMETER

    def circle_diameter(self) -> float:
        """How wide the circle is at its largest with the widget's present size, in px."""
        self._ensure_layout()
        return 2.0 * self._max_radius

    def circle_rect(self) -> QRectF:
        """Where the circle and its glow reach at their largest, in the widget's coordinates."""
        self._ensure_layout()
        reach = self._max_radius * self.HALO
        return QRectF(self._centre.x() - reach, self._centre.y() - reach, 2 * reach, 2 * reach)

    def guide_label(self) -> QLabel:
        """The words under the circle ("Breathe in · 1 of 3")."""
        return self._label

    def spoken_text(self) -> str:
        """The phase in words for a screen reader: "Breathe in, 2 of 3", "Breathe out";
        the same with reduced motion (no counted seconds)."""
        if self._phase == IDLE:
            return translate("Breathing", "Ready when you are.")
        if self._phase == DONE:
            return self._done_text()
        if self._phase == IN:
            return translate("Breathing", "Breathe in, {breath} of {breaths}").format(
                breath=self.cycle, breaths=self._cycles
            )
        return translate("Breathing", "Breathe out")

    # ----------------------------------------------------------------- Qt overrides

    def sizeHint(self) -> QSize:
        return QSize(260, max(300, self.heightForWidth(260)))

    def minimumSizeHint(self) -> QSize:
        width = math.ceil(self.MIN_DIAMETER * self.HALO + 2 * self.MARGIN)
        return QSize(width, self.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """The least height that shows the circle at ``MIN_DIAMETER`` with the words below it
        (wrapped at ``width``); more room makes the circle larger."""
        text = self._text_height(float(width))
        return math.ceil(self.MIN_DIAMETER * self.HALO + 3 * self.MARGIN + text) + 1

    def paintEvent(self, event: QPaintEvent) -> None:
        self._ensure_layout()
        if self._max_radius <= 0.0:
            return
        fraction = self.MIN_SCALE_RADIUS + (1.0 - self.MIN_SCALE_RADIUS) * self.current_scale
        painter = QPainter(self)
        if self._reduced:
            # Still, and painted once per phase: straight from the gradients.
            self._draw_circle(painter, self._centre, self._max_radius * fraction, self._tone())
        else:
            sprite = self._sprite_at(painter.deviceTransform().m11())
            side = self._sprite_side * fraction
            self._target.setRect(
                self._centre.x() - side / 2.0, self._centre.y() - side / 2.0, side, side
            )
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawPixmap(self._target, sprite, self._sprite_source)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._ensure_layout()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        kind = event.type()
        if kind == QEvent.Type.PaletteChange:
            self._update_colours()
            self.update()
        elif kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._laid_out_for = QSize()
            self._ensure_layout()
            self.update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._on_screen = True
        self._speak(announce=False)  # the words as they are now, without a word aloud
        if not self.is_running():
            return
        if self._reduced:
            if not self._clock.isValid():
                self._clock.start()
                self._on_tick()
        elif self._group.state() == QAbstractAnimation.State.Paused:
            self._group.resume()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._on_screen = False
        self._sprite = None  # a few hundred KB, made again in a millisecond when shown
        if self._reduced:
            self._bank_elapsed()
        elif self._group.state() == QAbstractAnimation.State.Running:
            self._group.pause()

    # ----------------------------------------------------------------- timing

    @classmethod
    def _validated(cls, inhale_s: float, exhale_s: float, cycles: int) -> tuple[float, float, int]:
        low, high = cls.PHASE_SECONDS_RANGE
        for name, value in (("inhale_s", inhale_s), ("exhale_s", exhale_s)):
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise ValueError(  # i18n-exempt: a programmer error
                    f"{name} must be a number of seconds, not {value!r}"
                )
            if not low <= value <= high:  # also refuses NaN
                raise ValueError(  # i18n-exempt: a programmer error
                    f"{name} must be between {low:g} and {high:g} s, not {value!r}"
                )
        low_c, high_c = cls.CYCLES_RANGE
        if isinstance(cycles, bool) or not isinstance(cycles, int):
            raise ValueError(  # i18n-exempt: a programmer error
                f"cycles must be a whole number, not {cycles!r}"
            )
        if not low_c <= cycles <= high_c:
            raise ValueError(  # i18n-exempt: a programmer error
                f"cycles must be between {low_c} and {high_c}, not {cycles!r}"
            )
        return float(inhale_s), float(exhale_s), cycles

    @property
    def _inhale_ms(self) -> int:
        return round(self._inhale_s * self.SECOND_MS)

    @property
    def _exhale_ms(self) -> int:
        return round(self._exhale_s * self.SECOND_MS)

    def _apply_durations(self) -> None:
        self._inhale.setDuration(self._inhale_ms)
        self._exhale.setDuration(self._exhale_ms)
        self._group.setLoopCount(self._cycles)

    def _locate(self, position_ms: int) -> tuple[int, int]:
        """The step at ``position_ms`` into the exercise and the ms left in that step."""
        breath_ms = self._inhale_ms + self._exhale_ms
        if position_ms >= breath_ms * self._cycles:
            return 2 * self._cycles, 0
        breath, within = divmod(max(position_ms, 0), breath_ms)
        if within < self._inhale_ms:
            return 2 * breath, self._inhale_ms - within
        return 2 * breath + 1, breath_ms - within

    def _position_ms(self) -> int:
        if not self._reduced:
            return self._group.currentTime()
        running = self._clock.elapsed() if self._clock.isValid() else 0
        return self._banked_ms + running

    def _start_engine(self, position_ms: int) -> None:
        if self._reduced:
            self._banked_ms = position_ms
            self._clock.invalidate()
            if self._on_screen:
                self._clock.start()
                self._on_tick()
            return
        self._group.start()
        if position_ms > 0:
            self._group.setCurrentTime(position_ms)
        if not self._on_screen and self._group.state() == QAbstractAnimation.State.Running:
            self._group.pause()

    def _halt_engine(self) -> None:
        if self._group.state() != QAbstractAnimation.State.Stopped:
            self._group.stop()
        self._tick.stop()
        self._clock.invalidate()
        self._banked_ms = 0

    def _bank_elapsed(self) -> None:
        if self._clock.isValid():
            self._banked_ms += self._clock.elapsed()
            self._clock.invalidate()
        self._tick.stop()

    def _advance_to(self, step: int) -> None:
        """Enter each step up to ``step`` in order, so no phase is skipped after a stall."""
        generation = self._generation
        done_step = 2 * self._cycles
        while self._step < min(step, done_step) and generation == self._generation:
            self._step += 1
            if self._step == done_step:
                self._halt_engine()
                self._phase = DONE
            else:
                self._phase = IN if self._step % 2 == 0 else OUT
                length = self._inhale_ms if self._phase == IN else self._exhale_ms
                self._countdown = self._count_for(length)
            self._refresh_look()
            self.phaseChanged.emit(self._phase)
            if self._phase == DONE and generation == self._generation:
                self.finished.emit()

    def _on_value(self, value: float) -> None:
        self._scale = float(value)
        self.update(self._dirty)

    def _on_animation_boundary(self, _animation: QAbstractAnimation) -> None:
        # Read the position, not currentLoop(): while a jump crosses several phases, Qt has
        # already moved the loop counter when it reports the intermediate animation.
        if self.is_running() and not self._reduced:
            self._advance_to(self._locate(self._group.currentTime())[0])

    def _on_group_finished(self) -> None:
        if self.is_running() and not self._reduced:
            self._advance_to(2 * self._cycles)

    def _on_tick(self) -> None:
        if not self.is_running() or not self._reduced:
            return
        generation = self._generation
        step, left_ms = self._locate(self._position_ms())
        self._advance_to(step)
        if generation != self._generation or not self.is_running():
            return
        count = self._count_for(left_ms)
        if count != self._countdown:
            self._countdown = count
            self._refresh_label()
        if self._on_screen:
            # Next wake-up: when the count on screen drops by one, or the phase ends.
            self._tick.start(max(1, left_ms - (count - 1) * self.SECOND_MS))

    def _follow_motion_preference(self, *_args: object) -> None:
        reduced = self._requested_reduce or system_prefers_reduced_motion()
        if reduced == self._reduced:
            return
        log.debug("breathing guide: reduced motion %s", "on" if reduced else "off")
        running = self.is_running()
        position = self._position_ms() if running else 0
        self._halt_engine()
        self._reduced = reduced
        self._update_description()
        if running:
            # Carry on from the same moment; in full motion the group sets the size itself.
            self._countdown = self._count_for(self._locate(position)[1])
            self._start_engine(position)
        self._refresh_look()

    def _count_for(self, left_ms: int) -> int:
        """The whole seconds shown for ``left_ms`` still to go in a phase (never 0)."""
        return max(1, math.ceil(left_ms / self.SECOND_MS))

    # ----------------------------------------------------------------- look

    def _tone(self) -> str:
        if not self._reduced:
            return "full"
        return OUT if self._phase == OUT else IN

    def _draw_circle(self, painter: QPainter, centre: QPointF, radius: float, tone: str) -> None:
        """The glow, then the disc over it, at ``radius``, in the colours of ``tone``."""
        disc, halo = self._brushes[tone]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(halo)
        painter.drawEllipse(centre, radius * self.HALO, radius * self.HALO)
        painter.setBrush(disc)
        painter.drawEllipse(centre, radius, radius)

    def _sprite_at(self, pixel_ratio: float) -> QPixmap:
        """The full-motion circle at its largest, for a screen of ``pixel_ratio``."""
        sprite = self._sprite
        if sprite is not None and abs(sprite.devicePixelRatio() - pixel_ratio) < 1e-3:
            return sprite
        if pixel_ratio <= 0.0:
            pixel_ratio = self.devicePixelRatioF()
        reach = self._max_radius * self.HALO
        # A pixel of clear border all round, so the edge of the glow is never cut off when
        # the pixmap is smoothed.
        pixels = math.ceil(2.0 * reach * pixel_ratio) + 2
        sprite = QPixmap(pixels, pixels)
        sprite.setDevicePixelRatio(pixel_ratio)
        sprite.fill(Qt.GlobalColor.transparent)
        side = pixels / pixel_ratio
        painter = QPainter(sprite)
        self._draw_circle(painter, QPointF(side / 2.0, side / 2.0), self._max_radius, "full")
        painter.end()
        self._sprite = sprite
        self._sprite_source = QRectF(0.0, 0.0, pixels, pixels)
        self._sprite_side = side
        return sprite

    def _update_colours(self) -> None:
        palette = self.palette()
        accent = palette.color(QPalette.ColorRole.Highlight)
        base = palette.color(QPalette.ColorRole.Base)
        glow = _mix(accent, base, 0.7)
        inner = 1.0 / self.HALO
        # Strongest in the middle and softening toward the background at the rim, so it
        # reads as a glow on light and on dark themes alike.
        self._brushes = {
            "full": (
                _disc_brush(_mix(accent, base, 0.15), _mix(accent, base, 0.45)),
                _halo_brush(glow, inner),
            ),
            IN: (
                _disc_brush(_mix(accent, base, 0.1), _mix(accent, base, 0.35)),
                _halo_brush(glow, inner),
            ),
            OUT: (
                _disc_brush(_mix(accent, base, 0.5), _mix(accent, base, 0.7)),
                _halo_brush(_mix(accent, base, 0.85), inner),
            ),
        }
        self._sprite = None

    def _update_description(self) -> None:
        if self._reduced:
            text = translate(
                "Breathing",
                "A still circle that changes shade between breathing "
                "in and breathing out, with the seconds of each breath counted "
                "below it.",
            )
        else:
            text = translate(
                "Breathing",
                "A soft circle that grows while you breathe in and "
                "shrinks while you breathe out, with the current breath written "
                "below it.",
            )
        self.setAccessibleDescription(text)

    def _done_text(self) -> str:
        cycles = self._cycles  # a plain name: lupdate drops the text for "self._cycles"
        return translate(
            "Breathing",
            "{number} slow breath(s), done. Stay here as long as you like.",
            None,
            cycles,
        ).format(number=_number_word(cycles))

    def _label_text(self) -> str:
        if self._phase == IDLE:
            return translate("Breathing", "Ready when you are.")
        if self._phase == DONE:
            return self._done_text()
        breathing_in = self._phase == IN
        if self._reduced:
            if not self._countdown:
                return (
                    translate("Breathing", "Breathe in")
                    if breathing_in
                    else translate("Breathing", "Breathe out")
                )
            text = (
                translate("Breathing", "Breathe in · {seconds}")
                if breathing_in
                else translate("Breathing", "Breathe out · {seconds}")
            )
            return text.format(seconds=self._countdown)
        return self._counted(breathing_in, self.cycle)

    def _counted(self, breathing_in: bool, breath: int) -> str:
        """'Breathe in · 2 of 3': the phase and which breath of how many."""
        text = (
            translate("Breathing", "Breathe in · {breath} of {breaths}")
            if breathing_in
            else translate("Breathing", "Breathe out · {breath} of {breaths}")
        )
        return text.format(breath=breath, breaths=self._cycles)

    def _refresh_label(self) -> None:
        text = self._label_text()
        if self._label.text() != text:
            self._label.setText(text)

    def _speak(self, announce: bool = True) -> None:
        """Give the words' accessible name the phase, and announce a new phase politely.

        Hidden, nothing changes and nothing is said (the name catches up when shown); a
        phase is announced once however often this is called during it.
        """
        if not self._on_screen or not self.isVisible():
            return
        text = self.spoken_text()
        if self._label.accessibleName() != text:
            self._label.setAccessibleName(text)
        if not announce or self._phase not in (IN, OUT, DONE):
            return
        told = (self._generation, self._step)
        if told == self._announced_for:
            return
        self._announced_for = told
        if QAccessible.isActive():
            event = QAccessibleAnnouncementEvent(self._label, text)
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
            QAccessible.updateAccessibility(event)
        self.announced.emit(text)

    def _refresh_look(self) -> None:
        self._refresh_label()
        self._speak()
        if self._dirty.isNull():
            self.update()
        else:
            self.update(self._dirty)

    def _text_height(self, width: float) -> int:
        """How high the words under the circle are at their longest, wrapped for ``width``."""
        metrics = QFontMetricsF(self._label.font())
        longest = max(
            (
                self._done_text(),
                self._counted(False, self._cycles),
                self._counted(True, self._cycles),
            ),
            key=len,
        )
        text_box = metrics.boundingRect(
            QRectF(0.0, 0.0, max(width - 2 * self.MARGIN, 1.0), 10_000.0),
            int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter),
            longest,
        )
        return math.ceil(text_box.height())

    def _ensure_layout(self) -> None:
        """Place the label at the bottom and fit the circle above it; only when sizes change."""
        size = self.size()
        if size == self._laid_out_for:
            return
        self._laid_out_for = QSize(size)
        width, height = float(size.width()), float(size.height())
        margin = self.MARGIN
        text_height = self._text_height(width)
        label_top = max(0, math.floor(height - margin - text_height))
        self._label.setGeometry(
            int(margin), label_top, max(0, int(width - 2 * margin)), text_height
        )
        area_height = max(0.0, label_top - margin)
        self._centre = QPointF(width / 2.0, area_height / 2.0 + margin / 2.0)
        fit = min(width - 2 * margin, area_height - margin) / 2.0
        self._max_radius = max(0.0, fit / self.HALO)
        self._sprite = None
        reach = math.ceil(self._max_radius * self.HALO) + 2
        self._dirty = QRect(
            math.floor(self._centre.x()) - reach,
            math.floor(self._centre.y()) - reach,
            2 * reach,
            2 * reach,
        )
