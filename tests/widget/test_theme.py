"""The palettes: edges of fields and boxes that can be seen on light and dark."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from steadypause.ui import theme


@pytest.mark.parametrize("name", ["light", "dark"])
def test_field_and_box_edges_stand_out_from_the_window(name: str) -> None:
    palette = theme.palette_for(name)
    edge = theme.edge_colour(palette)
    window = palette.color(QPalette.ColorRole.Window)

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(edge), luminance(window)), reverse=True)
    assert (high + 0.05) / (low + 0.05) >= 3.0  # WCAG non-text contrast


def test_apply_uses_the_calm_fusion_style(qtbot) -> None:
    app = QApplication.instance()
    previous = app.palette()
    try:
        assert theme.apply(app, "dark") == "dark"
        assert isinstance(app.style(), theme.CalmStyle)
        assert app.style().baseStyle().name().lower() == "fusion"
    finally:
        app.setPalette(previous)


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("name", ["light", "dark"])
@pytest.mark.parametrize("kind", ["check box", "radio button"])
def test_the_drawn_outline_of_boxes_and_radios_stands_out(qtbot, name: str, kind: str) -> None:
    """The pixels actually drawn at the indicator's edge, not only the colour meant for it
    (a line drawn between two pixels came out at half strength: 2.45:1 in the dark)."""
    from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyle, QStyleOptionButton

    app = QApplication.instance()
    previous_palette = app.palette()
    try:
        theme.apply(app, name)
        cls = QCheckBox if kind == "check box" else QRadioButton
        box = cls("Tight shoulders")
        qtbot.addWidget(box)
        box.resize(160, 30)
        image = box.grab().toImage()
        option = QStyleOptionButton()
        box.initStyleOption(option)
        element = (
            QStyle.SubElement.SE_CheckBoxIndicator
            if cls is QCheckBox
            else QStyle.SubElement.SE_RadioButtonIndicator
        )
        indicator = app.style().subElementRect(element, option, box)
        edge = QColor(image.pixel(indicator.left(), indicator.center().y()))
        window = app.palette().color(QPalette.ColorRole.Window)
        assert _contrast(edge, window) >= 3.0, (edge.name(), window.name())
    finally:
        app.setPalette(previous_palette)


@pytest.mark.parametrize("name", ["light", "dark"])
def test_a_flat_button_with_the_keyboard_focus_shows_a_ring(qtbot, name: str) -> None:
    """Skip and Getting help are flat: Fusion draws no focus on them at all."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    app = QApplication.instance()
    previous_palette = app.palette()
    try:
        theme.apply(app, name)
        window = QWidget()
        qtbot.addWidget(window)
        flat = QPushButton("Skip", window)
        flat.setFlat(True)
        other = QPushButton("Other", window)
        QVBoxLayout(window).addWidget(flat)
        window.layout().addWidget(other)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        highlight = app.palette().color(QPalette.ColorRole.Highlight).rgb()

        def highlighted_pixels() -> int:
            image = flat.grab().toImage()
            return sum(
                image.pixel(x, y) == highlight
                for x in range(image.width())
                for y in range(image.height())
            )

        other.setFocus()
        assert highlighted_pixels() == 0
        flat.setFocus(Qt.FocusReason.TabFocusReason)
        assert flat.hasFocus()
        window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
        assert highlighted_pixels() > 2 * flat.width()  # a ring round it
    finally:
        app.setPalette(previous_palette)
