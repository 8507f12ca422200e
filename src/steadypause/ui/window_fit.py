"""How big a window opens, for the screen area it is given.

One function for the real show code and for the tests, which hand it the areas of the
screens and scales they stand in for (the offscreen platform has a single screen).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QMargins, QRect, QSize
from PySide6.QtWidgets import QWidget

log = logging.getLogger(__name__)


# Room for a title bar and borders when the window system has not said yet how big they are.
FRAME_ALLOWANCE = QMargins(2, 38, 2, 2)


def frame_margins(window: QWidget) -> QMargins:
    """The frame the window system draws around ``window``'s contents (or an allowance)."""
    frame, inner = window.frameGeometry(), window.geometry()
    if window.isVisible() and frame != inner:
        return QMargins(inner.left() - frame.left(), inner.top() - frame.top(),
                        frame.right() - inner.right(), frame.bottom() - inner.bottom())
    return FRAME_ALLOWANCE


def fit_to_area(window: QWidget, area: QRect, preferred: QSize) -> QSize:
    """Resize ``window`` to ``preferred``, but no larger than ``area``; returns its size."""
    window.resize(min(preferred.width(), area.width()), min(preferred.height(), area.height()))
    return window.size()
