"""The real Steady Pause in a subprocess, with private XDG directories (offscreen Qt)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

START_TIMEOUT = 20.0


def wait_for(check: Callable[[], Any], timeout: float, what: str) -> Any:
    """Poll ``check`` until it returns something true, or fail after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.02)


class AppHome:
    """Private XDG directories (and HOME) for app processes, under one short /tmp dir."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="sp-rel-", dir="/tmp"))  # sun_path limit
        self.env = dict(os.environ)
        self.env["QT_QPA_PLATFORM"] = "offscreen"
        self.env.pop("STEADYPAUSE_BENCH", None)
        self.env["STEADYPAUSE_TEST_COMMANDS"] = "1"  # timer-now, dismiss … (session/commands.py)
        for name in (
            "HOME",
            "XDG_CONFIG_HOME",
            "XDG_DATA_HOME",
            "XDG_STATE_HOME",
            "XDG_CACHE_HOME",
            "XDG_RUNTIME_DIR",
        ):
            path = self.root / name.lower()
            path.mkdir(mode=0o700)
            self.env[name] = str(path)
        self.procs: list[subprocess.Popen[bytes]] = []

    @property
    def config(self) -> Path:
        return Path(self.env["XDG_CONFIG_HOME"]) / "steadypause"

    @property
    def socket(self) -> Path:
        return Path(self.env["XDG_RUNTIME_DIR"]) / "steadypause" / "ipc.sock"

    def start(self, *args: str, wait: bool = True) -> subprocess.Popen[bytes]:
        log = (self.root / f"app-{len(self.procs)}.log").open("wb")
        proc = subprocess.Popen(
            [sys.executable, "-m", "steadypause", *args],
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        self.procs.append(proc)
        if wait:
            self.wait_answering(proc)
        return proc

    def log(self, proc: subprocess.Popen[bytes]) -> str:
        return (self.root / f"app-{self.procs.index(proc)}.log").read_text(errors="replace")

    def wait_log(self, proc: subprocess.Popen[bytes], needle: str) -> str:
        """The process's output once it contains ``needle``."""
        return wait_for(
            lambda: needle in (text := self.log(proc)) and text,
            10,
            f"{needle!r} in the app's output",
        )

    def wait_answering(self, proc: subprocess.Popen[bytes]) -> None:
        def answering() -> bool:
            if proc.poll() is not None:
                pytest.fail(f"the app exited with {proc.returncode}:\n{self.log(proc)}")
            try:
                return self.command("ping")["pid"] == proc.pid
            except OSError:
                return False

        wait_for(answering, START_TIMEOUT, "the app to answer")

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "steadypause", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )

    def command(self, cmd: str, **args: Any) -> dict[str, Any]:
        """One request over the socket (the wire format of steadypause.ipc)."""
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
            s.settimeout(10)
            s.connect(str(self.socket))
            s.sendall(json.dumps({"cmd": cmd, "args": args}).encode() + b"\n")
            data = b""
            while not data.endswith(b"\n"):
                chunk = s.recv(65536)
                if not chunk:
                    raise ConnectionError("closed without an answer")
                data += chunk
        reply = json.loads(data)
        assert reply["ok"], reply
        return reply["result"]

    def close(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
        shutil.rmtree(self.root, ignore_errors=True)
