"""A calm breathing guide: a soft circle that grows on the in-breath and shrinks on the out-breath.

With reduced motion (asked for by the app, or by the desktop where Qt can tell) the circle keeps
one size, changes shade once per phase, and a second line below the breath counted ("breath
2 of 3", the same words as with motion) counts the seconds left ("3 seconds left").

For screen readers the words below the circle carry the phase as an accessible name that
changes once per phase ("Breathe in, breath 2 of 3", "Breathe out"), never per frame or per counted
second, with reduced motion too; each new phase is also announced politely
(QAccessibleAnnouncementEvent, which Qt's AT-SPI bridge sends as an announcement), and
nothing is announced while the widget is hidden.

This widget puts the pieces together and lays them out. The exercise and its clocks are in
``breathing_exercise`` and ``breathing_timing`` (the numbers in ``core/breath_pace``), the
painting of the circle in ``breathing_circle``, the words in ``breathing_words``, the label
that says them in ``breathing_guide``, the desktop's motion preference in
``motion_preference``.
"""

from __future__ import annotations

import logging
import math

from PySide6.QtCore import (
    QEvent,
    QRectF,
    QSize,
    Signal,
)
from PySide6.QtGui import (
    QHideEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from steadypause.core import breath_pace
from steadypause.core.breath_pace import DONE, IN, OUT
from steadypause.core.i18n import translate
from steadypause.ui import breathing_words as words
from steadypause.ui import motion_preference
from steadypause.ui.breathing_circle import CirclePainter
from steadypause.ui.breathing_exercise import BreathingExercise
from steadypause.ui.breathing_guide import GuideLabel

log = logging.getLogger(__name__)


class BreathingWidget(QWidget):
    """Guides a few slow breaths: a growing and shrinking circle with the step written below.

    ``phase`` moves idle -> in -> out -> in ... -> done; ``phaseChanged`` is emitted on every
    move (also back to idle on ``stop()``), ``finished`` once when the last out-breath ends.
    """

    phaseChanged = Signal(str)
    finished = Signal()
    # The words a screen reader was just told (at most once per phase, only while shown).
    announced = Signal(str)

    # Allowed length of one in- or out-breath, in seconds, and number of breaths (inclusive).
    PHASE_SECONDS_RANGE: tuple[float, float] = breath_pace.PHASE_SECONDS_RANGE
    CYCLES_RANGE: tuple[int, int] = breath_pace.CYCLES_RANGE
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
        self._requested_reduce = bool(reduce_motion)
        reduced = self._requested_reduce or motion_preference.system_prefers_reduced_motion()
        pace = self._validated(inhale_s, exhale_s, cycles)
        self._exercise = BreathingExercise(pace, reduced, self.SECOND_MS, self)
        self._exercise.lookChanged.connect(self._refresh_look)
        self._exercise.countChanged.connect(self._refresh_label)
        self._exercise.draw_frames_with(self._on_value)
        self._exercise.phaseChanged.connect(self.phaseChanged)
        self._exercise.finished.connect(self.finished)

        self._label = GuideLabel(self)

        # Where the circle goes and its colours, recomputed on resize / palette change.
        self._laid_out_for = QSize()
        self._circle = CirclePainter(self.HALO, self.MARGIN, self.MIN_SCALE_RADIUS)
        self._update_colours()

        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(translate("Breathing", "Breathing animation"))
        self._update_description()
        self._refresh_label()

        hints = motion_preference.accessibility_hints()
        changed = getattr(hints, "motionPreferenceChanged", None)  # Qt >= 6.12
        if changed is not None:
            changed.connect(self._follow_motion_preference)

    # ----------------------------------------------------------------- public API

    @property
    def phase(self) -> str:
        """``"idle"``, ``"in"``, ``"out"`` or ``"done"``."""
        return self._exercise.phase

    @property
    def cycle(self) -> int:
        """The current breath, counted from 1; 0 when idle."""
        return self._exercise.cycle

    @property
    def cycles(self) -> int:
        return self._exercise.cycles

    @property
    def inhale_s(self) -> float:
        return self._exercise.inhale_s

    @property
    def exhale_s(self) -> float:
        return self._exercise.exhale_s

    @property
    def current_scale(self) -> float:
        """How far the circle is between its smallest (0.0) and largest (1.0) size."""
        return self.REDUCED_SCALE if self._exercise.reduced else self._circle.scale

    @property
    def circle(self) -> CirclePainter:
        """What paints the circle: its place, its largest radius, the area a frame repaints
        and the pixmap full motion scales (held only while the widget is shown)."""
        return self._circle

    def set_scale(self, scale: float) -> None:
        """Put the full-motion circle at ``scale`` (0 smallest, 1 largest), as each frame of
        the animation does; repainted on the next paint."""
        self._on_value(scale)

    @property
    def reduce_motion(self) -> bool:
        """Whether the circle stays still (asked for here or by the desktop)."""
        return self._exercise.reduced

    def is_running(self) -> bool:
        """True from ``start()`` until done or stopped, also while hidden (and paused)."""
        return self._exercise.is_running()

    def start(self) -> None:
        """Begin from the first in-breath. Does nothing if already running."""
        if self.is_running():
            return
        self._circle.scale = 0.0
        self._exercise.start()

    def stop(self) -> None:
        """Stop and go back to idle (emits ``phaseChanged("idle")`` if not idle already)."""
        self._circle.scale = 0.0
        self._exercise.stop()

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
        if pace == (self.inhale_s, self.exhale_s, self.cycles):
            return
        running = self.is_running()
        if running:
            self.stop()
        self._exercise.set_pace(*pace)
        self._laid_out_for = QSize()  # the longest text may have changed
        self._ensure_layout()
        self._refresh_look()
        if running:
            self.start()

    def set_reduce_motion(self, reduce: bool) -> None:
        """Keep the circle still and count the seconds too; a running exercise carries on."""
        self._requested_reduce = bool(reduce)
        self._follow_motion_preference()

    # ----------------------------------------------------------------- geometry

    def min_circle_diameter(self) -> int:
        """The smallest the circle (at its largest, mid-breath) may be drawn, in px."""
        return self.MIN_DIAMETER

    def circle_diameter(self) -> float:
        """How wide the circle is at its largest with the widget's present size, in px."""
        self._ensure_layout()
        return 2.0 * self._circle.max_radius

    def circle_rect(self) -> QRectF:
        """Where the circle and its glow reach at their largest, in the widget's coordinates."""
        self._ensure_layout()
        return self._circle.reach()

    def guide_label(self) -> QLabel:
        """The words under the circle ("Breathe in · breath 1 of 3")."""
        return self._label

    def spoken_text(self) -> str:
        """The phase in words for a screen reader: "Breathe in, breath 2 of 3", "Breathe out";
        the same with reduced motion (no counted seconds)."""
        return words.spoken_line(self.phase, self.cycle, self.cycles)

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
        circle = self._circle
        if circle.moving:  # every frame of full motion: plain Python up to the painter
            painter = QPainter(self)
            circle.paint_frame(painter)
            painter.end()
            return
        self._ensure_layout()
        if self._circle.max_radius <= 0.0:
            return
        fraction = self._fraction()
        painter = QPainter(self)
        if self.reduce_motion:
            self._circle.paint_still(painter, fraction, self._tone())
        else:
            self._circle.paint_frame(painter)
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
        self._pace_frames()
        self._exercise.on_screen = True
        self._speak(announce=False)  # the words as they are now, without a word aloud
        self._exercise.resume()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._exercise.on_screen = False
        self._circle.drop_sprite()
        self._exercise.pause()

    # ----------------------------------------------------------------- timing

    @classmethod
    def _validated(cls, inhale_s: float, exhale_s: float, cycles: int) -> tuple[float, float, int]:
        return breath_pace.validated_pace(
            inhale_s, exhale_s, cycles, cls.PHASE_SECONDS_RANGE, cls.CYCLES_RANGE
        )

    def _on_value(self, value: float) -> None:
        # Called straight from the clock for each frame, and painted at once: no update
        # request posted and taken up by another turn of the event loop; two reads through
        # PySide, no more (docs/adr/016, "The cost of one frame, third attempt").
        x, y, side = self._circle.move_to(value)
        self.repaint(x, y, side, side)

    def _fraction(self) -> float:
        """The circle's radius as a fraction of its largest, for the frame on screen."""
        return self.MIN_SCALE_RADIUS + (1.0 - self.MIN_SCALE_RADIUS) * self.current_scale

    def _follow_motion_preference(self, *_args: object) -> None:
        reduced = self._requested_reduce or motion_preference.system_prefers_reduced_motion()
        if reduced == self.reduce_motion:
            return
        log.debug("breathing guide: reduced motion %s", "on" if reduced else "off")
        self._exercise.set_reduced(reduced)
        self._update_description()
        self._laid_out_for = QSize()  # the seconds' line comes or goes
        self.updateGeometry()
        self._ensure_layout()
        self._refresh_look()

    # ----------------------------------------------------------------- look

    def _tone(self) -> str:
        if not self.reduce_motion:
            return "full"
        return OUT if self.phase == OUT else IN

    def _update_colours(self) -> None:
        self._circle.set_palette(self.palette())

    def _update_description(self) -> None:
        self.setAccessibleDescription(words.circle_description(self.reduce_motion))

    def _label_text(self) -> str:
        return words.guide_line(
            self.phase, self.cycle, self.cycles, self.reduce_motion, self._exercise.countdown
        )

    def _refresh_label(self) -> None:
        self._label.show_line(self._label_text())

    def _speak(self, announce: bool = True) -> None:
        """Give the words' accessible name the phase, and announce a new phase politely.

        Hidden, nothing changes and nothing is said (the name catches up when shown); a
        phase is announced once however often this is called during it.
        """
        if not self._exercise.on_screen or not self.isVisible():
            return
        text = self.spoken_text()
        told = (self._exercise.generation, self._exercise.step)
        if self._label.speak(text, told if announce and self.phase in (IN, OUT, DONE) else None):
            self.announced.emit(text)

    def _refresh_look(self) -> None:
        self._refresh_label()
        self._speak()
        if self._circle.dirty.isNull():
            self.update()
        else:
            self.update(self._circle.dirty)

    def _text_height(self, width: float) -> int:
        """How high the words under the circle are at their longest, wrapped for ``width``."""
        return max(
            self._label.height_for(text, width - 2 * self.MARGIN)
            for text in words.longest_lines(self.cycles, self.reduce_motion)
        )

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
        self._circle.place(width, label_top)
        self._circle.moving = not self.reduce_motion and self._circle.max_radius > 0.0
        self._pace_frames()  # the circle's travel follows its size

    def _pace_frames(self) -> None:
        """Tell the clock how far the disc's edge moves in device pixels from the smallest
        size to the largest. (The glow's rim moves HALO times as far, but it fades to nothing
        there: the edge the eye follows is the disc's.) Frames come at most at 60 Hz: asking
        ``self.screen()`` for its refresh rate here made tests/widget/test_layout.py crash
        (a segmentation fault in a widget built later; cause not found, docs/adr/016)."""
        travel = self._circle.max_radius * (1.0 - self.MIN_SCALE_RADIUS)
        self._circle.ratio = self.devicePixelRatioF()
        self._exercise.set_motion_resolution(travel * self._circle.ratio, 60.0)
