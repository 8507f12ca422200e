"""A real X server (Xvfb) and, where a test needs EWMH, a window manager (openbox)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator

import pytest


def _wait_for(done, proc: subprocess.Popen, what: str, seconds: float = 10) -> None:
    """Deadline polling for something a child process sets up."""
    deadline = time.monotonic() + seconds
    while not done():
        if proc.poll() is not None or time.monotonic() > deadline:
            pytest.skip(f"{what} did not start")
        time.sleep(0.05)


@pytest.fixture
def xvfb() -> Iterator[str]:
    """A private Xvfb. It picks a free display number itself (-displayfd) and says which, so
    a display another run on this machine starts at the same moment is never taken for ours."""
    if not shutil.which("Xvfb") or not shutil.which("xdotool"):
        pytest.skip("Xvfb and xdotool are needed (apt: xvfb xdotool)")
    read, write = os.pipe()
    with tempfile.TemporaryFile() as log:
        server = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "640x480x24", "-nolisten", "tcp"],
            pass_fds=(write,),
            stdout=log,
            stderr=log,
        )
        os.close(write)
        try:
            with os.fdopen(read) as announced:
                number = announced.readline().strip()  # written once it listens
            if not number:
                pytest.skip("Xvfb did not start")
            yield f":{number}"
        finally:
            server.terminate()
            server.wait(timeout=10)


@pytest.fixture
def openbox(xvfb: str) -> Iterator[str]:
    """An EWMH window manager on the Xvfb display (it sets _NET_ACTIVE_WINDOW)."""
    if not shutil.which("openbox"):
        pytest.skip("openbox is needed for a window manager (apt: openbox)")
    env = {**os.environ, "DISPLAY": xvfb}

    def managing() -> bool:
        out = subprocess.run(
            ["xdotool", "getactivewindow"], env=env, capture_output=True, text=True, check=False
        )
        # Without an EWMH manager: "Your windowmanager claims not to support ...".
        return "claims not to support" not in out.stderr

    with tempfile.TemporaryFile() as log:
        wm = subprocess.Popen(["openbox", "--sm-disable"], env=env, stdout=log, stderr=log)
        try:
            _wait_for(managing, wm, "openbox", seconds=30)  # a loaded machine is slow
            yield xvfb
        finally:
            wm.terminate()
            wm.wait(timeout=10)
