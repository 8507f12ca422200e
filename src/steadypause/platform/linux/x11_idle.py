"""Idle on X11: ``XScreenSaverQueryInfo`` (libXss through ctypes), polled as
platform/polledidle.py describes."""

from __future__ import annotations

import ctypes
import ctypes.util
import os

from PySide6.QtCore import QObject

from steadypause.core.activity import IDLE_THRESHOLD_SECONDS
from steadypause.platform.linux.x11_display import load_xlib, no_x11
from steadypause.platform.polledidle import PolledIdle


class _XScreenSaverInfo(ctypes.Structure):
    _fields_ = [
        ("window", ctypes.c_ulong),
        ("state", ctypes.c_int),
        ("kind", ctypes.c_int),
        ("til_or_since", ctypes.c_ulong),
        ("idle", ctypes.c_ulong),
        ("eventMask", ctypes.c_ulong),
    ]


class X11Idle(PolledIdle):
    """XScreenSaverQueryInfo through ctypes (libXss), checked as polledidle.py describes.
    Under Wayland it only sees X clients, so it refuses to run there."""

    name = "x11-xss"

    def __init__(
        self,
        threshold_s: float = IDLE_THRESHOLD_SECONDS,
        parent: QObject | None = None,
        *,
        display: str | None = None,
    ) -> None:
        super().__init__(threshold_s, parent)
        self._display: int | None = None
        display = display or os.environ.get("DISPLAY") or ""
        if reason := no_x11(display, "XScreenSaver"):
            self.unavailable(reason)
            return
        xlib = load_xlib()
        xss = ctypes.util.find_library("Xss")  # i18n-exempt: a library name
        if xlib is None or not xss:
            self.unavailable("libX11 or libXss is not installed")  # i18n-exempt: diagnostics
            return
        self._x11 = xlib
        self._xss = ctypes.cdll.LoadLibrary(xss)
        self._xss.XScreenSaverAllocInfo.restype = ctypes.POINTER(_XScreenSaverInfo)
        self._xss.XScreenSaverQueryInfo.argtypes = [
            ctypes.c_void_p,
            ctypes.c_ulong,
            ctypes.POINTER(_XScreenSaverInfo),
        ]
        self._xss.XScreenSaverQueryExtension.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_int),
        ]
        self._display = self._x11.XOpenDisplay(display.encode())
        if not self._display:
            self.unavailable(f"cannot open X display {display}")  # i18n-exempt: diagnostics
            return
        event, error = ctypes.c_int(), ctypes.c_int()
        if not self._xss.XScreenSaverQueryExtension(
            self._display, ctypes.byref(event), ctypes.byref(error)
        ):
            self.unavailable(  # i18n-exempt: diagnostics
                "the X server has no MIT-SCREEN-SAVER extension"
            )
            return
        self._root = self._x11.XDefaultRootWindow(self._display)
        self._info = self._xss.XScreenSaverAllocInfo()

    def idle_seconds(self) -> float | None:
        if self._display is None or self._reason:
            return None
        if not self._xss.XScreenSaverQueryInfo(self._display, self._root, self._info):
            return None
        return float(self._info.contents.idle / 1000)

    def stop(self) -> None:
        super().stop()
        if self._display:
            self._x11.XCloseDisplay(self._display)
            self._display = None
