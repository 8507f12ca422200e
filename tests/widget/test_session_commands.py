"""The command table: the real commands always, the test-only ones only behind the switch."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from controllers import dispose_controller
from pytestqt.qtbot import QtBot

from steadypause.core.clock import FakeClock
from steadypause.core.routine import Routine
from steadypause.core.scheduler import Scheduler
from steadypause.core.settings import Settings
from steadypause.ipc.errors import CommandError
from steadypause.session.commands import (
    TEST_COMMANDS,
    TEST_COMMANDS_ENV,
    CommandTable,
    wants_test_commands,
)
from steadypause.session.controller import Controller
from steadypause.session.scheduler_config import scheduler_config

CLOCK_START = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))
REAL_COMMANDS = {"status", "pause", "snooze", "close-day", "resume", "reload-settings", "quit"}


def build(routines: dict[str, Routine], **kwargs: object) -> Controller:
    clock = FakeClock(CLOCK_START)
    settings = Settings()
    scheduler = Scheduler(clock, scheduler_config(settings))
    scheduler.restore_day_marks(clock.now().date(), None)
    c = Controller(clock, scheduler, settings, routines, **kwargs)  # type: ignore[arg-type]
    c.start()
    return c


@pytest.fixture
def plain(qtbot: QtBot, routines: dict[str, Routine]) -> Iterator[Controller]:
    c = build(routines, test_commands=False)
    yield c
    dispose_controller(c)


def test_without_the_switch_the_test_commands_are_unknown(plain: Controller) -> None:
    assert set(plain.commands.names()) == REAL_COMMANDS
    for name in TEST_COMMANDS:
        with pytest.raises(CommandError, match=f"unknown command '{name}'"):
            plain.handle_command(name, {})
    assert plain.window == "closed"  # timer-now did nothing


def test_reload_settings_is_a_real_command(plain: Controller) -> None:
    # Served without the switch (``config set`` uses it); this session has no settings file.
    with pytest.raises(CommandError, match="without a settings file"):
        plain.handle_command("reload-settings", {})


def test_with_the_switch_the_test_commands_are_served(
    qtbot: QtBot, routines: dict[str, Routine]
) -> None:
    c = build(routines, test_commands=True)
    try:
        assert set(c.commands.names()) == REAL_COMMANDS | set(TEST_COMMANDS)
        assert c.handle_command("timer-now", {})["window"] == "prompt"
        assert c.handle_command("dismiss", {})["window"] == "closed"
    finally:
        dispose_controller(c)


def test_the_switch_is_read_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, routines: dict[str, Routine]
) -> None:
    monkeypatch.delenv(TEST_COMMANDS_ENV)
    assert not wants_test_commands()
    c = build(routines)
    try:
        assert "timer-now" not in c.commands.names()
    finally:
        dispose_controller(c)
    monkeypatch.setenv(TEST_COMMANDS_ENV, "1")
    assert wants_test_commands()


def test_a_table_given_is_filled_and_answers(qtbot: QtBot, routines: dict[str, Routine]) -> None:
    table = CommandTable()  # as app.py hands it to the single-instance server first
    with pytest.raises(CommandError, match="unknown command 'status'"):
        table.handle("status", {})
    c = build(routines, commands=table, test_commands=False)
    try:
        assert table.handle("status", {})["window"] == "closed"
        assert table.handle("pause", {"source": "cli"})["window"] == "routine"
    finally:
        dispose_controller(c)
