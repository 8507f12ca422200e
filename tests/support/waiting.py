"""Deadline polling for something another process sets up (a socket, a bus name, a window)."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


def wait_for(
    check: Callable[[], T],
    timeout: float,
    what: str,
    *,
    every: float = 0.05,
    proc: subprocess.Popen | None = None,
    error: type[Exception] = TimeoutError,
) -> T:
    """Call ``check`` every ``every`` seconds until it returns something true, and return it.

    After ``timeout`` seconds, or as soon as ``proc`` (the process that should set it up)
    has ended, raise ``error`` naming ``what``.
    """
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if proc is not None and proc.poll() is not None:
            raise error(f"{what}: the process ended with {proc.returncode}")
        if time.monotonic() > deadline:
            raise error(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(every)
