"""The microphone in use, from the sound server: PulseAudio, or PipeWire through its
PulseAudio server (``pipewire-pulse``), with pulsectl (ctypes bindings to libpulse).

Event-driven, not polled (docs/adr/014-after-call-cue.md): a thread of its own blocks in
libpulse's main loop (``event_listen``) until a recording stream appears, changes or goes
away; it then reads the streams, and posts who is recording to the Qt thread through a
queued signal. It never touches Qt objects itself and nothing else touches its connection
(``event_listen_stop`` is the one call libpulse allows from another thread). While nothing
changes the thread sleeps in ``poll()`` with no timeout: no wake-ups, no timer.

Which streams count is decided in :mod:`pulse_streams`. When the server goes away the
microphone reads as free, the status says so, and the thread tries again after 1 s, 2 s,
4 s … at most every minute, until it is back.
"""

from __future__ import annotations

import logging
import os
import threading
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from steadypause.platform.base import Backend
from steadypause.platform.linux.pulse_streams import SourceFacts, StreamFacts, microphone_users

log = logging.getLogger(__name__)

CLIENT_NAME = "Steady Pause microphone watch"  # i18n-exempt: the sound server's client list


def _load_pulsectl() -> Any:
    import pulsectl  # type: ignore[import-untyped]  # no stubs; a missing libpulse: OSError

    return pulsectl


class PulseMicrophone(Backend):
    """Reports ``usersChanged(str)``: the applications recording from a real input."""

    name = "pulseaudio"
    usersChanged = Signal(str)
    # (users, state) from the watching thread; state "" means unchanged.
    _posted = Signal(str, str)

    def __init__(
        self,
        server: str | None = None,
        retry: tuple[float, float] = (1.0, 60.0),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._server = server
        self._retry = retry
        self._users = ""
        self._last = ""
        self._state = ""
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._pulse: Any = None  # the thread's connection, while it listens
        self._thread: threading.Thread | None = None
        try:
            self._pulsectl = _load_pulsectl()
        except (ImportError, OSError) as exc:
            self.unavailable(f"pulsectl or libpulse is missing: {exc}")  # i18n-exempt: diagnostics
            return
        try:
            self._state = self._probe()
        except self._pulsectl.PulseError as exc:
            self.unavailable(f"no sound server: {exc}")  # i18n-exempt: diagnostics
            return
        self._posted.connect(self._apply)

    def _probe(self) -> str:
        with self._pulsectl.Pulse(CLIENT_NAME, server=self._server, connect=False) as pulse:
            pulse.connect()  # (a timeout makes pulsectl wait all of it)
            info = pulse.server_info()
            return f"{info.server_name} {info.server_version}"

    # -- the Qt side ----------------------------------------------------------------------

    def users(self) -> str:
        return self._users

    def detail(self) -> str:
        """For ``status --json``: the server, and who has the microphone or had it last."""
        if self._users:
            return f"{self._state}; in use by {self._users}"  # i18n-exempt: diagnostics
        if self._last:
            return f"{self._state}; last used by {self._last}"  # i18n-exempt: diagnostics
        return self._state

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name="pulse-microphone", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._stopping.set()
        while thread.is_alive():
            with self._lock:
                if self._pulse is not None:
                    self._pulse.event_listen_stop()
            thread.join(0.05)

    @Slot(str, str)
    def _apply(self, users: str, state: str) -> None:
        if state:
            self._state = state
        if users != self._users:
            self._users = users
            if users:
                self._last = users
            log.info("microphone: %s", users or "free")
            self.usersChanged.emit(users)

    # -- the watching thread ---------------------------------------------------------------

    def _run(self) -> None:
        pulsectl = self._pulsectl
        delay = self._retry[0]
        while not self._stopping.is_set():
            try:
                with pulsectl.Pulse(CLIENT_NAME, server=self._server, connect=False) as pulse:
                    try:
                        self._listen(pulse)
                        delay = self._retry[0]
                    finally:
                        with self._lock:
                            self._pulse = None
            except (pulsectl.PulseError, pulsectl.PulseDisconnected) as exc:
                if self._stopping.is_set():
                    break
                why = str(exc) or type(exc).__name__
                log.warning("sound server: %s; trying again in %.0f s", why, delay)
                gone = (
                    f"the sound server went away ({why}); trying again"  # i18n-exempt: diagnostics
                )
                self._posted.emit("", gone)
                self._stopping.wait(delay)
                delay = min(delay * 2, self._retry[1])

    def _listen(self, pulse: Any) -> None:
        pulse.connect()  # (a timeout makes pulsectl wait all of it)
        info = pulse.server_info()
        self._posted.emit(self._read(pulse), f"{info.server_name} {info.server_version}")
        pulse.event_mask_set("source_output")
        pulse.event_callback_set(self._event)
        with self._lock:
            self._pulse = pulse
        while not self._stopping.is_set():
            pulse.event_listen()
            if not self._stopping.is_set():
                self._posted.emit(self._read(pulse), "")

    def _event(self, event: Any) -> None:
        """A recording stream came, changed or went: stop listening and read them all."""
        raise self._pulsectl.PulseLoopStop

    def _read(self, pulse: Any) -> str:
        sources = {
            s.index: SourceFacts(s.name, int(s.monitor_of_sink)) for s in pulse.source_list()
        }
        streams = [
            StreamFacts(
                source=int(o.source),
                proplist=dict(o.proplist),
                resample_method=str(o.resample_method or ""),
                corked=bool(o.corked),
            )
            for o in pulse.source_output_list()
        ]
        return microphone_users(streams, sources, os.getpid())
