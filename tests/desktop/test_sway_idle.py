"""Idle on a real Sway 1.7 (wlroots, headless): the Wayland backend through
``org_kde_kwin_idle`` (what Debian 12's Sway offers), idle after the threshold and its end
on input, the time away not counted as work, *back from away* once, and the reminder not
taking the keyboard from a focused window.

Input goes through wlroots' test routes: the virtual pointer (``zwlr_virtual_pointer_v1``)
and the virtual keyboard (``zwp_virtual_keyboard_v1``) protocols (sway_session.VirtualInput).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from kwin_sway_app import KEY_CODES, away_scenario, reminder_scenario
from pytestqt.qtbot import QtBot
from sway_session import SwaySession, VirtualInput, sway_runnable, sway_session

from steadypause.platform.wayland_idle import WaylandIdle

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def sway() -> Iterator[SwaySession]:
    if reason := sway_runnable():
        pytest.skip(reason)
    with sway_session() as session:
        yield session


@pytest.fixture
def virtual_input(sway: SwaySession) -> Iterator[VirtualInput]:
    device = VirtualInput(sway)
    yield device
    device.close()


def test_idle_after_the_threshold_ends_on_virtual_input(
    qtbot: QtBot, sway: SwaySession, virtual_input: VirtualInput
) -> None:
    idle = WaylandIdle(threshold_s=1.0, gap_s=0.4, display=sway.display)
    assert idle.is_available(), idle.reason
    assert idle.name == "wayland-org-kde-kwin-idle"
    virtual_input.move_pointer()
    with qtbot.waitSignal(idle.idleStarted, timeout=10_000) as started:
        idle.start()
    assert started.args == [1.0]
    assert idle.idle_seconds() >= 1.0
    with qtbot.waitSignal(idle.inputAgain, timeout=5000):
        virtual_input.move_pointer()
    qtbot.waitSignal(idle.idleStarted, timeout=10_000).wait()
    with qtbot.waitSignal(idle.inputAgain, timeout=5000):
        virtual_input.key(KEY_CODES["a"])
    idle.stop()


def test_time_away_is_not_work_and_back_from_away_comes_once(
    qtbot: QtBot, sway: SwaySession, virtual_input: VirtualInput
) -> None:
    idle = WaylandIdle(threshold_s=1.0, gap_s=0.4, display=sway.display)
    assert idle.is_available(), idle.reason
    away_scenario(qtbot, idle, virtual_input)


def test_the_reminder_does_not_take_the_keyboard_from_the_focused_window(
    sway: SwaySession, virtual_input: VirtualInput, tmp_path: Path
) -> None:
    reminder_scenario(sway, virtual_input, tmp_path, "wayland-org-kde-kwin-idle")
