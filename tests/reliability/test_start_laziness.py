"""What start-up leaves for later (issue 18), in the real app as a process: the held-back
work does run, and what the icon does not need is not loaded until it is used."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from apphome import AppHome

from support.displays import TRAYER, start_xvfb
from support.waiting import wait_for

pytestmark = pytest.mark.slow

SHOWN = "tray icon shown"
# Imported only once the tray icon has painted (app_after_icon.py), each by a plain import
# statement (what -X importtime reports; the settings package's own names come through
# importlib and are not reported, their modules' imports are).
AFTER_THE_ICON = (
    "steadypause.core.settings.kinds",  # the declarations' kinds: the full settings load
    "steadypause.core.settings.field",
    "steadypause.core.settings.values",
    "steadypause.core.routine",  # the routines, through the kinds and the library
    "steadypause.core.crisis_lines",
    "steadypause.core.first_run",  # whether this is a first start: with the settings
    "steadypause.translations",  # the translations: with the settings (the icon has no words)
    "steadypause.core.settings.language_hint",
    "tomllib",
    "steadypause.core.cues",  # the cues' table: the scheduler's (and the status wording's)
    "dataclasses",
    "steadypause.session.controller",
)
# Never imported by a plain start (only by the commands that use them).
NOT_FOR_A_START = (
    "steadypause.cli.status_text",  # `steadypause status`, `snooze`
    "steadypause.platform.desktop_entry",  # --install-desktop-entry
    "importlib.resources",  # the data folder is found without it (core/resource_files.py)
)


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


@pytest.fixture
def tray_screen(home: AppHome) -> Iterator[None]:
    """A private Xvfb with trayer (a real XEmbed tray host) for ``home``'s app, no bus."""
    if shutil.which("Xvfb") is None or shutil.which("trayer") is None:
        pytest.skip("Xvfb and trayer are needed (scripts/system-packages.txt, [test])")
    server, display = start_xvfb("1024x768", start_new_session=True)
    procs = [server]
    try:
        if not display:
            pytest.skip("Xvfb did not start")
        env = {**home.env, "DISPLAY": display}
        procs.append(
            subprocess.Popen(TRAYER, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        )
        wait_for(
            lambda: (
                subprocess.run(
                    ["xdotool", "search", "--class", "trayer"], env=env, capture_output=True
                ).returncode
                == 0
            ),
            10,
            "trayer's panel",
        )
        home.env.update(QT_QPA_PLATFORM="xcb", DISPLAY=display)
        home.env.pop("WAYLAND_DISPLAY", None)
        home.env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no StatusNotifier host: XEmbed
        yield
    finally:
        for proc in reversed(procs):
            proc.kill()
            proc.wait(15)


def _imported(text: str) -> set[str]:
    """The modules -X importtime reports in ``text``."""
    return {
        line.rsplit("|", 1)[1].strip()
        for line in text.splitlines()
        if line.startswith("import time:") and line.count("|") == 2
    }


def test_the_tray_icon_comes_before_the_settings_and_the_session(
    home: AppHome, tray_screen: None
) -> None:
    home.env["PYTHONPROFILEIMPORTTIME"] = "1"  # -X importtime: each module as it is imported
    app = home.start()
    # The session is built once the icon has painted: the cue sources come last.
    wait_for(lambda: home.command("status")["cue_sources"], 10, "the cue sources")
    text = home.wait_log(app, "started steadypause")
    assert SHOWN in text, text[-2000:]
    before, _, after = text.partition(SHOWN)
    early, late = _imported(before), _imported(after)
    assert "steadypause.ui.tray" in early  # (what the icon needs is there)
    for name in AFTER_THE_ICON:
        assert name not in early, f"{name} is imported before the tray icon"
        assert name in late, f"{name} is not imported once the icon is on screen"
    for name in NOT_FOR_A_START:
        assert name not in early | late
    # No module the icon waits for imports PySide6's `Qt` namespace (building its ~84 enum
    # types takes 12-14 ms): each is imported in a fresh interpreter and the name is looked for.
    ours = sorted(name for name in early if name.startswith("steadypause"))
    check = (
        f"import importlib, PySide6.QtCore as core\nfor m in {ours!r}: importlib.import_module(m)\n"
        "print('Qt' in vars(core))"
    )
    done = subprocess.run(
        [sys.executable, "-c", check], env=home.env, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False", ours
    # The held-back work was let go by the icon's paint (an Expose from the X server, seen
    # by ui/first_paint.py), not by the fallback timer.
    assert "did not paint within" not in text
