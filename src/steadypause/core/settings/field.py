"""One setting's declaration (:class:`Field`) and the helpers that declare one.

schema.py declares every setting with :func:`setting`; :data:`~.schema.FIELDS` holds the
resulting fields.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from steadypause.core.settings import kinds, labels
from steadypause.core.settings.kinds import Coerced, Kind
from steadypause.core.settings.labels import DAY_NAMES, GROUPS, HOURS_DESCRIPTION


@dataclass(frozen=True)
class Field:
    """One setting's declaration. ``kind`` says how it is stored, checked and written."""

    name: str
    kind: Kind
    default: Any
    description: str
    group: str
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] | None = None
    label: str = ""

    def choice_text(self, value: str) -> str:
        """How a form shows one of ``choices``, in the language in use."""
        return labels.choice_text(value, self.name)

    @property
    def title(self) -> str:
        """The short label (English, as in docs/settings.md); derived from the name when
        none is declared."""
        return self.label or self.name.replace("_", " ").capitalize()

    @property
    def shown_title(self) -> str:
        """The short label a form shows, in the language in use."""
        return labels.shown_text(self.label) if self.label else self.title

    @property
    def shown_description(self) -> str:
        """The description a form shows, in the language in use."""
        return self.kind.shown_description(self)

    def check(self, value: Any) -> str | None:
        """Return why ``value`` is not acceptable, or None if it is."""
        return self.coerce(value)[1]

    def coerce(self, value: Any) -> Coerced:
        """(the value as Settings holds it, or None; why it is not fully acceptable)."""
        return self.kind.coerce(value, self)


def setting(
    kind: Kind,
    default: Any,
    group: str,
    description: str,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
    choices: tuple[str, ...] | None = None,
    label: str = "",
) -> Any:
    """One field of :class:`Settings`, its declaration kept in the field's metadata."""
    assert group in GROUPS, group
    return dataclasses.field(
        default=default,
        metadata={
            "kind": kind,
            "group": group,
            "description": description,
            "minimum": minimum,
            "maximum": maximum,
            "choices": choices,
            "label": label,
        },
    )


def hours(day: str, default: str) -> Any:
    """A weekday's working hours. English here (docs/settings.md); the kind translates the
    template for a form."""
    return setting(
        kinds.HOURS,
        default,
        "schedule",
        HOURS_DESCRIPTION.format(day=DAY_NAMES[day]),
        label=DAY_NAMES[day],
    )
