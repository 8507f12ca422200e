"""``steadypause history``: the pauses of the last days, read straight from the history file
(read-only; WAL lets it while the app writes), whether or not the app is running."""

from __future__ import annotations

import argparse
import json
import re
import sqlite3
from pathlib import Path
from typing import Any

from steadypause import APP_NAME, DISPLAY_NAME
from steadypause.cli.exits import EXIT_FAILED, EXIT_OK, fail
from steadypause.cli.status_text import local_now
from steadypause.core import history
from steadypause.core.control_characters import escaped, escaped_json
from steadypause.core.cues import cue_name
from steadypause.core.i18n import translate

MAX_HISTORY_DAYS = 3660


def history_days(text: str) -> int:
    """argparse type for ``--days``."""
    if not re.fullmatch(r"[0-9]{1,5}", text.strip()) or not 1 <= int(text) <= MAX_HISTORY_DAYS:
        raise argparse.ArgumentTypeError(
            translate("Cli", "N must be a whole number from 1 to {most} (got {text})").format(
                most=MAX_HISTORY_DAYS, text=repr(text)
            )
        )
    return int(text)


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    hist = commands.add_parser(
        "history",
        help=translate(
            "Cli",
            "your pauses of the last days, read from the history file (works whether or not "
            "Steady Pause is running)",
        ),
    )
    hist.add_argument(
        "--days",
        type=history_days,
        default=7,
        metavar="N",
        help=translate("Cli", "how many days back, today included (1–{most}; default 7)").format(
            most=MAX_HISTORY_DAYS
        ),
    )
    hist.add_argument("--json", action="store_true", help=translate("Cli", "print one JSON object"))
    hist.add_argument(
        "--check",
        action="store_true",
        help=translate("Cli", "check the history file's integrity (exit code 1 if damaged)"),
    )


def run(options: argparse.Namespace) -> int:
    path = history.default_path()
    if options.check:
        return _check(path, as_json=options.json)
    # Here, not at the top: a bare start never needs the summary (nor statistics, fractions).
    from steadypause.core import summary

    today = local_now().date()
    try:
        records = history.read(path, since=summary.first_day(today, options.days))
    except history.HistoryError as exc:
        return fail(str(exc))
    except sqlite3.DatabaseError as exc:
        return fail(
            translate("Cli", "cannot read {path}: {problem} (try: {command})").format(
                path=path,
                problem=exc,
                command=f"{APP_NAME} history --check",  # i18n-exempt: a command
            )
        )
    result = summary.summarize(records, today, options.days)
    if options.json:
        entries = []
        for r in records:
            row: dict[str, Any] = history.to_row(r)
            row["journal"] = r.journal
            entries.append(row)
        print(
            escaped_json(
                json.dumps({"summary": result.to_json(), "entries": entries}, ensure_ascii=False)
            )
        )
        return EXIT_OK
    print(summary.sentence(result))
    if records:
        print()
    for r in records:  # the rows are text from a file: escaped
        print(escaped("  ".join(history_line(r)).rstrip()))
    return EXIT_OK


def _check(path: Path, *, as_json: bool) -> int:
    """``history --check``: the file's integrity (exit code 1 if damaged)."""
    problems = history.integrity(path)
    ok = problems == ["ok"]
    if as_json:
        print(
            escaped_json(
                json.dumps(
                    {
                        "path": str(path),
                        "exists": path.exists(),
                        "ok": ok,
                        "problems": [] if ok else problems,
                    },
                    ensure_ascii=False,
                )
            )
        )
    elif not path.exists():
        print(translate("Cli", "No history file yet ({path}).").format(path=path))
    elif ok:
        print(translate("Cli", "{path}: ok").format(path=path))
    else:
        print(
            translate("Cli", "{path}: damaged").format(path=path),
            *(escaped(problem) for problem in problems[:20]),
            sep="\n  ",
        )
        print(
            translate(
                "Cli",
                "{name} moves a damaged file aside and starts a new one when it next starts.",
            ).format(name=DISPLAY_NAME)
        )
    return EXIT_OK if ok else EXIT_FAILED


def history_line(r: history.Record) -> list[str]:
    """One entry's columns: when, the cue, the routine, how it ended, the check-in."""
    from steadypause.core import summary

    checkin = summary.checkin_words(r)
    return [
        r.at.strftime("%Y-%m-%d %H:%M"),
        f"{cue_name(r.cue):<15}",
        f"{r.routine or '':<10}",
        f"{summary.outcome_words(r):<26}",
        translate("Cli", "check-in {change}").format(change=checkin) if checkin else "",
    ]
