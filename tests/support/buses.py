"""A private D-Bus session bus, and asking a bus who owns a name."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from typing import Any

SESSION_BUS = ["dbus-daemon", "--session", "--nofork", "--print-address=1"]


def start_session_bus(
    start: Callable[..., subprocess.Popen[Any]] = subprocess.Popen, **kwargs: Any
) -> tuple[subprocess.Popen[Any], str]:
    """A ``dbus-daemon --session`` started with ``start`` (``subprocess.Popen`` or a test
    bed's own starter, which keeps the process to end it), and the bus's address.

    ``kwargs`` go to ``start`` beside ``stdout``, which the daemon prints its address on.
    """
    daemon = start(SESSION_BUS, stdout=subprocess.PIPE, **kwargs)
    assert daemon.stdout is not None
    address = daemon.stdout.readline()
    return daemon, (address.decode() if isinstance(address, bytes) else address).strip()


def name_has_owner(env: dict[str, str], name: str) -> bool:
    """Whether ``name`` has an owner on the session bus of ``env``."""
    out = subprocess.run(
        [
            "dbus-send",
            "--session",
            "--print-reply",
            "--dest=org.freedesktop.DBus",
            "/org/freedesktop/DBus",
            "org.freedesktop.DBus.NameHasOwner",
            f"string:{name}",
        ],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    return "boolean true" in out.stdout
