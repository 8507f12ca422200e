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


def test_apply_uses_the_calm_fusion_style() -> None:
    app = QApplication.instance()
    previous = app.palette()
    try:
        assert theme.apply(app, "dark") == "dark"
        assert isinstance(app.style(), theme.CalmStyle)
        assert app.style().baseStyle().name().lower() == "fusion"
    finally:
        app.setPalette(previous)
