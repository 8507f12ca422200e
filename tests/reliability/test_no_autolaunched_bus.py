"""No autolaunched session bus (issue 16, item 10): with DBUS_SESSION_BUS_ADDRESS unset and
no $XDG_RUNTIME_DIR/bus, the app must not make libdbus start a dbus-daemon (through
``dbus-launch --autolaunch`` on the X display) that outlives it; the session bus is
reported unavailable instead.

Other engineers run dbus-daemons on this machine: the processes are found by a marker in
their environment, which every child of the app inherits, not by global counts.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from apphome import AppHome

pytestmark = pytest.mark.slow

MARKER = "STEADYPAUSE_TEST_MARKER"


def marked_processes(marker: str) -> dict[int, str]:
    """pid → command name of every process whose environment holds ``marker``."""
    found = {}
    needle = f"{MARKER}={marker}".encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if needle in (entry / "environ").read_bytes().split(b"\0"):
                found[int(entry.name)] = (entry / "comm").read_text().strip()
        except OSError:
            continue
    return found


@pytest.fixture
def x_display() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed (scripts/system-packages.txt, [test])")
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "800x600x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as f:
        number = f.readline().strip()
    try:
        if not number:
            pytest.skip("Xvfb did not start")
        yield f":{number}"
    finally:
        xvfb.terminate()
        xvfb.wait(10)


def test_no_session_bus_address_starts_no_bus(home: AppHome, x_display: str) -> None:
    if shutil.which("dbus-launch") is None:
        pytest.skip("dbus-launch is not installed: nothing could autolaunch a bus")
    marker = uuid.uuid4().hex
    home.env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    # X11 is what libdbus autolaunches through; offscreen keeps the windows off it.
    home.env.update(
        {
            MARKER: marker,
            "DISPLAY": x_display,
            "QT_QPA_PLATFORM": "offscreen",
            "DBUS_SYSTEM_BUS_ADDRESS": "unix:path=/nonexistent/steadypause-test/bus",
        }
    )
    assert not (Path(home.env["XDG_RUNTIME_DIR"]) / "bus").exists()
    left = {}
    try:
        app = home.start()
        sources = home.command("status")["cue_sources"]
        assert home.cli("quit").returncode == 0
        assert app.wait(10) == 0
        assert "Traceback" not in home.log(app)
        # Anything still running from this test once the app is gone outlived it.
        left = marked_processes(marker)
        assert left == {}, f"still running after the app quit: {left}"
        said = [why for why in sources.values() if why.startswith("unavailable")]
        assert any("no session bus" in why for why in said), sources
        # each cause once (the two screensaver services fail alike)
        assert sources["lock"].count("no session bus") == 1, sources
    finally:
        for pid in left or marked_processes(marker):
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
