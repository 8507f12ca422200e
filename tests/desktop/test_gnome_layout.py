"""The pause window at GNOME Shell's default font: no widget over another, no label cut,
on every step from the first (with the check-in) to the last, from the geometry the app
reports itself (the hidden command ``layout``: ``layout_problems`` and ``windows`` by the
window's objectName)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from gnome_shell import APP_SETTINGS, KEY_LEFTALT, KEYCODES, App, GnomeShell, RemoteInput

from steadypause.core.routine import load_builtin_routines

FULL = 'manual_routine = "full"\n'  # with its check-ins on the first and the last step


def _check(gnome: GnomeShell, layout: dict[str, Any], step: int, shots: Path) -> None:
    assert layout["windows"], "the app reported no window"
    for name, window in layout["windows"].items():
        assert window["screen"] == list(gnome.size), name
        assert 0 < window["width"] <= gnome.size[0], name
        assert 0 < window["height"] <= gnome.size[1], name
    problems = {name: found for name, found in layout["layout_problems"].items() if found}
    if problems:
        gnome.screenshot(shots / f"step-{step}.png")
    assert problems == {}, f"step {step}: {problems}"


def test_every_step_of_the_full_pause_lays_out_without_overlap(
    gnome: GnomeShell, start_app: Callable[..., App], remote_input: RemoteInput, tmp_path: Path
) -> None:
    steps = len(load_builtin_routines()["full"].steps)
    app = start_app(APP_SETTINGS + FULL)
    assert app.command("pause")["window"] == "routine"
    time.sleep(1)  # mapped, and focused: the person asked for it

    for step in range(1, steps + 1):
        _check(gnome, app.command("layout"), step, tmp_path)
        # Next (Alt+N), then Done (Alt+D) on the last step. Not Enter: on GNOME it presses
        # the focused option instead (see test_gnome_keyboard.py).
        remote_input.chord(KEY_LEFTALT, KEYCODES["n" if step < steps else "d"])
        time.sleep(0.5)
    app.wait_for(lambda s: s["window"] == "closed", 5, "Done to close the pause")
