"""The server side: accepting connections, reading their lines, answering each in order.

:class:`InstanceServer` listens on the user-only socket and accepts clients; each client is
a :class:`~steadypause.ipc.connection.Connection` that buffers its bytes and answers
complete lines.

Plain non-blocking AF_UNIX sockets watched by :class:`QSocketNotifier` (issue 18: QtNetwork
and what it loads cost ~2.4 MiB and several milliseconds before the icon). Any local-socket
client speaks to it, QLocalSocket included. What cannot be sent at once waits in the
connection's own buffer and goes out when the socket is writable again.

Whatever one client does, the server keeps listening (issue 16):

- at most :data:`MAX_CONNECTIONS` clients at once; the next one is answered with an error
  and closed. A command is one short connection, so 32 is far more than people make, and it
  keeps the app well inside the usual 1,024 file descriptors;
- a client that sends nothing for :data:`IDLE_TIMEOUT_MS` is closed (the command line sends
  its line at once and waits at most a few seconds for the answer);
- at most :data:`READ_CHUNK` bytes are taken from a client at a time, and a client that lets
  more than :data:`~steadypause.ipc.connection.MAX_UNSENT` bytes of answers pile up unread
  is closed: what a client can make the app hold is bounded (32 clients × ~320 KiB);
- when an accept fails (out of file descriptors), the server stops listening and removes
  its socket file, as Qt's local server did (the clients queued behind are refused, not
  left waiting for descriptors that may not come), says so once, and listens again as soon
  as anything happens on its connections (or a second later);
- when its socket file was removed or replaced by something else, it listens again (with
  a new file) as soon as anything happens on its connections.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import logging
import os
import socket
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLockFile, QObject, QSocketNotifier, QTimer

from steadypause import __version__
from steadypause.core.i18n import translate
from steadypause.ipc.connection import READ_CHUNK, Connection, notifier
from steadypause.ipc.errors import CommandError, IpcError
from steadypause.ipc.paths import SOCKET_NAME, runtime_dir
from steadypause.ipc.wire import MAX_MESSAGE, encode, error_reply, parse_request

log = logging.getLogger(__name__)

Handler = Callable[[str, dict[str, Any]], dict[str, Any]]

MAX_CONNECTIONS = 32
IDLE_TIMEOUT_MS = 10_000
RELISTEN_MS = 1000  # the next attempt when listening again fails
BACKLOG = 50  # connections the kernel queues before they are accepted (Qt's default)
# An accept that fails for want of these: stop listening rather than spin on them.
_OUT_OF_RESOURCES = (errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM)


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


def _answer(server: weakref.ref[InstanceServer], handler: Handler, line: bytes) -> dict[str, Any]:
    """A connection's answer to ``line``; a client answered ends an "it stopped" episode.

    Weakly bound: a connection (the server's child) must not keep its server alive.
    """
    answering = server()
    if answering is not None:
        answering._stopped = False
    return reply(handler, line)


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
        self._listener: socket.socket | None = None
        self._notifier: QSocketNotifier | None = None
        self._file: tuple[int, int] | None = None  # (device, inode) of our socket file
        self._wanted = False  # listen() succeeded and close() has not been called
        self._refusing = False  # the last client was turned away (said once until one is not)
        # Said that it stopped listening: said once, until a client is answered again.
        self._stopped = False
        self._relisten = QTimer(self)
        self._relisten.setSingleShot(True)
        self._relisten.setInterval(RELISTEN_MS)
        self._relisten.timeout.connect(self._ensure_listening)

    def __del__(self) -> None:
        # Dropped without close(): stop listening and remove the file, as Qt's server did.
        with contextlib.suppress(Exception):
            if self._listener is not None:
                self._listener.close()
            if self._owns_file():
                self.path.unlink()

    @property
    def path(self) -> Path:
        """The socket this server listens (or would listen) on."""
        return self._runtime / SOCKET_NAME

    def is_listening(self) -> bool:
        return self._listener is not None

    def connection_count(self) -> int:
        """Clients connected right now (for tests and diagnostics)."""
        # children(), not findChildren(..., Qt.FindChildOption...): importing the Qt namespace
        # makes its ~90 enum types at once, ~20 ms that the start-up path need not pay.
        return sum(
            1 for child in self.children() if isinstance(child, Connection) and child.is_open()
        )

    def listen(self) -> None:
        """Listen on :attr:`path`; raises :class:`IpcError` if that fails."""
        problem = self._start_listening()
        if problem is not None:
            raise IpcError(
                translate("Cli", "cannot listen on {path}: {problem}").format(
                    path=self.path, problem=problem
                )
            )
        self._wanted = True
        log.debug("Listening on %s", self.path)

    def close(self) -> None:
        """Stop listening, remove the socket file and release the instance lock.

        Clients still connected are left to finish; they go away with this object.
        """
        self._wanted = False
        self._relisten.stop()
        if self._listener is not None:
            self._stop_listening()
            log.debug("Stopped listening on %s", self.path)
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None

    def _adopt_lock(self, lock: QLockFile) -> None:
        self._lock = lock

    def _start_listening(self) -> str | None:
        """Bind and listen on :attr:`path` (replacing what is there); the problem, or None."""
        path = self.path
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            listener.setblocking(False)
            # A stale socket, or whatever replaced ours: we hold the instance lock.
            path.unlink(missing_ok=True)
            # The runtime directory is the user's alone (0700), so nobody can reach the
            # file between bind and chmod.
            listener.bind(str(path))
            path.chmod(0o600)
            listener.listen(BACKLOG)
            info = path.stat()
        except OSError as exc:
            listener.close()
            return exc.strerror or str(exc)
        self._listener = listener
        self._file = (info.st_dev, info.st_ino)
        self._notifier = notifier(listener, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_new_connection)
        return None

    def _stop_listening(self) -> None:
        """Close the listening socket and remove its file, if the file is still ours."""
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        if self._owns_file():
            with contextlib.suppress(OSError):
                self.path.unlink()
        self._file = None

    def _owns_file(self) -> bool:
        try:
            info = self.path.stat()
        except OSError:
            return False
        return self._file == (info.st_dev, info.st_ino)

    def _on_new_connection(self) -> None:
        while self._listener is not None:
            try:
                sock, _ = self._listener.accept()
            except (BlockingIOError, InterruptedError):
                break
            except OSError as exc:
                if exc.errno in _OUT_OF_RESOURCES:
                    self._stopped_listening(exc.strerror or str(exc))
                    return
                log.debug("An IPC accept failed: %s", exc)  # e.g. the client gave up
                continue
            if self.connection_count() >= MAX_CONNECTIONS:
                self._refuse(sock)
                continue
            self._refusing = False
            answer = functools.partial(_answer, weakref.ref(self), self._handler)
            Connection(sock, answer, self, on_gone=self._ensure_listening, idle_ms=IDLE_TIMEOUT_MS)
        self._ensure_listening()

    def _refuse(self, sock: socket.socket) -> None:
        """Answer a client over :data:`MAX_CONNECTIONS` with an error, and close it."""
        if not self._refusing:
            log.warning(
                "Refusing IPC clients while %d are connected (the most at once)", MAX_CONNECTIONS
            )
            self._refusing = True
        message = encode(
            error_reply(
                translate(
                    "Cli", "Steady Pause is busy with {count} other commands; try again"
                ).format(count=MAX_CONNECTIONS)
            )
        )
        with sock, contextlib.suppress(OSError):
            sock.setblocking(False)
            sock.send(message, socket.MSG_NOSIGNAL)  # one short line: the kernel takes it
            # What it already sent is read away, so that closing does not reset the line.
            sock.recv(READ_CHUNK)

    def _stopped_listening(self, problem: str) -> None:
        """An accept failed for want of descriptors: stop, and listen again later."""
        if not self._stopped:
            log.warning("The command socket stopped listening (%s); listening again", problem)
            self._stopped = True
        self._stop_listening()
        self._relisten.start()

    def _ensure_listening(self) -> None:
        """Listen again if listening stopped, or if our socket file was removed or replaced."""
        if not self._wanted:
            return
        if self._listener is not None:
            if self._owns_file():
                return
            log.warning("The command socket %s was removed or replaced; listening again", self.path)
            self._stop_listening()
        problem = self._start_listening()
        if problem is None:
            self._relisten.stop()
            log.info("Listening on %s again", self.path)
            return
        if not self._stopped:
            log.warning("The command socket stopped listening (%s); listening again", problem)
            self._stopped = True
        self._relisten.start()
