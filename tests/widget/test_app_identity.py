"""The app's names and desktop file name: how notifications and compositors find our
icon and name (docs/adr/011, "The name in GNOME's top bar")."""

from __future__ import annotations

import configparser
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from steadypause import APP_ID, APP_NAME, DISPLAY_NAME, __version__
from steadypause.app import desktop_file_name, name_application
from steadypause.platform import desktop_entry, launcher_entry

REPO = Path(__file__).resolve().parents[2]
linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="XDG launcher entries are a Linux matter"
)


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    saved = (
        qapp.applicationName(),
        qapp.applicationDisplayName(),
        qapp.applicationVersion(),
        qapp.desktopFileName(),
    )
    yield qapp
    qapp.setApplicationName(saved[0])
    qapp.setApplicationDisplayName(saved[1])
    qapp.setApplicationVersion(saved[2])
    qapp.setDesktopFileName(saved[3])


@pytest.fixture
def no_system_entry(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """System data dirs of the test's own, without our entry (the machine may have one)."""
    system = tmp_path / "system-share"
    (system / "applications").mkdir(parents=True)
    monkeypatch.setenv("XDG_DATA_DIRS", str(system))
    return system


@linux_only
def test_with_the_launcher_entry_installed_windows_carry_its_id(
    app: QApplication, no_system_entry: Path
) -> None:
    report = desktop_entry.install(command=["/opt/sp/bin/steadypause"])
    assert report.entry is not None
    name_application(app)
    assert app.applicationName() == APP_NAME
    assert app.applicationDisplayName() == DISPLAY_NAME
    assert app.applicationVersion() == __version__
    assert app.desktopFileName() == APP_ID


@linux_only
def test_an_entry_in_the_system_data_dirs_counts_too(
    app: QApplication, no_system_entry: Path
) -> None:
    assert desktop_file_name() == DISPLAY_NAME
    (no_system_entry / "applications" / f"{APP_ID}.desktop").write_text(
        "[Desktop Entry]\nName=Steady Pause\n", encoding="utf-8"
    )
    assert (
        launcher_entry.installed_entry() == no_system_entry / "applications" / f"{APP_ID}.desktop"
    )
    assert desktop_file_name() == APP_ID


@linux_only
def test_without_a_launcher_entry_windows_are_named_after_the_app(
    app: QApplication, no_system_entry: Path
) -> None:
    # A plain pip install: GNOME Shell would show the app id itself as the app's name.
    assert launcher_entry.installed_entry() is None
    name_application(app)
    assert app.desktopFileName() == DISPLAY_NAME == "Steady Pause"
    # Written, then taken away again: the name follows (at the next start).
    desktop_entry.install(command=["/opt/sp/bin/steadypause"])
    assert desktop_file_name() == APP_ID
    desktop_entry.remove()
    assert desktop_file_name() == DISPLAY_NAME


def test_the_launcher_entry_id_is_a_shipped_launcher_entry() -> None:
    entry = REPO / "packaging" / "linux" / f"{APP_ID}.desktop"
    parser = configparser.ConfigParser(interpolation=None, delimiters=("="))
    parser.optionxform = str
    parser.read(entry, encoding="utf-8")
    # Both names a desktop can show are the same words.
    assert parser["Desktop Entry"]["Name"] == DISPLAY_NAME
    # The entry's icon is installed under the same id, so the notification shows it.
    assert parser["Desktop Entry"]["Icon"] == APP_ID
    assert (REPO / "packaging/linux/icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()


def test_the_autostart_entry_uses_the_same_id() -> None:
    from steadypause.platform.autostart import XdgAutostart

    assert XdgAutostart().path.name == f"{APP_ID}.desktop"
