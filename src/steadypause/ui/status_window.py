"""The small status window shown when the desktop has no system tray."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from steadypause import DISPLAY_NAME
from steadypause.ui.icons import icon
from steadypause.ui.theme import muted_colour
from steadypause.ui.tray import build_snooze_menu, set_snooze_lengths

NO_TRAY_REASON = (
    "This desktop has no system tray, so Steady Pause lives in this small window instead. "
    "If a tray appears later (on GNOME, for example, through the AppIndicator extension), "
    "the app moves there by itself.")


class StatusWindow(QWidget):
    pauseRequested = Signal()
    snoozeRequested = Signal(object)
    resumeRequested = Signal()
    helpRequested = Signal()
    historyRequested = Signal()
    settingsRequested = Signal()
    quitRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("statusWindow")
        self.setWindowTitle(DISPLAY_NAME)
        self.setWindowIcon(icon("steadypause"))
        self.setAccessibleName(f"{DISPLAY_NAME} status")

        mark = QLabel(self)
        mark.setPixmap(icon("steadypause").pixmap(40, 40))
        mark.setAccessibleName(DISPLAY_NAME)
        self.schedule = QLabel(self)
        self.schedule.setObjectName("scheduleLine")
        font = self.schedule.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.schedule.setFont(font)
        self.reason = QLabel(NO_TRAY_REASON, self)
        self.reason.setObjectName("noTrayReason")
        self.reason.setWordWrap(True)
        pal = self.reason.palette()
        pal.setColor(self.reason.foregroundRole(), muted_colour(pal))
        self.reason.setPalette(pal)

        self.pause_button = self._button("statusPause", "Pause now", self.pauseRequested,
                                         "Open a pause now")
        self.snooze_button = QToolButton(self)
        self.snooze_button.setObjectName("statusSnooze")
        self.snooze_button.setText("Snooze")
        self.snooze_button.setAccessibleName("Snooze")
        self.snooze_button.setAccessibleDescription("Pause the reminders for a while")
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_button.setMenu(build_snooze_menu(self, self.snoozeRequested.emit))
        self.snooze_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.resume_button = self._button("statusResume", "Resume reminders",
                                          self.resumeRequested, "End the snooze now")
        self.help_button = self._button("statusHelp", "Getting help", self.helpRequested,
                                        "Where to turn when a pause is not enough")
        self.history_button = self._button("statusHistory", "History…",
                                           self.historyRequested, "Your recent pauses")
        self.settings_button = self._button("statusSettings", "Settings…",
                                            self.settingsRequested,
                                            "Change the reminders, your phrases and contacts")
        self.quit_button = self._button("statusQuit", "Quit", self.quitRequested,
                                        f"Close {DISPLAY_NAME}")

        head = QHBoxLayout()
        head.addWidget(mark, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.schedule, 1)
        row = QHBoxLayout()
        row.addWidget(self.pause_button)
        row.addWidget(self.snooze_button)
        row.addWidget(self.resume_button)
        row.addStretch(1)
        row2 = QHBoxLayout()
        row2.addWidget(self.help_button)
        row2.addWidget(self.history_button)
        row2.addWidget(self.settings_button)
        row2.addStretch(1)
        row2.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 16, 18, 16)
        layout.setSpacing(12)
        layout.addLayout(head)
        layout.addLayout(row)
        layout.addWidget(self.reason)
        layout.addLayout(row2)
        self.setFixedWidth(440)

    def _button(self, name: str, text: str, signal: Signal, description: str) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.setAccessibleName(text)
        b.setAccessibleDescription(description)
        b.setAutoDefault(True)
        b.clicked.connect(signal)
        return b

    def set_snooze_lengths(self, lengths: tuple[int, ...]) -> None:
        menu = self.snooze_button.menu()
        if menu is not None:
            set_snooze_lengths(menu, lengths, self.snoozeRequested.emit)

    def refresh(self, schedule: str, snoozed: bool) -> None:
        self.schedule.setText(schedule)
        self.resume_button.setVisible(snoozed)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window must not silently stop the reminders: it only minimises.
        # Quit is one click away in the window itself.
        event.ignore()
        self.showMinimized()
