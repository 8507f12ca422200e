"""The practice loop picture: labels always fit, highlights follow the routine and the
palette, crisp at any device pixel ratio, described for screen readers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QSize
from PySide6.QtGui import QColor, QFont, QImage, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from steadypause.core.routine import LOOP_IDS
from steadypause.ui import theme
from steadypause.ui.about import AboutDialog
from steadypause.ui.practice_loop import PracticeLoop


@pytest.mark.parametrize("size", [QSize(300, 130), QSize(376, 200), QSize(640, 420)])
@pytest.mark.parametrize("point_size", [9, 14])
def test_labels_fit_inside_and_do_not_overlap(qtbot: QtBot, size: QSize, point_size: int) -> None:
    loop = PracticeLoop(["notice", "name"])
    qtbot.addWidget(loop)
    font = QFont(loop.font())
    font.setPointSize(point_size)
    loop.setFont(font)
    loop.resize(size.expandedTo(loop.minimumSizeHint()))
    labels = loop.label_rects()
    dots = loop.dot_rects()
    assert set(labels) == set(LOOP_IDS)
    area = loop.rect().toRectF()
    shapes = [*labels.values(), *dots.values()]
    for rect in shapes:
        assert area.contains(rect)
    for i, a in enumerate(shapes):
        for b in shapes[i + 1 :]:
            assert not a.intersects(b)


def test_description_names_the_points_and_the_highlight(qtbot: QtBot) -> None:
    loop = PracticeLoop()
    qtbot.addWidget(loop)
    assert loop.accessibleName() == "The practice loop"
    assert (
        "notice, breathe, name the need, respond kindly, set a boundary"
        in loop.accessibleDescription()
    )
    assert "worked on" not in loop.accessibleDescription()
    loop.set_highlighted(["boundary", "notice"])
    assert loop.highlighted == ("notice", "boundary")  # always in loop order
    assert loop.accessibleDescription().endswith("This pause worked on: notice, set a boundary.")
    with pytest.raises(ValueError, match="meditate"):
        loop.set_highlighted(["meditate"])


@pytest.mark.parametrize("name", ["light", "dark"])
@pytest.mark.parametrize("ratio", [1.0, 1.5, 2.0])
def test_highlighted_points_take_the_accent_colour(qtbot: QtBot, name: str, ratio: float) -> None:
    app = QApplication.instance()
    previous = app.palette()
    theme.apply(app, name)
    try:
        loop = PracticeLoop(["breathe"])
        qtbot.addWidget(loop)
        loop.resize(376, 200)
        image = QImage(round(376 * ratio), round(200 * ratio), QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(ratio)
        image.fill(loop.palette().color(QPalette.ColorRole.Window))
        loop.render(image)
        dots = loop.dot_rects()

        def colour_at(point: str) -> QColor:
            centre = dots[point].center() * ratio
            return image.pixelColor(QPoint(round(centre.x()), round(centre.y())))

        accent = loop.palette().color(QPalette.ColorRole.Highlight)
        base = loop.palette().color(QPalette.ColorRole.Base)
        assert colour_at("breathe") == accent
        assert colour_at("notice") == base
    finally:
        app.setPalette(previous)


def test_about_shows_the_loop(qtbot: QtBot) -> None:
    about = AboutDialog()
    qtbot.addWidget(about)
    about.show()
    assert about.loop.isVisible()
    assert about.loop.height() >= about.loop.minimumSizeHint().height()
    for rect in about.loop.label_rects().values():
        assert about.loop.rect().toRectF().contains(rect)


def test_too_little_room_draws_nothing_rather_than_a_cramped_loop(qtbot: QtBot) -> None:
    loop = PracticeLoop(["notice"])
    qtbot.addWidget(loop)
    loop.resize(376, 40)
    assert not loop.is_drawn()
    assert loop.label_rects() == {}
    loop.resize(376, 200)
    assert loop.is_drawn()
