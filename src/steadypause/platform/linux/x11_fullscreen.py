"""Full screen on X11 (EWMH): the root window's ``_NET_ACTIVE_WINDOW`` and that window's
``_NET_WM_STATE``, read through ctypes (libX11) when asked, never watched."""

from __future__ import annotations

import ctypes
import logging
import os
from typing import Any

from PySide6.QtCore import QObject, Signal

from steadypause.platform.base import Backend
from steadypause.platform.linux.x11_display import load_xlib, no_x11

log = logging.getLogger(__name__)


class _XErrorEvent(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("resourceid", ctypes.c_ulong),
        ("serial", ctypes.c_ulong),
        ("error_code", ctypes.c_ubyte),
        ("request_code", ctypes.c_ubyte),
        ("minor_code", ctypes.c_ubyte),
    ]


_X_ERROR_HANDLER = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(_XErrorEvent))


def is_fullscreen(active_window: int | None, states: list[int], fullscreen_atom: int) -> bool:
    """The EWMH decision: the window that has the focus says it is full screen."""
    return bool(active_window) and fullscreen_atom in states


def _declare_property_calls(x: ctypes.CDLL) -> None:
    """Declare the libX11 calls that read window properties (beyond load_xlib's)."""
    x.XInternAtom.restype = ctypes.c_ulong
    x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    x.XGetWindowProperty.restype = ctypes.c_int
    x.XGetWindowProperty.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_ulong,
        ctypes.c_long,
        ctypes.c_long,
        ctypes.c_int,
        ctypes.c_ulong,
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_void_p),
    ]
    x.XFree.argtypes = [ctypes.c_void_p]
    x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x.XSetErrorHandler.restype = ctypes.c_void_p
    x.XSetErrorHandler.argtypes = [ctypes.c_void_p]


class X11FullScreen(Backend):
    """EWMH on X11: the root window's ``_NET_ACTIVE_WINDOW`` and that window's
    ``_NET_WM_STATE`` (``_NET_WM_STATE_FULLSCREEN``), read through ctypes (libX11).

    A *pull* source: nothing watches or polls here. :meth:`busy_now` is asked when the
    scheduler is about to show a prompt and, while a prompt waits for the session to be
    free, on the scheduler's own coarse re-check. ``busyChanged`` is never emitted (a
    change seen on request is returned to the one who asked).
    """

    name = "x11-fullscreen"
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None, *, display: str | None = None) -> None:
        super().__init__(parent)
        self._display: int | None = None
        self._busy = False
        # A window can vanish between two reads (BadWindow): Xlib's default handler would
        # end the process, so a quiet one stands in while we read (see _read_atoms).
        self._errors = 0

        def on_error(_display: int, _event: Any) -> int:
            self._errors += 1
            return 0

        self._on_error = _X_ERROR_HANDLER(on_error)
        display = display or os.environ.get("DISPLAY") or ""
        if reason := no_x11(display, "EWMH"):
            self.unavailable(reason)
            return
        xlib = load_xlib()
        if xlib is None:
            self.unavailable("libX11 is not installed")  # i18n-exempt: diagnostics
            return
        x = self._x11 = xlib
        _declare_property_calls(x)
        self._display = x.XOpenDisplay(display.encode())
        if not self._display:
            self.unavailable(f"cannot open X display {display}")  # i18n-exempt: diagnostics
            return
        self._root = x.XDefaultRootWindow(self._display)
        atom = self._atoms = {
            n: x.XInternAtom(self._display, n.encode(), 0)
            for n in (
                "_NET_ACTIVE_WINDOW",
                "_NET_WM_STATE",
                "_NET_WM_STATE_FULLSCREEN",
                "_NET_SUPPORTED",
            )
        }
        # A window manager that speaks EWMH lists what it supports on the root window.
        supported = self._read_atoms(self._root, atom["_NET_SUPPORTED"])
        if supported is None or atom["_NET_ACTIVE_WINDOW"] not in supported:
            self.unavailable(  # i18n-exempt: diagnostics
                "the window manager does not publish _NET_ACTIVE_WINDOW (EWMH)"
            )

    @property
    def busy(self) -> bool:
        """What the last :meth:`busy_now` found."""
        return self._busy

    def busy_now(self) -> bool:
        if self._display is None or self._reason:
            return False
        [active] = self._read_atoms(self._root, self._atoms["_NET_ACTIVE_WINDOW"]) or [0]
        states = self.window_state(active) if active else []
        busy = is_fullscreen(active, states or [], self._atoms["_NET_WM_STATE_FULLSCREEN"])
        if busy != self._busy:
            log.info("full screen: %s (window 0x%x)", busy, active)
        self._busy = busy
        return busy

    def window_state(self, window: int) -> list[int] | None:
        """The window's ``_NET_WM_STATE`` atoms, or None when it cannot be read (a window
        that is gone: noted by our error handler, never the end of the process)."""
        return self._read_atoms(window, self._atoms["_NET_WM_STATE"])

    def stop(self) -> None:
        if self._display:
            self._x11.XCloseDisplay(self._display)
            self._display = None

    def _read_atoms(self, window: int, prop: int) -> list[int] | None:
        """A format-32 list property (ATOM or WINDOW), or None if it cannot be read."""
        x = self._x11
        kind, fmt = ctypes.c_ulong(), ctypes.c_int()
        count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        previous = x.XSetErrorHandler(ctypes.cast(self._on_error, ctypes.c_void_p))
        errors = self._errors
        try:
            status = x.XGetWindowProperty(
                self._display,
                window,
                prop,
                0,
                64,
                0,
                0,  # any type
                ctypes.byref(kind),
                ctypes.byref(fmt),
                ctypes.byref(count),
                ctypes.byref(after),
                ctypes.byref(data),
            )
            x.XSync(self._display, 0)
        finally:
            x.XSetErrorHandler(previous)
        try:
            if status != 0 or self._errors != errors or not data.value:
                return None
            if fmt.value != 32:
                return []
            # Xlib hands format-32 items over as C longs, whatever the server's size.
            items = ctypes.cast(data, ctypes.POINTER(ctypes.c_ulong))
            return [items[i] for i in range(count.value)]
        finally:
            if data.value:
                x.XFree(data)
