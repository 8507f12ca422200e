"""Never let libdbus start a session bus for the app (issue 16, item 10).

With ``DBUS_SESSION_BUS_ADDRESS`` unset, libdbus looks for ``$XDG_RUNTIME_DIR/bus`` and,
failing that, *autolaunches* one: ``dbus-launch --autolaunch`` starts a dbus-daemon tied to
the X display, which outlives the app. Qt opens the session bus on its own too (the
accessibility bridge, the platform theme), so the address is settled before Qt starts: set
to an address that connects nowhere, the bus is simply unavailable and the cue sources
that need it say so (``status --json``). Child processes inherit the same: none of them
autolaunches a bus either.

No Qt here: it runs before Qt is loaded.
"""

from __future__ import annotations

import os
from collections.abc import MutableMapping
from pathlib import Path

VARIABLE = "DBUS_SESSION_BUS_ADDRESS"
# An address libdbus refuses at once ("Unknown address type"), and never autolaunches.
NO_SESSION_BUS = "disabled:"


def forbid_autolaunch(environ: MutableMapping[str, str] | None = None) -> bool:
    """Set the session bus address to :data:`NO_SESSION_BUS` where libdbus would otherwise
    autolaunch a bus; True if it did."""
    environ = os.environ if environ is None else environ
    if environ.get(VARIABLE, "").strip():
        return False
    runtime = environ.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime, "bus").exists():
        return False  # libdbus connects there by itself, and starts nothing
    environ[VARIABLE] = NO_SESSION_BUS
    return True


def no_session_bus(environ: MutableMapping[str, str] | None = None) -> bool:
    """Whether :func:`forbid_autolaunch` left the app without a session bus."""
    environ = os.environ if environ is None else environ
    return environ.get(VARIABLE) == NO_SESSION_BUS
