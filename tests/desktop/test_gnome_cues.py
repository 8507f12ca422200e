"""The real org.gnome.ScreenSaver and Mutter's idle monitor drive the app's cues on GNOME."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from gnome_shell import APP_SETTINGS, App, GnomeShell, RemoteInput, wait_until

# A lock of a minute or more would offer a pause on unlocking (lock_minutes' least value).
SETTINGS = APP_SETTINGS + "lock_minutes = 1\naway_minutes = 1\n"
BACK = re.compile(r"back after (\d+) s \(([a-z,]+); asleep \d+ s, locked (\d+) s\)")


def test_status_names_the_shells_screensaver_and_mutters_idle_monitor(
    start_app: Callable[..., App],
) -> None:
    sources = start_app(SETTINGS).command("status")["cue_sources"]
    assert sources["lock"] == "org.gnome.ScreenSaver"
    assert sources["idle"] == "mutter"


def test_a_short_lock_through_the_screensaver_is_seen_and_ignored(
    gnome: GnomeShell, start_app: Callable[..., App]
) -> None:
    app = start_app(SETTINGS)
    gnome.screensaver("Lock")
    wait_until(lambda: gnome.screensaver("GetActive"), 10, "the screen shield")
    time.sleep(2)
    gnome.screensaver("SetActive", False)
    wait_until(lambda: not gnome.screensaver("GetActive"), 10, "the shield to go")

    back = wait_until(lambda: BACK.search(app.log_text()), 10, "the app to see the unlock")
    seconds, reasons, locked = int(back[1]), back[2].split(","), int(back[3])
    assert reasons == ["locked"]
    assert 1 <= locked <= seconds <= 10  # about the two seconds it was locked
    # Shorter than lock_minutes: no pause offered on unlocking.
    status = app.command("status")
    assert status["last_cue"] is None
    assert status["window"] == "closed"


def test_the_reminder_waits_while_the_pointer_moves_and_comes_when_it_rests(
    gnome: GnomeShell, start_app: Callable[..., App], remote_input: RemoteInput
) -> None:
    app = start_app(SETTINGS)
    app.command("timer-now")
    for step in range(16):  # four seconds of small pointer movements
        remote_input.move_by(3 if step % 2 else -3, 0)
        time.sleep(0.25)
    last_input = time.monotonic()
    assert app.command("status")["last_cue"] is None  # held back by the input Mutter saw

    status = app.wait_for(lambda s: s["last_cue"] is not None, 30, "the reminder")
    rested = time.monotonic() - last_input
    assert status["last_cue"]["kind"] == "work_timer"
    # It came only once Mutter's idle time passed the pause in typing it waits for (10 s).
    assert rested >= 9, f"the reminder came {rested:.1f} s after the last input"
