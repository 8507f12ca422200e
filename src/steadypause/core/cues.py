"""Cues: the moments that can open a pause; and one table that says everything about each.

A cue is a plain event (:class:`Cue`). What the app knows about each kind of cue is one row
of :data:`CUES`, in a fixed order (so History's colours and columns stay put): which one
wins when two compete for one reminder, the words used everywhere (the reminder's heading
and reason, History's name for it, which the command line uses too, and the summary's
phrase), its colour in History's chart, and the settings that switch it on and choose the
routine it opens. The scheduler's rules decide *when* a cue comes (core/scheduler.py).

Adding a cue: a member of :class:`CueKind`, its row here, its ``cue_*`` switch and its
routine among the settings' declarations, and its rule in the scheduler.

The words are marked here and looked up where they are shown, in the contexts of those
places ("Wording" for the reminder, "History" for History, the summary and the command
line), so a translation is found by the same context and English wherever it is used.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from steadypause.core.i18n import QT_TRANSLATE_NOOP, translate


class CueKind(enum.StrEnum):
    WORK_TIMER = "work_timer"
    RESUME = "resume"
    UNLOCK = "unlock"
    BACK_FROM_AWAY = "back_from_away"
    START_OF_DAY = "start_of_day"
    END_OF_DAY = "end_of_day"
    AFTER_CALL = "after_call"
    MANUAL = "manual"


@dataclass(frozen=True)
class Cue:
    """Something happened that may deserve a pause.

    ``detail`` is a short machine-readable note about why (e.g. ``"60 min"`` or ``"cli"``);
    the words a person reads are chosen from ``kind`` and ``detail``.
    """

    kind: CueKind
    at: datetime
    detail: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "at": self.at.isoformat(timespec="seconds"),
            "detail": self.detail,
        }


class Length(enum.Enum):
    """What the ``{duration}`` in a reminder's reason is."""

    NONE = "none"  # the reason names no length
    AWAY = "away"  # how long the person was away (the cue's detail, in minutes)
    WORK = "work"  # the work between reminders (the ``work_minutes`` setting)


@dataclass(frozen=True)
class CueInfo:
    """Everything about one kind of cue except the rule that makes it come."""

    kind: CueKind
    # When two cues compete for one reminder, the higher one is shown.
    priority: int
    # History's name for it (legend, columns, entries) and the command line's: "History".
    name: str
    # The moment that led to a pause, as it reads after "most …" in the summary: "History".
    moment: str
    # The reminder's heading ("Wording"); None: a greeting for the hour.
    heading: str | None
    # The reminder's reason ("Wording"), with ``{duration}`` unless ``length`` is NONE.
    reason: str
    # What ``{duration}`` is.
    length: Length
    # The reason when an AWAY length is not known ("Wording").
    reason_without_length: str | None
    # Its colour in History's chart, on a light and on a dark background: calm,
    # distinguishable, and never red.
    colours: tuple[str, str]
    # The ``bool`` setting that switches it on and off; None: always on (asked for).
    switch: str | None
    # The setting that chooses the routine it opens.
    routine_setting: str


CUES: tuple[CueInfo, ...] = (
    CueInfo(
        CueKind.WORK_TIMER,
        priority=1,
        name=QT_TRANSLATE_NOOP("History", "Work timer"),
        moment=QT_TRANSLATE_NOOP("History", "at the work-timer reminder"),
        heading=QT_TRANSLATE_NOOP("Wording", "Time for a short pause?"),
        reason=QT_TRANSLATE_NOOP(
            "Wording",
            "You have been at it for {duration}. A few minutes to notice how you are doing.",
        ),
        length=Length.WORK,
        reason_without_length=None,
        colours=("#2f7f78", "#5fb3aa"),
        switch="cue_work_timer",
        routine_setting="timer_routine",
    ),
    CueInfo(
        CueKind.RESUME,
        priority=5,
        name=QT_TRANSLATE_NOOP("History", "Laptop opened"),
        moment=QT_TRANSLATE_NOOP("History", "after opening the laptop"),
        heading=QT_TRANSLATE_NOOP("Wording", "Welcome back"),
        reason=QT_TRANSLATE_NOOP(
            "Wording",
            "The computer was asleep for {duration}. Three slow breaths before you pick "
            "things up again?",
        ),
        length=Length.AWAY,
        reason_without_length=QT_TRANSLATE_NOOP(
            "Wording",
            "The computer was asleep. Three slow breaths before you pick things up again?",
        ),
        colours=("#5a7bb5", "#8aa8dd"),
        switch="cue_resume",
        routine_setting="transition_routine",
    ),
    CueInfo(
        CueKind.UNLOCK,
        priority=4,
        name=QT_TRANSLATE_NOOP("History", "Unlocked"),
        moment=QT_TRANSLATE_NOOP("History", "after unlocking"),
        heading=QT_TRANSLATE_NOOP("Wording", "Welcome back"),
        reason=QT_TRANSLATE_NOOP(
            "Wording",
            "The screen was locked for {duration}. A moment to arrive before the next thing?",
        ),
        length=Length.AWAY,
        reason_without_length=QT_TRANSLATE_NOOP(
            "Wording", "The screen was locked. A moment to arrive before the next thing?"
        ),
        colours=("#7c9a4d", "#a5c27a"),
        switch="cue_unlock",
        routine_setting="transition_routine",
    ),
    CueInfo(
        CueKind.BACK_FROM_AWAY,
        priority=3,
        name=QT_TRANSLATE_NOOP("History", "Back from away"),
        moment=QT_TRANSLATE_NOOP("History", "after time away"),
        heading=QT_TRANSLATE_NOOP("Wording", "Welcome back"),
        reason=QT_TRANSLATE_NOOP(
            "Wording",
            "You have been away for {duration}. A moment to arrive before the next thing?",
        ),
        length=Length.AWAY,
        reason_without_length=QT_TRANSLATE_NOOP(
            "Wording", "You have been away. A moment to arrive before the next thing?"
        ),
        colours=("#c0913a", "#dfbd72"),
        switch="cue_back_from_away",
        routine_setting="transition_routine",
    ),
    CueInfo(
        CueKind.START_OF_DAY,
        priority=6,
        name=QT_TRANSLATE_NOOP("History", "Start of day"),
        moment=QT_TRANSLATE_NOOP("History", "at the start of the day"),
        heading=None,
        reason=QT_TRANSLATE_NOOP(
            "Wording", "A short pause before the day begins: notice how you are arriving."
        ),
        length=Length.NONE,
        reason_without_length=None,
        colours=("#8a6fb0", "#b39bd6"),
        switch="cue_start_of_day",
        routine_setting="transition_routine",
    ),
    CueInfo(
        CueKind.END_OF_DAY,
        priority=7,
        name=QT_TRANSLATE_NOOP("History", "End of day"),
        moment=QT_TRANSLATE_NOOP("History", "at the end of the day"),
        heading=QT_TRANSLATE_NOOP("Wording", "Ready to close the day?"),
        reason=QT_TRANSLATE_NOOP(
            "Wording", "A short pause to put the day down: what went well, what can wait."
        ),
        length=Length.NONE,
        reason_without_length=None,
        colours=("#a8789e", "#d3a6c9"),
        switch="cue_end_of_day",
        routine_setting="end_of_day_routine",
    ),
    CueInfo(
        CueKind.AFTER_CALL,
        priority=2,
        name=QT_TRANSLATE_NOOP("History", "After a call"),
        moment=QT_TRANSLATE_NOOP("History", "after a call"),
        heading=QT_TRANSLATE_NOOP("Wording", "Your call has ended"),
        reason=QT_TRANSLATE_NOOP(
            "Wording",
            "Before the next thing, a minute to let that conversation settle and notice "
            "how you are.",
        ),
        length=Length.NONE,
        reason_without_length=None,
        colours=("#3d8fb5", "#7fc1df"),
        switch="cue_after_call",
        routine_setting="after_call_routine",
    ),
    CueInfo(
        CueKind.MANUAL,
        priority=0,
        name=QT_TRANSLATE_NOOP("History", "You asked"),
        moment=QT_TRANSLATE_NOOP("History", "when you asked for one"),
        heading=QT_TRANSLATE_NOOP("Wording", "A short pause?"),
        reason=QT_TRANSLATE_NOOP("Wording", "A moment to notice how you are doing."),
        length=Length.NONE,
        reason_without_length=None,
        colours=("#8f7a68", "#c3ae9c"),
        switch=None,
        routine_setting="manual_routine",
    ),
)

_BY_KIND: dict[str, CueInfo] = {info.kind.value: info for info in CUES}

# The cues in their fixed order, as history records name them.
ORDER: tuple[str, ...] = tuple(_BY_KIND)

# History's colour for a cue this version does not know (light, dark).
OTHER_COLOURS = ("#6f7c86", "#a7b0b6")


def cue_info(kind: CueKind) -> CueInfo:
    """The row of a cue."""
    return _BY_KIND[kind.value]


def cue_name(cue: str) -> str:
    """A cue's short name (``"work_timer"`` → "Work timer"), for History's legend, table
    headers and entries and for the command line; a cue this version does not know (from a
    newer version's history) gets its own name made readable."""
    row = _BY_KIND.get(cue)
    if row is None:
        return cue.replace("_", " ").capitalize()
    return translate("History", row.name)


def cue_moment(cue: str) -> str:
    """The moment that led to a pause, as it reads after "most …" or "1 pause today, …"."""
    row = _BY_KIND.get(cue)
    if row is None:
        return translate("History", "after {cue}", "a cue this version has no words for").format(
            cue=cue_name(cue).lower()
        )
    return translate("History", row.moment)


def chart_colour(cue: str, *, dark: bool) -> str:
    """A cue's colour in History's chart (``#rrggbb``), on a dark or a light background."""
    row = _BY_KIND.get(cue)
    light_dark = row.colours if row is not None else OTHER_COLOURS
    return light_dark[1 if dark else 0]


def switches(settings: object) -> dict[str, bool]:
    """Whether each cue that can be switched off is on, by kind (``{"unlock": True, …}``),
    as ``settings`` (a core.settings.Settings) says: the scheduler's configuration."""
    return {
        row.kind.value: bool(getattr(settings, row.switch))
        for row in CUES
        if row.switch is not None
    }


def routine_for(kind: CueKind, settings: object) -> str:
    """The routine a cue opens, as ``settings`` (a core.settings.Settings) says."""
    return str(getattr(settings, cue_info(kind).routine_setting))
