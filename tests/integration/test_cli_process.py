"""The real app in a subprocess, driven through the real ``steadypause`` command line.

Every directory the app could touch points into tmp_path; Qt runs offscreen.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from steadypause.core.settings import WEEKDAYS

pytestmark = pytest.mark.slow

START_TIMEOUT = 20.0
QUIT_TIMEOUT = 10.0
XDG_DIRS = ("XDG_RUNTIME_DIR", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME",
            "XDG_CACHE_HOME")  # fmt: skip


@pytest.fixture
def app_env(tmp_path: Path) -> Iterator[dict[str, str]]:
    base = tmp_path
    short = None
    if len(str(base / "XDG_RUNTIME_DIR" / "steadypause" / "ipc.sock")) > 100:
        short = base = Path(tempfile.mkdtemp(prefix="sp-", dir="/tmp"))  # sun_path limit
    env = dict(os.environ)
    for name in (*XDG_DIRS, "HOME"):
        directory = base / name
        directory.mkdir(mode=0o700)
        env[name] = str(directory)
    env["QT_QPA_PLATFORM"] = "offscreen"
    # Every hour a working hour and no day cues, so what the tests expect does not depend
    # on the time of day (a "Good morning" or end-of-day prompt would otherwise open at the
    # first status, which re-checks the clock).
    config = base / "XDG_CONFIG_HOME" / "steadypause"
    config.mkdir(mode=0o700)
    (config / "settings.toml").write_text(
        "".join(f'hours_{day} = "00:00-23:59"\n' for day in WEEKDAYS)
        + "cue_start_of_day = false\ncue_end_of_day = false\n"
    )
    yield env
    if short is not None:
        shutil.rmtree(short, ignore_errors=True)


def steadypause(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "steadypause", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )


def status(env: dict[str, str]) -> dict[str, Any]:
    done = steadypause(env, "status", "--json")
    assert done.returncode == 0, done.stderr
    [line] = done.stdout.splitlines()
    result = json.loads(line)
    assert isinstance(result, dict)
    return result


def wait_until_answering(proc: subprocess.Popen[bytes], env: dict[str, str], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        if proc.poll() is not None:
            pytest.fail(f"the app exited with {proc.returncode}:\n{log.read_text()}")
        if steadypause(env, "status", "--json").returncode == 0:
            return
        if time.monotonic() > deadline:
            pytest.fail(f"the app did not answer within {START_TIMEOUT} s:\n{log.read_text()}")
        time.sleep(0.1)


@pytest.fixture
def launch(app_env: dict[str, str], tmp_path: Path) -> Iterator[Any]:
    """Start ``steadypause ARGS`` as a long-running process; killed at the end if alive."""
    started: list[tuple[subprocess.Popen[bytes], Any]] = []

    def start(*args: str) -> subprocess.Popen[bytes]:
        log_path = tmp_path / f"app-{len(started)}.log"
        log = log_path.open("wb")
        proc = subprocess.Popen(
            [sys.executable, "-m", "steadypause", *args],
            env=app_env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        started.append((proc, log))
        wait_until_answering(proc, app_env, log_path)
        return proc

    yield start
    for proc, log in started:
        if proc.poll() is None:
            proc.kill()
        proc.wait()
        log.close()


def minutes_from_now(iso: str) -> float:
    moment = datetime.fromisoformat(iso)
    now = datetime.now(moment.tzinfo) if moment.tzinfo else datetime.now()
    return (moment - now) / timedelta(minutes=1)


def test_cli_drives_the_running_app(launch: Any, app_env: dict[str, str]) -> None:
    app = launch()

    first = status(app_env)
    assert first["version"] == "0.1.0"
    assert first["tray"] == "fallback"  # offscreen has no system tray
    assert first["window"] == "closed"

    again = steadypause(app_env)
    assert again.returncode == 0, again.stderr
    assert again.stdout == "Steady Pause is already running.\n"
    assert app.poll() is None

    paused = steadypause(app_env, "pause")
    assert paused.returncode == 0, paused.stderr
    assert paused.stdout == "Opening a pause.\n"
    now_paused = status(app_env)
    assert now_paused["window"] == "routine"
    assert now_paused["last_cue"]["kind"] == "manual"

    snoozed = steadypause(app_env, "snooze", "30")
    assert snoozed.returncode == 0, snoozed.stderr
    assert snoozed.stdout.startswith("Reminders snoozed until ")
    until = status(app_env)["snoozed_until"]
    assert until is not None
    assert 29 <= minutes_from_now(until) <= 31

    resumed = steadypause(app_env, "resume")
    assert resumed.returncode == 0, resumed.stderr
    assert resumed.stdout == "Reminders are back on.\n"
    assert status(app_env)["snoozed_until"] is None

    closing = steadypause(app_env, "quit")
    assert closing.returncode == 0, closing.stderr
    assert closing.stdout == "Steady Pause is closing.\n"
    assert app.wait(timeout=QUIT_TIMEOUT) == 0

    gone = steadypause(app_env, "status")
    assert gone.returncode == 3
    assert gone.stderr == "Steady Pause is not running.\n"
    assert not (Path(app_env["XDG_RUNTIME_DIR"]) / "steadypause" / "ipc.sock").exists()


def test_pause_starts_the_app_when_it_is_not_running(launch: Any, app_env: dict[str, str]):
    # What a desktop keyboard shortcut bound to `steadypause pause` relies on.
    app = launch("pause")

    now = status(app_env)
    assert now["window"] == "routine"
    assert now["last_cue"]["kind"] == "manual"

    assert steadypause(app_env, "quit").returncode == 0
    assert app.wait(timeout=QUIT_TIMEOUT) == 0


def test_config_set_reaches_the_running_app(launch: Any, app_env: dict[str, str]) -> None:
    launch()
    assert 59 <= minutes_from_now(status(app_env)["next_pause_at"]) <= 61
    done = steadypause(app_env, "config", "set", "work_minutes", "30")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "work_minutes = 30\nThe running Steady Pause uses it now.\n"
    assert 29 <= minutes_from_now(status(app_env)["next_pause_at"]) <= 31
    bad = steadypause(app_env, "config", "set", "work_minutes", "3")
    assert bad.returncode == 2
    assert bad.stderr == "steadypause: work_minutes: 3 is below the minimum 5\n"
    quit_ = steadypause(app_env, "quit")
    assert quit_.returncode == 0, quit_.stderr


def test_close_day_holds_across_a_restart(launch: Any, app_env: dict[str, str]) -> None:
    app = launch()
    assert status(app_env)["next_pause_at"] is not None

    closed = steadypause(app_env, "close-day")
    assert closed.returncode == 0, closed.stderr
    assert closed.stdout == "Closing the day. No more reminders today.\n"
    now = status(app_env)
    assert now["window"] == "routine"
    assert now["last_cue"] == {**now["last_cue"], "kind": "end_of_day", "detail": "cli"}
    state = Path(app_env["XDG_STATE_HOME"]) / "steadypause" / "state.json"
    assert json.loads(state.read_text())["day_closed"] == datetime.now().date().isoformat()
    assert state.stat().st_mode & 0o777 == 0o600

    assert steadypause(app_env, "quit").returncode == 0
    assert app.wait(timeout=QUIT_TIMEOUT) == 0
    again = launch()
    after = status(app_env)
    assert after["window"] == "closed"
    assert after["next_pause_at"] is None  # still closed: the timer rests until tomorrow
    assert steadypause(app_env, "quit").returncode == 0
    assert again.wait(timeout=QUIT_TIMEOUT) == 0


def test_a_damaged_state_file_does_not_stop_the_app(
    launch: Any, app_env: dict[str, str], tmp_path: Path
) -> None:
    state = Path(app_env["XDG_STATE_HOME"]) / "steadypause" / "state.json"
    state.parent.mkdir(parents=True)
    state.write_bytes(b"\x00{not json")
    app = launch()
    assert status(app_env)["next_pause_at"] is not None
    assert steadypause(app_env, "quit").returncode == 0
    assert app.wait(timeout=QUIT_TIMEOUT) == 0
    assert "ignoring " + str(state) in (tmp_path / "app-0.log").read_text()


OWN_ROUTINE = """\
id = "walk"
title = "A short walk"
summary = "Stand up, look far away."

[[steps]]
id = "end"
kind = "finish"
title = "Back you go"
body = "Thank you."
"""


def routines_in_history(env: dict[str, str]) -> list[str]:
    done = steadypause(env, "history", "--json")
    assert done.returncode == 0, done.stderr
    return [entry["routine"] for entry in json.loads(done.stdout)["entries"]]


def test_pause_routine_starts_the_app_with_that_routine(
    launch: Any, app_env: dict[str, str]
) -> None:
    app = launch("pause", "Hand on heart")
    assert status(app_env)["window"] == "routine"
    assert steadypause(app_env, "quit").returncode == 0  # the open pause is kept as skipped
    assert app.wait(timeout=QUIT_TIMEOUT) == 0
    assert routines_in_history(app_env) == ["heart"]


def test_pause_opens_a_routine_file_put_in_the_folder_while_running(
    launch: Any, app_env: dict[str, str]
) -> None:
    app = launch()
    folder = Path(app_env["XDG_DATA_HOME"]) / "steadypause" / "routines"
    folder.mkdir(parents=True)
    (folder / "walk.toml").write_text(OWN_ROUTINE, encoding="utf-8")
    done = steadypause(app_env, "pause", "a short WALK")
    assert done.returncode == 0, done.stderr
    assert status(app_env)["window"] == "routine"
    assert steadypause(app_env, "quit").returncode == 0
    assert app.wait(timeout=QUIT_TIMEOUT) == 0
    assert routines_in_history(app_env) == ["walk"]
