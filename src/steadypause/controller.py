"""The running app's behaviour: turns scheduler decisions into windows and answers commands.

Qt-aware but free of layout code: it owns the one single-shot timer aimed at the
scheduler's next deadline, decides which window is on screen (none, the prompt, or a
routine), and serves the command channel (``steadypause pause``, ``status`` …).
"""

from __future__ import annotations

import logging
import time
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from steadypause import DISPLAY_NAME, __version__
from steadypause.core.clock import Clock
from steadypause.core.cues import Cue
from steadypause.core.routine import Routine
from steadypause.core.scheduler import Outcome, Scheduler, SchedulerConfig
from steadypause.core.settings import Settings
from steadypause.ipc import CommandError
from steadypause.ui.tray import TrayIcon
from steadypause.ui.wording import clock_time, prompt_text, schedule_line

# The windows are imported where they are first opened, not at start: most of the day
# nothing but the tray is on screen, and their modules (and the Qt classes they wrap)
# cost several MB and ~20 ms of start-up (bench/RESULTS.md).
if TYPE_CHECKING:
    from steadypause.ui.pause_window import PauseWindow
    from steadypause.ui.prompt import PromptWindow
    from steadypause.ui.status_window import StatusWindow
    from steadypause.ui.support import SupportDialog

log = logging.getLogger(__name__)

TRAY_RECHECK_MS = 60_000


def scheduler_config(settings: Settings) -> SchedulerConfig:
    return SchedulerConfig(work_minutes=settings.work_minutes,
                           later_minutes=settings.later_minutes,
                           day_start_hour=settings.day_start_hour)


class Controller(QObject):
    windowChanged = Signal(str)   # "closed", "prompt" or "routine"

    def __init__(self, clock: Clock, scheduler: Scheduler, settings: Settings,
                 routines: dict[str, Routine], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._scheduler = scheduler
        self._settings = settings
        self._routines = routines
        self._last_cue: Cue | None = None
        self._prompt: PromptWindow | None = None
        self._pause: PauseWindow | None = None
        self._help: SupportDialog | None = None
        self._about: QMessageBox | None = None

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_deadline)

        self.tray = TrayIcon(self)
        self.tray.pauseRequested.connect(lambda: self.pause_now("tray"))
        self.tray.snoozeRequested.connect(self.snooze)
        self.tray.resumeRequested.connect(self.resume)
        self.tray.helpRequested.connect(self.show_help)
        self.tray.aboutRequested.connect(self.show_about)
        self.tray.quitRequested.connect(self.quit)
        self.tray.aboutToShowMenu.connect(self.catch_up)
        self.status_window: StatusWindow | None = None
        self._tray_check = QTimer(self)
        self._tray_check.setInterval(TRAY_RECHECK_MS)
        self._tray_check.timeout.connect(self._check_tray)

    # -- start and stop -----------------------------------------------------------------

    def start(self) -> None:
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
        window.pauseRequested.connect(lambda: self.pause_now("status window"))
        window.snoozeRequested.connect(self.snooze)
        window.resumeRequested.connect(self.resume)
        window.helpRequested.connect(self.show_help)
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

    def offer(self, cue: Cue) -> None:
        """A cue the scheduler let through: ask gently."""
        self._last_cue = cue
        heading, reason = prompt_text(cue, self._settings.work_minutes)
        from steadypause.ui.prompt import PromptWindow

        prompt = PromptWindow(heading, reason, later_minutes=self._settings.later_minutes,
                              timeout_ms=self._settings.prompt_timeout_seconds * 1000)
        prompt.answered.connect(lambda answer: self._prompt_answered(cue, answer))
        self._prompt = prompt
        prompt.show_near(self.tray.geometry() if self.status_window is None else None)
        self.windowChanged.emit(self.window)

    def _prompt_answered(self, cue: Cue, answer: str) -> None:
        self._prompt = None
        if answer == "start":
            self._open_routine(self._settings.timer_routine)
            return
        outcome = {"later": Outcome.LATER, "missed": Outcome.MISSED}.get(answer, Outcome.SKIPPED)
        self._settle(outcome)

    def pause_now(self, source: str = "tray") -> None:
        """Open a pause because the person asked for one (always allowed)."""
        if self._pause is not None:
            self._pause.show_centred()
            return
        if self._prompt is not None:
            self._prompt.dismiss()
            self._prompt = None
        self._last_cue = self._scheduler.manual(source)
        self._timer.stop()
        self._open_routine(self._settings.manual_routine)

    def _open_routine(self, routine_id: str) -> None:
        from steadypause.ui.pause_window import Pace, PauseWindow

        routine = self._routines.get(routine_id) or self._routines["full"]
        s = self._settings
        window = PauseWindow(routine, Pace(s.breath_in_seconds, s.breath_out_seconds,
                                           s.breath_cycles, s.reduce_motion))
        window.closed.connect(self._pause_closed)
        window.helpRequested.connect(self.show_help)
        self._pause = window
        window.show_centred()
        self.windowChanged.emit(self.window)
        self.refresh()

    def _pause_closed(self, outcome: str, steps_reached: int) -> None:
        log.info("pause ended: %s (%d steps)", outcome, steps_reached)
        self._pause = None
        self._settle(Outcome.COMPLETED if outcome == "completed" else Outcome.SKIPPED)

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
            self._pause.close()
            self._pause = None
        for w in (self._help, self._about):
            if w is not None:
                w.close()

    # -- snooze -------------------------------------------------------------------------

    def snooze(self, minutes: int | None) -> datetime:
        if self._prompt is not None:
            self._prompt.dismiss()
            self._prompt = None
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

            self._help = SupportDialog(self._pause)
            self._help.destroyed.connect(lambda: setattr(self, "_help", None))
        self._help.show()
        self._help.raise_()
        self._help.activateWindow()

    def show_about(self) -> None:
        if self._about is None:
            from steadypause.ui.about import show_about

            self._about = show_about()
            self._about.finished.connect(self._about.deleteLater)
            self._about.destroyed.connect(lambda: setattr(self, "_about", None))
        else:
            self._about.raise_()
            self._about.activateWindow()

    def notify(self, text: str) -> None:
        """Tell the person something once, in the least intrusive way available."""
        log.info("notice: %s", text)
        if self.status_window is None and TrayIcon.available():
            self.tray.notify(DISPLAY_NAME, text)
            return
        box = QMessageBox(QMessageBox.Icon.Information, DISPLAY_NAME, text,
                          QMessageBox.StandardButton.Ok, self.status_window)
        box.setObjectName("noticeBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        box.setModal(False)
        box.show()

    def refresh(self) -> None:
        s = self._scheduler
        line = schedule_line(s.next_pause_at, s.snoozed_until, s.busy, self._clock.now())
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
        }

    def handle_command(self, cmd: str, args: dict[str, Any]) -> dict[str, Any]:
        if cmd == "status":
            self.catch_up()
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
                    raise CommandError("snooze needs minutes from 1 to 1440, or 'tomorrow'")
                until = self.snooze(minutes)
            return {**self.status(), "message": f"Snoozed until "
                    f"{clock_time(until, self._clock.now())}"}
        if cmd == "resume":
            self.resume()
            return self.status()
        if cmd == "timer-now":
            # Not in the CLI's help: lets screenshots, benchmarks and tests see the real
            # work-timer prompt without waiting an hour.
            self._scheduler.due_now()
            self.reschedule()
            return self.status()
        if cmd == "dismiss":
            # Not in the CLI's help either: closes the prompt or the pause on screen the
            # way Skip or Esc would, so benchmarks and tests can cycle them.
            if self._pause is not None:
                self._pause.close()
            elif self._prompt is not None:
                self._prompt.skip_button.click()
            return self.status()
        if cmd == "quit":
            QTimer.singleShot(0, self.quit)
            return {"quitting": True}
        raise CommandError(f"unknown command '{cmd}'")

    def widgets(self) -> list[QWidget]:
        """The app's own top-level windows that are open (for tests and benchmarks)."""
        return [w for w in (self._prompt, self._pause, self.status_window, self._help)
                if w is not None]


def _iso(at: datetime | None) -> str | None:
    return at.isoformat(timespec="seconds") if at is not None else None
