"""QuitSignals: a signal sent to the process comes out as ``requested`` from the event loop;
closing it puts the old handlers back. (The signals and the logout, ``commitDataRequest``,
end to end in the app's process: tests/reliability/test_quit_signals.py.)"""

from __future__ import annotations

import os
import signal
from typing import Any

from PySide6.QtWidgets import QApplication

from steadypause.session.quit_signals import QuitSignals


def test_sighup_arrives_through_the_event_loop(qtbot: Any, qapp: QApplication) -> None:
    before = signal.getsignal(signal.SIGHUP)
    stops = QuitSignals(qapp)
    try:
        with qtbot.waitSignal(stops.requested) as blocker:
            os.kill(os.getpid(), signal.SIGHUP)
        assert blocker.args == ["SIGHUP"]
    finally:
        stops.close()
    assert signal.getsignal(signal.SIGHUP) == before
