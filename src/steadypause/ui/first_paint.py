"""Work held back until the tray icon is on screen (issue 18: start-up to its first paint).

On an XEmbed tray (trayer, stalonetray, XFCE's and MATE's panels, KDE's and GNOME's
legacy trays) Qt draws the icon itself in a small window of its own, and only after the
tray host has embedded it: a few round trips to the host after ``show()``. Work queued
with a zero timer ran before that paint, so the icon waited for it. Here the work waits
for the icon window's first exposure instead (the X server's Expose event, on which Qt
paints the window), then runs from the event loop.

The icon window is not looked up as a widget: PySide6 wraps Qt's own
``QSystemTrayIconSys`` class for Python by building the whole ``Qt`` namespace's enum types
(~84 of them, 12–14 ms before the icon on the bench's machine). Two plain facts are used
instead: the icon's geometry, which only an icon drawn here has before the host reports
one (a StatusNotifierItem host, and no tray at all, give an empty one); and the X events,
read as they arrive with a native event filter (an Expose is the first paint: before
it the icon window is the only window this process has mapped).

Where the icon is not drawn here (a StatusNotifierItem host; no tray at all, and the
status window is up; another platform than X11) the work is queued at once. Should the
paint never come (a host that never maps the icon), a one-off fallback timer runs it
after :data:`FALLBACK_MS`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QAbstractNativeEventFilter,
    QByteArray,
    QCoreApplication,
    QObject,
    QTimer,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QSystemTrayIcon

log = logging.getLogger(__name__)

FALLBACK_MS = 2000
XCB_EVENT = b"xcb_generic_event_t"  # the native event type Qt's xcb platform reports
XCB_EXPOSE = 12  # xcb_expose_event_t's response_type (X11/X.h: Expose)


def icon_drawn_here(icon: QSystemTrayIcon) -> bool:
    """Whether Qt draws ``icon`` in a window of this process (an XEmbed tray on X11).

    Qt gives such an icon its window's size as soon as it is shown; an icon handed to a
    StatusNotifierItem host (over D-Bus) has no geometry of its own."""
    return QGuiApplication.platformName() == "xcb" and not icon.geometry().isEmpty()


NativeType = QByteArray | bytes | bytearray | memoryview


def is_expose(event_type: NativeType, message: int) -> bool:
    """Whether a native event (as a native event filter is given it) is an X11 Expose."""
    name = event_type.data() if isinstance(event_type, QByteArray) else bytes(event_type)
    if name != XCB_EVENT:
        return False
    # Qt hands over the event's address (a VoidPtr of unknown size): one byte of it is read
    # there. (PySide6's stubs know only VoidPtr(address); the sized form is the one to read.)
    sized_pointer: Any = shiboken6.VoidPtr
    first = memoryview(sized_pointer(int(message), 1, False))[0]
    return bool(first & 0x7F == XCB_EXPOSE)  # the top bit: sent by another client


class ExposeWatch(QAbstractNativeEventFilter):
    """Calls ``exposed`` on each X11 Expose event (installed on the application)."""

    def __init__(self, exposed: Callable[[], None]) -> None:
        super().__init__()
        self._exposed = exposed

    def nativeEventFilter(self, eventType: NativeType, message: int, /) -> tuple[bool, int]:
        if is_expose(eventType, message):
            self._exposed()
        return False, 0


class AfterFirstPaint(QObject):
    """Runs ``work`` (in order, each from the event loop) once the icon has painted.

    ``drawn_here``: whether the icon is drawn by this process (:func:`icon_drawn_here`);
    when it is not, the work is queued at once."""

    def __init__(
        self,
        work: list[Callable[[], object]],
        parent: QObject | None = None,
        *,
        drawn_here: bool = False,
        fallback_ms: int = FALLBACK_MS,
    ) -> None:
        super().__init__(parent)
        self._work = list(work)
        self._watch: ExposeWatch | None = None  # kept until this object goes
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.setInterval(fallback_ms)
        self._fallback.timeout.connect(self._late)
        if not drawn_here:
            self._release()
            return
        app = QCoreApplication.instance()
        assert app is not None
        self._watch = ExposeWatch(self._release)
        app.installNativeEventFilter(self._watch)
        self._fallback.start()

    @property
    def waiting(self) -> bool:
        return bool(self._work)

    def _late(self) -> None:
        log.info(
            "the tray icon did not paint within %d ms; starting the rest",
            self._fallback.interval(),
        )
        self._release()

    def _release(self) -> None:
        self._fallback.stop()
        app = QCoreApplication.instance()
        if self._watch is not None and app is not None:
            app.removeNativeEventFilter(self._watch)  # safe from inside the filter (Qt's docs)
        # Queued, so the paint the Expose asks for finishes and reaches the screen first.
        work, self._work = self._work, []
        for job in work:
            QTimer.singleShot(0, job)
