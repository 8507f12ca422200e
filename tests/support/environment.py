"""The caller's environment without its desktop session, for a test bed's own session."""

from __future__ import annotations

import os

# What ties a process to the desktop it was started from: its display, its buses, its
# runtime dir and session, and Qt's choices for it.
DESKTOP_SESSION = (
    "WAYLAND_",
    "DISPLAY",
    "DBUS_",
    "QT_",
    "XDG_RUNTIME_DIR",
    "XDG_SESSION",
    "XDG_CURRENT_DESKTOP",
)


def without_desktop_session(*more: str) -> dict[str, str]:
    """``os.environ`` less every variable starting with one of :data:`DESKTOP_SESSION`
    or ``more``."""
    drop = (*DESKTOP_SESSION, *more)
    return {k: v for k, v in os.environ.items() if not k.startswith(drop)}
