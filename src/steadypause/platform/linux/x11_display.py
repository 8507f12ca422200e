"""What the X11 backends share: whether an X11 query can work in this session, and libX11
loaded through ctypes with the calls they both make declared."""

from __future__ import annotations

import ctypes
import ctypes.util
import os


def no_x11(display: str, what: str) -> str | None:
    """Why an X11 query cannot work in this session (None when it can)."""
    if os.environ.get("WAYLAND_DISPLAY") or os.environ.get("XDG_SESSION_TYPE") == "wayland":
        return f"a Wayland session ({what} would only see X clients)"  # i18n-exempt: diagnostics
    if not display:
        return "no X display"  # i18n-exempt: diagnostics
    return None


def load_xlib() -> ctypes.CDLL | None:
    """libX11 with ``XOpenDisplay``, ``XCloseDisplay`` and ``XDefaultRootWindow`` declared,
    or None when it is not installed."""
    path = ctypes.util.find_library("X11")
    if not path:
        return None
    x = ctypes.cdll.LoadLibrary(path)
    x.XOpenDisplay.restype = ctypes.c_void_p
    x.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x.XCloseDisplay.argtypes = [ctypes.c_void_p]
    x.XDefaultRootWindow.restype = ctypes.c_ulong
    x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    return x
