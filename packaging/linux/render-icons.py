#!/usr/bin/env python3
"""Render the app icon into the hicolor theme layout next to this script.

    QT_QPA_PLATFORM=offscreen python packaging/linux/render-icons.py [--check]

Reads resources/icons/steadypause.svg and writes
icons/hicolor/scalable/apps/<app id>.svg (a copy) and icons/hicolor/<N>x<N>/apps/<app id>.png
for every size in SIZES, drawn with Qt's own SVG renderer on a transparent background.
With --check it writes nothing and exits 1 if a committed file differs from what it
would write (the SVG must match byte for byte; a PNG must have the same size, and no
colour channel of any pixel may differ by more than TOLERANCE, so that a newer Qt's
slightly different antialiasing does not count as a change).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

APP_ID = "io.github.steadypause.SteadyPause"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
HERE = Path(__file__).resolve().parent
SOURCE = HERE.parents[1] / "resources" / "icons" / "steadypause.svg"
HICOLOR = HERE / "icons" / "hicolor"
TOLERANCE = 8


def render(svg: bytes, size: int) -> QImage:
    renderer = QSvgRenderer(svg)
    if not renderer.isValid():
        raise SystemExit(f"render-icons: {SOURCE} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def same_picture(path: Path, image: QImage) -> bool:
    if not path.exists():
        return False
    saved = QImage(str(path)).convertToFormat(QImage.Format.Format_ARGB32)
    if saved.size() != image.size():
        return False
    a = bytes(saved.constBits())[: saved.sizeInBytes()]
    b = bytes(image.constBits())[: image.sizeInBytes()]
    return max((abs(x - y) for x, y in zip(a, b, strict=True)), default=0) <= TOLERANCE


def main(argv: list[str]) -> int:
    check = "--check" in argv
    _app = QGuiApplication.instance() or QGuiApplication([])
    svg = SOURCE.read_bytes()
    stale: list[Path] = []
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    if check:
        if not scalable.exists() or scalable.read_bytes() != svg:
            stale.append(scalable)
    else:
        scalable.parent.mkdir(parents=True, exist_ok=True)
        scalable.write_bytes(svg)
    for size in SIZES:
        target = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        image = render(svg, size)
        if check:
            if not same_picture(target, image):
                stale.append(target)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"render-icons: could not write {target}")
        print(f"wrote {target.relative_to(HERE.parents[1])}")
    if stale:
        for path in stale:
            print(f"render-icons: out of date: {path}", file=sys.stderr)
        print("render-icons: run packaging/linux/render-icons.py to update them", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
