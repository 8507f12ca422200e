"""The kinds of setting that hold a list: the person's phrases, snooze lengths, contacts.

Typed on the command line as a TOML array; otherwise like the kinds in kinds.py.
"""

from __future__ import annotations

import tomllib
from typing import TYPE_CHECKING, Any

from steadypause.core.i18n import translate
from steadypause.core.settings.kinds import BadValue, Coerced, Kind
from steadypause.core.settings.toml_writer import toml_value
from steadypause.core.settings.values import (
    CONTACT_NAME_MAX,
    MINUTES_LIST_MAX,
    TEXT_ITEM_MAX,
    TEXT_LIST_MAX,
    Contact,
    check_contact,
    check_text_item,
    describe_found,
    number_text,
)

if TYPE_CHECKING:
    from steadypause.core.settings.field import Field


class ListKind(Kind):
    """A list, typed on the command line as a TOML array."""

    # A TOML array of this kind, for the command line's message.
    example = ""

    def from_text(self, text: str, field: Field) -> Any:
        try:
            return tomllib.loads(f"value = {text}")["value"]  # i18n-exempt: TOML source
        except tomllib.TOMLDecodeError as exc:
            raise BadValue(
                translate("Cli", "expected a TOML array such as {example} ({problem})").format(
                    example=self.example, problem=exc
                )
            ) from None
        except RecursionError:
            # tomllib reads nested arrays and tables recursively
            raise BadValue(
                translate("Cli", "expected a TOML array such as {example} ({problem})").format(
                    example=self.example, problem=translate("Settings", "it is nested too deeply")
                )
            ) from None


class TextListKind(ListKind):
    """The person's own one-line texts: phrases, boundary cues."""

    name = "text_list"
    example = '\'["first", "second"]\''  # i18n-exempt: a TOML example

    def coerce(self, value: Any, field: Field) -> Coerced:
        if not isinstance(value, list | tuple):
            return None, translate("Settings", "expected a list of texts, found {found}").format(
                found=describe_found(value)
            )
        kept: list[str] = []
        problems = []
        for item in value:
            if not isinstance(item, str):
                problems.append(
                    translate("Settings", "{found} is not text").format(found=describe_found(item))
                )
            elif problem := check_text_item(item, tuple(kept)):
                problems.append(problem)
            elif len(kept) >= TEXT_LIST_MAX:
                problems.append(
                    translate("Settings", "only the first {most} entries are used").format(
                        most=TEXT_LIST_MAX
                    )
                )
                break
            else:
                kept.append(item.strip())
        if not problems:
            return tuple(kept), None
        return tuple(kept), translate("Settings", "{problems}; the other entries are kept").format(
            problems="; ".join(problems)
        )

    def describe(self, field: Field) -> str:
        return (
            f"up to {TEXT_LIST_MAX} one-line texts of 1–{TEXT_ITEM_MAX} characters, "
            "no repeats"
        )  # i18n-exempt: docs


class MinutesListKind(ListKind):
    """1 to 6 different whole numbers of minutes within the field's bounds, kept in order."""

    name = "minutes_list"
    example = "'[15, 30, 60]'"

    def coerce(self, value: Any, field: Field) -> Coerced:
        if not isinstance(value, list | tuple):
            return None, translate(
                "Settings", "expected a list of minutes such as [15, 30, 60], found {found}"
            ).format(found=describe_found(value))
        low, high = int(field.minimum or 1), int(field.maximum or 1440)
        if not value:
            return None, translate("Settings", "at least one length is needed")
        if len(value) > MINUTES_LIST_MAX:
            return None, translate("Settings", "at most {most} lengths").format(
                most=MINUTES_LIST_MAX
            )
        for item in value:
            if not isinstance(item, int) or isinstance(item, bool):
                return None, translate(
                    "Settings", "{found} is not a whole number of minutes"
                ).format(found=describe_found(item))
            if not low <= item <= high:
                return None, translate(
                    "Settings", "{minutes} is not between {low} and {high} minutes"
                ).format(minutes=item, low=low, high=high)
        if len(set(value)) != len(value):
            return None, translate("Settings", "each length can appear only once")
        return tuple(sorted(value)), None

    def describe(self, field: Field) -> str:
        return (
            f"a list of 1–{MINUTES_LIST_MAX} different whole numbers of minutes, "
            f"{number_text(field.minimum)}–{number_text(field.maximum)}"
        )  # i18n-exempt: docs


class ContactsKind(ListKind):
    """People to turn to: ``[[contacts]]`` tables of a name and a link."""

    name = "contacts"
    example = '\'[{name = "Sam", link = "tel:+15550100"}]\''  # i18n-exempt: a TOML example
    table = True

    def coerce(self, value: Any, field: Field) -> Coerced:
        if not isinstance(value, list | tuple):
            return None, translate(
                "Settings", "expected [[contacts]] tables, found {found}"
            ).format(found=describe_found(value))
        kept: list[Contact] = []
        problems = []
        for n, item in enumerate(value, 1):
            if isinstance(item, Contact):
                item = {"name": item.name, "link": item.link}
            if not isinstance(item, dict) or set(item) != {"name", "link"}:
                problems.append(
                    translate("Settings", "contact {n} needs exactly a name and a link").format(n=n)
                )
                continue
            name, link = item["name"], item["link"]
            if not isinstance(name, str) or not isinstance(link, str):
                problems.append(
                    translate("Settings", "contact {n}: the name and the link must be text").format(
                        n=n
                    )
                )
            elif problem := check_contact(name, link):
                problems.append(
                    translate("Settings", "contact {n}: {problem}").format(n=n, problem=problem)
                )
            elif len(kept) >= TEXT_LIST_MAX:
                problems.append(
                    translate("Settings", "only the first {most} contacts are used").format(
                        most=TEXT_LIST_MAX
                    )
                )
                break
            else:
                kept.append(Contact(name.strip(), link.strip()))
        if not problems:
            return tuple(kept), None
        return tuple(kept), translate("Settings", "{problems}; the other contacts are kept").format(
            problems="; ".join(problems)
        )

    def describe(self, field: Field) -> str:
        return (
            f"up to {TEXT_LIST_MAX} `[[{field.name}]]` tables: `name` (1–{CONTACT_NAME_MAX} "
            "characters) and `link` (a phone number or an http(s), mailto or tel link)"
        )  # i18n-exempt: docs

    def to_toml(self, value: Any) -> str:
        return toml_value([{"name": c.name, "link": c.link} for c in value], inline=True)

    def file_entry(self, field: Field, value: Any, own: bool) -> list[str]:
        shown = value or (Contact("My therapist", "+1 555 0100"),)  # i18n-exempt: an example
        mark = "" if own else "# "
        return [f"# {field.description}"] + [  # i18n-exempt: TOML
            f"{mark}[[{field.name}]]\n{mark}name = {toml_value(c.name)}\n"
            f"{mark}link = {toml_value(c.link)}\n"
            for c in shown
        ]


TEXT_LIST = TextListKind()
MINUTES_LIST = MinutesListKind()
CONTACTS = ContactsKind()
