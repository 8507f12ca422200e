"""Turns what happened to prompts and pauses into history records (docs/adr/005)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from steadypause.core import cues, history
from steadypause.core.clock import Clock
from steadypause.core.cues import Cue
from steadypause.core.decision import Action, Decision, Why
from steadypause.core.history import HistoryStore, Outcome, Record
from steadypause.core.settings import Settings

if TYPE_CHECKING:
    from steadypause.ui.pause_window import PauseWindow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _OpenPause:
    """What the history needs to know about the pause on screen."""

    cue: Cue
    prompted_at: datetime | None
    started_at: datetime


class Recorder:
    """Keeps prompts and pauses in ``store`` (None: nothing is kept in this session)."""

    def __init__(self, store: HistoryStore | None, clock: Clock, settings: Settings) -> None:
        self._store = store
        self._clock = clock
        self.settings = settings  # the session's, for the routine a cue would have opened
        self._open: _OpenPause | None = None

    @property
    def clock(self) -> Clock:
        return self._clock

    @property
    def store(self) -> HistoryStore | None:
        return self._store

    @property
    def keeping(self) -> bool:
        """Whether anything is kept (the pause asks for its check-in only then)."""
        return self._store is not None

    @property
    def path(self) -> Path:
        return self._store.path if self._store is not None else history.default_path()

    def prompt(self, cue: Cue, outcome: Outcome) -> None:
        """Keep a cue that did not become a pause (skipped, later, snoozed, missed, or
        deferred-out when the person stayed busy past the deferral cap)."""
        if self._store is None:
            return
        self._store.record(
            Record.for_prompt(
                cue, outcome, self._clock.now(), cues.routine_for(cue.kind, self.settings)
            )
        )

    def on_decision(self, decision: Decision) -> None:
        """The scheduler's account of each cue: a cue let go after the person stayed busy
        past the cap is kept as deferred-out; other drops (cooldown, outside hours, merged)
        were never meant to be seen and are not kept."""
        if decision.action is Action.DROP and decision.reason == Why.DEFERRED_OUT:
            self.prompt(decision.cue, Outcome.DEFERRED_OUT)

    def pause_opened(self, cue: Cue, prompted_at: datetime | None) -> None:
        self._open = _OpenPause(cue, prompted_at, self._clock.now())

    def pause_progress(self, window: PauseWindow) -> None:
        """Keep the pause ``window`` shows as it is now, as its draft (core/history/draft.py):
        what the history gets if the app stops before the pause closes."""
        if self._store is None or self._open is None:
            return
        self._store.draft(
            self._record(self._open, window, Outcome.INTERRUPTED, window.steps_reached)
        )

    def pause_ended(self, window: PauseWindow, outcome: Outcome, steps_reached: int) -> None:
        """Keep the pause ``window`` showed, which ended with ``outcome`` (its draft goes)."""
        opened, self._open = self._open, None
        if self._store is None or opened is None:
            return
        self._store.record_closing_draft(self._record(opened, window, outcome, steps_reached))

    def _record(
        self, opened: _OpenPause, window: PauseWindow, outcome: Outcome, steps_reached: int
    ) -> Record:
        before, after = window.checkins()
        return Record(
            cue=str(opened.cue.kind),
            cue_detail=opened.cue.detail,
            routine=window.routine.id,
            prompted_at=opened.prompted_at,
            started_at=opened.started_at,
            ended_at=self._clock.now(),
            outcome=outcome,
            steps_reached=steps_reached,
            steps_total=len(window.routine.steps),
            checkin_before=before,
            checkin_after=after,
            # Only with journaling on is anything typed or picked kept.
            journal=window.entries_to_keep(),
        )
