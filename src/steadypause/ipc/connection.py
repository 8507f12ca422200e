"""One client of the command socket: reading its lines and answering each in order.

:class:`Connection` owns a non-blocking AF_UNIX socket accepted by
:class:`~steadypause.ipc.server.InstanceServer` and watches it with two
:class:`QSocketNotifier`: reading always, writing only while answers wait that the kernel
would not take at once (a short write goes on where it stopped). Each complete line is
answered by the ``answer`` function it is given (the server's
:func:`~steadypause.ipc.server.reply`).

Bounds (issue 16): at most :data:`READ_CHUNK` bytes are taken at a time, a line longer than
:data:`~steadypause.ipc.wire.MAX_MESSAGE` is answered with an error and the connection
closed once that is sent, and a client that lets more than :data:`MAX_UNSENT` bytes of
answers pile up unread is closed. A client that vanishes mid-message (reset, closed, a
half line) only closes its own connection.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, QTimer

from steadypause.core.i18n import translate
from steadypause.ipc.wire import MAX_MESSAGE, encode, error_reply

log = logging.getLogger(__name__)

Answer = Callable[[bytes], dict[str, Any]]  # one request line to its reply

READ_CHUNK = MAX_MESSAGE + 1
MAX_UNSENT = 4 * (MAX_MESSAGE + 1)


def notifier(sock: socket.socket, kind: QSocketNotifier.Type, parent: QObject) -> QSocketNotifier:
    """A notifier on ``sock`` for ``kind`` (read or write), owned by ``parent``.

    Disable it before the socket is closed: the descriptor's number may be reused at once.
    """
    return QSocketNotifier(sock.fileno(), kind, parent)


class Connection(QObject):
    """One client: buffers its bytes, answers complete lines in order.

    A child of the InstanceServer, which keeps it alive; it holds no reference back to
    the server, so no Python reference cycle ties their lifetimes together. It owns its
    socket and closes it when it is done (or, at the latest, when it is collected).
    """

    def __init__(
        self,
        sock: socket.socket,
        answer: Answer,
        parent: QObject,
        on_gone: Callable[[], None] | None = None,
        idle_ms: int = 10_000,
    ) -> None:
        super().__init__(parent)
        sock.setblocking(False)
        self._socket = sock
        self._answer = answer
        # Weakly: a bound method of the server would tie the two together (see above).
        self._on_gone = weakref.WeakMethod(on_gone) if on_gone is not None else None
        self._buffer = bytearray()
        self._unsent = bytearray()  # answers the kernel would not take yet
        self._busy = False  # inside a handler; a nested event loop may deliver more data
        self._closing = False  # refused; ignore whatever else arrives
        self._close_when_sent = False  # refused: close once the error line is out
        self._gone = False  # the peer disconnected, or we closed
        self._disposed = False
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(idle_ms)
        self._idle.timeout.connect(self._on_idle)
        self._idle.start()
        self._readable = notifier(sock, QSocketNotifier.Type.Read, self)
        self._readable.activated.connect(self._on_readable)
        self._writable = notifier(sock, QSocketNotifier.Type.Write, self)
        self._writable.setEnabled(False)  # only while answers wait
        self._writable.activated.connect(self._on_writable)

    def __del__(self) -> None:
        # Dropped with its server without a word from the peer: close quietly, no warning.
        with contextlib.suppress(Exception):
            self._socket.close()

    def is_open(self) -> bool:
        return not self._gone

    def fileno(self) -> int:
        """The connection's socket descriptor (-1 once closed), for diagnostics and tests."""
        return self._socket.fileno()

    def unsent(self) -> int:
        """Bytes of answers waiting until the client reads (the kernel took the rest)."""
        return len(self._unsent)

    def _on_readable(self) -> None:
        if self._gone:
            return
        self._idle.start()
        try:
            data = self._socket.recv(READ_CHUNK)
        except (BlockingIOError, InterruptedError):
            return  # woken for nothing, or a signal: the notifier says so again
        except OSError as exc:
            log.debug("IPC client read failed: %s", exc)
            self._on_disconnected()
            return
        if not data:
            self._on_disconnected()
            return
        if self._closing:
            return  # refused: what it still sends is thrown away
        self._buffer += data
        self._drain()

    def _on_idle(self) -> None:
        log.info("Closing an IPC client that sent nothing for %d s", self._idle.interval() // 1000)
        self._drop()

    def _drop(self) -> None:
        """Close the connection now, whatever is unsent."""
        self._closing = True
        self._buffer.clear()
        self._unsent.clear()
        self._gone = True
        self._stop_watching()
        self._socket.close()
        if not self._busy:
            self._dispose()

    def _on_disconnected(self) -> None:
        self._drop()

    def _stop_watching(self) -> None:
        # Before the descriptor is closed: its number may be reused at once.
        self._readable.setEnabled(False)
        self._writable.setEnabled(False)

    def _dispose(self) -> None:
        if self._disposed:
            return
        self._disposed = True
        self._idle.stop()
        self._stop_watching()
        self._socket.close()
        self.deleteLater()  # the notifiers and the timer are our children
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
                self._send(self._answer(line))
                if len(self._unsent) > MAX_UNSENT:
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
        self._close_when_sent = True
        self._send(
            error_reply(
                translate("Cli", "message longer than {most} bytes").format(most=MAX_MESSAGE)
            )
        )

    def _send(self, reply: dict[str, Any]) -> None:
        if self._gone:
            return
        self._unsent += encode(reply)
        # Hand the bytes to the kernel now: a "quit" handler may end the event loop soon.
        self._flush()

    def _flush(self) -> None:
        """Write what the kernel takes; watch for writability while anything is left."""
        while self._unsent and not self._gone:
            try:
                sent = self._socket.send(self._unsent, socket.MSG_NOSIGNAL)
            except InterruptedError:
                continue
            except BlockingIOError:
                break  # its buffer is full: the rest when it is writable again
            except OSError as exc:
                log.debug("IPC client write failed: %s", exc)
                self._drop()
                return
            del self._unsent[:sent]
        if self._gone:
            return
        self._writable.setEnabled(bool(self._unsent))
        if not self._unsent and self._close_when_sent:
            self._drop()

    def _on_writable(self) -> None:
        self._flush()
        if self._gone and not self._busy:
            self._dispose()
