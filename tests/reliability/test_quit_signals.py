"""SIGTERM, SIGHUP and SIGINT, and the session manager's logout (commitDataRequest), end the
real app the way Quit does (issue 16, item 2).

A logout, ``systemctl --user stop`` or a closed terminal sends one of these. With a pause
open and words typed in it (journaling on), the app must keep the pause in its history as
closed early with those words, exit 0, and leave neither its socket nor its lock behind.
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest
from apphome import AppHome

from steadypause.core import history

pytestmark = pytest.mark.slow

TYPED = "Kinder to myself after the night shift"


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT], ids=str)
def test_a_quit_signal_keeps_the_open_pause_and_cleans_up(home: AppHome, sig: int) -> None:
    assert home.cli("config", "set", "journaling", "true").returncode == 0
    app = home.start()
    assert home.command("pause")["window"] == "routine"
    home.command("type", text=TYPED)

    app.send_signal(sig)
    assert app.wait(15) == 0, home.log(app)

    records = history.read(Path(home.env["XDG_DATA_HOME"]) / "steadypause" / history.FILE_NAME)
    assert len(records) == 1, home.log(app)
    (record,) = records
    assert record.outcome == history.Outcome.SKIPPED  # shown as "closed early"
    assert record.cue == "manual"
    assert TYPED in record.journal.values()
    assert not home.socket.exists()
    assert not (home.socket.parent / "instance.lock").exists()
    assert f"{signal.Signals(sig).name} received: quitting" in home.log(app)


def test_a_logout_through_the_session_manager_keeps_the_pause_and_the_settings(
    home: AppHome,
) -> None:
    # commitDataRequest, as Qt's platform session manager emits it (logout_launcher.py)
    assert home.cli("config", "set", "journaling", "true").returncode == 0
    assert home.cli("config", "set", "work_minutes", "50").returncode == 0
    settings_file = home.config / "settings.toml"
    written = settings_file.read_bytes()
    app = home.start(launcher=Path(__file__).with_name("logout_launcher.py"))
    assert home.command("pause")["window"] == "routine"
    home.command("type", text=TYPED)

    app.send_signal(signal.SIGUSR2)
    assert app.wait(15) == 0, home.log(app)

    log = home.log(app)
    assert "the session manager asks to commit data: quitting" in log
    records = history.read(Path(home.env["XDG_DATA_HOME"]) / "steadypause" / history.FILE_NAME)
    assert len(records) == 1, log
    (record,) = records
    assert record.outcome == history.Outcome.SKIPPED
    assert TYPED in record.journal.values()
    assert settings_file.read_bytes() == written  # whole, as saved, nothing half-written
    shown = home.cli("config", "get", "work_minutes")
    assert (shown.returncode, shown.stdout.strip()) == (0, "50"), shown.stderr
    assert not home.socket.exists()
    assert not (home.socket.parent / "instance.lock").exists()
    assert "Traceback" not in log
