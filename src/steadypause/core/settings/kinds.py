"""The kinds of setting, one class each: what a value may be and how it is written.

Every :class:`~steadypause.core.settings.schema.Field` holds one :class:`Kind` (the idea of
qutebrowser's ``configtypes``). A kind knows how to

- ``coerce`` a value read from the file (or an editor) into what Settings holds, and say
  why it cannot;
- read a value ``from_text`` as typed after ``steadypause config set KEY``;
- ``describe`` the values it takes (docs/settings.md, English);
- write a value to TOML: one line (``to_toml``), or its entry in the settings file
  (``file_entry``).

The kinds holding a list are in list_kinds.py.

The settings dialog picks an editor by the kind's class (ui/setting_editors.py). Bounds
and choices stay on the field: several fields share a kind.
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING, Any

from steadypause.core.i18n import translate
from steadypause.core.keys import check_combination
from steadypause.core.routine import ROUTINE_ID
from steadypause.core.settings import labels
from steadypause.core.settings.toml_writer import toml_value
from steadypause.core.settings.values import (
    TIME,
    check_hours,
    check_one_line,
    describe_found,
    number_text,
    quoted,
)

if TYPE_CHECKING:
    from steadypause.core.settings.field import Field

Coerced = tuple[Any, str | None]

_INT = re.compile(r"[+-]?[0-9]+")
_FLOAT = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)")


class BadValue(ValueError):
    """The text given for a setting cannot be its value; the message says why."""


class Kind:
    """What every kind answers; the defaults suit a value written as one TOML string."""

    # The kind's name in docs/settings.md.
    name = ""

    def __str__(self) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"<kind {self.name}>"  # i18n-exempt: for developers

    def coerce(self, value: Any, field: Field) -> Coerced:
        """(the value as Settings holds it, or None; why it is not fully acceptable)."""
        raise NotImplementedError

    def from_text(self, text: str, field: Field) -> Any:
        """What ``text`` typed on the command line stands for, before :meth:`coerce`;
        :class:`BadValue` when it cannot stand for any value of this kind."""
        return text.strip()

    def describe(self, field: Field) -> str:
        """The values this field takes, in a few words (English: docs/settings.md)."""
        raise NotImplementedError

    def to_toml(self, value: Any) -> str:
        """The value as the settings file writes it, on one line."""
        return toml_value(value, inline=True)

    def shown_description(self, field: Field) -> str:
        """The field's description a form shows, in the language in use."""
        return labels.shown_text(field.description)

    def file_entry(self, field: Field, value: Any, own: bool) -> list[str]:
        """The field's lines in the settings file: a comment saying what it takes, and
        the assignment, commented out unless the value is the person's ``own``."""
        hint = field.description
        if field.minimum is not None or field.maximum is not None:
            hint += f" ({number_text(field.minimum or 0)}–{number_text(field.maximum or 0)})"
        if field.choices:
            hint += f" (one of: {self.choices_hint(field)})"  # i18n-exempt: settings file
        assignment = f"{field.name} = {toml_value(value)}"
        if not own:
            assignment = "\n".join("# " + line for line in assignment.split("\n"))
        return [f"# {hint}", assignment, ""]

    def choices_hint(self, field: Field) -> str:
        """The field's choices as the settings file's comment lists them."""
        return ", ".join(field.choices or ())

    # Written as ``[[name]]`` tables after the plain keys (see :meth:`file_entry`).
    table = False


class NumberKind(Kind):
    """A number within the field's minimum and maximum."""

    whole = False

    def coerce(self, value: Any, field: Field) -> Coerced:
        ok = isinstance(value, int) if self.whole else isinstance(value, int | float)
        if not ok or isinstance(value, bool):
            expected = (
                translate("Settings", "expected a whole number, found {found}")
                if self.whole
                else translate("Settings", "expected a number, found {found}")
            )
            return None, expected.format(found=describe_found(value))
        if isinstance(value, float) and not math.isfinite(value):
            # TOML has nan and inf; nan slips past every < and > comparison below.
            return None, translate("Settings", "expected a finite number, found {value}").format(
                value=repr(value)
            )
        if field.minimum is not None and value < field.minimum:
            return None, translate("Settings", "{value} is below the minimum {minimum}").format(
                value=repr(value), minimum=number_text(field.minimum)
            )
        if field.maximum is not None and value > field.maximum:
            return None, translate("Settings", "{value} is above the maximum {maximum}").format(
                value=repr(value), maximum=number_text(field.maximum)
            )
        return (value if self.whole else float(value)), None

    def describe(self, field: Field) -> str:
        unit = "whole number" if self.whole else "number"  # i18n-exempt: docs
        return f"{unit}, {number_text(field.minimum)}–{number_text(field.maximum)}"


class IntKind(NumberKind):
    name = "int"
    whole = True

    def from_text(self, text: str, field: Field) -> Any:
        if not _INT.fullmatch(text.strip()):
            raise BadValue(
                translate("Cli", "expected a whole number, found {text}").format(text=quoted(text))
            )
        return int(text)


class FloatKind(NumberKind):
    name = "float"

    def from_text(self, text: str, field: Field) -> Any:
        if not _FLOAT.fullmatch(text.strip()):
            raise BadValue(
                translate("Cli", "expected a number such as 4 or 5.5, found {text}").format(
                    text=quoted(text)
                )
            )
        return float(text)


class BoolKind(Kind):
    name = "bool"

    def coerce(self, value: Any, field: Field) -> Coerced:
        if not isinstance(value, bool):
            return None, translate("Settings", "expected true or false, found {found}").format(
                found=describe_found(value)
            )
        return value, None

    def from_text(self, text: str, field: Field) -> Any:
        words = {"true": True, "false": False}
        if text.strip().lower() not in words:
            raise BadValue(
                translate("Cli", "expected true or false, found {text}").format(text=quoted(text))
            )
        return words[text.strip().lower()]

    def describe(self, field: Field) -> str:
        return "`true` or `false`"  # i18n-exempt: docs


class TextKind(Kind):
    """A value written as text in quotes; subclasses say which texts."""

    def coerce(self, value: Any, field: Field) -> Coerced:
        if not isinstance(value, str):
            return None, translate("Settings", "expected text in quotes, found {found}").format(
                found=describe_found(value)
            )
        problem = self.check_text(value, field)
        return (None, problem) if problem else (value, None)

    def check_text(self, value: str, field: Field) -> str | None:
        """Why ``value`` is not one of this field's texts, or None."""
        raise NotImplementedError


class ChoiceKind(TextKind):
    name = "choice"

    def check_text(self, value: str, field: Field) -> str | None:
        if value in (field.choices or ()):
            return None
        return translate("Settings", "{value} is not one of {choices}").format(
            value=quoted(value), choices=", ".join(repr(c) for c in field.choices or ())
        )

    def describe(self, field: Field) -> str:
        return ", ".join(f"`{c}`" for c in field.choices or ())


class RoutineKind(ChoiceKind):
    """A routine's id: a built-in one (the field's choices) or one of the person's own
    (routines/*.toml), which is checked only when a pause opens: a file may come and go,
    and a setting naming a routine that is gone must not be lost (the pause falls back)."""

    name = "routine"

    def check_text(self, value: str, field: Field) -> str | None:
        if value in (field.choices or ()) or ROUTINE_ID.fullmatch(value):
            return None
        return translate(
            "Settings", "{value} is not a routine's id (one word of letters, digits, - or _)"
        ).format(value=quoted(value))

    def describe(self, field: Field) -> str:
        return (  # i18n-exempt: docs
            f"{super().describe(field)}, or the `id` of one of your own routines "
            "([routines.md](routines.md))"
        )

    def choices_hint(self, field: Field) -> str:
        return f"{super().choices_hint(field)}, or your own routine's id"  # i18n-exempt: file


class TimeKind(TextKind):
    name = "time"

    def check_text(self, value: str, field: Field) -> str | None:
        if TIME.fullmatch(value):
            return None
        return translate("Settings", "{value} is not a time like '17:30'").format(
            value=quoted(value)
        )

    def describe(self, field: Field) -> str:
        return '`"HH:MM"`'


class HoursKind(TextKind):
    """A day's working hours, 'HH:MM-HH:MM', or '' for a day off."""

    name = "hours"

    def check_text(self, value: str, field: Field) -> str | None:
        return check_hours(value)

    def describe(self, field: Field) -> str:
        return '`"HH:MM-HH:MM"`, or `""` for a day off'  # i18n-exempt: docs

    def shown_description(self, field: Field) -> str:
        # One translated template for the seven days, the day's name put in.
        if not field.label:
            return super().shown_description(field)
        return labels.shown_text(labels.HOURS_DESCRIPTION).format(
            day=labels.shown_text(field.label)
        )


class LineKind(TextKind):
    """Any one line of text, '' included (a voice's name, '' for the default)."""

    name = "line"

    def check_text(self, value: str, field: Field) -> str | None:
        return check_one_line(value)

    def describe(self, field: Field) -> str:
        return 'one line of text in quotes, or `""`'  # i18n-exempt: docs


class KeyCombinationKind(Kind):
    """Keys pressed together, 'Ctrl+Alt+Shift+P' (core/keys.py), or '' for none."""

    name = "key_combination"

    def coerce(self, value: Any, field: Field) -> Coerced:
        return check_combination(value)

    def describe(self, field: Field) -> str:
        return 'keys like `"Ctrl+Alt+Shift+P"`, or `""` for none'  # i18n-exempt: docs


INT = IntKind()
FLOAT = FloatKind()
BOOL = BoolKind()
CHOICE = ChoiceKind()
ROUTINE = RoutineKind()
TIME_OF_DAY = TimeKind()
HOURS = HoursKind()
KEY_COMBINATION = KeyCombinationKind()
LINE = LineKind()
