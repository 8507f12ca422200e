"""app_after_icon.py: the settings and the translations come once the tray icon is on
screen; the tray's menu, made before them in the source language, is given its words and
the person's snooze lengths then (issue 18)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from steadypause import translations
from steadypause.app_after_icon import AfterIcon
from steadypause.session.commands import CommandTable
from steadypause.session.shell import ShellHost


@pytest.fixture
def shell(qapp: QApplication) -> Iterator[ShellHost]:
    host = ShellHost()
    yield host
    host.tray.dispose()
    translations.uninstall()


def _after_icon(qapp: QApplication, shell: ShellHost) -> AfterIcon:
    return AfterIcon(
        qapp,
        shell=shell,
        commands=CommandTable(),
        server=None,  # type: ignore[arg-type]  # not used until the session is built
        probe=None,
        initial_command=None,
        routine=None,
        autostart=False,
    )


def test_the_menu_is_given_its_words_and_lengths_with_the_settings(
    qapp: QApplication, shell: ShellHost, isolated_dirs: dict[str, Path]
) -> None:
    folder = isolated_dirs["XDG_CONFIG_HOME"] / "steadypause"
    folder.mkdir()
    (folder / "settings.toml").write_text(
        'language = "es"\nsnooze_minutes = [10, 20]\n', encoding="utf-8"
    )
    assert shell.tray.action_pause.text() == "Pause now"  # before: the source language
    after = _after_icon(qapp, shell)
    loaded = after.loaded()
    assert loaded.settings.language == "es"
    assert shell.tray.action_pause.text() == "Pausa ahora"
    lengths = [a.text() for a in shell.tray.menu_snooze.actions()][:2]
    assert lengths == ["10 minutos", "20 minutos"]
    assert after.loaded() is loaded  # once


def test_a_first_start_is_seen_before_the_load_writes_the_first_file(
    qapp: QApplication, shell: ShellHost, isolated_dirs: dict[str, Path]
) -> None:
    marker = isolated_dirs["XDG_STATE_HOME"] / "steadypause" / "welcome-shown"
    marker.unlink()  # (the tests' own setup marks the welcome as seen)
    settings_file = isolated_dirs["XDG_CONFIG_HOME"] / "steadypause" / "settings.toml"
    after = _after_icon(qapp, shell)
    after.loaded()
    assert settings_file.exists()  # the load wrote the first file
    assert after.first_start
