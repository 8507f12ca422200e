"""What counts as a change in the pause window's content: a key typed in a step's own
words, an option picked, a signal ticked, a check-in answered or skipped.

The window emits ``contentChanged`` for each; the session keeps the pause in progress from
it (session/pause_draft.py). Nothing here reads or keeps what was typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from steadypause.ui.pause_window import PauseWindow


def watch_content(window: PauseWindow) -> None:
    """Emit ``window.contentChanged`` on every change to what its steps and check-ins hold
    (signal to signal: no Python reference back to the window)."""
    changed = window.contentChanged
    for page in window.pages:
        if page.own_words is not None:
            page.own_words.textChanged.connect(changed)
        for box in page.checks:
            box.toggled.connect(changed)
        if page.choices is not None:
            page.choices.idToggled.connect(changed)
    for strip in (window.checkin_before, window.checkin_after):
        if strip is not None:
            strip.scale.answerChanged.connect(changed)
            strip.skipped.connect(changed)
