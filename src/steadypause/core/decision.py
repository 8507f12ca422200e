"""The scheduler's answer for each cue: shown now, waiting, or let go, and why.

Pure Python, no Qt. Every cue the scheduler creates ends in exactly one :class:`Decision`
with action PROMPT or DROP; a wait because of a busy session is reported once as DEFER.
The session's recorder turns DROP decisions into history records.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from steadypause.core.cues import Cue


class Action(enum.StrEnum):
    PROMPT = "prompt"  # shown now
    DEFER = "defer"  # waiting (busy); a PROMPT or DROP follows
    DROP = "drop"  # let go; ``reason`` says why


class Why(enum.StrEnum):
    """Why a cue was deferred or dropped (stable strings: history stores them)."""

    BUSY = "busy"
    DEFERRED_OUT = "deferred-out"
    COOLDOWN = "cooldown"
    OUTSIDE_HOURS = "outside working hours"  # i18n-exempt: stable key, only logged
    SNOOZED = "snoozed"
    PAUSE_OPEN = "a pause is open"  # i18n-exempt: stable key, only logged
    MERGED = "merged into another cue"  # i18n-exempt: stable key, only logged


@dataclass(frozen=True)
class Decision:
    action: Action
    cue: Cue
    at: datetime
    reason: str = ""
