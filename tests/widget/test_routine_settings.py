"""The person's own routines in the Settings drop-downs that choose a cue's routine, and a
saved routine whose file later disappeared: kept, shown as "(missing)", and at cue time
the full pause instead, with a log line. With a real routine folder and settings file."""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from controllers import dispose_controller
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from steadypause.core.clock import FakeClock
from steadypause.core.routine_library import RoutineLibrary, user_folder
from steadypause.core.scheduler import Scheduler
from steadypause.core.settings import FIELDS, SettingsStore, kinds
from steadypause.platform.autostart import XdgAutostart
from steadypause.session.controller import Controller
from steadypause.session.scheduler_config import scheduler_config
from steadypause.ui.settings_dialog import SettingsDialog
from support.own_routines import WALK

TZ = ZoneInfo("Europe/Madrid")
ROUTINE_FIELDS = [f.name for f in FIELDS if isinstance(f.kind, kinds.RoutineKind)]


@pytest.fixture
def store(tmp_path: Path) -> SettingsStore:
    return SettingsStore(tmp_path / "settings")


def build(store: SettingsStore, tmp_path: Path) -> Controller:
    settings = store.load().settings
    clock = FakeClock(datetime(2026, 11, 25, 10, 0, tzinfo=TZ))
    scheduler = Scheduler(clock, scheduler_config(settings))
    scheduler.restore_day_marks(clock.now().date(), None)
    library = RoutineLibrary(user_folder())
    c = Controller(
        clock,
        scheduler,
        settings,
        library.routines,
        library=library,
        store=store,
        autostart=XdgAutostart(tmp_path / "config", ["/bin/sp"]),
    )
    c.start()
    return c


@pytest.fixture
def walk_file() -> Path:
    folder = user_folder()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "walk.toml"
    path.write_text(WALK, encoding="utf-8")
    return path


def open_settings(controller: Controller) -> SettingsDialog:
    dialog = controller.windows.show_settings()
    assert dialog is not None
    return dialog


def combo(dialog: SettingsDialog, name: str) -> QComboBox:
    found = dialog.editors[name].focus_widget()
    assert isinstance(found, QComboBox)
    return found


def offers(box: QComboBox) -> list[tuple[str, str | None]]:
    return [(box.itemText(i), box.itemData(i)) for i in range(box.count())]


def test_there_are_routine_settings() -> None:
    assert {"timer_routine", "manual_routine", "end_of_day_routine"} <= set(ROUTINE_FIELDS)


def test_every_routine_drop_down_offers_the_persons_own_by_title(
    qtbot: QtBot, store: SettingsStore, tmp_path: Path, walk_file: Path
) -> None:
    controller = build(store, tmp_path)
    try:
        dialog = open_settings(controller)
        for name in ROUTINE_FIELDS:
            listed = offers(combo(dialog, name))
            ids = [data for _, data in listed]
            assert ids[:6] == ["full", "transition", "release", "heart", "boundary", "breathe"]
            assert listed[-1] == ("A short walk (2 minutes)", "walk"), name
            assert ids[6] is None  # a separator between the built-in ones and the own
        box = combo(dialog, "timer_routine")
        box.setCurrentIndex(box.findData("walk"))
        assert dialog.save()
        assert 'timer_routine = "walk"' in store.path.read_text(encoding="utf-8")
        assert controller.settings.timer_routine == "walk"
        assert store.load().messages == []
    finally:
        dispose_controller(controller)


def test_a_routine_that_disappeared_stays_chosen_as_missing_and_falls_back(
    qtbot: QtBot,
    store: SettingsStore,
    tmp_path: Path,
    walk_file: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    store.load()
    text = store.path.read_text(encoding="utf-8")
    store.path.write_text(text + '\nmanual_routine = "walk"\n', encoding="utf-8")
    walk_file.unlink()  # the file goes; the setting stays
    loaded = store.load()
    assert loaded.settings.manual_routine == "walk"
    assert loaded.messages == []
    controller = build(store, tmp_path)
    try:
        dialog = open_settings(controller)
        box = combo(dialog, "manual_routine")
        assert box.currentText() == "walk (missing)"
        assert dialog.editors["manual_routine"].value() == "walk"
        assert dialog.problems() == {}
        assert dialog.save()  # saving something else keeps it as it was
        assert 'manual_routine = "walk"' in store.path.read_text(encoding="utf-8")
        dialog.close()
        with caplog.at_level(logging.WARNING, logger="steadypause.session.pause_content"):
            controller.pause_now("tray")
        assert controller.pause_window is not None
        assert controller.pause_window.routine.id == "full"
        said = [r.getMessage() for r in caplog.records if "'walk'" in r.getMessage()]
        assert said
        assert "opening the full pause instead" in said[0]
        controller.dismiss()
    finally:
        dispose_controller(controller)


@pytest.mark.parametrize(
    ("written", "kept"),
    [('"walk"', "walk"), ('"my_own-2"', "my_own-2"), ('"two words"', "full"), ("3", "full")],
)
def test_the_file_keeps_any_routine_id_and_refuses_what_cannot_be_one(
    store: SettingsStore, written: str, kept: str
) -> None:
    store.directory.mkdir(parents=True)
    store.path.write_text(f"timer_routine = {written}\n", encoding="utf-8")
    loaded = store.load()
    assert loaded.settings.timer_routine == kept
    assert (loaded.messages == []) == (kept != "full")
