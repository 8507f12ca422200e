"""``steadypause routines``: every routine on offer, and which of the person's files were
skipped and why; and finding the routine ``steadypause pause ROUTINE`` names.

Both read the routine files themselves (core/routine_library.py), whether or not the app
is running.
"""

from __future__ import annotations

import argparse
import json
import sys

from steadypause import APP_NAME
from steadypause.cli.exits import EXIT_FAILED, EXIT_OK
from steadypause.core.i18n import translate
from steadypause.core.routine_library import RoutineLibrary, user_folder


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    routines = commands.add_parser(
        "routines",
        help=translate(
            "Cli",
            "list every routine (built in, and your own files in {folder}); exit code 1 if "
            "one of your files was skipped",
        ).format(folder=user_folder()),
    )
    routines.add_argument(
        "--json", action="store_true", help=translate("Cli", "print one JSON object")
    )


def library() -> RoutineLibrary:
    """The routines as the app sees them, in the language in use."""
    return RoutineLibrary(user_folder(), log_problems=False)  # shown here, not logged


class UnknownRoutine(Exception):
    """No routine has that id or title; the message lists the choices."""


def find_routine_id(name: str, routines: RoutineLibrary | None = None) -> str:
    """The id of the routine ``name`` names (an id or a title); raises UnknownRoutine."""
    routines = routines if routines is not None else library()
    routine = routines.find(name)
    if routine is None:
        raise UnknownRoutine(
            translate(
                "Cli", "there is no routine called '{name}'. Choose one of: {choices}"
            ).format(name=name, choices=routines.choices())
        )
    return routine.id


def run(options: argparse.Namespace) -> int:
    routines = library()
    if options.json:
        print(
            json.dumps(
                {
                    "routines": [
                        {
                            "id": e.routine.id,
                            "title": e.routine.title,
                            "duration": e.routine.duration,
                            "file": str(e.file) if e.file is not None else None,
                        }
                        for e in routines.entries()
                    ],
                    "folder": str(routines.folder),
                    "problems": list(routines.problems),
                },
                ensure_ascii=False,
            )
        )
        return EXIT_FAILED if routines.problems else EXIT_OK
    rows = [
        (
            e.routine.id,
            e.routine.title,
            e.routine.duration,
            str(e.file) if e.file is not None else translate("Cli", "built in"),
        )
        for e in routines.entries()
    ]
    widths = [max(len(row[col]) for row in rows) for col in range(3)]
    for row in rows:
        cells = [row[col].ljust(widths[col]) for col in range(3)]
        print("  ".join([*cells, row[3]]))
    print()
    print(
        translate("Cli", "Your own routines go in {folder} (one .toml file each).").format(
            folder=routines.folder
        )
    )
    if routines.problems:
        for problem in routines.problems:
            print(
                f"{APP_NAME}: " + translate("Cli", "skipped {problem}").format(problem=problem),
                file=sys.stderr,
            )
        return EXIT_FAILED
    return EXIT_OK
