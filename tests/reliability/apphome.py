"""The real Steady Pause in a subprocess, with private XDG directories (offscreen Qt)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from support import app_socket
from support.app_home import ipc_socket, make_private_dirs
from support.waiting import wait_for

START_TIMEOUT = 20.0


class AppHome:
    """Private XDG directories (and HOME) for app processes, under one short /tmp dir."""

    def __init__(self) -> None:
        self.root = Path(tempfile.mkdtemp(prefix="sp-rel-", dir="/tmp"))  # sun_path limit
        self.env = dict(os.environ)
        self.env["QT_QPA_PLATFORM"] = "offscreen"
        self.env.pop("STEADYPAUSE_BENCH", None)
        self.env["STEADYPAUSE_TEST_COMMANDS"] = "1"  # timer-now, dismiss … (session/commands.py)
        make_private_dirs(self.root, self.env)
        self.procs: list[subprocess.Popen[bytes]] = []

    @property
    def config(self) -> Path:
        return Path(self.env["XDG_CONFIG_HOME"]) / "steadypause"

    @property
    def socket(self) -> Path:
        return ipc_socket(self.env)

    def start(
        self,
        *args: str,
        wait: bool = True,
        preexec_fn: Callable[[], Any] | None = None,
        launcher: Path | None = None,
    ) -> subprocess.Popen[bytes]:
        """The app as a process; ``preexec_fn`` runs in the child before it starts (limits);
        ``launcher``: a script run in place of ``-m steadypause`` (it calls the same main)."""
        log = (self.root / f"app-{len(self.procs)}.log").open("wb")
        start = [str(launcher)] if launcher is not None else ["-m", "steadypause"]
        proc = subprocess.Popen(
            [sys.executable, *start, *args],
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            preexec_fn=preexec_fn,  # only limits, set before exec
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
        app_socket.wait_answering(proc, self.socket, START_TIMEOUT, lambda: self.log(proc))

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
        """One request over the socket; AssertionError when the app refuses it."""
        return app_socket.command(self.socket, cmd, **args)

    def close(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
        shutil.rmtree(self.root, ignore_errors=True)
