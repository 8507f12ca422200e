"""Measurement hooks for ``bench/``; off unless ``STEADYPAUSE_BENCH=1`` is set.

When on, app.py installs one :class:`Probe` as an application-wide event filter. It
counts the timer events delivered in the GUI thread (by the receiver's C++ class, so the
app's own ``QTimer`` firings are told apart from Qt's internal ones) and keeps a few
monotonic timestamps that ``status`` reports under ``"bench"``:

- ``cue``: a ``timer-now`` command arrived (set by app.py);
- ``prompt_painted``: the first paint of the prompt after that;
- ``start``: the mouse released on the prompt's *Start* button;
- ``first_frame``: the first paint of the breathing animation after that.

Timestamps are ``time.monotonic()`` seconds, comparable across processes on one machine.
"""

from __future__ import annotations

import time
from collections import Counter
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

ENV = "STEADYPAUSE_BENCH"


class Probe(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.timer_events: Counter[str] = Counter()
        self.marks: dict[str, float | None] = dict.fromkeys(
            ("cue", "prompt_painted", "start", "first_frame")
        )
        app.installEventFilter(self)

    def mark(self, name: str) -> None:
        self.marks[name] = time.monotonic()
        if name == "cue":
            self.marks["prompt_painted"] = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Timer:
            self.timer_events[watched.metaObject().className()] += 1
        elif kind == QEvent.Type.Paint and isinstance(watched, QWidget):
            name = watched.objectName()
            if name == "breathing":
                if self.marks["start"] is not None and self.marks["first_frame"] is None:
                    self.marks["first_frame"] = time.monotonic()
            elif (
                self.marks["cue"] is not None
                and self.marks["prompt_painted"] is None
                and watched.window().objectName() == "prompt"
            ):
                self.marks["prompt_painted"] = time.monotonic()
        elif kind == QEvent.Type.MouseButtonRelease and watched.objectName() == "promptStart":
            self.mark("start")
            self.marks["first_frame"] = None
        return False

    def report(self) -> dict[str, Any]:
        start = None
        for window in self._app.topLevelWidgets():
            button = window.findChild(QPushButton, "promptStart")
            if window.isVisible() and button is not None:
                centre = button.mapToGlobal(button.rect().center())
                start = [centre.x(), centre.y()]
        return {
            "timer_events": dict(self.timer_events),
            "marks": dict(self.marks),
            "visible_windows": sum(1 for w in self._app.topLevelWidgets() if w.isVisible()),
            "top_level_widgets": len(self._app.topLevelWidgets()),
            "start_button": start,
        }
