"""The windows opened on request — help, history, about, settings, the welcome — each at
most once.

Asking again raises the one already open (the history window reloads first). The pause
window and the reminder are not here: they belong to the prompt/pause state machine
(:mod:`.controller`).
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from steadypause.core import first_run
from steadypause.core.autostart import Autostart
from steadypause.core.clock import Clock
from steadypause.core.i18n import translate
from steadypause.core.routine import Routine
from steadypause.core.settings import Settings, SettingsStore
from steadypause.session.recorder import Recorder
from steadypause.session.sound_guide import SoundService

# The windows' modules are imported when first opened (they cost MB and ms at start-up).
if TYPE_CHECKING:
    from steadypause.ui.about import AboutDialog
    from steadypause.ui.history_view import HistoryWindow
    from steadypause.ui.settings_dialog import SettingsDialog
    from steadypause.ui.shortcut_section import DesktopShortcut
    from steadypause.ui.support import SupportDialog
    from steadypause.ui.welcome import WelcomeChoices, WelcomeDialog

log = logging.getLogger(__name__)

SOUND_PREPARE_MS = 3000  # after start-up: the chime's sounds are loaded before a pause


class WindowManager(QObject):
    """Opens, raises and forgets the windows the person asks for from the tray."""

    settingsApplied = Signal(object)  # Settings saved in the dialog (OK or Apply)
    notice = Signal(str)  # something the person should know (the welcome's choices failed)

    def __init__(
        self,
        clock: Clock,
        recorder: Recorder,
        settings: Settings,
        routines: dict[str, Routine],
        *,
        store: SettingsStore | None = None,
        autostart: Autostart | None = None,
        shortcut: DesktopShortcut | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._recorder = recorder
        # The session's, kept current by it (the dialog's contacts, the routines' titles).
        self.settings = settings
        self.routines = routines
        self._store = store  # None: settings cannot be changed in this session
        self._autostart = autostart
        # The settings dialog's shortcut section: the command and the GNOME setup.
        self._shortcut = shortcut
        self._help: SupportDialog | None = None
        self._history: HistoryWindow | None = None
        self._about: AboutDialog | None = None
        self._settings_dialog: SettingsDialog | None = None
        self._welcome: WelcomeDialog | None = None
        # The chime and the spoken guide (opened only when a sound setting is on).
        self.sound = SoundService()
        QTimer.singleShot(SOUND_PREPARE_MS, self, lambda: self.sound.prepare(self.settings))

    # -- what is open -------------------------------------------------------------------

    @property
    def help(self) -> SupportDialog | None:
        return self._help

    @property
    def history(self) -> HistoryWindow | None:
        return self._history

    @property
    def about(self) -> AboutDialog | None:
        return self._about

    @property
    def settings_dialog(self) -> SettingsDialog | None:
        return self._settings_dialog

    @property
    def welcome(self) -> WelcomeDialog | None:
        return self._welcome

    @property
    def settings_editable(self) -> bool:
        return self._store is not None and self._autostart is not None

    def widgets(self) -> list[QWidget]:
        return [
            w
            for w in (self._help, self._history, self._settings_dialog, self._welcome)
            if w is not None
        ]

    def close_all(self) -> None:
        for w in (self._help, self._about, self._history, self._settings_dialog, self._welcome):
            if w is not None:
                w.close()

    # -- opening ------------------------------------------------------------------------

    def show_help(self, parent: QWidget | None = None) -> None:
        """Open Getting help (over ``parent``, the pause on screen, if any)."""
        if self._help is None:
            from steadypause.ui.support import SupportDialog

            self._help = SupportDialog(
                self.settings.contacts, parent, region_setting=self.settings.support_region
            )
            self._help.destroyed.connect(lambda: setattr(self, "_help", None))
        self._help.show()
        self._help.raise_()
        self._help.activateWindow()

    def show_history(self, days: int | None = None) -> None:
        """Open History (or reload the one open), on the last ``days`` if one of its ranges."""
        store = self._recorder.store
        if store is not None and not store.started:
            # The writer starts with its first use (app.py): now, so that what an earlier
            # run could not save is in the file before the window reads it.
            store.flush(timeout=5)
        if self._history is None:
            from steadypause.ui.history_view import HistoryWindow

            window = HistoryWindow(
                self._recorder.path,
                lambda: self._clock.now().date(),
                self._recorder.store,
                routine_titles={rid: r.title for rid, r in self.routines.items()},
            )
            window.destroyed.connect(lambda: setattr(self, "_history", None))
            self._history = window
        else:
            self._history.reload()
        self._history.show()
        self._history.raise_()
        self._history.activateWindow()
        if days is not None:
            from steadypause.ui.history_view import RANGES

            if days in RANGES:
                self._history.set_days(days)

    def show_about(self) -> None:
        if self._about is None:
            from steadypause.ui.about import show_about

            self._about = show_about(can_welcome=self.settings_editable)
            self._about.destroyed.connect(lambda: setattr(self, "_about", None))
            self._about.welcomeRequested.connect(lambda: self.show_welcome())
        else:
            self._about.raise_()
            self._about.activateWindow()

    def show_welcome(self, marker: Path | None = None) -> WelcomeDialog | None:
        """Open the welcome: on the first start with ``marker`` (the file that remembers it
        was shown, written now), from About without. None when settings cannot change."""
        if self._store is None or self._autostart is None:
            return None
        if self._welcome is None:
            from steadypause.ui.welcome import WelcomeDialog

            first = marker is not None
            dialog = WelcomeDialog(
                self._autostart, self.settings.work_minutes, self.settings.checkin, first=first
            )
            dialog.chosen.connect(self._apply_welcome)
            dialog.destroyed.connect(lambda: setattr(self, "_welcome", None))
            self._welcome = dialog
            if marker is not None:
                first_run.mark_shown(marker, self._clock.now().date())
        self._welcome.show()
        self._welcome.raise_()
        self._welcome.activateWindow()
        return self._welcome

    def _apply_welcome(self, choices: WelcomeChoices) -> None:
        """The welcome's answers: start at login as ticked, the rest into the settings."""
        autostart, store = self._autostart, self._store
        if autostart is None or store is None:
            return
        try:
            if autostart.is_available() and choices.start_at_login != autostart.is_enabled():
                (autostart.enable if choices.start_at_login else autostart.disable)()
        except OSError as exc:
            log.warning("welcome: start at login could not be changed: %s", exc)
            self.notice.emit(
                translate("Welcome", "Start at login could not be changed ({reason}).").format(
                    reason=exc.strerror or exc
                )
            )
        new = dataclasses.replace(
            self.settings, work_minutes=choices.work_minutes, checkin=choices.checkin
        )
        if new == self.settings:
            return
        loaded = store.load()
        if not loaded.writable:
            self.notice.emit(
                translate(
                    "Welcome",
                    "Your choices could not be saved: the settings file "
                    "is not one this version can write.",
                )
            )
            return
        try:
            store.save(new)
        except OSError as exc:
            log.warning("welcome: the settings could not be saved: %s", exc)
            self.notice.emit(
                translate("Welcome", "Your choices could not be saved ({reason}).").format(
                    reason=exc.strerror or exc
                )
            )
            return
        self.settingsApplied.emit(new)

    def show_settings(self, tab: str | None = None) -> SettingsDialog | None:
        """Open the settings dialog (only one at a time), on the tab of ``tab``'s group."""
        if self._store is None or self._autostart is None:
            return None
        if self._settings_dialog is None:
            loaded = self._store.load()
            from PySide6.QtCore import Qt

            from steadypause.ui.settings_dialog import SettingsDialog

            if self._shortcut is None:
                from steadypause.session.desktop_shortcut import DesktopShortcutSetup

                self._shortcut = DesktopShortcutSetup()
            dialog = SettingsDialog(
                loaded,
                self._store,
                self._autostart,
                shortcut=self._shortcut,
                sound=self.sound,
                routines=self.routines,
            )
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            dialog.applied.connect(self.settingsApplied)
            dialog.destroyed.connect(lambda: self._forget_settings_dialog(dialog))
            self._settings_dialog = dialog
        dialog = self._settings_dialog
        if tab in dialog.tab_pages:
            dialog.tabs.setCurrentWidget(dialog.tab_pages[tab])
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def reopen_settings_soon(self) -> None:
        """After a change of language: the open dialog comes back on the same tab, in the
        new language, from the event loop.

        The language is usually changed in Settings itself. After OK the dialog is closing
        by the time this runs, and stays closed; a form with edits not saved yet (the
        language was changed from the command line meanwhile) is left as it is, so nothing
        typed is lost.
        """
        dialog = self._settings_dialog
        if dialog is not None:
            tab = next(
                (
                    name
                    for name, page in dialog.tab_pages.items()
                    if page is dialog.tabs.currentWidget()
                ),
                None,
            )
            QTimer.singleShot(0, lambda: self._reopen_settings(dialog, tab))

    def _forget_settings_dialog(self, dialog: SettingsDialog) -> None:
        if self._settings_dialog is dialog:  # not one opened since, in its place
            self._settings_dialog = None

    def _reopen_settings(self, dialog: SettingsDialog, tab: str | None) -> None:
        if self._settings_dialog is not dialog or not dialog.isVisible():
            return
        if dialog.problems() or Settings(**dialog.values()) != self.settings:
            return  # edits not saved yet
        position = dialog.pos()
        dialog.close()
        self._settings_dialog = None
        reopened = self.show_settings(tab)
        if reopened is not None:
            reopened.move(position)
