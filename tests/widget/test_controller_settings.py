"""Settings in the running app: the dialog from the tray or status window, live apply, reload."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from controllers import dispose_controller, start_controller
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from steadypause.core.clock import FakeClock
from steadypause.core.routine import Routine
from steadypause.core.settings import Settings, SettingsStore
from steadypause.ipc.errors import CommandError
from steadypause.session.controller import Controller
from steadypause.ui import theme

TZ = ZoneInfo("Europe/Berlin")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 3, 2, 10, 0, tzinfo=TZ))


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(tmp_path / "user", tmp_path / "site")


def make_controller(
    clock: FakeClock, routines: dict[str, Routine], store: SettingsStore | None, tmp_path: Path
) -> Controller:
    settings = store.load().settings if store is not None else Settings()
    return start_controller(clock, settings, routines, store=store, autostart_home=tmp_path)


@pytest.fixture
def controller(
    qtbot: QtBot,
    clock: FakeClock,
    routines: dict[str, Routine],
    store: SettingsStore,
    tmp_path: Path,
) -> Iterator[Controller]:
    c = make_controller(clock, routines, store, tmp_path)
    yield c
    dispose_controller(c)


def next_line(c: Controller) -> str:
    assert c.status_window is not None
    return c.status_window.schedule.text()


def test_live_apply_reschedules_the_timer(
    qtbot: QtBot, clock: FakeClock, controller: Controller
) -> None:
    assert next_line(controller) == "Next pause at 11:00"
    clock.advance(20 * 60)
    controller.apply_settings(dataclasses.replace(controller.settings, work_minutes=25))
    assert controller.status()["next_pause_at"] == "2026-03-02T10:25:00+01:00"
    assert next_line(controller) == "Next pause at 10:25"
    assert controller.next_check_ms is not None
    assert controller.next_check_ms == 5 * 60 * 1000  # aimed at the new deadline
    clock.advance(5 * 60)
    controller.reschedule()
    assert controller.window == "prompt"


def test_the_dialog_saves_and_the_app_uses_it_at_once(
    qtbot: QtBot, clock: FakeClock, controller: Controller, store: SettingsStore
) -> None:
    dialog = controller.show_settings()
    assert dialog is not None
    assert controller.show_settings() is dialog  # one at a time
    spin = dialog.editors["work_minutes"].spin
    spin.selectAll()
    qtbot.keyClicks(spin, "30")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert controller.settings.work_minutes == 30
    assert store.load().settings.work_minutes == 30
    assert next_line(controller) == "Next pause at 10:30"
    qtbot.waitUntil(lambda: controller.windows.settings_dialog is None)  # closed and deleted
    assert controller.show_settings() is not dialog


def test_new_pause_windows_use_the_new_pace(controller: Controller) -> None:
    controller.apply_settings(
        dataclasses.replace(
            controller.settings, breath_in_seconds=7.5, breath_out_seconds=9.0, breath_cycles=2
        )
    )
    controller.pause_now("test")
    pace = controller.pause_window.options  # type: ignore[union-attr]
    assert (pace.inhale_s, pace.exhale_s, pace.cycles) == (7.5, 9.0, 2)


def test_a_new_theme_is_applied_at_once(controller: Controller) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    saved_palette, saved_style = QPalette(app.palette()), app.style().name()
    try:
        controller.apply_settings(dataclasses.replace(controller.settings, theme="dark"))
        window = app.palette().color(QPalette.ColorRole.Window)
        assert window == theme.palette_for("dark").color(QPalette.ColorRole.Window)
    finally:
        app.setStyle(saved_style)
        app.setPalette(saved_palette)


def test_reload_settings_command_reads_the_file_again(
    controller: Controller, store: SettingsStore
) -> None:
    store.save(Settings(work_minutes=15, later_minutes=5))
    result = controller.handle_command("reload-settings", {})
    assert result["messages"] == []
    assert controller.settings.later_minutes == 5
    assert result["next_pause_at"] == "2026-03-02T10:15:00+01:00"


def test_open_settings_command_opens_the_asked_tab(controller: Controller) -> None:
    controller.handle_command("open-settings", {"tab": "practice"})
    dialog = controller.windows.settings_dialog
    assert dialog is not None
    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.tab_pages["practice"]
    assert dialog in controller.widgets()


def test_status_window_has_a_settings_button(qtbot: QtBot, controller: Controller) -> None:
    window = controller.status_window
    assert window is not None
    assert window.settings_button.isVisibleTo(window)
    qtbot.mouseClick(window.settings_button, Qt.MouseButton.LeftButton)
    assert controller.windows.settings_dialog is not None


def test_tray_offers_settings(controller: Controller) -> None:
    assert controller.tray.action_settings.isVisible()
    controller.tray.action_settings.trigger()
    assert controller.windows.settings_dialog is not None


def test_without_a_settings_store_nothing_offers_settings(
    qtbot: QtBot, clock: FakeClock, routines: dict[str, Routine], tmp_path: Path
) -> None:
    c = make_controller(clock, routines, None, tmp_path)
    try:
        assert not c.tray.action_settings.isVisible()
        assert c.status_window is not None
        assert not c.status_window.settings_button.isVisibleTo(c.status_window)
        with pytest.raises(CommandError, match="cannot be changed"):
            c.handle_command("open-settings", {})
        with pytest.raises(CommandError, match="without a settings file"):
            c.handle_command("reload-settings", {})
    finally:
        dispose_controller(c)


def test_snooze_lengths_from_settings_rebuild_the_menus(controller: Controller) -> None:
    def labels() -> list[str]:
        return [a.text() for a in controller.tray.menu_snooze.actions()]

    assert labels() == ["15 minutes", "30 minutes", "1 hour", "Until tomorrow"]
    controller.apply_settings(
        dataclasses.replace(controller.settings, snooze_minutes=(10, 90, 120))
    )
    assert labels() == ["10 minutes", "1 hour 30 minutes", "2 hours", "Until tomorrow"]
    if controller.status_window is not None:
        menu = controller.status_window.snooze_button.menu()
        assert [a.text() for a in menu.actions()][:3] == labels()[:3]
    controller.tray.menu_snooze.actions()[1].trigger()
    assert controller.status()["snoozed_until"] is not None
