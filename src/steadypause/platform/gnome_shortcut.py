"""``steadypause --setup-shortcut [BINDING]``: a GNOME custom keybinding for "pause now".

GNOME keeps custom shortcuts in two documented GSettings places:

- the list ``custom-keybindings`` in ``org.gnome.settings-daemon.plugins.media-keys``,
  which holds object paths like ``/org/gnome/settings-daemon/plugins/media-keys/
  custom-keybindings/custom0/``;
- for each path, the relocatable schema ``org.gnome.settings-daemon.plugins.media-keys.
  custom-keybinding`` at that path, with the keys ``name``, ``command`` and ``binding``.

This module reads both through the ``gsettings`` tool, works out what to do in a pure
function (``plan``), and runs the resulting ``gsettings set`` commands. It never changes
an existing binding: when one of the custom shortcuts already runs ``steadypause pause``
it says so and stops, and when the wanted key combination is taken (by a custom shortcut
or one of GNOME's own) it stops and names who has it.

The portable key combinations of the ``pause_shortcut`` setting (``"Ctrl+Alt+Shift+P"``,
for the Windows global hotkey) are read in core/keys.py.
"""

from __future__ import annotations

import ast
import re
import shlex
import shutil
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from steadypause import APP_NAME, DISPLAY_NAME
from steadypause.core.i18n import translate

DEFAULT_BINDING = "<Super><Shift>p"
MEDIA_KEYS = "org.gnome.settings-daemon.plugins.media-keys"
CUSTOM_SCHEMA = f"{MEDIA_KEYS}.custom-keybinding"
CUSTOM_DIR = "/org/gnome/settings-daemon/plugins/media-keys/custom-keybindings/"
# Where GNOME's own shortcuts live; a binding found in any of them is taken.
BUILTIN_SCHEMAS = (
    "org.gnome.desktop.wm.keybindings",
    "org.gnome.shell.keybindings",
    "org.gnome.mutter.keybindings",
    "org.gnome.mutter.wayland.keybindings",
    MEDIA_KEYS,
)

# Runs ``gsettings`` with these arguments and returns its standard output; raises
# ShortcutError when it fails. Tests pass a fake.
Runner = Callable[[Sequence[str]], str]


class ShortcutError(Exception):
    """Why the shortcut could not be set up, in words for the person."""


# --- key combinations ----------------------------------------------------------------------

_MODIFIER_ALIASES = {
    "ctrl": "control",
    "control": "control",
    "primary": "control",
    "shift": "shift",
    "alt": "alt",
    "mod1": "alt",
    "super": "super",
    "mod4": "super",
    "meta": "meta",
    "hyper": "hyper",
}
_ACCEL = re.compile(r"((?:<[A-Za-z0-9]+>)*)([A-Za-z0-9_]+)")


def normalize(binding: str) -> tuple[frozenset[str], str] | None:
    """``"<Shift><Super>P"`` and ``"<super><shift>p"`` both give ({shift, super}, "p").

    None for something that is not a key combination (``""``, ``"disabled"``).
    """
    match = _ACCEL.fullmatch(binding.strip())
    if not match or binding.strip().lower() == "disabled":
        return None
    modifiers = frozenset(
        _MODIFIER_ALIASES.get(m.lower(), m.lower())
        for m in re.findall(r"<([A-Za-z0-9]+)>", match.group(1))
    )
    return modifiers, match.group(2).lower()


def check_binding(binding: str) -> str:
    """The binding if it is usable, else ShortcutError saying why."""
    parsed = normalize(binding)
    if parsed is None:
        raise ShortcutError(
            translate(
                "Shortcut",
                "{binding} is not a key combination; write it like {example} "
                "(modifiers in angle brackets, then the key)",
            ).format(binding=repr(binding), example=DEFAULT_BINDING)
        )
    modifiers, key = parsed
    unknown = modifiers - set(_MODIFIER_ALIASES.values())
    if unknown:
        raise ShortcutError(
            translate(
                "Shortcut",
                "unknown modifier {modifier} in {binding}; use <Control>, <Shift>, "
                "<Alt> or <Super>",
            ).format(modifier=", ".join(sorted(unknown)), binding=repr(binding))
        )
    if not modifiers and not re.fullmatch(r"f([1-9]|[12][0-9]|3[0-5])", key):
        raise ShortcutError(
            translate(
                "Shortcut",
                "{binding} has no modifier, so typing that key would open a pause; "
                "add <Super>, <Control>, <Alt> or <Shift>",
            ).format(binding=repr(binding))
        )
    return binding.strip()


# --- reading GSettings ---------------------------------------------------------------------


def parse_value(text: str) -> object:
    """A GVariant text value as gsettings prints it (strings, arrays of strings, others)."""
    text = text.strip()
    for prefix in ("@as ", "@s "):
        if text.startswith(prefix):
            text = text[len(prefix) :]
    try:
        return ast.literal_eval(text)
    except (ValueError, SyntaxError):
        return text  # numbers with type prefixes, enums and the like: not needed here


def gvariant_string(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def gvariant_string_array(values: Sequence[str]) -> str:
    return "[" + ", ".join(gvariant_string(v) for v in values) + "]"


@dataclass(frozen=True)
class Custom:
    path: str
    name: str
    command: str
    binding: str


@dataclass(frozen=True)
class GnomeShortcuts:
    """What is bound now: the custom shortcuts, and GNOME's own as (where, binding)."""

    paths: tuple[str, ...]
    customs: tuple[Custom, ...]
    builtin: tuple[tuple[str, str], ...] = ()


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    return []


def read_state(run: Runner) -> GnomeShortcuts:
    paths = tuple(_strings(parse_value(run(["get", MEDIA_KEYS, "custom-keybindings"]))))
    customs = []
    for path in paths:
        where = f"{CUSTOM_SCHEMA}:{path}"
        values = {
            key: parse_value(run(["get", where, key])) for key in ("name", "command", "binding")
        }
        customs.append(Custom(path, *(str(values[k]) for k in ("name", "command", "binding"))))
    builtin = []
    for schema in BUILTIN_SCHEMAS:
        try:
            listing = run(["list-recursively", schema])
        except ShortcutError:
            continue  # this GNOME version has no such schema
        for line in listing.splitlines():
            parts = line.split(" ", 2)
            if len(parts) != 3 or parts[1] == "custom-keybindings":
                continue
            for value in _strings(parse_value(parts[2])):
                if normalize(value) is not None:
                    builtin.append((f"{parts[0]} {parts[1]}", value))
    return GnomeShortcuts(paths, tuple(customs), tuple(builtin))


# --- deciding ------------------------------------------------------------------------------


def runs_pause(command: str) -> bool:
    """Does a shortcut's command open a Steady Pause pause (whatever path it names)?"""
    try:
        argv = shlex.split(command)
    except ValueError:
        return False
    if len(argv) >= 2 and argv[-1] == "pause":
        if PurePosixPath(argv[-2]).name == "steadypause":
            return True
        return argv[-3:-1] == ["-m", "steadypause"]
    return False


@dataclass(frozen=True)
class Plan:
    """The gsettings commands to run, or why there is nothing to run."""

    commands: tuple[tuple[str, ...], ...] = ()
    already: Custom | None = None  # our shortcut is there already
    taken_custom: Custom | None = None  # the binding belongs to this custom shortcut
    taken_builtin: str = ""  # ... or to this one of GNOME's own (schema key)
    path: str = ""  # where the new shortcut goes
    notes: list[str] = field(default_factory=list)

    @property
    def taken_by(self) -> str:
        """Who has the binding, as a phrase ("" when nobody)."""
        if self.taken_custom is not None:
            return translate("Shortcut", "your custom shortcut {name} ({command})").format(
                name=repr(self.taken_custom.name), command=self.taken_custom.command
            )
        if self.taken_builtin:
            return translate("Shortcut", "GNOME's own shortcut {where}").format(
                where=self.taken_builtin
            )
        return ""


def plan(state: GnomeShortcuts, binding: str, command: Sequence[str]) -> Plan:
    """Pure: what to do to bind ``binding`` to ``command`` (argv) given ``state``."""
    wanted = normalize(check_binding(binding))
    for custom in state.customs:
        if runs_pause(custom.command):
            return Plan(already=custom)
    for custom in state.customs:
        if normalize(custom.binding) == wanted:
            return Plan(taken_custom=custom)
    for where, value in state.builtin:
        if normalize(value) == wanted:
            return Plan(taken_builtin=where)
    used = set(state.paths)
    number = 0
    while f"{CUSTOM_DIR}custom{number}/" in used:
        number += 1
    path = f"{CUSTOM_DIR}custom{number}/"
    where = f"{CUSTOM_SCHEMA}:{path}"
    commands = (
        # The name GNOME's keyboard settings show for it.
        (
            "set",
            where,
            "name",
            gvariant_string(translate("Shortcut", "{app}: pause now").format(app=DISPLAY_NAME)),
        ),
        ("set", where, "command", gvariant_string(shlex.join(command))),
        ("set", where, "binding", gvariant_string(binding.strip())),
        # The list last: GNOME picks the shortcut up once it is complete.
        ("set", MEDIA_KEYS, "custom-keybindings", gvariant_string_array([*state.paths, path])),
    )
    return Plan(commands=commands, path=path)


# --- doing ---------------------------------------------------------------------------------


def gsettings_runner() -> Runner:
    """The real ``gsettings``; ShortcutError when it or GNOME's schemas are not there."""
    tool = shutil.which("gsettings")
    if tool is None:
        raise ShortcutError(
            translate(
                "Shortcut",
                "gsettings is not installed, so GNOME's shortcuts cannot be set from here",
            )
        )

    def run(args: Sequence[str]) -> str:
        done = subprocess.run(
            [tool, *args], capture_output=True, text=True, check=False, timeout=20
        )
        if done.returncode != 0:
            raise ShortcutError(
                translate("Shortcut", "gsettings {command} failed: {error}").format(
                    command=" ".join(args[:3]), error=done.stderr.strip() or done.returncode
                )
            )
        return done.stdout

    schemas = run(["list-schemas"]).split()
    if MEDIA_KEYS not in schemas or CUSTOM_SCHEMA not in run(["list-relocatable-schemas"]).split():
        raise ShortcutError(
            translate(
                "Shortcut",
                "GNOME's keyboard settings ({schema}) are not installed here; this "
                "works on GNOME only",
            ).format(schema=MEDIA_KEYS)
        )
    return run


def setup(binding: str, command: Sequence[str], run: Runner) -> Plan:
    """Read, plan, and run the plan. Returns the plan (for the messages)."""
    state = read_state(run)
    chosen = plan(state, binding, command)
    for args in chosen.commands:
        run(list(args))
    return chosen


# --- telling the person (the settings dialog's button) ---------------------------------------


def shown(binding: str) -> str:
    """``"<Super><Shift>p"`` as a person reads it: ``"Super+Shift+P"``."""
    parsed = normalize(binding)
    if parsed is None:
        return binding
    modifiers, key = parsed
    order = ("super", "meta", "hyper", "control", "alt", "shift")
    names = {"control": "Ctrl"}  # i18n-exempt: a key name
    words = [names.get(m, m.capitalize()) for m in sorted(modifiers, key=order.index)]
    return "+".join([*words, key.upper() if len(key) == 1 else key.capitalize()])


def outcome(result: Plan, binding: str) -> str:
    """What ``setup`` did, in whole sentences (nothing is ever overwritten)."""
    keys = shown(binding)
    if result.already is not None:
        return translate(
            "Shortcut",
            "A shortcut for a pause is already there: {keys} (“{name}”). It was left as it is.",
        ).format(keys=shown(result.already.binding), name=result.already.name)
    if result.taken_custom is not None:
        return translate(
            "Shortcut",
            "{keys} is already used by your custom shortcut “{name}”, so nothing "
            "was changed. You can bind the command “{command}” to other keys in Settings → "
            "Keyboard → Keyboard Shortcuts → Custom Shortcuts.",
        ).format(keys=keys, name=result.taken_custom.name, command=f"{APP_NAME} pause")
    if result.taken_by:
        return translate(
            "Shortcut",
            "{keys} is already used by one of GNOME's own shortcuts ({where}), so "
            "nothing was changed. You can bind the command “{command}” to other keys in "
            "Settings → Keyboard → Keyboard Shortcuts → Custom Shortcuts.",
        ).format(keys=keys, where=result.taken_builtin, command=f"{APP_NAME} pause")
    return translate(
        "Shortcut",
        "Done: {keys} now opens a pause. You can change or remove it in Settings → "
        "Keyboard → Keyboard Shortcuts → Custom Shortcuts.",
    ).format(keys=keys)


def failure(error: ShortcutError) -> str:
    """Why the button could not set it up, and what to do instead."""
    return translate(
        "Shortcut",
        "It could not be set up from here: {error}. You can bind the command "
        "“{command}” in your desktop's keyboard settings instead.",
    ).format(error=error, command=f"{APP_NAME} pause")
