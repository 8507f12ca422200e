"""The pause window: one routine, one step at a time, driven by the keyboard.

Small (about 420×560, more with a larger font, less on a small screen), above other windows,
centred on the screen under the pointer (under Wayland where the compositor puts it); never
full-screen. Each step scrolls as a whole when it does not fit (docs/adr/011). Enter goes
on, Backspace (outside a text field) or Alt+Left goes back, Esc closes. Getting help is one
click away on every step.

On every step change the keyboard focus moves into the new step, so a screen reader reads
it: to the step's first control (or the check-in), or, on a step without one, to its
heading, whose description is the step's words. When the focus lands on a control, the step
("Step 2 of 5: Name what is hard") is also announced politely (docs/adr/013).

The window itself stores nothing. :meth:`PauseWindow.entries` gives what was picked or typed,
by step id; :meth:`PauseWindow.entries_to_keep` gives what may be recorded, which is nothing
unless the person turned journaling on. The note beside every text field says which it is.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QCloseEvent,
    QKeyEvent,
    QPalette,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from steadypause.core.i18n import QT_TRANSLATE_NOOP, translate
from steadypause.core.routine import Routine, Step
from steadypause.ui.breathing import BreathingWidget
from steadypause.ui.checkin import CheckIn
from steadypause.ui.practice_loop import STEP_LEAD, PracticeLoop
from steadypause.ui.scroll_page import ScrollPage
from steadypause.ui.theme import muted_colour
from steadypause.ui.window_fit import show_fitted

if TYPE_CHECKING:
    from steadypause.core.settings import Settings

log = logging.getLogger(__name__)

WINDOW_SIZE = (420, 560)
# The note beside each text field (in English; journal_note() gives it translated).
NOT_KEPT = QT_TRANSLATE_NOOP(
    "PauseWindow", "Journaling is off: nothing you type is kept once this window closes."
)
KEPT = QT_TRANSLATE_NOOP(
    "PauseWindow", "Journaling is on: what you type is kept on this computer only."
)
# How many of the person's own entries a step offers before its suggestions.
PERSONAL_MAX = 6


def journal_note(journaling: bool) -> str:
    """The note beside each text field, in the language in use."""
    if journaling:
        return translate(
            "PauseWindow", "Journaling is on: what you type is kept on this computer only."
        )
    return translate(
        "PauseWindow", "Journaling is off: nothing you type is kept once this window closes."
    )


@dataclass(frozen=True)
class PauseOptions:
    """What the window needs from the settings, and the tip to show at the end."""

    inhale_s: float = 4.0
    exhale_s: float = 6.0
    cycles: int = 3
    reduce_motion: bool = False
    journaling: bool = False
    kind_phrases: tuple[str, ...] = ()
    difficulty_names: tuple[str, ...] = ()
    boundary_cues: tuple[str, ...] = ()
    tip: str = ""

    @classmethod
    def from_settings(cls, settings: Settings, tip: str = "") -> PauseOptions:
        s = settings
        return cls(
            s.breath_in_seconds,
            s.breath_out_seconds,
            s.breath_cycles,
            s.reduce_motion,
            s.journaling,
            s.kind_phrases,
            s.difficulty_names,
            s.boundary_cues,
            tip,
        )

    def personal(self, name: str) -> tuple[str, ...]:
        """The person's own entries of the settings list ``name`` ('' gives none)."""
        return tuple(getattr(self, name)) if name else ()


class PauseWindow(QWidget):
    """Emits ``closed(outcome, steps_reached)`` once: "completed" or "skipped"."""

    closed = Signal(str, int)
    helpRequested = Signal()
    # The step as told to a screen reader when the focus lands on one of its controls.
    stepAnnounced = Signal(str)
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
        self.setWindowTitle(
            translate("PauseWindow", "{routine} · Steady Pause").format(routine=routine.title)
        )
        self.setAccessibleName(routine.title)
        self.setAccessibleDescription(f"{routine.summary} {routine.duration}.")
        self.resize(*WINDOW_SIZE)

        self._progress = QLabel(self)
        self._progress.setObjectName("stepProgress")
        self._progress.setWordWrap(True)
        _mute(self._progress)

        # Check-in point 1 of 2 (see ui/checkin.py): "before", above the first step; point 2,
        # "after", below the last. Each scrolls with its step.
        self.checkin_before = self._checkin("before") if checkin else None
        self.checkin_after = self._checkin("after") if checkin else None
        self._stack = QStackedWidget(self)
        self._pages: list[_StepPage] = []
        last = len(routine.steps) - 1
        for n, step in enumerate(routine.steps):
            # Everything a step shows scrolls as a whole when it does not fit, above the
            # footer, which stays put (docs/adr/011-pause-window-layout.md).
            scroll = _StepScroll(self._stack)
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
            page = _StepPage(step, routine, self._options, content)
            page.setAutoFillBackground(False)
            column.addWidget(page, 1)
            if n == last and self.checkin_after is not None:
                column.addWidget(self.checkin_after)
            scroll.setWidget(content)
            self._pages.append(page)
            self._stack.addWidget(scroll)

        self.help_button = QPushButton(translate("PauseWindow", "&Getting help"), self)
        self.help_button.setObjectName("helpButton")
        self.help_button.setFlat(True)
        link = self.help_button.font()
        link.setUnderline(True)
        self.help_button.setFont(link)
        pal = self.help_button.palette()
        pal.setColor(QPalette.ColorRole.ButtonText, pal.color(QPalette.ColorRole.Link))
        self.help_button.setPalette(pal)
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
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 16)
        layout.setSpacing(8)
        layout.addWidget(self._progress)
        layout.addWidget(self._stack, 1)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Plain)
        _mute(line)
        layout.addWidget(line)
        layout.addLayout(footer)
        self._go(0)

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

    def current_page(self) -> _StepPage:
        return self._pages[self.index]

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
        self._show_checkins(index)
        self._tell_step()

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
        before = self.checkin_before.value if self.checkin_before is not None else None
        reached_end = self._reached == len(self._pages)
        after = self.checkin_after.value if self.checkin_after is not None and reached_end else None
        return before, after

    def _checkin(self, when: str) -> CheckIn:
        strip = CheckIn(when, self)
        strip.skipped.connect(lambda: self.current_page().focus_first())
        return strip

    def _show_checkins(self, index: int) -> None:
        last = len(self._pages) - 1
        for strip, here in ((self.checkin_before, index == 0), (self.checkin_after, index == last)):
            if strip is None:
                continue
            strip.setVisible(here and not strip.is_skipped)
            if here and not strip.answered:
                strip.scale.setFocus(Qt.FocusReason.TabFocusReason)
                # Below a long last step it may start out of sight: scroll to all of it
                # once the step is laid out.
                QTimer.singleShot(0, self, self._reveal_checkin)

    def _reveal_checkin(self) -> None:
        scroll = self._stack.currentWidget()
        for strip in (self.checkin_before, self.checkin_after):
            content = scroll.widget() if isinstance(scroll, QScrollArea) else None
            if (
                strip is not None
                and strip.isVisible()
                and isinstance(scroll, QScrollArea)
                and content is not None
                and content.isAncestorOf(strip)
            ):
                scroll.ensureWidgetVisible(strip, 0, 0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.current_page().enter()
        QTimer.singleShot(0, self, self._tell_step)  # once the window has the focus

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


class _StepScroll(ScrollPage):
    """Scrolls a step that does not fit; leaves the arrow keys to the window and its fields."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            super().keyPressEvent(event)
        else:
            event.ignore()


def _passes_enter_on(event: QKeyEvent) -> bool:
    """Enter on a step's option goes on, as everywhere else: the key is left to the window.

    Qt's GNOME platform theme lists Return and Enter among the keys that press a focused
    button (QPlatformTheme::ButtonPressKeys), so there Enter would tick the option instead
    and the window would never see it. Push buttons keep the desktop's own behaviour.
    """
    if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        event.ignore()  # on to the parent, and so to PauseWindow.keyPressEvent
        return True
    return False


class _SignalBox(QCheckBox):
    """A body signal to tick; Enter goes on (see _passes_enter_on)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not _passes_enter_on(event):
            super().keyPressEvent(event)


class _Choice(QRadioButton):
    """One of the offered words; Enter goes on (see _passes_enter_on)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not _passes_enter_on(event):
            super().keyPressEvent(event)


class _StepPage(QWidget):
    """One step: its title, words and whatever the step's kind needs."""

    def __init__(
        self, step: Step, routine: Routine, options: PauseOptions, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.step = step
        self.setObjectName(f"step_{step.id}")
        self.breathing: BreathingWidget | None = None
        self.checks: list[QCheckBox] = []
        self.choices: QButtonGroup | None = None
        self.own_words: QLineEdit | None = None
        self.loop: PracticeLoop | None = None  # the whole routine's, on the last step
        self.step_loop: PracticeLoop | None = None  # this step's points, where there is room
        self._journaling = options.journaling

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(10)
        title = QLabel(step.title, self)
        title.setObjectName("stepTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        title.setFont(font)
        title.setWordWrap(True)
        title.setAccessibleName(step.title)
        title.setAccessibleDescription(step.body)
        # Not a Tab stop; it takes the focus on a step without controls (focus_first).
        self.heading = title
        self.setAccessibleName(step.title)
        self.setAccessibleDescription(step.body)
        layout.addWidget(title)
        layout.addWidget(_text(step.body, self, "stepBody"))

        if step.kind == "breathe":
            if step.checklist:
                self._add_checklist(step, layout)
            self.breathing = BreathingWidget(
                inhale_s=options.inhale_s,
                exhale_s=options.exhale_s,
                cycles=step.cycles or options.cycles,
                reduce_motion=options.reduce_motion,
                parent=self,
            )
            self.breathing.setObjectName("breathing")
            # The circle takes whatever room the words leave, down to its smallest size
            # (its height for its width); below that the step scrolls.
            layout.addWidget(self.breathing, 1)
            if step.anchor:
                layout.addWidget(_text(step.anchor, self, "stepAnchor"))
        elif step.kind == "choose":
            self._add_choices(step, options.personal(step.personal), layout)
            self.own_words = self._own_words_field(
                step.own_label or translate("PauseWindow", "In your own words"), layout
            )
            self.own_words.textEdited.connect(self._typed)
            self._add_step_loop(step, layout)
        elif step.kind == "write":
            self.own_words = self._own_words_field(step.field_label, layout, question=True)
            self._add_step_loop(step, layout)
        else:  # finish
            if step.next_prompt:
                self.own_words = self._own_words_field(step.next_prompt, layout)
            if step.loop_picture:
                # At least its smallest drawn size (its minimum size hint), more if there is
                # room; below that the step scrolls.
                self.loop = PracticeLoop(routine.loop_points(), self)
                layout.addWidget(self.loop, 1)
            else:
                layout.addStretch(1)
            if step.tip and options.tip:
                tip = _text(
                    translate("PauseWindow", "Another small practice: {tip}").format(
                        tip=options.tip
                    ),
                    self,
                    "stepTip",
                )
                tip.setAccessibleName(translate("PauseWindow", "Another small practice"))
                layout.addWidget(tip)
            if step.note:
                note = _text(step.note, self, "stepNote")
                _mute(note)
                layout.addWidget(note)

    def _add_step_loop(self, step: Step, layout: QVBoxLayout) -> None:
        """The loop with this step's points lit, in the room left below the words (drawn
        only when that room is enough for it to read)."""
        if not step.loop:
            layout.addStretch(1)
            return
        layout.addSpacing(8)
        self.step_loop = PracticeLoop(step.loop, self, lead=STEP_LEAD)
        self.step_loop.setObjectName("stepLoop")
        font = self.step_loop.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        self.step_loop.setFont(font)
        # Only the room left over: none at all when the words fill the window.
        self.step_loop.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.step_loop.setMaximumHeight(200)
        # The loop takes nearly all the room until it reaches its largest size; any room
        # beyond that stays at the bottom instead of pushing the words apart.
        layout.addWidget(self.step_loop, 100)
        layout.addStretch(1)

    def _add_checklist(self, step: Step, layout: QVBoxLayout) -> None:
        label = step.checklist_label or translate("PauseWindow", "I notice")
        heading = QLabel(label, self)
        heading.setObjectName("checklistLabel")
        layout.addWidget(heading)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        half = (len(step.checklist) + 1) // 2
        for n, signal in enumerate(step.checklist):
            box = _SignalBox(signal, self)
            box.setObjectName(f"signal_{n}")
            box.setAccessibleName(signal)
            box.setAccessibleDescription(
                translate(
                    "PauseWindow", "{label}: tick it if it is there now. Any, all or none is fine."
                ).format(label=label)
            )
            self.checks.append(box)
            # Down the first column, then the second: the order they are read in.
            grid.addWidget(box, n % half, n // half)
        if self.checks:
            heading.setBuddy(self.checks[0])
        layout.addLayout(grid)

    def _add_choices(self, step: Step, personal: tuple[str, ...], layout: QVBoxLayout) -> None:
        own = list(personal[:PERSONAL_MAX])
        taken = {text.casefold() for text in own}
        offered = [(text, True) for text in own]
        offered += [(text, False) for text in step.options if text.casefold() not in taken]
        self.choices = QButtonGroup(self)
        for n, (option, is_own) in enumerate(offered):
            radio = _Choice(option, self)
            radio.setObjectName(f"option_{n}")
            radio.setAccessibleName(option)
            described = (
                translate(
                    "PauseWindow",
                    "One of your own, from your settings; {number} of "
                    "{count}. Arrow keys move between them.",
                )
                if is_own
                else translate(
                    "PauseWindow",
                    "A suggestion; {number} of {count}. Arrow keys move between them.",
                )
            )
            radio.setAccessibleDescription(described.format(number=n + 1, count=len(offered)))
            radio.setProperty("personal", is_own)
            self.choices.addButton(radio, n)
            layout.addWidget(radio)

    def _own_words_field(
        self, label_text: str, layout: QVBoxLayout, question: bool = False
    ) -> QLineEdit:
        note = journal_note(self._journaling)
        label = QLabel(label_text, self)
        label.setObjectName("ownWordsLabel")
        label.setWordWrap(True)
        if question:  # the step's question itself: it should stand out
            font = label.font()
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 1.1)
            label.setFont(font)
        field = QLineEdit(self)
        field.setObjectName("ownWords")
        field.setMaxLength(140)
        field.setAccessibleName(label_text)
        field.setAccessibleDescription(note)
        label.setBuddy(field)
        hint = QLabel(note, self)
        hint.setObjectName("journalNote")
        hint.setWordWrap(True)
        _mute(hint, smaller=True)
        layout.addSpacing(4)
        layout.addWidget(label)
        layout.addWidget(field)
        layout.addWidget(hint)
        return field

    def _typed(self, text: str) -> None:
        # Typing one's own words replaces a picked option.
        picked = self.choices.checkedButton() if self.choices is not None else None
        if text and self.choices is not None and picked is not None:
            self.choices.setExclusive(False)
            picked.setChecked(False)
            self.choices.setExclusive(True)

    def chosen_text(self) -> str:
        """What the person picked, ticked or wrote on this step ('' if nothing)."""
        if self.checks:
            return ", ".join(box.text() for box in self.checks if box.isChecked())
        if self.own_words is not None and self.own_words.text().strip():
            return self.own_words.text().strip()
        picked = self.choices.checkedButton() if self.choices is not None else None
        return picked.text() if picked is not None else ""

    def interactive(self) -> list[QWidget]:
        """The step's own controls, in reading order."""
        found: list[QWidget] = list(self.checks)
        if self.choices is not None:
            found += self.choices.buttons()
        if self.own_words is not None:
            found.append(self.own_words)
        return found

    def options(self) -> list[QAbstractButton]:
        """The step's check boxes and choices."""
        return [*self.checks, *(self.choices.buttons() if self.choices is not None else [])]

    def enter(self) -> None:
        if self.breathing is not None:
            self.breathing.restart()

    def leave(self) -> None:
        if self.breathing is not None:
            self.breathing.stop()

    def focus_first(self) -> None:
        """The focus into this step: its first control, or its heading when it has none."""
        if self.checks:
            self.checks[0].setFocus(Qt.FocusReason.TabFocusReason)
        elif self.choices is not None and self.choices.buttons():
            button = self.choices.checkedButton() or self.choices.buttons()[0]
            button.setFocus(Qt.FocusReason.TabFocusReason)
        elif self.own_words is not None:
            self.own_words.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.heading.setFocus(Qt.FocusReason.OtherFocusReason)


def _text(text: str, parent: QWidget, name: str) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _mute(label: QWidget, smaller: bool = False) -> None:
    pal = label.palette()
    pal.setColor(label.foregroundRole(), muted_colour(pal))
    label.setPalette(pal)
    if smaller:
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        label.setFont(font)
