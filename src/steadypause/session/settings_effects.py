"""What a changed setting does beyond the reminder/pause state, and the pause shortcut.

The controller swaps the settings and re-aims the timer; this applies the rest: the
scheduler's rules, the pause shortcut (a Windows global hotkey; elsewhere the desktop binds
it), the snooze lengths in the menu, the colours, the language (the tray and the status
window at once, every window opened afterwards, the next pause's routine and tip) and the
form the next reminder takes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QApplication

from steadypause import translations
from steadypause.core.scheduler import Scheduler
from steadypause.core.settings import Settings
from steadypause.platform.hotkey import GlobalHotkey
from steadypause.session.pause_content import PauseContent
from steadypause.session.reminder_choice import ReminderChoice
from steadypause.session.scheduler_config import scheduler_config
from steadypause.session.shell import ShellHost
from steadypause.session.windows import WindowManager

log = logging.getLogger(__name__)


class SettingsEffects:
    """Applies a change of settings to the session's parts; ``notify`` tells the person."""

    def __init__(
        self,
        scheduler: Scheduler,
        shell: ShellHost,
        windows: WindowManager,
        reminders: ReminderChoice,
        content: PauseContent,
        notify: Callable[[str], None],
    ) -> None:
        self._scheduler = scheduler
        self._shell = shell
        self._windows = windows
        self._reminders = reminders
        self._content = content
        self._notify = notify
        self._hotkey: GlobalHotkey | None = None

    # -- the pause shortcut -----------------------------------------------------------------

    def connect_hotkey(self, hotkey: GlobalHotkey, keys: str, pause: Callable[[], None]) -> None:
        """Take ``keys`` with ``hotkey``, which opens a pause from then on."""
        self._hotkey = hotkey
        hotkey.activated.connect(pause)
        self.register_hotkey(keys)

    def register_hotkey(self, keys: str) -> None:
        if self._hotkey is not None and self._hotkey.is_available():
            problem = self._hotkey.register(keys)
            if problem:  # the keys are taken, or cannot be used: nothing was taken
                self._notify(problem)

    def stop(self) -> None:
        """Give the shortcut's keys back (quitting)."""
        if self._hotkey is not None:
            self._hotkey.stop()

    # -- a change of settings ---------------------------------------------------------------

    def apply(self, old: Settings, new: Settings) -> None:
        """Everything that differs between ``old`` and ``new``, outside the timer."""
        self._scheduler.configure(scheduler_config(new))
        if new.pause_shortcut != old.pause_shortcut:
            self.register_hotkey(new.pause_shortcut)
        if new.snooze_minutes != old.snooze_minutes:
            self._shell.set_snooze_lengths(new.snooze_minutes)
        if new.theme != old.theme:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                from steadypause.ui import look, theme

                look.ensure()  # the look kept back at start first, so it cannot come after
                theme.apply(app, new.theme)
        if new.language != old.language:
            self._use_language(new.language)
        if new.reminder_style != old.reminder_style:
            self._reminders.choose_again()  # for the next reminder

    def _use_language(self, setting: str) -> None:
        """Speak the language ``setting`` asks for from now on: the tray and the status window
        at once, every window opened afterwards, and the next pause's routine and tip (the
        built-in ones are translated as they load). The controller's refresh redoes the
        schedule line."""
        language = translations.install(setting)
        log.info("language %s (setting %r)", language, setting)
        self._content.reload_builtin()
        self._windows.routines = self._content.routines
        self._shell.set_practices(self._content.practices())
        self._shell.retranslate()
        self._windows.reopen_settings_soon()
