"""The app's names and desktop file name: how notifications find our icon and name."""

from __future__ import annotations

import configparser
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from steadypause import APP_ID, APP_NAME, DISPLAY_NAME, __version__
from steadypause.app import name_application

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    saved = (qapp.applicationName(), qapp.applicationDisplayName(),
             qapp.applicationVersion(), qapp.desktopFileName())
    yield qapp
    qapp.setApplicationName(saved[0])
    qapp.setApplicationDisplayName(saved[1])
    qapp.setApplicationVersion(saved[2])
    qapp.setDesktopFileName(saved[3])


def test_names_and_desktop_file_name(app: QApplication) -> None:
    name_application(app)
    assert app.applicationName() == APP_NAME
    assert app.applicationDisplayName() == DISPLAY_NAME
    assert app.applicationVersion() == __version__
    assert app.desktopFileName() == APP_ID


def test_the_desktop_file_name_is_a_shipped_launcher_entry(app: QApplication) -> None:
    name_application(app)
    entry = REPO / "packaging" / "linux" / f"{app.desktopFileName()}.desktop"
    parser = configparser.ConfigParser(interpolation=None, delimiters=("="))
    parser.optionxform = str
    parser.read(entry, encoding="utf-8")
    assert parser["Desktop Entry"]["Name"] == app.applicationDisplayName()
    # The entry's icon is installed under the same id, so the notification shows it.
    assert parser["Desktop Entry"]["Icon"] == APP_ID
    assert (REPO / "packaging/linux/icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()


def test_the_autostart_entry_uses_the_same_id() -> None:
    from steadypause.platform.autostart import XdgAutostart

    assert XdgAutostart().path.name == f"{APP_ID}.desktop"
