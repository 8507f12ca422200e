"""Whether the desktop asks applications for less motion, where Qt can tell.

Qt >= 6.12 has ``QAccessibilityHints.motionPreference()`` and ``Qt.MotionPreference``;
Qt 6.10/6.11 have ``QStyleHints.accessibility()`` but only ``contrastPreference()`` on it, and
older Qt has no portable way to read the preference at all.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

# Qt.MotionPreference.ReducedMotion where this Qt has it (>= 6.12), else None.
REDUCED_MOTION: Any = getattr(getattr(Qt, "MotionPreference", None), "ReducedMotion", None)


def accessibility_hints() -> Any:
    """The application's QAccessibilityHints (Qt >= 6.10), or None."""
    if QGuiApplication.instance() is None:
        return None
    accessibility = getattr(QGuiApplication.styleHints(), "accessibility", None)
    return accessibility() if accessibility is not None else None


def system_prefers_reduced_motion() -> bool:
    """Whether the desktop asks applications for less motion.

    Answers False when Qt cannot tell: the preference is exposed from Qt 6.12
    (``QAccessibilityHints.motionPreference``); older Qt has no portable way to read it.
    """
    read = getattr(accessibility_hints(), "motionPreference", None)
    if read is None or REDUCED_MOTION is None:
        return False
    return bool(read() == REDUCED_MOTION)
