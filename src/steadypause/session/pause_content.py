"""What pauses are made of: the routines, the tips, and whose turn the tip line is.

The tip line moves on with every pause and starts somewhere new each day. After a change
of language the built-in routines and tips are loaded again (they are translated as they
load); the session's own routines stay.
"""

from __future__ import annotations

import logging

from steadypause.core.routine import Routine, RoutineError, load_builtin_routines
from steadypause.core.routine_library import RoutineLibrary
from steadypause.core.tips import Tip, TipError, load_builtin_tips, tip_for

log = logging.getLogger(__name__)


class PauseContent:
    """The session's routines (by id) and tips; ``first_turn`` is where the tips start;
    ``library``: the built-in routines and the person's own folder (None: ``routines`` only)."""

    def __init__(
        self,
        routines: dict[str, Routine],
        tips: tuple[Tip, ...],
        first_turn: int,
        library: RoutineLibrary | None = None,
    ):
        self.routines = routines
        self._library = library
        self.tips = tips
        self._turn = first_turn

    def routine(self, routine_id: str) -> Routine:
        """The routine ``routine_id`` names, or the full pause if there is none by that id
        (a setting naming one of the person's routines whose file is gone): logged."""
        found = self.routines.get(routine_id)
        if found is None:
            log.warning(
                "no routine has the id %r (its file in %s removed or renamed?); "
                "opening the full pause instead",
                routine_id,
                self._library.folder if self._library is not None else "the routines folder",
            )
            return self.routines["full"]
        return found

    def next_tip(self, routine_id: str) -> str:
        """The tip line for the next pause of ``routine_id`` ("": none); the line moves on."""
        tip = tip_for(self.tips, self._turn, routine_id)
        self._turn += 1
        return tip

    def reload_builtin(self) -> None:
        """Load the built-in routines and tips again, in the language installed now."""
        try:
            if self._library is not None:
                self._library.retranslate()
                self.routines = self._library.routines
            else:
                self.routines = {**self.routines, **load_builtin_routines()}
            if self.tips:
                self.tips = load_builtin_tips()
        except (RoutineError, TipError):  # loaded fine at start: a packaging bug
            log.exception("the built-in routines or tips could not be loaded again")

    def practices(self) -> list[tuple[str, str, str]]:
        """Every routine as (id, title, length), for the Practices menu."""
        return [(r.id, r.title, r.duration) for r in self.routines.values()]

    def reload_user(self) -> bool:
        """Read the person's routine folder again; True when the routines changed."""
        if self._library is None or not self._library.reload():
            return False
        self.routines = self._library.routines
        return True
