"""Starting Steady Pause at login: the interface, declared below the layers that use it.

The settings dialog (ui) shows and changes it, the session hands it over, and each
operating system's backend (platform/autostart.py) implements it; none of them has to
import another's module for the type.
"""

from __future__ import annotations

from typing import Protocol


class Autostart(Protocol):
    """Starting Steady Pause when the person logs in."""

    # Why it cannot be offered here, in words for the person; "" when available.
    reason: str

    def is_available(self) -> bool: ...
    def is_enabled(self) -> bool: ...
    def enable(self) -> None: ...  # raises OSError when it cannot be written
    def disable(self) -> None: ...  # raises OSError when it cannot be removed
