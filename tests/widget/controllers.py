"""Helpers for widget tests that build a real Controller."""

from __future__ import annotations

from pathlib import Path

from steadypause.core.clock import FakeClock
from steadypause.core.history import HistoryStore
from steadypause.core.routine import Routine
from steadypause.core.scheduler import Scheduler
from steadypause.core.settings import Settings, SettingsStore
from steadypause.core.tips import Tip
from steadypause.platform.autostart import XdgAutostart
from steadypause.session.controller import Controller
from steadypause.session.scheduler_config import scheduler_config


def start_controller(
    clock: FakeClock,
    settings: Settings,
    routines: dict[str, Routine],
    history_store: HistoryStore | None = None,
    *,
    tips: tuple[Tip, ...] = (),
    store: SettingsStore | None = None,
    autostart_home: Path | None = None,
) -> Controller:
    """A started Controller on ``clock`` with its own scheduler for ``settings``.

    ``store``: where the settings dialog saves; ``autostart_home``: a folder whose
    ``config`` holds the start-at-login entry (the settings dialog's switch).
    """
    autostart = (
        XdgAutostart(autostart_home / "config", ["/bin/sp"]) if autostart_home is not None else None
    )
    controller = Controller(
        clock,
        Scheduler(clock, scheduler_config(settings)),
        settings,
        routines,
        history_store,
        tips=tips,
        store=store,
        autostart=autostart,
    )
    controller.start()
    return controller


def dispose_controller(controller: Controller) -> None:
    """Close what a test's Controller opened: its windows, the status window, the tray."""
    controller.close_windows()
    if controller.status_window is not None:
        controller.status_window.deleteLater()
    controller.tray.dispose()
