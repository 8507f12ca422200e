"""The icon PNGs (ui/icons.py) match the SVG files at every size and scale; the app never
loads QtSvg for them. A failure here after an SVG changed: run scripts/render-app-icons."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QLabel

from steadypause.core.resource_files import resource
from steadypause.ui import icons
from steadypause.ui.icons import NAMES, SIZES, icon


def _svg(name: str, pixels: int) -> QImage:
    image = QImage(pixels, pixels, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(QColor(0, 0, 0, 0))
    renderer = QSvgRenderer(str(resource("icons", f"{name}.svg")))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return image


def _difference(a: QImage, b: QImage) -> float:
    """Mean absolute difference per channel (0–255) over the two images."""
    assert a.size() == b.size()
    total = 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixelColor(x, y), b.pixelColor(x, y)
            total += sum(
                abs(u - v)
                for u, v in zip(pa.getRgb(), pb.getRgb(), strict=True)  # type: ignore[arg-type]
            )
    return total / (a.width() * a.height() * 4)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("pixels", SIZES)
def test_each_png_matches_the_svg(qapp: QApplication, name: str, pixels: int) -> None:
    painted = icon(name).pixmap(QSize(pixels, pixels)).toImage()
    painted = painted.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    assert _difference(painted, _svg(name, pixels)) < 3.0


def test_the_two_icons_differ(qapp: QApplication) -> None:
    a = icon("steadypause").pixmap(QSize(22, 22)).toImage()
    b = icon("steadypause-snoozed").pixmap(QSize(22, 22)).toImage()
    assert _difference(a, b) > 10.0


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
@pytest.mark.parametrize("logical", [16, 22, 24])
def test_sharp_at_each_device_pixel_ratio(qapp: QApplication, scale: float, logical: int) -> None:
    """The tray's sizes at 100 %, 150 % and 200 % each have their own PNG: not scaled."""
    pixmap = icon("steadypause").pixmap(QSize(logical, logical), scale)
    assert pixmap.devicePixelRatio() == scale
    device = round(logical * scale)
    assert pixmap.width() == device
    assert device in SIZES
    reference = _svg("steadypause", device)
    image = pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)
    assert _difference(image, reference) < 3.0


def test_the_icon_does_not_load_qtsvg() -> None:
    """A fresh process that shows the icons never maps Qt's SVG library."""
    code = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QSize
        from PySide6.QtWidgets import QApplication
        from steadypause.ui.icons import icon
        app = QApplication([])
        for name in ("steadypause", "steadypause-snoozed"):
            for size in (16, 22, 64):
                icon(name).pixmap(QSize(size, size), 2.0)
        app.setWindowIcon(icon("steadypause"))
        maps = open("/proc/self/maps").read()
        print("svg" if "libQt6Svg" in maps else "none")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout.strip() == "none"


@pytest.mark.parametrize(
    ("size", "ratio"), [(56, 1.0), (56, 1.5), (56, 2.0), (32, 2.0), (40, 1.25)]
)
def test_a_labels_icon_is_drawn_at_its_size_after_the_tray_drew_a_small_one(
    qtbot, size: int, ratio: float
) -> None:
    icon("steadypause").pixmap(QSize(22, 22), 2.0)  # what the tray draws at 200 % first
    picture = icons.pixmap("steadypause", size, ratio)
    assert picture.width() == picture.height() == round(size * ratio)
    assert picture.devicePixelRatio() == ratio
    assert picture.deviceIndependentSize().width() == pytest.approx(size)
    rendered = _svg("steadypause", round(size * ratio))
    assert _difference(picture.toImage().convertToFormat(rendered.format()), rendered) < 6.0


def test_the_about_box_reminder_and_status_window_use_the_sized_picture(qtbot) -> None:
    from steadypause.ui.about import AboutDialog

    icon("steadypause").pixmap(QSize(22, 22), 2.0)
    about = AboutDialog()
    qtbot.addWidget(about)
    logos = [label.pixmap() for label in about.findChildren(QLabel) if not label.pixmap().isNull()]
    assert [p.deviceIndependentSize().width() for p in logos] == [56]
    ratio = QApplication.instance().devicePixelRatio()
    assert logos[0].width() == round(56 * ratio)
