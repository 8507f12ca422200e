"""The command line's exit codes, and how a failure is reported."""

from __future__ import annotations

import sys

from steadypause import APP_NAME
from steadypause.core.control_characters import escaped

EXIT_OK = 0
EXIT_FAILED = 1  # the command failed
EXIT_USAGE = 2  # bad arguments
EXIT_NOT_RUNNING = 3  # Steady Pause is not running
EXIT_ANOTHER_OPEN = 4  # pause ROUTINE: another routine's pause is open (it came forward)


def fail(message: str) -> int:
    """Say what went wrong on stderr (escaped: it may quote text from outside); the exit
    code for a failed command."""
    print(escaped(f"{APP_NAME}: {message}"), file=sys.stderr)
    return EXIT_FAILED
