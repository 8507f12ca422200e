"""Single instance and the command channel between ``steadypause`` invocations.

The first Steady Pause process listens on a Unix domain socket in the user's runtime
directory (``$XDG_RUNTIME_DIR/steadypause/ipc.sock``); every later ``steadypause ...``
invocation is a client that sends one command to it and prints the answer.

Protocol
--------
Newline-delimited UTF-8 JSON over a stream socket. Each request is one line holding a
JSON object::

    {"cmd": "snooze", "args": {"minutes": 30}}

``args`` is optional and defaults to ``{}``. Each request is answered with one line,
in the order the requests arrived on that connection::

    {"ok": true, "result": {...}}
    {"ok": false, "error": "human readable message"}

``ping`` is answered by the server itself (result ``{"pid": ..., "version": ...}``);
every other command goes to the handler given to :class:`InstanceServer`. The handler
returns the result dict or raises :class:`CommandError` to refuse. A line longer than
:data:`MAX_MESSAGE` bytes is answered with an error and the connection is closed.

Single instance
---------------
:func:`claim_instance` holds ``instance.lock`` (a :class:`QLockFile`, which notices a
dead owner) while it decides between "someone answers a ping" and "listen here", so two
simultaneous starts cannot both become the server; the winner keeps the lock for as long
as it listens. A socket file left behind by a killed instance is removed only after a
connection attempt to it has failed.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import sys
import time
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QCoreApplication, QLockFile, QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from steadypause import APP_NAME, __version__
from steadypause.core.i18n import translate

log = logging.getLogger(__name__)

# Longest accepted line (request or reply) in bytes, not counting the newline.
MAX_MESSAGE = 65536

SOCKET_NAME = "ipc.sock"
LOCK_NAME = "instance.lock"

# How long :func:`claim_instance` waits for an instance that holds the lock to answer.
CLAIM_TIMEOUT_MS = 5000
_PING_TIMEOUT_MS = 1000

Handler = Callable[[str, dict[str, Any]], dict[str, Any]]


class IpcError(Exception):
    """The command channel failed: timeout, broken connection, malformed reply."""


class NotRunning(IpcError):
    """No Steady Pause instance is listening."""


class CommandError(Exception):
    """A command was refused; the message is meant for the person who typed it.

    Raised by a server-side handler to answer ``ok: false``, and by :func:`send_command`
    when the server answered that way.
    """


# --- paths -------------------------------------------------------------------------------


def runtime_dir(runtime: Path | None = None) -> Path:
    """Return the directory holding the socket and the lock, created with mode 0700.

    ``runtime`` replaces the default ``platformdirs.user_runtime_dir("steadypause")``.
    An existing directory with a looser mode is tightened; one owned by another user is
    refused with :class:`IpcError`.
    """
    if runtime is None:
        with warnings.catch_warnings():
            # Without $XDG_RUNTIME_DIR (a bare ssh or cron session) platformdirs warns and
            # falls back to /tmp/runtime-<uid>; the checks below make that fallback safe.
            warnings.simplefilter("ignore")
            runtime = Path(platformdirs.user_runtime_dir(APP_NAME))
    directory = runtime
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = directory.stat()
        if info.st_uid != os.getuid():
            raise IpcError(
                translate("Cli", "{folder} belongs to another user").format(folder=directory)
            )
        if stat.S_IMODE(info.st_mode) & 0o077:
            log.info("Tightening the mode of %s to 0700", directory)
            directory.chmod(0o700)
    except OSError as exc:
        raise IpcError(
            translate("Cli", "cannot use {folder}: {problem}").format(
                folder=directory, problem=exc.strerror or exc
            )
        ) from exc
    return directory


def socket_path(runtime: Path | None = None) -> Path:
    """Return the path of the instance's socket (see :func:`runtime_dir`)."""
    return runtime_dir(runtime) / SOCKET_NAME


# --- wire format -----------------------------------------------------------------------


def _encode(message: dict[str, Any]) -> bytes:
    """One protocol line; raises TypeError/ValueError for what JSON cannot hold."""
    return json.dumps(message, ensure_ascii=False, allow_nan=False).encode("utf-8") + b"\n"


def _error_reply(message: str) -> dict[str, Any]:
    return {"ok": False, "error": message}


def _parse_request(line: bytes) -> tuple[str, dict[str, Any]]:
    """Return ``(cmd, args)`` from one request line or raise CommandError."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError:
        raise CommandError(translate("Cli", "the request is not valid UTF-8")) from None
    try:
        request = json.loads(text)
    except json.JSONDecodeError as exc:
        raise CommandError(
            translate("Cli", "the request is not valid JSON ({problem})").format(problem=exc.msg)
        ) from None
    except RecursionError:
        raise CommandError(translate("Cli", "the request is nested too deeply")) from None
    if not isinstance(request, dict):
        raise CommandError(translate("Cli", "the request must be a JSON object"))
    cmd = request.get("cmd")
    if not isinstance(cmd, str) or not cmd:
        raise CommandError(translate("Cli", 'the request needs a "cmd" string'))
    args = request.get("args")
    if args is None:
        args = {}
    if not isinstance(args, dict):
        raise CommandError(translate("Cli", '"args" must be a JSON object'))
    return cmd, args


# --- server ------------------------------------------------------------------------------


def _reply(handler: Handler, line: bytes) -> dict[str, Any]:
    """The reply to one request line; never raises."""
    try:
        cmd, args = _parse_request(line)
    except CommandError as exc:
        log.warning("Bad IPC request: %s", exc)
        return _error_reply(str(exc))
    if cmd == "ping":
        return {"ok": True, "result": {"pid": os.getpid(), "version": __version__}}
    log.debug("IPC command %r %r", cmd, args)
    try:
        result = handler(cmd, args)
    except CommandError as exc:
        return _error_reply(str(exc))
    except Exception as exc:
        log.exception("IPC command %r failed", cmd)
        return _error_reply(translate("Cli", "internal error: {problem}").format(problem=exc))
    if not isinstance(result, dict):
        log.error("IPC handler returned %r for %r instead of a dict", type(result), cmd)
        return _error_reply(translate("Cli", "internal error: the command gave no result"))
    reply = {"ok": True, "result": result}
    try:
        size = len(_encode(reply))
    except (TypeError, ValueError) as exc:
        log.exception("IPC result for %r cannot be encoded", cmd)
        return _error_reply(
            translate("Cli", "internal error: the result cannot be sent ({problem})").format(
                problem=exc
            )
        )
    if size > MAX_MESSAGE + 1:
        log.error("IPC result for %r is %d bytes, too long", cmd, size)
        return _error_reply(translate("Cli", "internal error: the result is too long"))
    return reply


class _Connection(QObject):
    """One client: buffers its bytes, answers complete lines in order.

    A child of the InstanceServer, which keeps it alive; it holds no reference back to
    the server, so no Python reference cycle ties their lifetimes together.
    """

    def __init__(self, socket: QLocalSocket, handler: Handler, parent: QObject) -> None:
        super().__init__(parent)
        self._socket = socket
        socket.setParent(self)
        self._handler = handler
        self._buffer = bytearray()
        self._busy = False  # inside a handler; a nested event loop may deliver more data
        self._closing = False  # refused; ignore whatever else arrives
        self._gone = False  # the peer disconnected
        self._disposed = False
        socket.readyRead.connect(self._on_ready_read)
        socket.disconnected.connect(self._on_disconnected)

    def is_open(self) -> bool:
        return not self._gone

    def _on_ready_read(self) -> None:
        data = self._socket.readAll().data()
        if not self._closing:
            self._buffer += data
            self._drain()

    def _on_disconnected(self) -> None:
        self._gone = True
        if not self._busy:
            self._dispose()

    def _dispose(self) -> None:
        if self._disposed:
            return
        self._disposed = True
        self._socket.readyRead.disconnect(self._on_ready_read)
        self._socket.disconnected.disconnect(self._on_disconnected)
        self.deleteLater()  # the socket is our child and goes with us

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
                self._send(_reply(self._handler, line))
        finally:
            self._busy = False
        if self._gone:
            self._dispose()

    def _refuse_oversized(self) -> None:
        log.warning("Dropping an IPC client that sent a line longer than %d bytes", MAX_MESSAGE)
        self._closing = True
        self._buffer.clear()
        self._send(
            _error_reply(
                translate("Cli", "message longer than {most} bytes").format(most=MAX_MESSAGE)
            )
        )
        if self._socket.state() == QLocalSocket.LocalSocketState.ConnectedState:
            # Waits for the error line to be written before closing.
            self._socket.disconnectFromServer()

    def _send(self, reply: dict[str, Any]) -> None:
        if self._gone or self._socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
            return
        self._socket.write(_encode(reply))
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
        log.debug("Listening on %s", self.path)

    def close(self) -> None:
        """Stop listening, remove the socket file and release the instance lock.

        Clients still connected are left to finish; they go away with this object.
        """
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
            _Connection(socket, self._handler, self)


def claim_instance(
    handler: Handler,
    runtime: Path | None = None,
    *,
    timeout_ms: int = CLAIM_TIMEOUT_MS,
) -> InstanceServer | None:
    """Become the single instance, or find the one that already runs.

    Returns a listening :class:`InstanceServer` (holding the instance lock until its
    :meth:`~InstanceServer.close`), or ``None`` when another instance answers a ping.
    Raises :class:`IpcError` when another process holds the lock but does not answer
    within ``timeout_ms``, or when listening fails. Call it once a QCoreApplication
    exists; the server answers from that application's event loop.
    """
    directory = runtime_dir(runtime)
    lock = QLockFile(str(directory / LOCK_NAME))
    # 0: never treat a lock as stale because of its age; a dead owner PID still is.
    lock.setStaleLockTime(0)
    deadline = time.monotonic() + timeout_ms / 1000
    while not lock.tryLock(100):
        if lock.error() != QLockFile.LockError.LockFailedError:
            raise IpcError(
                translate("Cli", "cannot create {path} ({problem})").format(
                    path=directory / LOCK_NAME, problem=lock.error().name
                )
            )
        if _unowned_lock(lock, directory / LOCK_NAME):
            # A lock file without an owner: a start killed between creating the file and
            # writing its PID into it. QLockFile would wait for it forever (no PID to check,
            # and stale-by-age is off), so remove it and try again.
            log.warning("Removing %s: it names no owner", directory / LOCK_NAME)
            lock.removeStaleLockFile()
            continue
        # Held by a live process: the running instance, or one starting right now.
        problem: str | None = None  # None: it does not listen yet
        try:
            if instance_running(directory):
                log.info("Another instance is running")
                return None
        except IpcError as exc:
            problem = str(exc)  # connected but no proper answer yet: maybe busy starting
        if time.monotonic() > deadline:
            raise IpcError(_lock_held(lock, directory / LOCK_NAME, problem))
    try:
        # Nothing else may listen while we hold the lock, unless its lock file was deleted.
        if instance_running(directory):
            log.warning("An instance answers without holding %s", directory / LOCK_NAME)
            lock.unlock()
            return None
        path = directory / SOCKET_NAME
        if path.exists() or path.is_symlink():
            # Only now, after the connection attempt failed. (With UserAccessOption Qt
            # would also replace it, but a leftover should not depend on that.)
            log.info("Removing the stale socket %s", path)
            QLocalServer.removeServer(str(path))
            try:
                path.unlink(missing_ok=True)
            except OSError as exc:
                raise IpcError(
                    translate("Cli", "cannot remove the stale {path}: {problem}").format(
                        path=path, problem=exc.strerror
                    )
                ) from exc
        server = InstanceServer(handler, directory)
        server.listen()
    except BaseException:
        lock.unlock()
        raise
    server._adopt_lock(lock)
    return server


def _lock_held(lock: QLockFile, path: Path, problem: str | None) -> str:
    """Why the instance cannot be claimed: someone holds the lock but does not answer."""
    pid = (lock.getLockInfo() or (0,))[0]
    # Whole sentences, so that each language can build them its own way.
    if pid and problem is None:
        text = translate("Cli", "process {pid} holds {path} but does not listen yet")
    elif pid:
        text = translate("Cli", "process {pid} holds {path} but {problem}")
    elif problem is None:
        text = translate("Cli", "another process holds {path} but does not listen yet")
    else:
        text = translate("Cli", "another process holds {path} but {problem}")
    return text.format(pid=pid, path=path, problem=problem)


def _unowned_lock(lock: QLockFile, path: Path, settle_s: float = 1.0) -> bool:
    """True for a lock file that names no process and is older than ``settle_s``.

    A live starter writes its PID right after creating the file; ``settle_s`` leaves it
    that moment.
    """
    pid = lock.getLockInfo()[0]
    if pid:
        return False
    try:
        age = time.time() - path.stat().st_mtime
    except OSError:
        return False
    return age > settle_s


# --- client ------------------------------------------------------------------------------


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
        payload = _encode({"cmd": cmd, "args": args or {}})
    except (TypeError, ValueError) as exc:
        raise IpcError(
            translate("Cli", "the command cannot be encoded ({problem})").format(problem=exc)
        ) from None
    if len(payload) > MAX_MESSAGE + 1:
        raise IpcError(translate("Cli", "the command is too long"))
    path = socket_path(runtime)
    with _core_application():
        line = _exchange(path, payload, timeout_ms)
    return _result_from(line)


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


def _result_from(line: bytes) -> dict[str, Any]:
    try:
        reply = json.loads(line.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise IpcError(
            translate("Cli", "Steady Pause sent a reply that is not valid JSON")
        ) from None
    if not isinstance(reply, dict) or not isinstance(reply.get("ok"), bool):
        raise IpcError(translate("Cli", "Steady Pause sent a malformed reply"))
    if not reply["ok"]:
        error = reply.get("error")
        raise CommandError(
            error if isinstance(error, str) and error else translate("Cli", "command failed")
        )
    result = reply.get("result")
    if result is None:
        return {}
    if not isinstance(result, dict):
        raise IpcError(translate("Cli", "Steady Pause sent a malformed result"))
    return result
