"""How big windows open and where: the one sizing rule, and placement with and without a
compositor that places windows itself (Wayland)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from steadypause.core.routine import Routine
from steadypause.ui import window_fit
from steadypause.ui.pause_window import WINDOW_SIZE, PauseWindow
from steadypause.ui.window_fit import FRAME_ALLOWANCE, fit_to_area, for_font


@pytest.fixture
def larger_font(qapp: QApplication) -> Iterator[float]:
    previous = QFont(qapp.font())
    bigger = QFont(previous)
    bigger.setPointSizeF(previous.pointSizeF() * 1.5)
    qapp.setFont(bigger)
    yield 1.5
    qapp.setFont(previous)


class Sample(QWidget):
    PREFERRED_SIZE = (400, 300)

    def __init__(self) -> None:
        super().__init__()
        column = QVBoxLayout(self)
        for n in range(6):
            column.addWidget(QLabel(f"line {n}", self))


def test_the_preferred_size_bounded_by_the_area_less_the_frame(qtbot: QtBot) -> None:
    window = Sample()
    qtbot.addWidget(window)
    assert fit_to_area(window, QRect(0, 0, 1920, 1040)) == QSize(400, 300)
    assert window.size() == QSize(400, 300)
    small = fit_to_area(window, QRect(0, 0, 380, 290))
    assert small == QSize(
        380 - FRAME_ALLOWANCE.left() - FRAME_ALLOWANCE.right(),
        290 - FRAME_ALLOWANCE.top() - FRAME_ALLOWANCE.bottom(),
    )


def test_never_below_what_the_layout_needs(qtbot: QtBot) -> None:
    window = Sample()
    qtbot.addWidget(window)
    least = window.minimumSizeHint()
    size = fit_to_area(window, QRect(0, 0, 40, 40))
    assert size.width() >= least.width()
    assert size.height() >= least.height()


def test_a_larger_font_asks_for_a_larger_window(qtbot: QtBot, larger_font: float) -> None:
    window = Sample()
    qtbot.addWidget(window)
    grown = for_font(window, QSize(400, 300))
    assert grown.width() > 400
    assert grown.height() > 300
    assert grown.width() / 400 == pytest.approx(grown.height() / 300, rel=0.01)


def test_x11_centres_the_pause_on_the_screen(
    qtbot: QtBot, routines: dict[str, Routine], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window_fit, "compositor_places_windows", lambda: False)
    window = PauseWindow(routines["heart"])
    qtbot.addWidget(window)
    window.show_centred()
    area = QGuiApplication.primaryScreen().availableGeometry()
    assert window.size() == QSize(*WINDOW_SIZE).boundedTo(area.size())
    centre = window.geometry().center()
    assert abs(centre.x() - area.center().x()) <= 1
    assert abs(centre.y() - area.center().y()) <= 1


def test_wayland_leaves_the_place_to_the_compositor_and_sizes_for_the_screen(
    qtbot: QtBot, routines: dict[str, Routine], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(window_fit, "compositor_places_windows", lambda: True)
    window = PauseWindow(routines["heart"])
    qtbot.addWidget(window)
    moves: list[QPoint] = []
    monkeypatch.setattr(window, "move", lambda *args: moves.append(args))
    window.show_centred()
    assert moves == []
    screen = window.screen()
    assert window.size() == QSize(*WINDOW_SIZE).boundedTo(screen.availableGeometry().size())
    # Opened on another screen (here: the same one, reported again), it is sized again.
    window.resize(380, 420)
    window.windowHandle().screenChanged.emit(screen)
    assert window.size() == QSize(*WINDOW_SIZE).boundedTo(screen.availableGeometry().size())
