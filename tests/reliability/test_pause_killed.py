"""A pause in progress survives the app being killed or losing its display (issue: the
pause window's words reached the history only when it closed).

The real app, with its own home and socket: a pause opened, words typed (journaling on);
then SIGKILL, or the X server it draws on killed under it. Started again, the app puts the
pause into the history as interrupted, with the words, and ``steadypause history --json``
shows it.
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
from pathlib import Path
from typing import Any

import pytest
from apphome import AppHome

from steadypause.core import history
from steadypause.core.history import draft
from support.displays import start_xvfb
from support.waiting import wait_for

pytestmark = pytest.mark.slow

TYPED = "The call with the family went badly"


def draft_file(home: AppHome) -> Path:
    return Path(home.env["XDG_DATA_HOME"]) / "steadypause" / draft.NAME


def open_pause_and_type(home: AppHome) -> None:
    assert home.cli("config", "set", "journaling", "true").returncode == 0
    assert home.command("pause")["window"] == "routine"
    home.command("type", text=TYPED)
    # Kept after a quiet moment (session/pause_draft.py), not when the pause closes.
    wait_for(
        lambda: draft_file(home).exists() and TYPED in draft_file(home).read_text(),
        15,
        "the typed words in the pause's draft",
    )


def entries(home: AppHome) -> list[dict[str, Any]]:
    shown = home.cli("history", "--json")
    assert shown.returncode == 0, shown.stderr
    found: list[dict[str, Any]] = json.loads(shown.stdout)["entries"]
    return found


def interrupted_entry(home: AppHome) -> dict[str, Any]:
    (entry,) = wait_for(lambda: entries(home), 15, "the pause in the history")
    return entry


def check_kept(home: AppHome, app: subprocess.Popen[bytes]) -> None:
    entry = interrupted_entry(home)
    assert entry["outcome"] == "interrupted", home.log(app)
    assert entry["cue"] == "manual"
    assert TYPED in entry["journal"].values()
    assert not draft_file(home).exists()
    assert "Traceback" not in home.log(app)


def test_a_pause_open_when_the_app_is_killed_is_in_the_history_after_the_next_start(
    home: AppHome,
) -> None:
    app = home.start()
    open_pause_and_type(home)
    assert draft_file(home).stat().st_mode & 0o077 == 0  # as private as the history

    app.send_signal(signal.SIGKILL)
    assert app.wait(15) == -signal.SIGKILL
    assert entries(home) == []  # nothing closed it
    home.socket.unlink(missing_ok=True)  # a killed app leaves its socket

    again = home.start()
    check_kept(home, again)
    # Kept once: a later use of the history adds nothing.
    home.command("quit")
    assert again.wait(15) == 0
    assert [e["outcome"] for e in entries(home)] == ["interrupted"]
    path = Path(home.env["XDG_DATA_HOME"]) / "steadypause" / history.FILE_NAME
    assert [r.outcome for r in history.read(path)] == [history.Outcome.INTERRUPTED]


def test_a_pause_open_when_the_x_server_goes_away_is_in_the_history_after_the_next_start(
    home: AppHome,
) -> None:
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (scripts/system-packages.txt, [test])")
    server, display = start_xvfb("1024x768", start_new_session=True)
    try:
        if not display:
            pytest.skip("Xvfb did not start")
        home.env.update(QT_QPA_PLATFORM="xcb", DISPLAY=display)
        home.env.pop("WAYLAND_DISPLAY", None)
        app = home.start()
        open_pause_and_type(home)

        server.kill()  # the X server gone: Qt's xcb plugin ends the process at once
        server.wait(15)
        code = app.wait(15)
        assert code != 0, home.log(app)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait(15)
    assert entries(home) == []  # nothing closed it

    home.socket.unlink(missing_ok=True)
    home.env.update(QT_QPA_PLATFORM="offscreen")
    home.env.pop("DISPLAY")
    again = home.start()
    check_kept(home, again)
