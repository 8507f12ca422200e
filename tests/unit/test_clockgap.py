"""The clock-gap suspend detector's decision, with hand-driven clocks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from steadypause.platform.clockgap import MIN_GAP, GapCounter


class Clocks:
    def __init__(self) -> None:
        self.boot = 100.0
        self.mono = 50.0

    def run(self, s: float) -> None:
        self.boot += s
        self.mono += s

    def suspend(self, s: float) -> None:
        self.boot += s


def make() -> tuple[Clocks, GapCounter]:
    c = Clocks()
    return c, GapCounter(lambda: c.boot, lambda: c.mono)


def test_a_suspend_shows_as_a_gap_once() -> None:
    c, g = make()
    c.run(60)
    assert g.check() == 0
    c.suspend(1800)
    c.run(20)
    assert g.check() == 1800
    assert g.check() == 0


def test_running_stopped_or_small_jitter_is_not_a_suspend() -> None:
    c, g = make()
    c.run(3600)  # a stopped process: both clocks moved on together
    c.suspend(MIN_GAP / 2)
    assert g.check() == 0


def test_an_announced_suspend_is_not_reported_twice() -> None:
    c, g = make()
    g.announced_sleep()
    c.suspend(600)
    assert g.check() == 0  # the timer fired before logind's wake signal
    g.announced_wake()
    assert g.check() == 0
    c.suspend(700)
    assert g.check() == 700


@pytest.mark.skipif(not hasattr(time, "CLOCK_BOOTTIME"), reason="Linux clocks only")
def test_sigstop_does_not_open_a_gap_on_the_real_clocks() -> None:
    g = GapCounter(lambda: time.clock_gettime(time.CLOCK_BOOTTIME), time.monotonic)
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        os.kill(child.pid, signal.SIGSTOP)
        start = time.monotonic()
        while time.monotonic() - start < 0.3:  # this process runs on; the child is stopped
            pass
        os.kill(child.pid, signal.SIGCONT)
    finally:
        child.kill()
        child.wait()
    assert g.check() == 0
