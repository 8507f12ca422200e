"""A real X server (Xvfb) and, where a test needs EWMH, a window manager (openbox)."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from dbusmock.testcase import PrivateDBus

from support.displays import start_xvfb
from support.waiting import wait_for


@pytest.fixture
def xvfb() -> Iterator[str]:
    """A private Xvfb. It picks a free display number itself (-displayfd) and says which, so
    a display another run on this machine starts at the same moment is never taken for ours."""
    if not shutil.which("Xvfb") or not shutil.which("xdotool"):
        pytest.skip("Xvfb and xdotool are needed (apt: xvfb xdotool)")
    with tempfile.TemporaryFile() as log:
        server, display = start_xvfb("640x480", output=log)
        try:
            if not display:
                pytest.skip("Xvfb did not start")
            yield display
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
            try:  # a loaded machine is slow
                wait_for(managing, 30, "openbox to manage the display", proc=wm)
            except TimeoutError as why:
                pytest.skip(str(why))
            yield xvfb
        finally:
            wm.terminate()
            wm.wait(timeout=10)


@pytest.fixture(scope="module")
def session_bus() -> Iterator[PrivateDBus]:
    """A private session bus (python-dbusmock's), one per test module."""
    from dbusmock.testcase import BusType, PrivateDBus

    with PrivateDBus(BusType.SESSION) as bus:
        yield bus
