"""The welcome: what Steady Pause does, that it is not treatment, where Getting help is, and
three choices — start at login, how often to remind, the check-in — and nothing else.

Shown once, on the first start (the session decides when and remembers it,
``core/first_run``); About opens it again. The dialog only shows and asks: *Keep these
choices* emits :attr:`WelcomeDialog.chosen` with the three answers, and the session applies
them. Closing it any other way (Esc, the window's close button, *Not now*) changes nothing:
start at login stays as it was (off on a first start), because turning on a login item is a
change to the person's system that needs an answer, not a window closed in passing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from steadypause import DISPLAY_NAME
from steadypause.core.autostart import Autostart
from steadypause.core.i18n import translate
from steadypause.ui.scroll_page import ScrollPage
from steadypause.ui.window_fit import fit_when_first_shown
from steadypause.ui.window_title import window_title

log = logging.getLogger(__name__)

# How often the work timer may remind, in minutes of active work (work_minutes).
REMIND_MINUTES = (30, 45, 60, 90, 120)
CHECKIN_CHOICES = ("off", "full", "every")


@dataclass(frozen=True)
class WelcomeChoices:
    start_at_login: bool
    work_minutes: int
    checkin: str


def intro_html() -> str:
    return translate(
        "Welcome",
        "<p>Now and then in your working day, {app} offers a short pause: a few slow "
        "breaths, a kind word for yourself, one caring limit. It waits for a gap in your "
        "typing, and skipping it is always fine.</p>"
        "<p>It is a practice of attention, not treatment. It sits beside rest, the people "
        "you trust and fair workloads, never in place of them. When something feels like "
        "more than a pause can hold, <b>Getting help</b> is at the foot of every pause and "
        "in the tray menu.</p>",
    ).format(app=DISPLAY_NAME)


def remind_text(minutes: int) -> str:
    return translate("Welcome", "After %n minute(s) of work", None, minutes)


def checkin_text(value: str) -> str:
    texts = {
        "off": translate("Welcome", "No check-in"),
        #: The routine's own title, in quotes (a translator writes it as the routine's
        #: translation has it, in the language's quotation marks).
        "full": translate("Welcome", "Only with “A steady pause”"),
        "every": translate("Welcome", "With every routine"),
    }
    return texts[value]


class WelcomeDialog(QDialog):
    """The first-run welcome; :attr:`chosen` carries the answers when they are kept."""

    chosen = Signal(object)  # WelcomeChoices
    PREFERRED_SIZE = (480, 520)

    def __init__(
        self,
        autostart: Autostart,
        work_minutes: int,
        checkin: str,
        *,
        first: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(window_title(translate("Welcome", "Welcome")))
        # No accessible name of its own: a dialog's is its title, which a reader announces.
        self.setAccessibleDescription(
            translate("Welcome", "What the app does, and three choices to begin with")
        )

        body = QWidget(self)
        heading = QLabel(translate("Welcome", "Welcome to {app}").format(app=DISPLAY_NAME), body)
        heading.setObjectName("welcomeHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        intro = QLabel(intro_html(), body)
        intro.setObjectName("welcomeIntro")
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setWordWrap(True)

        self.start_at_login = self._login_box(autostart, first, body)
        self.remind = QComboBox(body)
        self.remind.setObjectName("welcomeRemind")
        minutes = sorted({*REMIND_MINUTES, work_minutes})
        for value in minutes:
            self.remind.addItem(remind_text(value), value)
        self.remind.setCurrentIndex(minutes.index(work_minutes))
        self.remind.setAccessibleName(translate("Welcome", "How often to remind you"))
        self.checkin = QComboBox(body)
        self.checkin.setObjectName("welcomeCheckin")
        for choice in CHECKIN_CHOICES:
            self.checkin.addItem(checkin_text(choice), choice)
        self.checkin.setCurrentIndex(
            CHECKIN_CHOICES.index(checkin) if checkin in CHECKIN_CHOICES else 1
        )
        self.checkin.setAccessibleName(translate("Welcome", "Check-in"))
        self.checkin.setAccessibleDescription(
            translate(
                "Welcome",
                "A 0 to 10 check-in on how you feel, before and after a pause; "
                "you can always skip it.",
            )
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        remind_label = QLabel(translate("Welcome", "&Remind me"), body)
        remind_label.setBuddy(self.remind)
        checkin_label = QLabel(translate("Welcome", "&Check-in"), body)
        checkin_label.setBuddy(self.checkin)
        form.addRow(remind_label, self.remind)
        form.addRow(checkin_label, self.checkin)

        later = QLabel(
            translate(
                "Welcome",
                "All of this can be changed in Settings, and About shows this welcome again.",
            ),
            body,
        )
        later.setObjectName("welcomeLater")
        later.setWordWrap(True)

        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        column.addWidget(heading)
        column.addWidget(intro)
        column.addWidget(self.start_at_login)
        if self._login_note is not None:
            column.addWidget(self._login_note)
        column.addLayout(form)
        column.addWidget(later)
        column.addStretch(1)

        buttons = QDialogButtonBox(self)
        self.keep_button = buttons.addButton(
            translate("Welcome", "&Keep these choices"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.keep_button.setObjectName("welcomeKeep")
        self.keep_button.setAccessibleName(translate("Welcome", "Keep these choices"))
        self.keep_button.setDefault(True)
        self.later_button = buttons.addButton(
            translate("Welcome", "&Not now"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.later_button.setObjectName("welcomeLaterButton")
        self.later_button.setAccessibleName(translate("Welcome", "Not now"))
        self.later_button.setAccessibleDescription(
            translate("Welcome", "Close the welcome and change nothing")
        )
        buttons.accepted.connect(self._keep)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(ScrollPage(self, body), 1)
        layout.addWidget(buttons)
        self.resize(*self.PREFERRED_SIZE)

    def _login_box(self, autostart: Autostart, first: bool, parent: QWidget) -> QCheckBox:
        box = QCheckBox(
            translate("Welcome", "&Start {app} when I log in").format(app=DISPLAY_NAME), parent
        )
        box.setObjectName("welcomeStartAtLogin")
        box.setAccessibleName(
            translate("Welcome", "Start {app} when I log in").format(app=DISPLAY_NAME)
        )
        self._login_note: QLabel | None = None
        if not autostart.is_available():
            box.setEnabled(False)
            box.setChecked(False)
            self._login_note = QLabel(autostart.reason, parent)
            self._login_note.setObjectName("welcomeLoginNote")
            self._login_note.setWordWrap(True)
            box.setAccessibleDescription(autostart.reason)
            return box
        # Ticked on a first start: after a restart the app should still be there. Opened
        # again from About it shows what is set now.
        box.setChecked(first or autostart.is_enabled())
        box.setAccessibleDescription(
            translate("Welcome", "Without it, the app is gone after a restart until you open it.")
        )
        return box

    def choices(self) -> WelcomeChoices:
        """What the dialog shows now."""
        return WelcomeChoices(
            start_at_login=self.start_at_login.isEnabled() and self.start_at_login.isChecked(),
            work_minutes=int(self.remind.currentData()),
            checkin=str(self.checkin.currentData()),
        )

    def _keep(self) -> None:
        choices = self.choices()
        log.info("welcome kept: %s", choices)
        self.chosen.emit(choices)
        self.accept()

    def showEvent(self, event: QShowEvent) -> None:
        fit_when_first_shown(self)
        super().showEvent(event)
