"""How big a window opens, for the screen it opens on, and where (see docs/adr/011).

:func:`fit_to_area` is the one sizing rule, used by the show code of every window and by the
tests, which hand it the areas of the screens and scales they stand in for (the offscreen
platform has a single screen): the window's preferred size, grown with the font, no larger
than the area less the window's frame, and never smaller than its layout's minimum (the
layouts are built so that minimum fits the smallest area we support; the rest scrolls).

Placement: under X11 (and on Windows and macOS) the pause window is centred on the screen
under the pointer. A Wayland compositor ignores ``move()`` and places new windows itself, so
there the window is only sized, for the screen it is on, and sized again if the compositor
puts it on another screen.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QMargins, QPoint, QRect, QSize
from PySide6.QtGui import QCursor, QFontMetrics, QGuiApplication, QScreen
from PySide6.QtWidgets import QLayout, QMainWindow, QWidget

log = logging.getLogger(__name__)

# Room for a title bar and borders when the window system has not said yet how big they are.
FRAME_ALLOWANCE = QMargins(2, 38, 2, 2)
# The line height (px) of the font the preferred sizes were drawn for: Qt's default 9 pt at
# 96 dpi. A larger font (GNOME's Cantarell 11, a desktop font setting) grows them in step.
REFERENCE_LINE = 14


def compositor_places_windows() -> bool:
    """True under Wayland, where a client cannot place its own windows."""
    return QGuiApplication.platformName().lower().startswith("wayland")


def frame_margins(window: QWidget) -> QMargins:
    """The frame the window system draws around ``window``'s contents (or an allowance)."""
    frame, inner = window.frameGeometry(), window.geometry()
    if window.isVisible() and frame != inner:
        return QMargins(
            inner.left() - frame.left(),
            inner.top() - frame.top(),
            frame.right() - inner.right(),
            frame.bottom() - inner.bottom(),
        )
    return FRAME_ALLOWANCE


def for_font(window: QWidget, size: QSize) -> QSize:
    """``size`` (drawn for the reference font) grown for ``window``'s font, never shrunk."""
    ratio = max(1.0, QFontMetrics(window.font()).height() / REFERENCE_LINE)
    return QSize(round(size.width() * ratio), round(size.height() * ratio))


def preferred_size(window: QWidget) -> QSize:
    """The size ``window`` would like at the reference font: its ``PREFERRED_SIZE`` (its
    class's, or its own where what it shows needs more; a height of 0 asks for the least
    its layout needs)."""
    width, height = getattr(window, "PREFERRED_SIZE", (0, 0))
    return QSize(width, height)


def fit_to_area(window: QWidget, area: QRect, preferred: QSize | None = None) -> QSize:
    """Size ``window`` for an available screen ``area``; returns the size it was given.

    ``preferred`` is the size wanted at the reference font (see :func:`for_font`), by
    default the window's own (:func:`preferred_size`).
    """
    if preferred is None:
        preferred = preferred_size(window)
    room = area.size().shrunkBy(frame_margins(window))
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    wanted = for_font(window, preferred)
    width = max(min(wanted.width(), room.width()), least.width())
    layout = content_layout(window)
    if layout is not None and layout.hasHeightForWidth():
        # Words that wrap need more lines at a narrower width than the hint assumed.
        least.setHeight(max(least.height(), layout.totalMinimumHeightForWidth(width)))
        if wanted.height() == 0:
            wanted.setHeight(layout.totalHeightForWidth(width))
    size = QSize(width, max(min(wanted.height(), room.height()), least.height()))
    if size.width() > room.width() or size.height() > room.height():
        log.warning(
            "%s needs %d×%d px, more than the %d×%d px its screen has",
            window.objectName(),
            size.width(),
            size.height(),
            room.width(),
            room.height(),
        )
    window.resize(size)
    return size


def content_layout(window: QWidget) -> QLayout | None:
    """The layout that holds ``window``'s content: a main window's is its central widget's
    (a main window's own layout does not pass on the height its words need at a width)."""
    if isinstance(window, QMainWindow):
        central = window.centralWidget()
        return central.layout() if central is not None else None
    return window.layout()


def screen_for(window: QWidget) -> QScreen | None:
    """The screen ``window`` opens on: under the pointer where we place windows ourselves,
    else (Wayland) the one the window is on."""
    if not compositor_places_windows():
        under = QGuiApplication.screenAt(QCursor.pos())
        if under is not None:
            return under
    return window.screen() or QGuiApplication.primaryScreen()


def show_fitted(window: QWidget, preferred: QSize | None = None, *, centre: bool = False) -> None:
    """Size ``window`` for its screen and show it; ``centre`` it there where we place windows.

    Under Wayland the window is sized again if the compositor opens it on another screen.
    """
    screen = screen_for(window)
    if screen is not None:
        area = screen.availableGeometry()
        size = fit_to_area(window, area, preferred)
        if centre and not compositor_places_windows():
            window.move(area.center() - QPoint(size.width() // 2, size.height() // 2))
    if not window.isVisible():
        window.show()
    if (
        compositor_places_windows()
        and window.windowHandle() is not None
        and not window.property("followsScreen")
    ):
        window.setProperty("followsScreen", True)
        window.windowHandle().screenChanged.connect(lambda new: _refit(window, new, preferred))


def fit_when_first_shown(window: QWidget, preferred: QSize | None = None) -> None:
    """For a window's ``showEvent``: size it for its screen the first time it is shown (the
    window system places it)."""
    if window.property("fittedToScreen"):
        return
    window.setProperty("fittedToScreen", True)
    screen = screen_for(window)
    if screen is not None:
        fit_to_area(window, screen.availableGeometry(), preferred)


def _refit(window: QWidget, screen: QScreen | None, preferred: QSize | None) -> None:
    if screen is not None:
        log.debug("%s moved to screen %s", window.objectName(), screen.name())
        fit_to_area(window, screen.availableGeometry(), preferred)
