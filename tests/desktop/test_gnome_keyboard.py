"""The pause window by keyboard on GNOME: "Enter goes on" (README, Use) at every step.

Under GNOME (XDG_CURRENT_DESKTOP=GNOME) Qt uses its GNOME platform theme, whose
ButtonPressKeys include Return and Enter: a focused radio button or push button takes the
key and is pressed, so on the full pause's step 2 (focus on the first option) Enter picks
that option and the window never sees the key. Neither the offscreen widget tests nor
Xvfb with openbox (no desktop named) show it; with XDG_CURRENT_DESKTOP unset on the same
shell, Enter walks every step. The pause window now takes Enter from its options itself
(the options leave Enter to the window), so it goes on there too.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from gnome_shell import APP_SETTINGS, KEY_ENTER, App, RemoteInput

from steadypause.core.routine import load_builtin_routines


def test_enter_walks_every_step_of_the_full_pause(
    start_app: Callable[..., App], remote_input: RemoteInput
) -> None:
    steps = len(load_builtin_routines()["full"].steps)
    app = start_app(APP_SETTINGS + 'manual_routine = "full"\n')
    app.command("pause")
    time.sleep(1)
    for _ in range(steps):
        remote_input.key(KEY_ENTER)
        time.sleep(0.5)
    assert app.command("status")["window"] == "closed"
