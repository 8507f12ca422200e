"""The pause window: one routine, one step at a time, driven by the keyboard.

Small (about 420×560, 40 px taller with the check-in, more with a larger font, less on a
small screen), above other windows, centred on the screen under the pointer (under Wayland
where the compositor puts it); never full-screen. Each step scrolls as a whole when it does
not fit (docs/adr/011). Enter goes on, Backspace (outside a text field) or Alt+Left goes
back, Esc closes. Getting help is one click away on every step.

On every step change the keyboard focus moves into the new step, so a screen reader reads
it: to the step's first control (or the check-in), or, on a step without one, to its
heading, whose description is the step's words. When the focus lands on a control, the step
("Step 2 of 5: Name what is hard") is also announced politely (docs/adr/013).

One focus model: always on a visible control (or that heading), its ring always drawn, Tab
in the order things are seen; a number chosen in the check-in moves on to the step's first
control (or Next/Done); nothing typed is lost (ui/pause_keys.py).

The window itself stores nothing. :meth:`PauseWindow.entries` gives what was picked or typed,
by step id; :meth:`PauseWindow.entries_to_keep` gives what may be recorded, which is nothing
unless the person turned journaling on. The note beside every text field says which it is.

Here: the window, its step-by-step navigation, the window's keys and closing. Elsewhere:
the check-ins' places (``pause_checkins``), each step's page (``pause_step_page``), the
keys inside a step (``pause_keys``), what the window takes from the settings
(``pause_options``).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QCloseEvent,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpacerItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from steadypause.core.i18n import translate
from steadypause.core.routine import Routine, Step
from steadypause.ui.pause_changes import watch_content
from steadypause.ui.pause_checkins import CheckInPlaces
from steadypause.ui.pause_keys import KeysFollowFocus, StepScroll, chain_tab_order, type_into
from steadypause.ui.pause_options import PauseOptions
from steadypause.ui.pause_step_page import StepPage
from steadypause.ui.theme import link_text, mute, muted_colour
from steadypause.ui.window_fit import show_fitted
from steadypause.ui.window_title import window_title

log = logging.getLogger(__name__)

WINDOW_SIZE = (420, 560)
# More height with the check-in: its strip above the first step would otherwise push
# that step's last lines below the fold at the reference font.
CHECKIN_ROOM = 40


class PauseWindow(QDialog):
    """Emits ``closed(outcome, steps_reached)`` once: "completed" or "skipped".

    A QDialog for assistive technology: Qt gives a plain QWidget window the role *filler*
    and a dialog the role *dialog*, which a screen reader announces with its name (the
    window title) when it opens (docs/adr/013). It is still a normal top-level window (the
    Window flag), not modal, and the keys are the window's own (:meth:`keyPressEvent`).
    """

    closed = Signal(str, int)
    helpRequested = Signal()
    # The step as told to a screen reader when the focus lands on one of its controls.
    stepAnnounced = Signal(str)
    # A step came on screen (its index): the chime and the spoken guide follow it.
    stepShown = Signal(int)
    # Something was typed, picked, ticked or answered (the draft follows it, session/).
    contentChanged = Signal()
    PREFERRED_SIZE = WINDOW_SIZE

    def __init__(
        self,
        routine: Routine,
        options: PauseOptions | None = None,
        parent: QWidget | None = None,
        *,
        checkin: bool = False,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("pauseWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.routine = routine
        self._options = options or PauseOptions()
        self._done = False
        self._reached = 1
        self.setWindowTitle(window_title(routine.title))
        self.setAccessibleName(self.windowTitle())
        self.setAccessibleDescription(f"{routine.summary} {routine.duration}.")
        self.resize(*WINDOW_SIZE)

        self._progress = QLabel(self)
        self._progress.setObjectName("stepProgress")
        self._progress.setWordWrap(True)
        mute(self._progress)

        # Check-in point 1 of 2 (see ui/checkin.py): "before", above the first step; point 2,
        # "after", below the last. Each scrolls with its step.
        self._checkins = CheckInPlaces(self, checkin)
        self.checkin_before = self._checkins.before
        self.checkin_after = self._checkins.after
        if checkin:
            self.PREFERRED_SIZE = (WINDOW_SIZE[0], WINDOW_SIZE[1] + CHECKIN_ROOM)
            self.resize(*self.PREFERRED_SIZE)
        self._stack = QStackedWidget(self)
        self._pages = [self._add_step(n, step) for n, step in enumerate(routine.steps)]
        footer = self._footer()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 16)
        layout.setSpacing(8)
        layout.addWidget(self._progress)
        layout.addWidget(self._stack, 1)
        # The line above the footer is painted (paintEvent), not a QFrame: a frame is a
        # nameless "panel" a screen reader can land on.
        self._rule = QSpacerItem(0, 3, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        layout.addItem(self._rule)
        layout.addLayout(footer)
        self._keys = KeysFollowFocus(self)
        self._keys.watch(self._controls())
        watch_content(self)
        chain_tab_order(self._controls())
        self._go(0)

    # -- building -----------------------------------------------------------------------

    def _add_step(self, n: int, step: Step) -> StepPage:
        """Step ``n``'s page, in its own scroll area on the stack (with a check-in where due)."""
        # Everything a step shows scrolls as a whole when it does not fit, above the
        # footer, which stays put (docs/adr/011-pause-window-layout.md).
        scroll = StepScroll(self._stack)
        scroll.setObjectName(f"scroll_{step.id}")
        # Its height for a width is the least its words need at that width: the circle
        # and the loop ask for their smallest size as their preferred one, and grow
        # into any room beyond it.
        content = QWidget(scroll)
        content.setObjectName(f"content_{step.id}")
        content.setAutoFillBackground(False)
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        if n == 0 and self.checkin_before is not None:
            column.addWidget(self.checkin_before)
        page = StepPage(step, self.routine, self._options, content)
        page.setAutoFillBackground(False)
        column.addWidget(page, 1)
        if n == len(self.routine.steps) - 1 and self.checkin_after is not None:
            column.addWidget(self.checkin_after)
        scroll.setWidget(content)
        self._stack.addWidget(scroll)
        return page

    def _footer(self) -> QHBoxLayout:
        """Getting help on the left; Back and Next (Done on the last step) on the right."""
        self.help_button = QPushButton(translate("PauseWindow", "&Getting help"), self)
        self.help_button.setObjectName("helpButton")
        self.help_button.setFlat(True)
        link = self.help_button.font()
        link.setUnderline(True)
        self.help_button.setFont(link)
        link_text(self.help_button)
        self.help_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.help_button.setAccessibleName(translate("PauseWindow", "Getting help"))
        self.help_button.setAccessibleDescription(
            translate("PauseWindow", "Where to turn when this is more than a pause can hold")
        )
        self.help_button.clicked.connect(self.helpRequested)
        self.back_button = QPushButton(translate("PauseWindow", "&Back"), self)
        self.back_button.setObjectName("backButton")
        self.back_button.setAccessibleName(translate("PauseWindow", "Back"))
        self.back_button.setAccessibleDescription(
            translate("PauseWindow", "Go to the previous step")
        )
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(translate("PauseWindow", "&Next"), self)
        self.next_button.setObjectName("nextButton")
        self.next_button.clicked.connect(self.next)
        for b in (self.help_button, self.back_button, self.next_button):
            b.setAutoDefault(True)  # Enter on a focused button presses that button

        footer = QHBoxLayout()
        footer.addWidget(self.help_button)
        footer.addStretch(1)
        footer.addWidget(self.back_button)
        footer.addWidget(self.next_button)
        return footer

    def _controls(self) -> list[QWidget]:
        """Every control of the window, in the order they are seen (and tabbed through)."""
        found: list[QWidget] = []
        last = len(self._pages) - 1
        for n, page in enumerate(self._pages):
            if n == 0 and self.checkin_before is not None:
                found += [self.checkin_before.scale, self.checkin_before.skip_button]
            found += page.interactive()
            if n == last and self.checkin_after is not None:
                found += [self.checkin_after.scale, self.checkin_after.skip_button]
        return [*found, self.help_button, self.back_button, self.next_button]

    # -- navigation ---------------------------------------------------------------------

    @property
    def index(self) -> int:
        return self._stack.currentIndex()

    @property
    def steps_reached(self) -> int:
        return self._reached

    def entries(self) -> dict[str, str]:
        """What the person picked or wrote, by step id (only steps with something in them).

        The window itself keeps nothing; whoever records the pause decides, by the
        journaling setting, whether any of it is stored.
        """
        return {p.step.id: text for p in self._pages if (text := p.chosen_text())}

    def entries_to_keep(self) -> dict[str, str]:
        """What may be recorded: everything in :meth:`entries` with journaling on, else nothing."""
        return self.entries() if self._options.journaling else {}

    @property
    def options(self) -> PauseOptions:
        return self._options

    def current_page(self) -> StepPage:
        return self._pages[self.index]

    @property
    def pages(self) -> tuple[StepPage, ...]:
        """Every step's page, in the routine's order."""
        return tuple(self._pages)

    def current_scroll(self) -> StepScroll:
        """The scroll area around the current step (and its check-in, where one is due)."""
        scroll = self._stack.currentWidget()
        assert isinstance(scroll, StepScroll)
        return scroll

    def next(self) -> None:
        if self.index + 1 >= len(self._pages):
            self._finish("completed")
        else:
            self._go(self.index + 1)

    def back(self) -> None:
        if self.index > 0:
            self._go(self.index - 1)

    def _go(self, index: int) -> None:
        old = self.current_page()
        old.leave()
        self._stack.setCurrentIndex(index)
        self._reached = max(self._reached, index + 1)
        total = len(self._pages)
        last = index == total - 1
        self._progress.setText(
            translate("PauseWindow", "{routine} · step {step} of {steps}").format(
                routine=self.routine.title, step=index + 1, steps=total
            )
        )
        self._progress.setAccessibleName(
            translate("PauseWindow", "Step {step} of {steps}").format(step=index + 1, steps=total)
        )
        self.back_button.setEnabled(index > 0)
        if last:
            self.next_button.setText(translate("PauseWindow", "&Done"))
            self.next_button.setAccessibleName(translate("PauseWindow", "Done"))
            self.next_button.setAccessibleDescription(
                translate("PauseWindow", "Finish this pause and close the window")
            )
        else:
            self.next_button.setText(translate("PauseWindow", "&Next"))
            self.next_button.setAccessibleName(translate("PauseWindow", "Next"))
            self.next_button.setAccessibleDescription(
                translate("PauseWindow", "Go to the next step")
            )
        page = self.current_page()
        scroll = self._stack.currentWidget()
        if isinstance(scroll, QScrollArea):
            scroll.verticalScrollBar().setValue(0)
        if self.isVisible():
            page.enter()
        page.focus_first()
        self._checkins.show_for(index, total - 1)
        self._tell_step()
        self.stepShown.emit(index)

    def _tell_step(self) -> None:
        """Announce the step when the focus is on one of its controls (a focused heading
        is read by itself)."""
        if not self.isVisible() or QApplication.focusWidget() is self.current_page().heading:
            return
        total = len(self._pages)
        text = translate("PauseWindow", "Step {step} of {steps}: {title}").format(
            step=self.index + 1, steps=total, title=self.current_page().step.title
        )
        if QAccessible.isActive():
            event = QAccessibleAnnouncementEvent(self, text)
            event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
            QAccessible.updateAccessibility(event)
        self.stepAnnounced.emit(text)

    # -- the optional check-in (ui/checkin.py) --------------------------------------------

    def checkins(self) -> tuple[int | None, int | None]:
        """The 0–10 check-in before and after (None where skipped or not reached)."""
        return self._checkins.values(reached_end=self._reached == len(self._pages))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        area = self._rule.geometry()
        painter = QPainter(self)
        painter.setPen(muted_colour(self.palette()))
        painter.drawLine(area.left(), area.center().y(), area.right(), area.center().y())
        painter.end()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.current_page().enter()
        QTimer.singleShot(0, self, self._tell_step)  # once the window has the focus
        self.stepShown.emit(self.index)

    def show_centred(self) -> None:
        """Show, sized for its screen, and take focus.

        Centred on the screen under the pointer where the app places its windows; under
        Wayland where the compositor puts it (see ui/window_fit.py).
        """
        if not self.isVisible():
            show_fitted(self, centre=True)
        self.show()
        self.raise_()
        self.activateWindow()

    # -- keyboard -----------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.next()
        elif key == Qt.Key.Key_Escape:
            self.close()
        elif key == Qt.Key.Key_Backspace or (
            key == Qt.Key.Key_Left and mods & Qt.KeyboardModifier.AltModifier
        ):
            self.back()
        elif type_into(self.current_page().own_words, event):
            pass  # a letter typed on an option or button: into the step's field
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    # -- closing ------------------------------------------------------------------------

    def _finish(self, outcome: str) -> None:
        if not self._done:
            self._done = True
            self.current_page().leave()
            log.info("pause %s: %s after step %d", self.routine.id, outcome, self._reached)
            self.closed.emit(outcome, self._reached)
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._done:
            last = self.index == len(self._pages) - 1
            self._done = True
            self.current_page().leave()
            outcome = "completed" if last else "skipped"
            log.info("pause %s: %s after step %d", self.routine.id, outcome, self._reached)
            self.closed.emit(outcome, self._reached)
        super().closeEvent(event)
