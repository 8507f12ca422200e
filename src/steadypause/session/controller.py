"""The prompt/pause state machine: turns scheduler decisions into what is on screen.

Qt-aware but free of layout code. It decides which window is up (none, the reminder, or a
pause), answers the reminder and the pause's end, snoozes, closes the day, and applies
changed settings. The timer (:mod:`.deadline`), the tray or status window (:mod:`.shell`),
the other windows (:mod:`.windows`), the history (:mod:`.recorder`) and the command
channel (:mod:`.commands`) are its collaborators (docs/adr/001).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from steadypause import __version__, translations
from steadypause.core import cues
from steadypause.core.clock import Clock
from steadypause.core.closed_day import closed_day_line, reminders_back_at
from steadypause.core.cues import Cue
from steadypause.core.history import HistoryStore, Outcome
from steadypause.core.i18n import translate
from steadypause.core.routine import Routine, RoutineError, load_builtin_routines
from steadypause.core.routine_library import RoutineLibrary
from steadypause.core.scheduler import Scheduler
from steadypause.core.settings import Settings, SettingsStore
from steadypause.core.tips import Tip, TipError, load_builtin_tips, tip_for
from steadypause.core.wording import prompt_text, schedule_line
from steadypause.ipc import CommandError
from steadypause.platform.autostart import Autostart
from steadypause.platform.hotkey import GlobalHotkey
from steadypause.reminders import Answer
from steadypause.session.commands import CommandTable, register_commands, wants_test_commands
from steadypause.session.cue_wiring import wire_cue_sources
from steadypause.session.deadline import Deadline, Timer
from steadypause.session.recorder import Recorder
from steadypause.session.reminder_choice import ReminderChoice
from steadypause.session.scheduler_config import scheduler_config
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
    from steadypause.ui.tray import Practice, TrayIcon

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
        self._routines = routines
        # The built-in routines and the person's own folder; None: ``routines`` only.
        self._library = library
        self._tips = tips
        # The tip line moves on with every pause, and starts somewhere new each day.
        self._tip_turn = clock.now().toordinal()
        self._last_cue: Cue | None = None
        self._sources: CueSources | None = None
        self._hotkey: GlobalHotkey | None = None
        # The reminder on screen (the window, or a notification), and the form they take.
        self._prompt: Reminder | None = None
        self._reminders = ReminderChoice(notifications)
        self._pause: PauseWindow | None = None

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
        self.shell.set_practices(_practices(self._routines))
        self.shell.start()
        self.deadline.arm()
        self.refresh()

    def quit(self) -> None:
        log.info("quitting")
        self.close_windows()
        if self._hotkey is not None:
            self._hotkey.stop()
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
        return self._routines

    @property
    def prompt(self) -> Reminder | None:
        """The reminder on screen, if any."""
        return self._prompt

    @property
    def pause_window(self) -> PauseWindow | None:
        """The pause on screen, if any."""
        return self._pause

    def now(self) -> datetime:
        return self._clock.now()

    @property
    def last_cue(self) -> Cue | None:
        return self._last_cue

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
        self._hotkey = hotkey
        hotkey.activated.connect(lambda: self.pause_now("shortcut"))
        self._register_hotkey()

    def _register_hotkey(self) -> None:
        if self._hotkey is not None and self._hotkey.is_available():
            problem = self._hotkey.register(self._settings.pause_shortcut)
            if problem:  # the keys are taken, or cannot be used: nothing was taken
                self.notify(problem)

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

    # -- what is on screen ------------------------------------------------------------

    @property
    def window(self) -> str:
        if self._pause is not None:
            return "routine"
        if self._prompt is not None:
            return "prompt"
        return "closed"

    def routine_for(self, cue: Cue) -> str:
        return cues.routine_for(cue.kind, self._settings)

    def offer(self, cue: Cue) -> None:
        """A cue the scheduler let through: ask gently."""
        self._last_cue = cue
        if self._settings.prompt_style == "direct":  # the cue's own routine, as Start opens
            self._open_routine(self.routine_for(cue), cue, prompted_at=cue.at)
            return
        heading, reason = prompt_text(cue, self._settings.work_minutes)
        prompt = self.reminder_form().create(
            heading,
            reason,
            later_minutes=self._settings.later_minutes,
            timeout_ms=self._settings.prompt_timeout_seconds * 1000,
        )
        prompt.answered.connect(lambda answer: self._prompt_answered(prompt, cue, Answer(answer)))
        self._prompt = prompt
        prompt.present(self.shell.anchor())
        self.windowChanged.emit(self.window)

    def reminder_form(self) -> ReminderForm:
        """The form reminders take here (the window or a notification), chosen once."""
        return self._reminders.form(self._settings.reminder_style)

    def _prompt_answered(self, prompt: Reminder, cue: Cue, answer: Answer) -> None:
        if self._prompt is not prompt:
            return  # a reminder already dismissed (a pause started) answering late
        self._prompt = None
        token = self._reminders.take_token()
        if getattr(prompt, "refused", False):
            # The notification server went away or refused it: choose again next time (the
            # window, if there is no server now).
            log.warning("the reminder could not be shown as a notification; choosing again")
            self._reminders.choose_again()
        outcome = answer.outcome
        if outcome is None:  # Start
            if token:
                # Qt's Wayland plugin reads the token from the environment when the pause
                # window asks to be activated (and then unsets it), and the compositor gives
                # that window the focus the person asked for (docs/adr/010).
                os.environ["XDG_ACTIVATION_TOKEN"] = token
            self._open_routine(self.routine_for(cue), cue, prompted_at=cue.at)
            return
        self.recorder.prompt(cue, outcome)
        self._settle(outcome)

    def pause_now(self, source: str = "tray", routine_id: str | None = None) -> None:
        """Open a pause because the person asked for one (always allowed): ``routine_id``,
        or the one 'Pause now' opens. With a pause already open, that one comes forward."""
        if self._pause is not None:
            self._pause.show_centred()
            return
        answered: Cue | None = None
        if self._prompt is not None:
            # Asking for a pause while a prompt is up answers that prompt.
            self._prompt.dismiss()
            self._prompt = None
            answered = self._last_cue
        self._last_cue = self._scheduler.manual(source)
        self.deadline.stop()
        routine = routine_id or self._settings.manual_routine
        if answered is not None:
            self._open_routine(routine, answered, prompted_at=answered.at)
        else:
            self._open_routine(routine, self._last_cue)

    def close_day(self, source: str = "tray") -> None:
        """'Close the day': the end-of-day pause now, and no more reminders today."""
        if self._pause is not None:
            self._pause.show_centred()
            return
        if self._prompt is not None:
            self._prompt.dismiss()
            self._prompt = None
            if self._last_cue is not None:
                self.recorder.prompt(self._last_cue, Outcome.SKIPPED)
        self._last_cue = self._scheduler.close_day(source)
        self.deadline.stop()
        self._open_routine(self.routine_for(self._last_cue), self._last_cue)

    def _open_routine(self, routine_id: str, cue: Cue, prompted_at: datetime | None = None) -> None:
        from steadypause.ui.pause_window import PauseOptions, PauseWindow

        routine = self._routines.get(routine_id) or self._routines["full"]
        tip = tip_for(self._tips, self._tip_turn, routine.id)
        self._tip_turn += 1
        try:
            window = PauseWindow(
                routine,
                PauseOptions.from_settings(self._settings, tip),
                checkin=self.recorder.keeping,
            )
        except Exception:
            # A bug, never the person's doing: say so once, and let the reminders go on
            # (otherwise the scheduler would wait for a pause that never closes).
            log.exception("the pause window could not be opened")
            self._settle(Outcome.SKIPPED)
            self.notify(
                translate(
                    "Notice",
                    "The pause could not be opened, because of a fault "
                    "in Steady Pause (the details are in its log). "
                    "Reminders carry on as usual.",
                )
            )
            return
        self.recorder.pause_opened(cue, prompted_at)
        window.closed.connect(self._pause_closed)
        window.helpRequested.connect(self.show_help)
        self._pause = window
        window.show_centred()
        self.windowChanged.emit(self.window)
        self.refresh()

    def _pause_closed(self, ended: str, steps_reached: int) -> None:
        outcome = Outcome(ended)  # "completed" or "skipped"
        log.info("pause ended: %s (%d steps)", outcome, steps_reached)
        if self._pause is not None:
            self.recorder.pause_ended(self._pause, outcome, steps_reached)
        self._pause = None
        self._settle(outcome)

    def _settle(self, outcome: Outcome) -> None:
        self._scheduler.settle(outcome)
        self.deadline.arm()
        self.refresh()
        self.windowChanged.emit(self.window)

    def close_windows(self) -> None:
        """Close every window of the session (a pause on screen is kept as skipped)."""
        if self._prompt is not None:
            self._prompt.dismiss()
            self._prompt = None
        if self._pause is not None:
            self._pause.closed.disconnect(self._pause_closed)
            self.recorder.pause_ended(self._pause, Outcome.SKIPPED, self._pause.steps_reached)
            self._pause.close()
            self._pause = None
        self.windows.close_all()

    def dismiss(self) -> None:
        """Close the pause on screen, or skip the reminder, the way Skip or Esc would."""
        if self._pause is not None:
            self._pause.close()
        elif self._prompt is not None:
            self._prompt.skip()

    # -- snooze -------------------------------------------------------------------------

    def snooze(self, minutes: int | None) -> datetime:
        if self._prompt is not None:
            self._prompt.dismiss()
            self._prompt = None
            if self._last_cue is not None:
                self.recorder.prompt(self._last_cue, Outcome.SNOOZED)
            self._scheduler.settle(Outcome.SKIPPED)
        if minutes is None:
            until = self._scheduler.snooze_until_tomorrow()
        else:
            until = self._scheduler.snooze(minutes)
        log.info("snoozed until %s", until.isoformat())
        self.deadline.arm()
        self.refresh()
        return until

    def resume(self) -> None:
        self._scheduler.resume()
        self.deadline.arm()
        self.refresh()

    # -- other windows ------------------------------------------------------------------

    def show_help(self) -> None:
        self.windows.show_help(self._pause)

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
        """Use ``new`` from now on: the timer, the colours, the tray; the next pause's pace."""
        old, self._settings = self._settings, new
        self.recorder.settings = self.windows.settings = new
        if new == old:
            return
        log.info("settings changed")
        self._scheduler.configure(scheduler_config(new))
        if new.pause_shortcut != old.pause_shortcut:
            self._register_hotkey()
        if new.snooze_minutes != old.snooze_minutes:
            self.shell.set_snooze_lengths(new.snooze_minutes)
        if new.theme != old.theme:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                from steadypause.ui import theme

                theme.apply(app, new.theme)
        if new.language != old.language:
            self._use_language(new.language)
        if new.reminder_style != old.reminder_style:
            self._reminders.choose_again()  # for the next reminder
        self.deadline.arm()
        self.refresh()

    def _use_language(self, setting: str) -> None:
        """Speak the language ``setting`` asks for from now on: the tray and the status window
        at once, every window opened afterwards, and the next pause's routine and tip (the
        built-in ones are translated as they load). ``refresh`` redoes the schedule line."""
        language = translations.install(setting)
        log.info("language %s (setting %r)", language, setting)
        try:
            if self._library is not None:
                self._library.retranslate()
                self._use_routines(self._library.routines)
            else:
                self._use_routines({**self._routines, **load_builtin_routines()})
            if self._tips:
                self._tips = load_builtin_tips()
        except (RoutineError, TipError):  # loaded fine at start: a packaging bug
            log.exception("the built-in routines or tips could not be loaded again")
        self.shell.retranslate()
        self.windows.reopen_settings_soon()

    def reload_routines(self) -> None:
        """Read the person's routine folder again (before the Practices menu shows, and
        before a routine the session does not know is looked for)."""
        if self._library is not None and self._library.reload():
            self._use_routines(self._library.routines)

    def _use_routines(self, routines: dict[str, Routine]) -> None:
        self._routines = routines
        self.windows.routines = routines
        self.shell.set_practices(_practices(routines))

    def reload_settings(self) -> list[str]:
        """Read the settings file again (after ``steadypause config set``); its messages."""
        if self._store is None:
            raise CommandError(
                translate("Cli", "this Steady Pause was started without a settings file")
            )
        loaded = self._store.load()
        self.apply_settings(loaded.settings)
        return loaded.messages

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
            reminder=self._prompt is not None and self._pause is None,
        )
        if s.day_closed == now.date() and not s.window_open and s.snoozed_until is None:
            # After Close the day: when the reminders come back, not "No pause scheduled".
            back = reminders_back_at(s.config.hours, now.date(), self._clock.local)
            line = closed_day_line(back, now)
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
            "last_cue": self._last_cue.to_json() if self._last_cue else None,
            "active_minutes": s.active_minutes,
            "cue_sources": self._sources.describe() if self._sources else {},
            "reminder": self.reminder_form().description,
        }

    def handle_command(self, cmd: str, args: dict[str, Any]) -> dict[str, Any]:
        return self.commands.handle(cmd, args)

    def widgets(self) -> list[QWidget]:
        """The app's own top-level windows that are open (for tests and benchmarks)."""
        prompt = self._prompt if isinstance(self._prompt, QWidget) else None
        w = self.windows
        return [
            x
            for x in (prompt, self._pause, self.status_window, w.help, w.history, w.settings_dialog)
            if x is not None
        ]


def _practices(routines: dict[str, Routine]) -> list[Practice]:
    return [(r.id, r.title, r.duration) for r in routines.values()]


def _iso(at: datetime | None) -> str | None:
    return at.isoformat(timespec="seconds") if at is not None else None
