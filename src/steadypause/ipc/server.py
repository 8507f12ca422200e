"""The server side: accepting connections, reading their lines, answering each in order.

:class:`InstanceServer` listens on the user-only socket and accepts clients; each client is
a :class:`_Connection` that buffers its bytes and answers complete lines through
:func:`reply`, which parses the request, answers ``ping`` itself and asks the handler for
everything else.

Whatever one client does, the server keeps listening (issue 16):

- at most :data:`MAX_CONNECTIONS` clients at once; the next one is answered with an error
  and closed. A command is one short connection, so 32 is far more than people make, and it
  keeps the app well inside the usual 1,024 file descriptors;
- a client that sends nothing for :data:`IDLE_TIMEOUT_MS` is closed (the command line sends
  its line at once and waits at most a few seconds for the answer);
- at most :data:`READ_CHUNK` bytes are taken from a client at a time, and a client that lets
  more than :data:`MAX_UNSENT` bytes of answers pile up unread is closed: what a client can
  make the app hold is bounded (32 clients × ~320 KiB);
- when an accept fails (out of file descriptors), Qt's local server closes itself and
  removes the socket file without a word; the server notices it as soon as anything
  happens on its connections (or a second later), says so once and listens again.
"""

from __future__ import annotations

import logging
import os
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from steadypause import __version__
from steadypause.core.i18n import translate
from steadypause.ipc.errors import CommandError, IpcError
from steadypause.ipc.paths import SOCKET_NAME, runtime_dir
from steadypause.ipc.wire import MAX_MESSAGE, encode, error_reply, parse_request

log = logging.getLogger(__name__)

Handler = Callable[[str, dict[str, Any]], dict[str, Any]]

MAX_CONNECTIONS = 32
IDLE_TIMEOUT_MS = 10_000
READ_CHUNK = MAX_MESSAGE + 1
MAX_UNSENT = 4 * (MAX_MESSAGE + 1)
RELISTEN_MS = 1000  # the next attempt when listening again fails


def reply(handler: Handler, line: bytes) -> dict[str, Any]:
    """The reply to one request line; never raises."""
    try:
        cmd, args = parse_request(line)
    except CommandError as exc:
        log.warning("Bad IPC request: %s", exc)
        return error_reply(str(exc))
    if cmd == "ping":
        return {"ok": True, "result": {"pid": os.getpid(), "version": __version__}}
    log.debug("IPC command %r %r", cmd, args)
    try:
        result = handler(cmd, args)
    except CommandError as exc:
        return error_reply(str(exc))
    except Exception as exc:
        log.exception("IPC command %r failed", cmd)
        return error_reply(translate("Cli", "internal error: {problem}").format(problem=exc))
    if not isinstance(result, dict):
        log.error("IPC handler returned %r for %r instead of a dict", type(result), cmd)
        return error_reply(translate("Cli", "internal error: the command gave no result"))
    reply = {"ok": True, "result": result}
    try:
        size = len(encode(reply))
    except (TypeError, ValueError) as exc:
        log.exception("IPC result for %r cannot be encoded", cmd)
        return error_reply(
            translate("Cli", "internal error: the result cannot be sent ({problem})").format(
                problem=exc
            )
        )
    if size > MAX_MESSAGE + 1:
        log.error("IPC result for %r is %d bytes, too long", cmd, size)
        return error_reply(translate("Cli", "internal error: the result is too long"))
    return reply


class _Connection(QObject):
    """One client: buffers its bytes, answers complete lines in order.

    A child of the InstanceServer, which keeps it alive; it holds no reference back to
    the server, so no Python reference cycle ties their lifetimes together.
    """

    def __init__(
        self,
        socket: QLocalSocket,
        handler: Handler,
        parent: QObject,
        on_gone: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._socket = socket
        socket.setParent(self)
        # Qt stops reading from the kernel once this much waits: the client is held back.
        socket.setReadBufferSize(READ_CHUNK)
        self._handler = handler
        # Weakly: a bound method of the server would tie the two together (see above).
        self._on_gone = weakref.WeakMethod(on_gone) if on_gone is not None else None
        self._buffer = bytearray()
        self._busy = False  # inside a handler; a nested event loop may deliver more data
        self._closing = False  # refused; ignore whatever else arrives
        self._gone = False  # the peer disconnected
        self._disposed = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_TIMEOUT_MS)
        self._idle.timeout.connect(self._on_idle)
        self._idle.start()
        socket.readyRead.connect(self._on_ready_read)
        socket.disconnected.connect(self._on_disconnected)

    def is_open(self) -> bool:
        return not self._gone

    def _on_ready_read(self) -> None:
        self._idle.start()
        while not self._gone and self._socket.bytesAvailable() > 0:
            data = self._socket.read(READ_CHUNK).data()
            if self._closing or not data:
                continue
            self._buffer += data
            self._drain()

    def _on_idle(self) -> None:
        log.info("Closing an IPC client that sent nothing for %d s", IDLE_TIMEOUT_MS // 1000)
        self._drop()

    def _drop(self) -> None:
        """Close the connection now, whatever is unsent."""
        self._closing = True
        self._buffer.clear()
        self._socket.abort()
        self._gone = True
        if not self._busy:
            self._dispose()

    def _on_disconnected(self) -> None:
        self._gone = True
        if not self._busy:
            self._dispose()

    def _dispose(self) -> None:
        if self._disposed:
            return
        self._disposed = True
        self._idle.stop()
        self._socket.readyRead.disconnect(self._on_ready_read)
        self._socket.disconnected.disconnect(self._on_disconnected)
        self.deleteLater()  # the socket is our child and goes with us
        on_gone = self._on_gone() if self._on_gone is not None else None
        if on_gone is not None:
            on_gone()

    def _drain(self) -> None:
        if self._busy:
            return  # the outer call picks the new lines up when its handler returns
        self._busy = True
        try:
            while not self._closing:
                end = self._buffer.find(b"\n")
                if end < 0:
                    if len(self._buffer) > MAX_MESSAGE:
                        self._refuse_oversized()
                    break
                if end > MAX_MESSAGE:
                    self._refuse_oversized()
                    break
                line = bytes(self._buffer[:end])
                del self._buffer[: end + 1]
                self._send(reply(self._handler, line))
                if self._socket.bytesToWrite() > MAX_UNSENT:
                    log.warning(
                        "Dropping an IPC client that leaves more than %d bytes of answers unread",
                        MAX_UNSENT,
                    )
                    self._drop()
        finally:
            self._busy = False
        if self._gone:
            self._dispose()

    def _refuse_oversized(self) -> None:
        log.warning("Dropping an IPC client that sent a line longer than %d bytes", MAX_MESSAGE)
        self._closing = True
        self._buffer.clear()
        self._send(
            error_reply(
                translate("Cli", "message longer than {most} bytes").format(most=MAX_MESSAGE)
            )
        )
        if self._socket.state() == QLocalSocket.LocalSocketState.ConnectedState:
            # Waits for the error line to be written before closing.
            self._socket.disconnectFromServer()

    def _send(self, reply: dict[str, Any]) -> None:
        if self._gone or self._socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
            return
        self._socket.write(encode(reply))
        # Hand the bytes to the kernel now: a "quit" handler may end the event loop soon.
        self._socket.flush()


class InstanceServer(QObject):
    """Answers commands from other ``steadypause`` processes.

    ``handler(cmd, args)`` returns the result dict or raises :class:`CommandError`.
    Any other exception is logged and answered as an internal error; the server stays
    up. The handler runs on the thread that owns the server (the GUI thread).

    Normally made by :func:`claim_instance`, which also holds the instance lock;
    :meth:`listen` alone does not guard against a second instance.
    """

    def __init__(
        self,
        handler: Handler,
        runtime: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._handler = handler
        self._runtime = runtime_dir(runtime)
        self._lock: QLockFile | None = None
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._on_new_connection)
        self._wanted = False  # listen() succeeded and close() has not been called
        self._refusing = False  # the last client was turned away (said once until one is not)
        self._relisten = QTimer(self)
        self._relisten.setSingleShot(True)
        self._relisten.setInterval(RELISTEN_MS)
        self._relisten.timeout.connect(self._ensure_listening)

    @property
    def path(self) -> Path:
        """The socket this server listens (or would listen) on."""
        return self._runtime / SOCKET_NAME

    def is_listening(self) -> bool:
        return self._server.isListening()

    def connection_count(self) -> int:
        """Clients connected right now (for tests and diagnostics)."""
        # children(), not findChildren(..., Qt.FindChildOption...): importing the Qt namespace
        # makes its ~90 enum types at once, ~20 ms that the start-up path need not pay.
        return sum(
            1 for child in self.children() if isinstance(child, _Connection) and child.is_open()
        )

    def listen(self) -> None:
        """Listen on :attr:`path`; raises :class:`IpcError` if that fails."""
        if not self._server.listen(str(self.path)):
            raise IpcError(
                translate("Cli", "cannot listen on {path}: {problem}").format(
                    path=self.path, problem=self._server.errorString()
                )
            )
        # Qt already creates it user-only with UserAccessOption; make sure anyway.
        self.path.chmod(0o600)
        self._wanted = True
        log.debug("Listening on %s", self.path)

    def close(self) -> None:
        """Stop listening, remove the socket file and release the instance lock.

        Clients still connected are left to finish; they go away with this object.
        """
        self._wanted = False
        self._relisten.stop()
        if self._server.isListening():
            self._server.close()
            # Qt removes the file in close(); this covers builds that do not.
            QLocalServer.removeServer(str(self.path))
            log.debug("Stopped listening on %s", self.path)
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _adopt_lock(self, lock: QLockFile) -> None:
        self._lock = lock

    def _on_new_connection(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            if socket is None:
                break
            if self.connection_count() >= MAX_CONNECTIONS:
                self._refuse(socket)
                continue
            self._refusing = False
            _Connection(socket, self._handler, self, on_gone=self._ensure_listening)
        self._ensure_listening()

    def _refuse(self, socket: QLocalSocket) -> None:
        """Answer a client over :data:`MAX_CONNECTIONS` with an error, and close it."""
        if not self._refusing:
            log.warning(
                "Refusing IPC clients while %d are connected (the most at once)", MAX_CONNECTIONS
            )
            self._refusing = True
        socket.setParent(self)
        socket.write(
            encode(
                error_reply(
                    translate(
                        "Cli", "Steady Pause is busy with {count} other commands; try again"
                    ).format(count=MAX_CONNECTIONS)
                )
            )
        )
        socket.flush()
        socket.disconnectFromServer()
        if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
            socket.deleteLater()
        else:
            socket.disconnected.connect(socket.deleteLater)

    def _ensure_listening(self) -> None:
        """Listen again if Qt's server closed itself (an accept failed: out of descriptors)."""
        if not self._wanted or self._server.isListening():
            return
        if not self._relisten.isActive():
            # Said once: then the timer is running until listening works again.
            log.warning(
                "The command socket stopped listening (%s); listening again",
                self._server.errorString(),
            )
        self._server.close()
        if self._server.listen(str(self.path)):
            self._relisten.stop()
            self.path.chmod(0o600)
            log.info("Listening on %s again", self.path)
        else:
            self._relisten.start()
