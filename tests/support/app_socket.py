"""One request over the running app's command socket (the wire format of steadypause.ipc:
a JSON line ``{"cmd", "args"}`` answered by a JSON line ``{"ok", "result" | "error"}``),
and waiting until a freshly started app answers."""

from __future__ import annotations

import json
import socket
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

from support.waiting import wait_for


def request(path: Path, cmd: str, **args: Any) -> dict[str, Any]:
    """The app's whole reply to ``cmd``; OSError when nothing listens at ``path``."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as s:
        s.settimeout(10)
        s.connect(str(path))
        s.sendall(json.dumps({"cmd": cmd, "args": args}).encode() + b"\n")
        data = b""
        while not data.endswith(b"\n"):
            chunk = s.recv(65536)
            if not chunk:
                raise ConnectionError("closed without an answer")
            data += chunk
    return dict(json.loads(data))


def command(path: Path, cmd: str, **args: Any) -> dict[str, Any]:
    """The result of ``cmd``; AssertionError (with the reply) when the app refused it."""
    reply = request(path, cmd, **args)
    assert reply["ok"], reply
    return dict(reply["result"])


def wait_answering(
    proc: subprocess.Popen[Any],
    path: Path,
    timeout: float,
    output: Callable[[], str],
    error: type[Exception] = RuntimeError,
) -> None:
    """Wait until the app ``proc`` answers ``ping`` at ``path`` with its own pid.

    Raises ``error`` after ``timeout`` seconds, or at once, with ``output()`` (its log),
    when the process ends first.
    """

    def answering() -> bool:
        if proc.poll() is not None:
            raise error(f"the app exited with {proc.returncode}:\n{output()}")
        try:
            return bool(command(path, "ping")["pid"] == proc.pid)
        except OSError:
            return False

    wait_for(answering, timeout, "the app to answer", every=0.02, error=error)
