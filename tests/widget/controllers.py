"""Helpers for widget tests that build a real Controller."""

from __future__ import annotations

from steadypause.session.controller import Controller


def dispose_controller(controller: Controller) -> None:
    """Close what a test's Controller opened: its windows, the status window, the tray."""
    controller.close_windows()
    if controller.status_window is not None:
        controller.status_window.deleteLater()
    controller.tray.dispose()
