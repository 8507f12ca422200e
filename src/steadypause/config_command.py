"""``steadypause config``: read and change settings without the app, and the reference page.

Works on the user's ``settings.toml`` through :class:`SettingsStore`, so the same checks,
the same atomic write and the same system-wide defaults apply as in the app. Every value
is parsed according to its field's declaration.

Its messages and help speak the person's language; the reference page (docs/settings.md)
is English, whatever the language (``cli`` installs no translations for it).
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import re
import sys
import tomllib
from typing import Any

from steadypause import APP_NAME, DISPLAY_NAME, ipc
from steadypause.core.i18n import QT_TRANSLATE_NOOP, translate
from steadypause.core.settings import (
    CONTACT_NAME_MAX,
    FIELDS,
    FIELDS_BY_NAME,
    GROUP_TITLES,
    GROUPS,
    MINUTES_LIST_MAX,
    TEXT_ITEM_MAX,
    TEXT_LIST_MAX,
    Field,
    SettingsStore,
    format_value,
    user_store,
)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

_INT = re.compile(r"[+-]?[0-9]+")
_FLOAT = re.compile(r"[+-]?([0-9]+\.?[0-9]*|\.[0-9]+)")

# Where a value in ``config list`` comes from (LoadResult.sources), in words.
_SOURCES = {
    "user": QT_TRANSLATE_NOOP("Cli", "user"),
    "site": QT_TRANSLATE_NOOP("Cli", "site"),
    "default": QT_TRANSLATE_NOOP("Cli", "default"),
}


class BadValue(ValueError):
    """The text given for a setting cannot be its value; the message says why."""


def add_parser(commands: argparse._SubParsersAction) -> None:
    config = commands.add_parser("config", help=translate(
        "Cli", "show or change settings (works whether or not the app is running)"))
    actions = config.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser("list", help=translate(
        "Cli", "every setting with its value and where it comes from"))
    get = actions.add_parser("get", help=translate("Cli", "one setting's value"))
    get.add_argument("key", metavar="KEY")
    set_ = actions.add_parser(
        "set", help=translate("Cli", "change a setting in your settings.toml"),
        description=translate(
            "Cli", "VALUE is read according to the setting: a number, true or false, one of "
            "the choices, 'HH:MM', 'HH:MM-HH:MM' (or '' for a day off), or a TOML array such "
            "as '[\"one\", \"two\"]'. See docs/settings.md."))
    set_.add_argument("key", metavar="KEY")
    set_.add_argument("value", metavar="VALUE")
    actions.add_parser("reference", help=translate(
        "Cli", "print the settings reference (Markdown)"))


def run(options: argparse.Namespace, store: SettingsStore | None = None) -> int:
    if options.action == "reference":
        sys.stdout.write(reference())
        return EXIT_OK
    store = store if store is not None else user_store()
    if options.action == "list":
        loaded = store.load()
        _print_messages(loaded.messages)
        width = max(len(f.name) for f in FIELDS)
        for field in FIELDS:
            value = format_value(getattr(loaded.settings, field.name))
            source = loaded.sources[field.name]
            if source in _SOURCES:
                source = translate("Cli", _SOURCES[source])
            print(f"{field.name:<{width}} = {value}  # {source}")
        return EXIT_OK
    field = _field(options.key)
    if field is None:
        return EXIT_USAGE
    if options.action == "get":
        loaded = store.load()
        _print_messages(loaded.messages)
        print(format_value(getattr(loaded.settings, field.name)))
        return EXIT_OK
    try:
        value = parse_value(field, options.value)
    except BadValue as exc:
        print(f"{APP_NAME}: {field.name}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    loaded = store.load()
    if not loaded.writable:
        _print_messages(loaded.messages)
        print(translate("Cli", "{program}: {path} cannot be changed, so nothing was saved.")
              .format(program=APP_NAME, path=store.path), file=sys.stderr)
        return EXIT_FAILED
    try:
        store.save(dataclasses.replace(loaded.settings, **{field.name: value}))
    except OSError as exc:
        print(translate("Cli", "{program}: could not save {path}: {problem}")
              .format(program=APP_NAME, path=store.path, problem=exc.strerror or exc),
              file=sys.stderr)
        return EXIT_FAILED
    print(f"{field.name} = {format_value(value)}")
    _tell_running_instance()
    return EXIT_OK


def _field(key: str) -> Field | None:
    field = FIELDS_BY_NAME.get(key)
    if field is None:
        close = difflib.get_close_matches(key, list(FIELDS_BY_NAME), n=3, cutoff=0.6)
        if close:
            names = close[0]
            for name in close[1:]:
                names = translate("Cli", "{first} or {second}").format(first=names, second=name)
            message = translate("Cli", "{program}: there is no setting '{key}'; did you mean "
                                "{names}?").format(program=APP_NAME, key=key, names=names)
        else:
            command = f"{APP_NAME} config list"  # i18n-exempt: a command
            message = translate("Cli", "{program}: there is no setting '{key}'; '{command}' "
                                "shows them all").format(program=APP_NAME, key=key,
                                                         command=command)
        print(message, file=sys.stderr)
    return field


def _print_messages(messages: list[str]) -> None:
    for message in messages:
        print(f"{APP_NAME}: {message}", file=sys.stderr)


def _tell_running_instance() -> None:
    try:
        ipc.send_command("reload-settings")
    except ipc.NotRunning:
        return
    except (ipc.IpcError, ipc.CommandError) as exc:
        print(translate("Cli", "{program}: saved, but the running {name} did not take it up "
                        "({problem}); it will on its next start.")
              .format(program=APP_NAME, name=DISPLAY_NAME, problem=exc), file=sys.stderr)
        return
    print(translate("Cli", "The running {name} uses it now.").format(name=DISPLAY_NAME))


def parse_value(field: Field, text: str) -> Any:
    """The value ``text`` stands for, checked against ``field``; raises :class:`BadValue`."""
    kind = field.kind
    value: Any
    if kind == "int":
        if not _INT.fullmatch(text.strip()):
            raise BadValue(translate("Cli", "expected a whole number, found {text}")
                           .format(text=repr(text)))
        value = int(text)
    elif kind == "float":
        if not _FLOAT.fullmatch(text.strip()):
            raise BadValue(translate("Cli", "expected a number such as 4 or 5.5, found {text}")
                           .format(text=repr(text)))
        value = float(text)
    elif kind == "bool":
        words = {"true": True, "false": False}
        if text.strip().lower() not in words:
            raise BadValue(translate("Cli", "expected true or false, found {text}")
                           .format(text=repr(text)))
        value = words[text.strip().lower()]
    elif kind in ("text_list", "contacts", "minutes_list"):
        try:
            value = tomllib.loads(f"value = {text}")["value"]  # i18n-exempt: TOML source
        except tomllib.TOMLDecodeError as exc:
            example = {  # i18n-exempt: TOML examples
                "text_list": '\'["first", "second"]\'', "minutes_list": "'[15, 30, 60]'",
                "contacts": '\'[{name = "Sam", link = "tel:+15550100"}]\''}[kind]
            raise BadValue(translate("Cli", "expected a TOML array such as {example} ({problem})")
                           .format(example=example, problem=exc)) from None
    else:
        value = text.strip()
    coerced, problem = field.coerce(value)
    if problem:
        # core/settings.py ends a list's problems with what is kept, which does not fit a
        # value that is refused whole: take that ending off, in the language in use
        for ending in (translate("Settings", "{problems}; the other entries are kept"),
                       translate("Settings", "{problems}; the other contacts are kept")):
            problem = problem.removesuffix(ending.format(problems=""))
        raise BadValue(problem)
    return coerced


# --- the reference page ------------------------------------------------------------------


def allowed(field: Field) -> str:
    """What values a field takes, in a few words (English: for docs/settings.md)."""
    # The reference page is English, like the docs (hence the i18n-exempt lines).
    if field.kind in ("int", "float"):
        unit = "whole number" if field.kind == "int" else "number"  # i18n-exempt: docs
        return f"{unit}, {_num(field.minimum)}–{_num(field.maximum)}"
    if field.kind == "bool":
        return "`true` or `false`"  # i18n-exempt: docs
    if field.kind == "choice":
        return ", ".join(f"`{c}`" for c in field.choices or ())
    if field.kind == "time":
        return "`\"HH:MM\"`"
    if field.kind == "hours":
        return "`\"HH:MM-HH:MM\"`, or `\"\"` for a day off"  # i18n-exempt: docs
    if field.kind == "text_list":
        return (f"up to {TEXT_LIST_MAX} one-line texts of 1–{TEXT_ITEM_MAX} characters, "
                "no repeats")  # i18n-exempt: docs
    if field.kind == "minutes_list":
        return (f"a list of 1–{MINUTES_LIST_MAX} different whole numbers of minutes, "
                f"{_num(field.minimum)}–{_num(field.maximum)}")  # i18n-exempt: docs
    if field.kind == "key_combination":
        return "keys like `\"Ctrl+Alt+Shift+P\"`, or `\"\"` for none"  # i18n-exempt: docs
    if field.kind == "contacts":
        return (f"up to {TEXT_LIST_MAX} `[[{field.name}]]` tables: `name` (1–{CONTACT_NAME_MAX} "
                "characters) and `link` (a phone number or an http(s), mailto or tel link)"
                )  # i18n-exempt: docs
    raise AssertionError(field.kind)


def _num(x: float | None) -> str:
    if x is None:
        return "…"
    return str(int(x)) if float(x).is_integer() else str(x)


def reference() -> str:
    """docs/settings.md: every setting, generated from its declaration."""
    lines = [  # i18n-exempt: docs/settings.md is English, like the other docs
        "# Settings reference",
        "",
        "<!-- Generated from src/steadypause/core/settings.py by "
        "`steadypause config reference > docs/settings.md`; do not edit by hand. -->",
        "",
        "Settings live in `~/.config/steadypause/settings.toml` (or "
        "`$XDG_CONFIG_HOME/steadypause/`). Change them in the app (**Settings…** in the tray "
        "menu or the status window), with `steadypause config set KEY VALUE`, or by editing "
        "the file while the app is closed. A `settings.toml` in the system-wide configuration "
        "directory (e.g. `/etc/xdg/steadypause/`) sets defaults for everyone on the computer; "
        "each person's own file overrides it key by key.",
        "",
    ]
    for group in GROUPS:
        fields = [f for f in FIELDS if f.group == group]
        if not fields:
            continue
        lines += [f"## {GROUP_TITLES[group]}", "",
                  "| key | label in the dialog | kind | default | allowed | description |",
                  "|---|---|---|---|---|---|"]  # i18n-exempt: docs (English)
        for f in fields:
            cells = [f"`{f.name}`", f.title, f.kind, f"`{format_value(f.default)}`",
                     allowed(f), f.description]
            lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
        lines.append("")
    return "\n".join(lines)
