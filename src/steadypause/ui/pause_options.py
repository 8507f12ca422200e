"""What the pause window needs from the settings, and the note beside its text fields.

``PauseOptions`` is read once from the settings when a pause opens; ``journal_note`` words
whether what is typed is kept (nothing, unless the person turned journaling on);
``asks_checkin`` says which routines ask the 0–10 check-in.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from steadypause.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from steadypause.core.settings import Settings

log = logging.getLogger(__name__)

# The note beside each text field (in English; journal_note() gives it translated).
NOT_KEPT = QT_TRANSLATE_NOOP(
    "PauseWindow", "Journaling is off: nothing you type is kept once this window closes."
)
KEPT = QT_TRANSLATE_NOOP(
    "PauseWindow", "Journaling is on: what you type is kept on this computer only."
)
# How many of the person's own entries a step offers before its suggestions.
PERSONAL_MAX = 6


def journal_note(journaling: bool) -> str:
    """The note beside each text field, in the language in use."""
    if journaling:
        return translate(
            "PauseWindow", "Journaling is on: what you type is kept on this computer only."
        )
    return translate(
        "PauseWindow", "Journaling is off: nothing you type is kept once this window closes."
    )


def asks_checkin(checkin: str, routine_id: str) -> bool:
    """Whether a pause of ``routine_id`` asks the 0–10 check-in, by the ``checkin`` setting:
    "off", "full" (the full pause only) or "every" (every routine)."""
    return checkin == "every" or (checkin == "full" and routine_id == "full")


@dataclass(frozen=True)
class PauseOptions:
    """What the window needs from the settings, and the tip to show at the end."""

    inhale_s: float = 4.0
    exhale_s: float = 6.0
    cycles: int = 3
    reduce_motion: bool = False
    journaling: bool = False
    kind_phrases: tuple[str, ...] = ()
    difficulty_names: tuple[str, ...] = ()
    boundary_cues: tuple[str, ...] = ()
    tip: str = ""

    @classmethod
    def from_settings(cls, settings: Settings, tip: str = "") -> PauseOptions:
        s = settings
        return cls(
            s.breath_in_seconds,
            s.breath_out_seconds,
            s.breath_cycles,
            s.reduce_motion,
            s.journaling,
            s.kind_phrases,
            s.difficulty_names,
            s.boundary_cues,
            tip,
        )

    def personal(self, name: str) -> tuple[str, ...]:
        """The person's own entries of the settings list ``name`` ('' gives none)."""
        return tuple(getattr(self, name)) if name else ()
