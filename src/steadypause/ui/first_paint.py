"""Work held back until the tray icon is on screen (issue 18: start-up to its first paint).

On an XEmbed tray (trayer, stalonetray, XFCE's and MATE's panels, KDE's and GNOME's
legacy trays) Qt draws the icon itself in a small ``QSystemTrayIconSys`` window, and only
after the tray host has embedded it: a few round trips to the host after ``show()``. Work
queued with a zero timer ran before that paint, so the icon waited for it. Here the work
waits for the icon window's first paint instead, then runs from the event loop.

Where no such window exists (a StatusNotifierItem host draws the icon from the D-Bus
registration; no tray at all, and the status window is up) the work is queued at once,
as before. Should the paint never come (a host that never maps the icon), a one-off
fallback timer runs it after :data:`FALLBACK_MS`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

log = logging.getLogger(__name__)

FALLBACK_MS = 2000
ICON_WINDOW_CLASS = "QSystemTrayIconSys"  # Qt's own XEmbed icon window (qsystemtrayicon_x11)


def icon_window() -> QWidget | None:
    """Qt's XEmbed tray icon window, when the icon is drawn by this process."""
    for widget in QApplication.topLevelWidgets():
        if widget.metaObject().className() == ICON_WINDOW_CLASS:
            return widget
    return None


class AfterFirstPaint(QObject):
    """Runs ``work`` (in order, each from the event loop) once the icon has painted."""

    def __init__(
        self,
        work: list[Callable[[], object]],
        parent: QObject | None = None,
        *,
        fallback_ms: int = FALLBACK_MS,
    ) -> None:
        super().__init__(parent)
        self._work = list(work)
        self._window = icon_window()
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.setInterval(fallback_ms)
        self._fallback.timeout.connect(self._late)
        if self._window is None:
            self._release()
        else:
            self._window.installEventFilter(self)
            self._fallback.start()

    @property
    def waiting(self) -> bool:
        return bool(self._work)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and watched is self._window:
            # Queued, so the paint finishes and reaches the screen first.
            self._release()
        return False

    def _late(self) -> None:
        log.info(
            "the tray icon did not paint within %d ms; starting the rest",
            self._fallback.interval(),
        )
        self._release()

    def _release(self) -> None:
        self._fallback.stop()
        if self._window is not None:
            self._window.removeEventFilter(self)
            self._window = None
        work, self._work = self._work, []
        for job in work:
            QTimer.singleShot(0, job)
