"""The second half of start-up, run once the tray icon is on screen (issue 18).

app.py does only what the icon and the single instance need before the event loop: the
instance lock and socket, the quit signals and the tray icon itself. Everything else — the
translations (the tray's menu is given its words then), the settings (a broken file is
still reported as the icon shows), whether this is a first start, the routines and tips,
the scheduler, the history store, the controller and its windows' plumbing, the cue
sources — is built here: from the event loop once the icon has painted
(ui/first_paint.py), or at once when a command arrives before that (the command channel
answers ``ping`` itself, so a client may ask for more a moment after the socket exists).
The look waits longer, for the first window (ui/look.py); without a tray the status
window opens at once, and the settings are loaded (:meth:`AfterIcon.loaded`) for its look.
"""

from __future__ import annotations

import linecache
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from steadypause import APP_NAME, __version__
from steadypause.core.i18n import translate

if TYPE_CHECKING:
    from steadypause.core.history import HistoryStore
    from steadypause.core.settings import LoadResult, SettingsStore
    from steadypause.ipc.server import InstanceServer
    from steadypause.platform.sources import CueSources
    from steadypause.probe import Probe
    from steadypause.session.commands import CommandTable
    from steadypause.session.controller import Controller
    from steadypause.session.shell import ShellHost

log = logging.getLogger(__name__)


class AfterIcon:
    """Builds the session once (:meth:`finish`) and takes it down (:meth:`close`)."""

    def __init__(
        self,
        app: QApplication,
        *,
        shell: ShellHost,
        commands: CommandTable,
        server: InstanceServer,
        probe: Probe | None,
        initial_command: str | None,
        routine: str | None,
        autostart: bool,
    ) -> None:
        self._app = app
        self._store: SettingsStore | None = None
        self._loaded: LoadResult | None = None
        self._shell = shell
        self._commands = commands
        self._server = server
        self._probe = probe
        self._initial_command = initial_command
        self._routine = routine
        self._autostart = autostart
        self._welcome_marker: Path | None = None  # None: not a first start
        self._done = False
        self.controller: Controller | None = None
        self._history: HistoryStore | None = None
        self._sources: list[CueSources] = []

    def loaded(self) -> LoadResult:
        """The settings, loaded on first use (once): here, once the icon is on screen, or
        before the status window's look where there is no tray."""
        if self._loaded is not None:
            return self._loaded
        from steadypause import translations
        from steadypause.core import first_run
        from steadypause.core.settings import user_store

        store = user_store()
        # A first start: no settings file yet (load() writes one) and no welcome shown.
        marker = first_run.default_path()
        if first_run.first_start(marker, store.path):
            self._welcome_marker = marker
        # The language first, so that the load's messages (a bad value, a file set aside)
        # and the routines are in the person's language; the tray's menu was made in the
        # source language before the icon (app.py).
        hint = store.language_hint()
        if translations.install(hint) != translations.SOURCE_LANGUAGE:
            self._shell.retranslate()
        loaded = store.load()
        self._store, self._loaded = store, loaded
        if loaded.settings.language != hint:  # the two never disagree; in case
            translations.install(loaded.settings.language)
            self._shell.retranslate()
        self._shell.set_snooze_lengths(loaded.settings.snooze_minutes)
        return loaded

    @property
    def first_start(self) -> bool:
        """Whether the settings' load found a first start (the welcome will show)."""
        return self._welcome_marker is not None

    def finish(self) -> None:
        """Build the rest of the session (once); queue what follows it."""
        if self._done:
            return
        self._done = True
        controller = self._build()
        if controller is None:
            return
        self.controller = controller
        QTimer.singleShot(0, self._start_cue_sources)
        log.info(
            "started %s %s (autostart=%s, tray=%s)",
            APP_NAME,
            __version__,
            self._autostart,
            controller.tray_mode,
        )
        messages = self.loaded().messages
        if messages:
            text = "\n".join(messages)
            QTimer.singleShot(0, lambda: controller.notify(text))
        if self._initial_command == "pause":
            routine = self._routine
            QTimer.singleShot(0, lambda: controller.pause_now("cli", routine))
        marker = self._welcome_marker
        if marker is not None:
            QTimer.singleShot(0, lambda: controller.windows.show_welcome(marker))

    def _build(self) -> Controller | None:
        from steadypause.app import make_scheduler, wire_session
        from steadypause.core import history, routine_library
        from steadypause.core.clock import SystemClock
        from steadypause.core.history import HistoryStore
        from steadypause.core.routine import RoutineError
        from steadypause.core.routine_library import RoutineLibrary
        from steadypause.core.tips import TipError, load_builtin_tips
        from steadypause.platform.autostart import for_this_system
        from steadypause.session.controller import Controller

        loaded = self.loaded()  # first: the routines load in the language it names
        try:
            library = RoutineLibrary(routine_library.user_folder())
            tips = load_builtin_tips()
        except (RoutineError, TipError) as exc:  # a packaging bug, not the user's doing
            log.critical("%s", exc)
            print(
                translate(
                    "Cli", "steadypause: the built-in routines or tips are broken: {error}"
                ).format(error=exc),
                file=sys.stderr,
            )
            self._server.close()
            QApplication.exit(1)
            return None
        settings = loaded.settings
        clock = SystemClock()
        scheduler = make_scheduler(clock, settings)
        # The writer thread reports trouble (a damaged file set aside, writes failing)
        # through the shell's notice signal, which Qt queues over to the UI thread.
        self._history = HistoryStore(
            history.default_path(),
            clock,
            on_notice=self._shell.notice.emit,
            # Where unsaved records go when the history's disk is full: the user's own.
            spare_folders=(self._server.path.parent,),
        )
        controller = Controller(
            clock,
            scheduler,
            settings,
            library.routines,
            self._history,
            store=self._store,
            autostart=for_this_system(),
            tips=tips,
            shell=self._shell,
            commands=self._commands,
            library=library,
        )
        wire_session(controller, scheduler, self._commands, self._probe)
        self._history.start(when_used=True)  # the writer thread: with the first record
        controller.start()
        return controller

    def _start_cue_sources(self) -> None:
        # The cue sources (D-Bus connections, X11) take ~40 ms to set up.
        from steadypause.platform.sources import build as build_cue_sources  # QtDBus: later

        controller = self.controller
        if controller is None:
            return
        sources = build_cue_sources()
        controller.connect_sources(sources)
        sources.start()
        if sources.idle.is_available():
            controller.scheduler.set_idle_seconds(sources.idle.idle_seconds)
        self._sources.append(sources)
        # PySide6's import hook (shibokensupport/feature.py) reads the source of every
        # module imported after PySide6 through inspect, which keeps it all in linecache:
        # ~5 MiB of text the app never reads again. Start-up's imports are done here; a
        # traceback reads the lines it needs again.
        linecache.clearcache()

    def quit(self) -> None:
        """SIGTERM, SIGHUP, SIGINT or a logout: end the way Quit does."""
        if self.controller is not None:
            self.controller.quit()
        else:
            QApplication.exit(0)

    def handle(self, cmd: str, args: dict[str, Any]) -> dict[str, Any]:
        """The command channel's handler: the session is finished first if need be."""
        self.finish()
        return self._commands.handle(cmd, args)

    def close(self) -> None:
        for sources in self._sources:
            sources.stop()
        self._server.close()
        if self._history is not None:
            self._history.close()
