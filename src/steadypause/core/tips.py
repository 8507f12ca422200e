"""The tip line: one short daily practice shown on the last step, rotating through
``resources/tips.toml``.

Each ``[[tips]]`` table has a ``practice`` id and its ``text``; ``routine`` (optional) names
the routine that is the same practice, so its tip is not offered at the end of that routine;
``not_after`` (optional) lists other routines whose end the tip does not suit (a tip about
being asked for something does not belong at the close of the day).
A broken file raises :class:`TipError` naming the file and line.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from steadypause.core import i18n
from steadypause.core.resource_files import resource
from steadypause.core.toml_text import header_lines, parse_toml

FILE_NAME = "tips.toml"
TEXT_MAX = 120  # one or two lines on the finish step


class TipError(ValueError):
    """The tips file is broken; the message names the file and line.

    Only the built-in file is loaded, and the tests load it, so this is a packaging bug: the
    message is for whoever fixes the package (the log and stderr), not translated.
    """


@dataclass(frozen=True)
class Tip:
    practice: str
    text: str
    routine: str = ""
    not_after: tuple[str, ...] = ()

    def suits(self, routine_id: str) -> bool:
        """Whether this tip may close a pause of ``routine_id`` ("": any pause)."""
        return not routine_id or (routine_id != self.routine and routine_id not in self.not_after)


def load_tips_text(text: str, name: str = FILE_NAME) -> tuple[Tip, ...]:
    data = parse_toml(text, name, TipError)
    headers = header_lines(text, "tips")
    if set(data) != {"tips"} or not isinstance(data["tips"], list) or not data["tips"]:
        raise TipError(  # i18n-exempt: packaging-bug diagnostic
            f"{name}: the file must hold one or more [[tips]] tables and nothing else"
        )
    tips: list[Tip] = []
    for index, raw in enumerate(data["tips"]):
        at = (
            f"{name}, line {headers[index]} (tip {index + 1})"
            if index < len(headers)
            else f"{name} (tip {index + 1})"
        )  # i18n-exempt: packaging-bug diagnostic
        tips.append(_tip(raw, at))
    seen = [t.practice for t in tips]
    for index, practice in enumerate(seen):
        if practice in seen[:index]:
            raise TipError(  # i18n-exempt: packaging-bug diagnostic
                f"{name}, line {headers[index]} (tip {index + 1}): "
                f"practice '{practice}' is used twice"
            )
    return tuple(tips)


def _tip(raw: Any, at: str) -> Tip:
    if not isinstance(raw, dict):
        raise TipError(  # i18n-exempt: packaging-bug diagnostic
            f"{at}: each tip must be a [[tips]] table"
        )
    unknown = set(raw) - {"practice", "text", "routine", "not_after"}
    if unknown:
        raise TipError(  # i18n-exempt: packaging-bug diagnostic
            f"{at}: unknown key '{sorted(unknown)[0]}'"
        )
    for key in ("practice", "text"):
        if not isinstance(raw.get(key), str) or not raw[key].strip():
            raise TipError(  # i18n-exempt: packaging-bug diagnostic
                f"{at}: '{key}' must be non-empty text"
            )
    if "routine" in raw and (not isinstance(raw["routine"], str) or not raw["routine"]):
        raise TipError(  # i18n-exempt: packaging-bug diagnostic
            f"{at}: 'routine' must be a routine id"
        )
    not_after = raw.get("not_after", [])
    if not isinstance(not_after, list) or not all(
        isinstance(r, str) and r.strip() for r in not_after
    ):
        raise TipError(  # i18n-exempt: packaging-bug diagnostic
            f"{at}: 'not_after' must be a list of routine ids"
        )
    text = " ".join(raw["text"].split())
    if len(text) > TEXT_MAX:
        raise TipError(  # i18n-exempt: packaging-bug diagnostic
            f"{at}: 'text' is {len(text)} characters; keep it to {TEXT_MAX}"
        )
    return Tip(
        raw["practice"].strip(),
        text,
        raw.get("routine", ""),
        tuple(r.strip() for r in not_after),
    )


def load_builtin_tips(look_up: Callable[[str, str], str] | None = None) -> tuple[Tip, ...]:
    """The shipped tips in the language in use (``look_up(context, text)`` defaults to
    :func:`steadypause.core.i18n.translate`; texts are looked up in context "Tip").

    The texts are data, not marked in code: ``scripts/translations`` extracts them by
    loading the file with a recorder as ``look_up``."""
    look_up = look_up or i18n.translate
    file = resource(FILE_NAME)
    tips = load_tips_text(file.read_text(encoding="utf-8"))
    return tuple(
        dataclasses.replace(t, text=look_up("Tip", t.text))  # i18n-exempt: a context
        for t in tips
    )


def tip_for(tips: tuple[Tip, ...], turn: int, routine_id: str = "") -> str:
    """The tip for the ``turn``-th pause, skipping the one that is ``routine_id`` itself and
    those that do not suit its end."""
    if not tips:
        return ""
    offered = [t for t in tips if t.suits(routine_id)] or list(tips)
    return offered[turn % len(offered)].text
