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
from PySide6.QtGui import QIcon

from steadypause.core.resource_files import resource

NAMES = ("steadypause", "steadypause-snoozed")
SIZES = (16, 22, 24, 32, 33, 36, 44, 48, 64, 128, 256)

_cache: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """``name`` is one of :data:`NAMES`, e.g. ``"steadypause"``."""
    if name not in _cache:
        if name not in NAMES:
            raise KeyError(name)
        made = QIcon()
        # Installed packages are plain directories, so these are the real files (QIcon
        # reads each size when it is first drawn).
        folder = Path(str(resource("icons", "png")))
        for size in SIZES:
            made.addFile(str(folder / f"{name}-{size}.png"), QSize(size, size))
        _cache[name] = made
    return _cache[name]
