"""The app's own icons (the tray, the windows), loaded from PNGs rendered from the SVGs.

resources/icons/steadypause.svg and steadypause-snoozed.svg are the source;
scripts/render-app-icons renders each at every size in :data:`SIZES` into
resources/icons/png/ (tests/widget/test_icons.py checks they still match). The app loads
the PNGs and not the SVGs: the tray icon is the first thing on screen, and Qt's SVG icon
plug-in (with QtSvg's library) cost start-up time and ~0.7 MiB that nothing else needs;
painting the marks with QPainter at start built PySide6's Qt enum types (~15 ms) before
the icon (issue 18). The sizes cover the tray's 16, 22 and 24 px at 100 %, 150 % and
200 %; Qt scales the nearest larger one down for anything else.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QIcon, QPixmap

from steadypause.core.resource_files import resource

NAMES = ("steadypause", "steadypause-snoozed")
SIZES = (16, 22, 24, 32, 33, 36, 44, 48, 64, 128, 256)

_cache: dict[str, QIcon] = {}


def _png(name: str, size: int) -> str:
    """The rendered picture of ``name`` at ``size`` px. Installed packages are plain
    directories, so this is the real file."""
    if name not in NAMES:
        raise KeyError(name)
    return str(Path(str(resource("icons", "png"))) / f"{name}-{size}.png")


def icon(name: str) -> QIcon:
    """``name`` is one of :data:`NAMES`, e.g. ``"steadypause"``."""
    if name not in _cache:
        made = QIcon()
        for size in SIZES:  # QIcon reads each size when it is first drawn
            made.addFile(_png(name, size), QSize(size, size))
        _cache[name] = made
    return _cache[name]


def pixmap(name: str, size: int, pixel_ratio: float | None = None) -> QPixmap:
    """The icon ``size`` px wide for a label (the About box, the reminder, the status window)
    at ``pixel_ratio`` (default: the application's), scaled down from the nearest larger PNG.

    Not ``icon(name).pixmap(size)``: once the tray has drawn the 44-px picture (22 px at
    200 %), Qt 6.11's icon engine hands that one back for every larger size, so the About
    box's 56-px logo came out at 44 device pixels on a 200 % screen.
    """
    if pixel_ratio is None:
        app = QGuiApplication.instance()
        pixel_ratio = app.devicePixelRatio() if isinstance(app, QGuiApplication) else 1.0
    pixels = max(1, round(size * pixel_ratio))
    source = next((s for s in SIZES if s >= pixels), SIZES[-1])
    picture = QPixmap(_png(name, source))
    if picture.width() != pixels:
        from PySide6.QtCore import Qt  # not at the top: the Qt namespace takes ~13 ms to build

        picture = picture.scaled(
            pixels,
            pixels,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
    picture.setDevicePixelRatio(pixel_ratio)
    return picture
