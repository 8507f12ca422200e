"""Runs one pause with sound, for tests/integration/test_sound_heard.py (run as a script).

``python sound_pause_player.py chime|voice [N]``: opens a pause window with the chime (the
full routine's breathing step, 2 s in, 2 s out, two breaths) or the spoken guide (Before
you say yes: words only) through the session's own SoundService, drives it, and prints what
it did as JSON lines with ``time.monotonic()`` stamps, so the test can line them up with
the recording of the sound server's null sink. With the voice: the first step is said,
then Next once it is quiet, then N more step changes (Back, Next, ...) 1.2 s apart, each
while the last step is still being said, then Esc.
"""

from __future__ import annotations

import dataclasses
import json
import sys
import time

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

app = QApplication([])

from steadypause.core.routine import load_builtin_routines  # noqa: E402
from steadypause.core.settings import Settings  # noqa: E402
from steadypause.session.sound_guide import SoundService  # noqa: E402
from steadypause.ui.pause_options import PauseOptions  # noqa: E402
from steadypause.ui.pause_window import PauseWindow  # noqa: E402


def say(event: str, **more: object) -> None:
    print(json.dumps({"event": event, "at": time.monotonic(), **more}), flush=True)


mode = sys.argv[1]
INTERRUPTING = int(sys.argv[2]) if len(sys.argv) > 2 else 0  # step changes over speech
settings = dataclasses.replace(
    Settings(),
    chime=mode == "chime",
    chime_volume=60,
    voice=mode == "voice",
    breath_in_seconds=2.0,
    breath_out_seconds=2.0,
    breath_cycles=2,
)
service = SoundService()
problems = service.problems(dataclasses.asdict(settings))  # opened before the pause
say("opened", problems=problems)
routines = load_builtin_routines()
window = PauseWindow(
    routines["full" if mode == "chime" else "boundary"],
    PauseOptions.from_settings(settings),
)
service.follow(window, settings)
speech = service.speech


def chime_pause() -> None:
    breathing = window.current_page().breathing
    assert breathing is not None
    breathing.phaseChanged.connect(lambda phase: say("phase", phase=phase, cycle=breathing.cycle))
    window.show_centred()
    say("shown")
    QTimer.singleShot(0, lambda: say("loop free"))
    breathing.finished.connect(lambda: QTimer.singleShot(3500, app.quit))


def voice_pause() -> None:
    assert speech is not None
    window.show_centred()
    say("shown", index=window.index)
    wait_quiet()


quiet_polls = 0
changes = 0


def wait_quiet() -> None:
    """Once the first step has been said (not speaking for 2 s: speech-dispatcher reports
    the end of each sentence on its way), Next: the second step is said from silence."""
    global quiet_polls
    quiet_polls = 0 if speech is not None and speech.is_speaking() else quiet_polls + 1
    if quiet_polls < 40:
        QTimer.singleShot(50, wait_quiet)
        return
    say("quiet")
    change()


def change() -> None:
    """Back and Next in turn, each while the last step is still being said, ``INTERRUPTING``
    times; then Esc, also while speaking."""
    global changes
    if changes > INTERRUPTING:
        QTimer.singleShot(400, escape)  # 1.6 s in: within the step's second sentence
        return
    speaking = speech.is_speaking() if speech else None
    moving_on = window.index == 0
    say("change", to=window.index + (1 if moving_on else -1), speaking=speaking)
    if moving_on:
        window.next()
    else:
        window.back()
    changes += 1
    QTimer.singleShot(1200, change)


def escape() -> None:
    say("esc", speaking=speech.is_speaking() if speech else None)
    QTest.keyClick(window, Qt.Key.Key_Escape)
    say("closed", visible=window.isVisible())
    QTimer.singleShot(1500, app.quit)


QTimer.singleShot(3000, chime_pause if mode == "chime" else voice_pause)
QTimer.singleShot(60_000, app.quit)
app.exec()
say("done")
