"""The floor: a bare PySide6 tray app (QApplication + QSystemTrayIcon + menu, nothing else).

bench/run_all.py runs it beside Steady Pause. Like the app it prints
``tray icon shown (monotonic S)`` once the icon is shown. With ``STEADYPAUSE_BENCH=1`` it
also counts timer events as the app's probe does and prints them as one JSON line on
SIGUSR1.

    python bench/bare_tray.py
"""

from __future__ import annotations

import json
import os
import signal
import socket
import sys
import time
from collections import Counter

from PySide6.QtCore import QEvent, QObject, QSocketNotifier
from PySide6.QtGui import QAction, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon


class TimerCounter(QObject):
    """Counts timer events by receiver class, like steadypause.probe.Probe."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.counts: Counter[str] = Counter()
        app.installEventFilter(self)
        # SIGUSR1 → print the counts, from the event loop (a Python signal handler alone
        # would wait for the next Python bytecode, which an idle Qt loop never runs).
        self._read, write = socket.socketpair()
        self._read.setblocking(False)
        write.setblocking(False)
        signal.set_wakeup_fd(write.fileno())
        signal.signal(signal.SIGUSR1, lambda *_: None)
        self._write = write
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._report)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Timer:
            self.counts[watched.metaObject().className()] += 1
        return False

    def _report(self) -> None:
        self._read.recv(64)
        print(json.dumps({"timer_events": dict(self.counts)}), flush=True)


def main() -> int:
    app = QApplication(sys.argv)
    app.setQuitOnLastWindowClosed(False)
    counter = TimerCounter(app) if os.environ.get("STEADYPAUSE_BENCH") == "1" else None
    pixmap = QPixmap(22, 22)
    pixmap.fill("#4a7c74")
    menu = QMenu()
    menu.addAction(QAction("Pause now", menu))
    menu.addAction(QAction("Quit", menu, triggered=app.quit))
    tray = QSystemTrayIcon(QIcon(pixmap))
    tray.setToolTip("bare tray")
    tray.setContextMenu(menu)
    tray.show()
    print(f"tray icon shown (monotonic {time.monotonic():.6f})", flush=True)
    code = app.exec()
    del counter
    return code


if __name__ == "__main__":
    sys.exit(main())
