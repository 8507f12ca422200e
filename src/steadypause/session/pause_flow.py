"""What is on screen: the reminder, the pause, or nothing, and how one leads to the next.

The scheduler decides *when*; this turns its cue into a reminder (the window or a
notification, :mod:`.reminder_choice`) or straight into a pause, answers the reminder and
the pause's end, opens a pause on request, closes the day, snoozes and resumes. Each
outcome is settled with the scheduler and recorded (:mod:`.recorder`).

It holds the session (the :class:`~.controller.Controller`) weakly (docs/adr/001) and reads
the settings, the shell, the deadline and the recorder from it when it needs them.
"""

from __future__ import annotations

import logging
import os
import weakref
from datetime import datetime
from typing import TYPE_CHECKING

from steadypause.core import cues
from steadypause.core.cues import Cue
from steadypause.core.history import Outcome
from steadypause.core.i18n import translate
from steadypause.core.scheduler import Scheduler
from steadypause.core.wording import prompt_text
from steadypause.reminders import Answer
from steadypause.session.pause_content import PauseContent
from steadypause.session.pause_draft import PauseDraft
from steadypause.session.reminder_choice import ReminderChoice

# The pause window's module is imported when the first pause opens (docs: controller.py).
if TYPE_CHECKING:
    from steadypause.reminders import Reminder, ReminderForm
    from steadypause.session.controller import Controller
    from steadypause.ui.pause_window import PauseWindow

log = logging.getLogger(__name__)


class PauseFlow:
    """The reminder/pause state machine of one session."""

    def __init__(
        self,
        session: Controller,
        scheduler: Scheduler,
        reminders: ReminderChoice,
        content: PauseContent,
    ) -> None:
        self._session: Controller = weakref.proxy(session)
        self._scheduler = scheduler
        self._reminders = reminders
        self._content = content
        self.last_cue: Cue | None = None
        # The reminder on screen (the window, or a notification), and the pause on screen.
        self._prompt: Reminder | None = None
        self._pause: PauseWindow | None = None
        self._draft: PauseDraft | None = None  # the pause on screen, kept as it goes

    @property
    def prompt(self) -> Reminder | None:
        """The reminder on screen, if any."""
        return self._prompt

    @property
    def pause_window(self) -> PauseWindow | None:
        """The pause on screen, if any."""
        return self._pause

    @property
    def window(self) -> str:
        if self._pause is not None:
            return "routine"
        if self._prompt is not None:
            return "prompt"
        return "closed"

    def routine_for(self, cue: Cue) -> str:
        s = self._session
        return cues.routine_for(cue.kind, s.settings)

    def offer(self, cue: Cue) -> None:
        """A cue the scheduler let through: ask gently."""
        s = self._session
        self.last_cue = cue
        if s.settings.prompt_style == "direct":  # the cue's own routine, as Start opens
            self._open_routine(self.routine_for(cue), cue, prompted_at=cue.at)
            return
        heading, reason = prompt_text(cue, s.settings.work_minutes)
        prompt = self.reminder_form().create(
            heading,
            reason,
            later_minutes=s.settings.later_minutes,
            timeout_ms=s.settings.prompt_timeout_seconds * 1000,
        )
        prompt.answered.connect(lambda answer: self._prompt_answered(prompt, cue, Answer(answer)))
        self._prompt = prompt
        prompt.present(s.shell.anchor())
        s.windowChanged.emit(self.window)

    def reminder_form(self) -> ReminderForm:
        """The form reminders take here (the window or a notification), chosen once."""
        s = self._session
        return self._reminders.form(s.settings.reminder_style)

    def _prompt_answered(self, prompt: Reminder, cue: Cue, answer: Answer) -> None:
        s = self._session
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
        s.recorder.prompt(cue, outcome)
        self._settle(outcome)

    def pause_now(self, source: str = "tray", routine_id: str | None = None) -> None:
        """Open a pause because the person asked for one (always allowed): ``routine_id``,
        or the one 'Pause now' opens. With a pause already open, that one comes forward; when
        another routine was chosen (the Practices menu), a calm notice says which is open
        (the command line says it itself)."""
        s = self._session
        if self._pause is not None:
            self._pause.show_centred()
            open_now = self._pause.routine
            wanted = self._content.routines.get(routine_id or "")
            if wanted is not None and wanted.id != open_now.id and source != "cli":
                log.info("%s asked for %s while %s is open", source, wanted.id, open_now.id)
                s.notify(
                    translate(
                        "Notice",
                        "“{open}” is still open, so it came forward. When you finish or close "
                        "it, “{wanted}” is there in Practices.",
                    ).format(open=open_now.title, wanted=wanted.title)
                )
            return
        answered: Cue | None = None
        if self._prompt is not None:
            # Asking for a pause while a prompt is up answers that prompt.
            self._prompt.dismiss()
            self._prompt = None
            answered = self.last_cue
        self.last_cue = self._scheduler.manual(source)
        s.deadline.stop()
        routine = routine_id or s.settings.manual_routine
        if answered is not None:
            self._open_routine(routine, answered, prompted_at=answered.at)
        else:
            self._open_routine(routine, self.last_cue)

    def close_day(self, source: str = "tray") -> None:
        """'Close the day': the end-of-day pause now, and no more reminders today."""
        s = self._session
        if self._pause is not None:
            self._pause.show_centred()
            return
        if self._prompt is not None:
            self._prompt.dismiss()
            self._prompt = None
            if self.last_cue is not None:
                s.recorder.prompt(self.last_cue, Outcome.SKIPPED)
        self.last_cue = self._scheduler.close_day(source)
        s.deadline.stop()
        self._open_routine(self.routine_for(self.last_cue), self.last_cue)

    def _open_routine(self, routine_id: str, cue: Cue, prompted_at: datetime | None = None) -> None:
        s = self._session
        from steadypause.ui import look
        from steadypause.ui.pause_options import PauseOptions, asks_checkin
        from steadypause.ui.pause_window import PauseWindow

        look.ensure()  # kept back until a window needs it (ui/look.py)

        routine = self._content.routine(routine_id)
        tip = self._content.next_tip(routine.id)
        try:
            window = PauseWindow(
                routine,
                PauseOptions.from_settings(s.settings, tip),
                # Only where something is kept, and where the setting asks for it.
                checkin=s.recorder.keeping and asks_checkin(s.settings.checkin, routine.id),
            )
        except Exception:
            # A bug, never the person's doing: say so once, and let the reminders go on
            # (otherwise the scheduler would wait for a pause that never closes).
            log.exception("the pause window could not be opened")
            self._settle(Outcome.SKIPPED)
            s.notify(
                translate(
                    "Notice",
                    "The pause could not be opened, because of a fault "
                    "in Steady Pause (the details are in its log). "
                    "Reminders carry on as usual.",
                )
            )
            return
        s.recorder.pause_opened(cue, prompted_at)
        window.closed.connect(self._pause_closed)
        window.helpRequested.connect(s.show_help)
        s.windows.sound.follow(window, s.settings)  # the chime and the spoken guide, if on
        self._draft = PauseDraft(window, s.recorder, s.recorder.clock)
        self._pause = window
        window.show_centred()
        s.windowChanged.emit(self.window)
        s.refresh()

    def _pause_closed(self, ended: str, steps_reached: int) -> None:
        s = self._session
        outcome = Outcome(ended)  # "completed" or "skipped"
        log.info("pause ended: %s (%d steps)", outcome, steps_reached)
        self._stop_draft()
        if self._pause is not None:
            s.recorder.pause_ended(self._pause, outcome, steps_reached)
        self._pause = None
        self._settle(outcome)

    def _settle(self, outcome: Outcome) -> None:
        s = self._session
        self._scheduler.settle(outcome)
        s.deadline.arm()
        s.refresh()
        s.windowChanged.emit(self.window)

    def close_windows(self) -> None:
        """Close every window of the session (a pause on screen is kept as skipped)."""
        s = self._session
        if self._prompt is not None:
            self._prompt.dismiss()
            self._prompt = None
        if self._pause is not None:
            self._pause.closed.disconnect(self._pause_closed)
            self._stop_draft()
            s.recorder.pause_ended(self._pause, Outcome.SKIPPED, self._pause.steps_reached)
            self._pause.close()
            self._pause = None

    def _stop_draft(self) -> None:
        if self._draft is not None:
            self._draft.stop()
            self._draft = None

    def dismiss(self) -> None:
        """Close the pause on screen, or skip the reminder, the way Skip or Esc would."""
        if self._pause is not None:
            self._pause.close()
        elif self._prompt is not None:
            self._prompt.skip()

    # -- snooze ---------------------------------------------------------------------------

    def snooze(self, minutes: int | None) -> datetime:
        s = self._session
        if self._prompt is not None:
            self._prompt.dismiss()
            self._prompt = None
            if self.last_cue is not None:
                s.recorder.prompt(self.last_cue, Outcome.SNOOZED)
            self._scheduler.settle(Outcome.SKIPPED)
        if minutes is None:
            until = self._scheduler.snooze_until_tomorrow()
        else:
            until = self._scheduler.snooze(minutes)
        log.info("snoozed until %s", until.isoformat())
        s.deadline.arm()
        s.refresh()
        return until

    def resume(self) -> None:
        s = self._session
        self._scheduler.resume()
        s.deadline.arm()
        s.refresh()
