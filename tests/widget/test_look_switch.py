"""A change of look (light to dark and back) while windows are open reaches their quieter
text and link-coloured buttons, which used to keep the colour they were built with."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from steadypause.core.routine import Routine
from steadypause.core.settings import SettingsStore
from steadypause.platform.autostart import XdgAutostart
from steadypause.session.desktop_shortcut import DesktopShortcutSetup
from steadypause.ui import theme
from steadypause.ui.pause_options import PauseOptions
from steadypause.ui.pause_window import PauseWindow
from steadypause.ui.settings_dialog import SettingsDialog


@pytest.fixture
def app_palette() -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    previous = app.palette()
    yield app
    app.setPalette(previous)


def inked(widget: QWidget) -> QColor:
    """The painted colour that differs most from the widget's background: its text."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    ground = widget.palette().color(QPalette.ColorRole.Window)

    def far(c: QColor) -> int:
        return sum(abs(a - b) for a, b in zip(c.getRgb()[:3], ground.getRgb()[:3], strict=True))

    colours = {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}
    return max((QColor.fromRgb(c) for c in colours), key=far)


def distance(a: QColor, b: QColor) -> int:
    return sum(abs(x - y) for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


@pytest.mark.parametrize(("first", "then"), [("light", "dark"), ("dark", "light")])
def test_the_pause_windows_quiet_text_and_help_link_follow_the_look(
    qtbot: QtBot, routines: dict[str, Routine], app_palette: QApplication, first: str, then: str
) -> None:
    theme.apply(app_palette, first)
    window = PauseWindow(routines["full"], PauseOptions(inhale_s=1.0, exhale_s=1.0, cycles=1))
    qtbot.addWidget(window)
    window.show_centred()
    progress = window.findChild(QLabel, "stepProgress")
    assert progress is not None
    before = theme.palette_for(first)
    assert distance(inked(progress), before.color(QPalette.ColorRole.PlaceholderText)) < 60

    theme.apply(app_palette, then)
    after = theme.palette_for(then)
    qtbot.waitUntil(  # Qt hands the application's new palette to its widgets by event
        lambda: (
            window.palette().color(QPalette.ColorRole.Window)
            == after.color(QPalette.ColorRole.Window)
        )
    )
    muted, link = (
        after.color(r) for r in (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Link)
    )
    ink = inked(progress)
    assert distance(ink, muted) < 60
    assert distance(ink, muted) < distance(ink, before.color(QPalette.ColorRole.PlaceholderText))
    assert window.help_button.palette().color(QPalette.ColorRole.ButtonText) == link
    ink = inked(window.help_button)
    assert distance(ink, link) < distance(ink, before.color(QPalette.ColorRole.Link))


def test_a_muted_label_keeps_no_colour_of_its_own(qtbot: QtBot) -> None:
    label = QLabel("quiet")
    qtbot.addWidget(label)
    theme.mute(label)
    assert label.foregroundRole() == QPalette.ColorRole.PlaceholderText
    assert not label.palette().resolveMask()  # nothing copied: the look's colour is used


def test_the_settings_descriptions_follow_the_look(
    qtbot: QtBot, tmp_path: Path, app_palette: QApplication
) -> None:
    theme.apply(app_palette, "light")
    (tmp_path / "site").mkdir()
    store = SettingsStore(tmp_path / "user", tmp_path / "site")
    autostart = XdgAutostart(tmp_path / "config", ["/opt/steadypause", "--autostart"])
    shortcut = DesktopShortcutSetup(["/opt/steadypause", "pause"])
    dialog = SettingsDialog(store.load(), store, autostart, shortcut=shortcut)
    qtbot.addWidget(dialog)
    dialog.show()
    description = dialog.findChild(QLabel, "description_work_minutes")
    assert description is not None
    light = theme.palette_for("light").color(QPalette.ColorRole.PlaceholderText)
    assert distance(inked(description), light) < 60

    theme.apply(app_palette, "dark")
    dark = theme.palette_for("dark")
    qtbot.waitUntil(
        lambda: (
            dialog.palette().color(QPalette.ColorRole.Window)
            == dark.color(QPalette.ColorRole.Window)
        )
    )
    ink = inked(description)
    assert distance(ink, dark.color(QPalette.ColorRole.PlaceholderText)) < distance(ink, light)
