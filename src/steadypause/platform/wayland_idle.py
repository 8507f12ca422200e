"""Idle on Wayland compositors without Mutter's idle monitor (KDE Plasma, Sway, Hyprland,
other wlroots desktops): the protocol ``ext-idle-notify-v1``, or KDE's older
``org_kde_kwin_idle`` where that is all there is (Plasma before 5.27, wlroots before 0.16,
so Debian 12's Sway).

A connection of our own to the compositor (wayland_client.py), the seat from its registry,
and one notification object per threshold the app needs:

- **idle** (``IDLE_THRESHOLD_SECONDS``): ``idled`` gives ``idleStarted``, ``resumed``
  gives ``inputAgain``, like the other idle backends;
- **the typing gap** (``TYPING_QUIET``): only remembered, for :meth:`WaylandIdle.idle_seconds`.

Time away (``away_minutes``) needs no object of its own: the core dates the absence back
to the idle start and measures it up to the return. The protocol has no "idle time now"
request, so :meth:`WaylandIdle.idle_seconds` is worked out from the notifications: past
a threshold, that threshold plus the time since it fired; below the typing gap the exact
figure is unknown and 0 is given (the scheduler then waits one whole gap).

The socket is watched by a ``QSocketNotifier`` in the Qt event loop: nothing polls, no
thread, no timer. See docs/adr/012-wayland-idle.md.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from steadypause.core.activity import IDLE_THRESHOLD_SECONDS
from steadypause.core.typing_gap import TYPING_QUIET
from steadypause.platform.base import Backend
from steadypause.platform.wayland_client import (
    SEAT,
    Connection,
    Interface,
    Proxy,
    WaylandError,
)

log = logging.getLogger(__name__)

EXT_NOTIFICATION = Interface(
    "ext_idle_notification_v1",
    1,
    requests=[("destroy", "")],
    events=[("idled", ""), ("resumed", "")],
)
EXT_NOTIFIER = Interface(
    "ext_idle_notifier_v1",
    1,
    requests=[("destroy", ""), ("get_idle_notification", "nuo")],
    types={"get_idle_notification": [EXT_NOTIFICATION, SEAT]},
)
KDE_TIMEOUT = Interface(
    "org_kde_kwin_idle_timeout",
    1,
    requests=[("release", ""), ("simulate_user_activity", "")],
    events=[("idle", ""), ("resumed", "")],
)
KDE_IDLE = Interface(
    "org_kde_kwin_idle",
    1,
    requests=[("get_idle_timeout", "nou")],
    types={"get_idle_timeout": [KDE_TIMEOUT, SEAT]},
)


def no_wayland_idle_reason(environ: dict[str, str] | os._Environ[str]) -> str:
    """Why this session is not one for the Wayland backend ('' when it is)."""
    if not environ.get("WAYLAND_DISPLAY"):
        return "not a Wayland session (no WAYLAND_DISPLAY)"  # i18n-exempt: diagnostics
    return ""


class _Watch:
    """One notification object: idle since when (monotonic seconds), or None."""

    def __init__(self, seconds: float, proxy: Proxy, protocol: str) -> None:
        self.seconds = seconds
        self.proxy = proxy
        self.protocol = protocol
        self.idle_since: float | None = None

    def destroy(self) -> None:
        request = "destroy" if self.protocol == "ext" else "release"
        self.proxy.request(request, destroy=True)


class WaylandIdle(Backend):
    """``ext_idle_notifier_v1`` (or ``org_kde_kwin_idle``) from the compositor."""

    idleStarted = Signal(float)
    inputAgain = Signal()

    def __init__(
        self,
        threshold_s: float = IDLE_THRESHOLD_SECONDS,
        gap_s: float = TYPING_QUIET,
        parent: QObject | None = None,
        *,
        display: str | None = None,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.name = "wayland"
        self._threshold_s = threshold_s
        self._gap_s = gap_s
        self._monotonic = monotonic
        self._connection: Connection | None = None
        self._notifier: QSocketNotifier | None = None
        self._idle: _Watch | None = None
        self._gap: _Watch | None = None
        self._protocol = ""
        display = display or os.environ.get("WAYLAND_DISPLAY", "")
        if reason := no_wayland_idle_reason({"WAYLAND_DISPLAY": display}):
            self.unavailable(reason)
            return
        try:
            self._connection = Connection(display)
        except WaylandError as exc:
            self.unavailable(str(exc))
            return
        globals_ = self._connection.globals
        if "wl_seat" not in globals_:
            self._give_up("the compositor offers no wl_seat")  # i18n-exempt: diagnostics
        elif EXT_NOTIFIER.name in globals_:
            self._protocol = "ext"
            self.name = "wayland-ext-idle-notify"
        elif KDE_IDLE.name in globals_:
            self._protocol = "kde"
            self.name = "wayland-org-kde-kwin-idle"
        else:
            self._give_up(  # i18n-exempt: diagnostics
                "the Wayland compositor offers neither ext_idle_notifier_v1 nor org_kde_kwin_idle"
            )

    @property
    def protocol(self) -> str:
        """'ext' or 'kde' (which protocol is used), '' when none."""
        return self._protocol

    def _give_up(self, reason: str) -> None:
        self.unavailable(reason)
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def start(self) -> None:
        conn = self._connection
        if conn is None or self._idle is not None:
            return
        seat = conn.bind(SEAT, 1)
        notifier = conn.bind(EXT_NOTIFIER if self._protocol == "ext" else KDE_IDLE, 1)
        assert seat is not None
        assert notifier is not None
        self._idle = self._watch(notifier, seat, self._threshold_s, self._idled, self._resumed)
        self._gap = self._watch(notifier, seat, self._gap_s, None, None)
        # Both objects exist now; the notifier and the seat are not needed any more.
        if self._protocol == "ext":
            notifier.request("destroy", destroy=True)
        conn.flush()
        self._notifier = QSocketNotifier(conn.fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._readable)
        log.info(
            "idle through %s: %g s idle, %g s typing gap", self.name, self._threshold_s, self._gap_s
        )

    def stop(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._connection is not None:
            for watch in (self._idle, self._gap):
                if watch is not None and not self._connection.closed:
                    watch.destroy()
            self._connection.flush()
            self._connection.close()
            self._connection = None
        self._idle = self._gap = None

    def idle_seconds(self) -> float | None:
        if self._idle is None or self._gap is None:
            return None
        now = self._monotonic()
        for watch in (self._idle, self._gap):
            if watch.idle_since is not None:
                return watch.seconds + (now - watch.idle_since)
        return 0.0

    def _watch(
        self,
        notifier: Proxy,
        seat: Proxy,
        seconds: float,
        idled: Callable[[], None] | None,
        resumed: Callable[[], None] | None,
    ) -> _Watch:
        ms = max(1, int(seconds * 1000))
        if self._protocol == "ext":
            proxy = notifier.request(
                "get_idle_notification", None, ms, seat, new=EXT_NOTIFICATION, new_version=1
            )
        else:
            proxy = notifier.request(
                "get_idle_timeout", None, seat, ms, new=KDE_TIMEOUT, new_version=1
            )
        assert proxy is not None
        watch = _Watch(seconds, proxy, self._protocol)

        def on_idled(_args: object) -> None:
            watch.idle_since = self._monotonic()
            if idled is not None:
                idled()

        def on_resumed(_args: object) -> None:
            watch.idle_since = None
            if resumed is not None:
                resumed()

        proxy.on("idled" if self._protocol == "ext" else "idle", on_idled)
        proxy.on("resumed", on_resumed)
        return watch

    def _idled(self) -> None:
        log.debug("idle for %.0f s", self._threshold_s)
        self.idleStarted.emit(self._threshold_s)

    def _resumed(self) -> None:
        log.debug("input again")
        self.inputAgain.emit()

    def _readable(self) -> None:
        if self._connection is not None and not self._connection.read_and_dispatch():
            log.warning("the compositor closed the connection: no idle reports any more")
            if self._notifier is not None:
                self._notifier.setEnabled(False)
            self._connection = None
            self._idle = self._gap = None
