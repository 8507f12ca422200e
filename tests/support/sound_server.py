"""A real sound server for the tests: PipeWire with its PulseAudio server (pipewire-pulse)
and its session manager (WirePlumber), on a private session bus in a private runtime dir.

It offers a null sink (``speakers``; its monitor is ``speakers.monitor``) and a virtual
input (``mic``), and starts the recording clients the tests need: ``parecord`` from a
source with an application name, and a peak meter (a ``PA_STREAM_PEAK_DETECT`` stream, as
volume applets open, made by pulsectl's ``get_peak_sample``). The PulseAudio server can be
stopped and started again while PipeWire runs (the tests of a server that goes away).
Only the processes it started are ended.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from support.buses import start_session_bus
from support.waiting import wait_for

PROGRAMS = ("pipewire", "wireplumber", "pipewire-pulse", "pactl", "parecord")


def missing_programs() -> list[str]:
    return [p for p in PROGRAMS if shutil.which(p) is None]


class SoundServer:
    def __init__(self) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="steadypause-sound-")
        root = Path(self._dir.name)
        self.runtime = root / "run"
        self.runtime.mkdir(mode=0o700)
        self._log = (root / "log").open("wb")  # closed in stop()
        self.env = {
            k: v
            for k, v in os.environ.items()
            if not k.startswith(("PULSE_", "PIPEWIRE_", "DBUS_SESSION", "WAYLAND", "DISPLAY"))
        }
        self.env.update(
            XDG_RUNTIME_DIR=str(self.runtime),
            HOME=str(root),
            XDG_CONFIG_HOME=str(root / "config"),
            XDG_STATE_HOME=str(root / "state"),
            XDG_DATA_HOME=str(root / "data"),
        )
        self._procs: list[subprocess.Popen[Any]] = []
        _bus, address = start_session_bus(self._start, env=self.env)
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address
        self._start(["pipewire"])
        wait_for(lambda: (self.runtime / "pipewire-0").exists(), 10, "pipewire's socket")
        self._start(["wireplumber"])
        self._pulse: subprocess.Popen[Any] | None = None
        self.start_pulse()

    @property
    def address(self) -> str:
        """The PulseAudio server's address, for libpulse."""
        return f"unix:{self.runtime / 'pulse' / 'native'}"

    def _start(self, argv: list[str], **kwargs: Any) -> subprocess.Popen[Any]:
        kwargs.setdefault("env", self.env)
        kwargs.setdefault("stdout", self._log)
        proc = subprocess.Popen(argv, stderr=self._log, **kwargs)
        self._procs.append(proc)
        return proc

    def pactl(self, *args: str) -> str:
        return subprocess.run(
            ["pactl", f"--server={self.address}", *args],
            env=self.env,
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        ).stdout

    def start_pulse(self) -> None:
        """Start the PulseAudio server and give it the null sink and the virtual input."""
        socket = self.runtime / "pulse" / "native"
        if socket.exists():
            socket.unlink()
        self._pulse = self._start(["pipewire-pulse"])
        wait_for(socket.exists, 10, "pipewire-pulse's socket", proc=self._pulse)
        wait_for(lambda: self._try_pactl("info"), 10, "the PulseAudio server")
        self.pactl("load-module", "module-null-sink", "sink_name=speakers")
        self.pactl(
            "load-module",
            "module-null-sink",
            "sink_name=mic",
            "media.class=Audio/Source/Virtual",
            "channel_map=mono",
        )
        wait_for(lambda: "\tmic\t" in self.pactl("list", "short", "sources"), 10, "the input")

    def stop_pulse(self) -> None:
        """End the PulseAudio server (PipeWire keeps running)."""
        if self._pulse is not None:
            self._end(self._pulse)
            self._pulse = None

    def _try_pactl(self, *args: str) -> bool:
        try:
            self.pactl(*args)
        except subprocess.CalledProcessError:
            return False
        return True

    def recording_apps(self) -> list[str]:
        """application.name of every source output the server has now."""
        out = self.pactl("list", "source-outputs")
        return [
            line.split("=", 1)[1].strip().strip('"')
            for line in out.splitlines()
            if line.strip().startswith("application.name =")
        ]

    def record(self, source: str, app: str) -> subprocess.Popen[Any]:
        """A recording stream from ``source`` by an application called ``app``."""
        proc = self._start(
            [
                "parecord",
                f"--server={self.address}",
                f"--device={source}",
                f"--property=application.name={app}",
                "/dev/null",
            ]
        )
        wait_for(lambda: app in self.recording_apps(), 10, f"{app}'s stream", proc=proc)
        return proc

    def peak_meter(self, source: str, app: str) -> subprocess.Popen[Any]:
        """A peak-detect stream on ``source`` (as a volume applet's level bar opens)."""
        code = (
            "import pulsectl,sys\n"
            "with pulsectl.Pulse(sys.argv[2], server=sys.argv[3]) as p:\n"
            "    p.get_peak_sample(sys.argv[1], 600)\n"
        )
        proc = self._start([sys.executable, "-c", code, source, app, self.address])
        wait_for(lambda: app in self.recording_apps(), 10, f"{app}'s meter", proc=proc)
        return proc

    def end(self, proc: subprocess.Popen[Any]) -> None:
        """End one client this server bed started, and wait until the server lost it."""
        self._end(proc)

    def _end(self, proc: subprocess.Popen[Any]) -> None:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)
        if proc.stdout is not None:
            proc.stdout.close()

    def stop(self) -> None:
        for proc in reversed(self._procs):
            self._end(proc)
        self._log.close()
        self._dir.cleanup()
