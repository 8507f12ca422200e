"""What pauses are made of: the routines, the tips, and whose turn the tip line is.

The tip line moves on with every pause and starts somewhere new each day. After a change
of language the built-in routines and tips are loaded again (they are translated as they
load); the session's own routines stay.
"""

from __future__ import annotations

import logging

from steadypause.core.routine import Routine, RoutineError, load_builtin_routines
from steadypause.core.tips import Tip, TipError, load_builtin_tips, tip_for

log = logging.getLogger(__name__)


class PauseContent:
    """The session's routines (by id) and tips; ``first_turn`` is where the tips start."""

    def __init__(self, routines: dict[str, Routine], tips: tuple[Tip, ...], first_turn: int):
        self.routines = routines
        self.tips = tips
        self._turn = first_turn

    def routine(self, routine_id: str) -> Routine:
        """The routine ``routine_id`` names, or the full pause if there is none by that id."""
        return self.routines.get(routine_id) or self.routines["full"]

    def next_tip(self, routine_id: str) -> str:
        """The tip line for the next pause of ``routine_id`` ("": none); the line moves on."""
        tip = tip_for(self.tips, self._turn, routine_id)
        self._turn += 1
        return tip

    def reload_builtin(self) -> None:
        """Load the built-in routines and tips again, in the language installed now."""
        try:
            self.routines = {**self.routines, **load_builtin_routines()}
            if self.tips:
                self.tips = load_builtin_tips()
        except (RoutineError, TipError):  # loaded fine at start: a packaging bug
            log.exception("the built-in routines or tips could not be loaded again")
