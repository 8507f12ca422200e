"""The ``steadypause`` command line: start the app, or send a command to the running one.

Exit codes: 0 success, 1 the command failed, 2 bad arguments, 3 Steady Pause is not
running.
"""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from steadypause import APP_NAME, DISPLAY_NAME, __version__, config_command, ipc
from steadypause.core import history, summary

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_NOT_RUNNING = 3

MAX_SNOOZE_MINUTES = 1440
MAX_HISTORY_DAYS = 3660
_SNOOZE_RULE = f"MINUTES must be a whole number from 1 to {MAX_SNOOZE_MINUTES}, or 'tomorrow'"


def snooze_length(text: str) -> int | str:
    """argparse type for ``snooze``: minutes as an int, or the string ``"tomorrow"``."""
    word = text.strip().lower()
    if word == "tomorrow":
        return word
    # Not int(): it would take "+5", "1_0" and non-ASCII digits.
    if not re.fullmatch(r"[0-9]{1,4}", word) or not 1 <= int(word) <= MAX_SNOOZE_MINUTES:
        raise argparse.ArgumentTypeError(f"{_SNOOZE_RULE} (got {text!r})")
    return int(word)


def history_days(text: str) -> int:
    if not re.fullmatch(r"[0-9]{1,5}", text.strip()) or \
            not 1 <= int(text) <= MAX_HISTORY_DAYS:
        raise argparse.ArgumentTypeError(
            f"N must be a whole number from 1 to {MAX_HISTORY_DAYS} (got {text!r})")
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description=f"{DISPLAY_NAME}: a short compassion pause at the day's transitions. "
        "Without a command, start the tray app.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--autostart",
        action="store_true",
        help="started by the desktop session at login (used by the autostart entry)",
    )
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop-entry", action="store_true",
        help="add Steady Pause to your launcher (for pip/pipx installs; writes under "
        "~/.local/share/applications and ~/.local/share/icons)")
    desktop.add_argument(
        "--remove-desktop-entry", action="store_true",
        help="remove the launcher entry and icons that --install-desktop-entry wrote")
    desktop.add_argument(
        "--setup-shortcut", nargs="?", const="<Super><Shift>p", metavar="BINDING",
        help="on GNOME, add a keyboard shortcut that opens a pause (default "
        "%(const)s); an existing shortcut is never changed")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("pause", help="open a pause now (starts Steady Pause if it is not running)")
    snooze = commands.add_parser("snooze", help="hold reminders for a while")
    snooze.add_argument(
        "minutes",
        metavar="MINUTES",
        type=snooze_length,
        help=f"1 to {MAX_SNOOZE_MINUTES} minutes, or 'tomorrow'",
    )
    commands.add_parser("resume", help="turn snoozed reminders back on")
    commands.add_parser("close-day", help="open the end-of-day pause; no more reminders today")
    commands.add_parser("quit", help="close the running Steady Pause")
    status = commands.add_parser("status", help="show what the running Steady Pause is doing")
    status.add_argument("--json", action="store_true", help="print one JSON object")
    hist = commands.add_parser(
        "history", help="your pauses of the last days, read from the history file "
        "(works whether or not Steady Pause is running)")
    hist.add_argument("--days", type=history_days, default=7, metavar="N",
                      help=f"how many days back, today included (1–{MAX_HISTORY_DAYS}; "
                      "default 7)")
    hist.add_argument("--json", action="store_true", help="print one JSON object")
    hist.add_argument("--check", action="store_true",
                      help="check the history file's integrity (exit code 1 if damaged)")
    config_command.add_parser(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        options = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, bad arguments
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    setup = [flag for flag, on in (("--install-desktop-entry", options.install_desktop_entry),
                                   ("--remove-desktop-entry", options.remove_desktop_entry),
                                   ("--setup-shortcut", options.setup_shortcut is not None))
             if on]
    if setup and (options.command is not None or options.autostart):
        parser.print_usage(sys.stderr)
        print(f"{APP_NAME}: {setup[0]} goes on its own, without a command", file=sys.stderr)
        return EXIT_USAGE
    if options.install_desktop_entry or options.remove_desktop_entry:
        return _desktop_entry(install=options.install_desktop_entry)
    if options.setup_shortcut is not None:
        return _setup_shortcut(options.setup_shortcut)
    try:
        if options.command is None:
            return _start(autostart=options.autostart)
        if options.autostart:
            parser.print_usage(sys.stderr)
            print(f"{APP_NAME}: --autostart only applies when starting the app", file=sys.stderr)
            return EXIT_USAGE
        return _COMMANDS[options.command](options)
    except ipc.NotRunning:
        print(f"{DISPLAY_NAME} is not running.", file=sys.stderr)
        return EXIT_NOT_RUNNING
    except ipc.CommandError as exc:
        return _fail(str(exc))
    except ipc.IpcError as exc:
        return _fail(f"could not talk to {DISPLAY_NAME}: {exc}")


def _fail(message: str) -> int:
    print(f"{APP_NAME}: {message}", file=sys.stderr)
    return EXIT_FAILED


# --- desktop integration -----------------------------------------------------------------


def _desktop_entry(*, install: bool) -> int:
    from steadypause import desktop_install

    if not desktop_install.supported():
        return _fail("launcher entries are for Linux desktops; on Windows and macOS "
                     "use the packaged app instead")
    try:
        report = desktop_install.install() if install else desktop_install.remove()
    except desktop_install.DesktopInstallError as exc:
        return _fail(str(exc))
    icons = [line for line in report.done if line.startswith("icon ")]
    for line in report.done:
        if line not in icons:
            print(("wrote the " if install else "removed the ") + line)
    if icons:
        print(f"{'wrote' if install else 'removed'} {len(icons)} icons under "
              f"{desktop_install.data_home() / 'icons' / 'hicolor'}")
    for line in report.left_alone:
        print(f"left alone: {line}")
    if install:
        print(f"{DISPLAY_NAME} is in your launcher now, with a \"Pause now\" action "
              f"(undo with: {APP_NAME} --remove-desktop-entry).")
    elif report.done:
        print(f"{DISPLAY_NAME} is no longer in your launcher.")
    else:
        print("There was no launcher entry to remove.")
    return EXIT_OK


def _setup_shortcut(binding: str) -> int:
    from steadypause import shortcut
    from steadypause.platform.autostart import program_command

    try:
        shortcut.check_binding(binding)
    except shortcut.ShortcutError as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    by_hand = (f"Bind the command '{APP_NAME} pause' in your desktop's keyboard settings "
               "instead (the README says where).")
    try:
        run = shortcut.gsettings_runner()
        result = shortcut.setup(binding, [*program_command(), "pause"], run)
    except shortcut.ShortcutError as exc:
        return _fail(f"{exc}. {by_hand}")
    if result.already is not None:
        print(f"A shortcut for a pause is already there: {result.already.binding} "
              f"({result.already.name!r}); it was left as it is.")
        return EXIT_OK
    if result.taken_by:
        return _fail(f"{binding} is already used by {result.taken_by}; nothing was changed. "
                     f"Choose another, e.g. {APP_NAME} --setup-shortcut '<Control><Alt>p'.")
    print(f"{binding} now opens a pause (GNOME custom shortcut {result.path}).")
    print("Change or remove it in Settings → Keyboard → Keyboard Shortcuts → Custom Shortcuts.")
    return EXIT_OK


# --- starting the app --------------------------------------------------------------------


def _start(*, autostart: bool = False, initial_command: str | None = None) -> int:
    """Start the app unless an instance already answers."""
    if ipc.instance_running():
        print(f"{DISPLAY_NAME} is already running.")
        return EXIT_OK
    from steadypause.app import run  # the GUI stack loads only when it is needed

    return run(initial_command=initial_command, autostart=autostart)


# --- commands for the running instance ---------------------------------------------------
# Each returns the exit code; main() turns ipc errors into messages and exit codes.


def _cmd_pause(options: argparse.Namespace) -> int:
    try:
        ipc.send_command("pause", {"source": "cli"})
    except ipc.NotRunning:
        # So that a keyboard shortcut bound to `steadypause pause` always works.
        return _start(initial_command="pause")
    print("Opening a pause.")
    return EXIT_OK


def _cmd_snooze(options: argparse.Namespace) -> int:
    length = options.minutes
    args = {"until": length} if isinstance(length, str) else {"minutes": length}
    result = ipc.send_command("snooze", args)
    until = _parse_time(result.get("snoozed_until"))
    if until is None:
        print("Reminders snoozed.")
    else:
        print(f"Reminders snoozed until {_format_time(until, _local_now())}.")
    return EXIT_OK


def _cmd_resume(options: argparse.Namespace) -> int:
    ipc.send_command("resume")
    print("Reminders are back on.")
    return EXIT_OK


def _cmd_close_day(options: argparse.Namespace) -> int:
    ipc.send_command("close-day")
    print("Closing the day. No more reminders today.")
    return EXIT_OK


def _cmd_quit(options: argparse.Namespace) -> int:
    ipc.send_command("quit")
    print(f"{DISPLAY_NAME} is closing.")
    return EXIT_OK


def _cmd_status(options: argparse.Namespace) -> int:
    result = ipc.send_command("status")
    if options.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        for line in format_status(result, _local_now()):
            print(line)
    return EXIT_OK


def _cmd_history(options: argparse.Namespace) -> int:
    # Reads the file directly and read-only (WAL lets it while the app writes).
    path = history.default_path()
    if options.check:
        problems = history.integrity(path)
        ok = problems == ["ok"]
        if options.json:
            print(json.dumps({"path": str(path), "exists": path.exists(), "ok": ok,
                              "problems": [] if ok else problems}, ensure_ascii=False))
        elif not path.exists():
            print(f"No history file yet ({path}).")
        elif ok:
            print(f"{path}: ok")
        else:
            print(f"{path}: damaged", *problems[:20], sep="\n  ")
            print(f"{DISPLAY_NAME} moves a damaged file aside and starts a new one "
                  "when it next starts.")
        return EXIT_OK if ok else EXIT_FAILED
    today = _local_now().date()
    try:
        records = history.read(path, since=summary.first_day(today, options.days))
    except history.HistoryError as exc:
        return _fail(str(exc))
    except sqlite3.DatabaseError as exc:
        return _fail(f"cannot read {path}: {exc} (try: {APP_NAME} history --check)")
    result = summary.summarize(records, today, options.days)
    if options.json:
        entries = []
        for r in records:
            row: dict[str, Any] = history.to_row(r)
            row["journal"] = r.journal
            entries.append(row)
        print(json.dumps({"summary": result.to_json(), "entries": entries},
                         ensure_ascii=False))
        return EXIT_OK
    print(summary.sentence(result))
    if records:
        print()
    for r in records:
        print("  ".join(_history_line(r)).rstrip())
    return EXIT_OK


def _history_line(r: history.Record) -> list[str]:
    checkin = summary.checkin_words(r)
    return [r.at.strftime("%Y-%m-%d %H:%M"), f"{summary.cue_name(r.cue):<15}",
            f"{r.routine or '':<10}", f"{summary.outcome_words(r):<26}",
            f"check-in {checkin}" if checkin else ""]


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "config": config_command.run,
    "pause": _cmd_pause,
    "snooze": _cmd_snooze,
    "resume": _cmd_resume,
    "close-day": _cmd_close_day,
    "quit": _cmd_quit,
    "status": _cmd_status,
    "history": _cmd_history,
}


# --- status text -------------------------------------------------------------------------


def format_status(status: dict[str, Any], now: datetime) -> list[str]:
    """Human lines for a ``status`` result; ``now`` is an aware local datetime."""
    lines = [f"{DISPLAY_NAME} {status.get('version') or '?'} is running."]
    snoozed_until = _parse_time(status.get("snoozed_until"))
    next_pause = _parse_time(status.get("next_pause_at"))
    if snoozed_until is not None:
        lines.append(f"Reminders snoozed until {_format_time(snoozed_until, now)}")
    elif next_pause is not None:
        lines.append(
            f"Next pause: {_format_time(next_pause, now)} ({_format_delay(next_pause - now)})"
        )
    else:
        lines.append("No pause is scheduled.")
    if status.get("tray") == "fallback":
        lines.append("Tray: no system tray found, using the fallback")
    lines.append(f"Window: {status.get('window') or 'unknown'}")
    lines.append(f"Last cue: {_format_cue(status.get('last_cue'), now)}")
    return lines


def _format_cue(cue: object, now: datetime) -> str:
    if not isinstance(cue, dict):
        return "none yet"
    text = str(cue.get("kind") or "unknown").replace("_", " ")
    at = _parse_time(cue.get("at"))
    if at is not None:
        text += f" at {_format_time(at, now)}"
    if cue.get("detail"):
        text += f" ({cue['detail']})"
    return text


def _parse_time(value: object) -> datetime | None:
    """An aware local datetime from an ISO string, or None if absent or unreadable."""
    if not isinstance(value, str):
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    # A naive time is taken as local time, which is what the app uses.
    return moment.astimezone()


def _local_now() -> datetime:
    return datetime.now().astimezone()


def _format_time(moment: datetime, now: datetime) -> str:
    """``14:30`` today, ``tomorrow 09:00``, else ``2025-03-04 09:00``."""
    moment = moment.astimezone(now.tzinfo)
    clock = moment.strftime("%H:%M")
    days = (moment.date() - now.date()).days
    if days == 0:
        return clock
    if days == 1:
        return f"tomorrow {clock}"
    return f"{moment.date().isoformat()} {clock}"


def _format_delay(delay: timedelta) -> str:
    minutes = round(delay.total_seconds() / 60)
    if minutes <= 0:
        return "due now"
    if minutes < 60:
        return f"in {minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"in {hours} h {minutes} min" if minutes else f"in {hours} h"
