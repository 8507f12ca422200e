"""The app's permanent presence: the tray icon, or the status window where there is no tray.

Both implement :class:`Shell`; :class:`ShellHost` shows the one that can be seen, moves to
the tray when one appears, and forwards the shell's requests through its own signals, so
the session connects to them once, whichever shell is in use.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QRect, QTimer, Signal, SignalInstance

from steadypause import DISPLAY_NAME
from steadypause.ui.tray import Practice, TrayIcon

if TYPE_CHECKING:
    from steadypause.ui.status_window import StatusWindow

log = logging.getLogger(__name__)

TRAY_RECHECK_MS = 60_000


class Shell(Protocol):
    """What the tray icon and the status window both offer."""

    pauseRequested: SignalInstance
    practiceRequested: SignalInstance  # a routine's id
    practicesWanted: SignalInstance  # the Practices menu is about to show
    closeDayRequested: SignalInstance
    snoozeRequested: SignalInstance  # int minutes, or None for "until tomorrow"
    resumeRequested: SignalInstance
    helpRequested: SignalInstance
    historyRequested: SignalInstance
    settingsRequested: SignalInstance
    aboutRequested: SignalInstance
    quitRequested: SignalInstance
    scheduleWanted: SignalInstance  # the schedule is about to be shown: check the clock

    def refresh(self, schedule: str, snoozed: bool) -> None: ...

    def set_snooze_lengths(self, lengths: tuple[int, ...]) -> None: ...

    def set_practices(self, practices: list[Practice]) -> None: ...

    def set_settings_available(self, available: bool) -> None: ...

    def retranslate(self) -> None: ...

    def anchor(self) -> QRect | None: ...

    def show(self) -> None: ...

    def hide(self) -> None: ...


class ShellHost(QObject):
    """Holds the tray icon (and the status window while there is no tray)."""

    # The source tag says where the request came from ("tray", "status window").
    pauseRequested = Signal(str)
    practiceRequested = Signal(str, str)  # source, routine id
    practicesWanted = Signal()
    closeDayRequested = Signal(str)
    snoozeRequested = Signal(object)
    resumeRequested = Signal()
    helpRequested = Signal()
    historyRequested = Signal()
    settingsRequested = Signal()
    aboutRequested = Signal()
    quitRequested = Signal()
    scheduleWanted = Signal()
    shellChanged = Signal()  # the status window opened, or the tray took over
    # A sentence for the person, from any thread (the history's writer reports through it).
    notice = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        settings_available: bool = True,
        snooze_lengths: tuple[int, ...] | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings_available = settings_available
        self._snooze_lengths = snooze_lengths
        self._practices: list[Practice] = []
        self.tray = TrayIcon(self)
        self._wire(self.tray, "tray")  # i18n-exempt: a source tag
        self.status_window: StatusWindow | None = None
        self._started = False  # start() ran
        self.tray_watch = QTimer(self)
        self.tray_watch.setInterval(TRAY_RECHECK_MS)
        self.tray_watch.timeout.connect(self.check_tray)
        self.notice.connect(self.notify)  # queued when emitted from another thread

    def _wire(self, shell: Shell, source: str) -> None:
        shell.pauseRequested.connect(lambda: self.pauseRequested.emit(source))
        shell.practiceRequested.connect(lambda rid: self.practiceRequested.emit(source, rid))
        shell.practicesWanted.connect(self.practicesWanted)
        shell.closeDayRequested.connect(lambda: self.closeDayRequested.emit(source))
        shell.snoozeRequested.connect(self.snoozeRequested)
        shell.resumeRequested.connect(self.resumeRequested)
        shell.helpRequested.connect(self.helpRequested)
        shell.historyRequested.connect(self.historyRequested)
        shell.settingsRequested.connect(self.settingsRequested)
        shell.aboutRequested.connect(self.aboutRequested)
        shell.quitRequested.connect(self.quitRequested)
        shell.scheduleWanted.connect(self.scheduleWanted)
        shell.set_settings_available(self._settings_available)
        if self._snooze_lengths is not None:
            shell.set_snooze_lengths(self._snooze_lengths)
        shell.set_practices(self._practices)

    @property
    def shell(self) -> Shell:
        return self.status_window if self.status_window is not None else self.tray

    @property
    def tray_mode(self) -> str:
        return "fallback" if self.status_window is not None else "available"

    def start(self) -> None:
        """Show the tray icon, or the status window where there is no tray; once (app.py
        shows it before the controller exists, and the controller's start comes here too)."""
        if self._started:
            return
        self._started = True
        if TrayIcon.available():
            self.tray.show()
            # bench/run_all.py reads this line to time the start-up from outside.
            log.info("tray icon shown (monotonic %.6f)", time.monotonic())
        else:
            self._use_fallback()

    def _use_fallback(self) -> None:
        log.warning("no system tray found; showing the status window instead")
        from steadypause.ui.status_window import StatusWindow

        window = StatusWindow()
        # "status window" is the cue's detail, a source tag like "tray" or "cli".
        self._wire(window, "status window")  # i18n-exempt: a source tag
        self.status_window = window
        self.shellChanged.emit()
        window.show()
        self.tray_watch.start()

    def check_tray(self) -> None:
        """Move to the tray if one has appeared since the status window opened."""
        if self.status_window is not None and TrayIcon.available():
            log.info("a system tray appeared; moving there")
            self.tray_watch.stop()
            self.tray.show()
            log.info("tray icon shown (monotonic %.6f)", time.monotonic())
            self.status_window.hide()
            self.status_window.deleteLater()
            self.status_window = None
            self.shellChanged.emit()

    # -- what every shell shows ---------------------------------------------------------

    def refresh(self, schedule: str, snoozed: bool) -> None:
        self.tray.refresh(schedule, snoozed)
        if self.status_window is not None:
            self.status_window.refresh(schedule, snoozed)

    def set_snooze_lengths(self, lengths: tuple[int, ...]) -> None:
        self._snooze_lengths = lengths
        self.tray.set_snooze_lengths(lengths)
        if self.status_window is not None:
            self.status_window.set_snooze_lengths(lengths)

    def set_practices(self, practices: list[Practice]) -> None:
        """The routines the Practices menus offer, in the language in use."""
        self._practices = list(practices)
        self.tray.set_practices(self._practices)
        if self.status_window is not None:
            self.status_window.set_practices(self._practices)

    def retranslate(self) -> None:
        self.tray.retranslate()
        if self.status_window is not None:
            self.status_window.retranslate()

    def anchor(self) -> QRect | None:
        """Where a reminder window may be placed beside (the tray icon), or None."""
        return self.shell.anchor()

    def notify(self, text: str) -> None:
        """Tell the person something once, in the least intrusive way available."""
        log.info("notice: %s", text)
        if self.status_window is None and TrayIcon.available():
            self.tray.notify(DISPLAY_NAME, text)
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox  # only without a tray; like the windows

        from steadypause.ui import look

        look.ensure()

        box = QMessageBox(
            QMessageBox.Icon.Information,
            DISPLAY_NAME,
            text,
            QMessageBox.StandardButton.Ok,
            self.status_window,
        )
        box.setObjectName("noticeBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.setModal(False)
        box.show()

    def dispose(self) -> None:
        self.tray_watch.stop()
        self.tray.dispose()
