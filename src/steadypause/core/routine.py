"""Routines and their steps, loaded from ``resources/routines/*.toml``.

A routine file is plain data: a title, a summary and an ordered list of ``[[steps]]``. Each
step has a ``kind`` that tells the window how to show it:

- ``breathe``: an instruction and the breathing animation (``anchor`` names one physical anchor,
  ``cycles`` overrides the breathing setting, ``checklist`` offers body signals to tick);
- ``choose``: a question with a few ``options`` and room for the person's own words;
  ``personal`` names a settings list whose entries are offered before the options;
- ``write``: a question and one line for the answer (``field_label``);
- ``finish``: the closing step (``next_prompt`` asks for the next caring action, ``tip``
  shows the rotating tip line, ``loop_picture`` shows the practice loop).

Any step may say which points of the practice loop it works on (``loop``), and what the
spoken guide says for it where the words on screen read badly aloud (``spoken``, in place
of the title and words; of a ``breathe`` step, said before its first breath).

Any problem in a file raises :class:`RoutineError` naming the file and the line.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from steadypause.core import i18n
from steadypause.core.resource_files import resource
from steadypause.core.toml_text import header_lines, parse_toml

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable  # (the folders are plain paths)

# What a routine's id may be: one word of letters, digits, '-' or '_' (a routine file's
# ``id``, and the routine settings, which may name one of the person's own routines).
ROUTINE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,39}")

STEP_KINDS = ("breathe", "choose", "write", "finish")

# The practice loop: five points, in order, with the words shown next to each.
# Translate the words with ``translate("Routine", words)`` where they are shown.
LOOP_POINTS: tuple[tuple[str, str], ...] = (
    ("notice", i18n.QT_TRANSLATE_NOOP("Routine", "Notice")),
    ("breathe", i18n.QT_TRANSLATE_NOOP("Routine", "Breathe")),
    ("name", i18n.QT_TRANSLATE_NOOP("Routine", "Name the need")),
    ("kind", i18n.QT_TRANSLATE_NOOP("Routine", "Respond kindly")),
    ("boundary", i18n.QT_TRANSLATE_NOOP("Routine", "Set a boundary")),
)
LOOP_IDS = tuple(point for point, _ in LOOP_POINTS)

# Settings lists a ``choose`` step may offer before its own options.
PERSONAL_LISTS = ("kind_phrases", "difficulty_names", "boundary_cues")

MAX_OPTIONS = 8

# Keys each kind of step must have, and the ones it may have.
_REQUIRED = {
    "breathe": ("id", "kind", "title", "body"),
    "choose": ("id", "kind", "title", "body", "options"),
    "write": ("id", "kind", "title", "body", "field_label"),
    "finish": ("id", "kind", "title", "body"),
}
_ANY_STEP = ("loop", "spoken")
_OPTIONAL = {
    "breathe": ("anchor", "cycles", "checklist", "checklist_label", *_ANY_STEP),
    "choose": ("own_label", "personal", *_ANY_STEP),
    "write": (*_ANY_STEP,),
    "finish": ("next_prompt", "note", "tip", "loop_picture", *_ANY_STEP),
}
_TOP_REQUIRED = ("id", "title", "summary", "steps")
_TOP_OPTIONAL = ("duration",)


class RoutineError(ValueError):
    """A routine file is broken; the message names the file and line.

    In a built-in file it is a packaging bug (the tests load every one of them); in the
    person's own file (core/routine_library.py) it is shown to them by ``steadypause
    routines`` and logged. The message names keys and TOML syntax, so it stays in English
    like the file itself. Lines carrying its texts say so with ``i18n-exempt``.
    """


@dataclass(frozen=True)
class Step:
    id: str
    kind: str
    title: str
    body: str
    anchor: str = ""
    cycles: int | None = None  # None: use the breathing setting
    checklist: tuple[str, ...] = ()  # body signals the person can tick
    checklist_label: str = ""
    options: tuple[str, ...] = ()
    own_label: str = ""
    personal: str = ""  # a settings list offered before ``options``
    field_label: str = ""
    next_prompt: str = ""
    note: str = ""
    tip: bool = False
    loop_picture: bool = False
    loop: tuple[str, ...] = ()  # the loop points this step works on
    spoken: str = ""  # what the spoken guide says in place of the title and words


@dataclass(frozen=True)
class Routine:
    id: str
    title: str
    summary: str
    duration: str
    steps: tuple[Step, ...]

    def loop_points(self) -> tuple[str, ...]:
        """The loop points any step of this routine works on, in loop order."""
        used = {point for step in self.steps for point in step.loop}
        return tuple(point for point in LOOP_IDS if point in used)


def load_routine_text(text: str, name: str) -> Routine:
    """Parse and validate one routine file's text; ``name`` is used in error messages."""
    return _validate(parse_toml(text, name, RoutineError), text, name)


def load_routine(file: Traversable) -> Routine:
    try:
        text = file.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise RoutineError(  # i18n-exempt: packaging-bug diagnostic
            f"{file.name}: not UTF-8 text"
        ) from None
    return load_routine_text(text, file.name)


# The text fields of a step that are shown to the person (the rest is structure).
STEP_TEXTS = (
    "title",
    "body",
    "anchor",
    "checklist_label",
    "own_label",
    "field_label",
    "next_prompt",
    "note",
    "spoken",
)
STEP_TEXT_LISTS = ("checklist", "options")

# (context, text) -> text shown; ``i18n.translate`` in the app, a recorder when extracting.
Translate = Callable[[str, str], str]


def translated(routine: Routine, look_up: Translate) -> Routine:
    """``routine`` with every text shown passed through ``look_up`` (context "Routine").

    Texts are looked up by their English wording, so a text with no translation (or a
    routine the person wrote) is shown as it is. They are data, not marked in code:
    ``scripts/translations`` extracts them by loading the files with a recorder as
    ``look_up``.
    """

    def shown(text: str) -> str:
        return look_up("Routine", text) if text else text  # i18n-exempt: a context name

    def translated(step: Step) -> Step:
        # Any: the fields are named by the tables above, so mypy cannot pair value and type.
        changes: dict[str, Any] = {key: shown(getattr(step, key)) for key in STEP_TEXTS}
        changes.update(
            {key: tuple(shown(t) for t in getattr(step, key)) for key in STEP_TEXT_LISTS}
        )
        return dataclasses.replace(step, **changes)

    steps = tuple(translated(step) for step in routine.steps)
    return dataclasses.replace(
        routine,
        title=shown(routine.title),
        summary=shown(routine.summary),
        duration=shown(routine.duration),
        steps=steps,
    )


def load_builtin_routines(look_up: Translate | None = None) -> dict[str, Routine]:
    """All routines shipped in the package, by id, in the language in use
    (``look_up`` defaults to :func:`steadypause.core.i18n.translate`)."""
    look_up = look_up or i18n.translate
    folder = resource("routines")
    routines: dict[str, Routine] = {}
    for file in sorted(folder.iterdir(), key=lambda f: f.name):
        if not file.name.endswith(".toml"):
            continue
        routine = load_routine(file)
        if routine.id in routines:
            raise RoutineError(  # i18n-exempt: packaging-bug diagnostic
                f"{file.name}: routine id '{routine.id}' is used twice"
            )
        routines[routine.id] = translated(routine, look_up)
    return routines


def _validate(data: dict[str, Any], text: str, name: str) -> Routine:
    where = _Locator(text, name)
    for key in _TOP_REQUIRED:
        if key not in data:
            raise RoutineError(  # i18n-exempt: packaging-bug diagnostic
                f"{name}: missing '{key}' at the top of the file"
            )
    for key in data:
        if key not in _TOP_REQUIRED + _TOP_OPTIONAL:
            raise RoutineError(  # i18n-exempt: packaging-bug diagnostic
                f"{where.key(key)}: unknown key '{key}'"
            )
    for key in ("id", "title", "summary", "duration"):
        if key in data:
            _text(data[key], where.key(key), key)
    if not ROUTINE_ID.fullmatch(data["id"]):
        raise RoutineError(  # i18n-exempt: packaging-bug diagnostic
            f"{where.key('id')}: 'id' must be one word of letters, digits, '-' or '_'"
        )
    steps_raw = data["steps"]
    if not isinstance(steps_raw, list) or not steps_raw:
        raise RoutineError(  # i18n-exempt: packaging-bug diagnostic
            f"{where.key('steps')}: 'steps' must be one or more [[steps]] tables"
        )
    steps = []
    seen: set[str] = set()
    for index, raw in enumerate(steps_raw):
        at = where.step(index)
        if not isinstance(raw, dict):
            raise RoutineError(  # i18n-exempt: packaging-bug diagnostic
                f"{at}: each step must be a [[steps]] table"
            )
        kind = raw.get("kind")
        if kind not in STEP_KINDS:
            raise RoutineError(
                f"{where.step_key(index, 'kind')}: 'kind' must be one of "
                f"{', '.join(STEP_KINDS)}, found {kind!r}"
            )  # i18n-exempt: packaging-bug diagnostic
        for key in _REQUIRED[kind]:
            if key not in raw:
                raise RoutineError(  # i18n-exempt: packaging-bug diagnostic
                    f"{at}: a '{kind}' step needs '{key}'"
                )
        for key in raw:
            if key not in _REQUIRED[kind] + _OPTIONAL[kind]:
                raise RoutineError(  # i18n-exempt: packaging-bug diagnostic
                    f"{at}: unknown key '{key}' for a '{kind}' step"
                )
        fields: dict[str, Any] = {}
        for key, value in raw.items():
            at_key = where.step_key(index, key)
            if key in ("options", "checklist"):
                if not isinstance(value, list) or not 1 <= len(value) <= MAX_OPTIONS:
                    raise RoutineError(  # i18n-exempt: packaging-bug diagnostic
                        f"{at_key}: '{key}' must be a list of 1 to {MAX_OPTIONS} texts"
                    )
                texts = tuple(_text(v, at_key, key) for v in value)
                if len({t.casefold() for t in texts}) != len(texts):
                    raise RoutineError(  # i18n-exempt: packaging-bug diagnostic
                        f"{at_key}: '{key}' lists the same text twice"
                    )
                fields[key] = texts
            elif key == "cycles":
                if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= 10:
                    raise RoutineError(  # i18n-exempt: packaging-bug diagnostic
                        f"{at_key}: 'cycles' must be a whole number from 1 to 10"
                    )
                fields[key] = value
            elif key in ("tip", "loop_picture"):
                if not isinstance(value, bool):
                    raise RoutineError(  # i18n-exempt: packaging-bug diagnostic
                        f"{at_key}: '{key}' must be true or false"
                    )
                fields[key] = value
            elif key == "personal":
                if value not in PERSONAL_LISTS:
                    raise RoutineError(  # i18n-exempt: packaging-bug diagnostic
                        f"{at_key}: 'personal' must be one of "
                        f"{', '.join(PERSONAL_LISTS)}, found {value!r}"
                    )
                fields[key] = value
            elif key == "loop":
                if (
                    not isinstance(value, list)
                    or not value
                    or any(v not in LOOP_IDS for v in value)
                ):
                    raise RoutineError(  # i18n-exempt: packaging-bug diagnostic
                        f"{at_key}: 'loop' must list points from {', '.join(LOOP_IDS)}"
                    )
                fields[key] = tuple(value)
            else:
                fields[key] = _text(value, at_key, key)
        if "checklist_label" in fields and "checklist" not in fields:
            raise RoutineError(  # i18n-exempt: packaging-bug diagnostic
                f"{where.step_key(index, 'checklist_label')}: 'checklist_label' needs a 'checklist'"
            )
        if fields["id"] in seen:
            raise RoutineError(  # i18n-exempt: packaging-bug diagnostic
                f"{at}: step id '{fields['id']}' is used twice"
            )
        seen.add(fields["id"])
        steps.append(Step(**fields))
    if steps[-1].kind != "finish":
        raise RoutineError(  # i18n-exempt: packaging-bug diagnostic
            f"{where.step(len(steps) - 1)}: the last step must be a 'finish' step"
        )
    return Routine(
        id=data["id"],
        title=data["title"],
        summary=data["summary"],
        duration=data.get("duration", ""),
        steps=tuple(steps),
    )


def _text(value: Any, at: str, key: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise RoutineError(  # i18n-exempt: packaging-bug diagnostic
            f"{at}: '{key}' must be non-empty text"
        )
    return " ".join(value.split()) if "\n" not in value.strip() else _paragraphs(value)


def _paragraphs(value: str) -> str:
    """Join wrapped lines inside a paragraph; keep blank lines between paragraphs."""
    paragraphs = re.split(r"\n\s*\n", value.strip())
    return "\n\n".join(" ".join(p.split()) for p in paragraphs)


class _Locator:
    """Finds line numbers for messages, since tomllib does not report them for values."""

    def __init__(self, text: str, name: str) -> None:
        self._text = text
        self._name = name
        self._step_lines = header_lines(text, "steps")

    def key(self, key: str) -> str:
        match = re.search(rf"^[ \t]*{re.escape(key)}[ \t]*=", self._text, re.M)
        if match is None:
            return self._name
        return (  # i18n-exempt: packaging-bug diagnostic
            f"{self._name}, line {self._text.count(chr(10), 0, match.start()) + 1}"
        )

    def step_key(self, index: int, key: str) -> str:
        """Where ``key`` is set inside step ``index`` (the step's header if not found)."""
        if index < len(self._step_lines):
            lines = self._text.split("\n")
            start = self._step_lines[index]
            end = (
                self._step_lines[index + 1] - 1 if index + 1 < len(self._step_lines) else len(lines)
            )
            pattern = re.compile(rf"^[ \t]*{re.escape(key)}[ \t]*=")
            for number in range(start + 1, end + 1):
                if pattern.match(lines[number - 1]):
                    return (  # i18n-exempt: packaging-bug diagnostic
                        f"{self._name}, line {number} (step {index + 1})"
                    )
        return self.step(index)

    def step(self, index: int) -> str:
        if index < len(self._step_lines):
            return (  # i18n-exempt: packaging-bug diagnostic
                f"{self._name}, line {self._step_lines[index]} (step {index + 1})"
            )
        return f"{self._name} (step {index + 1})"  # i18n-exempt: packaging-bug diagnostic
