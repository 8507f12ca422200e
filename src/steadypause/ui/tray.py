"""The tray icon and its menu. Thin: it shows state it is given and emits what was asked."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRect, Signal, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from steadypause import DISPLAY_NAME
from steadypause.core.i18n import translate
from steadypause.ui import look
from steadypause.ui.icons import icon

log = logging.getLogger(__name__)

DEFAULT_SNOOZE_MINUTES = (15, 30, 60)


def snooze_label(minutes: int) -> str:
    """'15 minutes', '1 hour', '1 hour 30 minutes', '2 hours'."""
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        both = translate("Tray", "{hours} {minutes}", "a snooze length: 1 hour 30 minutes")
        return both.format(
            hours=translate("Tray", "%n hour(s)", None, hours),
            minutes=translate("Tray", "%n minute(s)", None, rest),
        )
    if hours:
        return translate("Tray", "%n hour(s)", None, hours)
    if rest:
        return translate("Tray", "%n minute(s)", None, rest)
    return ""


def build_snooze_menu(
    parent: QWidget | None,
    on_choice: Callable[[int | None], None],
    lengths: tuple[int, ...] = DEFAULT_SNOOZE_MINUTES,
) -> QMenu:
    """The Snooze submenu: the chosen lengths, then 'Until tomorrow' (``None``)."""
    menu = QMenu(translate("Tray", "Snooze"), parent)
    menu.setObjectName("menuSnooze")
    menu.menuAction().setObjectName("actionSnooze")
    set_snooze_lengths(menu, lengths, on_choice)
    return menu


def set_snooze_lengths(
    menu: QMenu, lengths: tuple[int, ...], on_choice: Callable[[int | None], None]
) -> None:
    """Rebuild the Snooze submenu's entries for ``lengths`` (after a settings change)."""
    for action in menu.actions():
        menu.removeAction(action)
        action.deleteLater()
    for minutes in (*lengths, None):
        label = (
            snooze_label(minutes) if minutes is not None else translate("Tray", "Until tomorrow")
        )
        action = QAction(label, menu)
        action.setObjectName(f"actionSnooze_{minutes or 'tomorrow'}")
        action.triggered.connect(lambda _=False, m=minutes: on_choice(m))
        menu.addAction(action)


# A routine as the Practices menu offers it: (id, title, length), in the language in use.
Practice = tuple[str, str, str]


def practice_label(title: str, duration: str) -> str:
    """'Hand on heart (about a minute)'; a title alone when the routine gives no length."""
    if not duration:
        return title
    return translate("Tray", "{title} ({length})", "a routine in the Practices menu").format(
        title=title, length=duration
    )


def build_practices_menu(parent: QWidget | None) -> QMenu:
    """The Practices submenu, empty until :func:`set_practices` fills it."""
    menu = QMenu(translate("Tray", "Practices"), parent)
    menu.setObjectName("menuPractices")
    menu.menuAction().setObjectName("actionPractices")
    return menu


def set_practices(menu: QMenu, practices: list[Practice], on_choice: Callable[[str], None]) -> None:
    """Rebuild the Practices submenu's entries (the routines changed, or the language)."""
    for action in menu.actions():
        menu.removeAction(action)
        action.deleteLater()
    for routine_id, title, duration in practices:
        # "&" would make the next letter a mnemonic: a title is the routine file's text.
        action = QAction(practice_label(title, duration).replace("&", "&&"), menu)
        action.setObjectName(f"actionPractice_{routine_id}")
        action.triggered.connect(lambda _=False, rid=routine_id: on_choice(rid))
        menu.addAction(action)


class TrayIcon(QObject):
    """The system-tray icon. ``refresh`` is called with the current schedule text.

    One of the two shells (session/shell.py), with the status window.
    """

    pauseRequested = Signal()
    practiceRequested = Signal(str)  # a routine's id, from the Practices submenu
    practicesWanted = Signal()  # the Practices submenu is about to show: read the routines
    closeDayRequested = Signal()
    snoozeRequested = Signal(object)  # int minutes, or None for "until tomorrow"
    resumeRequested = Signal()
    helpRequested = Signal()
    historyRequested = Signal()
    settingsRequested = Signal()
    aboutRequested = Signal()
    quitRequested = Signal()
    scheduleWanted = Signal()  # the menu, with its schedule line, is about to show

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._snooze_lengths: tuple[int, ...] = DEFAULT_SNOOZE_MINUTES
        self._schedule: str | None = None  # until the first refresh
        self._practices: list[Practice] = []
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.action_pause = self._action("actionPauseNow", self.pauseRequested)
        self.menu_practices = build_practices_menu(None)
        self.menu_practices.aboutToShow.connect(self.practicesWanted)
        self.menu.addMenu(self.menu_practices)
        self.menu_snooze = build_snooze_menu(None, self.snoozeRequested.emit)
        self.menu.addMenu(self.menu_snooze)
        self.action_close_day = self._action("actionCloseDay", self.closeDayRequested)
        self.action_resume = self._action("actionResume", self.resumeRequested)
        self.action_next = QAction("", self.menu)
        self.action_next.setObjectName("actionNextPause")
        self.action_next.setEnabled(False)
        self.menu.addAction(self.action_next)
        self.menu.addSeparator()
        self.action_settings = self._action("actionSettings", self.settingsRequested)
        self.action_history = self._action("actionHistory", self.historyRequested)
        self.action_help = self._action("actionHelp", self.helpRequested)
        self.action_about = self._action("actionAbout", self.aboutRequested)
        self.menu.addSeparator()
        self.action_quit = self._action("actionQuit", self.quitRequested)
        self.menu.aboutToShow.connect(look.ensure)  # the app's look, before the menu shows
        self.menu.aboutToShow.connect(self.scheduleWanted)

        self.icon = QSystemTrayIcon(icon("steadypause"), self)
        self.icon.setObjectName("trayIcon")
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.retranslate()

    def retranslate(self) -> None:
        """Set every text of the menu (again) in the language in use.

        The schedule line and its tooltip come from the controller: it calls ``refresh``
        with a new line after a change of language.
        """
        self.action_pause.setText(translate("Tray", "Pause now"))
        self.menu_practices.setTitle(translate("Tray", "Practices"))
        set_practices(self.menu_practices, self._practices, self.practiceRequested.emit)
        self.menu_snooze.setTitle(translate("Tray", "Snooze"))
        set_snooze_lengths(self.menu_snooze, self._snooze_lengths, self.snoozeRequested.emit)
        self.action_close_day.setText(translate("Tray", "Close the day"))
        self.action_resume.setText(translate("Tray", "Resume reminders"))
        self.action_settings.setText(translate("Tray", "Settings…"))
        self.action_history.setText(translate("Tray", "History…"))
        self.action_help.setText(translate("Tray", "Getting help…"))
        self.action_about.setText(translate("Tray", "About"))
        self.action_quit.setText(translate("Tray", "Quit"))
        self._set_tooltip()

    def _set_tooltip(self) -> None:
        self.icon.setToolTip(
            DISPLAY_NAME if self._schedule is None else f"{DISPLAY_NAME}\n{self._schedule}"
        )

    def _action(self, name: str, signal: SignalInstance | None, visible: bool = True) -> QAction:
        action = QAction(self.menu)
        action.setObjectName(name)
        action.setVisible(visible)
        if signal is not None:
            action.triggered.connect(signal)
        self.menu.addAction(action)
        return action

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.pauseRequested.emit()

    def refresh(self, schedule: str, snoozed: bool) -> None:
        self.action_next.setText(schedule)
        self.action_resume.setVisible(snoozed)
        self.icon.setIcon(icon("steadypause-snoozed" if snoozed else "steadypause"))
        self._schedule = schedule
        self._set_tooltip()

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable()

    def show(self) -> None:
        self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def notify(self, title: str, text: str) -> None:
        look.ensure()  # without a notification server Qt shows a balloon window
        self.icon.showMessage(title, text, icon("steadypause"), 15_000)

    def set_snooze_lengths(self, lengths: tuple[int, ...]) -> None:
        self._snooze_lengths = lengths
        set_snooze_lengths(self.menu_snooze, lengths, self.snoozeRequested.emit)

    def set_practices(self, practices: list[Practice]) -> None:
        self._practices = list(practices)
        set_practices(self.menu_practices, self._practices, self.practiceRequested.emit)

    def geometry(self) -> QRect:
        """Where the icon is on screen (invalid where the tray does not say)."""
        return self.icon.geometry()

    def anchor(self) -> QRect | None:
        """Where a reminder may be placed beside: the icon (invalid where not known)."""
        return self.geometry()

    def set_settings_available(self, available: bool) -> None:
        self.action_settings.setVisible(available)

    def dispose(self) -> None:
        self.icon.hide()
        self.menu_practices.deleteLater()
        self.menu.deleteLater()
