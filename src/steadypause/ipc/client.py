"""The client side: send one command to the running instance and return its result.

Blocking, for the command line (``steadypause status``, ``pause``, ...): a plain AF_UNIX
socket with a deadline, no Qt at all (issue 18: QtNetwork and what it pulls in cost
~2.4 MiB and several milliseconds). It connects, writes one request line and waits for
the reply line. Interrupted system calls are retried by Python itself (PEP 475), each
with what is left of the deadline.
"""

from __future__ import annotations

import errno
import socket
import time
from pathlib import Path
from typing import Any

from steadypause.core.i18n import translate
from steadypause.ipc.errors import CommandError, IpcError, NotRunning
from steadypause.ipc.paths import socket_path
from steadypause.ipc.wire import MAX_MESSAGE, encode, result_from

_PING_TIMEOUT_MS = 1000
# The server closed its end: what is already sent can still be read.
_PEER_GONE = (errno.EPIPE, errno.ECONNRESET)


def instance_running(runtime: Path | None = None, timeout_ms: int = _PING_TIMEOUT_MS) -> bool:
    """True if an instance answers a ping, False if none listens.

    Raises :class:`IpcError` if one accepts the connection but does not answer.
    """
    try:
        send_command("ping", runtime=runtime, timeout_ms=timeout_ms)
    except NotRunning:
        return False
    except CommandError:
        return True  # it answered in our protocol, even if it refused
    return True


def send_command(
    cmd: str,
    args: dict[str, Any] | None = None,
    runtime: Path | None = None,
    timeout_ms: int = 3000,
) -> dict[str, Any]:
    """Send one command to the running instance and return its result.

    Blocking; meant for the command line, not for a thread running the server. Raises
    :class:`NotRunning` when no instance listens, :class:`CommandError` when the
    instance refused the command, and :class:`IpcError` for any other failure.
    """
    try:
        payload = encode({"cmd": cmd, "args": args or {}})
    except (TypeError, ValueError) as exc:
        raise IpcError(
            translate("Cli", "the command cannot be encoded ({problem})").format(problem=exc)
        ) from None
    if len(payload) > MAX_MESSAGE + 1:
        raise IpcError(translate("Cli", "the command is too long"))
    path = socket_path(runtime)
    line = _exchange(path, payload, timeout_ms)
    return result_from(line)


def _exchange(path: Path, payload: bytes, timeout_ms: int) -> bytes:
    """Connect, send one request line, return the reply line (without the newline)."""
    deadline = time.monotonic() + timeout_ms / 1000
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
        _connect(sock, path, deadline)
        _send(sock, payload, deadline)
        return _read_line(sock, deadline, timeout_ms)


def _connect(sock: socket.socket, path: Path, deadline: float) -> None:
    try:
        sock.settimeout(_remaining_s(deadline))
        sock.connect(str(path))
    except (FileNotFoundError, ConnectionRefusedError):
        # No file, or a file that nothing listens behind (a killed instance's socket).
        raise NotRunning(translate("Cli", "nothing listens on {path}").format(path=path)) from None
    except TimeoutError:
        raise IpcError(
            translate("Cli", "timed out connecting to {path}").format(path=path)
        ) from None
    except OSError as exc:
        raise IpcError(
            translate("Cli", "cannot connect to {path}: {problem}").format(
                path=path, problem=exc.strerror or exc
            )
        ) from None


def _send(sock: socket.socket, payload: bytes, deadline: float) -> None:
    """Write the whole line (a short write goes on where it stopped)."""
    view = memoryview(payload)
    while view:
        try:
            sock.settimeout(_remaining_s(deadline))
            sent = sock.send(view, socket.MSG_NOSIGNAL)
        except OSError as exc:
            if exc.errno in _PEER_GONE:
                return  # it may have answered before closing (e.g. "busy"): read that
            raise IpcError(
                translate("Cli", "could not send the command: {problem}").format(
                    problem=exc.strerror or exc
                )
            ) from None
        view = view[sent:]


def _read_line(sock: socket.socket, deadline: float, timeout_ms: int) -> bytes:
    buffer = bytearray()
    while True:
        end = buffer.find(b"\n")
        if end >= 0:
            return bytes(buffer[:end])
        if len(buffer) > MAX_MESSAGE:
            raise IpcError(translate("Cli", "the reply is too long"))
        if time.monotonic() >= deadline:
            raise _no_answer(timeout_ms)
        try:
            sock.settimeout(_remaining_s(deadline))
            chunk = sock.recv(MAX_MESSAGE + 1)
        except TimeoutError:
            raise _no_answer(timeout_ms) from None
        except OSError as exc:
            if exc.errno in _PEER_GONE:
                chunk = b""
            else:
                raise IpcError(
                    translate("Cli", "reading the answer failed: {problem}").format(
                        problem=exc.strerror or exc
                    )
                ) from None
        if not chunk:
            raise IpcError(translate("Cli", "Steady Pause closed the connection without answering"))
        buffer += chunk


def _no_answer(timeout_ms: int) -> IpcError:
    return IpcError(
        translate("Cli", "no answer from Steady Pause within {ms} ms").format(ms=timeout_ms)
    )


def _remaining_s(deadline: float) -> float:
    # Never 0: a socket timeout of 0 means non-blocking, not "already too late".
    return max(0.001, deadline - time.monotonic())
