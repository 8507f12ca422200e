"""The running app's behaviour: turns scheduler decisions into windows and answers commands.

Qt-aware but free of layout code: it owns the one single-shot timer aimed at the
scheduler's next deadline, decides which window is on screen (none, the prompt, or a
routine), and serves the command channel (``steadypause pause``, ``status`` …).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from datetime import time as dtime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from steadypause import APP_ID, DISPLAY_NAME, __version__, translations
from steadypause.core import history
from steadypause.core.clock import Clock
from steadypause.core.cues import Cue, CueKind
from steadypause.core.history import HistoryStore, Outcome, Record
from steadypause.core.i18n import translate
from steadypause.core.routine import Routine, RoutineError, load_builtin_routines
from steadypause.core.scheduler import (
    Action,
    Decision,
    Scheduler,
    SchedulerConfig,
    Why,
    parse_hours,
)
from steadypause.core.settings import WEEKDAYS, Settings, SettingsStore
from steadypause.core.tips import Tip, TipError, load_builtin_tips, tip_for
from steadypause.ipc import CommandError
from steadypause.platform.autostart import Autostart
from steadypause.platform.hotkey import GlobalHotkey
from steadypause.ui.tray import TrayIcon
from steadypause.ui.wording import clock_time, prompt_text, schedule_line

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
    from steadypause.ui.about import AboutDialog
    from steadypause.ui.history_view import HistoryWindow
    from steadypause.ui.pause_window import PauseWindow
    from steadypause.ui.settings_dialog import SettingsDialog
    from steadypause.ui.status_window import StatusWindow
    from steadypause.ui.support import SupportDialog

log = logging.getLogger(__name__)

TRAY_RECHECK_MS = 60_000


def scheduler_config(settings: Settings) -> SchedulerConfig:
    s = settings
    hours = tuple(parse_hours(getattr(s, f"hours_{day}")) for day in WEEKDAYS)
    return SchedulerConfig(
        work_minutes=s.work_minutes, later_minutes=s.later_minutes,
        day_start_hour=s.day_start_hour, away_minutes=s.away_minutes,
        lock_minutes=s.lock_minutes, cooldown_minutes=s.cooldown_minutes,
        busy_cap_minutes=s.busy_cap_minutes, work_timer=s.cue_work_timer, resume=s.cue_resume,
        unlock=s.cue_unlock, back_from_away=s.cue_back_from_away,
        start_of_day=s.cue_start_of_day, end_of_day=s.cue_end_of_day,
        end_of_day_at=dtime.fromisoformat(s.end_of_day_time), hours=hours)


# How an answer on the prompt is kept in the history.
_PROMPT_OUTCOMES = {"later": history.Outcome.LATER, "missed": history.Outcome.MISSED,
                    "skip": history.Outcome.SKIPPED}


@dataclass(frozen=True)
class _OpenPause:
    """What the history needs to know about the pause on screen."""

    cue: Cue
    prompted_at: datetime | None
    started_at: datetime


class Controller(QObject):
    windowChanged = Signal(str)   # "closed", "prompt" or "routine"
    # A sentence for the person, from any thread (the history's writer reports through it).
    notice = Signal(str)

    def __init__(self, clock: Clock, scheduler: Scheduler, settings: Settings,
                 routines: dict[str, Routine], history_store: HistoryStore | None = None,
                 parent: QObject | None = None, *,
                 store: SettingsStore | None = None,
                 autostart: Autostart | None = None,
                 tips: tuple[Tip, ...] = (),
                 notifications: Callable[[], NotificationChannel] | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._scheduler = scheduler
        self._settings = settings
        self._routines = routines
        self._history = history_store
        self._open_pause: _OpenPause | None = None
        self.notice.connect(self.notify)   # queued when emitted from another thread
        self._store = store          # None: settings cannot be changed in this session
        self._autostart = autostart
        self._settings_dialog: SettingsDialog | None = None
        self._tips = tips
        # The tip line moves on with every pause, and starts somewhere new each day.
        self._tip_turn = clock.now().toordinal()
        self._last_cue: Cue | None = None
        self._sources: CueSources | None = None
        self._hotkey: GlobalHotkey | None = None
        # The reminder on screen (the window, or a notification: reminders.py), and the form
        # reminders take, chosen when first needed and again after reminder_style changes.
        self._prompt: Reminder | None = None
        self._reminder_form: ReminderForm | None = None
        self._notifications = notifications
        self._activation_token = ""
        self._pause: PauseWindow | None = None
        self._help: SupportDialog | None = None
        self._history_window: HistoryWindow | None = None
        self._about: AboutDialog | None = None

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_deadline)

        self.tray = TrayIcon(self)
        self.tray.pauseRequested.connect(lambda: self.pause_now("tray"))
        self.tray.closeDayRequested.connect(lambda: self.close_day("tray"))
        self.tray.snoozeRequested.connect(self.snooze)
        self.tray.resumeRequested.connect(self.resume)
        self.tray.helpRequested.connect(self.show_help)
        self.tray.historyRequested.connect(self.show_history)
        self.tray.settingsRequested.connect(self.show_settings)
        self.tray.action_settings.setVisible(store is not None)
        self.tray.aboutRequested.connect(self.show_about)
        self.tray.quitRequested.connect(self.quit)
        self.tray.aboutToShowMenu.connect(self.catch_up)
        self.status_window: StatusWindow | None = None
        self._tray_check = QTimer(self)
        self._tray_check.setInterval(TRAY_RECHECK_MS)
        self._tray_check.timeout.connect(self._check_tray)

    # -- start and stop -----------------------------------------------------------------

    def start(self) -> None:
        self.tray.set_snooze_lengths(self._settings.snooze_minutes)
        if TrayIcon.available():
            self.tray.show()
            # bench/run_all.py reads this line to time the start-up from outside.
            log.info("tray icon shown (monotonic %.6f)", time.monotonic())
        else:
            self._use_fallback()
        self._arm()
        self.refresh()

    def quit(self) -> None:
        log.info("quitting")
        self._close_windows()
        if self._hotkey is not None:
            self._hotkey.stop()
        self.tray.dispose()
        # exit(), not quit(): quit() first asks every window to close, and the status
        # window refuses (closing it only minimises it), which would cancel quitting.
        QApplication.exit(0)

    @property
    def tray_mode(self) -> str:
        return "fallback" if self.status_window is not None else "available"

    def _use_fallback(self) -> None:
        log.warning("no system tray found; showing the status window instead")
        from steadypause.ui.status_window import StatusWindow


        window = StatusWindow()
        window.set_snooze_lengths(self._settings.snooze_minutes)
        # "status window" is the cue's detail, a source tag like "tray" or "cli".
        window.pauseRequested.connect(
            lambda: self.pause_now("status window"))  # i18n-exempt: a source tag
        window.snoozeRequested.connect(self.snooze)
        window.resumeRequested.connect(self.resume)
        window.helpRequested.connect(self.show_help)
        window.historyRequested.connect(self.show_history)
        window.settingsRequested.connect(self.show_settings)
        window.settings_button.setVisible(self._store is not None)
        window.quitRequested.connect(self.quit)
        self.status_window = window
        self.refresh()
        window.show()
        self._tray_check.start()

    def _check_tray(self) -> None:
        if self.status_window is not None and TrayIcon.available():
            log.info("a system tray appeared; moving there")
            self._tray_check.stop()
            self.tray.show()
            log.info("tray icon shown (monotonic %.6f)", time.monotonic())
            self.status_window.hide()
            self.status_window.deleteLater()
            self.status_window = None
            self.refresh()

    # -- the pause shortcut (a Windows global hotkey; elsewhere the desktop binds it) ------

    def connect_hotkey(self, hotkey: GlobalHotkey) -> None:
        self._hotkey = hotkey
        hotkey.activated.connect(lambda: self.pause_now("shortcut"))
        self._register_hotkey()

    def _register_hotkey(self) -> None:
        if self._hotkey is not None and self._hotkey.is_available():
            problem = self._hotkey.register(self._settings.pause_shortcut)
            if problem:   # the keys are taken, or cannot be used: nothing was taken
                self.notify(problem)

    # -- the cue sources ----------------------------------------------------------------

    def connect_sources(self, sources: CueSources) -> None:
        """Listen to the platform's reports; each one is passed on and the rules re-run."""
        self._sources = sources
        a = self._scheduler.activity
        clock_gap = sources.clock_gap

        def then(action: Any) -> Any:
            def handler(*args: Any) -> None:
                action(*args)
                self.reschedule()
            return handler

        def sleeping() -> None:
            getattr(clock_gap, "announced_sleep", lambda: None)()
            a.sleep()

        def woke() -> None:
            getattr(clock_gap, "announced_wake", lambda: None)()
            a.wake()

        sources.power.sleeping.connect(then(sleeping))
        sources.power.woke.connect(then(woke))
        sources.clock_gap.slept.connect(then(a.slept_for))
        sources.lock.lockedChanged.connect(then(lambda locked: a.lock() if locked
                                                else a.unlock()))
        sources.idle.idleStarted.connect(then(a.idle))
        sources.idle.inputAgain.connect(then(a.input))
        sources.busy.busyChanged.connect(then(self._scheduler.set_busy))
        # Full screen reports nothing by itself: the scheduler asks before it shows a prompt.
        busy_now = getattr(sources.busy, "busy_now", None)
        if sources.busy.is_available() and busy_now is not None:
            self._scheduler.set_busy_check(busy_now)

    # -- the deadline -------------------------------------------------------------------

    def _arm(self) -> None:
        wake = self._scheduler.wake_at()
        if wake is None:
            self._timer.stop()
            return
        ms = max(0, int((wake - self._clock.now()).total_seconds() * 1000))
        self._timer.start(ms)
        log.debug("next check in %.1f min", ms / 60000)

    def _on_deadline(self) -> None:
        cue = self._scheduler.poll()
        if cue is not None:
            self.offer(cue)
        self._arm()
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
        s = self._settings
        return {CueKind.WORK_TIMER: s.timer_routine, CueKind.MANUAL: s.manual_routine,
                CueKind.END_OF_DAY: s.end_of_day_routine}.get(cue.kind, s.transition_routine)

    def offer(self, cue: Cue) -> None:
        """A cue the scheduler let through: ask gently."""
        self._last_cue = cue
        if self._settings.prompt_style == "direct":
            self._open_routine(self._settings.timer_routine, cue, prompted_at=cue.at)
            return
        heading, reason = prompt_text(cue, self._settings.work_minutes)
        prompt = self.reminder_form().create(
            heading, reason, later_minutes=self._settings.later_minutes,
            timeout_ms=self._settings.prompt_timeout_seconds * 1000)
        prompt.answered.connect(lambda answer: self._prompt_answered(prompt, cue, answer))
        self._prompt = prompt
        prompt.present(self.tray.geometry() if self.status_window is None else None)
        self.windowChanged.emit(self.window)

    def reminder_form(self) -> ReminderForm:
        """The form reminders take here (the window or a notification), chosen once."""
        if self._reminder_form is None:
            from PySide6.QtGui import QGuiApplication

            from steadypause.reminders import choose

            self._reminder_form = choose(self._settings.reminder_style,
                                         QGuiApplication.platformName(),
                                         self._notifications or self._session_notifications)
            channel = getattr(self._reminder_form, "channel", None)
            if channel is not None:
                channel.on_activation_token(self._use_activation_token)
        return self._reminder_form

    @staticmethod
    def _session_notifications() -> NotificationChannel:
        from steadypause.platform.notification_reminder import for_this_session

        return for_this_session(APP_ID)

    def _use_activation_token(self, token: str) -> None:
        """The notification server's activation token, sent just before the action: kept
        for the pause window if the answer is Start (see _prompt_answered)."""
        self._activation_token = token

    def _prompt_answered(self, prompt: Reminder, cue: Cue, answer: str) -> None:
        if self._prompt is not prompt:
            return   # a reminder already dismissed (a pause started) answering late
        self._prompt = None
        token, self._activation_token = self._activation_token, ""
        if getattr(prompt, "refused", False):
            # The notification server went away or refused it: choose again next time (the
            # window, if there is no server now).
            log.warning("the reminder could not be shown as a notification; choosing again")
            self._reminder_form = None
        if answer == "start":
            if token:
                # Qt's Wayland plugin reads the token from the environment when the pause
                # window asks to be activated (and then unsets it), and the compositor gives
                # that window the focus the person asked for (docs/adr/010).
                os.environ["XDG_ACTIVATION_TOKEN"] = token
            self._open_routine(self.routine_for(cue), cue, prompted_at=cue.at)
            return
        self.record_prompt(cue, _PROMPT_OUTCOMES.get(answer, history.Outcome.SKIPPED))
        outcome = {"later": Outcome.LATER, "missed": Outcome.MISSED}.get(answer, Outcome.SKIPPED)
        self._settle(outcome)

    def pause_now(self, source: str = "tray") -> None:
        """Open a pause because the person asked for one (always allowed)."""
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
        self._timer.stop()
        if answered is not None:
            self._open_routine(self._settings.manual_routine, answered,
                               prompted_at=answered.at)
        else:
            self._open_routine(self._settings.manual_routine, self._last_cue)

    def close_day(self, source: str = "tray") -> None:
        """'Close the day': the end-of-day pause now, and no more reminders today."""
        if self._pause is not None:
            self._pause.show_centred()
            return
        if self._prompt is not None:
            self._prompt.dismiss()
            self._prompt = None
            if self._last_cue is not None:
                self.record_prompt(self._last_cue, history.Outcome.SKIPPED)
        self._last_cue = self._scheduler.close_day(source)
        self._timer.stop()
        self._open_routine(self.routine_for(self._last_cue), self._last_cue)

    def _open_routine(self, routine_id: str, cue: Cue,
                      prompted_at: datetime | None = None) -> None:
        from steadypause.ui.pause_window import PauseOptions, PauseWindow

        routine = self._routines.get(routine_id) or self._routines["full"]
        tip = tip_for(self._tips, self._tip_turn, routine.id)
        self._tip_turn += 1
        try:
            window = PauseWindow(routine, PauseOptions.from_settings(self._settings, tip),
                                 checkin=self._history is not None)
        except Exception:
            # A bug, never the person's doing: say so once, and let the reminders go on
            # (otherwise the scheduler would wait for a pause that never closes).
            log.exception("the pause window could not be opened")
            self._settle(Outcome.SKIPPED)
            self.notify(translate("Notice", "The pause could not be opened, because of a fault "
                                            "in Steady Pause (the details are in its log). "
                                            "Reminders carry on as usual."))
            return
        self._open_pause = _OpenPause(cue, prompted_at, self._clock.now())
        window.closed.connect(self._pause_closed)
        window.helpRequested.connect(self.show_help)
        self._pause = window
        window.show_centred()
        self.windowChanged.emit(self.window)
        self.refresh()

    def _pause_closed(self, outcome: str, steps_reached: int) -> None:
        log.info("pause ended: %s (%d steps)", outcome, steps_reached)
        self._record_pause(history.Outcome(outcome), steps_reached)
        self._pause = None
        self._settle(Outcome.COMPLETED if outcome == "completed" else Outcome.SKIPPED)

    # -- history ------------------------------------------------------------------------

    def record_prompt(self, cue: Cue, outcome: history.Outcome) -> None:
        """Keep a cue that did not become a pause (skipped, later, snoozed, missed, or
        deferred-out when the person stayed busy past the deferral cap)."""
        if self._history is None:
            return
        self._history.record(Record.for_prompt(cue, outcome, self._clock.now(),
                                               self.routine_for(cue)))

    def on_decision(self, decision: Decision) -> None:
        """The scheduler's account of each cue (app.py wires it): a cue let go after the
        person stayed busy past the cap is kept as deferred-out; other drops (cooldown,
        outside hours, merged) were never meant to be seen and are not kept."""
        if decision.action is Action.DROP and decision.reason == Why.DEFERRED_OUT:
            self.record_prompt(decision.cue, history.Outcome.DEFERRED_OUT)

    def _record_pause(self, outcome: history.Outcome, steps_reached: int) -> None:
        window, opened = self._pause, self._open_pause
        self._open_pause = None
        if self._history is None or window is None or opened is None:
            return
        before, after = window.checkins()
        self._history.record(Record(
            cue=str(opened.cue.kind), cue_detail=opened.cue.detail,
            routine=window.routine.id, prompted_at=opened.prompted_at,
            started_at=opened.started_at, ended_at=self._clock.now(), outcome=outcome,
            steps_reached=steps_reached, steps_total=len(window.routine.steps),
            checkin_before=before, checkin_after=after,
            # Only with journaling on is anything typed or picked kept.
            journal=window.entries_to_keep()))

    def _settle(self, outcome: Outcome) -> None:
        self._scheduler.settle(outcome)
        self._arm()
        self.refresh()
        self.windowChanged.emit(self.window)

    def _close_windows(self) -> None:
        if self._prompt is not None:
            self._prompt.dismiss()
            self._prompt = None
        if self._pause is not None:
            self._pause.closed.disconnect(self._pause_closed)
            self._record_pause(history.Outcome.SKIPPED, self._pause.steps_reached)
            self._pause.close()
            self._pause = None
        for w in (self._help, self._about, self._history_window, self._settings_dialog):
            if w is not None:
                w.close()

    # -- snooze -------------------------------------------------------------------------

    def snooze(self, minutes: int | None) -> datetime:
        if self._prompt is not None:
            self._prompt.dismiss()
            self._prompt = None
            if self._last_cue is not None:
                self.record_prompt(self._last_cue, history.Outcome.SNOOZED)
            self._scheduler.settle(Outcome.SKIPPED)
        if minutes is None:
            until = self._scheduler.snooze_until_tomorrow()
        else:
            until = self._scheduler.snooze(minutes)
        log.info("snoozed until %s", until.isoformat())
        self._arm()
        self.refresh()
        return until

    def resume(self) -> None:
        self._scheduler.resume()
        self._arm()
        self.refresh()

    # -- other windows ------------------------------------------------------------------

    def show_help(self) -> None:
        if self._help is None:
            from steadypause.ui.support import SupportDialog

            self._help = SupportDialog(self._settings.contacts, self._pause)
            self._help.destroyed.connect(lambda: setattr(self, "_help", None))
        self._help.show()
        self._help.raise_()
        self._help.activateWindow()

    def show_history(self) -> None:
        if self._history_window is None:
            path = self._history.path if self._history is not None else history.default_path()
            from steadypause.ui.history_view import HistoryWindow

            window = HistoryWindow(path, lambda: self._clock.now().date(), self._history,
                                   routine_titles={rid: r.title
                                                   for rid, r in self._routines.items()})
            window.destroyed.connect(lambda: setattr(self, "_history_window", None))
            self._history_window = window
        else:
            self._history_window.reload()
        self._history_window.show()
        self._history_window.raise_()
        self._history_window.activateWindow()

    def show_about(self) -> None:
        if self._about is None:
            from steadypause.ui.about import show_about


            self._about = show_about()
            self._about.destroyed.connect(lambda: setattr(self, "_about", None))
        else:
            self._about.raise_()
            self._about.activateWindow()

    # -- settings -----------------------------------------------------------------------

    @property
    def settings(self) -> Settings:
        return self._settings

    def show_settings(self, tab: str | None = None) -> SettingsDialog | None:
        """Open the settings dialog (only one at a time), on the tab of ``tab``'s group."""
        if self._store is None or self._autostart is None:
            return None
        if self._settings_dialog is None:
            loaded = self._store.load()
            from PySide6.QtCore import Qt

            from steadypause.ui.settings_dialog import SettingsDialog

            dialog = SettingsDialog(loaded, self._store, self._autostart)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            dialog.applied.connect(self.apply_settings)
            dialog.destroyed.connect(lambda: self._forget_settings_dialog(dialog))
            self._settings_dialog = dialog
        dialog = self._settings_dialog
        if tab in dialog.tab_pages:
            dialog.tabs.setCurrentWidget(dialog.tab_pages[tab])
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        return dialog

    def apply_settings(self, new: Settings) -> None:
        """Use ``new`` from now on: the timer, the colours, the tray; the next pause's pace."""
        old, self._settings = self._settings, new
        if new == old:
            return
        log.info("settings changed")
        self._scheduler.configure(scheduler_config(new))
        if new.pause_shortcut != old.pause_shortcut:
            self._register_hotkey()
        if new.snooze_minutes != old.snooze_minutes:
            self.tray.set_snooze_lengths(new.snooze_minutes)
            if self.status_window is not None:
                self.status_window.set_snooze_lengths(new.snooze_minutes)
        if new.theme != old.theme:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                from steadypause.ui import theme

                theme.apply(app, new.theme)
        if new.language != old.language:
            self._use_language(new.language)
        if new.reminder_style != old.reminder_style:
            self._reminder_form = None   # chosen again for the next reminder
        self._arm()
        self.refresh()

    def _use_language(self, setting: str) -> None:
        """Speak the language ``setting`` asks for from now on: the tray and the status window
        at once, every window opened afterwards, and the next pause's routine and tip (the
        built-in ones are translated as they load). ``refresh`` redoes the schedule line."""
        language = translations.install(setting)
        log.info("language %s (setting %r)", language, setting)
        try:
            self._routines = {**self._routines, **load_builtin_routines()}
            if self._tips:
                self._tips = load_builtin_tips()
        except (RoutineError, TipError):   # loaded fine at start: a packaging bug
            log.exception("the built-in routines or tips could not be loaded again")
        self.tray.retranslate()
        if self.status_window is not None:
            self.status_window.retranslate()
        # The language is usually changed in Settings itself: after Apply the dialog comes
        # back on the same tab in the new language. After OK it is closing by the time this
        # runs, and stays closed; a form with edits not saved yet (the language was changed
        # from the command line meanwhile) is left as it is, so nothing typed is lost.
        dialog = self._settings_dialog
        if dialog is not None:
            tab = next((name for name, page in dialog.tab_pages.items()
                        if page is dialog.tabs.currentWidget()), None)
            QTimer.singleShot(0, lambda: self._reopen_settings(dialog, tab))

    def _forget_settings_dialog(self, dialog: SettingsDialog) -> None:
        if self._settings_dialog is dialog:   # not one opened since, in its place
            self._settings_dialog = None

    def _reopen_settings(self, dialog: SettingsDialog, tab: str | None) -> None:
        if self._settings_dialog is not dialog or not dialog.isVisible():
            return
        if dialog.problems() or Settings(**dialog.values()) != self._settings:
            return   # edits not saved yet
        position = dialog.pos()
        dialog.close()
        self._settings_dialog = None
        reopened = self.show_settings(tab)
        if reopened is not None:
            reopened.move(position)

    def reload_settings(self) -> list[str]:
        """Read the settings file again (after ``steadypause config set``); its messages."""
        if self._store is None:
            raise CommandError(
                translate("Cli", "this Steady Pause was started without a settings file"))
        loaded = self._store.load()
        self.apply_settings(loaded.settings)
        return loaded.messages

    def notify(self, text: str) -> None:
        """Tell the person something once, in the least intrusive way available."""
        log.info("notice: %s", text)
        if self.status_window is None and TrayIcon.available():
            self.tray.notify(DISPLAY_NAME, text)
            return
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox  # only without a tray; like the windows

        box = QMessageBox(QMessageBox.Icon.Information, DISPLAY_NAME, text,
                          QMessageBox.StandardButton.Ok, self.status_window)
        box.setObjectName("noticeBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.setModal(False)
        box.show()

    def refresh(self) -> None:
        s = self._scheduler
        # While only the reminder is up, the line says so, not that a pause is open.
        line = schedule_line(s.next_pause_at, s.snoozed_until, s.window_open, self._clock.now(),
                             reminder=self._prompt is not None and self._pause is None)
        snoozed = s.snoozed_until is not None
        self.tray.refresh(line, snoozed)
        if self.status_window is not None:
            self.status_window.refresh(line, snoozed)

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
        if cmd == "status":
            self.catch_up()
            # A tray that appeared since the last look (every TRAY_RECHECK_MS) counts now:
            # the status answered is the one the person sees, and tests need not wait.
            self._check_tray()
            return self.status()
        if cmd == "pause":
            source = args.get("source", "cli")
            self.pause_now(source if isinstance(source, str) else "cli")
            return self.status()
        if cmd == "snooze":
            if args.get("until") == "tomorrow":
                until = self.snooze(None)
            else:
                minutes = args.get("minutes")
                if not isinstance(minutes, int) or isinstance(minutes, bool) \
                        or not 1 <= minutes <= 1440:
                    raise CommandError(translate(
                        "Cli", "snooze needs minutes from 1 to 1440, or 'tomorrow'"))
                until = self.snooze(minutes)
            message = translate("Cli", "Snoozed until {time}").format(
                time=clock_time(until, self._clock.now()))
            return {**self.status(), "message": message}
        if cmd == "close-day":
            self.close_day("cli")
            return self.status()
        if cmd == "resume":
            self.resume()
            return self.status()
        if cmd == "timer-now":
            # Not in the CLI's help: lets screenshots, benchmarks and tests see the real
            # work-timer prompt without waiting an hour.
            self._scheduler.due_now()
            self.reschedule()
            return self.status()
        if cmd == "show-history":
            # Not in the CLI's help either (the CLI prints history itself): lets screenshots
            # and benchmarks open the History window without clicking through the menu.
            days = args.get("days")
            self.show_history()
            from steadypause.ui.history_view import RANGES

            if days in RANGES and self._history_window is not None:
                self._history_window.set_days(days)
            return self.status()
        if cmd == "reload-settings":
            messages = self.reload_settings()
            return {**self.status(), "messages": messages}
        if cmd == "open-settings":
            # Not in the CLI's help: lets screenshots and tests open the dialog on a tab.
            tab = args.get("tab")
            if self.show_settings(tab if isinstance(tab, str) else None) is None:
                raise CommandError(translate("Cli", "settings cannot be changed in this session"))
            return self.status()
        if cmd == "dismiss":
            # Not in the CLI's help either: closes the prompt or the pause on screen the
            # way Skip or Esc would, so benchmarks and tests can cycle them.
            if self._pause is not None:
                self._pause.close()
            elif self._prompt is not None:
                self._prompt.skip()
            return self.status()
        if cmd == "layout":
            # Not in the CLI's help: what overlaps or is cut in each open window, as the
            # real-desktop tests check it on a real compositor (ui/layout_audit.py).
            from steadypause.ui.layout_audit import layout_report

            return {**self.status(), **layout_report()}
        if cmd == "quit":
            QTimer.singleShot(0, self.quit)
            return {"quitting": True}
        raise CommandError(translate("Cli", "unknown command '{command}'").format(command=cmd))

    def widgets(self) -> list[QWidget]:
        """The app's own top-level windows that are open (for tests and benchmarks)."""
        prompt = self._prompt if isinstance(self._prompt, QWidget) else None
        return [w for w in (prompt, self._pause, self.status_window, self._help,
                            self._history_window, self._settings_dialog) if w is not None]


def _iso(at: datetime | None) -> str | None:
    return at.isoformat(timespec="seconds") if at is not None else None
