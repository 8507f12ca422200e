"""What start-up leaves for later (issue 18), in the real app as a process: the held-back
work does run, and what the icon does not need is not loaded until it is used."""

from __future__ import annotations

from pathlib import Path

import pytest
from apphome import AppHome

from support.waiting import wait_for

pytestmark = pytest.mark.slow


def _maps(pid: int) -> str:
    return Path(f"/proc/{pid}/maps").read_text()


def test_start_up_leaves_out_what_nothing_has_used_yet(home: AppHome) -> None:
    app = home.start()
    # The work held back until the icon is on screen has run: the cue sources are built.
    wait_for(lambda: home.command("status")["cue_sources"], 10, "the cue sources")
    maps = _maps(app.pid)
    assert "libQt6Svg" not in maps  # the icons are painted (ui/icons.py), not read as SVG
    assert "libcrypto" not in maps  # hashlib: only when a chime tone is rendered
    # The command socket is a plain AF_UNIX socket: neither PySide6.QtNetwork (its module is
    # QtNetwork.abi3.so) nor libQt6Network, nor the Kerberos libraries they pull in.
    assert "QtNetwork" not in maps
    assert "Qt6Network" not in maps
    assert "libkrb5" not in maps
    history_file = Path(home.env["XDG_DATA_HOME"]) / "steadypause" / "history.sqlite3"
    assert not history_file.exists()  # the history writer starts with the first record

    assert home.command("pause")["window"] == "routine"
    home.command("dismiss")  # the pause closed: the first record
    wait_for(history_file.exists, 10, "the history file after the first record")
    assert home.cli("quit").returncode == 0
    assert app.wait(10) == 0
    listed = home.cli("history", "--days", "1")
    assert listed.returncode == 0
    assert listed.stdout.startswith("1 pause today"), listed.stdout


def test_a_broken_settings_file_is_still_reported_at_start(home: AppHome) -> None:
    home.config.mkdir(parents=True, exist_ok=True)
    (home.config / "settings.toml").write_text("work_minutes = \n", encoding="utf-8")
    app = home.start()
    # The notice is held back only until the status window (or the icon) is on screen.
    text = home.wait_log(app, "notice: ")
    notice = next(line for line in text.splitlines() if "notice: " in line)
    assert "settings file could not be read" in notice, notice
