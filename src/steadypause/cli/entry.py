"""``steadypause``: parse the arguments, run one command, return its exit code.

Exit codes (``exits``): 0 success, 1 the command failed, 2 bad arguments, 3 Steady Pause
is not running, 4 ``pause ROUTINE`` found another routine's pause open (brought forward).

Human text (help, messages, status) speaks the language of the ``language`` setting, read
from the settings file before the parser is built (``language``); ``--json`` output and
``config reference`` (docs/settings.md) stay as they are.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from steadypause import APP_NAME, DISPLAY_NAME, __version__
from steadypause.cli import app_commands, desktop_commands, language
from steadypause.cli.exits import EXIT_NOT_RUNNING, EXIT_USAGE, fail
from steadypause.core import i18n
from steadypause.core.control_characters import escaped
from steadypause.core.i18n import translate
from steadypause.ipc import errors

# Loggers whose warnings ``config`` prints itself (LoadResult.messages).
SETTINGS_LOGGERS = "steadypause.core.settings"

# Commands that may start the app, which sets up its own logging.
_STARTS_THE_APP = {None, "pause"}

# A plain start (the launcher entry, the autostart entry) takes no parser: building it would
# import every command's module (the settings reference, the history, the routines) before
# the tray icon, for nothing (issue 18).
_PLAIN_STARTS = {(): False, ("--autostart",): True}


def commands() -> dict[str, Callable[[argparse.Namespace], int]]:
    """Every command by name (the first word after ``steadypause``)."""
    from steadypause.cli import config_command, history_command, routines_command

    return {
        "config": config_command.run,
        **app_commands.COMMANDS,
        "history": history_command.run,
        "routines": routines_command.run,
    }


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description=translate(
            "Cli",
            "{name}: a short compassion pause at the day's transitions. Without a command, "
            "start the tray app.",
        ).format(name=DISPLAY_NAME),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"{APP_NAME} {__version__}",
        help=translate("Cli", "show program's version number and exit"),
    )
    parser.add_argument(
        "--autostart",
        action="store_true",
        help=translate(
            "Cli", "started by the desktop session at login (used by the autostart entry)"
        ),
    )
    desktop_commands.add_arguments(parser)
    from steadypause.cli import config_command, history_command, routines_command

    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    app_commands.add_parsers(subparsers)
    history_command.add_parser(subparsers)
    routines_command.add_parser(subparsers)
    config_command.add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    # argparse's own messages go through its module-level gettext alias ``_``, which
    # typeshed leaves out; swapping it is how they are translated.
    previous = i18n.in_use(), argparse._  # type: ignore[attr-defined]
    try:
        if language.prints_human_text(args):
            language.use_the_persons_language()
            argparse._ = language.argparse_text  # type: ignore[attr-defined]
        return _main(args)
    finally:
        i18n.use(previous[0])
        argparse._ = previous[1]  # type: ignore[attr-defined]


def _main(argv: list[str]) -> int:
    plain = _PLAIN_STARTS.get(tuple(argv))
    if plain is not None:
        return _reported(lambda: app_commands.start(autostart=plain))
    parser = build_parser()
    try:
        options = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, bad arguments
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    setup = desktop_commands.chosen(options)
    if setup and (options.command is not None or options.autostart):
        parser.print_usage(sys.stderr)
        print(
            translate("Cli", "{program}: {option} goes on its own, without a command").format(
                program=APP_NAME, option=setup[0]
            ),
            file=sys.stderr,
        )
        return EXIT_USAGE
    if setup:
        return desktop_commands.run(options)
    return _reported(lambda: _dispatch(parser, options))


def _dispatch(parser: argparse.ArgumentParser, options: argparse.Namespace) -> int:
    if options.command is None:
        return app_commands.start(autostart=options.autostart)
    if options.autostart:
        parser.print_usage(sys.stderr)
        print(
            translate("Cli", "{program}: --autostart only applies when starting the app").format(
                program=APP_NAME
            ),
            file=sys.stderr,
        )
        return EXIT_USAGE
    with _warnings_to_stderr(options.command not in _STARTS_THE_APP):
        return commands()[options.command](options)


def _reported(run: Callable[[], int]) -> int:
    """``run``'s exit code; the command channel's failures told in words."""
    try:
        return run()
    except errors.NotRunning:
        print(translate("Cli", "{name} is not running.").format(name=DISPLAY_NAME), file=sys.stderr)
        return EXIT_NOT_RUNNING
    except errors.CommandError as exc:
        return fail(str(exc))
    except errors.IpcError as exc:
        return fail(
            translate("Cli", "could not talk to {name}: {problem}").format(
                name=DISPLAY_NAME, problem=exc
            )
        )


class _EscapedFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return escaped(super().format(record))


@contextmanager
def _warnings_to_stderr(wanted: bool) -> Iterator[None]:
    """Warnings logged while a command runs go to stderr as ``steadypause: ...``, escaped:
    they may quote text from files. The settings' own (a value that falls back, say) are
    left out: ``config`` prints them as the load reports them, in the person's language."""
    if not wanted:
        yield
        return
    handler = logging.StreamHandler()
    handler.setLevel(logging.WARNING)
    handler.addFilter(lambda record: not record.name.startswith(SETTINGS_LOGGERS))
    handler.setFormatter(_EscapedFormatter(f"{APP_NAME}: %(message)s"))  # i18n-exempt: a log format
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)
