"""QuitSignals: a signal sent to the process comes out as ``requested`` from the event loop;
closing it puts the old handlers back. (The logout, ``commitDataRequest``, needs a session
manager that Python cannot make; the app's process tests cover the signals end to end.)"""

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
