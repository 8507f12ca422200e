"""The app's look (ui/theme.py: Fusion with the calm palette), applied when a window needs it.

With a tray icon nothing but the icon is on screen for most of a day, and importing and
applying the theme costs ~2.5 MiB (the Fusion style's code, PySide6's Qt and QStyle enum
types; bench/RESULTS.md, issue 18) and ~30 ms. So app.py leaves it here with
:func:`defer`, and each place that opens a window (the reminder, the pause, the windows
opened from the tray, the tray's own menu and messages) calls :func:`ensure` first.
Without a tray the status window is on screen from the start, and the look is applied at
once.
"""

from __future__ import annotations

from collections.abc import Callable

_pending: list[Callable[[], object]] = []


def defer(apply: Callable[[], object]) -> None:
    """Keep ``apply`` (the look for the settings at start) until a window needs it."""
    _pending[:] = [apply]


def ensure() -> None:
    """Apply the kept look now, once; nothing when it was applied already."""
    while _pending:
        _pending.pop()()


def waiting() -> bool:
    """Whether the look is still kept back (for tests and the bench)."""
    return bool(_pending)
