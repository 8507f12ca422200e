"""Cues: the moments that can open a pause, as plain events."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Any


class CueKind(enum.StrEnum):
    WORK_TIMER = "work_timer"
    RESUME = "resume"
    UNLOCK = "unlock"
    BACK_FROM_AWAY = "back_from_away"
    START_OF_DAY = "start_of_day"
    END_OF_DAY = "end_of_day"
    MANUAL = "manual"


@dataclass(frozen=True)
class Cue:
    """Something happened that may deserve a pause.

    ``detail`` is a short machine-readable note about why (e.g. ``"60 min"`` or ``"cli"``);
    the words a person reads are chosen by the UI from ``kind`` and ``detail``.
    """

    kind: CueKind
    at: datetime
    detail: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "at": self.at.isoformat(timespec="seconds"),
                "detail": self.detail}
