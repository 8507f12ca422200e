"""The ``steadypause`` command line: start the app, or send a command to the running one.

Exit codes: 0 success, 1 the command failed, 2 bad arguments, 3 Steady Pause is not
running.

Human text (help, messages, status) speaks the language of the ``language`` setting, read
from the settings file before the parser is built; ``--json`` output and ``config
reference`` (docs/settings.md) stay as they are.
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
from steadypause.core import history, i18n
from steadypause.core.i18n import QT_TRANSLATE_NOOP, translate

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_NOT_RUNNING = 3

MAX_SNOOZE_MINUTES = 1440
MAX_HISTORY_DAYS = 3660


def _marked(text: str) -> str:
    """A text of a QT_TRANSLATE_NOOP("Cli", ...) table below, in the language in use."""
    return i18n.translate("Cli", text)

# What the running app says its window shows (``status``), in words.
_WINDOW_STATES = {
    "closed": QT_TRANSLATE_NOOP("Cli", "closed"),
    "prompt": QT_TRANSLATE_NOOP("Cli", "prompt"),
    "routine": QT_TRANSLATE_NOOP("Cli", "routine"),
}

# The kinds of cue (``status``'s last cue), in words.
_CUE_KINDS = {
    "work_timer": QT_TRANSLATE_NOOP("Cli", "work timer"),
    "resume": QT_TRANSLATE_NOOP("Cli", "resume"),
    "unlock": QT_TRANSLATE_NOOP("Cli", "unlock"),
    "back_from_away": QT_TRANSLATE_NOOP("Cli", "back from away"),
    "start_of_day": QT_TRANSLATE_NOOP("Cli", "start of day"),
    "end_of_day": QT_TRANSLATE_NOOP("Cli", "end of day"),
    "manual": QT_TRANSLATE_NOOP("Cli", "manual"),
}

# argparse's own texts (headings, --help, errors) that a person sees; argparse looks them
# up with gettext, which main() points here. Others (and other versions' wording) stay.
_ARGPARSE_TEXTS = frozenset({
    QT_TRANSLATE_NOOP("Cli", "usage: "),
    QT_TRANSLATE_NOOP("Cli", "positional arguments"),
    QT_TRANSLATE_NOOP("Cli", "options"),
    QT_TRANSLATE_NOOP("Cli", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Cli", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Cli", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Cli", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Cli", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Cli", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Cli", "expected one argument"),
    QT_TRANSLATE_NOOP("Cli", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Cli", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Cli", "ambiguous option: %(option)s could match %(matches)s"),
})


def _argparse_text(text: str) -> str:
    return _marked(text) if text in _ARGPARSE_TEXTS else text


def snooze_length(text: str) -> int | str:
    """argparse type for ``snooze``: minutes as an int, or the string ``"tomorrow"``."""
    word = text.strip().lower()
    if word == "tomorrow":
        return word
    # Not int(): it would take "+5", "1_0" and non-ASCII digits.
    if not re.fullmatch(r"[0-9]{1,4}", word) or not 1 <= int(word) <= MAX_SNOOZE_MINUTES:
        raise argparse.ArgumentTypeError(translate(
            "Cli", "MINUTES must be a whole number from 1 to {most}, or 'tomorrow' "
            "(got {text})").format(most=MAX_SNOOZE_MINUTES, text=repr(text)))
    return int(word)


def history_days(text: str) -> int:
    if not re.fullmatch(r"[0-9]{1,5}", text.strip()) or \
            not 1 <= int(text) <= MAX_HISTORY_DAYS:
        raise argparse.ArgumentTypeError(
            translate("Cli", "N must be a whole number from 1 to {most} (got {text})")
            .format(most=MAX_HISTORY_DAYS, text=repr(text)))
    return int(text)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description=translate("Cli", "{name}: a short compassion pause at the day's "
                              "transitions. Without a command, start the tray app.")
        .format(name=DISPLAY_NAME),
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}",
                        help=translate("Cli", "show program's version number and exit"))
    parser.add_argument(
        "--autostart",
        action="store_true",
        help=translate("Cli", "started by the desktop session at login (used by the "
                       "autostart entry)"),
    )
    desktop = parser.add_mutually_exclusive_group()
    desktop.add_argument(
        "--install-desktop-entry", action="store_true",
        help=translate("Cli", "add Steady Pause to your launcher (for pip/pipx installs; "
                       "writes under ~/.local/share/applications and ~/.local/share/icons)"))
    desktop.add_argument(
        "--remove-desktop-entry", action="store_true",
        help=translate("Cli", "remove the launcher entry and icons that "
                       "--install-desktop-entry wrote"))
    desktop.add_argument(
        "--setup-shortcut", nargs="?", const="<Super><Shift>p", metavar="BINDING",
        help=translate("Cli", "on GNOME, add a keyboard shortcut that opens a pause "
                       "(default %(const)s); an existing shortcut is never changed"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.add_parser("pause", help=translate(
        "Cli", "open a pause now (starts Steady Pause if it is not running)"))
    snooze = commands.add_parser("snooze", help=translate("Cli", "hold reminders for a while"))
    snooze.add_argument(
        "minutes",
        metavar="MINUTES",
        type=snooze_length,
        help=translate("Cli", "1 to {most} minutes, or 'tomorrow'").format(
            most=MAX_SNOOZE_MINUTES),
    )
    commands.add_parser("resume", help=translate("Cli", "turn snoozed reminders back on"))
    commands.add_parser("close-day", help=translate(
        "Cli", "open the end-of-day pause; no more reminders today"))
    commands.add_parser("quit", help=translate("Cli", "close the running Steady Pause"))
    status = commands.add_parser("status", help=translate(
        "Cli", "show what the running Steady Pause is doing"))
    status.add_argument("--json", action="store_true",
                        help=translate("Cli", "print one JSON object"))
    hist = commands.add_parser(
        "history", help=translate("Cli", "your pauses of the last days, read from the "
                                  "history file (works whether or not Steady Pause is "
                                  "running)"))
    hist.add_argument("--days", type=history_days, default=7, metavar="N",
                      help=translate("Cli", "how many days back, today included "
                                     "(1–{most}; default 7)").format(most=MAX_HISTORY_DAYS))
    hist.add_argument("--json", action="store_true",
                      help=translate("Cli", "print one JSON object"))
    hist.add_argument("--check", action="store_true",
                      help=translate("Cli", "check the history file's integrity (exit code "
                                     "1 if damaged)"))
    config_command.add_parser(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    previous = i18n.in_use(), argparse._  # type: ignore[attr-defined]
    try:
        if _prints_human_text(args):
            use_the_persons_language()
            argparse._ = _argparse_text  # type: ignore[attr-defined]
        return _main(args)
    finally:
        i18n.use(previous[0])
        argparse._ = previous[1]  # type: ignore[attr-defined]


def _main(argv: list[str]) -> int:
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
        print(translate("Cli", "{program}: {option} goes on its own, without a command")
              .format(program=APP_NAME, option=setup[0]), file=sys.stderr)
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
            print(translate("Cli", "{program}: --autostart only applies when starting the app")
                  .format(program=APP_NAME), file=sys.stderr)
            return EXIT_USAGE
        return _COMMANDS[options.command](options)
    except ipc.NotRunning:
        print(translate("Cli", "{name} is not running.").format(name=DISPLAY_NAME),
              file=sys.stderr)
        return EXIT_NOT_RUNNING
    except ipc.CommandError as exc:
        return _fail(str(exc))
    except ipc.IpcError as exc:
        return _fail(translate("Cli", "could not talk to {name}: {problem}")
                     .format(name=DISPLAY_NAME, problem=exc))


def _fail(message: str) -> int:
    print(f"{APP_NAME}: {message}", file=sys.stderr)
    return EXIT_FAILED


# --- the person's language ---------------------------------------------------------------


def _prints_human_text(argv: list[str]) -> bool:
    """False where the output is for programs, or English by design, or the app's own."""
    words = [arg for arg in argv if not arg.startswith("-")]
    if "--json" in argv or words[:2] == ["config", "reference"]:
        return False  # JSON; docs/settings.md is English
    # Starting the tray app: it installs the translations itself (_start asks only if it
    # has something to say); keep that start-up path free of the extra reading.
    return bool(words) or any(arg != "--autostart" for arg in argv)


def use_the_persons_language() -> str:
    """Look texts up in the language the ``language`` setting asks for; returns it."""
    from steadypause import translations

    return translations.use_without_application(_language_setting())


def _language_setting() -> str:
    """The ``language`` setting, read as the app reads it but without writing anything (no
    first file, no moving a broken file aside: that is the app's and ``config``'s
    business); ``system`` on any trouble."""
    from steadypause.core import settings

    try:
        return settings.user_store().language_hint()
    except Exception:  # any trouble: the desktop's language, silently
        return "system"


# --- desktop integration -----------------------------------------------------------------


def _desktop_entry(*, install: bool) -> int:
    from steadypause.platform import desktop_entry

    if not desktop_entry.supported():
        return _fail(translate("Cli", "launcher entries are for Linux desktops; on Windows "
                               "and macOS use the packaged app instead"))
    try:
        report = desktop_entry.install() if install else desktop_entry.remove()
    except desktop_entry.DesktopInstallError as exc:
        return _fail(str(exc))
    if report.entry is not None:
        print((translate("Cli", "wrote the launcher entry {path}") if install
               else translate("Cli", "removed the launcher entry {path}")).format(
            path=report.entry))
    if report.icons:  # always several (one per size)
        print((translate("Cli", "wrote {count} icons under {folder}") if install
               else translate("Cli", "removed {count} icons under {folder}"))
              .format(count=len(report.icons),
                      folder=desktop_entry.data_home() / "icons" / "hicolor"))
    for line in report.left_alone:
        print(translate("Cli", "left alone: {item}").format(item=line))
    if install:
        # The action's name as the launcher shows it (the .desktop file has it in Spanish
        # too, worded as in the tray menu).
        print(translate("Cli", "{name} is in your launcher now, with a \"{action}\" action "
                        "(undo with: {command}).")
              .format(name=DISPLAY_NAME, action=translate("Tray", "Pause now"),
                      command=f"{APP_NAME} --remove-desktop-entry"))
    elif report.changed:
        print(translate("Cli", "{name} is no longer in your launcher.").format(name=DISPLAY_NAME))
    else:
        print(translate("Cli", "There was no launcher entry to remove."))
    return EXIT_OK


def _setup_shortcut(binding: str) -> int:
    from steadypause.platform import gnome_shortcut as shortcut
    from steadypause.platform.autostart import program_command

    try:
        shortcut.check_binding(binding)
    except shortcut.ShortcutError as exc:
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return EXIT_USAGE
    by_hand = translate("Cli", "Bind the command '{command}' in your desktop's keyboard "
                        "settings instead (the README says where).").format(
        command=f"{APP_NAME} pause")
    try:
        run = shortcut.gsettings_runner()
        result = shortcut.setup(binding, [*program_command(), "pause"], run)
    except shortcut.ShortcutError as exc:
        return _fail(translate("Cli", "{problem}. {what_to_do}").format(
            problem=exc, what_to_do=by_hand))
    if result.already is not None:
        print(translate("Cli", "A shortcut for a pause is already there: {binding} ({name}); "
                        "it was left as it is.")
              .format(binding=result.already.binding, name=repr(result.already.name)))
        return EXIT_OK
    if result.taken_by:
        example = f"{APP_NAME} --setup-shortcut '<Control><Alt>p'"  # i18n-exempt: a command
        return _fail(translate("Cli", "{binding} is already used by {other}; nothing was "
                               "changed. Choose another, e.g. {command}.")
                     .format(binding=binding, other=result.taken_by, command=example))
    print(translate("Cli", "{binding} now opens a pause (GNOME custom shortcut {path}).")
          .format(binding=binding, path=result.path))
    print(translate("Cli", "Change or remove it in Settings → Keyboard → Keyboard Shortcuts → "
                    "Custom Shortcuts."))
    return EXIT_OK


# --- starting the app --------------------------------------------------------------------


def _start(*, autostart: bool = False, initial_command: str | None = None) -> int:
    """Start the app unless an instance already answers."""
    if ipc.instance_running():
        if i18n.in_use() is None:  # not read yet for a bare start (see _prints_human_text)
            use_the_persons_language()
        print(translate("Cli", "{name} is already running.").format(name=DISPLAY_NAME))
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
    print(translate("Cli", "Opening a pause."))
    return EXIT_OK


def _cmd_snooze(options: argparse.Namespace) -> int:
    length = options.minutes
    args = {"until": length} if isinstance(length, str) else {"minutes": length}
    result = ipc.send_command("snooze", args)
    until = _parse_time(result.get("snoozed_until"))
    if until is None:
        print(translate("Cli", "Reminders snoozed."))
    else:
        print(translate("Cli", "Reminders snoozed until {when}.")
              .format(when=_format_time(until, _local_now())))
    return EXIT_OK


def _cmd_resume(options: argparse.Namespace) -> int:
    ipc.send_command("resume")
    print(translate("Cli", "Reminders are back on."))
    return EXIT_OK


def _cmd_close_day(options: argparse.Namespace) -> int:
    ipc.send_command("close-day")
    print(translate("Cli", "Closing the day. No more reminders today."))
    return EXIT_OK


def _cmd_quit(options: argparse.Namespace) -> int:
    ipc.send_command("quit")
    print(translate("Cli", "{name} is closing.").format(name=DISPLAY_NAME))
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
    # Here, not at the top: a bare start never needs the summary (nor statistics, fractions).
    from steadypause.core import summary

    # Reads the file directly and read-only (WAL lets it while the app writes).
    path = history.default_path()
    if options.check:
        problems = history.integrity(path)
        ok = problems == ["ok"]
        if options.json:
            print(json.dumps({"path": str(path), "exists": path.exists(), "ok": ok,
                              "problems": [] if ok else problems}, ensure_ascii=False))
        elif not path.exists():
            print(translate("Cli", "No history file yet ({path}).").format(path=path))
        elif ok:
            print(translate("Cli", "{path}: ok").format(path=path))
        else:
            print(translate("Cli", "{path}: damaged").format(path=path), *problems[:20],
                  sep="\n  ")
            print(translate("Cli", "{name} moves a damaged file aside and starts a new one "
                            "when it next starts.").format(name=DISPLAY_NAME))
        return EXIT_OK if ok else EXIT_FAILED
    today = _local_now().date()
    try:
        records = history.read(path, since=summary.first_day(today, options.days))
    except history.HistoryError as exc:
        return _fail(str(exc))
    except sqlite3.DatabaseError as exc:
        return _fail(translate("Cli", "cannot read {path}: {problem} (try: {command})")
                     .format(path=path, problem=exc,
                             command=f"{APP_NAME} history --check"))  # i18n-exempt: a command
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
    from steadypause.core import summary

    checkin = summary.checkin_words(r)
    return [r.at.strftime("%Y-%m-%d %H:%M"), f"{summary.cue_name(r.cue):<15}",
            f"{r.routine or '':<10}", f"{summary.outcome_words(r):<26}",
            translate("Cli", "check-in {change}").format(change=checkin) if checkin else ""]


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
    lines = [translate("Cli", "{name} {version} is running.")
             .format(name=DISPLAY_NAME, version=status.get("version") or "?")]
    snoozed_until = _parse_time(status.get("snoozed_until"))
    next_pause = _parse_time(status.get("next_pause_at"))
    if snoozed_until is not None:
        lines.append(translate("Cli", "Reminders snoozed until {when}")
                     .format(when=_format_time(snoozed_until, now)))
    elif next_pause is not None:
        lines.append(translate("Cli", "Next pause: {when} ({delay})").format(
            when=_format_time(next_pause, now), delay=_format_delay(next_pause - now)))
    else:
        lines.append(translate("Cli", "No pause is scheduled."))
    if status.get("tray") == "fallback":
        lines.append(translate("Cli", "Tray: no system tray found, using the fallback"))
    window = status.get("window")
    shown = (_marked(_WINDOW_STATES[window]) if window in _WINDOW_STATES
             else str(window) if window else translate("Cli", "unknown"))
    lines.append(translate("Cli", "Window: {window}").format(window=shown))
    lines.append(translate("Cli", "Last cue: {cue}")
                 .format(cue=_format_cue(status.get("last_cue"), now)))
    return lines


def _format_cue(cue: object, now: datetime) -> str:
    if not isinstance(cue, dict):
        return translate("Cli", "none yet")
    kind = cue.get("kind")
    if kind in _CUE_KINDS:
        what = _marked(_CUE_KINDS[kind])
    else:
        what = str(kind).replace("_", " ") if kind else translate("Cli", "unknown")
    at = _parse_time(cue.get("at"))
    detail = cue.get("detail")
    # Whole sentences, so that a language can order them its own way.
    if at is not None and detail:
        return translate("Cli", "{cue} at {when} ({detail})").format(
            cue=what, when=_format_time(at, now), detail=detail)
    if at is not None:
        return translate("Cli", "{cue} at {when}").format(cue=what, when=_format_time(at, now))
    if detail:
        return translate("Cli", "{cue} ({detail})").format(cue=what, detail=detail)
    return what


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
        return translate("Cli", "tomorrow {time}").format(time=clock)
    return f"{moment.date().isoformat()} {clock}"


def _format_delay(delay: timedelta) -> str:
    minutes = round(delay.total_seconds() / 60)
    if minutes <= 0:
        return translate("Cli", "due now")
    if minutes < 60:
        return translate("Cli", "in {minutes} min").format(minutes=minutes)
    hours, minutes = divmod(minutes, 60)
    if minutes:
        return translate("Cli", "in {hours} h {minutes} min").format(hours=hours, minutes=minutes)
    return translate("Cli", "in {hours} h").format(hours=hours)
