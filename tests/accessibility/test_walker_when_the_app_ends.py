"""When the app dies during a walk, the walk fails at once and says how the app ended.

The walker's answers are awaited while the app is watched (conftest.Walker), so a crash is
reported with the end of the app's log instead of after the walker has given up on every
request (which took about 110 s).
"""

from __future__ import annotations

import os
import signal

import pytest

from conftest import app_on_a_desktop

pytestmark = pytest.mark.slow


def test_a_crash_fails_the_walk_with_the_end_of_the_apps_log() -> None:
    with app_on_a_desktop() as (_desk, walker):
        assert "Status — Steady Pause" in walker.ask("windows")  # it answers while running
        os.kill(walker.pid, signal.SIGSEGV)  # as the crash in Qt did (docs/adr/013)
        walker.app.wait(timeout=30)
        with pytest.raises(pytest.fail.Exception) as failed:
            walker.ask("tree")
    message = str(failed.value)
    assert f"the app ended (exit code {-signal.SIGSEGV})" in message
    # Python's fault handler (PYTHONFAULTHANDLER=1) wrote this into the app's log.
    assert "Fatal Python error: Segmentation fault" in message
