"""One history record: a prompt, a pause, or a prompt and the pause it opened.

Pure Python, no Qt. :class:`Outcome` is the one word for how a cue ended (the scheduler,
the session and History all use it); :class:`Record` checks its own values, so a bad one
never reaches the file.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime

from steadypause.core.cues import Cue

CHECKIN_MIN, CHECKIN_MAX = 0, 10


class Outcome(enum.StrEnum):
    """How a prompt or a pause ended."""

    COMPLETED = "completed"  # the pause reached its last step
    SKIPPED = "skipped"  # Skip on the prompt, or the pause closed before its end
    LATER = "later"  # "In 10 minutes" on the prompt
    SNOOZED = "snoozed"  # reminders snoozed while the prompt was open
    MISSED = "missed"  # the prompt closed itself unanswered
    DEFERRED_OUT = "deferred-out"  # never shown: the person stayed busy past the deferral cap
    # The pause was still open when the app stopped without closing it (a crash, a kill,
    # the display gone): kept from its draft by the next start (history/draft.py).
    INTERRUPTED = "interrupted"


@dataclass(frozen=True)
class Record:
    """One prompt, one pause, or a prompt and the pause it opened.

    ``started_at`` is set only when a pause window opened; a manual pause has no
    ``prompted_at``. ``journal`` maps a step id to what was picked or typed there and is
    only given when the person turned journaling on.
    """

    cue: str
    outcome: Outcome
    routine: str | None = None
    cue_detail: str = ""
    prompted_at: datetime | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None
    steps_reached: int = 0
    steps_total: int = 0
    checkin_before: int | None = None
    checkin_after: int | None = None
    journal: Mapping[str, str] = field(default_factory=dict)
    id: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "outcome", Outcome(self.outcome))
        times = [t for t in (self.prompted_at, self.started_at, self.ended_at) if t is not None]
        if not times:
            raise ValueError("a history record needs at least one time")  # i18n-exempt: a bug
        if any(t.tzinfo is None for t in times):
            raise ValueError("history times must be timezone-aware")  # i18n-exempt: a bug
        for name in ("checkin_before", "checkin_after"):
            value = getattr(self, name)
            if value is not None and not CHECKIN_MIN <= value <= CHECKIN_MAX:
                raise ValueError(  # i18n-exempt: programmer error
                    f"{name} must be from {CHECKIN_MIN} to {CHECKIN_MAX}"
                )
        object.__setattr__(self, "journal", dict(self.journal))

    @classmethod
    def for_prompt(
        cls, cue: Cue, outcome: Outcome | str, ended_at: datetime, routine: str | None = None
    ) -> Record:
        """A cue that did not become a pause: skipped, later, snoozed, missed, deferred-out."""
        return cls(
            cue=str(cue.kind),
            cue_detail=cue.detail,
            outcome=Outcome(outcome),
            routine=routine,
            prompted_at=cue.at,
            ended_at=ended_at,
        )

    @property
    def started(self) -> bool:
        """A pause window opened (whether or not it was finished)."""
        return self.started_at is not None

    @property
    def at(self) -> datetime:
        """When it began: the start of the pause, else the prompt, else its end."""
        moment = self.started_at or self.prompted_at or self.ended_at
        assert moment is not None  # __post_init__
        return moment

    @property
    def day(self) -> date:
        return self.at.date()
