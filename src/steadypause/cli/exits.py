"""The command line's exit codes, and how a failure is reported."""

from __future__ import annotations

import sys

from steadypause import APP_NAME

EXIT_OK = 0
EXIT_FAILED = 1  # the command failed
EXIT_USAGE = 2  # bad arguments
EXIT_NOT_RUNNING = 3  # Steady Pause is not running


def fail(message: str) -> int:
    """Say what went wrong on stderr; the exit code for a failed command."""
    print(f"{APP_NAME}: {message}", file=sys.stderr)
    return EXIT_FAILED
