"""SIGTERM, SIGHUP and SIGINT, and the session manager's logout, as one Qt signal.

A logout, ``systemctl --user stop``, a closed terminal or Ctrl+C should end the app the way
*Quit* does (the open pause recorded, the socket and lock removed), not kill it mid-pause.
Nothing Qt may run inside a signal handler, so the route is signal-safe: Python's C-level
handler writes the signal's number to a socketpair (:func:`signal.set_wakeup_fd`), a
:class:`QSocketNotifier` on the other end wakes the event loop, and :attr:`QuitSignals.requested`
is emitted from there. The Python-level handlers installed here do nothing themselves.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import socket
from types import FrameType
from typing import Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal
from PySide6.QtGui import QGuiApplication, QSessionManager

log = logging.getLogger(__name__)

QUIT_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)


def _noted(_signum: int, _frame: FrameType | None) -> None:
    """The Python-level handler: nothing to do, the wakeup byte carries the news."""


class QuitSignals(QObject):
    """Emits :attr:`requested` (with why) at the first signal or logout; :meth:`close` undoes it.

    Made on the main thread (Python's signal rules), after the QGuiApplication.
    """

    requested = Signal(str)

    def __init__(self, app: QGuiApplication, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._app = app
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous: dict[int, Any] = {sig: signal.signal(sig, _noted) for sig in QUIT_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wakeup)
        app.commitDataRequest.connect(self._on_commit_data)
        app.saveStateRequest.connect(self._on_save_state)
        self._closed = False
        self._asked = False  # requested is emitted once: quitting is not undone

    def close(self) -> None:
        """Put back the handlers and the wakeup descriptor that were there before."""
        if self._closed:
            return
        self._closed = True
        self._app.commitDataRequest.disconnect(self._on_commit_data)
        self._app.saveStateRequest.disconnect(self._on_save_state)
        self._notifier.setEnabled(False)
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        signal.set_wakeup_fd(self._previous_fd)
        self._reader.close()
        self._writer.close()

    def _on_wakeup(self) -> None:
        received = b""
        with contextlib.suppress(BlockingIOError):
            while chunk := self._reader.recv(64):
                received += chunk
        names = [_name(n) for n in received if n in QUIT_SIGNALS]
        if names:
            log.info("%s received: quitting", ", ".join(names))
            self._ask(names[0])

    def _on_commit_data(self, _manager: QSessionManager) -> None:
        # The session is ending (a logout or shutdown): keep what is open, like Quit.
        log.info("the session manager asks to commit data: quitting")
        self._ask("logout")

    def _ask(self, why: str) -> None:
        if not self._asked:
            self._asked = True
            self.requested.emit(why)

    def _on_save_state(self, manager: QSessionManager) -> None:
        # A checkpoint may come without a logout: nothing to save, but the session should
        # not start a second copy next time (the app has its own start at login).
        manager.setRestartHint(QSessionManager.RestartHint.RestartNever)


def _name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return str(number)
