"""The gentle prompt: a small note near the tray that asks, and never grabs the keyboard.

It does not take focus (the person may be mid-sentence), says why it appeared, and offers
Start / In N minutes / Skip. Left alone it closes itself after a while and counts as
missed, without any reminder about it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from steadypause.core.i18n import translate
from steadypause.ui import icons
from steadypause.ui.theme import mute
from steadypause.ui.window_title import window_title

log = logging.getLogger(__name__)

MARGIN = 16


class PromptWindow(QDialog):
    """Emits ``answered`` exactly once with "start", "later", "skip" or "missed".

    A QDialog for assistive technology only: Qt gives a plain QWidget window the role
    *filler*, a dialog the role *dialog*, named like its title ("Reminder — Steady Pause"),
    which a screen reader announces (docs/adr/013). It is still a frameless tool window
    that is shown without activating and does not accept focus, not modal; its buttons take
    no focus, so no button is made the default and Enter presses nothing.
    """

    answered = Signal(str)

    def __init__(
        self,
        heading: str,
        reason: str,
        later_minutes: int = 10,
        timeout_ms: int = 120_000,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            parent,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus,
        )
        self.setObjectName("prompt")
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # No accessible name of its own: a dialog's is its title.
        self.setWindowTitle(window_title(translate("Prompt", "Reminder")))
        self.setAccessibleDescription(f"{heading} {reason}")
        self._done = False

        frame = QFrame(self)
        frame.setObjectName("promptFrame")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)

        mark = QLabel(frame)
        mark.setPixmap(icons.pixmap("steadypause", 32))
        mark.setAccessibleName("Steady Pause")  # i18n-exempt: the app's name
        title = QLabel(heading, frame)
        title.setObjectName("promptHeading")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        why = QLabel(reason, frame)
        why.setObjectName("promptReason")
        why.setWordWrap(True)
        mute(why)

        self.start_button = self._button(
            "promptStart",
            translate("Prompt", "Start"),
            frame,
            translate("Prompt", "Open the pause now"),
        )
        self.later_button = self._button(
            "promptLater",
            translate("Prompt", "In %n minute(s)", None, later_minutes),
            frame,
            translate("Prompt", "Ask again in %n minute(s)", None, later_minutes),
        )
        self.skip_button = self._button(
            "promptSkip",
            translate("Prompt", "Skip"),
            frame,
            translate("Prompt", "Skip this pause; the timer starts again"),
        )
        self.start_button.clicked.connect(lambda: self._answer("start"))
        self.later_button.clicked.connect(lambda: self._answer("later"))
        self.skip_button.clicked.connect(lambda: self._answer("skip"))

        head = QHBoxLayout()
        head.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.addWidget(title)
        texts.addWidget(why)
        head.addLayout(texts, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.later_button)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        inner = QVBoxLayout(frame)
        inner.setContentsMargins(14, 12, 14, 12)
        inner.setSpacing(10)
        inner.addLayout(head)
        inner.addLayout(buttons)
        self.setMinimumWidth(360)
        self.setMaximumWidth(420)

        self._timeout = QTimer(self)
        self._timeout.setSingleShot(True)
        self._timeout.setInterval(timeout_ms)
        self._timeout.timeout.connect(self.time_out)

    def _button(self, name: str, text: str, parent: QWidget, description: str) -> QPushButton:
        b = QPushButton(text, parent)
        b.setObjectName(name)
        b.setAccessibleName(text)
        b.setAccessibleDescription(description)
        # Clicking must not pull keyboard focus out of whatever the person is typing in.
        b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return b

    def show_near(self, anchor: QRect | None = None) -> None:
        """Show at the bottom-right of the screen (or next to ``anchor``, the tray icon)."""
        self.adjustSize()
        screen = QGuiApplication.primaryScreen()
        if anchor is not None and anchor.isValid():
            screen = QGuiApplication.screenAt(anchor.center()) or screen
        area = screen.availableGeometry() if screen else QRect(0, 0, 1024, 768)
        size = self.size()  # after adjustSize(): the hint bounded by min/max sizes
        x = area.right() - size.width() - MARGIN
        y = area.bottom() - size.height() - MARGIN
        if anchor is not None and anchor.isValid() and anchor.center().y() < area.center().y():
            y = area.top() + MARGIN  # the panel is at the top of the screen
        self.move(QPoint(max(area.left(), x), max(area.top(), y)))
        self.show()
        self._timeout.start()

    def present(self, anchor: QRect | None = None) -> None:
        """Show it (the reminder interface shared with the notification, reminders.py)."""
        self.show_near(anchor)

    def skip(self) -> None:
        """Answer Skip, as the button would."""
        self.skip_button.click()

    def time_out(self) -> None:
        """Close unanswered, answering "missed": what its own timer does ``timeout_ms`` after
        it is shown."""
        self._answer("missed")

    def _answer(self, answer: str) -> None:
        if self._done:
            return
        self._done = True
        self._timeout.stop()
        log.info("prompt answered: %s", answer)
        self.answered.emit(answer)
        self.close()

    def dismiss(self) -> None:
        """Close without an answer (the app is quitting or a pause started elsewhere)."""
        self._done = True
        self._timeout.stop()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._done:
            # Closed by the window manager: treat like Skip, one click, no questions.
            self._done = True
            self._timeout.stop()
            self.answered.emit("skip")
        super().closeEvent(event)
