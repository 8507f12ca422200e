"""On GNOME Shell under Wayland, a reminder never takes the keyboard from someone typing.

A stand-in editor has keyboard focus; keys are typed into it through Mutter's RemoteDesktop
(real input, as from a keyboard) before the reminder is due, while it waits for a pause in
the typing, and from the moment the app offers it. Every key must reach the editor, in
order, and the editor must never lose focus. Then the reminder's *Start* is clicked in the
shell's own notification banner, and the pause opens.

Both fail on an app whose reminder is a window of its own: Mutter gives a new toplevel
keyboard focus whatever the window asks for (issue 12), and there is no banner.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from gnome_shell import App, DesktopError, Editor, GnomeShell, RemoteInput, wait_until


def _offered(status: dict[str, Any]) -> bool:
    cue = status.get("last_cue") or {}
    return cue.get("kind") == "work_timer"


def test_typing_goes_on_into_the_focused_window_while_the_reminder_appears(
    gnome: GnomeShell,
    start_app: Callable[..., App],
    remote_input: RemoteInput,
    open_editor: Callable[[], Editor],
) -> None:
    app = start_app()
    editor = open_editor()
    before, waiting, after = "typing before ", "and while it waits ", "then on after it came"

    remote_input.type_text(before)
    app.command("timer-now")
    remote_input.type_text(waiting)
    # The reminder waits for a pause in the typing (Mutter's idle time, from real input):
    # the keys just typed keep it back.
    assert not _offered(app.command("status"))

    # Stop typing: it comes within the pause in typing the scheduler waits for (10 s).
    app.wait_for(_offered, 30, "the work-timer reminder")
    # Go on typing at once, as someone who only paused to think would, while it appears.
    remote_input.type_text(after)
    expected = before + waiting + after
    try:
        wait_until(lambda: editor.text() == expected, 5, "every key in the editor")
    except DesktopError:
        gnome.screenshot(editor.text_file.with_name("keys-lost.png"))
    # What reached the editor, and whether it ever lost keyboard focus.
    assert (editor.text(), editor.focus_events()) == (expected, ["focused"])


def test_start_in_the_notification_opens_the_pause(
    gnome: GnomeShell, start_app: Callable[..., App], remote_input: RemoteInput
) -> None:
    app = start_app()
    app.command("timer-now")
    status = app.wait_for(_offered, 30, "the work-timer reminder")
    # status --json says which form the reminder takes on this desktop.
    form = str(status.get("reminder", "(status --json names no reminder form)"))
    assert form.startswith("notification"), f"the reminder is {form}, not a notification"
    time.sleep(1)  # the banner comes down from the top bar
    gnome.click_notification_action(remote_input, "first")  # Start
    status = app.wait_for(lambda s: s["window"] == "routine", 10, "the pause window")
    assert status["last_cue"]["kind"] == "work_timer"  # opened by the reminder's Start
