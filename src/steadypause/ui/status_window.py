"""The small status window shown when the desktop has no system tray."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal, SignalInstance
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from steadypause import DISPLAY_NAME
from steadypause.core.i18n import translate
from steadypause.ui import icons
from steadypause.ui.icons import icon
from steadypause.ui.theme import mute
from steadypause.ui.tray import (
    DEFAULT_SNOOZE_MINUTES,
    Practice,
    build_practices_menu,
    build_snooze_menu,
    set_practices,
    set_snooze_lengths,
)
from steadypause.ui.window_fit import fit_when_first_shown
from steadypause.ui.window_title import window_title


class StatusWindow(QMainWindow):
    """The schedule and the tray's actions in a window, where there is no tray.

    A QMainWindow so that a screen reader meets a *frame* named like the window's title
    ("Status — Steady Pause"), not a nameless *filler* (docs/adr/013); its content is the
    central widget.

    One of the two shells (session/shell.py), with the tray icon. ``scheduleWanted`` is
    never emitted here: the schedule line is always in view.
    """

    pauseRequested = Signal()
    practiceRequested = Signal(str)  # a routine's id
    practicesWanted = Signal()  # the Practices menu is about to show: read the routines
    closeDayRequested = Signal()
    aboutRequested = Signal()
    scheduleWanted = Signal()
    snoozeRequested = Signal(object)
    resumeRequested = Signal()
    helpRequested = Signal()
    historyRequested = Signal()
    settingsRequested = Signal()
    quitRequested = Signal()
    # As wide as this at the reference font (more with a larger one), as high as it needs.
    PREFERRED_SIZE = (440, 0)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("statusWindow")
        self.setWindowIcon(icon("steadypause"))

        mark = QLabel(self)
        mark.setPixmap(icons.pixmap("steadypause", 40))
        mark.setAccessibleName(DISPLAY_NAME)
        self.schedule = QLabel(self)
        self.schedule.setObjectName("scheduleLine")
        font = self.schedule.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.schedule.setFont(font)
        self.reason = QLabel(self)
        self.reason.setObjectName("noTrayReason")
        self.reason.setWordWrap(True)
        mute(self.reason)

        self.pause_button = self._button("statusPause", self.pauseRequested)
        self.practices_menu = build_practices_menu(self)
        self.practices_menu.aboutToShow.connect(self.practicesWanted)
        self.practices_button = self._menu_button("statusPractices", self.practices_menu)
        self.snooze_button = self._menu_button(
            "statusSnooze", build_snooze_menu(self, self.snoozeRequested.emit)
        )
        self.close_day_button = self._button("statusCloseDay", self.closeDayRequested)
        self.resume_button = self._button("statusResume", self.resumeRequested)
        self.help_button = self._button("statusHelp", self.helpRequested)
        self.history_button = self._button("statusHistory", self.historyRequested)
        self.settings_button = self._button("statusSettings", self.settingsRequested)
        self.about_button = self._button("statusAbout", self.aboutRequested)
        self.quit_button = self._button("statusQuit", self.quitRequested)

        head = QHBoxLayout()
        head.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.schedule, 1)
        row = QHBoxLayout()
        row.addWidget(self.pause_button)
        row.addWidget(self.practices_button)
        row.addWidget(self.snooze_button)
        row.addWidget(self.close_day_button)
        row.addWidget(self.resume_button)
        row.addStretch(1)
        row2 = QHBoxLayout()
        row2.addWidget(self.help_button)
        row2.addWidget(self.history_button)
        row2.addWidget(self.settings_button)
        row2.addWidget(self.about_button)
        row2.addStretch(1)
        row2.addWidget(self.quit_button)
        content = QWidget(self)
        content.setObjectName("statusContent")
        self.setCentralWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addLayout(row)
        layout.addWidget(self.reason)
        layout.addLayout(row2)
        self._snooze_lengths: tuple[int, ...] = DEFAULT_SNOOZE_MINUTES
        self._practices: list[Practice] = []
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text of the window (again) in the language in use (the schedule line
        comes with the next ``refresh``)."""
        # No accessible name of its own: a window's is its title.
        self.setWindowTitle(window_title(translate("StatusWindow", "Status")))
        self.reason.setText(
            translate(
                "StatusWindow",
                "This desktop has no system tray, so Steady Pause lives in this small window "
                "instead. If a tray appears later (on GNOME, for example, through the "
                "AppIndicator extension), the app moves there by itself.",
            )
        )
        _texts(
            self.pause_button,
            translate("StatusWindow", "Pause now"),
            translate("StatusWindow", "Open a pause now"),
        )
        self.practices_button.setText(translate("StatusWindow", "Practices"))
        self.practices_button.setAccessibleName(translate("StatusWindow", "Practices"))
        self.practices_button.setAccessibleDescription(
            translate("StatusWindow", "Open one of the routines now")
        )
        self.practices_menu.setTitle(translate("Tray", "Practices"))
        self.set_practices(self._practices)
        self.snooze_button.setText(translate("StatusWindow", "Snooze"))
        self.snooze_button.setAccessibleName(translate("StatusWindow", "Snooze"))
        self.snooze_button.setAccessibleDescription(
            translate("StatusWindow", "Pause the reminders for a while")
        )
        menu = self.snooze_button.menu()
        if menu is not None:
            menu.setTitle(translate("Tray", "Snooze"))
        self.set_snooze_lengths(self._snooze_lengths)
        _texts(
            self.close_day_button,
            translate("StatusWindow", "Close the day"),
            translate("StatusWindow", "The end-of-day pause now, and no more reminders today"),
        )
        _texts(
            self.resume_button,
            translate("StatusWindow", "Resume reminders"),
            translate("StatusWindow", "End the snooze now"),
        )
        _texts(
            self.help_button,
            translate("StatusWindow", "Getting help"),
            translate("StatusWindow", "Where to turn when a pause is not enough"),
        )
        _texts(
            self.history_button,
            translate("StatusWindow", "History…"),
            translate("StatusWindow", "Your recent pauses"),
        )
        _texts(
            self.settings_button,
            translate("StatusWindow", "Settings…"),
            translate("StatusWindow", "Change the reminders, your phrases and contacts"),
        )
        _texts(
            self.about_button,
            translate("StatusWindow", "About"),
            translate("StatusWindow", "The version, and what {app} is for").format(
                app=DISPLAY_NAME
            ),
        )
        _texts(
            self.quit_button,
            translate("StatusWindow", "Quit"),
            translate("StatusWindow", "Close {app}").format(app=DISPLAY_NAME),
        )

    def _button(self, name: str, signal: SignalInstance) -> QPushButton:
        b = QPushButton(self)
        b.setObjectName(name)
        b.setAutoDefault(True)
        b.clicked.connect(signal)
        return b

    def _menu_button(self, name: str, menu: QMenu) -> QToolButton:
        b = QToolButton(self)
        b.setObjectName(name)
        b.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        b.setMenu(menu)
        b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        return b

    def set_practices(self, practices: list[Practice]) -> None:
        self._practices = list(practices)
        set_practices(self.practices_menu, self._practices, self.practiceRequested.emit)

    def set_snooze_lengths(self, lengths: tuple[int, ...]) -> None:
        self._snooze_lengths = lengths
        menu = self.snooze_button.menu()
        if menu is not None:
            set_snooze_lengths(menu, lengths, self.snoozeRequested.emit)

    def refresh(self, schedule: str, snoozed: bool) -> None:
        self.schedule.setText(schedule)
        self.resume_button.setVisible(snoozed)

    def set_settings_available(self, available: bool) -> None:
        self.settings_button.setVisible(available)

    def anchor(self) -> QRect | None:
        """None: a reminder goes where the desktop puts new windows."""
        return None

    def showEvent(self, event: QShowEvent) -> None:
        fit_when_first_shown(self)
        super().showEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window must not silently stop the reminders: it only minimises.
        # Quit is one click away in the window itself.
        event.ignore()
        self.showMinimized()


def _texts(button: QPushButton, text: str, description: str) -> None:
    button.setText(text)
    button.setAccessibleName(text)
    button.setAccessibleDescription(description)
