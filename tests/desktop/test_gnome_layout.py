"""The pause window at GNOME Shell's default font: no widget over another, no label cut,
on every step from the first to the last, from the geometry the app reports itself
(the hidden command ``layout``)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from gnome_shell import KEY_ENTER, App, GnomeShell, RemoteInput

FULL = 'manual_routine = "full"\n'   # with its check-ins before and after


def _problems(layout: dict[str, Any]) -> dict[str, list[str]]:
    return {name: problems for name, problems in layout["layout_problems"].items()
            if problems}


def test_every_step_of_the_full_pause_lays_out_without_overlap(
        gnome: GnomeShell, start_app: Callable[..., App], remote_input: RemoteInput,
        tmp_path: Any) -> None:
    from gnome_shell import APP_SETTINGS

    app = start_app(APP_SETTINGS + FULL)
    assert app.command("pause")["window"] == "routine"
    time.sleep(1)   # mapped, and focused: the person asked for it

    steps: list[dict[str, Any]] = []
    while app.command("status")["window"] == "routine" and len(steps) < 20:
        layout = app.command("layout")
        steps.append(layout)
        assert layout["windows"], "the app reported no window"
        for name, window in layout["windows"].items():
            assert window["screen"] == list(gnome.size), name
            assert 0 < window["width"] <= gnome.size[0] and \
                0 < window["height"] <= gnome.size[1], name
        problems = _problems(layout)
        if problems:
            gnome.screenshot(tmp_path / f"step-{len(steps)}.png")
        assert problems == {}, f"step {len(steps)}: {problems}"
        remote_input.key(KEY_ENTER)   # Enter goes on
        time.sleep(0.5)
    # The check-in, five steps, the closing check-in: Enter walked through all of them.
    assert 5 <= len(steps) < 20
