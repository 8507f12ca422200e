"""Commands for the running app (``pause``, ``snooze``, ``resume``, ``close-day``, ``quit``,
``status``), sent over the command channel; and starting the app.

Each command returns the exit code; ``entry.main`` turns the channel's errors into messages
and exit codes. The status wording (status_text, with the cues' table) is imported by the
commands that print it: a plain start comes through here before the tray icon (issue 18).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable

from steadypause import APP_NAME, DISPLAY_NAME
from steadypause.cli import language
from steadypause.cli.display_check import missing_display
from steadypause.cli.exits import EXIT_ANOTHER_OPEN, EXIT_OK, EXIT_USAGE, fail
from steadypause.core import i18n
from steadypause.core.control_characters import escaped, escaped_json
from steadypause.core.i18n import translate
from steadypause.ipc import client, errors

MAX_SNOOZE_MINUTES = 1440


def snooze_length(text: str) -> int | str:
    """argparse type for ``snooze``: minutes as an int, or the string ``"tomorrow"``."""
    word = text.strip().lower()
    if word == "tomorrow":
        return word
    # Not int(): it would take "+5", "1_0" and non-ASCII digits.
    if not re.fullmatch(r"[0-9]{1,4}", word) or not 1 <= int(word) <= MAX_SNOOZE_MINUTES:
        raise argparse.ArgumentTypeError(
            translate(
                "Cli",
                "MINUTES must be a whole number from 1 to {most}, or 'tomorrow' (got {text})",
            ).format(most=MAX_SNOOZE_MINUTES, text=repr(text))
        )
    return int(word)


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pause = commands.add_parser(
        "pause",
        help=translate(
            "Cli",
            "open a pause now (starts Steady Pause if it is not running); with a pause "
            "already open, that one comes forward (exit code 4 when it is another routine)",
        ),
    )
    pause.add_argument(
        "routine",
        nargs="*",
        metavar="ROUTINE",
        help=translate(
            "Cli",
            "the routine to open, by id or title (steadypause routines lists them); "
            "without it, the one 'Pause now' opens",
        ),
    )
    snooze = commands.add_parser("snooze", help=translate("Cli", "hold reminders for a while"))
    snooze.add_argument(
        "minutes",
        metavar="MINUTES",
        type=snooze_length,
        help=translate("Cli", "1 to {most} minutes, or 'tomorrow'").format(most=MAX_SNOOZE_MINUTES),
    )
    commands.add_parser("resume", help=translate("Cli", "turn snoozed reminders back on"))
    commands.add_parser(
        "close-day",
        help=translate("Cli", "open the end-of-day pause; no more reminders today"),
    )
    commands.add_parser("quit", help=translate("Cli", "close the running Steady Pause"))
    status = commands.add_parser(
        "status", help=translate("Cli", "show what the running Steady Pause is doing")
    )
    status.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON object")
    )


def start(
    *, autostart: bool = False, initial_command: str | None = None, routine: str | None = None
) -> int:
    """Start the app unless an instance already answers (``routine``: for ``pause``)."""
    if client.instance_running():
        if i18n.in_use() is None:  # not read yet for a bare start (language.prints_human_text)
            language.use_the_persons_language()
        print(translate("Cli", "{name} is already running.").format(name=DISPLAY_NAME))
        return EXIT_OK
    if missing_display() is not None:  # before Qt, which would abort
        if i18n.in_use() is None:
            language.use_the_persons_language()
        return fail(missing_display() or "")
    if sys.platform.startswith("linux"):
        from steadypause.platform.linux.session_bus_address import forbid_autolaunch

        forbid_autolaunch()  # before Qt, which opens the session bus by itself
    from steadypause.app import run  # the GUI stack loads only when it is needed

    return run(initial_command=initial_command, autostart=autostart, routine=routine)


def pause(options: argparse.Namespace) -> int:
    routine: str | None = None
    if options.routine:
        from steadypause.cli import routines_command  # the routines: only when one is named

        try:
            routine = routines_command.find_routine_id(" ".join(options.routine))
        except routines_command.UnknownRoutine as exc:
            print(f"{APP_NAME}: {exc}", file=sys.stderr)
            return EXIT_USAGE
    args = {"source": "cli"} if routine is None else {"source": "cli", "routine": routine}
    try:
        result = client.send_command("pause", args)
    except errors.NotRunning:
        # So that a keyboard shortcut bound to `steadypause pause` always works.
        return start(initial_command="pause", routine=routine)
    return said_open(result, routine, " ".join(options.routine))


def said_open(result: dict[str, object], routine: str | None, asked: str) -> int:
    """What ``pause`` did: opened one, or brought forward the pause already open (the
    routine's title comes from a file anyone may write: escaped)."""
    already = result.get("already_open")
    if not isinstance(already, dict):
        print(translate("Cli", "Opening a pause."))
        return EXIT_OK
    title = escaped(str(already.get("title", "")))
    if routine is None or already.get("id") == routine:
        print(translate("Cli", "“{open}” is already open; it came forward.").format(open=title))
        return EXIT_OK
    print(
        translate(
            "Cli",
            "“{open}” is already open, so it came forward instead of “{wanted}”. "
            "Finish or close it first, then open “{wanted}” again.",
        ).format(open=title, wanted=escaped(asked)),
        file=sys.stderr,
    )
    return EXIT_ANOTHER_OPEN


def snooze(options: argparse.Namespace) -> int:
    from steadypause.cli.status_text import format_time, local_now, parse_time

    length = options.minutes
    args = {"until": length} if isinstance(length, str) else {"minutes": length}
    result = client.send_command("snooze", args)
    until = parse_time(result.get("snoozed_until"))
    if until is None:
        print(translate("Cli", "Reminders snoozed."))
    else:
        print(
            translate("Cli", "Reminders snoozed until {when}.").format(
                when=format_time(until, local_now())
            )
        )
    return EXIT_OK


def resume(options: argparse.Namespace) -> int:
    client.send_command("resume")
    print(translate("Cli", "Reminders are back on."))
    return EXIT_OK


def close_day(options: argparse.Namespace) -> int:
    client.send_command("close-day")
    print(translate("Cli", "Closing the day. No more reminders today."))
    return EXIT_OK


def quit_app(options: argparse.Namespace) -> int:
    client.send_command("quit")
    print(translate("Cli", "{name} is closing.").format(name=DISPLAY_NAME))
    return EXIT_OK


def status(options: argparse.Namespace) -> int:
    from steadypause.cli.status_text import format_status, local_now

    result = client.send_command("status")
    # What the app reports comes from outside (a cue's source is anyone's text sent over
    # the socket): escaped, so no terminal escape reaches the terminal.
    if options.json:
        print(escaped_json(json.dumps(result, ensure_ascii=False)))
    else:
        for line in format_status(result, local_now()):
            print(escaped(line))
    return EXIT_OK


# The commands above by name, as the parser knows them.
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "pause": pause,
    "snooze": snooze,
    "resume": resume,
    "close-day": close_day,
    "quit": quit_app,
    "status": status,
}
