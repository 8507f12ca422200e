"""The client side: send one command to the running instance and return its result.

Blocking, for the command line (``steadypause status``, ``pause``, ...): it makes a
QCoreApplication if there is none, connects, writes one request line and waits for the
reply line.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtNetwork import QLocalSocket

from steadypause import APP_NAME
from steadypause.core.i18n import translate
from steadypause.ipc.errors import CommandError, IpcError, NotRunning
from steadypause.ipc.paths import socket_path
from steadypause.ipc.wire import MAX_MESSAGE, encode, result_from

_PING_TIMEOUT_MS = 1000


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
    with _core_application():
        line = _exchange(path, payload, timeout_ms)
    return result_from(line)


@contextmanager
def _core_application() -> Iterator[None]:
    """Make sure a QCoreApplication exists; remove it again if we made it.

    Removing it matters: ``steadypause pause`` may go on to create the QApplication.
    """
    if QCoreApplication.instance() is not None:
        yield
        return
    app = QCoreApplication([sys.argv[0] if sys.argv and sys.argv[0] else APP_NAME])
    try:
        yield
    finally:
        app.shutdown()


def _exchange(path: Path, payload: bytes, timeout_ms: int) -> bytes:
    """Connect, send one request line, return the reply line (without the newline)."""
    deadline = time.monotonic() + timeout_ms / 1000
    connected = QLocalSocket.LocalSocketState.ConnectedState
    socket = QLocalSocket()
    try:
        socket.connectToServer(str(path))
        if not socket.waitForConnected(_remaining_ms(deadline)):
            error = socket.error()
            if error in (
                QLocalSocket.LocalSocketError.ServerNotFoundError,
                QLocalSocket.LocalSocketError.ConnectionRefusedError,
            ):
                raise NotRunning(translate("Cli", "nothing listens on {path}").format(path=path))
            if error == QLocalSocket.LocalSocketError.SocketTimeoutError:
                raise IpcError(translate("Cli", "timed out connecting to {path}").format(path=path))
            raise IpcError(
                translate("Cli", "cannot connect to {path}: {problem}").format(
                    path=path, problem=socket.errorString()
                )
            )
        socket.write(payload)
        while socket.bytesToWrite() > 0:
            if not socket.waitForBytesWritten(_remaining_ms(deadline)):
                raise IpcError(
                    translate("Cli", "could not send the command: {problem}").format(
                        problem=socket.errorString()
                    )
                )
        buffer = bytearray()
        while True:
            buffer += socket.readAll().data()
            end = buffer.find(b"\n")
            if end >= 0:
                return bytes(buffer[:end])
            if len(buffer) > MAX_MESSAGE:
                raise IpcError(translate("Cli", "the reply is too long"))
            if socket.state() != connected:
                raise IpcError(
                    translate("Cli", "Steady Pause closed the connection without answering")
                )
            if time.monotonic() >= deadline:
                raise IpcError(
                    translate("Cli", "no answer from Steady Pause within {ms} ms").format(
                        ms=timeout_ms
                    )
                )
            if (
                not socket.waitForReadyRead(_remaining_ms(deadline))
                and socket.state() == connected
                and socket.error() != QLocalSocket.LocalSocketError.SocketTimeoutError
            ):
                raise IpcError(
                    translate("Cli", "reading the answer failed: {problem}").format(
                        problem=socket.errorString()
                    )
                )
    finally:
        socket.abort()


def _remaining_ms(deadline: float) -> int:
    # Never 0 or negative: Qt reads -1 as "wait forever".
    return max(1, int((deadline - time.monotonic()) * 1000))
