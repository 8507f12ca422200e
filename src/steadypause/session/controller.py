"""The session: one object the app, the command channel and the tests talk to.

Qt-aware but free of layout code. It builds the session's parts and wires them once: the
timer (:mod:`.deadline`) aimed at the scheduler's next due moment, the state machine of
what is on screen (:mod:`.pause_flow`: the reminder, the pause, snooze, close the day),
the tray or status window (:mod:`.shell`), the other windows (:mod:`.windows`), the
history (:mod:`.recorder`), what a changed setting does (:mod:`.settings_effects`) and the
command channel (:mod:`.commands`). Collaborators do not hold it strongly (docs/adr/001).
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from steadypause import __version__
from steadypause.core.autostart import Autostart
from steadypause.core.clock import Clock
from steadypause.core.closed_day import line_while_closed
from steadypause.core.cues import Cue
from steadypause.core.history import HistoryStore
from steadypause.core.i18n import translate
from steadypause.core.routine import Routine
from steadypause.core.routine_library import RoutineLibrary
from steadypause.core.scheduler import Scheduler
from steadypause.core.settings import Settings, SettingsStore
from steadypause.core.tips import Tip
from steadypause.core.wording import schedule_line
from steadypause.ipc.errors import CommandError
from steadypause.platform.hotkey import GlobalHotkey
from steadypause.session.commands import CommandTable, register_commands, wants_test_commands
from steadypause.session.cue_wiring import wire_cue_sources
from steadypause.session.deadline import Deadline, Timer
from steadypause.session.pause_content import PauseContent
from steadypause.session.pause_flow import PauseFlow
from steadypause.session.recorder import Recorder
from steadypause.session.reminder_choice import ReminderChoice
from steadypause.session.settings_effects import SettingsEffects
from steadypause.session.shell import ShellHost
from steadypause.session.windows import WindowManager

# The windows are imported where they are first opened, not at start: most of the day
# nothing but the tray is on screen, and their modules (and the Qt classes they wrap)
# cost several MB and ~20 ms of start-up (bench/RESULTS.md).
# Likewise the Qt namespace (importing it makes its ~90 enum types at once, ~20 ms), imported
# where it is used, and the cue sources' module (QtDBus), which app.py loads just after the
# tray icon is shown.
if TYPE_CHECKING:
    from steadypause.platform.notification_reminder import NotificationChannel
    from steadypause.platform.sources import CueSources
    from steadypause.reminders import Reminder, ReminderForm
    from steadypause.ui.pause_window import PauseWindow
    from steadypause.ui.status_window import StatusWindow
    from steadypause.ui.tray import TrayIcon

log = logging.getLogger(__name__)


class Controller(QObject):
    windowChanged = Signal(str)  # "closed", "prompt" or "routine"

    def __init__(
        self,
        clock: Clock,
        scheduler: Scheduler,
        settings: Settings,
        routines: dict[str, Routine],
        history_store: HistoryStore | None = None,
        parent: QObject | None = None,
        *,
        store: SettingsStore | None = None,
        autostart: Autostart | None = None,
        tips: tuple[Tip, ...] = (),
        notifications: Callable[[], NotificationChannel] | None = None,
        timer: Timer | None = None,
        shell: ShellHost | None = None,
        commands: CommandTable | None = None,
        test_commands: bool | None = None,
        library: RoutineLibrary | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._scheduler = scheduler
        self._settings = settings
        # The tip line moves on with every pause, and starts somewhere new each day.
        # ``library``: the built-in routines and the person's own folder (None: ``routines``).
        self._content = PauseContent(
            routines, tips, first_turn=clock.now().toordinal(), library=library
        )
        self._sources: CueSources | None = None
        # The form reminders take, and what is on screen (the reminder, the pause).
        self._reminders = ReminderChoice(notifications)
        self._flow = PauseFlow(self, scheduler, self._reminders, self._content)

        if timer is None:
            qtimer = QTimer(self)
            qtimer.setObjectName("deadlineTimer")
            qtimer.setSingleShot(True)
            timer = qtimer
        self.deadline = Deadline(clock, scheduler, timer, self._on_deadline)
        self.recorder = Recorder(history_store, clock, settings)
        self.windows = WindowManager(
            clock, self.recorder, settings, routines, store=store, autostart=autostart, parent=self
        )
        self.windows.settingsApplied.connect(self.apply_settings)
        self.shell = (
            shell
            if shell is not None
            else ShellHost(
                self, settings_available=store is not None, snooze_lengths=settings.snooze_minutes
            )
        )
        self._connect_shell(self.shell)
        me = weakref.proxy(self)  # no strong reference back (docs/adr/001)
        self._effects = SettingsEffects(
            scheduler,
            self.shell,
            self.windows,
            self._reminders,
            self._content,
            lambda text: me.notify(text),
        )
        self.commands = commands if commands is not None else CommandTable()
        register_commands(
            self.commands,
            self,
            test_commands=wants_test_commands() if test_commands is None else test_commands,
        )
        self._store = store  # None: settings cannot be changed in this session

    def _connect_shell(self, shell: ShellHost) -> None:
        shell.pauseRequested.connect(self.pause_now)
        shell.practiceRequested.connect(self.pause_now)  # (source, routine id)
        shell.practicesWanted.connect(self.reload_routines)
        shell.closeDayRequested.connect(self.close_day)
        shell.snoozeRequested.connect(self.snooze)
        shell.resumeRequested.connect(self.resume)
        shell.helpRequested.connect(self.show_help)
        shell.historyRequested.connect(self.show_history)
        shell.settingsRequested.connect(self.show_settings)
        shell.aboutRequested.connect(self.show_about)
        shell.quitRequested.connect(self.quit)
        shell.scheduleWanted.connect(self.catch_up)
        shell.shellChanged.connect(self.refresh)

    # -- start and stop -----------------------------------------------------------------

    def start(self) -> None:
        self.shell.set_practices(self._content.practices())
        self.shell.start()
        self.deadline.arm()
        self.refresh()

    def quit(self) -> None:
        log.info("quitting")
        self.close_windows()
        self._effects.stop()
        self.shell.dispose()
        # exit(), not quit(): quit() first asks every window to close, and the status
        # window refuses (closing it only minimises it), which would cancel quitting.
        QApplication.exit(0)

    @property
    def tray(self) -> TrayIcon:
        return self.shell.tray

    @property
    def status_window(self) -> StatusWindow | None:
        return self.shell.status_window

    @property
    def tray_mode(self) -> str:
        return self.shell.tray_mode

    # -- what the session holds (read by commands, tests and benchmarks) ----------------

    @property
    def scheduler(self) -> Scheduler:
        return self._scheduler

    @property
    def settings(self) -> Settings:
        return self._settings

    @property
    def routines(self) -> dict[str, Routine]:
        return self._content.routines

    @property
    def prompt(self) -> Reminder | None:
        """The reminder on screen, if any."""
        return self._flow.prompt

    @property
    def pause_window(self) -> PauseWindow | None:
        """The pause on screen, if any."""
        return self._flow.pause_window

    def now(self) -> datetime:
        return self._clock.now()

    @property
    def last_cue(self) -> Cue | None:
        return self._flow.last_cue

    @property
    def activation_token(self) -> str:
        """A notification's activation token kept for the pause about to open ("": none)."""
        return self._reminders.token

    @property
    def next_check_ms(self) -> int | None:
        """How far ahead the deadline timer was last aimed, or None while it is stopped."""
        return self.deadline.next_check_ms

    # -- the pause shortcut (a Windows global hotkey; elsewhere the desktop binds it) ------

    def connect_hotkey(self, hotkey: GlobalHotkey) -> None:
        keys = self._settings.pause_shortcut
        self._effects.connect_hotkey(hotkey, keys, lambda: self.pause_now("shortcut"))

    # -- the cue sources ----------------------------------------------------------------

    def connect_sources(self, sources: CueSources) -> None:
        """Listen to the platform's reports; each one is passed on and the rules re-run."""
        self._sources = sources
        wire_cue_sources(sources, self._scheduler, self.reschedule)

    # -- the deadline -------------------------------------------------------------------

    def _on_deadline(self) -> None:
        cue = self._scheduler.poll()
        if cue is not None:
            self.offer(cue)
        self.deadline.arm()
        self.refresh()

    def reschedule(self) -> None:
        """Re-check the clock now (after a wake-up or a settings change)."""
        self._on_deadline()

    def catch_up(self) -> None:
        """Re-check the clock before the schedule is shown (status, the tray menu).

        The timer runs on monotonic time, which stops during a suspend and ignores clock
        changes; until it fires (at most MAX_SLEEP later) the schedule shown could be a
        time that has passed, or more than an interval away after the clock went back.
        Polling the scheduler is cheap and changes nothing when nothing is due.
        """
        self._on_deadline()

    # -- what is on screen (the state machine: :mod:`.pause_flow`) ------------------------

    @property
    def window(self) -> str:
        """ "closed", "prompt" or "routine"."""
        return self._flow.window

    def routine_for(self, cue: Cue) -> str:
        return self._flow.routine_for(cue)

    def offer(self, cue: Cue) -> None:
        """A cue the scheduler let through: ask gently."""
        self._flow.offer(cue)

    def reminder_form(self) -> ReminderForm:
        """The form reminders take here (the window or a notification), chosen once."""
        return self._flow.reminder_form()

    def pause_now(self, source: str = "tray", routine_id: str | None = None) -> None:
        """Open a pause because the person asked for one (always allowed)."""
        self._flow.pause_now(source, routine_id)

    def close_day(self, source: str = "tray") -> None:
        """'Close the day': the end-of-day pause now, and no more reminders today."""
        self._flow.close_day(source)

    def close_windows(self) -> None:
        """Close every window of the session (a pause on screen is kept as skipped)."""
        self._flow.close_windows()
        self.windows.close_all()

    def dismiss(self) -> None:
        """Close the pause on screen, or skip the reminder, the way Skip or Esc would."""
        self._flow.dismiss()

    def snooze(self, minutes: int | None) -> datetime:
        return self._flow.snooze(minutes)

    def resume(self) -> None:
        self._flow.resume()

    # -- other windows ------------------------------------------------------------------

    def show_help(self) -> None:
        self.windows.show_help(self._flow.pause_window)

    def show_history(self) -> None:
        self.windows.show_history()

    def show_about(self) -> None:
        self.windows.show_about()

    def show_settings(self, tab: str | None = None) -> Any:
        """Open the settings dialog (only one at a time), on the tab of ``tab``'s group;
        None when settings cannot be changed in this session."""
        return self.windows.show_settings(tab)

    # -- settings -----------------------------------------------------------------------

    def apply_settings(self, new: Settings) -> None:
        """Use ``new`` from now on: the timer, the colours, the tray; the next pause's pace
        (what changes outside the reminder/pause state: :mod:`.settings_effects`)."""
        old, self._settings = self._settings, new
        self.recorder.settings = self.windows.settings = new
        if new == old:
            return
        log.info("settings changed")
        self._effects.apply(old, new)
        self.deadline.arm()
        self.refresh()

    def reload_settings(self) -> list[str]:
        """Read the settings file again (after ``steadypause config set``); its messages."""
        if self._store is None:
            raise CommandError(
                translate("Cli", "this Steady Pause was started without a settings file")
            )
        loaded = self._store.load()
        self.apply_settings(loaded.settings)
        return loaded.messages

    def reload_routines(self) -> None:
        """Read the person's routine folder again (before the Practices menu shows, and
        before a routine the session does not know is looked for)."""
        if self._content.reload_user():
            self.windows.routines = self._content.routines
            self.shell.set_practices(self._content.practices())

    def notify(self, text: str) -> None:
        """Tell the person something once, in the least intrusive way available."""
        self.shell.notify(text)

    def refresh(self) -> None:
        s = self._scheduler
        now = self._clock.now()
        # While only the reminder is up, the line says so, not that a pause is open.
        line = schedule_line(
            s.next_pause_at,
            s.snoozed_until,
            s.window_open,
            now,
            reminder=self.window == "prompt",
        )
        # After Close the day: when the reminders come back, not "No pause scheduled".
        line = line_while_closed(s, now, self._clock.local) or line
        self.shell.refresh(line, s.snoozed_until is not None)

    # -- the command channel ------------------------------------------------------------

    def status(self) -> dict[str, Any]:
        s = self._scheduler
        return {
            "version": __version__,
            "tray": self.tray_mode,
            "next_pause_at": _iso(s.next_pause_at),
            "snoozed_until": _iso(s.snoozed_until),
            "window": self.window,
            "last_cue": self.last_cue.to_json() if self.last_cue else None,
            "active_minutes": s.active_minutes,
            "cue_sources": self._sources.describe() if self._sources else {},
            "reminder": self.reminder_form().description,
        }

    def handle_command(self, cmd: str, args: dict[str, Any]) -> dict[str, Any]:
        return self.commands.handle(cmd, args)

    def widgets(self) -> list[QWidget]:
        """The app's own top-level windows that are open (for tests and benchmarks)."""
        prompt = self.prompt if isinstance(self.prompt, QWidget) else None
        w = self.windows
        shown = (
            prompt,
            self.pause_window,
            self.status_window,
            w.help,
            w.history,
            w.settings_dialog,
        )
        return [x for x in shown if x is not None]


def _iso(at: datetime | None) -> str | None:
    return at.isoformat(timespec="seconds") if at is not None else None
