"""``steadypause config``: read and change settings without the app, and the reference page.

Works on the user's ``settings.toml`` through :class:`SettingsStore`, so the same checks,
the same atomic write and the same system-wide defaults apply as in the app. Every value
is read, checked and shown by its field's kind (core/settings/kinds.py).

Its messages and help speak the person's language; the reference page (docs/settings.md,
core/settings/reference.py) is English, whatever the language (``cli`` installs no
translations for it).
"""

from __future__ import annotations

import argparse
import dataclasses
import difflib
import sys
from typing import Any

from steadypause import APP_NAME, DISPLAY_NAME
from steadypause.core.control_characters import escaped
from steadypause.core.i18n import QT_TRANSLATE_NOOP, translate
from steadypause.core.settings import (
    FIELDS,
    FIELDS_BY_NAME,
    VALUE_TEXT_MAX,
    BadValue,
    Field,
    SettingsStore,
    user_store,
)
from steadypause.core.settings.reference import reference
from steadypause.ipc import client, errors

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

# Where a value in ``config list`` comes from (LoadResult.sources), in words.
_SOURCES = {
    "user": QT_TRANSLATE_NOOP("Cli", "user"),
    "site": QT_TRANSLATE_NOOP("Cli", "site"),
    "default": QT_TRANSLATE_NOOP("Cli", "default"),
}


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    config = commands.add_parser(
        "config",
        help=translate("Cli", "show or change settings (works whether or not the app is running)"),
    )
    actions = config.add_subparsers(dest="action", metavar="ACTION", required=True)
    actions.add_parser(
        "list", help=translate("Cli", "every setting with its value and where it comes from")
    )
    get = actions.add_parser("get", help=translate("Cli", "one setting's value"))
    get.add_argument("key", metavar="KEY")
    set_ = actions.add_parser(
        "set",
        help=translate("Cli", "change a setting in your settings.toml"),
        description=translate(
            "Cli",
            "VALUE is read according to the setting: a number, true or false, one of "
            "the choices, 'HH:MM', 'HH:MM-HH:MM' (or '' for a day off), or a TOML array such "
            'as \'["one", "two"]\'. See docs/settings.md.',
        ),
    )
    set_.add_argument("key", metavar="KEY")
    set_.add_argument("value", metavar="VALUE")
    actions.add_parser(
        "reference", help=translate("Cli", "print the settings reference (Markdown)")
    )


def run(options: argparse.Namespace, store: SettingsStore | None = None) -> int:
    if options.action == "reference":
        sys.stdout.write(reference())
        return EXIT_OK
    store = store if store is not None else user_store()
    if options.action == "list":
        loaded = store.load()
        _print_messages(loaded.messages)
        width = max(len(f.name) for f in FIELDS)
        for listed in FIELDS:
            value = listed.kind.to_toml(getattr(loaded.settings, listed.name))
            source = loaded.sources[listed.name]
            if source in _SOURCES:
                source = translate("Cli", _SOURCES[source])
            print(escaped(f"{listed.name:<{width}} = {value}  # {source}"))
        return EXIT_OK
    field = _field(options.key)
    if field is None:
        return EXIT_USAGE
    if options.action == "get":
        loaded = store.load()
        _print_messages(loaded.messages)
        print(escaped(field.kind.to_toml(getattr(loaded.settings, field.name))))
        return EXIT_OK
    try:
        value = parse_value(field, options.value)
    except BadValue as exc:
        print(escaped(f"{APP_NAME}: {field.name}: {exc}"), file=sys.stderr)
        return EXIT_USAGE
    loaded = store.load()
    _print_messages(loaded.messages)
    if not loaded.writable:
        print(
            translate("Cli", "{program}: {path} cannot be changed, so nothing was saved.").format(
                program=APP_NAME, path=store.path
            ),
            file=sys.stderr,
        )
        return EXIT_FAILED
    try:
        kept = store.save(dataclasses.replace(loaded.settings, **{field.name: value}))
    except OSError as exc:
        print(
            translate("Cli", "{program}: could not save {path}: {problem}").format(
                program=APP_NAME, path=store.path, problem=exc.strerror or exc
            ),
            file=sys.stderr,
        )
        return EXIT_FAILED
    if kept is not None:
        print(
            escaped(
                translate(
                    "Cli",
                    "{program}: the values {name} could not use were left out of the file; "
                    "the file as it was is kept as {path}.",
                ).format(program=APP_NAME, name=DISPLAY_NAME, path=kept)
            ),
            file=sys.stderr,
        )
    print(escaped(f"{field.name} = {field.kind.to_toml(value)}"))
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
            message = translate(
                "Cli", "{program}: there is no setting '{key}'; did you mean {names}?"
            ).format(program=APP_NAME, key=key, names=names)
        else:
            command = f"{APP_NAME} config list"  # i18n-exempt: a command
            message = translate(
                "Cli", "{program}: there is no setting '{key}'; '{command}' shows them all"
            ).format(program=APP_NAME, key=key, command=command)
        print(message, file=sys.stderr)
    return field


def _print_messages(messages: list[str]) -> None:
    for message in messages:
        print(escaped(f"{APP_NAME}: {message}"), file=sys.stderr)


def _tell_running_instance() -> None:
    try:
        client.send_command("reload-settings")
    except errors.NotRunning:
        return
    except (errors.IpcError, errors.CommandError) as exc:
        print(
            translate(
                "Cli",
                "{program}: saved, but the running {name} did not take it up "
                "({problem}); it will on its next start.",
            ).format(program=APP_NAME, name=DISPLAY_NAME, problem=escaped(str(exc))),
            file=sys.stderr,
        )
        return
    print(translate("Cli", "The running {name} uses it now.").format(name=DISPLAY_NAME))


def parse_value(field: Field, text: str) -> Any:
    """The value ``text`` stands for, checked against ``field``; raises :class:`BadValue`."""
    if len(text) > VALUE_TEXT_MAX:
        raise BadValue(
            translate("Cli", "a value can be at most {most} characters ({given} given)").format(
                most=VALUE_TEXT_MAX, given=len(text)
            )
        )
    coerced, problem = field.coerce(field.kind.from_text(text, field))
    if problem:
        # The kinds end a list's problems with what is kept, which does not fit a value
        # that is refused whole: take that ending off, in the language in use
        for ending in (
            translate("Settings", "{problems}; the other entries are kept"),
            translate("Settings", "{problems}; the other contacts are kept"),
        ):
            problem = problem.removesuffix(ending.format(problems=""))
        raise BadValue(problem)
    return coerced
