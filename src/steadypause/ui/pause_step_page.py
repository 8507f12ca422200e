"""One step of a pause, as a page: its title, its words and what the step's kind needs.

A breathing step has the breathing circle (and a checklist of body signals where the routine
gives one); a choosing step offers words to pick or one's own; a writing step asks a
question; the last step closes with the practice loop, a tip and a note.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from steadypause.core.i18n import translate
from steadypause.core.routine import Routine, Step
from steadypause.ui.breathing import BreathingWidget
from steadypause.ui.pause_keys import Choice, SignalBox
from steadypause.ui.pause_options import PERSONAL_MAX, PauseOptions, journal_note
from steadypause.ui.practice_loop import STEP_LEAD, PracticeLoop
from steadypause.ui.radio_group import arrows_select
from steadypause.ui.theme import mute

log = logging.getLogger(__name__)


class StepPage(QWidget):
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
        layout.addWidget(plain_label(step.body, self, "stepBody"))

        if step.kind == "breathe":
            self._add_breathing(step, options, layout)
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
            self._add_finish(step, routine, options, layout)

    def _add_breathing(self, step: Step, options: PauseOptions, layout: QVBoxLayout) -> None:
        """The breathing circle at the pace of the settings (and the body signals to tick)."""
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
            layout.addWidget(plain_label(step.anchor, self, "stepAnchor"))

    def _add_finish(
        self, step: Step, routine: Routine, options: PauseOptions, layout: QVBoxLayout
    ) -> None:
        """The last step: a question for next time, the practice loop, a tip and a note."""
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
            tip = plain_label(
                translate("PauseWindow", "Another small practice: {tip}").format(tip=options.tip),
                self,
                "stepTip",
            )
            tip.setAccessibleName(translate("PauseWindow", "Another small practice"))
            layout.addWidget(tip)
        if step.note:
            note = plain_label(step.note, self, "stepNote")
            mute(note)
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
            box = SignalBox(signal, self)
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
            radio = Choice(option, self)
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
        arrows_select(self.choices)

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
        mute(hint, smaller=True)
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


def plain_label(text: str, parent: QWidget, name: str) -> QLabel:
    """A wrapping label that shows ``text`` as it is (no rich text)."""
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
