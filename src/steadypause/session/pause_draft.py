"""The pause on screen kept as it goes (core/history/draft.py): saved when it opens, on each
step change, and while the person types or picks, after a quiet moment (and at the latest a
while after the first change not yet saved), never on every key.

The timing is :class:`~steadypause.core.history.draft.DraftTimer`'s; this only holds the one
Qt timer and hands the window to the recorder, which builds the draft and gives it to the
history's writer thread (the GUI thread never waits on the disk).
"""

from __future__ import annotations

import logging
import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from steadypause.core.clock import Clock
from steadypause.core.history import DraftTimer

if TYPE_CHECKING:
    from steadypause.session.recorder import Recorder
    from steadypause.ui.pause_window import PauseWindow

log = logging.getLogger(__name__)


class PauseDraft:
    """Follows one pause window until :meth:`stop`; saves through ``recorder``."""

    def __init__(self, window: PauseWindow, recorder: Recorder, clock: Clock) -> None:
        # Weak: the window is deleted on close (WA_DeleteOnClose), and this may outlive it.
        self._window = weakref.ref(window)
        self._recorder = recorder
        self._due = DraftTimer(clock)
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._save_if_due)
        self.saves = 0
        self._stopped = False
        window.contentChanged.connect(self._changed)
        # Also emitted when the window is shown: the first save, with nothing typed yet.
        window.stepShown.connect(self._step_shown)

    def save(self) -> None:
        """Save now (a new step, or the quiet moment came)."""
        window = None if self._stopped else self._window()
        self._timer.stop()
        self._due.saved()
        if window is None or not self._recorder.keeping:
            return
        self._recorder.pause_progress(window)
        self.saves += 1

    def stop(self) -> None:
        """The pause closed (its real record is on its way): nothing more is saved (the
        window's signals may still come while it goes; they are ignored)."""
        self._timer.stop()
        self._due.saved()
        self._stopped = True

    def _step_shown(self, _index: int) -> None:
        self.save()

    def _changed(self) -> None:
        if self._stopped:
            return
        seconds = self._due.changed()
        self._timer.start(max(1, round(seconds * 1000)))

    def _save_if_due(self) -> None:
        due = self._due.due_in()
        if due is None:
            return
        if due > 0:  # more was typed since the timer was set
            self._timer.start(max(1, round(due * 1000)))
            return
        self.save()
