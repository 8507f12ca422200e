"""Busy while any of several sources says so (on Linux: the session's inhibitors,
do-not-disturb and X11 full screen together)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QObject, Signal

from steadypause.platform.base import Backend, BusyDetector, joined_reasons


class AnyBusy(Backend):
    """Busy while any of several sources says so.

    Push sources (the D-Bus ones) report changes through ``busyChanged``; pull sources
    (full screen) never emit and are read by :meth:`busy_now`, which also gives the push
    sources' state.
    """

    busyChanged = Signal(bool)

    def __init__(self, sources: Sequence[BusyDetector], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sources = [s for s in sources if s.is_available()]
        self.name = "+".join(s.name for s in self._sources)
        self._busy = False
        # What each push source reported last: only those that emit count here (a pull
        # source's last reading may be stale, and the scheduler asks it afresh anyway).
        self._reported: dict[int, bool] = {}
        if not self._sources:
            self.unavailable(  # i18n-exempt: diagnostics
                joined_reasons(s.reason for s in sources) or "no busy source"
            )
        for s in sources:
            if s in self._sources:
                s.setParent(self)
                s.busyChanged.connect(partial(self._report, len(self._reported)))
                self._reported[len(self._reported)] = False
            else:
                s.deleteLater()

    @property
    def sources(self) -> list[BusyDetector]:
        return list(self._sources)

    @property
    def busy(self) -> bool:
        return self._busy

    def start(self) -> None:
        for s in self._sources:
            s.start()

    def stop(self) -> None:
        for s in self._sources:
            s.stop()

    def busy_now(self) -> bool:
        """Any source busy right now (pull sources are read now; nothing is emitted)."""
        return any(s.busy_now() for s in self._sources)

    def _report(self, key: int, busy: bool) -> None:
        self._reported[key] = bool(busy)
        now = any(self._reported.values())
        if now != self._busy:
            self._busy = now
            self.busyChanged.emit(now)
