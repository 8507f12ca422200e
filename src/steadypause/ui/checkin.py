"""The optional 0–10 check-in: "how depleted do I feel right now?", before and after a pause.

A question, a scale of eleven numbers and a *Skip* link. Nothing is required: leaving it
blank is the same as skipping. By keyboard the scale is one Tab stop: a digit picks 0–9 and
moves on, Home and End pick 0 and 10, the arrow keys move by one, Space or Enter on the
number shown chooses it and moves on, Delete clears. Moving on is the window's to do (the
``chosen`` signal); a key the scale does not use goes on to the window.

For assistive technology the scale is a slider from 0 to 10 (it is a QAbstractSlider, so Qt
gives it the slider role and the Value interface that AT-SPI reads and sets, and announces
each change); its description says "Not set" until a number is chosen. Why not a custom
accessible interface: docs/adr/013-screen-readers.md.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleValueChangeEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractSlider,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from steadypause.core.i18n import translate
from steadypause.ui.theme import mute, muted_colour

LOW, HIGH = 0, 10


def question(when: str) -> str:
    """The question asked "before" or "after" the pause, in the language in use."""
    if when == "before":
        return translate("CheckIn", "Before you begin: how depleted do you feel right now?")
    return translate("CheckIn", "And now: how depleted do you feel?")


def end_words() -> tuple[str, str]:
    """The words under both ends of the scale."""
    return translate("CheckIn", "0 not at all"), translate("CheckIn", "10 completely")


class CheckInScale(QAbstractSlider):
    """Eleven numbered cells; ``value`` is None until one is chosen.

    A slider from 0 to 10 underneath, for assistive technology; while nothing is chosen the
    slider rests at 0 and the description says "Not set". A value set through the
    accessibility API (AT-SPI's Value interface) arrives as the slider's own change.
    """

    answerChanged = Signal(object)  # int or None
    # A number was chosen by a key that means "this one" (a digit, Space, Enter): move on.
    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkinScale")
        self.setOrientation(Qt.Orientation.Horizontal)
        self.setRange(LOW, HIGH)
        self.setSingleStep(1)
        self.setPageStep(1)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._value: int | None = None
        self._syncing = False
        self.valueChanged.connect(self._slider_moved)
        self._describe()

    @property
    def value(self) -> int | None:  # type: ignore[override]
        return self._value

    def set_value(self, value: int | None) -> None:
        if value is not None:
            value = max(LOW, min(HIGH, value))
        if value == self._value:
            return
        self._value = value
        self._describe()
        resting = LOW if value is None else value
        if self.sliderPosition() != resting or QAbstractSlider.value(self) != resting:
            self._syncing = True
            try:
                self.setValue(resting)  # Qt tells assistive technology of the change
            finally:
                self._syncing = False
        else:
            # Not set -> 0, or 0 -> not set: the slider itself did not move, so say it here.
            QAccessible.updateAccessibility(QAccessibleValueChangeEvent(self, resting))
        self.update()
        self.answerChanged.emit(value)

    def _slider_moved(self, value: int) -> None:
        """The slider's value changed by other means than ``set_value`` (the accessibility
        API's SetCurrentValue)."""
        if not self._syncing:
            self.set_value(value)

    def _describe(self) -> None:
        self.setAccessibleDescription(
            translate("CheckIn", "Not set. Type a digit, or Home for 0 and End for 10.")
            if self._value is None
            else translate(
                "CheckIn", "{value} of {high}. Arrow keys change it, Delete clears it."
            ).format(value=self._value, high=HIGH)
        )

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # the wheel scrolls the step; it does not change an answer

    def sizeHint(self) -> QSize:
        h = self.fontMetrics().height() + 14
        return QSize(11 * (h + 4), h)

    def minimumSizeHint(self) -> QSize:
        h = self.fontMetrics().height() + 10
        return QSize(11 * (self.fontMetrics().horizontalAdvance("10") + 10), h)

    def _cell(self, n: int) -> QRectF:
        w = self.width() / (HIGH - LOW + 1)
        return QRectF(n * w + 2, 1, w - 4, self.height() - 2)

    def paintEvent(self, event: QPaintEvent) -> None:
        pal = self.palette()
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for n in range(LOW, HIGH + 1):
            cell = self._cell(n)
            chosen = n == self._value
            p.setPen(QPen(muted_colour(pal), 1))
            p.setBrush(
                pal.color(QPalette.ColorRole.Highlight if chosen else QPalette.ColorRole.Base)
            )
            p.drawRoundedRect(cell, 5, 5)
            p.setPen(
                pal.color(QPalette.ColorRole.HighlightedText if chosen else QPalette.ColorRole.Text)
            )
            p.drawText(cell, Qt.AlignmentFlag.AlignCenter, str(n))
        if self.hasFocus():
            # Around the number shown, and a ring inside it in the contrasting colour (a
            # chosen number without the focus has none); around the whole scale while no
            # number is shown (Space and Enter then choose nothing).
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2))
            if self._value is not None:
                cell = self._cell(self._value)
                p.drawRoundedRect(cell.adjusted(-2, 0, 2, 0), 6, 6)
                p.setPen(QPen(pal.color(QPalette.ColorRole.HighlightedText), 2))
                p.drawRoundedRect(cell.adjusted(3, 3, -3, -3), 3, 3)
            else:
                p.drawRoundedRect(QRectF(self.rect()).adjusted(1, 1, -1, -1), 6, 6)
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            n = int(event.position().x() // (self.width() / (HIGH - LOW + 1)))
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            self.set_value(n)
            event.accept()
            return
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier
        )
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9 and plain:
            self.set_value(key - Qt.Key.Key_0)
            self.chosen.emit(key - Qt.Key.Key_0)
        elif key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            if self._value is not None:
                self.chosen.emit(self._value)  # the number shown, as it is
            elif key == Qt.Key.Key_Space:
                pass  # no number shown: nothing to choose, and nothing else is pressed
            else:
                QWidget.keyPressEvent(self, event)  # Enter with none: on to the next step
                return
        elif key == Qt.Key.Key_Home:
            self.set_value(LOW)
        elif key == Qt.Key.Key_End:
            self.set_value(HIGH)
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Up) and not event.modifiers():
            self.set_value(LOW if self._value is None else self._value + 1)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Down) and not event.modifiers():
            self.set_value(HIGH if self._value is None else self._value - 1)
        elif key == Qt.Key.Key_Delete:
            self.set_value(None)
        else:
            # Esc, Backspace, Page Up/Down, letters: the window's and the step's keys, not
            # the slider's (QWidget's handler passes them on).
            QWidget.keyPressEvent(self, event)
            return
        event.accept()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()


class CheckIn(QWidget):
    """The question, the scale and *Skip*. ``value`` is None when skipped or left blank."""

    skipped = Signal()
    chosen = Signal(int)  # the scale's: a number chosen by key, time to move on

    def __init__(self, when: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.when = when
        self.setObjectName(f"checkin_{when}")
        asked = question(when)
        question_label = QLabel(asked, self)
        question_label.setObjectName("checkinQuestion")
        question_label.setWordWrap(True)
        self.scale = CheckInScale(self)
        self.scale.chosen.connect(self.chosen)
        self.scale.setAccessibleName(
            translate("CheckIn", "{question} 0 to 10, optional").format(question=asked)
        )
        question_label.setBuddy(self.scale)
        self.skip_button = QPushButton(translate("CheckIn", "Skip"), self)
        self.skip_button.setObjectName("checkinSkip")
        self.skip_button.setFlat(True)
        self.skip_button.setAutoDefault(False)
        self.skip_button.setAccessibleName(translate("CheckIn", "Skip the check-in"))
        self.skip_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.skip_button.clicked.connect(self.skip)

        low, high = (QLabel(text, self) for text in end_words())
        for label in (low, high):
            mute(label, smaller=True)
        ends = QHBoxLayout()
        ends.setContentsMargins(0, 0, 0, 0)
        ends.addWidget(low)
        ends.addStretch(1)
        ends.addWidget(self.skip_button)
        ends.addStretch(1)
        ends.addWidget(high)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 6)
        layout.setSpacing(4)
        layout.addWidget(question_label)
        layout.addWidget(self.scale)
        layout.addLayout(ends)
        self._skipped = False

    @property
    def value(self) -> int | None:
        return None if self._skipped else self.scale.value

    @property
    def is_skipped(self) -> bool:
        return self._skipped

    @property
    def answered(self) -> bool:
        return self._skipped or self.scale.value is not None

    def skip(self) -> None:
        """One click: forget any choice and fold away."""
        self._skipped = True
        self.scale.set_value(None)
        self.hide()
        self.skipped.emit()
