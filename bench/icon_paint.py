"""When a tray icon's pixels first reach the screen, seen from outside the program.

``bench/run_all.py`` times start-up to the tray icon's first paint with this, the same way
for the app and the bare tray: a thread in the bench process opens its own connection to
the X server and reads the panel's corner of the root window (``XGetImage``, a few KiB)
every ``interval`` seconds, from just before the program is started. Each distinct picture
is kept with the time it was first seen (``time.monotonic()``). Once the program has settled
(:meth:`IconWatch.finish`), the icon's first paint is the first poll from which on the
corner showed the settled picture: a flash of an empty embedded window, or trayer
rearranging its panel, does not count, only the icon as it stays.

Only ``libX11`` through ctypes; trayer sits at the top right of the screen (tests/support/
displays.py), so the corner is the top-right ``width`` × ``height`` pixels.
"""

from __future__ import annotations

import ctypes
import hashlib
import os
import threading
import time

from steadypause.platform.linux.x11_display import load_xlib


class _XImage(ctypes.Structure):
    # The leading fields of Xlib's XImage (X11/Xlib.h), up to what is read here.
    _fields_ = [
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("xoffset", ctypes.c_int),
        ("format", ctypes.c_int),
        ("data", ctypes.c_void_p),
        ("byte_order", ctypes.c_int),
        ("bitmap_unit", ctypes.c_int),
        ("bitmap_bit_order", ctypes.c_int),
        ("bitmap_pad", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("bytes_per_line", ctypes.c_int),
        ("bits_per_pixel", ctypes.c_int),
    ]


_ALL_PLANES = ctypes.c_ulong(0xFFFFFFFF)
_Z_PIXMAP = 2


def _libx11() -> ctypes.CDLL:
    lib = load_xlib()  # with XOpenDisplay, XCloseDisplay and XDefaultRootWindow declared
    if lib is None:
        raise RuntimeError("libX11 is not installed")  # the bench's screen needs it anyway
    lib.XGetImage.restype = ctypes.POINTER(_XImage)
    lib.XGetImage.argtypes = [
        ctypes.c_void_p,
        ctypes.c_ulong,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.c_uint,
        ctypes.c_uint,
        ctypes.c_ulong,
        ctypes.c_int,
    ]
    lib.XFree.argtypes = [ctypes.c_void_p]
    lib.XDisplayWidth.argtypes = [ctypes.c_void_p, ctypes.c_int]
    return lib


class IconWatch:
    """Polls the tray's corner of ``display`` from :meth:`start` until :meth:`finish`."""

    def __init__(
        self, display: str, *, width: int = 120, height: int = 28, interval: float = 0.002
    ) -> None:
        self._lib = _libx11()
        self._display = self._lib.XOpenDisplay(display.encode())
        if not self._display:
            raise RuntimeError(f"icon_paint: cannot open display {display}")
        self._root = self._lib.XDefaultRootWindow(self._display)
        screen_width = self._lib.XDisplayWidth(self._display, 0)
        self._rect = (screen_width - width, 0, width, height)
        self._interval = interval
        self._seen: list[tuple[float, str]] = []  # (time first seen, picture's digest)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def _picture(self) -> str:
        x, y, w, h = self._rect
        image = self._lib.XGetImage(self._display, self._root, x, y, w, h, _ALL_PLANES, _Z_PIXMAP)
        if not image:
            return ""
        try:
            data = ctypes.string_at(image.contents.data, image.contents.bytes_per_line * h)
        finally:
            self._lib.XFree(image.contents.data)
            self._lib.XFree(image)
        return hashlib.blake2b(data, digest_size=16).hexdigest()

    def _poll(self) -> None:
        last = None
        while not self._stop.is_set():
            at = time.monotonic()
            digest = self._picture()
            if digest != last:
                self._seen.append((at, digest))
                last = digest
            time.sleep(self._interval)

    def start(self) -> None:
        """Take the empty corner's picture, then keep polling (call before the launch)."""
        self._seen.clear()
        self._stop.clear()
        self._seen.append((time.monotonic(), self._picture()))
        self._thread = threading.Thread(target=self._poll, name="icon-watch", daemon=True)
        self._thread.start()

    def finish(self) -> float | None:
        """Stop; the time the settled picture first appeared for good (None: it never
        changed from the empty corner)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        empty, settled = self._seen[0][1], self._seen[-1][1]
        if settled == empty:
            return None
        return self._seen[-1][0]

    def changes(self) -> int:
        """How many distinct pictures followed the empty corner (1: straight to the icon)."""
        return len(self._seen) - 1

    def close(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join()
        self._lib.XCloseDisplay(self._display)


def _main() -> None:  # a quick look: python bench/icon_paint.py, then start a tray app
    watch = IconWatch(os.environ["DISPLAY"])
    watch.start()
    time.sleep(10)
    print(watch.finish(), watch.changes())
    watch.close()


if __name__ == "__main__":
    _main()
